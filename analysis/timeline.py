"""Dated events: National Digital Transformation Days, committee meetings, conferences, publications."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import cache

from analysis.dates import find_dates, find_years, named_day_pattern, resolve_date
from analysis.resources import load_toml, phrases
from analysis.text import normalize_text, phrase_alternation, phrase_pattern
from analysis.types import DateMention, Event, Sentence

_MAX_TITLE_WORDS = 18


@cache
def event_kinds() -> tuple[dict[str, object], ...]:
    """Event kinds of ``data/events.toml`` (id, Vietnamese and English labels, triggers)."""
    return tuple(load_toml("events.toml")["kinds"])


@cache
def _trigger_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((str(kind["id"]), phrase_pattern(tuple(kind["triggers"]))) for kind in event_kinds())  # type: ignore[arg-type]


@cache
def _annual_days() -> tuple[tuple[str, int, int, int, re.Pattern[str]], ...]:
    days = []
    for day in load_toml("calendar.toml")["annual"]:
        pattern = named_day_pattern([normalize_text(day["name"])])
        days.append((day["kind"], int(day["month"]), int(day["day"]), int(day["since"]), pattern))
    return tuple(days)


@cache
def _title_end() -> re.Pattern[str]:
    ends = phrase_alternation(phrases("events.toml:title.ends"))
    times = phrase_alternation(phrases("events.toml:title.times_of_day"))
    times_before = phrase_alternation(phrases("events.toml:title.times_of_day_before"))
    return re.compile(
        rf"\s*(?:[,.;:(“\"]|\s-\s|\s(?:{ends})(?!\w)|\s(?:{times})\s+(?=\d|(?:{times_before})(?!\w)))",
        re.IGNORECASE,
    )


def _title(sentence: str, start: int) -> str:
    rest = sentence[start:]
    end = _title_end().search(rest, 1)
    title = rest[: end.start()] if end else rest
    # "Ngày … quốc gia năm 2022" keeps its year even though "năm" is not a stop word.
    words = title.split()[:_MAX_TITLE_WORDS]
    title = " ".join(words).strip(" -–")
    return title[:1].upper() + title[1:]


@cache
def _not_held_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    before = phrase_pattern(phrases("events.toml:not_held.before"))
    moved_to = phrase_alternation(phrases("events.toml:not_held.moved_to"))
    moved_to_end = re.compile(rf"(?<!\w)(?:{moved_to})(?:\s+(?:ngày|vào))*\s*$", re.IGNORECASE)
    after = phrase_pattern(phrases("events.toml:not_held.after"))
    return before, moved_to_end, after, int(load_toml("events.toml")["not_held"]["after_words"])


_CLAUSE_BREAK = re.compile(r"[,;:.!?]")


def is_not_held(sentence: str, mention: DateMention) -> bool:
    """Whether the sentence says the event is not held on that date (cancelled, moved from it).

    >>> text = "Thay vì tổ chức vào 10/10, hội nghị được dời sang 20/10."
    >>> [is_not_held(text, mention) for mention in find_dates(text)]
    [True, False]
    """
    before, moved_to, after, after_words = _not_held_patterns()
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(sentence, 0, mention.start)]
    clause = sentence[breaks[-1] if breaks else 0 : mention.start]
    if before.search(clause) and not moved_to.search(clause):
        return True
    rest = _CLAUSE_BREAK.split(sentence[mention.end :], maxsplit=1)[0]
    return bool(after.search(" ".join(rest.split()[:after_words])))


@cache
def _opening_year() -> re.Pattern[str]:
    opening = phrase_alternation(phrases("events.toml:year_frame.opening"))
    return re.compile(rf"^\W*(?:(?:{opening})\s+)?năm\s+$", re.IGNORECASE)


def framing_year(sentence: str, mention: DateMention) -> int | None:
    """The year a sentence sets a day-month date in: its own "năm YYYY" after the date, or the
    sentence's opening "Năm YYYY, …"; None when the sentence only mentions a year.

    >>> text = "Năm 2023, lễ ra quân diễn ra vào ngày 15/3."
    >>> framing_year(text, find_dates(text)[0])
    2023
    >>> text = "Hội nghị tổng kết năm 2023 diễn ra ngày 15/1."
    >>> framing_year(text, find_dates(text)[0]) is None
    True
    """
    for start, end, year in find_years(sentence):
        if start >= mention.end and re.fullmatch(r"\s+năm\s+", sentence[mention.end : start], re.IGNORECASE):
            return year
        if (
            end <= mention.start
            and _opening_year().match(sentence[:start])
            and sentence[end:].lstrip()[:1] == ","
        ):
            return year
    return None


def classify_event(sentence: str) -> tuple[str, int] | None:
    """The kind of event a sentence reports and where its trigger starts, or None.

    >>> classify_event("Sáng 24/4, Thủ tướng chủ trì phiên họp lần thứ 8 của Ủy ban.")
    ('meeting', 29)
    """
    for kind_id, pattern in _trigger_patterns():
        match = pattern.search(sentence)
        if match:
            return kind_id, match.start()
    return None


def extract_events(
    sentences: Sequence[Sentence], *, published: datetime | None, doc_year: int | None
) -> list[Event]:
    """Dated events of one document; incomplete dates are resolved from its own context.

    >>> text = "Phát biểu tại phiên họp thứ 7 diễn ra ngày 28/12/2023, Thủ tướng nêu định hướng."
    >>> s = Sentence("d", 0, text)
    >>> e = extract_events([s], published=None, doc_year=2024)[0]
    >>> e.date.isoformat(), e.title, e.kind
    ('2023-12-28', 'Phiên họp thứ 7', 'meeting')

    A date the event is not held on is skipped; a day-month date takes the year its sentence sets:

    >>> s = Sentence("d", 0, "Năm 2023, thay vì tổ chức vào 10/3, lễ ra quân diễn ra vào ngày 15/3.")
    >>> [e.date.isoformat() for e in extract_events([s], published=datetime(2024, 6, 1), doc_year=2024)]
    ['2023-03-15']
    """
    reference = published.date() if published else None
    events: list[Event] = []
    not_held: set[int] = set()  # sentences that name a date the event is not held on
    for sentence in sentences:
        classified = classify_event(sentence.text)
        if classified is None:
            continue
        kind, trigger_start = classified
        for mention in find_dates(sentence.text):
            if is_not_held(sentence.text, mention):
                not_held.add(sentence.index)
                continue
            if mention.year is None:
                mention = replace(mention, year=framing_year(sentence.text, mention))
            resolved = resolve_date(mention, reference=reference, fallback_year=doc_year)
            if resolved is None:
                continue
            title = _title(sentence.text, trigger_start)
            events.append(Event(resolved, title, kind, sentence.doc, sentence.text))
            break
    dated_kinds = {(event.kind, event.date.year) for event in events}
    for kind, month, day, since, pattern in _annual_days():
        for sentence in sentences:
            if sentence.index in not_held:
                continue  # "Thay vì tổ chức vào 10/10, Ngày … năm 2025 …" does not date the day
            for match in pattern.finditer(sentence.text):
                year = int(match.group(1))
                if year < since or (kind, year) in dated_kinds:
                    continue
                dated_kinds.add((kind, year))
                # the day's own name is the title: "Ngày Chuyển đổi số quốc gia năm 2023", whatever follows
                title = " ".join(match.group(0).split())
                title = title[:1].upper() + title[1:]
                day_date = date(year, month, day)
                events.append(Event(day_date, title, kind, sentence.doc, sentence.text, "calendar"))
    return events


def merge_timeline(events: Iterable[Event]) -> tuple[Event, ...]:
    """One event per date and kind across the corpus (a date stated in text beats a calendar date)."""
    chosen: dict[tuple[date, str], Event] = {}
    for event in events:
        key = (event.date, event.kind)
        current = chosen.get(key)
        if current is None or (current.date_source == "calendar" and event.date_source == "text"):
            chosen[key] = event
    return tuple(sorted(chosen.values(), key=lambda event: (event.date, event.kind, event.doc)))
