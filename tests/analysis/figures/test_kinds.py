"""What kind of figure a number is, from the cue words around it and the unit after it."""

from __future__ import annotations

import pytest

from analysis.figures.kinds import kind_of
from analysis.figures.reading import read_numbers
from analysis.figures.units import read_unit, tag_pieces


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Doanh thu gấp 2,5 lần năm trước", "multiplier"),
        ("Tỉnh tăng 5 bậc so với năm 2023", "change"),
        ("Tỷ lệ tăng 3,2 điểm phần trăm", "change"),
        ("Hệ thống xử lý 1.200 giao dịch/ngày", "rate"),
        ("Doanh thu đạt 2,1 triệu tỷ đồng", "money"),
        ("Kinh tế số chiếm 18,3% GDP", "percent"),
        ("Tỉnh có 12 chỉ số thành phần", "count"),
    ],
)
def test_the_kind_of_the_first_number(text: str, kind: str) -> None:
    pieces = tag_pieces(text)
    reading = read_numbers(text)[0]
    index = next((i for i, piece in enumerate(pieces) if piece.start >= reading.end), len(pieces))
    assert kind_of(text, reading, read_unit(pieces, index)) == kind


def _kinds(text: str) -> list[tuple[str, float, float | None, str]]:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    return [(f.kind, f.value, f.out_of, f.unit) for f in found]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a count over a total of the same noun is a share of that total, not a count or a rank
        (
            "Đến nay, 318/402 trạm y tế xã đã dùng bệnh án điện tử.",
            [("share", 318.0, 402.0, "trạm y tế xã")],
        ),
        ("Huyện đã phủ sóng 4G tới 57/57 thôn, bản.", [("share", 57.0, 57.0, "thôn, bản")]),
        # a small total is a share too, when a counted noun follows and no date word comes before
        ("Hiện 3/7 huyện đã có trung tâm điều hành thông minh.", [("share", 3.0, 7.0, "huyện")]),
        # with a rank cue before it, "x/y <noun>" stays a rank
        ("Về chỉ số PAR, tỉnh đứng thứ 17/63 tỉnh, thành phố.", [("rank", 17.0, 63.0, "tỉnh, thành phố")]),
        ("Năm nay tỉnh xếp 22/63 tỉnh, thành phố về chỉ số PCI.", [("rank", 22.0, 63.0, "tỉnh, thành phố")]),
        # out of a thousand points is a score
        ("Bộ chỉ số của thành phố đạt 705/1.000 điểm.", [("score", 705.0, 1000.0, "điểm")]),
    ],
)
def test_a_count_over_a_total_is_a_share_unless_a_rank_cue_says_rank(
    text: str, figures: list[tuple[str, float, float | None, str]]
) -> None:
    assert _kinds(text) == figures


def test_a_date_before_a_noun_is_no_share() -> None:
    assert [kind for kind, *_ in _kinds("Sáng 5/8 huyện tổ chức hội nghị với 120 đại biểu.")] == ["count"]


def test_a_qualified_share_keeps_its_qualifier_over_the_bare_fraction() -> None:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    (figure,) = extract_figures(
        [Sentence("d", 1, "Gần 2/5 người được hỏi đã dùng ví điện tử.")], doc_year=2024
    )
    assert (figure.kind, figure.value, figure.out_of, figure.qualifier) == ("share", 2.0, 5.0, "gần")


def test_a_headline_count_restating_a_body_share_is_one_figure() -> None:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    sentences = [
        Sentence("d", 0, "Kiên Giang: 318 trạm y tế xã dùng bệnh án điện tử"),
        Sentence("d", 1, "Đến nay, 318/402 trạm y tế xã đã dùng bệnh án điện tử.", paragraph=1),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.kind, f.value, f.out_of, f.sentence_index) for f in found] == [("share", 318.0, 402.0, 1)]
