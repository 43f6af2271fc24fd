"""The year an article is about: named annual days, the headline, the publication date, the years
reported on."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from functools import cache

from analysis.dates import YEAR_DIGITS, closes_a_law_name, find_dates, find_years, named_day_pattern
from analysis.figures.cues import alternation, cue_pattern, goal_cues
from analysis.resources import load_toml
from analysis.text import normalize_text, phrase_alternation, phrase_pattern

# Horizons of strategies ("đến năm 2025, định hướng đến năm 2030") say nothing about the year an
# article reports on.
_HORIZON_BEFORE_YEAR = re.compile(r"(đến|tới|từ|giai đoạn|định hướng|tầm nhìn)\s+(năm\s+)?$", re.IGNORECASE)
# "năm 2023", and a quarter or month with its year: "quý III/2023", "tháng 6/2024"
_YEAR_AFTER_NAM = re.compile(
    rf"\b(?:năm\s+|(?:quý\s+[IVX\d]+|tháng\s+\d{{1,2}})\s*/\s*)({YEAR_DIGITS})\b", re.IGNORECASE
)
_SCHOOL_YEAR = re.compile(
    rf"\b(?:năm học|niên khóa|niên khoá)\s+({YEAR_DIGITS})\s*[-–]\s*({YEAR_DIGITS})\b", re.I
)


# a period written as two years: "giai đoạn 2021-2025", "chặng đường 2021–2025"
_YEAR_RANGE = re.compile(rf"(?<!\d)({YEAR_DIGITS})\s*[-–]\s*({YEAR_DIGITS})(?!\d)")
_THIS_YEAR = re.compile(r"(?<!\w)năm nay(?!\w)", re.IGNORECASE)


@cache
def _comparison_pattern() -> re.Pattern[str]:
    """A comparison base ending a text, with what may stand between it and its year: "so với cùng kỳ
    năm 2022", "So với cuối năm 2023", "so với thời điểm đầu năm 2022" (the figure grammar's gap words)."""
    words = phrase_alternation(load_toml("calendar.toml")["article_year"]["comparison"])
    nouns, parts = alternation("baseline_nouns"), alternation("baseline_year_parts")
    return re.compile(
        rf"(?<!\w)(?:{words})(?:\s+(?:{nouns}))?(?:\s+(?:{parts}))?\s+(?:năm\s+)?$", re.IGNORECASE
    )


@cache
def _earlier_value_pattern() -> re.Pattern[str]:
    """A value given for a year to set the reported one against: "cao hơn hẳn mức 22% của năm 2022",
    "gấp 3 lần con số 4.000 của năm 2020" (the baseline nouns, a number, then the year)."""
    nouns, parts = alternation("baseline_nouns"), alternation("baseline_year_parts")
    return re.compile(
        rf"(?<!\w)(?:{nouns})\s+[\d.,]+\s*(?:%|[^\W\d_]+)?\s+(?:(?:của|trong|vào)\s+)?"
        rf"(?:(?:{parts})\s+)?(?:năm\s+)?$",
        re.IGNORECASE,
    )


def _compared(before: str) -> bool:
    """Whether the text before a year makes it a comparison base, never the year an article reports on.

    >>> _compared("Số tài khoản tăng 1,4 lần so với cuối ")
    True
    >>> _compared("Tỷ lệ này cao hơn hẳn mức 22% của ")
    True
    >>> _compared("Tỷ lệ giao dịch đạt mức 63% trong ")
    False
    """
    if _comparison_pattern().search(before):
        return True
    earlier = _earlier_value_pattern().search(before)
    return earlier is not None and not _reached_pattern().search(before[: earlier.start()])


@cache
def _reached_pattern() -> re.Pattern[str]:
    reached = phrase_alternation(load_toml("calendar.toml")["article_year"]["reached"])
    return re.compile(rf"(?<!\w)(?:{reached})\s*$", re.IGNORECASE)


