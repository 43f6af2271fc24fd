"""Dated events: National Digital Transformation Days, committee meetings, conferences, publications."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache

from analysis.dates import find_dates, resolve_date
from analysis.resources import load_toml
from analysis.text import normalize_text
from analysis.types import Event, Sentence

_TITLE_END = re.compile(
    r"\s*(?:[,.;:(“\"]|\s-\s|"
    r"\s(?:diễn ra|được tổ chức|tổ chức|do|tại|vào|ngày|với|và|là|nhằm|sáng|chiều|tối|hôm)(?!\w))",
    re.IGNORECASE,
)
_MAX_TITLE_WORDS = 18


@cache
def event_kinds() -> tuple[dict[str, object], ...]:
    """Event kinds of ``data/events.toml`` (id, Vietnamese and English labels, triggers)."""
    return tuple(load_toml("events.toml")["kinds"])


@cache
def _trigger_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns = []
    for kind in event_kinds():
        triggers = sorted((normalize_text(t) for t in kind["triggers"]), key=len, reverse=True)  # type: ignore[union-attr]
        alternatives = "|".join(re.escape(trigger) for trigger in triggers)
        patterns.append((str(kind["id"]), re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)))
    return tuple(patterns)


@cache
def _annual_days() -> tuple[tuple[str, int, int, int, re.Pattern[str]], ...]:
    days = []
    for day in load_toml("calendar.toml")["annual"]:
        name = normalize_text(day["name"])
        pattern = re.compile(rf"(?<!\w){re.escape(name)}\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)
        days.append((day["kind"], int(day["month"]), int(day["day"]), int(day["since"]), pattern))
    return tuple(days)


def _title(sentence: str, start: int) -> str:
    rest = sentence[start:]
    end = _TITLE_END.search(rest, 1)
    title = rest[: end.start()] if end else rest
    # "Ngày … quốc gia năm 2022" keeps its year even though "năm" is not a stop word.
    words = title.split()[:_MAX_TITLE_WORDS]
    title = " ".join(words).strip(" -–")
    return title[:1].upper() + title[1:]


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
    """
    reference = published.date() if published else None
    events: list[Event] = []
    for sentence in sentences:
        classified = classify_event(sentence.text)
        if classified is None:
            continue
        kind, trigger_start = classified
        for mention in find_dates(sentence.text):
            resolved = resolve_date(mention, reference=reference, fallback_year=doc_year)
            if resolved is None:
                continue
            title = _title(sentence.text, trigger_start)
            events.append(Event(resolved, title, kind, sentence.doc, sentence.text))
            break
    dated_kinds = {(event.kind, event.date.year) for event in events}
    for kind, month, day, since, pattern in _annual_days():
        for sentence in sentences:
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
