"""View data for the instruments cited and the progress board: one row per instrument (its mentions,
the articles and years citing it), per year, and one row per target, in the reader's language.

Nothing here draws: the page, the Markdown brief and the deck lay out what these functions return.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from analysis.instruments import load_registry
from analysis.present.figures import figure_value_text, measure_text
from analysis.present.i18n import instrument_kind_label, issuer_label, translate
from analysis.present.localize import format_day
from analysis.types import Figure, InstrumentMention, TargetProgress


@dataclass(frozen=True)
class InstrumentRow:
    """One instrument as the articles cite it: ``label`` names it for a reader ("749/QĐ-TTg" or "Luật
    Dữ liệu"), ``title`` is the registry's title or the one an article gives, ``mentions`` every citation,
    ``years`` how many citations each year's articles make."""

    key: str
    label: str
    kind: str
    issuer: str | None
    issued: date | None
    title: str | None
    mentions: tuple[InstrumentMention, ...]
    documents: tuple[str, ...]
    years: tuple[tuple[int, int], ...]
    in_registry: bool


def summarize_instruments(
    mentions: Iterable[InstrumentMention],
    *,
    doc_years: Mapping[str, int | None] | None = None,
    language: str = "vi",
) -> list[InstrumentRow]:
    """The instruments cited, most cited first: every mention under its key, with the registry's facts
    where it knows the instrument, else the first facts an article gives (kind, issuer, date, title).

    >>> from analysis.instruments import extract_instruments
    >>> rows = summarize_instruments(extract_instruments("Theo Quyết định 749 và Đề án 06, Đề án 06."))
    >>> [(row.label, len(row.mentions), row.kind) for row in rows]
    [('06/QĐ-TTg', 2, 'Quyết định'), ('749/QĐ-TTg', 1, 'Quyết định')]
    """
    registry = {instrument.key: instrument for instrument in load_registry()}
    doc_years = doc_years or {}
    grouped: dict[str, list[InstrumentMention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.key, []).append(mention)
    rows = []
    for key, cited in grouped.items():
        known = registry.get(key)
        kind = known.kind if known else next((m.kind for m in cited if m.symbol), cited[0].kind)
        issuer = known.issuer if known else next((m.issuer for m in cited if m.issuer), None)
        issued = known.issued if known else next((m.issued for m in cited if m.issued), None)
        title = known.title if known else next((m.title for m in cited if m.title), None)
        per_year = Counter(year for m in cited if (year := doc_years.get(m.doc)) is not None)
        rows.append(
            InstrumentRow(
                key=key,
                label=key,
                kind=instrument_kind_label(kind, language),
                issuer=issuer_label(issuer, language),
                issued=issued,
                title=title,
                mentions=tuple(cited),
                documents=tuple(dict.fromkeys(m.doc for m in cited)),
                years=tuple(sorted(per_year.items())),
                in_registry=known is not None,
            )
        )
    return sorted(rows, key=lambda row: (-len(row.mentions), row.key.casefold()))


def mentions_per_year(rows: Sequence[InstrumentRow], *, top: int = 8) -> list[tuple[int, str, int]]:
    """(year, instrument, citations) for the ``top`` most cited instruments, for a chart by year."""
    return [(year, row.label, count) for row in rows[:top] for year, count in row.years]


@dataclass(frozen=True)
class ProgressRow:
    """One target on the board, in the reader's language: every number with the sentence it was read in."""

    measure: str
    target: str
    deadline: int
    baseline: str
    baseline_year: int | None
    latest: str
    latest_year: int | None
    gap: str
    status: str
    status_label: str
    sources: tuple[str, ...]
    conflicting: bool
    progress: TargetProgress


def _number(value: float, row: TargetProgress, language: str) -> str:
    """A target's number written as its results are ("20 % GDP" beside "18,3 % GDP")."""
    figure = Figure(value, row.unit, None, "", None, row.deadline, "", "", row.kind, measure=row.measure)
    return figure_value_text(figure, language)


def progress_rows(progress: Sequence[TargetProgress], *, language: str = "vi") -> list[ProgressRow]:
    """The progress board: target and deadline, baseline, latest result and its year, the gap, the
    status in words, and where the target is set (an article, or a registry instrument)."""
    rows = []
    for row in progress:
        baseline, latest = row.baseline, row.latest
        named = Figure(
            row.target, row.unit, None, "", None, row.deadline, "", "", row.kind, measure=row.measure
        )
        measure = measure_text(replace(named, place=row.place), language=language) or row.measure
        rows.append(
            ProgressRow(
                measure=measure,
                target=_number(row.target, row, language),
                deadline=row.deadline,
                baseline=figure_value_text(baseline, language) if baseline else "—",
                baseline_year=baseline.year if baseline else None,
                latest=figure_value_text(latest, language) if latest else "—",
                latest_year=latest.year if latest else None,
                gap=_number(row.gap, row, language) if row.gap is not None else "—",
                status=row.status,
                status_label=translate(f"progress_{row.status}", language),
                sources=tuple(source.instrument or source.doc for source in row.sources),
                conflicting=row.conflicting,
                progress=row,
            )
        )
    return rows


def instruments_frame(rows: Sequence[InstrumentRow], language: str) -> pd.DataFrame:
    """The instruments by date of issue (undated ones last): symbol, kind, issuer, date, title, citations."""
    ordered = sorted(rows, key=lambda row: (row.issued is None, row.issued or date.min, row.key))
    return pd.DataFrame(
        {
            translate("instruments_pick", language): [row.label for row in ordered],
            translate("instruments_kind_filter", language): [row.kind for row in ordered],
            translate("instruments_col_issuer", language): [row.issuer or "" for row in ordered],
            translate("instruments_col_issued", language): [
                format_day(row.issued, language) if row.issued else "" for row in ordered
            ],
            translate("instruments_col_title", language): [row.title or "" for row in ordered],
            translate("instruments_col_mentions", language): [len(row.mentions) for row in ordered],
        }
    )


def progress_frame(rows: Sequence[ProgressRow], language: str) -> pd.DataFrame:
    """The progress board as a table: one row per target, with its status in words."""

    def year(value: str, at: int | None) -> str:
        return f"{value} ({at})" if at is not None else value

    return pd.DataFrame(
        {
            translate("progress_measure", language): [row.measure for row in rows],
            translate("progress_target", language): [row.target for row in rows],
            translate("progress_deadline", language): [row.deadline for row in rows],
            translate("progress_baseline", language): [year(row.baseline, row.baseline_year) for row in rows],
            translate("progress_latest", language): [year(row.latest, row.latest_year) for row in rows],
            translate("progress_gap", language): [row.gap for row in rows],
            translate("progress_status", language): [
                row.status_label + (" ⚠" if row.conflicting else "") for row in rows
            ],
            translate("progress_sources", language): [", ".join(row.sources) for row in rows],
        }
    )


def progress_share(row: ProgressRow) -> float | None:
    """How far along from the baseline to the target the latest result is, in percent (may pass 100 or
    fall below 0); None when the baseline is the latest result or equals the target."""
    progress = row.progress
    baseline, latest = progress.baseline, progress.latest
    if baseline is None or latest is None or progress.target == baseline.value or baseline is latest:
        return None
    return 100.0 * (latest.value - baseline.value) / (progress.target - baseline.value)
