"""A measure that points back ("chỉ số này", "bảng xếp hạng") takes the index named before it."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.measure.refer import points_back
from analysis.nlp import split_sentences
from analysis.types import Sentence


@pytest.mark.parametrize(
    ("measure", "points"),
    [
        ("chỉ số này", True),
        ("chỉ số nói trên", True),
        ("Dẫn đầu bảng xếp hạng", True),
        ("bảng xếp hạng", True),
        ("chỉ số PII", False),
        ("tỷ lệ hồ sơ trực tuyến", False),
        (None, False),
    ],
)
def test_which_measures_point_back(measure: str | None, points: bool) -> None:
    assert points_back(measure) is points


def _measures(texts: list[str]) -> list[tuple[float, str | None]]:
    sentences = [Sentence("d", index, text, index) for index, text in enumerate(texts)]
    return [(figure.value, figure.measure) for figure in extract_figures(sentences, doc_year=2025)]


def test_this_index_is_the_index_named_before_in_the_same_unit() -> None:
    # the latest index in "điểm" is the one meant, not the share named after it
    found = _measures(
        [
            "Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR Index) năm 2024, Bắc Giang đạt 87,3 điểm.",
            "Chỉ số hài lòng của người dân (SIPAS) của tỉnh đạt 84,2%.",
            "Năm 2025, tỉnh phấn đấu đạt từ 89 điểm trở lên về chỉ số này.",
        ]
    )
    assert found[-1] == (89.0, "Chỉ số cải cách hành chính (PAR Index)")


def test_a_ranking_table_is_the_index_the_article_ranks_by() -> None:
    found = _measures(
        [
            "Theo Chỉ số Đổi mới sáng tạo cấp địa phương (PII) năm 2024, Vĩnh Phúc đạt 47,2 điểm.",
            "Dẫn đầu bảng xếp hạng là Hà Nội với 58,2 điểm.",
        ]
    )
    assert found[-1][1] in {"Chỉ số Đổi mới sáng tạo cấp địa phương (PII)"}


def test_no_index_before_leaves_the_measure() -> None:
    assert _measures(["Năm 2025, tỉnh phấn đấu đạt từ 89 điểm trở lên về chỉ số này."]) == [
        (89.0, "chỉ số này")
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit", "measure"),
    [
        (
            "Đến tháng 9/2025, tỉnh có 180.000 tài khoản ví điện tử. Năm 2024, con số này mới là 96.000.",
            96000,
            "tài khoản ví điện tử",
            "tài khoản ví điện tử",
        ),
        (
            "Hiện cả nước có 2.300 doanh nghiệp nền tảng số. Năm 2021, con số đó chỉ là 900.",
            900,
            "doanh nghiệp nền tảng số",
            "doanh nghiệp nền tảng số",
        ),
    ],
)
def test_a_value_after_con_so_nay_counts_what_the_figure_before_counted(
    text: str, value: float, unit: str, measure: str
) -> None:
    sentences = [Sentence("d", index, part) for index, part in enumerate(split_sentences(text))]
    figure = next(f for f in extract_figures(sentences, doc_year=2025) if f.value == value)
    assert (figure.kind, figure.unit, figure.measure) == ("count", unit, measure)


@pytest.mark.parametrize(
    ("sentences", "value", "measure"),
    [
        # "con số này", "tỷ lệ này" point at the figure just given, on its scale
        (
            [
                "Mục tiêu đến cuối năm 2025 là 90% dân số được phủ sóng 5G; còn đến năm 2030, "
                "con số này là 99%."
            ],
            99,
            "dân số được phủ sóng 5G",
        ),
        (
            [
                "Năm 2024, kinh tế số của tỉnh chiếm 13,7% GRDP.",
                "Tỷ trọng này năm 2022 là 9,8%, năm 2023 đạt 11,5%.",
            ],
            9.8,
            "kinh tế số",
        ),
        # after "lần lượt", the figures before the pointer in turn
        (
            [
                "Có 41% doanh nghiệp trên địa bàn có website, 57% dùng hóa đơn điện tử; tỷ lệ này ở cả nước "
                "lần lượt là 44% và 62%."
            ],
            62,
            "doanh nghiệp dùng hóa đơn điện tử",
        ),
        # … the figures of the sentence before, with a year after the pointer that is no value
        (
            [
                "Có 41% doanh nghiệp có website, 57% dùng hóa đơn điện tử.",
                "Năm 2023, tỷ lệ này ở cả nước lần lượt là 44% và 62%, cao hơn năm 2022.",
            ],
            44,
            "doanh nghiệp có website",
        ),
        # a multiplier compares what the figure before measured, whatever its unit
        (
            [
                "Năm 2024, tổng giá trị giao dịch qua cổng thanh toán của tỉnh đạt 8.300 tỷ đồng.",
                "Con số này gấp 1,8 lần năm 2023.",
            ],
            1.8,
            "tổng giá trị giao dịch qua cổng thanh toán",
        ),
    ],
)
def test_a_measure_that_points_at_the_figure_before_takes_its_measure(
    sentences: list[str], value: float, measure: str
) -> None:
    built = [Sentence("d", index, text) for index, text in enumerate(sentences)]
    figure = next(f for f in extract_figures(built, doc_year=2024) if f.value == value)
    assert figure.measure == measure, figure.measure


def test_a_change_in_percentage_points_after_tỷ_lệ_này_measures_the_share_before() -> None:
    built = [
        Sentence("d", 0, "Năm 2024, tỷ lệ hộ dân có địa chỉ số đạt 64%."),
        Sentence("d", 1, "Tỷ lệ này tăng 11 điểm phần trăm so với năm 2023."),
    ]
    figure = next(f for f in extract_figures(built, doc_year=2024) if f.value == 11)
    assert figure.measure == "tỷ lệ hộ dân có địa chỉ số"


def test_a_whole_named_before_tỷ_lệ_này_takes_no_district_of_the_figure_before() -> None:
    built = [
        Sentence("d", 0, "Các huyện Sa Thầy, Ia H'Drai có tỷ lệ hộ dùng ví điện tử lần lượt là 61% và 54%."),
        Sentence("d", 1, "Tính chung toàn tỉnh, tỷ lệ này đạt 66%."),
    ]
    figure = next(f for f in extract_figures(built, doc_year=2024) if f.value == 66)
    assert (figure.measure, figure.place) == ("tỷ lệ hộ dùng ví điện tử", None)


def test_a_pointer_with_no_figure_before_it_takes_the_topic_of_the_sentence_before() -> None:
    sentences = [
        Sentence("d", 1, "Thời gian cấp phép xây dựng là điều người dân quan tâm nhất.", 1),
        Sentence("d", 2, "Năm 2024, con số này giảm từ 15 ngày xuống còn 6 ngày.", 1),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.measure) for f in found] == [
        (15, "Thời gian cấp phép xây dựng"),
        (6, "Thời gian cấp phép xây dựng"),
    ]


@pytest.mark.parametrize(
    ("texts", "value", "measure"),
    [
        (
            [
                "Năm 2024, diện tích chè được cấp mã số vùng trồng của tỉnh đạt 3.200 ha.",
                "So với năm 2021, diện tích này gấp 4 lần.",
            ],
            4,
            "diện tích chè được cấp mã số vùng trồng",
        ),
        (
            [
                "Năm 2024, số tiền phạt vi phạm giao thông nộp trực tuyến đạt 96 tỷ đồng.",
                "Số tiền nói trên tăng 40% so với năm 2023.",
            ],
            40,
            "số tiền phạt vi phạm giao thông nộp trực tuyến",
        ),
    ],
)
def test_a_noun_pointing_back_measures_what_the_figure_before_named_with_it(
    texts: list[str], value: float, measure: str
) -> None:
    assert (value, measure) in _measures(texts)


def test_a_noun_pointing_back_with_nothing_named_before_keeps_its_words() -> None:
    # no figure before names "sản lượng": better the sentence's own words than another quantity
    found = _measures(["Có 120 hợp tác xã tham gia sàn.", "Sản lượng này tăng 12% so với năm 2023."])
    assert (12, "Sản lượng này") in found


def test_a_pointer_after_a_time_frame_takes_the_measure_before() -> None:
    sentences = [
        Sentence(
            "d",
            1,
            "Tỷ lệ đơn thư bị trả lại chỉ còn 3,6%, trong khi ở đợt kiểm tra năm 2021 tỷ lệ này là 12%.",
        )
    ]
    found = [f for f in extract_figures(sentences, doc_year=2023) if f.value == 12]
    assert [f.measure for f in found] == ["Tỷ lệ đơn thư bị trả lại"]


def test_a_pointer_with_no_figure_before_takes_the_quantity_its_sentence_named() -> None:
    text = "Ở bản Huổi Só, nơi từng có tỷ lệ trẻ em được khai sinh trực tuyến thấp nhất, tỷ lệ này nay là 74%"
    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [f.measure for f in found] == ["tỷ lệ trẻ em được khai sinh trực tuyến"]


def test_a_rate_pointer_after_a_sentence_of_other_figures_takes_the_last_rate() -> None:
    sentences = [
        Sentence("d", 1, "Tỷ lệ hộ nộp tiền điện qua ngân hàng đạt 64%.", 1),
        Sentence("d", 2, "Tổng số tiền nộp qua ngân hàng ước đạt 310 tỷ đồng, gấp 1,5 lần năm trước.", 1),
        Sentence("d", 3, "Tuy nhiên, ở các huyện Hướng Hóa, Đakrông, tỷ lệ này mới đạt 21% và 26%.", 2),
    ]
    found = [f for f in extract_figures(sentences, doc_year=2024) if f.sentence_index == 3]
    assert [(f.measure, f.place) for f in found] == [
        ("Tỷ lệ hộ nộp tiền điện qua ngân hàng", "huyện Hướng Hóa"),
        ("Tỷ lệ hộ nộp tiền điện qua ngân hàng", "huyện Đakrông"),
    ]


def test_a_rate_pointer_never_takes_the_measure_of_a_rise() -> None:
    built = [
        Sentence(
            "d",
            1,
            "Giá trị giao dịch không dùng tiền mặt tại các chợ đạt 312 tỷ đồng, tăng 27,5% so với năm trước.",
            1,
        ),
        Sentence("d", 2, "Ở các huyện Ninh Phước và Ninh Hải, tỷ lệ này lần lượt đạt 91% và 84%.", 1),
    ]
    found = {f.value: f.measure for f in extract_figures(built, doc_year=2024)}
    # no rate was named before: the pointer stays a pointer rather than name the rise's quantity
    assert "giá trị giao dịch" not in (found[91] or "").casefold()
    assert "giá trị giao dịch" not in (found[84] or "").casefold()


@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        # "tỷ lệ này" with no figure of its scale just before: the quantity the sentence before names in its
        # last clause, without what is said of it ("cao hơn hẳn", "còn thấp")
        (
            [
                "Năm 2024, toàn tỉnh có 61% hộ kinh doanh dùng hóa đơn điện tử.",
                "Ở khu vực thành thị, nơi hạ tầng tốt hơn, tỷ lệ hộ kinh doanh nộp thuế điện tử cao hơn hẳn.",
                "Tại TP Thủ Dầu Một và TP Thuận An, tỷ lệ này lần lượt đạt 92% và 87%.",
            ],
            [(92, "tỷ lệ hộ kinh doanh nộp thuế điện tử"), (87, "tỷ lệ hộ kinh doanh nộp thuế điện tử")],
        ),
        (
            [
                "Năm 2023, Sở Giáo dục đã cấp 12.000 tài khoản học trực tuyến.",
                "Tại các trường vùng cao, tỷ lệ học sinh có thiết bị học trực tuyến còn thấp.",
                "Ở huyện Mù Cang Chải, tỷ lệ này chỉ đạt 38%.",
            ],
            [(38, "tỷ lệ học sinh có thiết bị học trực tuyến")],
        ),
    ],
)
def test_a_pointer_takes_the_quantity_the_last_clause_before_names(
    sentences: list[str], found: list[tuple[float, str]]
) -> None:
    built = [Sentence("d", index, text, 1) for index, text in enumerate(sentences)]
    figures = extract_figures(built, doc_year=2024)
    assert [(f.value, f.measure) for f in figures if f.kind == "percent" and f.sentence_index == 2] == found


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # "tỷ lệ này" after a count of its sentence, with no rate before it there: the rate of those counted
        (
            "Năm 2024, tỉnh có 5.200 hộ dùng ví điện tử; tỷ lệ này ở thành thị là 64%.",
            "tỷ lệ hộ dùng ví điện tử",
        ),
        (
            "Số hợp tác xã dùng phần mềm kế toán đạt 356 hợp tác xã; tỷ lệ này năm 2020 mới là 21%.",
            "tỷ lệ hợp tác xã dùng phần mềm kế toán",
        ),
    ],
)
def test_a_rate_pointing_at_a_count_is_the_rate_of_those_counted(sentence: str, measure: str) -> None:
    figures = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [f.measure for f in figures if f.kind == "percent"] == [measure]
