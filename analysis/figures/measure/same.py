"""When two figures state the same measure (what, for whom, unit and kind, years aside), and which of them
stands for the measure's year.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.figures.cues import cue_pattern
from analysis.figures.measure.places import place_name
from analysis.types import Figure

_YEAR_WORDS = re.compile(r"\b(?:năm|cuối năm|đầu năm|trong năm)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b", re.I)


def named_measure(figure: Figure) -> str | None:
    """The figure's measure, unless it is missing or only the place it is measured for (an
    extractor's slip: "Long An" is whom a rate is measured for, not what it measures)."""
    measure = " ".join((figure.measure or "").split())
    if not measure or (figure.place and measure.casefold() == " ".join(figure.place.split()).casefold()):
        return None
    return measure


def measure_key(figure: Figure) -> tuple[str, str, str, str] | None:
    """What makes two figures the same measure: what they measure, for whom (the place named, if any),
    their unit and kind, years removed: Hà Nội's and Huế's "tỷ lệ hồ sơ trực tuyến" are two measures,
    and three measures counted in "bậc" are three. A figure naming no measure is no measure."""
    measure = _YEAR_WORDS.sub(" ", named_measure(figure) or "").casefold()
    measure = " ".join(measure.split()).strip(" ,.;:")
    head = cue_pattern("share_heads").match(measure) if figure.kind == "percent" else None
    if head and measure[head.end() :].strip():  # "tỷ trọng kinh tế số" (% GDP) is "kinh tế số"
        measure = measure[head.end() :].strip()
    if not measure:
        return None
    place = " ".join(place_name(figure.place or "").casefold().split())
    return measure, place, " ".join(figure.unit.casefold().split()), figure.kind


def most_stated(stated: list[Figure]) -> Figure:
    """The figure standing for a measure's year: the value most articles give, then the first stated."""
    articles = Counter(round(f.value, 6) for f in {(f.doc, f.value): f for f in stated}.values())
    return max(stated, key=lambda f: (articles[round(f.value, 6)], -stated.index(f)))
