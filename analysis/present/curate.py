"""The analyst's curation applied: key-figure cards with pins first, hidden figures left out and captions
replaced; the same-measure line the analyst chose first. Nothing here reads or writes the store (see
:mod:`analysis.store`) and nothing draws.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from analysis.curation import _words, figure_key, loose_key
from analysis.figures.measure.same import measure_key
from analysis.present.figures import FigureCard, MeasureSeries, figure_card, pick_key_figures
from analysis.types import Curation, Figure


@dataclass(frozen=True)
class CuratedFigures:
    """The key-figure cards a curation gives, and the pins whose figure is no longer in the corpus
    (an article removed, or no longer read that way): reported, never an error."""

    cards: tuple[FigureCard, ...]
    missing: tuple[str, ...] = ()


def resolve(figures: Iterable[Figure], curation: Curation) -> Curation:
    """The curation with each key naming a figure of ``figures``: as stored when one has it, else the
    one figure of its article with its value, unit and goal (:func:`~analysis.curation.loose_key`),
    else left as it is (a pin then reported as gone)."""
    exact = {figure_key(f) for f in figures}
    loose: dict[str, set[str]] = {}
    for key in exact:
        loose.setdefault(loose_key(key), set()).add(key)

    def found(key: str) -> str:
        if key in exact:
            return key
        matches = loose.get(loose_key(key), set())
        return next(iter(matches)) if len(matches) == 1 else key

    return Curation(
        tuple(dict.fromkeys(map(found, curation.pinned))),
        tuple(dict.fromkeys(map(found, curation.hidden))),
        tuple((found(key), text) for key, text in curation.captions),
        curation.measure,
    )


def curate_key_figures(
    figures: Sequence[Figure], curation: Curation | None, language: str, *, limit: int = 8
) -> CuratedFigures:
    """Cards for the key figures: the pinned ones first in their order, then the default choice
    (:func:`~analysis.present.figures.pick_key_figures`) without the hidden ones, up to ``limit``
    (pins beyond it are kept too: the analyst chose them); captions replaced where one was written."""
    curation = resolve(figures, curation or Curation())
    by_key: dict[str, Figure] = {}
    for figure in figures:
        by_key.setdefault(figure_key(figure), figure)
    pinned = [by_key[key] for key in curation.pinned if key in by_key]
    missing = tuple(key for key in curation.pinned if key not in by_key)
    skipped = set(curation.pinned) | set(curation.hidden)
    chosen = list(pinned)
    taken = {figure_key(f) for f in pinned}
    for figure in pick_key_figures(
        [f for f in figures if figure_key(f) not in skipped], limit=max(limit, len(pinned))
    ):
        if len(chosen) >= limit:
            break
        key = figure_key(figure)
        if key not in taken:
            taken.add(key)
            chosen.append(figure)
    captions = dict(curation.captions)
    cards = []
    for figure in chosen:
        card = figure_card(figure, language)
        caption = captions.get(figure_key(figure))
        cards.append(replace(card, label=caption) if caption else card)
    return CuratedFigures(tuple(cards), missing)


def measure_id(series: MeasureSeries) -> str:
    """A short, stable name for a same-measure line, for a URL (``?measure=``): 8 hex characters of
    its measure, place, unit and kind."""
    figure = series.points[0].figure if series.points else None
    key = measure_key(figure) if figure is not None else None
    text = "|".join(key) if key else f"{series.measure}|{series.unit}|{series.kind}"
    return hashlib.sha1(_words(text).encode()).hexdigest()[:8]


def chosen_first(series: Iterable[MeasureSeries], measure: str) -> list[MeasureSeries]:
    """The same-measure lines with the chosen one (by :func:`measure_id`) first; as they were when
    none is chosen or the chosen one is gone."""
    lines = list(series)
    chosen = [line for line in lines if measure and measure_id(line) == measure]
    return chosen + [line for line in lines if line not in chosen]


def opening_measure(ids: Sequence[str], linked: str, stored: str) -> str:
    """The same-measure line a page opens on: the one a shared link names, else the analyst's, else
    the first (``ids`` is never empty).

    >>> opening_measure(["a", "b", "c"], "", "b"), opening_measure(["a", "b"], "b", "gone")
    ('b', 'b')
    """
    return next((choice for choice in (linked, stored) if choice in ids), ids[0])
