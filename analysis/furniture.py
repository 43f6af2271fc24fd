"""Page furniture: the lines of a page that are not the article (menus, counters, date lines, links)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import cache

from analysis.dates import YEAR_DIGITS, find_dates, find_published
from analysis.outlets import _MAX_FURNITURE_CHARS, _portal_name, names_outlet
from analysis.resources import load_toml, phrases
from analysis.text import normalize_text, phrase_alternation

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


# How many lines at the top and at the bottom of a page may hold the portal's name in capitals.
_PAGE_EDGE_LINES = 6


@cache
def _furniture_rules() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    rules = load_toml("furniture.toml")
    lines = frozenset(normalize_text(line).casefold() for line in rules["lines"])
    patterns = tuple(re.compile(normalize_text(p), re.IGNORECASE) for p in rules["patterns"])
    return lines, patterns


_SEPARATOR = r"\s*[|/>»›•·,\-–—]?\s*"


@cache
def _menu_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A line made of two or more section names (a menu), a line of one (a section label), section
    names opening a line ("Xã hội 03/08/2023") and closing it ("26-07-2022 - 19:35 | Công nghệ")."""
    alternatives = phrase_alternation(phrases("furniture.toml:menu"))
    menu = re.compile(rf"^(?:(?:{alternatives})(?!\w){_SEPARATOR}){{2,}}$", re.IGNORECASE)
    label = re.compile(rf"^(?:{alternatives}){_SEPARATOR}$", re.IGNORECASE)
    prefix = re.compile(rf"^(?:(?:{alternatives})(?!\w){_SEPARATOR})+", re.IGNORECASE)
    suffix = re.compile(rf"(?:\s+[|/·•\-–—]\s*(?<!\w)(?:{alternatives}))+\s*$", re.IGNORECASE)
    return menu, label, prefix, suffix


def page_date(line: str) -> datetime | None:
    """The publication date of a page's date line, or None for any other line (prose included).

    >>> page_date("Xã hội 03/08/2023 09:05"), page_date("Ngày 2/8/2023, thành phố sơ kết Đề án 06.")
    (datetime.datetime(2023, 8, 3, 9, 5), None)
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_FURNITURE_CHARS:
        return None
    # "Thứ Sáu, ngày 27 tháng 6 năm 2025 | 14:10" reads as "27/6/2025 | 14:10", and so do months in
    # words: "27 Tháng Sáu 2025", "Jun 27, 2025", "27 June 2025"
    stripped = _WORDED_DATE.sub(lambda m: f"{m['day']}/{m['month']}/{m['year']}", stripped)
    stripped = _month_words_date_pattern().sub(_numeric_date, stripped)
    _, _, prefix, suffix = _menu_patterns()
    stripped = suffix.sub("", prefix.sub("", stripped))
    published = find_published(stripped)
    if published is None:
        # "Tác giả: Ngọc Lan | 21/11/2023", "Đức Anh · 19/06/2025 10:12": the date beside its byline
        parts = _PARTS.split(stripped)
        kept = [part for part in parts if not _byline_or_widget(part)] if len(parts) > 1 else parts
        if 0 < len(kept) < len(parts):
            published = find_published(" | ".join(kept))
    return published


# Parts of a metadata line: "Thứ Bảy, 13/01/2024 | 07:00 | Tác giả: Bảo Ngọc" (a dash only between
# spaces, so "26-07-2022" stays whole)
_PARTS = re.compile(r"\s+[|·•\-–—]\s+")
_TIME = re.compile(r"(?<![\d.,])\d{1,2}[:hH]\d{2}(?!\d)")
# A byline is a name of a few capitalised words: "Đức Anh", "Nhóm PV", "Lưu Quý"
_MAX_NAME_WORDS = 4


@cache
def _byline_label() -> re.Pattern[str]:
    labels = phrase_alternation(phrases("furniture.toml:byline_labels"))
    return re.compile(rf"^(?:{labels})\s*:\s*", re.IGNORECASE)


def _byline_or_widget(part: str) -> bool:
    """Whether a part of a metadata line is its byline ("Tác giả: Bảo Ngọc", "Đức Anh") or a widget
    ("Lượt xem: 512", "Cỡ chữ: A A A"), not its date or time."""
    if find_dates(part) or _TIME.search(part):
        return False
    name = _byline_label().sub("", part)
    words = name.split()
    if 0 < len(words) <= _MAX_NAME_WORDS and all(word[:1].isupper() and word.isalpha() for word in words):
        return True
    return is_furniture(part)


_WORDED_DATE = re.compile(
    rf"(?:ngày\s+)?(?P<day>\d{{1,2}})\s+tháng\s+(?P<month>\d{{1,2}})\s*(?:năm|,)?\s*(?P<year>{YEAR_DIGITS})(?!\d)",
    re.IGNORECASE,
)


@cache
def _month_numbers() -> dict[str, int]:
    """Each month's name in words ("mười một", "giêng", "nov", "november") to its number."""
    rules = load_toml("furniture.toml")
    return {
        normalize_text(name).casefold(): number
        for key in ("month_words", "month_names")
        for number, names in enumerate(rules[key], start=1)
        for name in names
    }


