"""Targets and progress: each target beside the stated results of the same measure, and where the
straight line through those results stands at the deadline.

A target is a figure an article states as a goal (``is_target``, its year the deadline) or a target of
the registry (``data/instruments.toml``). Its results are the figures of the same measure
(:func:`analysis.figures.measure.same.measure_key`: what, for whom, unit and kind) that state what was
reached, one per year (the value most articles give). The status:

- ``reached``: the latest result is at or past the target;
- ``behind``: the deadline has passed (the latest result is of the deadline or later), or the straight
  line through the results misses the target at the deadline;
- ``on_track``: the straight line reaches the target by the deadline;
- ``not_enough_data``: fewer than two years of results, none of them at the target.

The direction is the target's: a target below the first result is one to come down to.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from analysis.figures.measure.same import measure_key, most_stated
from analysis.instruments import load_registry
from analysis.types import Figure, Instrument, ProgressStatus, TargetProgress, TargetSource

_MeasureKey = tuple[str, str, str, str]


def _target_figure(instrument: Instrument, index: int) -> Figure:
    """A registry target as the figure its clause states (for the one "same measure" rule)."""
    target = instrument.targets[index]
    return Figure(
        value=target.value,
        unit=target.unit,
        subject=None,
        text=target.clause,
        qualifier=None,
        year=target.deadline,
        doc=instrument.key,
        sentence=target.clause,
        kind=target.kind,
        measure=target.measure,
        is_target=True,
    )


def fit_line(points: Sequence[tuple[int, float]], year: int) -> float | None:
    """The least-squares straight line through ``points`` (year, value), read at ``year``; None for
    fewer than two years.

    >>> fit_line([(2021, 10.0), (2023, 14.0)], 2025)
    18.0
    """
    if len({x for x, _ in points}) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x, _ in points)
    return mean_y + slope * (year - mean_x)


def judge_progress(
    results: Sequence[tuple[int, float]], *, target: float, deadline: int
) -> tuple[ProgressStatus, float | None]:
    """The status of a target given its stated results (year, value), oldest first, and the straight
    line's value at the deadline.

    >>> judge_progress([(2021, 10.0), (2023, 14.0)], target=20.0, deadline=2025)
    ('behind', 18.0)
    >>> judge_progress([(2021, 10.0), (2023, 16.0)], target=20.0, deadline=2025)
    ('on_track', 22.0)
    """
    if not results:
        return "not_enough_data", None
    rising = target >= results[0][1]
    latest_year, latest = results[-1]

    def meets(value: float) -> bool:
        return value >= target if rising else value <= target

    projected = fit_line(results, deadline)
    if meets(latest):
        return "reached", projected
    if latest_year >= deadline:
        return "behind", projected  # the deadline has come and gone without the target
    if projected is None:
        return "not_enough_data", None
    return ("on_track" if meets(projected) else "behind"), projected


def _results_by_measure(figures: Iterable[Figure]) -> dict[_MeasureKey, dict[int, list[Figure]]]:
    groups: dict[_MeasureKey, dict[int, list[Figure]]] = {}
    for figure in figures:
        if figure.is_target or figure.year is None or figure.kind == "range":
            continue
        key = measure_key(figure)
        if key is not None:
            groups.setdefault(key, {}).setdefault(figure.year, []).append(figure)
    return groups


def track_progress(
    figures: Iterable[Figure], *, registry: Sequence[Instrument] | None = None
) -> list[TargetProgress]:
    """Every target (stated in ``figures``, or set by an instrument of ``registry``, default the bundled
    one) beside the stated results of its measure, with its status. A target stated by several sources
    is one row listing them all; targets that differ for one measure and deadline are kept as rows of
    their own, marked ``conflicting``. Rows come by measure, then deadline, then value.
    """
    figures = list(figures)
    registry = load_registry() if registry is None else registry
    statements: list[tuple[Figure, TargetSource]] = [
        (figure, TargetSource(figure.doc, figure.sentence))
        for figure in figures
        if figure.is_target and figure.year is not None and figure.kind != "range"
    ]
    for instrument in registry:
        for index, target in enumerate(instrument.targets):
            source = TargetSource(instrument.key, target.clause, instrument.key, target.source)
            statements.append((_target_figure(instrument, index), source))
    targets: dict[tuple[_MeasureKey, int, float], tuple[Figure, list[TargetSource]]] = {}
    for figure, source in statements:
        key = measure_key(figure)
        if key is None or figure.year is None:
            continue
        entry = targets.setdefault((key, figure.year, round(figure.value, 6)), (figure, []))
        if source not in entry[1]:
            entry[1].append(source)
    results = _results_by_measure(figures)
    # how many different values one measure's targets for one deadline have
    stated_values = Counter((key, deadline) for key, deadline, _ in targets)
    rows = []
    for (key, deadline, _), (figure, sources) in targets.items():
        by_year = results.get(key, {})
        chosen = tuple(most_stated(by_year[year]) for year in sorted(by_year))
        status, projected = judge_progress(
            [(f.year, f.value) for f in chosen if f.year is not None], target=figure.value, deadline=deadline
        )
        rows.append(
            TargetProgress(
                measure=figure.measure or "",
                place=figure.place,
                unit=figure.unit,
                kind=figure.kind,
                target=figure.value,
                deadline=deadline,
                sources=tuple(sources),
                results=chosen,
                status=status,
                projected=projected,
                conflicting=stated_values[(key, deadline)] > 1,
            )
        )
    return sorted(rows, key=lambda row: (row.measure.casefold(), row.place or "", row.deadline, row.target))
