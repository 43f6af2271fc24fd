"""The year a figure is about, and whether it is a goal."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from analysis.dates import YEAR_DIGITS, closes_a_law_name, find_years
from analysis.figures.cues import (
    CLAUSE_BOUNDARY,
    alternation,
    cue_pattern,
    cue_words,
    ends_with,
    goal_cues,
    result_pattern,
)
from analysis.text import normalize_text
from analysis.types import Figure, Sentence

_YEAR = re.compile(rf"(?:\bnăm\s+|/)({YEAR_DIGITS})(?![\d/])", re.IGNORECASE)


@cache
def _horizon_pattern() -> re.Pattern[str]:
    """A horizon in a programme's name ("đến năm 2025, định hướng đến năm 2030"): no figure's year."""
    frames, to = alternation("horizon_frames"), alternation("to_year")
    return re.compile(
        rf"(?:{frames})(?:\s+(?:{to}))?\s+năm\s+\d{{4}}|(?:{to}) năm \d{{4}}(?=,?\s+(?:{frames}))",
        re.IGNORECASE,
    )


@cache
def _period_pattern() -> re.Pattern[str]:
    """A period, which gives its last year: "giai đoạn 2021-2025", "năm học 2023-2024"."""
    return re.compile(
        rf"\b(?:{alternation('period_words')})\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b", re.IGNORECASE
    )


@cache
def _goal_year_pattern() -> re.Pattern[str]:
    """A goal's year: "đến năm 2025", "vào năm 2030"."""
    return re.compile(rf"(?:{alternation('goal_year_words')})\s+năm\s+({YEAR_DIGITS})", re.IGNORECASE)


_FULL_DATE_YEAR = re.compile(r".*?\b\d{1,2}/\d{1,2}/(?:19|20)\d\d$")
_CLOSED_ASIDE = re.compile(r"\([^()]*\)")


@cache
def _present_pattern() -> re.Pattern[str]:
    """A word that says a figure stands now, anywhere in its clause: "kho dữ liệu hiện lưu trữ …",
    "huyện đến nay có …"; "hiện" inside "thực hiện", "hiện đại" is no such word."""
    not_after = "".join(rf"(?<!{re.escape(word)}\s)" for word in cue_words("present_not_after"))
    return re.compile(
        rf"(?<!\w){not_after}(?:{alternation('present_words')})(?!\w)"
        rf"(?!\s+(?:{alternation('present_not_before')})(?!\w))",
        re.IGNORECASE,
    )


@cache
def _as_of_pattern() -> re.Pattern[str]:
    """A past year a present word speaks as of: "Tính đến cuối năm 2023, toàn tỉnh hiện có …"."""
    return re.compile(
        rf"(?<!\w)(?:{alternation('as_of_words')})\s+(?:năm\s+|tháng\s+\d{{1,2}}\s*/\s*)?({YEAR_DIGITS})(?!\d)",
        re.IGNORECASE,
    )


def _present_marks(text: str, doc_year: int | None, start: int = 0, end: int | None = None) -> list[int]:
    """Where a present word inside a clause ("tỉnh hiện có 25.000 …") begins what stands now, unless a
    past year it speaks as of stands before it ("Tính đến cuối năm 2023, toàn tỉnh hiện có …")."""
    end = len(text) if end is None else end
    marks = []
    for match in _present_pattern().finditer(text, start, end):
        as_of = [
            year
            for year in _as_of_pattern().finditer(text, 0, match.start())
            if doc_year is None or int(year.group(1)) <= doc_year
        ]
        if not as_of:
            marks.append(match.end())
    return marks


def _now_marks(text: str, doc_year: int | None, start: int = 0, end: int | None = None) -> list[int]:
    """Where what stands now begins in ``text[start:end]``: a result after a goal ("…, hiện đạt 65%"), a
    contrast, or a present word inside a clause ("tỉnh hiện có 25.000 …")."""
    end = len(text) if end is None else end
    marks = [m.end() for m in result_pattern().finditer(text, start, end)]
    return sorted(marks + _present_marks(text, doc_year, start, end))


def _speaks_of_now(text: str, doc_year: int | None) -> bool:
    """Whether a sentence turns to what stands now and names no year after that: "Đến nay, tỷ lệ này
    đã lên 66%." ends the reach of a year stated before it."""
    marks = _present_marks(text, doc_year)
    return bool(marks) and not any(m.start() >= marks[-1] for m in _YEAR.finditer(text))


