"""The year a figure is about, and whether it is a goal."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.figures.cues import CLAUSE_BOUNDARY, cue_words, ends_with
from analysis.types import Figure, Sentence

_YEAR = re.compile(r"(?:\bnăm\s+|/)((?:19|20)\d\d)(?![\d/])", re.IGNORECASE)

# A horizon in a programme's name ("đến năm 2025, định hướng đến năm 2030") is not a figure's year.
_HORIZON = re.compile(
    r"(?:định hướng|tầm nhìn)(?:\s+(?:đến|tới))?\s+năm\s+\d{4}|(?:đến|tới) năm \d{4}(?=,?\s+"
    r"(?:định hướng|tầm nhìn))",
    re.IGNORECASE,
)

# A period gives its last year: "giai đoạn 2021-2025", "năm học 2023-2024".
_PERIOD = re.compile(
    r"\b(?:giai đoạn|năm học|niên khóa|niên khoá|nhiệm kỳ)\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b",
    re.IGNORECASE,
)

_GOAL_YEAR = re.compile(r"(?:đến|tới|vào)\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)


def year_and_target(
    text: str, start: int, end: int, doc_year: int | None, *, bind_after: bool = True
) -> tuple[int | None, bool]:
    """The year a figure is about and whether it is a goal.

    A year right after the figure binds to it ("6,3% năm 2024"); else the nearest year before it,
    else one after it in the same clause. A year the figure is compared with ("so với năm 2019",
    "gấp 4 lần mức năm 2019") and a programme's horizon are skipped.
    """
    horizons = [(m.start(), m.end()) for m in _HORIZON.finditer(text)]
    horizons += [(m.start(), m.end()) for m in _PERIOD.finditer(text)]
    years = []
    for match in _YEAR.finditer(text):
        if any(h_start <= match.start() < h_end for h_start, h_end in horizons):
            continue
        if ends_with("baseline", text[max(0, match.start() - 30) : match.start()]):
            continue
        years.append((match.start(), match.end(), int(match.group(1))))
    years.extend((m.start(), m.end(), int(m.group(1))) for m in _PERIOD.finditer(text))
    years.sort()
    bound = [
        y
        for y in years
        if bind_after
        and y[0] >= end
        and re.fullmatch(
            r"[\s(,]*(?:(?:trong|vào|của|cuối|đầu|hết|tính đến|đến hết|đến|tới|giữa)\s+)*",
            text[end : y[0]],
            re.IGNORECASE,
        )
    ]
    before = [y for y in years if y[1] <= start]
    clause_end = CLAUSE_BOUNDARY.search(text, end)
    after = [y for y in years if y[0] >= end and (clause_end is None or y[0] < clause_end.start())]
    chosen = bound[0] if bound else before[-1] if before else after[0] if after else None
    year = chosen[2] if chosen else doc_year
    clause = text[:start]
    is_target = bool(
        re.search(r"\b(?:" + "|".join(map(re.escape, cue_words("target"))) + r")\b", clause, re.IGNORECASE)
    )
    if chosen and doc_year is not None and chosen[2] > doc_year:
        is_target = True
    if chosen and re.search(
        r"(?:đến|tới)\s+năm\s*$",
        text[max(0, chosen[0] - 12) : chosen[0] + 4].rsplit(str(chosen[2]), 1)[0],
        re.IGNORECASE,
    ):
        is_target = True
    return year, is_target


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
        years = _stated_years(sentence.text)
        if years:
            last[sentence.paragraph] = years[-1]
    carried = []
    for figure in figures:
        year = stated.get(figure.sentence_index)
        if (
            year is not None
            and not figure.is_target
            and figure.year == doc_year
            and not _own_years(figure.sentence)
        ):
            figure = replace(figure, year=year)
        carried.append(figure)
    return carried


def _stated_years(text: str) -> list[int]:
    horizons = [(m.start(), m.end()) for m in _HORIZON.finditer(text)]
    return [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not any(a <= m.start() < b for a, b in horizons)
        and not ends_with("baseline", text[max(0, m.start() - 30) : m.start()])
        and not _GOAL_YEAR.match(text, max(0, m.start() - 9))
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


def _own_years(text: str) -> bool:
    horizons = [(m.start(), m.end()) for m in _HORIZON.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in horizons) for m in _YEAR.finditer(text))


def _goal_year(text: str, doc_year: int | None) -> int | None:
    years = [int(m.group(1)) for m in _GOAL_YEAR.finditer(text)]
    future = [year for year in years if doc_year is None or year > doc_year]
    return future[0] if future else None
