"""View data for figures: a value read with its unit, the same measure across years, disagreements, cards.

Nothing here draws: pages and charts lay out what these functions return.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from analysis.present.glosses import render_subject, render_unit
from analysis.present.i18n import format_figure, qualifier_label, translate
from analysis.types import FIGURE_KINDS, Figure

_YEAR_WORDS = re.compile(r"\b(?:năm|cuối năm|đầu năm|trong năm)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b", re.I)


@dataclass(frozen=True)
class SeriesPoint:
    """One figure on a "same measure across years" line, with where it was read."""

    year: int
    value: float
    label: str
    doc: str
    sentence: str


@dataclass(frozen=True)
class MeasureSeries:
    measure: str
    unit: str
    kind: str
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class Disagreement:
    """Articles giving different values for one measure and year."""

    measure: str
    unit: str
    year: int
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class FigureCard:
    value: str
    label: str
    figure: Figure


def kind_label(kind: str, language: str) -> str:
    """The reader's word for a figure kind: "percent" → "Tỷ lệ (%)" / "Percentage"."""
    return translate(f"kind_{kind}", language)


def figure_value_text(figure: Figure, language: str) -> str:
    """A figure as a sentence writes it, value and unit together: "hơn 80.000 tổ", "45 %", "thứ 64/190".

    >>> figure_value_text(Figure(45.0, "%", None, "45%", None, 2024, "d", "s", kind="percent"), "vi")
    '45 %'
    """
    value = format_figure(figure.value, figure.qualifier, language)
    unit = render_unit(figure.unit, language).text if figure.unit else ""
    if figure.value_high is not None:
        value += f"–{format_figure(figure.value_high, None, language)}"
    if figure.kind == "rank":
        rank = translate("rank_value", language, value=value)
        if figure.out_of is not None:
            rank += f"/{format_figure(figure.out_of, None, language)}"
        return f"{rank} {unit}".strip()
    return f"{value} {unit}".strip()


def measure_text(figure: Figure, *, language: str = "vi") -> str:
    """The measure as shown beside a value, with the place it is measured for when one is named;
    in English where a rendering is curated, else as the article writes it (a table cell is no
    place for a "Vietnamese original" mark on every row).

    >>> figure = Figure(87.5, "%", None, "87,5%", None, 2024, "d", "s", measure="tỷ lệ hồ sơ", place="Huế")
    >>> measure_text(figure)
    'tỷ lệ hồ sơ · Huế'
    >>> measure_text(Figure(6.0, "tổ", None, "6 tổ", None, 2023, "d", "s", measure="tổ"), language="en")
    'teams'
    """
    if not figure.measure:
        return ""
    rendering = render_subject(figure.measure, language)
    if not rendering.glossed:  # a counted noun with its modifier: "nhóm nền tảng số" → "groups of …"
        rendering = render_unit(figure.measure, language)
    measure = rendering.text if rendering.glossed else figure.measure
    return f"{measure} · {figure.place}" if figure.place else measure


def measure_key(figure: Figure) -> tuple[str, str, str, str] | None:
    """What makes two figures the same measure: what they measure, for whom (the place named, if any),
    their unit and kind, years removed: Hà Nội's and Huế's "tỷ lệ hồ sơ trực tuyến" are two measures."""
    measure = _YEAR_WORDS.sub(" ", figure.measure or "").casefold()
    measure = " ".join(measure.split()).strip(" ,.;:")
    if not measure:
        return None
    place = " ".join((figure.place or "").casefold().split())
    return measure, place, figure.unit.casefold(), figure.kind


def _stated(figures: Iterable[Figure]) -> list[Figure]:
    return [f for f in figures if f.year is not None and not f.is_target and f.kind != "range"]


# Values of one measure a year apart rarely differ tenfold; when they do, the articles are almost
# always speaking of different scopes (a province's 6.300 members beside the nation's 380.000).
MAX_STEP_RATIO = 10.0


def on_one_scale(values: Sequence[float], *, max_ratio: float = MAX_STEP_RATIO) -> bool:
    """Whether consecutive values could be one measure's trajectory rather than different scopes.

    >>> on_one_scale([14.26, 16.5, 18.3]), on_one_scale([380000, 6300])
    (True, False)
    """
    for before, after in pairwise(values):
        low, high = sorted((abs(before), abs(after)))
        if high and (low == 0 or high / low > max_ratio):
            return False
    return True


