"""What each dashboard view shows, computed from a :class:`CorpusAnalysis` and widget values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from analysis.pipeline import summarize_corpus
from analysis.priorities import load_taxonomy
from analysis.types import CorpusAnalysis, DocumentAnalysis, Figure, PriorityItem, PriorityList, YearSummary


def filter_corpus(
    corpus: CorpusAnalysis, *, years: Iterable[int] | None, documents: Iterable[str] | None
) -> CorpusAnalysis:
    """The corpus restricted to the chosen years and documents, with its summaries recomputed.

    Documents whose year is unknown stay in while no year filter excludes them explicitly
    (``years=None``); distinctive terms are rescored against the remaining years only. Dated facts
    of the kept articles that are about another year (a 2024 article's figure for 2023, an event
    dated 2023) leave with that year; facts without a year stay with their article.
    """
    year_set = set(years) if years is not None else None
    doc_set = set(documents) if documents is not None else None
    kept = [
        analysis
        for analysis in corpus.documents
        if (doc_set is None or analysis.document.id in doc_set)
        and (year_set is None or analysis.document.year in year_set)
    ]
    filtered = summarize_corpus(kept, problems=corpus.problems)
    if year_set is None:
        return filtered
    return replace(
        filtered,
        years=tuple(summary for summary in filtered.years if summary.year in year_set),
        priorities=tuple(p for p in filtered.priorities if p.year is None or p.year in year_set),
        figures=tuple(f for f in filtered.figures if f.year is None or f.year in year_set),
        timeline=tuple(event for event in filtered.timeline if event.date.year in year_set),
    )


def available_years(corpus: CorpusAnalysis) -> list[int]:
    """Years that at least one document is about, sorted (2025 appears once an article is about it)."""
    return sorted({a.document.year for a in corpus.documents if a.document.year is not None})


def default_compare_years(years: Sequence[int], *, count: int = 3) -> list[int]:
    """The latest ``count`` years of the corpus (2022, 2023, 2024 on the seeds).

    >>> default_compare_years([2020, 2022, 2023, 2024])
    [2022, 2023, 2024]
    """
    return sorted(years)[-count:]


def document_titles(corpus: CorpusAnalysis) -> dict[str, str]:
    """Document id → title, for pickers and source links."""
    return {analysis.document.id: analysis.document.title for analysis in corpus.documents}


def document_labels(corpus: CorpusAnalysis) -> dict[str, str]:
    """Document id → a label unique in the corpus (the title; the id added where titles repeat).

    The label is what pickers show and what a shared link carries.
    """
    titles = document_titles(corpus)
    counts: dict[str, int] = {}
    for title in titles.values():
        counts[title] = counts.get(title, 0) + 1
    return {
        doc_id: title if counts[title] == 1 and title else f"{title} ({doc_id})"
        for doc_id, title in titles.items()
    }


def find_document(corpus: CorpusAnalysis, doc_id: str) -> DocumentAnalysis | None:
    """The analysis of one document, or None when it is not in the (filtered) corpus."""
    return next((a for a in corpus.documents if a.document.id == doc_id), None)


def year_summary(corpus: CorpusAnalysis, year: int) -> YearSummary | None:
    """The summary of ``year`` (theme, themes, terms), or None when no article is about it."""
    return next((summary for summary in corpus.years if summary.year == year), None)


def select_key_figures(corpus: CorpusAnalysis, *, limit: int = 8) -> list[Figure]:
    """The figures worth a metric card: one per distinct value and unit.

    Figures about a named domain entity ("80.000 tổ" of Tổ công nghệ số cộng đồng) lead, then
    recent years; percentages come after counts; ties keep the order the articles state them in.
    """
    seen: set[tuple[float, str]] = set()
    unique = []
    for figure in corpus.figures:
        key = (figure.value, figure.unit.casefold())
        if key not in seen:
            seen.add(key)
            unique.append(figure)
    unique.sort(key=lambda figure: (figure.subject is None, figure.unit == "%", -(figure.year or 0)))
    return unique[:limit]


def priorities_for_year(corpus: CorpusAnalysis, year: int) -> list[PriorityList]:
    """Priority lists stated for ``year``."""
    return [priority for priority in corpus.priorities if priority.year == year]


def figures_for_year(corpus: CorpusAnalysis, year: int) -> list[Figure]:
    """Figures that refer to ``year``."""
    return [figure for figure in corpus.figures if figure.year == year]


@dataclass(frozen=True)
class CellItem:
    """A priority item behind one cell of the concept × year matrix, with its list and source."""

    year: int
    concept: str | None
    item: PriorityItem
    heading: str
    doc: str


def items_for_cell(corpus: CorpusAnalysis, *, concept: str | None, year: int) -> list[CellItem]:
    """The items stated for ``year`` that map to ``concept``: what a click on a heatmap cell opens."""
    return [
        CellItem(year, concept, item, priority.heading, priority.doc)
        for priority in corpus.priorities
        if priority.year == year
        for item in priority.items
        if item.concept == concept
    ]


def priority_matrix(corpus: CorpusAnalysis, years: Sequence[int]) -> tuple[list[str], list[list[int]]]:
    """Concept ids (taxonomy order, only those stated in some year) and, per year, how many
    articles state a priority in that concept (an article repeating a list counts once)."""
    stated: dict[str, dict[int, set[str]]] = {}
    for priority in corpus.priorities:
        if priority.year not in years:
            continue
        for item in priority.items:
            if item.concept:
                stated.setdefault(item.concept, {}).setdefault(priority.year, set()).add(priority.doc)
    concepts = [concept.id for concept in load_taxonomy() if concept.id in stated]
    return concepts, [[len(stated[concept].get(year, ())) for year in years] for concept in concepts]
