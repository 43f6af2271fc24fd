"""Reading articles: NFC text, page furniture removed, title, outlet, dates and year inferred."""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Protocol

from analysis.dates import find_dates, find_published, find_years
from analysis.figures.cues import cue_pattern
from analysis.read import SUPPORTED_SUFFIXES, ReadError, read_path
from analysis.read.metadata import load_sidecar
from analysis.read.problems import make_problem
from analysis.resources import load_toml, phrases
from analysis.text import normalize_text, phrase_alternation
from analysis.types import Document, LoadProblem

_MAX_TITLE_CHARS = 160
_MAX_TITLE_WORDS = 30
# Horizons of strategies ("đến năm 2025, định hướng đến năm 2030") say nothing about the year an
# article reports on.
_HORIZON_BEFORE_YEAR = re.compile(r"(đến|tới|từ|giai đoạn|định hướng|tầm nhìn)\s+(năm\s+)?$", re.IGNORECASE)
# "năm 2023", and a quarter or month with its year: "quý III/2023", "tháng 6/2024"
_YEAR_AFTER_NAM = re.compile(
    r"\b(?:năm\s+|(?:quý\s+[IVX\d]+|tháng\s+\d{1,2})\s*/\s*)((?:19|20)\d\d)\b", re.IGNORECASE
)
# A comparison base ("tăng 12,7% so với cùng kỳ năm 2022") is not the year an article reports on.
_COMPARISON_BEFORE_YEAR = re.compile(r"(so với|cùng kỳ)\s+$", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(
    r"\b(?:năm học|niên khóa|niên khoá)\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b", re.I
)
_MAX_PORTAL_TITLE_WORDS = 10
_THIS_YEAR = re.compile(r"(?<!\w)năm nay(?!\w)", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MAX_FURNITURE_CHARS = 300
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
def _menu_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A line made of two or more section names (a menu), a line of one (a section label), and
    section names opening a line ("Xã hội 03/08/2023")."""
    alternatives = phrase_alternation(phrases("furniture.toml:menu"))
    menu = re.compile(rf"^(?:(?:{alternatives})(?!\w){_SEPARATOR}){{2,}}$", re.IGNORECASE)
    label = re.compile(rf"^(?:{alternatives}){_SEPARATOR}$", re.IGNORECASE)
    prefix = re.compile(rf"^(?:(?:{alternatives})(?!\w){_SEPARATOR})+", re.IGNORECASE)
    return menu, label, prefix


def page_date(line: str) -> datetime | None:
    """The publication date of a page's date line, or None for any other line (prose included).

    >>> page_date("Xã hội 03/08/2023 09:05"), page_date("Ngày 2/8/2023, thành phố sơ kết Đề án 06.")
    (datetime.datetime(2023, 8, 3, 9, 5), None)
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_FURNITURE_CHARS:
        return None
    # "Thứ Sáu, ngày 27 tháng 6 năm 2025 | 14:10" reads as "27/6/2025 | 14:10"
    stripped = _WORDED_DATE.sub(lambda m: f"{m['day']}/{m['month']}/{m['year']}", stripped)
    return find_published(_menu_patterns()[2].sub("", stripped))


_WORDED_DATE = re.compile(
    r"(?:ngày\s+)?(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s*(?:năm|,)\s*(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)


@cache
def _outlets() -> dict[str, object]:
    return load_toml("outlets.toml")


@cache
def _outlet_patterns(kind: str = "patterns") -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(normalize_text(p), re.IGNORECASE) for p in _outlets()[kind])


@cache
def _agency_dateline() -> re.Pattern[str]:
    """An outlet's bare name before a dash, as written: "VOV.VN - …", "ĐNO - …"."""
    names = phrase_alternation(phrases("outlets.toml:agencies"))
    return re.compile(rf"^(?P<outlet>{names})\s*[-–—]\s+(?=\w)")


@cache
def _portal_head() -> re.Pattern[str]:
    heads = phrase_alternation(phrases("outlets.toml:portal_heads"))
    return re.compile(rf"^(?:{heads})(?!\w)", re.IGNORECASE)


def _dateline(line: str) -> re.Match[str] | None:
    """A dateline opening ``line`` ("Hà Nội (TTXVN) - …", "VOV.VN - …"); a place before it must be
    capitalised."""
    for pattern in _outlet_patterns("datelines"):
        match = pattern.match(line)
        if match and all(word[:1].isupper() for word in (match.groupdict().get("place") or "").split()):
            return match
    return _agency_dateline().match(line)


def _ends_with_name_tail(name: str) -> bool:
    """ "NHÂN DÂN ĐIỆN TỬ", "HÀ NỘI MỚI ONLINE": a paper's name closes with one of ``name_tails``."""
    tails = [normalize_text(tail).casefold() for tail in _outlets()["name_tails"]]  # type: ignore[union-attr]
    return len(name.split()) >= 3 and name.casefold().endswith(tuple(f" {tail}" for tail in tails))


def _portal_name(line: str) -> str | None:
    """The portal's name printed in capitals ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH"), in sentence case.

    >>> _portal_name("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH"), _portal_name("Bộ Công an")
    ('Cổng thông tin điện tử tỉnh Nam Định', None)
    """
    # "NHÂN DÂN ĐIỆN TỬ - Cơ quan Trung ương …": the name, then the portal's tagline
    stripped = re.split(r"\s[-–]\s", line.strip(), maxsplit=1)[0]
    words = stripped.split()
    if (
        not stripped.isupper()
        or len(words) > int(_outlets()["max_portal_words"])  # type: ignore[call-overload]
        or not all(char.isalpha() or char in " &-" for char in stripped)
        or not (_portal_head().match(stripped) or _ends_with_name_tail(stripped))
    ):
        return None
    lower = {normalize_text(word) for word in _outlets()["lowercase_words"]}  # type: ignore[union-attr]
    cased = [
        word.lower() if index and word.lower() in lower else word if "&" in word else word.capitalize()
        for index, word in enumerate(words)
    ]
    return " ".join(cased)


def _plausible_outlet(kind: str, match: re.Match[str]) -> bool:
    outlet = match.group("outlet").strip()
    if kind == "patterns":
        # A source line names something: a domain or a capitalised name, in a few words.
        limit = int(_outlets()["max_source_words"])  # type: ignore[call-overload]
        return len(outlet.split()) <= limit and (
            "." in outlet or any(word[:1].isupper() for word in outlet.split())
        )
    if kind == "names":
        rest = match.group("rest").split()
        tails = tuple(normalize_text(tail) for tail in _outlets()["name_tails"])  # type: ignore[union-attr]
        return rest[0][:1].isupper() and (rest[-1][:1].isupper() or outlet.endswith(tails))
    return True


_LINE_KINDS = ("patterns", "footers", "names", "portal", "owners", "sites")


def _outlet_on_line(line: str, kind: str) -> str | None:
    """The outlet a whole line of ``kind`` names, or None."""
    if kind == "portal":
        return _portal_name(line)
    for pattern in _outlet_patterns(kind):
        match = pattern.search(line)
        if match and _plausible_outlet(kind, match):
            return match.group("outlet").strip()
    return None


def names_outlet(line: str) -> bool:
    """Whether a whole line names the outlet (a source line, footer, name or site line); such a
    line is page furniture. A dateline opens a paragraph and is not one of them.

    >>> names_outlet("Theo Báo Nhân Dân"), names_outlet("Theo Bộ TT&TT, kinh tế số tăng 20%.")
    (True, False)
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_FURNITURE_CHARS:
        return False
    return any(_outlet_on_line(stripped, kind) for kind in _LINE_KINDS if kind != "portal")


@cache
def _year_anchor_pattern() -> re.Pattern[str]:
    names = [re.escape(normalize_text(day["name"])) for day in load_toml("calendar.toml")["annual"]]
    return re.compile(rf"(?:{'|'.join(names)})\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)


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
    if any(pattern.search(stripped) for pattern in patterns):
        return True
    return (
        bool(_menu_patterns()[0].match(stripped)) or page_date(stripped) is not None or names_outlet(stripped)
    )


_LIST_ITEM = re.compile(r"^[-•*+–]\s+\S")


@cache
def _related_headings() -> frozenset[str]:
    return frozenset(
        normalize_text(line).casefold() for line in load_toml("furniture.toml")["related_headings"]
    )


def split_furniture(text: str) -> tuple[list[str], list[str]]:
    """Split NFC text into body lines and furniture lines (blank lines dropped).

    >>> split_furniture("Tin liên quan\\nKinh tế số phát triển.")
    (['Kinh tế số phát triển.'], ['Tin liên quan'])
    """
    body: list[str] = []
    furniture: list[str] = []
    lines = [re.sub(r"[ \t]+", " ", _MARKDOWN_HEADING.sub("", raw.strip())) for raw in text.split("\n")]
    lines = [line for line in lines if line]
    related = False
    for index, line in enumerate(lines):
        # under "Xem thêm" / "Tin liên quan", the list of links is the page's, not the article's
        if related and _LIST_ITEM.match(line):
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
        (furniture if portal or label or is_furniture(line) else body).append(line)
    return body, furniture


def infer_outlet(lines: Iterable[str]) -> str | None:
    """The outlet an article names, strongest evidence first: a dateline ("(VOV5) - …", "(Báo Quảng
    Trị) - …", "(TTXVN) Chiều …", "VOV.VN - …"), a source line ("Nguồn: vietnamnet.vn", "Theo
    VnExpress", a bare domain), a copyright footer, the outlet's name line, the portal's name in
    capitals, the owning agency, the site name an HTML page declares.

    >>> infer_outlet(["(PLVN) - Thủ tướng nhấn mạnh"]), infer_outlet(["Hà Nội (TTXVN) - Sáng nay"])
    ('PLVN', 'TTXVN')
    >>> infer_outlet(["BÁO ĐIỆN TỬ CHÍNH PHỦ", "Theo VnExpress"])
    'VnExpress'
    """
    lines = [line.strip() for line in lines]
    for line in lines:
        dateline = _dateline(line)
        if dateline:
            return dateline.group("outlet").strip()
    for kind in _LINE_KINDS:
        for line in lines:
            outlet = _outlet_on_line(line, kind)
            if outlet:
                # "© Báo Lạng Sơn - Cơ quan của Đảng bộ tỉnh Lạng Sơn": the name, not its tagline
                return _TAGLINE.split(outlet, maxsplit=1)[0].strip()
    return None


_TAGLINE = re.compile(r"\s[-–]\s(?=(?:cơ quan|tiếng nói|diễn đàn|cổng thông tin)\b)", re.IGNORECASE)


def strip_outlet_prefix(line: str) -> str:
    """Remove a leading dateline ("(VOV5) - ", "Hà Nội (TTXVN) - ", "(TTXVN) ") from a body paragraph."""
    dateline = _dateline(line)
    return line[dateline.end() :] if dateline else line


def _masthead(line: str) -> bool:
    """A site's name and owner between bars ("VIETNAM+ | Thông tấn xã Việt Nam"), never a headline."""
    parts = [part.strip() for part in line.split(" | ")]
    return len(parts) >= 2 and any(
        (part.isupper() and len(part) > 2) or _portal_head().match(part.upper()) for part in parts
    )


def infer_title(body_lines: list[str]) -> str:
    """The headline: the first short line without a closing full stop, else the opening words.

    >>> infer_title(["Chuyển đổi số phải để người dân hưởng lợi", "Sáng nay, Thủ tướng dự lễ."])
    'Chuyển đổi số phải để người dân hưởng lợi'
    """
    portal = re.compile(rf"^(?:{phrase_alternation(phrases('outlets.toml:portal_titles'))})\b", re.IGNORECASE)
    for line in body_lines[:6]:
        if portal.match(line) and len(line.split()) <= _MAX_PORTAL_TITLE_WORDS:
            continue  # a page's <title> that only names the portal ("Cổng thông tin điện tử tỉnh Đắk Lắk")
        if _masthead(line):
            continue  # "VIETNAM+ | Thông tấn xã Việt Nam"
        if len(line) <= _MAX_TITLE_CHARS and len(line.split()) <= _MAX_TITLE_WORDS and not line.endswith("."):
            return line.strip()
    if not body_lines:
        return ""
    words = body_lines[0].split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


def _plan_year(text: str, start: int, end: int) -> bool:
    """Whether a year is a plan's: a goal word shortly after it ("Năm 2025, tỉnh phấn đấu …") or before
    it in its sentence ("Tỉnh dự kiến mở rộng … trong năm 2026")."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[max(sentence_start, start - 60) : start]
    sentence_end = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return bool(
        cue_pattern("target").search(text, end, min(end + 40, sentence_end))
        or cue_pattern("target").search(before)
        or cue_pattern("plan_nouns").search(text[max(sentence_start, start - 30) : start])
    )


def _years_in(text: str, *, results_only: bool = False) -> list[int]:
    """The years a text names as its time ("năm 2023", "tháng 5/2025", "năm học 2023-2024" → 2024);
    horizons ("đến năm 2030") and comparison bases are left out, and with ``results_only`` so are a
    plan's years ("Năm 2024, tỉnh phấn đấu …"), which say what is hoped, not what is reported."""
    years = []
    for match in _YEAR_AFTER_NAM.finditer(text):
        before = text[max(0, match.start() - 25) : match.start()]
        named_by_year = match.group(0).casefold().startswith("năm")
        if (named_by_year and _HORIZON_BEFORE_YEAR.search(before)) or _COMPARISON_BEFORE_YEAR.search(before):
            continue
        if results_only and _plan_year(text, match.start(), match.end()):
            continue
        years.append(int(match.group(1)))
    years.extend(
        int(match.group(1))
        for match in _SCHOOL_YEAR.finditer(text)
        if not (results_only and _plan_year(text, match.start(), match.end()))
    )
    return years


def infer_year(title: str, body: str, published: datetime | None) -> int | None:
    """The year an article is about, or None when nothing in it says.

    Evidence, strongest first: a named annual day with its year ("Ngày Chuyển đổi số quốc gia
    năm 2023"), a year in the headline, the publication date (the year before it for a review
    published in January or February that writes about that year), then the years the text
    reports on.

    >>> infer_year("Tin", "Chào mừng Ngày Chuyển đổi số quốc gia năm 2023.", None)
    2023
    """
    anchored = Counter(int(y) for y in _year_anchor_pattern().findall(body))
    if anchored:
        return anchored.most_common(1)[0][0]
    # "… Chỉ số năng lực cạnh tranh cấp tỉnh 2024", "PAPI 2023": a headline's year needs no "năm"
    title_years = _years_in(title) or [
        year for start, _, year in find_years(title) if not title[:start].rstrip().casefold().endswith("năm")
    ]
    if title_years:
        return title_years[0]
    if published is not None:
        return _reviewed_year(body, published) or published.year
    # a year the text names counts twice a date's year: "công bố ngày 26/7/2024 … năm 2023 xếp hạng" is 2023
    named = Counter(_years_in(body, results_only=True) or _years_in(body))
    mentioned = Counter({year: 2 * count for year, count in named.items()})
    mentioned.update(m.year for m in find_dates(body) if m.year is not None)
    dated = [m.year for m in find_dates(body) if m.year is not None]
    if _THIS_YEAR.search(body) and dated and named and max(dated) > max(named):
        # "… năm 2021 là 1,1 triệu, 2022 là 3,4 triệu và năm nay ước đạt 7,9 triệu" in a text dated 2023
        return max(dated)
    if mentioned:
        # a tie goes to the latest named year ("năm 2021 đạt 21 tỷ USD, … năm 2023 tăng 19%" reports on
        # 2023), else to the first date ("ban hành ngày 18/11/2024, hiệu lực từ ngày 1/7/2025")
        first_seen = {year: position for position, year in enumerate(reversed(list(mentioned)))}
        return max(mentioned, key=lambda y: (mentioned[y], named[y], y if named[y] else first_seen[y]))
    return None


# A year-in-review article appears in the first weeks of the next year: "Trong năm 2024, …" published
# on 14/01/2025 reports on 2024.
_REVIEW_MONTHS = 2
# Later in the year, results announced after their year (a ranking of 2023 published in June 2024)
# still report on it: the article never names the year it appears in and names the one before at
# least this often.
_LATE_REVIEW_MENTIONS = 2


def _reviewed_year(body: str, published: datetime) -> int | None:
    """The previous year, when an article published early in a year writes about that year more
    than about the year it appears in, or one published later never names its own year and keeps
    to the previous one; else None.

    >>> _reviewed_year("Trong năm 2024, tỉnh tiếp nhận 215.400 hồ sơ.", datetime(2025, 1, 14))
    2024
    >>> _reviewed_year("Năm 2025, tỉnh phấn đấu; năm 2024 đạt 60%; năm 2025 đạt 70%.", datetime(2025, 1, 14))
    >>> _reviewed_year("Năm 2023 tỉnh xếp thứ nhất; năm 2023 đạt 0,6 điểm.", datetime(2024, 6, 10))
    2023
    """
    mentioned = Counter(_years_in(body))
    previous = published.year - 1
    if published.month <= _REVIEW_MONTHS:
        return previous if mentioned[previous] > mentioned[published.year] else None
    own_year = Counter(_years_in(body, results_only=True))[published.year] + sum(
        1 for m in find_dates(body) if m.year == published.year
    )
    if (
        own_year == 0
        and not _THIS_YEAR.search(body)
        and mentioned[previous] >= _LATE_REVIEW_MENTIONS
        and mentioned[previous] == max(mentioned.values())
    ):
        return previous
    return None


_SOURCE_DATE = re.compile(r"^nguồn\s*:.*?\b(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d\d)\b", re.IGNORECASE)


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


def _parse_override_published(value: object) -> datetime:
    return datetime.fromisoformat(str(value))


def build_document(
    doc_id: str,
    raw_text: str,
    *,
    path: str = "",
    overrides: Mapping[str, object] | None = None,
    source_url: str | None = None,
) -> Document:
    """Turn raw article text into a :class:`Document`; ``overrides`` win over inference;
    ``source_url`` is the address the article was fetched from, if any.

    >>> build_document("a", "Tin\\n(VOV5) - Ngày Chuyển đổi số quốc gia năm 2023.").year
    2023
    """
    text = normalize_text(raw_text)
    body_lines, furniture = split_furniture(text)
    # A dateline opens one of the first paragraphs; every other line naming the outlet is furniture.
    outlet = infer_outlet(body_lines[:4] + furniture)
    published = None
    for line in furniture + body_lines[:5]:
        published = page_date(line)
        if published is not None:
            break
    if published is None:
        published = _source_line_date(furniture)
    body_lines = [strip_outlet_prefix(line) for line in body_lines]
    body_lines = [line for line in body_lines if line]
    title = infer_title(body_lines)
    body = "\n".join(body_lines)
    year = infer_year(title, body, published)

    overrides = dict(overrides or {})
    if "title" in overrides:
        title = str(overrides["title"])
    if "outlet" in overrides:
        outlet = str(overrides["outlet"]) if overrides["outlet"] is not None else None
    if "published" in overrides:
        published = _parse_override_published(overrides["published"]) if overrides["published"] else None
    if "year" in overrides:
        year = int(overrides["year"]) if overrides["year"] is not None else None

    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=doc_id,
        path=path,
        title=title,
        outlet=outlet,
        published=published,
        year=year,
        body=body,
        furniture=tuple(furniture),
        content_hash=digest,
        overrides=tuple(sorted((key, str(value)) for key, value in overrides.items())),
        source_url=source_url,
    )


def walk_folder(folder: Path, *, recursive: bool = True) -> tuple[list[Path], list[LoadProblem]]:
    """The article files in ``folder`` and, when ``recursive``, in its subfolders at any depth
    (sorted by path), and one problem naming each file left out and why: hidden files and folders
    (".DS_Store", ".git") and unsupported formats. A folder's ``metadata.json`` is its corrections,
    not a skipped file; links to folders are not followed (a link back up would never end).

    >>> walk_folder(Path("khong-co"))
    ([], [])
    """
    from analysis.read.metadata import SIDECAR_NAME

    files: list[Path] = []
    skipped: list[LoadProblem] = []
    for root, folders, names in os.walk(folder, followlinks=False):
        here = Path(root)
        for name in sorted(folders):
            if name.startswith("."):
                skipped.append(make_problem(str(here / name), "skipped_hidden", name=here / name))
        folders[:] = sorted(name for name in folders if not name.startswith(".")) if recursive else []
        for name in sorted(names):
            path = here / name
            suffix = path.suffix.lower()
            if name.startswith("."):
                skipped.append(make_problem(str(path), "skipped_hidden", name=path))
            elif suffix in SUPPORTED_SUFFIXES:
                if path.is_file():
                    files.append(path)
            elif name != SIDECAR_NAME:
                skipped.append(
                    make_problem(str(path), "skipped_unsupported", name=path, suffix=suffix or "—")
                )
    return sorted(files), skipped


def iter_corpus_files(
    paths: Iterable[Path], *, recursive: bool = True
) -> tuple[list[Path], list[LoadProblem]]:
    """Expand files and folders into the article files they hold (supported formats; folders read
    with their subfolders unless ``recursive`` is False), each skipped file named with its reason."""
    files: list[Path] = []
    problems: list[LoadProblem] = []
    for path in paths:
        if path.is_dir():
            found, skipped = walk_folder(path, recursive=recursive)
            if not found:
                problems.append(make_problem(str(path), "empty_folder", name=path))
            files.extend(found)
            problems.extend(skipped)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                problems.append(make_problem(str(path), "unsupported", name=path, suffix=path.suffix or "—"))
            else:
                files.append(path)
        else:
            problems.append(make_problem(str(path), "not_found", name=path))
    return files, problems


class ReadMemo(Protocol):
    """Where :func:`load_corpus` remembers each file's parsed document between runs (the
    analysis cache implements it). A signature says what the reading depended on; the memo adds
    its own code and data version. Anything it cannot give back is simply read again."""

    def recall_reads(
        self, signatures: Mapping[str, str]
    ) -> dict[str, tuple[Document, tuple[LoadProblem, ...]]]:
        """The remembered document and reading warnings of each path whose signature still matches."""
        ...

    def remember_read(
        self, path: str, signature: str, document: Document, warnings: tuple[LoadProblem, ...]
    ) -> None:
        """Remember a freshly read file under its signature."""
        ...


def file_signature(file: Path, doc_id: str, overrides: Mapping[str, object] | None) -> str | None:
    """What reading ``file`` depends on besides the code: its size and change times, its id and
    its corrections from ``metadata.json``; None when the file cannot be looked at.

    >>> file_signature(Path("khong_co.txt"), "khong_co", None) is None
    True
    """
    try:
        stat = file.stat()
    except OSError:
        return None
    # ctime too: a copy that keeps the size and modification time (rsync -t, cp -p) still changes it.
    corrections = repr(sorted((overrides or {}).items()))
    return f"{stat.st_size}\x1f{stat.st_mtime_ns}\x1f{stat.st_ctime_ns}\x1f{doc_id}\x1f{corrections}"


def load_corpus(
    paths: Iterable[str | Path], *, memo: ReadMemo | None = None, recursive: bool = True
) -> tuple[tuple[Document, ...], tuple[LoadProblem, ...]]:
    """Read every article under ``paths``; unreadable ones become problems, the rest still load.

    Folders are read with their subfolders (unless ``recursive`` is False), files left out named
    with their reasons. Ids are the file stems; corrections come from each folder's ``metadata.json``. With a
    ``memo`` (the analysis cache), a file whose size, change times and corrections are unchanged
    is not read or parsed again: its remembered document is used, and whatever changed is read.

    >>> docs, problems = load_corpus(["seeds"])  # doctest: +SKIP
    """
    files, problems = iter_corpus_files((Path(p) for p in paths), recursive=recursive)
    sidecars: dict[Path, tuple[dict[str, dict[str, object]], list[LoadProblem]]] = {}
    for file in files:
        if file.parent not in sidecars:
            sidecars[file.parent] = load_sidecar(file.parent)
    signatures: dict[str, str] = {}
    if memo is not None:
        for file in files:
            doc_id = normalize_text(file.stem)
            signature = file_signature(file, doc_id, sidecars[file.parent][0].get(doc_id))
            if signature is not None:
                signatures[str(file)] = signature
    remembered = memo.recall_reads(signatures) if memo is not None and signatures else {}
    reported: set[Path] = set()
    documents: list[Document] = []
    seen: dict[str, Path] = {}
    for file in files:
        folder = file.parent
        if folder not in reported:
            reported.add(folder)
            problems.extend(sidecars[folder][1])
        doc_id = normalize_text(file.stem)
        if doc_id in seen and seen[doc_id].resolve() != file.resolve():
            problems.append(make_problem(str(file), "same_id", name=file, other=seen[doc_id]))
            continue
        if doc_id in seen:
            continue
        recalled = remembered.get(str(file))
        if recalled is not None:
            document, warnings = recalled
        else:
            try:
                _, article = read_path(file)
            except ReadError as error:
                problems.append(error.problem(str(file)))
                continue
            warnings = article.warnings
            document = build_document(
                doc_id, article.text, path=str(file), overrides=sidecars[folder][0].get(doc_id)
            )
            if memo is not None and str(file) in signatures:
                memo.remember_read(str(file), signatures[str(file)], document, warnings)
        problems.extend(warnings)
        seen[doc_id] = file
        documents.append(document)
    return tuple(documents), tuple(problems)
