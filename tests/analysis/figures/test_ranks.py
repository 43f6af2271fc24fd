"""Ranks in a sentence, with their field, and the ranks of a series after the first."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.ranks import read_ranks
from analysis.figures.units import tag_pieces
from analysis.types import Sentence


def _ranks(text: str) -> list[tuple[float, float | None, str, str | None]]:
    found, _ = read_ranks(Sentence("d", 0, text), tag_pieces(text), 2024)
    return [(c.figure.value, c.figure.out_of, c.figure.unit, c.figure.place) for c in found]


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        (
            "Năm 2024, Bình Định xếp thứ 12/63 tỉnh, thành phố về DTI.",
            [(12.0, 63.0, "tỉnh, thành phố", "Bình Định")],
        ),
        ("Việt Nam xếp 71/193 quốc gia về chính phủ điện tử.", [(71.0, 193.0, "quốc gia", None)]),
        ("Tỉnh đứng thứ ba cả nước về dịch vụ công.", [(3.0, None, "cả nước", None)]),
        (
            "Về chỉ số này, Hàn Quốc đứng thứ 2, Nhật Bản 14, Trung Quốc 23.",
            [(2.0, None, "", "Hàn Quốc"), (14.0, None, "", "Nhật Bản"), (23.0, None, "", "Trung Quốc")],
        ),
    ],
)
def test_ranks_are_read_with_their_field_and_series(
    text: str, ranks: list[tuple[float, float | None, str, str | None]]
) -> None:
    assert _ranks(text) == ranks


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        # each rank of a series is one figure, however many of its members say "đứng thứ" again
        (
            "Indonesia đứng đầu, Philippines đứng thứ 4, Lào đứng thứ 7 và Việt Nam đứng thứ 6.",
            [(4.0, None, "", "Philippines"), (7.0, None, "", "Lào"), (6.0, None, "", None)],
        ),
        (
            "Campuchia xếp thứ 9, Myanmar xếp thứ 10.",
            [(9.0, None, "", "Campuchia"), (10.0, None, "", "Myanmar")],
        ),
        (  # the field is the one written after each rank, not the first one's
            "Singapore đứng thứ 1 thế giới, Brunei đứng thứ 50, Lào 90 khu vực châu Á.",
            [
                (1.0, None, "thế giới", "Singapore"),
                (50.0, None, "", "Brunei"),
                (90.0, None, "khu vực", "Lào"),
            ],
        ),
        (
            "Ở chỉ số con, Việt Nam đứng thứ 3, Thái Lan đứng thứ 2.",
            [(3.0, None, "", None), (2.0, None, "", "Thái Lan")],
        ),
    ],
)
def test_a_series_of_ranks_gives_each_rank_once_and_the_country_itself_no_place(
    text: str, ranks: list[tuple[float, float | None, str, str | None]]
) -> None:
    assert _ranks(text) == ranks


@pytest.mark.parametrize("text", ["Tỉnh vào nhóm năm địa phương dẫn đầu.", "Có 14 tỉnh khác tham gia."])
def test_no_rank_without_a_rank_word(text: str) -> None:
    assert _ranks(text) == []


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a field written after the first rank of a series is that rank's; the next ones write none
        (
            "Về chỉ số đổi mới sáng tạo, Hàn Quốc đứng thứ 4 thế giới, Nhật Bản 13, Ấn Độ 39.",
            ["thế giới", "", ""],
        ),
        (
            "Trong khu vực, Singapore xếp thứ 2 toàn cầu, Malaysia đứng thứ 31, Brunei 58.",
            ["toàn cầu", "", ""],
        ),
        # a field written after a later rank is that rank's own
        ("Indonesia đứng thứ 45 thế giới, Philippines 70 thế giới.", ["thế giới", "thế giới"]),
    ],
)
def test_a_series_rank_takes_only_the_field_written_after_it(text: str, units: list[str]) -> None:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [f.unit for f in found if f.kind == "rank"] == units


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        # ranks by pillar: "thứ N về X" each, the next ones without the verb
        (
            "Theo trụ cột, thành phố đứng thứ 4 về hạ tầng số, thứ 9 về nhân lực số và thứ 17 về dữ liệu số.",
            [4.0, 9.0, 17.0],
        ),
        ("Huyện xếp thứ 2 về dịch vụ công, thứ 5 về thanh toán số.", [2.0, 5.0]),
    ],
)
def test_ranks_by_pillar_each_count(text: str, ranks: list[float]) -> None:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [f.value for f in found if f.kind == "rank"] == ranks


def test_ranks_by_pillar_each_count_held_aside() -> None:
    # written before the fix and not tuned on
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    text = "Về các chỉ số thành phần, Lạng Sơn đứng thứ 12 về chính quyền số và thứ 30 về kinh tế số."
    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [(f.kind, f.value) for f in found] == [("rank", 12.0), ("rank", 30.0)]


def test_ranks_in_brackets_after_names_in_a_ranking_sentence_are_each_a_rank() -> None:
    sentence = "Năm 2024, Đà Nẵng xếp thứ 2 về DTI, sau Hà Nội (thứ 1) và Hải Phòng (hạng 3)."
    found = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [(f.kind, f.value, f.place, f.measure) for f in found] == [
        ("rank", 2, "Đà Nẵng", "DTI"),
        ("rank", 1, "Hà Nội", "DTI"),
        ("rank", 3, "Hải Phòng", "DTI"),
    ]
    # without a rank in the sentence, "(thứ 1)" is no figure of its own
    assert (
        extract_figures([Sentence("d", 0, "Hội nghị lần này (thứ 5) có 300 đại biểu.")], doc_year=2024)[
            0
        ].value
        == 300
    )


@pytest.mark.parametrize(
    ("sentence", "ranks"),
    [
        # a class of market or hotel is no rank, and its number no figure
        ("Tỉnh phấn đấu 100% chợ hạng 1, hạng 2 dùng mã QR.", []),
        ("Thành phố có 14 khách sạn hạng 3 sao.", []),
        # a rank stays one
        ("Bắc Ninh xếp hạng 2 về chỉ số DTI.", [2]),
    ],
)
def test_a_class_after_its_noun_is_no_rank(sentence: str, ranks: list[float]) -> None:
    found = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [f.value for f in found if f.kind == "rank"] == ranks
    assert not any(f.value in {1, 2, 3} and f.kind != "rank" for f in found)


def _rank_measures(text: str) -> list[tuple[float, str | None]]:
    figures = extract_figures([Sentence("d", 0, text)], doc_year=2024)
    return [(figure.value, figure.measure) for figure in figures if figure.kind == "rank"]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # "tỉnh, thành" and the region after it are the field; what the rank is of follows "về"
        (
            "Năm 2023, Phú Yên xếp thứ 5/14 tỉnh, thành khu vực duyên hải miền Trung về mức độ hài lòng"
            " của người dân.",
            [(5.0, "mức độ hài lòng của người dân")],
        ),
        (
            "Với kết quả đó, Bình Thuận được Bộ Tài chính xếp thứ 3/11 tỉnh, thành trong cụm về tỷ lệ giải"
            " ngân vốn đầu tư công cho chuyển đổi số.",
            [(3.0, "tỷ lệ giải ngân vốn đầu tư công cho chuyển đổi số")],
        ),
        # "về chỉ tiêu này", "về tiêu chí này": ranked by the figure the sentence gave before it
        (
            "Năm 2023, tỷ lệ hộ gia đình có cáp quang của tỉnh đạt 86,4%; tỉnh xếp thứ 9/25 tỉnh phía Bắc"
            " về chỉ tiêu này.",
            [(9.0, "tỷ lệ hộ gia đình có cáp quang")],
        ),
        (
            "Năm 2024, tỷ lệ thanh toán không dùng tiền mặt tại các bệnh viện của tỉnh đạt 72%, đưa tỉnh lên"
            " thứ 6/21 tỉnh khu vực về tiêu chí này.",
            [(6.0, "tỷ lệ thanh toán không dùng tiền mặt")],
        ),
    ],
)
def test_a_rank_measures_what_it_ranks_by_past_its_field_or_pointing_back(
    text: str, measures: list[tuple[float, str | None]]
) -> None:
    assert _rank_measures(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # a body's name opening the clause is whom the rank is for; the round the sentence opens with is
        # what it ranks by
        (
            "Về chỉ số tiếp cận điện năng, PC Long An xếp thứ 4/21 công ty điện lực.",
            [(4.0, "chỉ số tiếp cận điện năng")],
        ),
        (
            "Trong đợt chấm điểm cải cách hành chính năm 2023, Công an tỉnh đạt 91,2/100 điểm, xếp thứ"
            " 2/24 cơ quan, đơn vị.",
            [(91.2, "cải cách hành chính"), (2.0, "cải cách hành chính")],
        ),
        # an emulation round keeps its field; "trong cụm thi đua" says where it is ranked, not what by
        (
            'Trong thi đua "Dân vận khéo" năm 2022, Hội Phụ nữ tỉnh xếp thứ 3/8 trong cụm thi đua.',
            [(3.0, 'thi đua "Dân vận khéo"')],
        ),
    ],
)
def test_a_body_ranked_in_a_round_is_ranked_by_the_round(
    text: str, measures: list[tuple[float, str]]
) -> None:
    figures = extract_figures([Sentence("d", 0, text)], doc_year=2024)
    assert [(f.value, f.measure) for f in figures if f.kind in {"rank", "score"}] == measures


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a five-point rating with its decimal or "điểm"
        ("Năm 2023, điểm hài lòng bình quân đạt 4,4/5.", [(4.4, 5.0, "score")]),
        ("Năm 2024, mức độ hài lòng của du khách đạt 4,7/5 điểm.", [(4.7, 5.0, "score")]),
        # a date and a share are no rating
        ("Hội nghị diễn ra ngày 4/5 tại tỉnh.", []),
        ("Đã có 4/5 huyện triển khai phần mềm.", [(4.0, 5.0, "share")]),
    ],
)
def test_a_five_point_rating_is_a_score(text: str, found: list[tuple[float, float, str]]) -> None:
    figures = extract_figures([Sentence("d", 0, text)], doc_year=2024)
    assert [(f.value, f.out_of, f.kind) for f in figures] == found