def _opens_value(text: str, position: int) -> bool:
    """Whether a stated value follows ``position``: ": 25%", " đạt 25%", " ước 27%"."""
    rest = text[position:].lstrip()
    return rest.startswith(":") or cue_pattern("stated_value_verbs").match(rest) is not None


def _year_mentions(
    text: str, doc_year: int | None, *, with_baselines: bool = False
) -> list[tuple[int, int, int]]:
    """``(start, end, year)`` of every year a figure may be about: "năm 2023", "quý III/2023", the
    article's own year written "năm nay" (the year before, "năm ngoái"), and, after a first "năm
    2021", the bare years of a series ("…, 2022 đạt 25%"); compared-with years and horizons are left out.
    """
    horizons = [(m.start(), m.end()) for m in _horizon_pattern().finditer(text)]
    horizons += [(m.start(), m.end()) for m in _period_pattern().finditer(text)]
    found = [(m.start(), m.end(), int(m.group(1))) for m in _YEAR.finditer(text)]
    if any(m.group(0).casefold().startswith("năm") for m in _YEAR.finditer(text)):
        # "DTI năm 2024 được công bố ngày 18/6/2025, tỉnh đạt …": the day it was announced is not its year
        found = [y for y in found if not _FULL_DATE_YEAR.match(text, max(0, y[0] - 6), y[1])]
    if found:
        first = found[0][0]
        taken = {start for start, _, _ in found}
        for start, end, year in find_years(text):
            if (
                start > first
                and start not in taken
                # "năm 2021 đạt 21%, 2022 đạt 25%": a year without "năm" when a stated value follows
                and (re.match(r"\s*[:,)]", text[end:]) or _opens_value(text, end))
                and re.search(r"(?:^|[,;]|\bvà)\s*$", text[:start])
            ):
                found.append((start, end, year))
    if doc_year is not None:
        for match in cue_pattern("relative_years").finditer(text):
            offset = -1 if match.group(0).casefold().endswith(tuple(cue_words("previous_year"))) else 0
            found.append((match.start(), match.end(), doc_year + offset))
    years = []
    for start, end, year in sorted(found):
        if any(h_start <= start < h_end for h_start, h_end in horizons):
            continue
        if _is_baseline(text, start) and not with_baselines:
            continue
        if closes_a_law_name(text[max(0, start - 80) : start]):
            continue  # "Theo Luật Giao dịch điện tử năm 2023, tỉnh đã cấp …": the year the law was passed
        years.append((start, end, year))
    years.extend((m.start(), m.end(), int(m.group(1))) for m in _period_pattern().finditer(text))
    return sorted(years)


@cache
def _baseline_gap_pattern() -> re.Pattern[str]:
    """What stands between a comparison word and its year: "so với mức 12,87% năm 2021"."""
    return re.compile(
        rf"(?:\s+(?:{alternation('baseline_nouns')}))?(?:\s+[\d.,]+\s*%?)?"
        rf"(?:\s+(?:{alternation('baseline_year_parts')}))?\s*(?:năm\s*)?$",
        re.IGNORECASE,
    )


def _is_baseline(text: str, start: int) -> bool:
    """Whether the year at ``start`` is what a figure is compared with: "tăng 12,7% so với cùng kỳ năm
    2022", "gấp 2,4 lần so với cuối năm 2024", "tăng so với mức 12,87% năm 2021"."""
    before = text[max(0, start - 45) : start]
    gap = _baseline_gap_pattern().search(before)
    head = before[: gap.start()] if gap else before
    return ends_with("baseline", head) or ends_with("baseline", text[max(0, start - 30) : start])