@cache
def _month_words_date_pattern() -> re.Pattern[str]:
    """A date with its month in words: "05 Tháng Mười Một 2023", "Jan 11, 2024", "28 Dec 2025"."""
    rules = load_toml("furniture.toml")
    words = phrase_alternation(name for names in rules["month_words"] for name in names)
    names = phrase_alternation(name for names in rules["month_names"] for name in names)
    year = rf"({YEAR_DIGITS})(?!\d)"
    return re.compile(
        rf"(?:ngày\s+)?(?P<day>\d{{1,2}})\s+tháng\s+(?P<word>{words})(?!\w)\s*,?\s*(?:năm\s+)?(?P<year>{year})"
        rf"|(?<!\w)(?P<name>{names})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>{year})"
        rf"|(?<!\w)(?P<day3>\d{{1,2}})\s+(?P<name3>{names})\.?,?\s+(?P<year3>{year})",
        re.IGNORECASE,
    )


def _numeric_date(match: re.Match[str]) -> str:
    """A month-in-words date as "day/month/year"."""
    month_name = match["word"] or match["name"] or match["name3"]
    day = match["day"] or match["day2"] or match["day3"]
    year = match["year"] or match["year2"] or match["year3"]
    return f"{day}/{_month_numbers()[' '.join(month_name.casefold().split())]}/{year}"


