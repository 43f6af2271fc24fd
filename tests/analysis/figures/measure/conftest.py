"""Helpers for the measure tests: the figures ``extract_figures`` finds in sentences written here."""

from __future__ import annotations

import math

from analysis.evaluate.matching import measure_agrees, place_agrees
from analysis.figures import extract_figures
from analysis.types import Figure, Sentence


def _figure(sentence: str, value: float, *, doc: str = "d") -> Figure:
    figures = extract_figures([Sentence(doc, 1, sentence)], doc_year=2025)
    matching = [figure for figure in figures if figure.value == value]
    assert len(matching) == 1, [(f.value, f.unit, f.measure) for f in figures]
    return matching[0]


def _first_with_value(sentence: str, value: float) -> Figure:
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2025)
    matching = [figure for figure in figures if math.isclose(figure.value, value, rel_tol=1e-9)]
    assert matching, [(f.value, f.unit, f.measure) for f in figures]
    return matching[0]


def _measures(sentences: list[tuple[int, str, int]], doc_year: int = 2024) -> list[tuple[float, str | None]]:
    built = [Sentence("d", index, text, paragraph) for index, text, paragraph in sentences]
    return [(f.value, f.measure) for f in extract_figures(built, doc_year=doc_year)]


def _assert_measure_and_place(
    sentence: str, value: float, measure: str | tuple[str, ...], place: str | None
) -> None:
    """The first figure of ``value`` measures ``measure`` (one phrase or those accepted) for ``place``,
    scored like ``evaluate`` does (``measure_agrees``, ``place_agrees``)."""
    figure = _first_with_value(sentence, value)
    wanted = [measure] if isinstance(measure, str) else list(measure)
    assert measure_agrees(figure.measure, wanted), (figure.measure, figure.place)
    assert place_agrees(figure.place, None if place is None else [place]), (figure.measure, figure.place)


def _assert_measure(sentence: str, value: float, measure: str | tuple[str, ...]) -> None:
    """The first figure of ``value`` measures ``measure`` (one phrase or those accepted), scored like
    ``evaluate`` does (``measure_agrees``: equal, or holding it and at most two syllables longer)."""
    figure = _first_with_value(sentence, value)
    wanted = [measure] if isinstance(measure, str) else list(measure)
    assert measure_agrees(figure.measure, wanted), (figure.measure, figure.place)
