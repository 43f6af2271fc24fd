"""From article files to a :class:`CorpusAnalysis`: per-document NLP (cached), then corpus summaries."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from analysis.cache import AnalysisCache, CacheError
from analysis.documents import load_corpus
from analysis.figures import extract_figures
from analysis.nlp import split_sentences, tag_words
from analysis.priorities import compare_priorities, extract_priorities
from analysis.read.problems import make_problem
from analysis.store import CorpusStore, StoreError, text_key
from analysis.terms import count_terms, score_distinctive_terms
from analysis.themes import choose_official_theme, extract_themes
from analysis.timeline import extract_events, merge_timeline
from analysis.types import CorpusAnalysis, Document, DocumentAnalysis, LoadProblem, Sentence, YearSummary

ProgressCallback = Callable[[int, int, str], None]


def _bundled_seeds() -> Path:
    # Installed, the seeds are package data beside this module; in a source checkout they are
    # the repository's seeds/ folder.
    here = Path(__file__).resolve().parent
    installed = here / "seeds"
    return installed if installed.is_dir() else here.parent / "seeds"


BUNDLED_SEEDS = _bundled_seeds()


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
    # A number of hundreds of digits is no statistic, and has no finite float value.
    figures = [f for f in figures if math.isfinite(f.value)]
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


def load_documents(
    paths: Iterable[str | Path], *, store_path: Path | None = None
) -> tuple[list[Document], list[LoadProblem]]:
    """The documents in ``paths`` (ids = file stems) followed by those in the store.

    An article already read under another name or format is reported as a duplicate and counted
    once; a store that cannot be opened is reported and the folders still load.
    """
    loaded, folder_problems = load_corpus(paths)
    problems = list(folder_problems)
    candidates = list(loaded)
    if store_path is not None:
        try:
            with CorpusStore(store_path) as store:
                candidates.extend(store.documents())
        except StoreError as error:
            problems.append(error.problem)
    documents: list[Document] = []
    ids: set[str] = set()
    keys: dict[str, str] = {}
    for document in candidates:
        key = text_key(document)
        if document.id in ids:
            problems.append(make_problem(document.path, "same_id", name=document.path, other=document.id))
        elif key in keys:
            problems.append(make_problem(document.path, "duplicate", name=document.path, other=keys[key]))
        else:
            documents.append(document)
            ids.add(document.id)
            keys[key] = document.id
    return documents, problems


def known_documents(paths: Iterable[str | Path]) -> dict[str, str]:
    """Text keys of the documents in ``paths`` (seeds, folders) mapped to their ids."""
    documents, _ = load_corpus(paths)
    return {text_key(document): document.id for document in documents}


def analyze_corpus(
    paths: Iterable[str | Path] | None = None,
    *,
    store_path: Path | None = None,
    cache_path: Path | None = None,
    progress: ProgressCallback | None = None,
) -> CorpusAnalysis:
    """Analyse every article under ``paths`` (default: the bundled seeds) and in the store.

    Documents whose content, overrides, code and data files are unchanged come from the SQLite
    cache at ``cache_path`` (none when None); only new or changed ones are analysed again. A
    document whose analysis fails is reported and left out; the others are still analysed.

    >>> report = analyze_corpus(["seeds"], cache_path=None)  # doctest: +SKIP
    """
    documents, problems = load_documents(
        list(paths) if paths is not None else [BUNDLED_SEEDS], store_path=store_path
    )
    cache = None
    if cache_path is not None:
        try:
            cache = AnalysisCache(cache_path)
        except CacheError as error:
            problems.append(
                make_problem(
                    str(cache_path), "cache_unusable", kept=True, name=cache_path, reason=error.reason
                )
            )
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
            try:
                result = analyze_document(document)
            except Exception as error:  # one document's failure never takes the corpus down
                reason = f"{type(error).__name__}: {error}"[:160]
                problems.append(
                    make_problem(
                        document.path or document.id,
                        "analysis_failed",
                        name=document.path or document.id,
                        reason=reason,
                    )
                )
                continue
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