def _in_aside(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a closed parenthesis: "đạt 61% (năm 2022 là 40%)"."""
    return any(match.start() < start < match.end() for match in _CLOSED_ASIDE.finditer(text))


def _is_target(text: str, start: int, doc_year: int | None) -> bool:
    """Whether a plan's words govern the figure at ``start``: a goal cue before it, not closed off in an
    aside ("88,5% (mục tiêu 95%), khối tỉnh đạt 61,2%") nor followed by what stands now ("hiện đạt")."""
    before = _CLOSED_ASIDE.sub(lambda m: " " * len(m.group(0)), text[:start])
    # "Đối với chỉ tiêu thanh toán trực tuyến, Huế xếp thứ 4": an indicator, not a goal
    before = cue_pattern("indicator_phrases").sub(lambda m: " " * len(m.group(0)), before)
    # "Thực hiện Kế hoạch số 58/KH-UBND, …": a plan carried out, not a goal set
    before = _plan_frame_pattern().sub(lambda m: " " * len(m.group(0)), before)
    goals = goal_cues(before)
    if not goals:
        return False
    return not _now_marks(before, doc_year, goals[-1].end())


@cache
def _plan_frame_pattern() -> re.Pattern[str]:
    """A plan named as what is carried out, where a clause opens, up to the clause's end: "Thực hiện Đề án
    06 và Kế hoạch số 58/KH-UBND của tỉnh," names what is followed, no goal."""
    return re.compile(rf"(?:^|(?<=[,;:(]))\s*(?:{alternation('plan_frames')})(?!\w)[^,;:]*", re.IGNORECASE)


def _goal_stands(text: str, start: int, *, money: bool) -> bool:
    """Whether a figure read as a goal stays one: not after a forecast ("nhu cầu … ước khoảng", "có thể
    đạt") that no firm goal word ("phấn đấu", "mục tiêu") follows, nor a sum of money after a budget word
    ("dự kiến bố trí 40 tỷ đồng") that no firm goal word governs in its clause."""
    before = _CLOSED_ASIDE.sub(lambda m: " " * len(m.group(0)), text[:start])
    before = cue_pattern("indicator_phrases").sub(lambda m: " " * len(m.group(0)), before)
    firm = max((m.end() for m in cue_pattern("firm_target").finditer(before)), default=-1)
    if any(m.start() > firm for m in cue_pattern("forecast_words").finditer(before)):
        return False
    # "phấn đấu dành 25 tỷ đồng" sets a sum as a goal; "…; kinh phí thực hiện 64 tỷ đồng" is the plan's budget
    budgets = (
        [m.start() for m in cue_pattern("budget_words").finditer(before) if m.start() > firm] if money else []
    )
    return not any(firm < 0 or CLAUSE_BOUNDARY.search(before, firm, budget) for budget in budgets)


def year_and_target(
    text: str, start: int, end: int, doc_year: int | None, *, bind_after: bool = True, money: bool = False
) -> tuple[int | None, bool]:
    """The year a figure is about and whether it is a goal.

    A year right after the figure binds to it ("6,3% năm 2024"); else the nearest year before it,
    else one after it in the same clause. A year the figure is compared with ("so với năm 2019",
    "gấp 4 lần mức năm 2019") and a programme's horizon are skipped.
    ``money`` says the figure is a sum of money, a goal only where a firm goal word governs it.
    """
    years = _year_mentions(text, doc_year)
    # "so với mức 12,87% năm 2021": the base year is the base value's own year
    own = _year_mentions(text, doc_year, with_baselines=True)
    bound = [
        y
        for y in own
        if bind_after
        and y[0] >= end
        and re.fullmatch(
            rf"[\s(,]*(?:(?:{alternation('year_binders')})\s+)*",
            text[end : y[0]],
            re.IGNORECASE,
        )
        # "61% (năm 2022 là 40%)": an aside with a figure of its own holds another year's value
        and ("(" not in text[end : y[0]] or text[y[1] :].lstrip().startswith(")"))
        # "21%, 2022 đạt 25%": a year opening the next stated value is not the figure's
        and not (re.search(r"[,;]", text[end : y[0]]) and _opens_value(text, y[1]))
    ]
    # "Mục tiêu năm 2025 đạt 80%, hiện đạt 65%": what stands now is not the goal's year
    now = _now_marks(text, doc_year, 0, start)
    # "Mục tiêu đến năm 2030, tỉnh chiếm 20%, trong khi cả nước phấn đấu đạt 30%": a goal again after it
    if now and cue_pattern("target").search(text[:start], now[-1]):
        now = []
    before = [y for y in years if y[1] <= start and (not now or y[0] >= now[-1])]
    clause_end = CLAUSE_BOUNDARY.search(text, end)
    after = [y for y in years if y[0] >= end and (clause_end is None or y[0] < clause_end.start())]
    # "trong khi cùng kỳ năm trước chỉ đạt 30,2%": a compared-with year that opens the value is its year
    opened = [
        y
        for y in own
        if y not in years
        and y[1] <= start
        and _opens_value(text, y[1])
        and re.fullmatch(r"\s*(?:\S+\s+){0,3}", text[y[1] : start])
    ]
    if opened and (not before or opened[-1][0] > before[-1][0]):
        before = [*before, opened[-1]]
    chosen = bound[0] if bound else before[-1] if before else after[0] if after else None
    year = chosen[2] if chosen else doc_year
    is_target = _is_target(text, start, doc_year)
    if chosen and doc_year is not None and chosen[2] > doc_year:
        is_target = True
    if chosen and re.search(
        rf"(?:{alternation('to_year')})\s+năm\s*$",
        text[max(0, chosen[0] - 12) : chosen[0] + 4].rsplit(str(chosen[2]), 1)[0],
        re.IGNORECASE,
    ):
        is_target = True
    return year, is_target and _goal_stands(text, start, money=money)


def carry_paragraph_years(
    figures: list[Figure], sentences: Sequence[Sentence], doc_year: int | None
) -> list[Figure]:
    """A year stated earlier in a paragraph governs its later sentences: "Năm 2024, … đạt 82,6%. Mức độ
    hài lòng đạt 98,2%." gives both 2024."""
    stated: dict[int, int | None] = {}
    last: dict[int, int] = {}
    for sentence in sentences:
        if sentence.paragraph in last:
            stated[sentence.index] = last[sentence.paragraph]
        years = _stated_years(sentence.text, doc_year)
        if years:
            last[sentence.paragraph] = years[-1]
        if _speaks_of_now(sentence.text, doc_year):
            last.pop(sentence.paragraph, None)  # "Đến nay, tỷ lệ này đã lên 66%." ends 2021's reach
    carried = []
    for figure in figures:
        year = stated.get(figure.sentence_index)
        if (
            year is not None
            and not figure.is_target
            and figure.year == doc_year
            and not _own_years(figure.sentence)
            and not _now_marks(figure.sentence, doc_year, 0, figure.start)
        ):
            figure = replace(figure, year=year)
        carried.append(figure)
    return carried


def _stated_years(text: str, doc_year: int | None) -> list[int]:
    """The years a sentence states results for; a plan's years ("Kế hoạch năm 2025 phấn đấu …") carry
    into no later sentence."""
    horizons = [(m.start(), m.end()) for m in _horizon_pattern().finditer(text)]
    return [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not any(a <= m.start() < b for a, b in horizons)
        and not _is_baseline(text, m.start())
        and not _in_aside(text, m.start())
        # "Theo Luật Giao dịch điện tử năm 2023, …": the year a law was passed governs no later sentence
        and not closes_a_law_name(text[max(0, m.start() - 80) : m.start()])
        # "…, trong khi năm 2021 chỉ đạt 38%": a year set against the sentence's own
        and not cue_pattern("contrast_words").search(text, max(0, m.start() - 15), m.start())
        and not _goal_year_pattern().match(text, max(0, m.start() - 9))
        and not (doc_year is not None and int(m.group(1)) > doc_year)
        and not _is_target(text, m.start(), doc_year)
        and not cue_pattern("target").search(text, m.end(), m.end() + 40)
    ]


def date_goals(figures: list[Figure], sentences: Sequence[Sentence], doc_year: int | None) -> list[Figure]:
    """A goal without a year of its own takes its plan's: "… đến năm 2030, tầm nhìn 2050, phấn đấu đào tạo
    50.000 kỹ sư" is for 2030, and so is a goal in the sentence after "Mục tiêu đến năm 2030, …"."""
    by_index = {sentence.index: sentence for sentence in sentences}
    dated = []
    for figure in figures:
        if figure.is_target and figure.year == doc_year and not _own_years(figure.sentence):
            goal = _goal_year(figure.sentence, doc_year)
            previous = by_index.get(figure.sentence_index - 1)
            current = by_index.get(figure.sentence_index)
            same_paragraph = (
                previous is not None and current is not None and previous.paragraph == current.paragraph
            )
            if goal is None and same_paragraph and previous is not None:
                goal = _goal_year(previous.text, doc_year)
            if goal is not None:
                figure = replace(figure, year=goal)
        dated.append(figure)
    return dated


# a bullet or a numbered item opening its line: "- 90% hồ sơ …", "• 55% dân số …", "2. 80% dịch vụ …"
_BULLET = re.compile(r"^\s*(?:[-–•+*▪●]|\d{1,2}[.)])\s+")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s*$")


def date_goal_bullets(
    figures: list[Figure], sentences: Sequence[Sentence], doc_year: int | None
) -> list[Figure]:
    """A figure in the bullets under a goal's lead ("Kế hoạch đặt mục tiêu đến năm 2026 như sau:", "Mục tiêu
    đến năm 2025:", "Kế hoạch năm 2025 … đặt mục tiêu như sau:") is a goal of that year, unless its bullet
    names a year of its own; bullets under results ("Kết quả đạt được năm 2024:") stay results."""
    by_index = {sentence.index: sentence for sentence in sentences}

    def bullet(index: int) -> bool:
        # "1. 100% cơ sở dữ liệu …" reaches here as two sentences, "1." and the item after it
        sentence = by_index[index]
        before = by_index.get(index - 1)
        numbered = (
            before is not None and before.paragraph == sentence.paragraph and _LIST_NUMBER.match(before.text)
        )
        return bool(_BULLET.match(sentence.text) or _LIST_NUMBER.match(sentence.text) or numbered)

    dated = []
    for figure in figures:
        sentence = by_index.get(figure.sentence_index)
        if sentence is not None and bullet(sentence.index) and not _own_years(sentence.text):
            index = figure.sentence_index - 1
            while index in by_index and bullet(index):
                index -= 1
            lead = by_index[index].text.rstrip() if index in by_index else ""
            goal = _lead_goal_year(lead, doc_year) if lead.endswith(":") else None
            if goal is not None and cue_pattern("target").search(lead):
                figure = replace(figure, year=goal, is_target=True)
        dated.append(figure)
    return dated


def _lead_goal_year(lead: str, doc_year: int | None) -> int | None:
    """The year a goal's lead sets: its deadline ("mục tiêu đến năm 2026"), else a later year it names
    ("Kế hoạch năm 2025 … đặt mục tiêu như sau:" in a 2024 article)."""
    later = [int(match.group(1)) for match in _YEAR.finditer(lead)]
    later = [year for year in later if doc_year is None or year > doc_year]
    return _goal_year(lead, doc_year) or (later[0] if later else None)


def date_headlines(
    figures: list[Figure], sentences: Sequence[Sentence], doc_year: int | None, *, title: str | None = None
) -> list[Figure]:
    """A headline figure without a year of its own takes the year the body gives the same figure (same
    value and unit), a headline rank that of the first ranking the body reports; not the article's year.

    "Hậu Giang: 1,2 triệu hồ sơ được số hóa" over "Trong năm 2023, … đã số hóa 1,2 triệu hồ sơ hộ tịch"
    is a figure of 2023. The headline is the first sentence and any sentence that repeats ``title``.
    """
    heads = headline_indexes(sentences, title)
    body = [figure for figure in figures if figure.sentence_index not in heads]
    dated = []
    for figure in figures:
        if (
            figure.sentence_index in heads
            and figure.year == doc_year
            and not figure.is_target
            and not _own_years(figure.sentence)
        ):
            same = [o for o in body if o.value == figure.value and _same_unit(o.unit, figure.unit)]
            if not same and figure.kind == "rank":
                same = [other for other in body if other.kind == "rank"]
            if same:
                figure = replace(figure, year=same[0].year)
        dated.append(figure)
    return dated


def headline_indexes(sentences: Sequence[Sentence], title: str | None) -> set[int]:
    """The sentences that print the headline: the first, and any that repeats ``title`` (a page's heading).

    >>> s = [Sentence("d", 0, "Cổng TTĐT tỉnh"), Sentence("d", 1, "Hà Tĩnh: 92% hồ sơ trực tuyến")]
    >>> sorted(headline_indexes(s, "Hà Tĩnh: 92% hồ sơ trực tuyến"))
    [0, 1]
    """
    heads = {sentences[0].index} if sentences else set()
    if title:
        written = " ".join(normalize_text(title).split()).casefold()
        heads |= {s.index for s in sentences if " ".join(s.text.split()).casefold() == written}
    return heads


def _same_unit(a: str, b: str) -> bool:
    """Whether two units name the same thing: equal, or one the first words of the other ("hồ sơ",
    "hồ sơ hộ tịch")."""
    first, second = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return first == second[: len(first)] and (bool(first) or not second)


def _own_years(text: str) -> bool:
    horizons = [(m.start(), m.end()) for m in _horizon_pattern().finditer(text)]
    return any(not any(a <= m.start() < b for a, b in horizons) for m in _YEAR.finditer(text))


def _goal_year(text: str, doc_year: int | None) -> int | None:
    years = [int(m.group(1)) for m in _goal_year_pattern().finditer(text)]
    future = [year for year in years if doc_year is None or year > doc_year]
    return future[0] if future else None
