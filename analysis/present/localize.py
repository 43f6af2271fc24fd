"""Numbers and dates as each interface language writes them (babel's CLDR data).

Vietnamese groups thousands with "." and writes decimals with ",": "10.000", "1,74"; English the
other way round. Showing "1.7435" under a header "Trên 10.000 từ" would read as seventeen thousand.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_decimal

_LOCALES = {"vi": "vi_VN", "en": "en_US"}
# d3-format separators for plotly's layout.separators: decimal mark first, then the thousands mark.
_PLOTLY_SEPARATORS = {"vi": ",.", "en": ".,"}
# d3-time-format patterns for plotly date axes and hovers (no month names in Vietnamese).
_PLOTLY_DATES = {"vi": "%d/%m/%Y", "en": "%b %-d, %Y"}
_PLOTLY_MONTHS = {"vi": "%m/%Y", "en": "%b %Y"}


def _locale(language: str) -> str:
    return _LOCALES.get(language, _LOCALES["vi"])


def format_number(value: float | int | None, language: str = "vi", *, decimals: int = 2) -> str:
    """``value`` with the language's separators and at most ``decimals`` decimals ("" for None).

    >>> format_number(1.7435), format_number(282.69, "en"), format_number(10000), format_number(10000, "en")
    ('1,74', '282.69', '10.000', '10,000')
    """
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "#" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=_locale(language))


def format_ratio(value: float, language: str = "vi") -> str:
    """How many times as often: "×2,5" / "×2.5", one decimal.

    >>> format_ratio(2.46), format_ratio(2.46, "en")
    ('×2,5', '×2.5')
    """
    return "×" + format_number(value, language, decimals=1)


def format_day(value: date | None, language: str = "vi") -> str:
    """A date: "10/10/2022" in Vietnamese, "Oct 10, 2022" in English ("" for None).

    >>> format_day(date(2022, 10, 10)), format_day(date(2022, 10, 10), "en")
    ('10/10/2022', 'Oct 10, 2022')
    """
    if value is None:
        return ""
    if language == "en":
        return _babel_date(value, "medium", locale=_locale(language))
    return _babel_date(value, "dd/MM/yyyy", locale=_locale(language))


def format_moment(value: datetime | None, language: str = "vi") -> str:
    """A date and time: "10/10/2022 08:05" / "Oct 10, 2022, 8:05 AM" ("" for None).

    >>> format_moment(datetime(2022, 10, 10, 8, 5), "en")
    'Oct 10, 2022, 8:05 AM'
    """
    if value is None:
        return ""
    if language == "en":
        return _babel_datetime(value, "MMM d, y, h:mm a", locale=_locale(language))
    return _babel_datetime(value, "dd/MM/yyyy HH:mm", locale=_locale(language))


def plotly_separators(language: str = "vi") -> str:
    """plotly's ``layout.separators`` for the language (decimal mark, then thousands mark).

    >>> plotly_separators("vi"), plotly_separators("en")
    (',.', '.,')
    """
    return _PLOTLY_SEPARATORS.get(language, _PLOTLY_SEPARATORS["vi"])


def plotly_date_format(language: str = "vi", *, months: bool = False) -> str:
    """A d3 time format for plotly date hovers (``months``: for axis ticks).

    >>> plotly_date_format("vi"), plotly_date_format("en", months=True)
    ('%d/%m/%Y', '%b %Y')
    """
    table = _PLOTLY_MONTHS if months else _PLOTLY_DATES
    return table.get(language, table["vi"])


_SCALES = {
    "vi": ((1e15, "triệu tỷ"), (1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu")),
    "en": ((1e15, "quadrillion"), (1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
}


def _plain(value: float, language: str) -> str:
    thousands, decimal = (".", ",") if language == "vi" else (",", ".")
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", thousands)
    # an index below one is read to four places ("0,5672 điểm" DTI, a thousandth apart between provinces); any
    # other value to two
    places = 4 if abs(value) < 1 else 2
    whole, _, fraction = f"{value:,.{places}f}".rstrip("0").rstrip(".").partition(".")
    return whole.replace(",", thousands) + (decimal + fraction if fraction else "")


def format_value(value: float, language: str = "vi") -> str:
    """A number as people write it: Vietnamese "80.000", "1,5 triệu tỷ"; English "80,000", "1.5 quadrillion".

    >>> format_value(80000), format_value(13.17), format_value(5e6), format_value(1.5e15, "en")
    ('80.000', '13,17', '5 triệu', '1.5 quadrillion')
    >>> format_value(0.5672), format_value(0.5672, "en"), format_value(88.6449)
    ('0,5672', '0.5672', '88,64')
    """
    if not math.isfinite(value):
        return "—"
    for scale, word in _SCALES.get(language, _SCALES["vi"]):
        scaled = value / scale
        if scaled >= 1 and abs(scaled * 100 - round(scaled * 100)) < 1e-6:
            return f"{_plain(round(scaled, 2), language)} {word}"
    return _plain(value, language)
