"""Numbers and dates the way each interface language writes them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from analysis.figures import extract_figures
from analysis.present.figures import figure_value_text
from analysis.present.localize import (
    format_day,
    format_moment,
    format_number,
    format_ratio,
    format_value,
    plotly_date_format,
    plotly_separators,
)
from analysis.types import Sentence


@pytest.mark.parametrize(
    ("value", "language", "decimals", "text"),
    [
        (1.7435, "vi", 2, "1,74"),
        (1.7435, "en", 2, "1.74"),
        (282.69, "vi", 2, "282,69"),
        (282.69, "en", 1, "282.7"),
        (10_000, "vi", 0, "10.000"),
        (10_000, "en", 0, "10,000"),
        (1_234_567.5, "vi", 1, "1.234.567,5"),
        (0, "vi", 2, "0"),
        (-3.5, "en", 1, "-3.5"),
        (None, "vi", 2, ""),
    ],
)
def test_format_number(value: float | None, language: str, decimals: int, text: str) -> None:
    assert format_number(value, language, decimals=decimals) == text


def test_an_unknown_language_reads_the_vietnamese_way() -> None:
    assert format_number(1.5, "fr") == "1,5"


@pytest.mark.parametrize(
    ("language", "day", "moment"),
    [("vi", "10/10/2022", "10/10/2022 08:05"), ("en", "Oct 10, 2022", "Oct 10, 2022, 8:05 AM")],
)
def test_dates(language: str, day: str, moment: str) -> None:
    assert format_day(date(2022, 10, 10), language) == day
    assert format_moment(datetime(2022, 10, 10, 8, 5), language) == moment
    assert format_day(None, language) == format_moment(None, language) == ""


def test_ratio_and_plotly_formats() -> None:
    assert (format_ratio(5.28), format_ratio(5.28, "en")) == ("×5,3", "×5.3")
    assert (plotly_separators("vi"), plotly_separators("en")) == (",.", ".,")
    assert plotly_date_format("vi") == "%d/%m/%Y"
    assert plotly_date_format("en") == "%b %-d, %Y"
    assert plotly_date_format("vi", months=True) == "%m/%Y"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (80000, "80.000"),
        (80000.0, "80.000"),
        (2247912, "2.247.912"),
        (13.17, "13,17"),
        (1.5, "1,5"),
        (95.5, "95,5"),
        (1234.5, "1.234,5"),
        (0, "0"),
        (5e6, "5 triệu"),
        (1.2e6, "1,2 triệu"),
        (1.1e12, "1,1 nghìn tỷ"),
        (1.5e15, "1,5 triệu tỷ"),
        (1234567, "1.234.567"),  # not a round number of millions: written out
    ],
)
def test_format_value(value: float, text: str) -> None:
    assert format_value(value) == text


def test_format_value_of_an_infinite_value_is_a_dash() -> None:
    assert format_value(float("inf")) == "—"


def test_an_index_score_below_one_keeps_its_four_places_on_a_card() -> None:
    text = "Năm 2024, chỉ số chuyển đổi số (DTI) của Yên Bái đạt 0,5672 điểm, xếp thứ 19/63 tỉnh, thành phố."
    (score,) = [f for f in extract_figures([Sentence("d", 0, text)], doc_year=2024) if f.kind == "score"]
    assert figure_value_text(score, "vi") == "0,5672 điểm"
    assert figure_value_text(score, "en").startswith("0.5672")
