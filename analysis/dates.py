"""Dates, years and publication timestamps as Vietnamese news articles write them.

Vietnamese writes day first: "28/12/2023" is 28 December 2023 and "24/4" is 24 April of a
year the reader has to infer. Every offset returned here refers to the NFC form of the text;
callers are expected to pass NFC text, and then offsets are offsets into what they passed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache

from analysis.resources import load_toml
from analysis.text import phrase_alternation
from analysis.types import DateMention

# A digit glued to a letter ("CNTT4") or continuing another number ("1/10/10") is not the start
# of a date; likewise a date must not run on into more digits ("10/10.5", "13/2023/NĐ-CP").
_BEFORE = r"(?<!\w)(?<![0-9][.,/:\-–])"
_AFTER = r"(?!\w)(?![.,/:\-–][0-9])"

_TEXTUAL_RE = re.compile(
    r"(?<!\w)(?:ngày|mùng|mồng)\s+(?P<day>[0-9]{1,2})\s+tháng\s+(?P<month>[0-9]{1,2})"
    r"(?:\s+năm\s+(?P<year>[0-9]{4}))?(?!\w)",
    re.IGNORECASE,
)
# "2024-04-25T07:33" is still an ISO date even though a letter follows it.
_ISO_RE = re.compile(
    _BEFORE + r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})(?:(?=T[0-9])|" + _AFTER + ")"
)
# The dotted form only with a four-digit year, otherwise "80.000" would look like a date.
_DMY_RE = re.compile(
    _BEFORE + r"(?P<day>[0-9]{1,2})(?P<sep>[/.\-])(?P<month>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})" + _AFTER
)
# Without a year only the slash: "5-10" is a range and "1.5" a decimal far more often than a date.
_DM_RE = re.compile(_BEFORE + r"(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})" + _AFTER)

# Most specific first, so "28/12/2023" is not read as "28/12" and "2023".
_DATE_PATTERNS = (_TEXTUAL_RE, _ISO_RE, _DMY_RE, _DM_RE)

# A maximal run of digits joined by separators: years are only read from runs that are a bare
# four-digit number or a dashed period ("2021-2025"), never from "10/10/2024" or "2.024".
_NUMERIC_RUN_RE = re.compile(r"(?<!\w)(?<!\w[.,/:\-–])[0-9](?:[0-9]|[.,/:\-–][0-9])*+(?!\w)")
_DASH_RE = re.compile(r"[-–]")
# "2000 tỷ đồng" and "2023%" are amounts, not years.
_AMOUNT_AFTER_RE = re.compile(r"\s*%|\s+(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm)(?!\w)", re.IGNORECASE)
_MIN_YEAR, _MAX_YEAR = 1990, 2100

_TIME_RE = re.compile(
    r"(?<![0-9:])(?P<hour>[0-9]{1,2})[:hH](?P<minute>[0-9]{2})"
    r"(?::(?P<second>[0-9]{2})(?:\.(?P<fraction>[0-9]{1,6}))?)?(?![0-9:])"
    r"(?:\s*(?P<half>SA|CH|AM|PM)(?!\w))?",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# Words that may stand next to a timestamp on a metadata line; anything else is prose.
_METADATA_WORDS = frozenset(
    {
        *("publish", "published", "date", "time", "posted", "updated", "update", "last", "by", "on", "at"),
        *("view", "views", "count", "gmt", "utc", "ict", "am", "pm"),
        *("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("ngày", "đăng", "cập", "nhật", "lúc", "giờ", "thời", "gian", "xuất", "bản", "lần", "cuối"),
        *("sửa", "lượt", "xem", "sa", "ch"),
        # Weekdays: "Thứ năm", "Chủ nhật", "CN".
        *("thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "cn"),
    }
)
# The digits of a year as articles write one in words and dates: 1900–2099, history included ("năm 1945").
# Patterns elsewhere that read a year in a longer phrase ("quý III/2023") build on it.
YEAR_DIGITS = r"(?:19|20)\d\d"
# "năm 2023": a year named after the word "năm".
_NAMED_YEAR_RE = re.compile(rf"năm\s+({YEAR_DIGITS})", re.IGNORECASE)
# The same as a word of its own and a single year, not a period's first ("năm 2021-2025").
_SINGLE_NAMED_YEAR_RE = re.compile(rf"(?<!\w)năm\s+({YEAR_DIGITS})(?![\d\-–])", re.IGNORECASE)
# "… quốc gia năm 2024", "… trong năm 2024", "PAPI 2023": a year closing a name or a heading.
_CLOSING_YEAR_RE = re.compile(
    rf"^(?P<rest>.*?)\s*(?<!\w)(?P<named>(?:trong\s+)?năm\s+)?(?P<year>{YEAR_DIGITS})$", re.IGNORECASE
)
_MAX_METADATA_LINE = 80
_MAX_UNKNOWN_WORDS = 1


def find_dates(text: str) -> list[DateMention]:
    """Every day-and-month date written in ``text``, in order.

    >>> [(m.raw, m.day, m.month, m.year) for m in find_dates("Sáng 24/4, phiên họp ngày 28/12/2023")]
    [('24/4', 24, 4, None), ('28/12/2023', 28, 12, 2023)]

    Impossible dates ("32/13", "31/2", "29/2/2023") are skipped; "29/2" without a year is kept.
    Only the textual form's span includes its words ("ngày 10 tháng 10 năm 2022"); for "ngày 29/12"
    the span is just "29/12". Limitation: a fraction or ratio such as "1/2" or "24/7" whose parts
    fit a day and a month is reported as a date, since the digits alone cannot tell them apart.
    """
    text = unicodedata.normalize("NFC", text)
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if _overlaps(start, end, taken):
                continue
            # Claim the span even when the date is impossible, so "31/2/2023" is not re-read as "31/2".
            taken.append((start, end))
            day, month = int(match["day"]), int(match["month"])
            written_year = match.groupdict().get("year")
            year = int(written_year) if written_year else None
            if _is_valid(day, month, year):
                mentions.append(DateMention(start, end, match.group(), day, month, year))
    return sorted(mentions, key=lambda mention: mention.start)


def resolve_date(
    mention: DateMention, *, reference: date | None = None, fallback_year: int | None = None
) -> date | None:
    """The calendar date ``mention`` means, filling a missing year from context.

    An explicit year wins. Otherwise ``reference`` (the article's publication date) gives the latest
    such day not after it: "29/12" published on 2024-01-10 is 2023-12-29. Otherwise ``fallback_year``
    (the year the article is about) is used. Without either the year is unknown and None is returned.
    """
    if mention.year is not None:
        return _make_date(mention.year, mention.month, mention.day)
    if reference is not None:
        # Step back at most eight years: far enough to reach the previous 29 February.
        for year in range(reference.year, reference.year - 9, -1):
            candidate = _make_date(year, mention.month, mention.day)
            if candidate is not None and candidate <= reference:
                return candidate
        return None
    if fallback_year is not None:
        return _make_date(fallback_year, mention.month, mention.day)
    return None


def find_published(text: str) -> datetime | None:
    """The publication timestamp printed on the first metadata-like line, day first.

    >>> find_published("Tiêu đề\\nPublish date 10/01/2024 | 14:14  | View count: 4030\\n")
    datetime.datetime(2024, 1, 10, 14, 14)

    A line counts only if it is shorter than 80 characters, carries a date with a four-digit year and,
    besides the date and time, holds labels ("Ngày đăng", "Cập nhật", "Thứ năm", "GMT+7") and at most
    one other word; so "phiên họp thứ 7 diễn ra ngày 28/12/2023" in prose is never taken. The result is
    naive: a printed "GMT+7" is ignored, and a line without a time gives midnight.
    """
    text = unicodedata.normalize("NFC", text)
    for line in text.splitlines():
        line = line.strip()
        if not line or len(line) >= _MAX_METADATA_LINE:
            continue
        published = _published_on_line(line)
        if published is not None:
            return published
    return None


def find_years(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, year)`` for each four-digit year 1990–2100 standing on its own.

    >>> find_years("năm 2023 và giai đoạn 2021-2025, ngày 28/12/2023")
    [(4, 8, 2023), (22, 26, 2021), (27, 31, 2025)]

    The span covers the digits only, also after "năm". Digits inside dates, timestamps and longer
    numbers ("2.024", "12024") are not years, nor is a number followed by a scale word or "%"
    ("2000 tỷ đồng"). Limitation: any other bare count in range ("2000 doanh nghiệp") is reported.
    """
    text = unicodedata.normalize("NFC", text)
    in_dates = [(mention.start, mention.end) for mention in find_dates(text)]
    years: list[tuple[int, int, int]] = []
    for run in _NUMERIC_RUN_RE.finditer(text):
        token = run.group()
        if any(sep in token for sep in "/:.,") or _overlaps(run.start(), run.end(), in_dates):
            continue
        offset = run.start()
        parts = _DASH_RE.split(token)
        # A dashed run is a period only if every part is a year: "10-10-2022" stays a date.
        if len(parts) > 1 and not all(len(part) == 4 for part in parts):
            continue
        for part in parts:
            start, end = offset, offset + len(part)
            offset = end + 1
            if len(part) != 4 or not _MIN_YEAR <= int(part) <= _MAX_YEAR:
                continue
            if end == run.end() and _AMOUNT_AFTER_RE.match(text, end):
                continue
            years.append((start, end, int(part)))
    return years


def find_named_years(text: str) -> list[int]:
    """The years ``text`` names after the word "năm", in order: the plain "năm 2023 → 2023" read.

    >>> find_named_years("Năm 2023 đạt 60%, năm 2025 đạt 80%; giai đoạn 2021-2025")
    [2023, 2025]
    """
    return [int(year) for year in _NAMED_YEAR_RE.findall(text)]


def find_named_year_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, year)`` for each single year ``text`` names after the word "năm", the span
    covering "năm" too; a period ("năm 2021-2025") names no single year.

    >>> find_named_year_spans("Năm 2025, tỉnh đạt; giai đoạn năm 2021-2025")
    [(0, 8, 2025)]
    """
    return [(found.start(), found.end(), int(found[1])) for found in _SINGLE_NAMED_YEAR_RE.finditer(text)]


def named_day_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """A pattern for any of ``names`` (a named day, an index) followed by "năm" and its year, the
    year in group 1; the names are literal text, matched whole and in any case.

    >>> named_day_pattern(["Ngày Chuyển đổi số quốc gia"]).findall("Ngày chuyển đổi số quốc gia năm 2023")
    ['2023']
    """
    names = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<!\w)(?:{names})\s+năm\s+({YEAR_DIGITS})", re.IGNORECASE)


def split_closing_year(text: str, *, named: bool = False) -> tuple[str, int] | None:
    """What comes before the year that closes ``text`` and that year, or None when no year closes it;
    "năm" or "trong năm" before the year is dropped. With ``named`` the year must follow "năm".

    >>> split_closing_year("của chuyển đổi số quốc gia năm 2024")
    ('của chuyển đổi số quốc gia', 2024)
    >>> split_closing_year("chỉ số PAPI 2023"), split_closing_year("chỉ số PAPI 2023", named=True)
    (('chỉ số PAPI', 2023), None)
    """
    found = _CLOSING_YEAR_RE.match(text)
    if found is None or (named and not found["named"]):
        return None
    return found["rest"], int(found["year"])


def _published_on_line(line: str) -> datetime | None:
    candidates = [found for found in (_ISO_RE.search(line), _DMY_RE.search(line)) if found is not None]
    if not candidates:
        return None
    found = min(candidates, key=lambda match: match.start())
    day = _make_date(int(found["year"]), int(found["month"]), int(found["day"]))
    if day is None:
        return None
    clock = _TIME_RE.search(line)
    spans = [found.span()] + ([clock.span()] if clock is not None else [])
    rest = "".join(" " if _overlaps(i, i + 1, spans) else char for i, char in enumerate(line))
    unknown = [word for word in _WORD_RE.findall(rest) if word.lower() not in _METADATA_WORDS]
    if len(unknown) > _MAX_UNKNOWN_WORDS:
        return None
    moment = _clock_time(clock) if clock is not None else None
    return datetime(day.year, day.month, day.day, **(moment or {}))


def _clock_time(clock: re.Match[str]) -> dict[str, int] | None:
    hour, minute = int(clock["hour"]), int(clock["minute"])
    half = (clock["half"] or "").upper()
    # Vietnamese locales print "SA" (sáng) and "CH" (chiều) where English prints AM and PM.
    if half in {"PM", "CH"} and hour < 12:
        hour += 12
    elif half in {"AM", "SA"} and hour == 12:
        hour = 0
    second = int(clock["second"] or 0)
    microsecond = int((clock["fraction"] or "0").ljust(6, "0"))
    if hour > 23 or minute > 59 or second > 59:
        return None
    return {"hour": hour, "minute": minute, "second": second, "microsecond": microsecond}


def _is_valid(day: int, month: int, year: int | None) -> bool:
    # 2000 is a leap year, so a yearless 29/2 is possible while 29/2/2023 is not.
    return _make_date(2000 if year is None else year, month, day) is not None


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < taken_end and taken_start < end for taken_start, taken_end in spans)


@cache
def _law_name_end() -> re.Pattern[str]:
    """A law's name ending a text, before its year: "Luật Nhà ở ", "Bộ luật Lao động "."""
    settings = load_toml("calendar.toml")["article_year"]
    heads = phrase_alternation(settings["law_heads"])
    words = int(settings["law_name_words"])
    return re.compile(rf"(?<!\w)(?:{heads})(?:\s+[^\W\d_][^\s,.;:()]*){{1,{words}}}\s+$")


def closes_a_law_name(before: str) -> bool:
    """Whether a year's "năm" closes a law's name: "Theo Luật Giao dịch điện tử năm 2023" (case-sensitive: a
    law's name is written with a capital).

    >>> closes_a_law_name("Theo Luật Nhà ở "), closes_a_law_name("Theo kế hoạch, ")
    (True, False)
    """
    return _law_name_end().search(before) is not None
