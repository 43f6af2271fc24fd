"""The year a figure is about, and whether it is a goal."""

from __future__ import annotations

import pytest

from analysis.figures.year import year_and_target


def _year_of(text: str, figure: str, doc_year: int | None = 2024) -> tuple[int | None, bool]:
    start = text.index(figure)
    return year_and_target(text, start, start + len(figure), doc_year)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a year in the sentence before the figure
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 84%.", "84%", (2023, False)),
        # a year right after the figure binds to it
        ("Tỷ lệ này đạt 6,3% năm 2022 và 7,1% năm 2023.", "6,3%", (2022, False)),
        # a base year compared with is not the figure's year: the article's year is
        ("Tỷ lệ đạt 84%, tăng 8 điểm phần trăm so với năm 2021.", "84%", (2024, False)),
        # no year written: the article's year
        ("Tỷ lệ hồ sơ trực tuyến đạt 84%.", "84%", (2024, False)),
        # a goal: "phấn đấu đến năm 2030"
        ("Phấn đấu đến năm 2030, kinh tế số chiếm 30% GDP.", "30%", (2030, True)),
    ],
)
def test_the_year_and_goal_of_a_figure(text: str, figure: str, expected: tuple[int, bool]) -> None:
    assert _year_of(text, figure) == expected


def test_a_year_after_the_articles_own_is_a_goal() -> None:
    assert _year_of("Năm 2026, tỷ lệ đạt 90%.", "90%") == (2026, True)


def test_no_year_anywhere_leaves_it_unknown() -> None:
    assert _year_of("Tỷ lệ đạt 84%.", "84%", doc_year=None) == (None, False)


def test_a_compared_year_that_opens_its_own_value_is_that_values_year() -> None:
    text = "Số doanh nghiệp dùng hóa đơn điện tử đạt 9.800, trong khi cùng kỳ năm trước chỉ có 7.200."
    assert _year_of(text, "9.800") == (2024, False)
    assert _year_of(text, "7.200") == (2023, False)


def test_the_year_of_an_earlier_survey_compared_with_is_not_the_figures() -> None:
    text = "Chỉ số của tỉnh tăng 5 bậc so với kỳ đánh giá năm 2022, điểm số đạt 0,68."
    assert _year_of(text, "0,68") == (2024, False)


def test_a_goal_after_a_contrast_keeps_the_plans_year() -> None:
    text = "Mục tiêu đến năm 2030, tỷ lệ dân có chữ ký số đạt 60%, trong khi cả nước phấn đấu đạt 70%."
    assert _year_of(text, "70%") == (2030, True)