def _reports_this_year(text: str) -> bool:
    """Whether a text says "năm nay" of a result, not of a plan ("Năm nay tỉnh dự kiến mở thêm 20 chợ")."""
    return any(not _plan_year(text, match.start(), match.end()) for match in _THIS_YEAR.finditer(text))


@cache
def _year_anchor_pattern() -> re.Pattern[str]:
    return named_day_pattern(normalize_text(day["name"]) for day in load_toml("calendar.toml")["annual"])


@cache
def _relative_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The next year named in words ("cho năm sau", "Sang năm, …"), a count that makes it a span
    ("5 năm tới", "hai năm sau") when it closes the words before, and a review's own words ("Nhìn lại
    một năm …", "Năm qua, …")."""
    words = load_toml("calendar.toml")["article_year"]
    next_year = phrase_pattern(tuple(words["next_year"]))
    span = re.compile(rf"(?:\d|(?<!\w)(?:{phrase_alternation(words['spans'])}))\s*$", re.IGNORECASE)
    review = phrase_pattern(tuple(words["review"]))
    return next_year, span, review


@cache
def _index_year_pattern() -> re.Pattern[str]:
    """An index's name, up to a few words and its abbreviation in brackets, then its year:
    "Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023", "PCI 2023"."""
    names = phrase_alternation(load_toml("calendar.toml")["article_year"]["index_names"])
    return re.compile(
        rf"(?<!\w)(?:{names})(?:\s+\([^()\d]{{1,20}}\)|\s+[^\W\d]+){{0,8}}?\s+(?:năm\s+)?({YEAR_DIGITS})(?!\w)",
        re.IGNORECASE,
    )


def _index_years(text: str) -> list[int]:
    """The years of the indexes a text reports ("… công bố Chỉ số DTI năm 2023"), leaving out horizons
    and comparison bases ("so với năm 2022").

    >>> _index_years("Bộ công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023, tăng so với năm 2022.")
    [2023]
    """
    years = []
    for match in _index_year_pattern().finditer(text):
        before = text[max(0, match.start(1) - 25) : match.start(1)]
        if not (
            _HORIZON_BEFORE_YEAR.search(before)
            or _compared(text[max(0, match.start(1) - 45) : match.start(1)])
        ):
            years.append(int(match.group(1)))
    return years


def _goal_year_in_title(title: str, year: int, body: str) -> bool:
    """Whether a headline's year is a goal's deadline ("Mục tiêu năm 2025: …", "Đích năm 2030: …")
    that the body never names while it reports results: the body then reports on another year."""
    position = title.find(str(year))
    deadline = phrase_pattern(tuple(load_toml("calendar.toml")["article_year"]["deadline"]))
    before = title[:position]
    reported = _years_in(body, results_only=True)
    goal = cue_pattern("target").search(before) or deadline.search(before)
    # a plan's headline over a plan's body ("Kế hoạch … năm 2020" / "Năm 2021 sẽ …") keeps its year;
    # a body naming it only as a horizon ("đến năm 2030, …") does not
    return bool(goal and reported) and year not in _years_in(body)


def _names_next_year(title: str) -> bool:
    """Whether a headline is about the year after it appears: "Quảng Nam chốt 30 nhiệm vụ cho năm sau"."""
    next_year, span, _ = _relative_patterns()
    return any(not span.search(title[: match.start()]) for match in next_year.finditer(title))


def _says_review(text: str) -> bool:
    """Whether a headline or lead says it looks back on a year: "Nhìn lại một năm …", "Năm qua, …";
    "Những năm qua" is a span of years, no review."""
    _, span, review = _relative_patterns()
    return any(not span.search(text[: match.start()]) for match in review.finditer(text))


