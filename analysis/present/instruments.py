"""View data for the instruments cited and the progress board: one row per instrument (its mentions,
the articles and years citing it), per year, and one row per target, in the reader's language.

Nothing here draws: the page, the Markdown brief and the deck lay out what these functions return.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from analysis.instruments import issuer_name, kind_name, load_registry
from analysis.present.figures import figure_value_text
from analysis.present.i18n import translate
from analysis.report import format_value
from analysis.types import InstrumentMention, TargetProgress

_MENTION_FIELDS = {field.name for field in fields(InstrumentMention)}


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


def mention_from_report(row: Mapping[str, Any]) -> InstrumentMention:
    """A citation of the JSON report as the :class:`~analysis.types.InstrumentMention` it was written from."""
    values = {key: value for key, value in row.items() if key in _MENTION_FIELDS}
    if values.get("issued"):
        values["issued"] = date.fromisoformat(values["issued"])
    return InstrumentMention(**values)


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
                kind=kind_name(kind, language=language),
                issuer=issuer_name(issuer, language=language),
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


def _number(value: float, unit: str, language: str) -> str:
    number = format_value(value, language)
    return f"{number}{unit}" if unit.startswith("%") else f"{number} {unit}".strip()


def progress_rows(progress: Sequence[TargetProgress], *, language: str = "vi") -> list[ProgressRow]:
    """The progress board: target and deadline, baseline, latest result and its year, the gap, the
    status in words, and where the target is set (an article, or a registry instrument)."""
    rows = []
    for row in progress:
        baseline, latest = row.baseline, row.latest
        measure = " · ".join(part for part in (row.measure, row.place) if part)
        rows.append(
            ProgressRow(
                measure=measure,
                target=_number(row.target, row.unit, language),
                deadline=row.deadline,
                baseline=figure_value_text(baseline, language) if baseline else "—",
                baseline_year=baseline.year if baseline else None,
                latest=figure_value_text(latest, language) if latest else "—",
                latest_year=latest.year if latest else None,
                gap=_number(row.gap, row.unit, language) if row.gap is not None else "—",
                status=row.status,
                status_label=translate(f"progress_{row.status}", language),
                sources=tuple(source.instrument or source.doc for source in row.sources),
                conflicting=row.conflicting,
                progress=row,
            )
        )
    return rows