def measure_series(
    figures: Iterable[Figure], *, language: str = "vi", min_years: int = 2
) -> list[MeasureSeries]:
    """Figures whose measure and unit match, lined up by year (goals left out): a measure's trajectory.
    A line whose values jump tenfold from one year to the next is left out (see :func:`on_one_scale`).

    The first figure stated for a year stands for it; :func:`find_disagreements` names any other.
    """
    groups: dict[tuple[str, str, str, str], dict[int, Figure]] = {}
    names: dict[tuple[str, str, str, str], Figure] = {}
    for figure in _stated(figures):
        key = measure_key(figure)
        if key is None:
            continue
        names.setdefault(key, figure)
        groups.setdefault(key, {}).setdefault(figure.year, figure)  # type: ignore[arg-type]
    series = []
    for key, by_year in groups.items():
        if len(by_year) < min_years:
            continue
        first = names[key]
        points = tuple(
            SeriesPoint(year, f.value, figure_value_text(f, language), f.doc, f.sentence)
            for year, f in sorted(by_year.items())
        )
        if not on_one_scale([point.value for point in points]):
            continue
        series.append(MeasureSeries(first.measure or "", first.unit, first.kind, points))
    return sorted(series, key=lambda s: (-len(s.points), s.measure.casefold()))


def find_disagreements(figures: Iterable[Figure]) -> list[Disagreement]:
    """Measures for which articles give different values in the same year: flagged, never hidden."""
    groups: dict[tuple[tuple[str, str, str, str], int], list[Figure]] = {}
    for figure in _stated(figures):
        key = measure_key(figure)
        if key is not None:
            groups.setdefault((key, figure.year), []).append(figure)  # type: ignore[arg-type]
    found = []
    for (_, year), members in groups.items():
        values = {round(f.value, 6) for f in members}
        if len(values) > 1 and len({f.doc for f in members}) > 1:
            first = members[0]
            found.append(Disagreement(first.measure or "", first.unit, year, tuple(members)))
    return sorted(found, key=lambda d: (d.year, d.measure.casefold()))


def figures_frame(
    figures: Sequence[Figure],
    titles: dict[str, str],
    language: str,
    *,
    kinds: Sequence[str] = (),
    years: Sequence[int] = (),
) -> tuple[pd.DataFrame, list[Figure]]:
    """The figures table (kind, value with unit, measure, qualifier, year, goal, disagreement, article,
    sentence) filtered by kind and year, and the figures of its rows in order, so a picked row opens its
    sentence."""
    flagged = {id(f) for d in find_disagreements(figures) for f in d.figures}
    shown = [
        f
        for f in figures
        if (not kinds or f.kind in kinds) and (not years or (f.year is not None and f.year in years))
    ]
    yes = translate("yes", language)
    frame = pd.DataFrame(
        [
            {
                translate("kind", language): kind_label(f.kind, language),
                translate("figures", language): figure_value_text(f, language),
                translate("measure", language): measure_text(f, language=language),
                translate("qualifier", language): qualifier_label(f.qualifier, language),
                translate("year", language): f.year,
                translate("target", language): yes if f.is_target else "",
                translate("disagrees", language): "⚠" if id(f) in flagged else "",
                translate("article", language): titles.get(f.doc, f.doc),
                translate("source_sentence", language): f.sentence,
            }
            for f in shown
        ],
        columns=[
            translate(key, language)
            for key in (
                "kind",
                "figures",
                "measure",
                "qualifier",
                "year",
                "target",
                "disagrees",
                "article",
                "source_sentence",
            )
        ],
    )
    return frame, shown


def figure_kinds(figures: Iterable[Figure]) -> list[str]:
    """The kinds present, in the grammar's order."""
    present = {f.kind for f in figures}
    return [kind for kind in FIGURE_KINDS if kind in present]


def key_figure_cards(figures: Sequence[Figure], language: str, *, limit: int = 8) -> list[FigureCard]:
    """Metric cards that read as their sentence does: the value with its unit ("45 %", "hơn 80.000 tổ")
    and, as label, what it measures in its own sentence and its year; stated figures before goals,
    one card per value and unit, ordered by year."""
    seen: set[tuple[float, str]] = set()
    chosen: list[Figure] = []
    ranked = sorted(
        enumerate(figures),
        key=lambda item: (item[1].is_target, item[1].subject is None, item[1].kind != "count", item[0]),
    )
    for _, figure in ranked:
        key = (figure.value, figure.unit.casefold())
        if key in seen:
            continue
        seen.add(key)
        chosen.append(figure)
        if len(chosen) == limit:
            break
    chosen.sort(key=lambda f: (f.year is None, f.year or 0, figures.index(f)))
    cards = []
    for figure in chosen:
        about = (
            figure.subject if figure.kind in {"count", "number_word"} and figure.subject else figure.measure
        )
        if not about or about == figure.unit:
            about = figure.subject or kind_label(figure.kind, language)
        year = f" · {figure.year}" if figure.year else ""
        goal = f" · {translate('target', language)}" if figure.is_target else ""
        if about != kind_label(figure.kind, language):
            about = render_subject(about, language).text
        cards.append(FigureCard(figure_value_text(figure, language), f"{about}{year}{goal}", figure))
    return cards