def _plan_year(text: str, start: int, end: int) -> bool:
    """Whether a year is a plan's: a goal word shortly after it ("Năm 2025, tỉnh phấn đấu …") or before
    it in its sentence ("Tỉnh dự kiến mở rộng … trong năm 2026")."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[max(sentence_start, start - 60) : start]
    sentence_end = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return bool(
        goal_cues(text, end, min(end + 40, sentence_end))
        or goal_cues(before)
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
        # the gap words make a base's words longer than a horizon's: "So với cùng thời điểm đầu năm 2022"
        if (named_by_year and _HORIZON_BEFORE_YEAR.search(before)) or _compared(
            text[max(0, match.start() - 45) : match.start()]
        ):
            continue
        if named_by_year and _held_until(text[max(0, match.start() - 45) : match.start()]):
            continue  # "ưu đãi áp dụng đến hết năm 2025": how long a rule holds
        if named_by_year and closes_a_law_name(text[max(0, match.start() - 80) : match.start()]):
            continue  # "Theo Luật Nhà ở năm 2023, …": the year the law was passed
        if results_only and _plan_year(text, match.start(), match.end()):
            continue
        years.append(int(match.group(1)))
    years.extend(
        _school_year(text, match)
        for match in _SCHOOL_YEAR.finditer(text)
        if not (results_only and _plan_year(text, match.start(), match.end()))
    )
    return years


@cache
def _school_year_start() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = phrase_alternation(load_toml("calendar.toml")["article_year"]["school_year_start"])
    return (
        re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE),
        re.compile(rf"\s*(?:{words})(?!\w)", re.IGNORECASE),
    )


def _school_year(text: str, match: re.Match[str]) -> int:
    """The year a school year stands for: its last ("năm học 2023-2024" → 2024), but its first where the
    text speaks of its start ("Khai giảng năm học 2023-2024", "Năm học 2021-2022 khởi đầu khi …").

    >>> _school_year("Khai giảng năm học 2023-2024", _SCHOOL_YEAR.search("Khai giảng năm học 2023-2024"))
    2023
    """
    before, after = _school_year_start()
    opening = before.search(text, max(0, match.start() - 30), match.start()) or after.match(text, match.end())
    return int(match.group(1 if opening else 2))


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
    period = _YEAR_RANGE.search(title)
    if period and published is not None and not _years_in(title):
        first, last = int(period.group(1)), int(period.group(2))
        if first < last:
            # "Sơ kết … giai đoạn 2021-2025" in December 2025 is about 2025, "Nhìn lại chặng đường 2021-2025"
            # in January 2026 too, and "Kế hoạch … 2026-2030" passed in December 2025 about 2026
            return min(max(published.year, first), last)
    # the body opens with its headline when built from a page; the headline's own words are no body
    below = body[len(title) :] if title and body.startswith(title) else body
    title_years = [year for year in title_years if not _goal_year_in_title(title, year, below)]
    if title_years:
        return title_years[0]
    if published is not None:
        if _names_next_year(title) or _plans_next_year(title, body, published):
            # "Hà Nội chốt 30 nhiệm vụ cho năm sau", published in December
            return published.year + 1
        turn = _dated_across_new_year(body, published)
        if turn is not None:
            return turn
        # the opening paragraph below the headline (a page's body opens with its headline)
        lead = below.strip().split("\n", 1)[0]
        reviews = _says_review(title) or _says_review(lead)
        return _reviewed_year(body, published, review=reviews, title=title) or published.year
    found = _year_from_text(body)
    begun = _begun_year(below)
    if begun is not None and (found is None or found < begun):
        # "Từ đầu năm 2025, phường đưa việc biểu quyết lên ứng dụng … Năm 2024, mỗi cuộc họp …": what began
        # in 2025 is reported on in 2025 at the earliest; the year before is how things were
        found = begun
    # a page without a date line dates its news in its lead ("Ngày 12/5/2025, UBND tỉnh ban hành …"):
    # it is about no year before that day's, whatever earlier results it recalls
    lead = _lead_date(below)
    if lead is None:
        return found
    return lead.year if found is None else max(found, lead.year)


def _year_from_text(body: str) -> int | None:
    """The year an undated text reports on most, by the years it names and the dates it gives."""
    # a year the text names counts twice a date's year: "công bố ngày 26/7/2024 … năm 2023 xếp hạng" is 2023
    # "tính đến ngày 31/12/2024, 99,8% doanh nghiệp …": a date the results stand as of names their year, as a
    # result's year does; a plan's year ("Năm 2024, ngân hàng phấn đấu …") only when nothing else is named
    named = Counter(_years_in(body, results_only=True))
    named.update(m.year for m in find_dates(body) if m.year is not None and _as_of(body[: m.start]))
    bases = _compared_years(body)
    if not named and bases:
        # "…, cao hơn mức 22% của năm 2022 … Đến năm 2025, thành phố phấn đấu …": a result set against its
        # base is the year after it, before any plan's year
        return max(bases) + 1
    named = named or Counter(_years_in(body))
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


# "Từ đầu năm 2025, …", "Từ tháng 3/2023, …": when what is reported began; "từ năm 2021 đến năm 2023" is a
# period, not a start
_BEGUN = re.compile(
    rf"(?<!\w)(?:kể\s+)?từ\s+(?:(?:đầu|giữa|cuối)\s+)?(?:năm\s+|tháng\s+\d{{1,2}}\s*/\s*)({YEAR_DIGITS})\b"
    r"(?!\s*(?:[-–]|đến|tới))",
    re.IGNORECASE,
)


def _begun_year(body: str) -> int | None:
    """The latest year a text says its news began in, leaving out plans ("Từ năm 2026, tỉnh sẽ …").

    >>> _begun_year("Từ đầu năm 2025, phường lấy ý kiến cư dân qua ứng dụng.")
    2025
    >>> _begun_year("Từ năm 2026, tỉnh sẽ thu phí điện tử.") is None
    True
    """
    years = [
        int(match.group(1))
        for match in _BEGUN.finditer(body)
        if not _plan_year(body, match.start(), match.end())
        and not cue_pattern("target").search(body, match.end(), _sentence_end(body, match.end()))
    ]
    return max(years, default=None)


def _sentence_end(text: str, start: int) -> int:
    return min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0), default=len(text))


def _as_of(before: str) -> bool:
    """Whether the text before a date makes it the date results stand as of ("tính đến ngày", "đến hết"); not
    how long a rule holds ("ưu đãi áp dụng đến hết năm 2025").

    >>> _as_of("Tính đến hết "), _as_of("chính sách ưu đãi áp dụng đến hết ")
    (True, False)
    """
    as_of = _as_of_words_end().search(before)
    return as_of is not None and _in_force_pattern().search(before[: as_of.start()]) is None


def _held_until(before: str) -> bool:
    """Whether the text before a date says how long a rule or an offer holds: "ưu đãi áp dụng đến hết "."""
    as_of = _as_of_words_end().search(before)
    return as_of is not None and _in_force_pattern().search(before[: as_of.start()]) is not None


@cache
def _as_of_words_end() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation('as_of_words')})(?:\s+ngày)?\s*$", re.IGNORECASE)


@cache
def _in_force_pattern() -> re.Pattern[str]:
    words = phrase_alternation(load_toml("calendar.toml")["article_year"]["in_force"])
    return re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE)


def _compared_years(body: str) -> list[int]:
    """The years a text compares with ("so với năm 2023", "so với cùng kỳ năm 2022")."""
    return [
        int(match.group(1))
        for match in _YEAR_AFTER_NAM.finditer(body)
        if _compared(body[max(0, match.start() - 45) : match.start()])
    ]


# A year-in-review article appears in the first weeks of the next year: "Trong năm 2024, …" published
# on 14/01/2025 reports on 2024.
_REVIEW_MONTHS = 2
# Later in the year, results announced after their year (a ranking of 2023 published in June 2024)
# still report on it: the article never names the year it appears in and names the one before at
# least this often.
_LATE_REVIEW_MENTIONS = 2


def _reviewed_year(body: str, published: datetime, *, review: bool = False, title: str = "") -> int | None:
    """The previous year, when an article published early in a year writes about that year more
    than about the year it appears in (or, when it says it is a ``review``, as much as it reports on
    the year it appears in), or one published later never names its own year and keeps to the
    previous one; else None.

    >>> _reviewed_year("Trong năm 2024, tỉnh tiếp nhận 215.400 hồ sơ.", datetime(2025, 1, 14))
    2024
    >>> _reviewed_year("Năm 2025, tỉnh phấn đấu; năm 2024 đạt 60%; năm 2025 đạt 70%.", datetime(2025, 1, 14))
    >>> _reviewed_year("Năm 2023 tỉnh xếp thứ nhất; năm 2023 đạt 0,6 điểm.", datetime(2024, 6, 10))
    2023
    """
    mentioned = Counter(_years_in(body))
    previous = published.year - 1
    # a review's own words ("Nhìn lại năm đầu …") keep it about the year before a month longer
    if published.month <= _REVIEW_MONTHS + (1 if review else 0):
        if review:
            # "Nhìn lại một năm …": the new year's mentions are its plans; only reported results count
            own_results = Counter(_years_in(body, results_only=True))[published.year]
            return previous if mentioned[previous] >= own_results else None
        # an event of the new year's days ("Sáng 8/1, tỉnh ra mắt …") is news of the year it appears in
        new_days = (
            _own_days(body, published)
            + sum(1 for m in find_dates(body) if m.year == published.year)
            - _announced_days(body, published.year)
        )
        if mentioned[previous] > mentioned[published.year] + new_days:
            return previous
        # "Năm 2023, Công ty … phục vụ 452.300 khách hàng …" opening a page of 10/01/2024: the lead reports on
        # the year before, and the new year's own mention is only a plan ("Năm 2024, công ty phấn đấu …")
        below = body[len(title) :] if title and body.startswith(title) else body
        lead_years = _years_in(below.strip().split("\n", 1)[0], results_only=True)
        own_results = Counter(_years_in(body, results_only=True))[published.year]
        leads_with_previous = bool(lead_years) and lead_years[0] == previous
        return previous if leads_with_previous and own_results + new_days == 0 else None
    own_year = (
        Counter(_years_in(body, results_only=True))[published.year]
        + sum(1 for m in find_dates(body) if m.year == published.year)
        - _announced_days(body, published.year)
    )
    # an index counts when the headline or the lead reports it, not as a paragraph's background
    below = body[len(title) :] if title and body.startswith(title) else body
    lead = below.strip().split("\n", 1)[0]
    indexes = _index_years(f"{title}\n{lead}")
    own_days = _own_days(body, published) > 0
    mentioned.update(year for year in indexes if year not in mentioned)
    results = set(_years_in(body, results_only=True))
    if (
        own_year == 0
        and not _reports_this_year(body)
        and mentioned[previous] == max(mentioned.values(), default=0) > 0
        and (
            mentioned[previous] >= _LATE_REVIEW_MENTIONS
            # an index announced the year after ("công bố Chỉ số DTI năm 2023" in April 2024)
            or previous in indexes
            # the latest of a series of results ("Năm 2021 … 2.900 tỷ đồng. Năm 2023 … 6.400 tỷ đồng"),
            # unless the page reports a day of its own year ("Sáng 12/6, tỉnh sơ kết …"): background then
            or (len(results) >= _LATE_REVIEW_MENTIONS and max(results) == previous and not own_days)
        )
    ):
        return previous
    return None


# The lead's own date opens it, after at most a time of day: "Ngày 12/5/2025, …", "Chiều 15/8/2025, …".
_LEAD_DATE_WORDS = 3


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")


def _lead_date(body: str) -> datetime | None:
    """The date that opens an article's first sentence, the day its news happened; None when the
    sentence opens otherwise or reports an earlier year ("Ngày 3/5/2025, Bộ công bố: năm 2024 …").

    >>> _lead_date("Ngày 12/5/2025, UBND tỉnh ban hành Kế hoạch số 98/KH-UBND đến năm 2030. Năm 2024 …")
    datetime.datetime(2025, 5, 12, 0, 0)
    >>> _lead_date("Năm 2024, tỉnh đạt 13,7%. Ngày 12/5/2025, tỉnh ban hành kế hoạch.")
    """
    lead = _SENTENCES.split(body.strip(), maxsplit=1)[0]
    first = next(iter(find_dates(lead)), None)
    if first is None or first.year is None or len(lead[: first.start].split()) > _LEAD_DATE_WORDS:
        return None
    if any(year < first.year for year in _years_in(lead)):
        return None
    return datetime(first.year, first.month, first.day)


def _announced_days(body: str, year: int) -> int:
    """How many days of ``year`` an article dates in sentences announcing an index of an earlier year:
    "Ngày 16/5/2024, Bộ Nội vụ công bố Chỉ số … năm 2023" dates the announcement, not a result of 2024.

    >>> _announced_days("Ngày 9/4/2024, Bộ công bố Chỉ số PAPI năm 2023. Ngày 2/5/2024, tỉnh họp.", 2024)
    1
    """
    return sum(
        sum(1 for m in find_dates(sentence) if m.year == year)
        for sentence in _SENTENCES.split(body)
        if any(indexed < year for indexed in _index_years(sentence))
    )


def _own_days(body: str, published: datetime) -> int:
    """How many days an article dates without a year, up to its own month: the page's own days
    ("Sáng 8/1, tỉnh ra mắt …" on 09/01/2024).

    >>> _own_days("Sáng 8/1, tỉnh ra mắt tổng đài; ngày 28/12 đã chạy thử.", datetime(2024, 1, 9))
    1
    """
    return sum(
        1 for m in find_dates(body) if m.year is None and m.month is not None and m.month <= published.month
    )


def _plans_next_year(title: str, body: str, published: datetime) -> bool:
    """Whether a plan's headline late in a year ("… giao 35 chỉ tiêu chuyển đổi số …", "… chốt các
    nhiệm vụ trọng tâm …") heads a body that names the next year more than its own: the plan is for
    the next year.

    >>> _plans_next_year("Giao 20 chỉ tiêu", "Kế hoạch năm 2026. Năm 2026 đạt 70%.", datetime(2025, 12, 3))
    True
    """
    if published.month <= 12 - _REVIEW_MONTHS:
        return False
    if not (cue_pattern("target").search(title) or cue_pattern("plan_nouns").search(title)):
        return False
    if phrase_pattern(tuple(load_toml("calendar.toml")["article_year"]["done"])).search(title):
        return False
    mentioned = Counter(_years_in(body))
    return mentioned[published.year + 1] > mentioned[published.year]


def _dated_across_new_year(body: str, published: datetime) -> int | None:
    """The year of the only dated days an article names, when it names no other year and they fall
    across the turn of the year from it: "Tối 30/12/2024, tỉnh trao giải …" published on 06/01/2025,
    "Hội chợ diễn ra ngày 12-14/1/2024" announced on 29/12/2023.

    >>> _dated_across_new_year("Tối 30/12/2024, tỉnh tổ chức lễ trao giải.", datetime(2025, 1, 6))
    2024
    """
    if _years_in(body):
        return None
    dated = {m.year for m in find_dates(body) if m.year is not None}
    if len(dated) != 1:
        return None
    (year,) = dated
    if published.month <= _REVIEW_MONTHS and year == published.year - 1:
        return year
    if published.month > 12 - _REVIEW_MONTHS and year == published.year + 1:
        return year
    return None
