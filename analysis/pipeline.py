"""From article files to a :class:`CorpusAnalysis`: per-document NLP (cached), then corpus summaries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from analysis.cache import AnalysisCache, CacheError
from analysis.documents import load_corpus
from analysis.figures import extract_figures
from analysis.nlp import split_sentences, tag_words
from analysis.priorities import compare_priorities, extract_priorities
from analysis.terms import count_terms, score_distinctive_terms
from analysis.themes import choose_official_theme, extract_themes
from analysis.timeline import extract_events, merge_timeline
from analysis.types import CorpusAnalysis, Document, DocumentAnalysis, LoadProblem, Sentence, YearSummary

ProgressCallback = Callable[[int, int, str], None]

BUNDLED_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def analyze_document(document: Document) -> DocumentAnalysis:
    """Run the NLP over one document: sentences, words, themes, priorities, figures, events.

    >>> analyze_document(build_document("a", "Năm 2023 có hơn 80.000 tổ.")).figures[0].value  # doctest: +SKIP
    80000.0
    """
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(document.body.split("\n")):
        for text in split_sentences(paragraph):
            sentences.append(Sentence(document.id, len(sentences), text, paragraph_index))
    # POS tags cost about 3.5 times plain segmentation; they pay here by keeping function words
    # out of the distinctive terms, and the result is cached per document.
    tagged = [tag_words(sentence.text) for sentence in sentences]
    tokens = tuple(tuple(word for word, _ in words) for words in tagged)
    tags = tuple(tuple(tag for _, tag in words) for words in tagged)
    priorities = tuple(extract_priorities(sentences, doc_year=document.year))
    # the figure grammar reads units from these tags; a priority list's count is not a figure
    figures = extract_figures(
        sentences,
        doc_year=document.year,
        tagged=list(zip(tokens, tags, strict=True)),
        list_headings=[priority.heading for priority in priorities],
    )
    return DocumentAnalysis(
        document=document,
        sentences=tuple(sentences),
        tokens=tokens,
        tags=tags,
        themes=tuple(extract_themes(sentences, doc_year=document.year)),
        priorities=priorities,
        figures=tuple(figures),
        events=tuple(extract_events(sentences, published=document.published, doc_year=document.year)),
    )


def corpus_years(analyses: Iterable[DocumentAnalysis]) -> list[int]:
    """The years the corpus is about, from its documents, sorted."""
    return sorted({analysis.document.year for analysis in analyses if analysis.document.year is not None})


def count_terms_by_year(analyses: Iterable[DocumentAnalysis]) -> dict[int, Counter[str]]:
    """Content-word counts per year of the documents about that year."""
    counts: dict[int, Counter[str]] = {}
    for analysis in analyses:
        if analysis.document.year is not None:
            year_counts = counts.setdefault(analysis.document.year, Counter())
            year_counts.update(count_terms(analysis.tokens, analysis.tags))
    return counts


def summarize_corpus(
    analyses: Sequence[DocumentAnalysis],
    *,
    problems: Sequence[LoadProblem] = (),
    analysed: Sequence[str] = (),
    from_cache: Sequence[str] = (),
    top_terms: int = 25,
) -> CorpusAnalysis:
    """Cross-document facts: per-year themes and terms, priority comparison, figures, timeline."""
    years = corpus_years(analyses)
    counts = count_terms_by_year(analyses)
    distinctive = score_distinctive_terms(counts, top=top_terms)
    all_themes = [theme for analysis in analyses for theme in analysis.themes]
    theme_years = sorted(set(years) | {theme.year for theme in all_themes})
    summaries = []
    for year in theme_years:
        themes = tuple(theme for theme in all_themes if theme.year == year)
        documents = tuple(analysis.document.id for analysis in analyses if analysis.document.year == year)
        words = sum(analysis.words for analysis in analyses if analysis.document.year == year)
        summaries.append(
            YearSummary(
                year, documents, choose_official_theme(themes), themes, distinctive.get(year, ()), words
            )
        )
    priorities = tuple(p for analysis in analyses for p in analysis.priorities)
    comparison, changes = compare_priorities(priorities, years=years)
    return CorpusAnalysis(
        documents=tuple(analyses),
        years=tuple(summaries),
        priorities=priorities,
        comparison=comparison,
        changes=changes,
        figures=tuple(figure for analysis in analyses for figure in analysis.figures),
        timeline=merge_timeline(event for analysis in analyses for event in analysis.events),
        problems=tuple(problems),
        analysed=tuple(analysed),
        from_cache=tuple(from_cache),
    )


def analyze_corpus(
    paths: Iterable[str | Path] | None = None,
    *,
    cache_path: Path | None = None,
    progress: ProgressCallback | None = None,
) -> CorpusAnalysis:
    """Analyse every article under ``paths`` (default: the bundled seeds), reusing cached results.

    Documents whose content, overrides, code and data files are unchanged come from the SQLite
    cache at ``cache_path`` (none when None); only new or changed ones are analysed again.

    >>> report = analyze_corpus(["seeds"], cache_path=None)  # doctest: +SKIP
    """
    documents, problems = load_corpus(list(paths) if paths is not None else [BUNDLED_SEEDS])
    problems = list(problems)
    cache = None
    if cache_path is not None:
        try:
            cache = AnalysisCache(cache_path)
        except CacheError as error:
            problems.append(LoadProblem(str(cache_path), str(error)))
    analyses: list[DocumentAnalysis] = []
    analysed: list[str] = []
    from_cache: list[str] = []
    try:
        for position, document in enumerate(documents):
            if progress is not None:
                progress(position, len(documents), document.id)
            cached = cache.get(document) if cache else None
            if cached is not None:
                analyses.append(cached)
                from_cache.append(document.id)
                continue
            result = analyze_document(document)
            analyses.append(result)
            analysed.append(document.id)
            if cache:
                cache.put(result)
    finally:
        if cache:
            cache.close()
    if progress is not None:
        progress(len(documents), len(documents), "")
    return summarize_corpus(analyses, problems=problems, analysed=analysed, from_cache=from_cache)
