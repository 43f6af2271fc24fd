"""What each dashboard view shows, computed from a :class:`CorpusAnalysis` and widget values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from analysis.pipeline import summarize_corpus
from analysis.priorities import compare_priorities, load_taxonomy
from analysis.scope import ALL_SCOPES, is_in_scope
from analysis.themes import choose_official_theme
from analysis.types import (
    CorpusAnalysis,
    DocumentAnalysis,
    Figure,
    PriorityChange,
    PriorityItem,
    PriorityList,
    Scope,
    YearSummary,
)


def filter_corpus(
    corpus: CorpusAnalysis,
    *,
    years: Iterable[int] | None,
    documents: Iterable[str] | None,
    scope: str = ALL_SCOPES,
) -> CorpusAnalysis:
    """The corpus restricted to the chosen years, documents and scope, with its summaries recomputed.

    Every view (pages, presentation mode, the deck, the report) shows what this returns: the one
    place that decides which facts are shown.

    Articles are kept by the year they are about (for themes, terms and word counts); dated facts
    are kept by their own year, whichever article states them: with 2023 chosen, the "80.000 tổ"
    counted at the end of 2023 shows even though its article is about 2024, and a 2024 article's
    figure for 2023 does not show under 2024. A fact without a year goes with its article's year.

    ``scope`` ("national", "province", "sector", "international" or "all") keeps each figure, list,
    theme and event of that scope, whichever article states it, and the words of the articles of that
    scope: under "national", a province's "Năm 2026, tỉnh xác định 5 nhiệm vụ" neither shows nor makes
    2026 a year to compare, while the national "100.000 tổ" its article cites still shows.
    """
    if years is None and documents is None and scope == ALL_SCOPES:
        # Nothing filtered: the summaries are the corpus's own, computed once already (recounting
        # them cost seconds on the dashboard's first run at 10,000 articles).
        return replace(corpus, analysed=(), from_cache=())
    year_set = set(years) if years is not None else None
    doc_set = set(documents) if documents is not None else None
    chosen = [a for a in corpus.documents if doc_set is None or a.document.id in doc_set]
    told = [a for a in chosen if is_in_scope(a.scope, scope)]  # articles whose words speak for the scope
    about_years = [a for a in told if year_set is None or a.document.year in year_set]
    everything = summarize_corpus(chosen, problems=corpus.problems) if doc_set or year_set else corpus
    if len(told) == len(corpus.documents):
        scored = corpus  # every article is of the scope: the terms are the corpus's own
    else:
        scored = summarize_corpus(told, problems=corpus.problems)
    doc_year = {a.document.id: a.document.year for a in chosen}

    def wanted(year: int | None, doc: str, fact_scope: Scope) -> bool:
        dated = year if year is not None else doc_year.get(doc)
        return is_in_scope(fact_scope, scope) and (year_set is None or dated in year_set)

    priorities = tuple(p for p in everything.priorities if wanted(p.year, p.doc, p.scope))
    stated = {a.document.year for a in about_years} | {p.year for p in priorities}
    compared = sorted(year_set) if year_set is not None else sorted(y for y in stated if y is not None)
    comparison, changes = compare_priorities(priorities, years=compared)
    summary = summarize_corpus(about_years, problems=corpus.problems) if year_set is not None else scored

    def in_scope_themes(year_summary: YearSummary) -> YearSummary:
        themes = tuple(t for t in year_summary.themes if is_in_scope(t.scope, scope))
        return replace(year_summary, themes=themes, official_theme=choose_official_theme(themes))

    # Each year keeps its terms scored against every other year of the chosen articles: scored
    # only against the other selected years, a single selected year would have nothing to stand out from.
    return replace(
        summary,
        # every chosen article stays readable: a province's article may cite the national figure shown
        documents=tuple(a for a in chosen if year_set is None or a.document.year in year_set),
        years=tuple(
            in_scope_themes(s)
            for s in scored.years
            if (year_set is None or s.year in year_set) and s.documents
        ),
        priorities=priorities,
        comparison=comparison,
        changes=changes,
        figures=tuple(f for f in everything.figures if wanted(f.year, f.doc, f.scope)),
        timeline=tuple(
            e
            for e in everything.timeline
            if is_in_scope(e.scope, scope) and (year_set is None or e.date.year in year_set)
        ),
        analysed=(),
        from_cache=(),
    )


def available_years(corpus: CorpusAnalysis) -> list[int]:
    """Years that at least one document is about, sorted (2025 appears once an article is about it)."""
    return sorted({a.document.year for a in corpus.documents if a.document.year is not None})


def statement_years(corpus: CorpusAnalysis) -> list[int]:
    """Years an article is about or states priorities for, sorted: a 2024 review that sets
    "3 nhiệm vụ trọng tâm" for 2025 makes 2025 a year to compare."""
    years = {summary.year for summary in corpus.years if summary.documents}
    years.update(priority.year for priority in corpus.priorities if priority.year is not None)
    return sorted(years)


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


def story_documents(corpus: CorpusAnalysis) -> tuple[DocumentAnalysis, ...]:
    """The articles a (filtered) corpus's story is drawn from: those its years are told by and those
    stating a fact it shows, in corpus order. An article with no year stays (no year rules it out).

    :func:`filter_corpus` keeps every chosen article readable, so under the scope "province" the
    seeds stay in ``corpus.documents``; a briefing on Bình Định is still drawn from Bình Định's
    article alone, not from the country's five.
    """
    told = {doc for summary in corpus.years for doc in summary.documents}
    stating = {f.doc for f in corpus.figures} | {p.doc for p in corpus.priorities}
    stating |= {e.doc for e in corpus.timeline} | {t.doc for s in corpus.years for t in s.themes}
    drawn_from = told | stating
    return tuple(a for a in corpus.documents if a.document.year is None or a.document.id in drawn_from)


def year_summary(corpus: CorpusAnalysis, year: int) -> YearSummary | None:
    """The summary of ``year`` (theme, themes, terms), or None when no article is about it."""
    return next((summary for summary in corpus.years if summary.year == year), None)


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
    priority: PriorityList

    @property
    def heading(self) -> str:
        """The list's heading as the article words it ("04 ưu tiên chính")."""
        return self.priority.heading

    @property
    def doc(self) -> str:
        return self.priority.doc


