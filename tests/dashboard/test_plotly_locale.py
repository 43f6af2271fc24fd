"""Plotly's toolbar texts follow the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit

from dashboard.plotly_locale import plotly_locale_config

# The plotly.js that Streamlit ships: every dictionary key must be a string it looks up.
_PLOTLY_JS = "".join(
    path.read_text(encoding="utf-8", errors="replace")
    for path in (Path(streamlit.__file__).parent / "static" / "static" / "js").glob("PlotlyChart*.js")
)


def test_vietnamese_dictionary_keys_are_strings_plotly_looks_up() -> None:
    assert _PLOTLY_JS, "Streamlit's bundled plotly.js was not found"
    dictionary = plotly_locale_config("vi")["locales"]["vi"]["dictionary"]
    unknown = [key for key in dictionary if not any(f"{quote}{key}{quote}" in _PLOTLY_JS for quote in "`\"'")]
    assert unknown == []
    assert len(dictionary) >= 20


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("Zoom in", "Phóng to"),
        ("Download plot as a PNG", "Tải biểu đồ dạng ảnh PNG"),
        ("Autoscale", "Tự co giãn trục"),
    ],
)
def test_toolbar_buttons_read_in_vietnamese(english: str, vietnamese: str) -> None:
    config = plotly_locale_config("vi")
    assert config["locale"] == "vi"
    assert config["locales"]["vi"]["dictionary"][english] == vietnamese


def test_month_names_for_date_ticks_are_vietnamese() -> None:
    formats = plotly_locale_config("vi")["locales"]["vi"]["format"]
    assert formats["shortMonths"][9] == "thg 10"
    assert len(formats["months"]) == 12 and len(formats["days"]) == 7


@pytest.mark.parametrize("language", ["en", "fr", ""])
def test_other_languages_keep_plotlys_english(language: str) -> None:
    assert plotly_locale_config(language) == {}
