"""The one constructor of a figure, and a figure found in a sentence before the sentence's rules
keep or drop it (:class:`Candidate`)."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.figures.cues import cue_pattern
from analysis.figures.measure.places import named_place
from analysis.figures.measure.read import find_subject, read_measure
from analysis.figures.reading import reading_at
from analysis.figures.units import is_currency
from analysis.figures.year import year_and_target
from analysis.types import Figure, FigureKind, Sentence


@dataclass(frozen=True)
class Candidate:
    figure: Figure
    list_key: tuple[float, tuple[str, ...]] | None
    opens_list: bool


def make_figure(
    sentence: Sentence,
    *,
    start: int,
    end: int,
    value: float,
    unit: str,
    kind: FigureKind,
    doc_year: int | None,
    number_start: int | None = None,
    qualifier: str | None = None,
    value_high: float | None = None,
    out_of: float | None = None,
    after: str | None = None,
    measure: str | None = None,
    place: str | None = None,
) -> Figure:
    """The one way a figure is made: its year, goal, measure, place and subject read from its sentence.

    ``measure`` and ``place`` given by the caller (a rank's field, the next of a series) win over the
    ones read backwards from the number; a place that names the whole country makes the figure national.
    """
    text = sentence.text
    number_start = start if number_start is None else number_start
    year, is_target = year_and_target(
        text, start, end, doc_year, bind_after=kind != "multiplier", money=_is_money(kind, unit)
    )
    if kind == "count" and cue_pattern("plan_parts").match(unit.strip()):
        is_target = False  # a count of a plan's parts ("24 chỉ tiêu") describes the plan, reaches nothing
    read, read_place = read_measure(text, reading_at(start, end), kind, unit, after)
    return Figure(
        value=value,
        unit=unit,
        subject=find_subject(text, unit, number_start),
        text=text[start:end],
        qualifier=qualifier,
        year=year,
        doc=sentence.doc,
        sentence=text,
        kind=kind,
        value_high=value_high,
        out_of=out_of,
        measure=measure or read,
        # a place the caller names that is the whole country ("Việt Nam đứng thứ 6") is national
        place=named_place(place) if place else read_place,
        is_target=is_target,
        start=start,
        end=end,
        sentence_index=sentence.index,
    )


def _is_money(kind: FigureKind, unit: str) -> bool:
    """A sum of money, also as a range or per period: "40-55 tỷ đồng", "8.000 tỷ đồng mỗi năm"."""
    return kind == "money" or is_currency(unit)