def items_for_cell(corpus: CorpusAnalysis, *, concept: str | None, year: int) -> list[CellItem]:
    """The items stated for ``year`` that map to ``concept``: what a click on a heatmap cell opens."""
    return [
        CellItem(year, concept, item, priority)
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


def group_priority_lists(lists: Sequence[PriorityList]) -> list[tuple[PriorityList, tuple[str, ...]]]:
    """Lists that state the same concepts in the same order, once, with every article stating them.

    Several articles repeat a year's list ("4 trụ cột" in three 2024 articles); a side-by-side
    view shows it once and says how many articles give it.
    """
    groups: dict[tuple[object, ...], tuple[PriorityList, list[str]]] = {}
    for priority in lists:
        concepts = tuple(item.concept for item in priority.items)
        key = (priority.year, concepts) if all(concepts) else (priority.year, priority.doc, priority.sentence)
        if key not in groups:
            groups[key] = (priority, [])
        if priority.doc not in groups[key][1]:
            groups[key][1].append(priority.doc)
    return [(first, tuple(docs)) for first, docs in groups.values()]


def changes_between(corpus: CorpusAnalysis, years: Sequence[int]) -> list[PriorityChange]:
    """What persisted, is new or was dropped from each chosen year to the next chosen year.

    "New" means stated for the first time among the chosen years: with 2022, 2023 and 2024
    shown, an area stated in 2022, left out in 2023 and stated again in 2024 is not new in 2024
    (see :func:`restated_between`).

    >>> [(c.from_year, c.to_year) for c in changes_between(corpus, [2022, 2024])]  # doctest: +SKIP
    [(2022, 2024)]
    """
    chosen = sorted(years)
    following = dict(pairwise(chosen))
    stated = {row.concept: set(row.years) for row in corpus.comparison}
    changes = []
    for change in corpus.changes:
        if following.get(change.from_year) != change.to_year:
            continue
        earlier = {year for year in chosen if year < change.from_year}
        new = tuple(c for c in change.new if not stated.get(c, set()) & earlier)
        changes.append(replace(change, new=new))
    return changes


def restated_between(corpus: CorpusAnalysis, change: PriorityChange, years: Sequence[int]) -> list[str]:
    """Areas stated again in ``change.to_year`` after a gap: absent in ``change.from_year`` but
    stated in an earlier chosen year."""
    earlier = {year for year in years if year < change.from_year}
    return [
        row.concept
        for row in corpus.comparison
        if change.to_year in row.years and change.from_year not in row.years and set(row.years) & earlier
    ]


def trend_term_options(corpus: CorpusAnalysis, suggested: Sequence[str], *, per_year: int = 12) -> list[str]:
    """Terms offered for the trend chart: the suggested ones first, then each year's top terms."""
    tops = (term.term for summary in corpus.years for term in summary.top_terms[:per_year])
    return list(dict.fromkeys([*suggested, *tops]))


def default_cell(
    concepts: Sequence[str], counts: Sequence[Sequence[int]], years: Sequence[int]
) -> tuple[str, int] | None:
    """The heatmap cell a page opens on: the latest year with any stated priority, and its most
    stated concept (taxonomy order breaks ties); None when the matrix is empty.

    >>> default_cell(["a", "b"], [[1, 0], [2, 0]], [2023, 2024])
    ('b', 2023)
    """
    for column in range(len(years) - 1, -1, -1):
        column_counts = [row[column] for row in counts]
        if any(column_counts):
            best = max(range(len(concepts)), key=lambda row: (column_counts[row], -row))
            return concepts[best], years[column]
    return None