_ITEM_BAR = re.compile(r"\s*[|•·]\s*|\s+/\s+")


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text.

    >>> is_furniture("Tổng truy cập: 2247912"), is_furniture("Thủ tướng phát biểu.")
    (True, False)
    """
    stripped = line.strip()
    # An article pasted as one long line carries a caption or "Nguồn:" somewhere; it is still
    # the article. Furniture lines are short.
    if not stripped or len(stripped) > _MAX_FURNITURE_CHARS:
        return False
    exact, patterns = _furniture_rules()
    if stripped.rstrip(".:").casefold() in exact:
        return True
    # the account links of a page's header, "Đăng nhập | Đăng ký", "Đăng nhập / Quên mật khẩu":
    # furniture lines between bars are one
    items = _ITEM_BAR.split(stripped)
    if len(items) > 1 and all(item.rstrip(".:").casefold() in exact for item in items):
        return True
    if any(pattern.search(stripped) for pattern in patterns):
        return True
    return (
        bool(_menu_patterns()[0].match(stripped)) or page_date(stripped) is not None or names_outlet(stripped)
    )


# A site's name is a few words, without digits or a closing full stop: "VnExpress", "Tuổi Trẻ Online".
_MAX_MASTHEAD_WORDS = 6


def masthead(lines: list[str]) -> str | None:
    """The site's name when a page opens with it right above its menu bar, else None.

    >>> masthead(["Tiền Phong", "Thời sự | Kinh tế | Giáo dục", "Sinh viên dùng thẻ căn cước"])
    'Tiền Phong'
    >>> masthead(["Sinh viên dùng thẻ căn cước", "Từ học kỳ này, sinh viên mượn sách bằng thẻ."])
    """
    if len(lines) < 2:
        return None
    name, below = lines[0].strip(), lines[1].strip()
    if (
        not name
        or len(name.split()) > _MAX_MASTHEAD_WORDS
        or any(char.isdigit() for char in name)
        or name.endswith((".", ":", "!", "?"))
        or is_furniture(name)
    ):
        return None
    # the menu below: section names, or three or more words between bars (a date line with its
    # counter, "Publish date 10/01/2024 | 14:14 | View count: 4030", is no menu)
    menu_bar = bool(_menu_patterns()[0].match(below)) or (
        is_furniture(below) and below.count(" | ") >= 2 and not any(char.isdigit() for char in below)
    )
    return name if menu_bar else None


_LIST_ITEM = re.compile(r"^[-•*+–]\s+\S")
# a related article's headline with its date, unbulleted: "Kho bạc Hà Nội: 3.200 đơn vị … (12/11/2024)"
_DATED_LINK = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s+\d{1,2}:\d{2})?\s*\)\s*$")


@cache
def _related_headings() -> frozenset[str]:
    return frozenset(
        normalize_text(line).casefold() for line in load_toml("furniture.toml")["related_headings"]
    )


def page_lines(text: str) -> list[str]:
    """The page's lines as :func:`split_furniture` reads them: stripped, spaces tidied, blanks dropped.

    >>> page_lines("## Kinh tế số\\n\\n\\tTỉnh  tăng 5 bậc.")
    ['Kinh tế số', 'Tỉnh tăng 5 bậc.']
    """
    return [line for _, line in _printed_and_tidied(text)]


def _printed_and_tidied(text: str) -> list[tuple[str, str]]:
    """Each non-blank line as printed (stripped, its runs of spaces kept) and as read (spaces tidied):
    the runs of spaces are all that tells a menu copied from a page from a line of words."""
    pairs = []
    for raw in text.split("\n"):
        printed = _MARKDOWN_HEADING.sub("", raw.strip())
        tidied = re.sub(r"[ \t]+", " ", printed)
        if tidied:
            pairs.append((printed, tidied))
    return pairs


# A menu copied from a page keeps the gaps between its items: "Trang chủ    Giới thiệu    Tin tức",
# "THỜI SỰ   KINH TẾ   XÃ HỘI". Its items are short names, each capitalised, without digits or a
# sentence's stops; a headline typed with a double space somewhere has fewer of them.
_MENU_GAP = re.compile(r"\t+|\s{2,}")
_MIN_SPACED_ITEMS = 3
_MAX_SPACED_ITEM_WORDS = 5


def spaced_menu(printed: str) -> bool:
    """Whether a line as printed is a menu whose items are set apart by runs of spaces or tabs.

    >>> spaced_menu("Trang chủ    Giới thiệu    Tin tức - Sự kiện    Du khách")
    True
    >>> spaced_menu("Tỉnh có 3  trường đạt chuẩn.  Huyện có 2."), spaced_menu("Trang chủ Giới thiệu Du khách")
    (False, False)
    """
    items = [item.strip() for item in _MENU_GAP.split(printed.strip())]
    return len(items) >= _MIN_SPACED_ITEMS and all(
        item[:1].isupper()
        and len(item.split()) <= _MAX_SPACED_ITEM_WORDS
        and not any(char.isdigit() or char in ".,;:!?()" for char in item)
        for item in items
    )


def headline_date(lines: list[str], title: str) -> datetime | None:
    """The page's date: of its date lines, the one nearest the headline, after it on a tie; so today's
    date in a portal's header or a reader's comment below does not stand for the article's.

    >>> headline_date(["Thứ Sáu, 06/12/2024", "Tỉnh mở cổng", "Ngày đăng: 22/08/2024"], "Tỉnh mở cổng")
    datetime.datetime(2024, 8, 22, 0, 0)
    """
    dated = [(index, published) for index, line in enumerate(lines) if (published := page_date(line))]
    if not dated:
        return None
    headline = next((index for index, line in enumerate(lines) if line == title), None)
    if headline is None:
        return dated[0][1]
    return min(dated, key=lambda item: (abs(item[0] - headline), item[0] < headline))[1]


def split_furniture(text: str) -> tuple[list[str], list[str]]:
    """Split NFC text into body lines and furniture lines (blank lines dropped).

    >>> split_furniture("Tin liên quan\\nKinh tế số phát triển.")
    (['Kinh tế số phát triển.'], ['Tin liên quan'])
    """
    body: list[str] = []
    furniture: list[str] = []
    printed = _printed_and_tidied(text)
    lines = [line for _, line in printed]
    related = False
    top = masthead(lines)
    for index, line in enumerate(lines):
        if index == 0 and top is not None:
            furniture.append(line)  # the site's name above its menu, never the headline
            continue
        # under "Xem thêm" / "Tin liên quan", the list of links is the page's, not the article's
        if related and (_LIST_ITEM.match(line) or _DATED_LINK.search(line)):
            furniture.append(line)
            continue
        related = line.rstrip(".: ").casefold() in _related_headings()
        # The portal's name in capitals heads or closes a page, a lone section name ("Công nghệ")
        # stands among the header's furniture above the headline; elsewhere they are text ("Kinh tế"
        # heading a part of a report).
        at_edge = index < _PAGE_EDGE_LINES or index >= len(lines) - _PAGE_EDGE_LINES
        portal = at_edge and _portal_name(line) is not None
        label = (
            not body
            and bool(_menu_patterns()[1].match(line))
            and (bool(furniture) or (index + 1 < len(lines) and is_furniture(lines[index + 1])))
        )
        menu = spaced_menu(printed[index][0])
        (furniture if portal or label or menu or is_furniture(line) else body).append(line)
    return body, furniture


_SOURCE_DATE = re.compile(
    rf"^nguồn\s*:.*?\b(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-]({YEAR_DIGITS})\b", re.IGNORECASE
)


def _source_line_date(lines: Iterable[str]) -> datetime | None:
    """The date on a source line: "Nguồn: báo Tin tức, 15/06/2022" was published on 15 June 2022.

    >>> _source_line_date(["Nguồn: báo Tin tức, 15/06/2022"])
    datetime.datetime(2022, 6, 15, 0, 0)
    """
    for line in lines:
        match = _SOURCE_DATE.search(line.strip())
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return datetime(year, month, day)
            except ValueError:
                continue
    return None
