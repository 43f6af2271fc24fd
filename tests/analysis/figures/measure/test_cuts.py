"""Where the clauses before a number begin: commas, dashes and "và" that end a clause or join one name."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.measure.cuts import clauses_before
from analysis.types import Sentence


def _last_clause(text: str) -> str:
    return clauses_before(text, text.index("đạt") if "đạt" in text else len(text))[0][0].strip()


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a comma between two nouns of one group joins them
        ("Khối bộ, ngành đạt 88,5%", "Khối bộ, ngành"),
        # an index named in a topic frame runs on over its commas up to the clause with the verb
        (
            "Về Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công, "
            "tỉnh đạt 91,36 điểm",
            "tỉnh",
        ),
        # a field in a topic frame ends at its comma
        ("Về hạ tầng số, tỷ lệ hộ có cáp quang đạt 86%", "tỷ lệ hộ có cáp quang"),
        # a province's name with a dash is one name
        ("Cao nhất là Bà Rịa – Vũng Tàu đạt 71%", "Cao nhất là Bà Rịa – Vũng Tàu"),
        # a ministry's name with "và" is one name
        ("Bộ Khoa học và Công nghệ đạt 0,81 điểm", "Bộ Khoa học và Công nghệ"),
        # named examples go on over their commas
        ("Tỷ lệ người dùng ví như MoMo, ZaloPay đạt 45%", "Tỷ lệ người dùng ví như MoMo, ZaloPay"),
    ],
)
def test_the_clause_before_a_figure(text: str, last: str) -> None:
    assert _last_clause(text) == last


def test_the_clauses_come_last_first_with_the_boundary_that_opens_each() -> None:
    text = "Năm 2024, tỉnh có 1.200 hồ sơ; trong đó 80% nộp trực tuyến"
    found = clauses_before(text, len(text))
    assert [joiner.strip() for _, joiner in found][:2] == ["trong đó", ";"]
    assert found[-1] == ("Năm 2024", "")


def test_a_head_and_more_of_its_noun_before_a_verb_right_before_its_values_are_one_clause() -> None:
    text = "Thời gian cấp giấy khai sinh, giấy chứng tử rút từ 3 ngày xuống 1 ngày."
    assert (
        clauses_before(text, text.index("3"))[0][0].strip()
        == "Thời gian cấp giấy khai sinh, giấy chứng tử rút từ"
    )


def test_a_lists_next_item_after_a_comma_opens_a_clause_of_its_own() -> None:
    text = "Hạ tầng là khó khăn lớn nhất với 58% ý kiến, tiếp theo là thiếu vốn (41%)."
    assert clauses_before(text, text.index("41"))[1][0].strip() == "tiếp theo là thiếu vốn"


def test_a_comma_after_a_quantitys_unit_ends_its_clause() -> None:
    # "… đạt 1,6 triệu tấn, kim ngạch đạt …": the next quantity, not one noun "tấn, kim ngạch"
    text = "Năm 2023, sản lượng hồ tiêu xuất khẩu đạt 260.000 tấn, kim ngạch đạt 1,1 tỷ USD."
    assert clauses_before(text, text.index("1,1"))[0][0].strip() == "kim ngạch đạt"


def test_con_lai_the_rest_opens_no_clause() -> None:
    text = "Số trạm còn lại (48 trạm) nằm ở vùng sâu."
    assert clauses_before(text, text.index("48"))[1][0].strip() == "Số trạm còn lại"


@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        (
            "Chỉ số chuyển đổi số của Sở Lao động - Thương binh và Xã hội đạt 0,68 điểm.",
            0.68,
            "Chỉ số chuyển đổi số",
            "Sở Lao động - Thương binh và Xã hội",
        ),
        (
            "Chỉ số cải cách hành chính của Sở Văn hóa, Thể thao và Du lịch đạt 84,2 điểm.",
            84.2,
            "Chỉ số cải cách hành chính",
            "Sở Văn hóa, Thể thao và Du lịch",
        ),
        # a source's name names no place: the country does
        (
            "Theo số liệu của Bộ Lao động - Thương binh và Xã hội, cả nước có 96.000 lao động được cấp phép.",
            96000,
            "lao động được cấp phép",
            None,
        ),
    ],
)
def test_a_body_s_name_in_parts_is_one_name(
    sentence: str, value: float, measure: str, place: str | None
) -> None:
    found = [f for f in extract_figures([Sentence("d", 1, sentence)], doc_year=2024) if f.value == value]
    assert [(f.measure, f.place) for f in found] == [(measure, place)]
