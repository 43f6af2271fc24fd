"""From article files to a :class:`CorpusAnalysis`: per-document NLP (cached), then corpus summaries."""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path

from analysis.cache import AnalysisCache, CacheError, cache_key
from analysis.documents import ReadMemo, load_corpus
from analysis.figures import extract_figures
from analysis.instruments import extract_instruments
from analysis.intake import text_key
from analysis.nlp import split_sentences, tag_words
from analysis.priorities import compare_priorities, extract_priorities
from analysis.read.problems import make_problem
from analysis.scope import scope_analysis
from analysis.store import CorpusStore, StoreError
from analysis.terms import count_terms, score_distinctive_terms
from analysis.themes import choose_official_theme, extract_themes
from analysis.timeline import extract_events, merge_timeline
from analysis.types import CorpusAnalysis, Document, DocumentAnalysis, LoadProblem, Sentence, YearSummary

ProgressCallback = Callable[[int, int, str], None]
_COMMIT_EVERY = 64  # cached results are committed in batches: one commit per document cost more than a parse


def _bundled_seeds() -> Path:
    # Installed, the seeds are package data beside this module; in a source checkout they are
    # the repository's seeds/ folder.
    here = Path(__file__).resolve().parent
    installed = here / "seeds"
    return installed if installed.is_dir() else here.parent / "seeds"


BUNDLED_SEEDS = _bundled_seeds()


def analyze_document(document: Document) -> DocumentAnalysis:
    """Run the NLP over one document: sentences, words, themes, priorities, figures, events, instruments.

    >>> analyze_document(build_document("a", "Năm 2023 có hơn 80.000 tổ.")).figures[0].value  # doctest: +SKIP
    80000.0
    """
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(document.body.split("\n")):
        for text in split_sentences(paragraph):
            sentences.append(Sentence(document.id, len(sentences), text, paragraph_index))
    # POS tags keep function words out of the distinctive terms. Words and tags are counted here,
    # once, and not kept: the summaries need only the counts.
    tagged = [tag_words(sentence.text) for sentence in sentences]
    tokens = [[word for word, _ in words] for words in tagged]
    tags = [[tag for _, tag in words] for words in tagged]
    terms = count_terms(tokens, tags)
    priorities = tuple(extract_priorities(sentences, doc_year=document.year))
    # the figure grammar reads units from these tags; a priority list's count is not a figure
    figures = extract_figures(
        sentences,
        doc_year=document.year,
        tagged=[(tuple(words), tuple(word_tags)) for words, word_tags in zip(tokens, tags, strict=True)],
        list_headings=[priority.heading for priority in priorities],
        outlet=document.outlet,
        title=document.title,
    )
    # A number of hundreds of digits is no statistic, and has no finite float value.
    figures = [f for f in figures if math.isfinite(f.value)]
    return scope_analysis(
        DocumentAnalysis(
            document=document,
            sentences=tuple(sentences),
            terms=tuple(sorted(terms.items(), key=lambda item: (-item[1], item[0]))),
            words=sum(1 for words in tokens for word in words if any(char.isalnum() for char in word)),
            themes=tuple(extract_themes(sentences, doc_year=document.year)),
            priorities=priorities,
            figures=tuple(figures),
            events=tuple(extract_events(sentences, published=document.published, doc_year=document.year)),
            instruments=tuple(extract_instruments(sentences, doc=document.id)),
        )
    )


# Below this many documents a process pool costs more than it saves: each worker starts a fresh
# Python and loads underthesea's models (about 1.5 s of CPU) before its first document.
POOL_MIN_DOCUMENTS = 32
WORKERS_ENV = "DXPOLICY_WORKERS"


def default_workers() -> int:
    """Processes for a cold analysis: ``$DXPOLICY_WORKERS`` if set, else the usable CPUs."""
    configured = os.environ.get(WORKERS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _load_models() -> None:
    tag_words("Khởi động")  # load the segmentation and POS models before the first document


# A worker runs this much lower than the process that started it, so a dashboard's script threads
# keep getting the CPU while a corpus is re-analysed behind them.
WORKER_NICENESS = 10
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_PARENT_POLL_S = 0.5


def _exit_with(parent: int) -> None:
    """End this worker as soon as ``parent`` is gone: a pool never outlives a killed command."""
    if sys.platform.startswith("linux"):
        # The kernel kills the worker when the thread that started it ends. The workers are started
        # by the thread that runs the pool for its whole life, so that is when the parent ends.
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(1)

    def watch() -> None:  # elsewhere (and should prctl be refused) the worker notices on its own
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watcher", daemon=True).start()


def start_worker(parent: int) -> None:
    """A pool worker's first act: die with ``parent``, yield the CPU to it, load the models."""
    _exit_with(parent)
    with contextlib.suppress(OSError, AttributeError):  # os.nice is POSIX only
        os.nice(WORKER_NICENESS)
    _load_models()


def analyze_or_report(document: Document) -> DocumentAnalysis | LoadProblem:
    """The document's analysis, or the problem that stopped it: one document never takes the corpus down."""
    try:
        return analyze_document(document)
    except Exception as error:
        reason = f"{type(error).__name__}: {error}"[:160]
        name = document.path or document.id
        return make_problem(name, "analysis_failed", name=name, reason=reason)


def analyze_documents(
    documents: Sequence[Document],
    *,
    workers: int | None = None,
    progress: Callable[[int, Document], None] | None = None,
    isolate: bool = False,
) -> Iterator[DocumentAnalysis | LoadProblem]:
    """Analyse ``documents``, yielding results in their order; ``progress(done, document)`` after each.
    A document whose analysis fails yields its :class:`LoadProblem` instead.

    With ``workers`` > 1 (default: :func:`default_workers`) and at least ``POOL_MIN_DOCUMENTS``
    documents, they are spread over a pool of processes; the results are the same as one by one.
    ``isolate`` sends even a single document to a worker process (a server keeps its own threads
    free for its visitors). If the pool cannot start or a worker dies, the remaining documents are
    analysed here.

    >>> [a.document.id for a in analyze_documents([doc_a, doc_b], workers=1)]  # doctest: +SKIP
    ['a', 'b']
    """
    workers = default_workers() if workers is None else workers
    done = 0
    pooled = (workers > 1 and len(documents) >= POOL_MIN_DOCUMENTS) or (isolate and len(documents) > 0)
    if pooled:
        processes = max(1, min(workers, len(documents)))  # a worker with nothing to do still loads models
        chunk = max(1, min(8, len(documents) // (processes * 8)))
        try:
            # "spawn": forking a process that runs threads (the dashboard does) can deadlock.
            with ProcessPoolExecutor(
                processes, mp_context=get_context("spawn"), initializer=start_worker, initargs=(os.getpid(),)
            ) as pool:
                for result in pool.map(analyze_or_report, documents, chunksize=chunk):
                    done += 1
                    if progress is not None:
                        progress(done, documents[done - 1])
                    yield result
        except (OSError, BrokenProcessPool):
            pass  # carry on in this process with whatever is left
    for document in documents[done:]:
        result = analyze_or_report(document)
        done += 1
        if progress is not None:
            progress(done, document)
        yield result


def corpus_years(analyses: Iterable[DocumentAnalysis]) -> list[int]:
    """The years the corpus is about, from its documents, sorted."""
    return sorted({analysis.document.year for analysis in analyses if analysis.document.year is not None})


def count_terms_by_year(analyses: Iterable[DocumentAnalysis]) -> dict[int, Counter[str]]:
    """Content-word counts per year of the documents about that year (counted once per document)."""
    counts: dict[int, Counter[str]] = {}
    for analysis in analyses:
        if analysis.document.year is not None:
            year_counts = counts.setdefault(analysis.document.year, Counter())
            year_counts.update(dict(analysis.terms))
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
    # a year a list is stated for counts even with no article about it (a 2024 review setting 2025's tasks)
    stated_years = sorted(set(years) | {p.year for p in priorities if p.year is not None})
    comparison, changes = compare_priorities(priorities, years=stated_years)
    return CorpusAnalysis(
        documents=tuple(analyses),
        years=tuple(summaries),
        priorities=priorities,
        comparison=comparison,
        changes=changes,
        figures=tuple(figure for analysis in analyses for figure in analysis.figures),
        timeline=merge_timeline(event for analysis in analyses for event in analysis.events),
        instruments=tuple(mention for analysis in analyses for mention in analysis.instruments),
        problems=tuple(problems),
        analysed=tuple(analysed),
        from_cache=tuple(from_cache),
    )


def load_documents(
    paths: Iterable[str | Path],
    *,
    store_path: Path | None = None,
    memo: ReadMemo | None = None,
    recursive: bool = True,
) -> tuple[list[Document], list[LoadProblem]]:
    """The documents in ``paths`` (ids = file stems) followed by those in the store.

    An article already read under another name or format is reported as a duplicate and counted
    once; a store that cannot be opened, and each damaged record in it, is reported and the rest
    still loads. ``memo`` spares
    re-reading unchanged files (see :func:`analysis.documents.load_corpus`).
    """
    loaded, folder_problems = load_corpus(paths, memo=memo, recursive=recursive)
    problems = list(folder_problems)
    candidates = list(loaded)
    if store_path is not None:
        try:
            with CorpusStore(store_path) as store:
                stored, damaged = store.read_documents()
            candidates.extend(stored)
            problems.extend(damaged)
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


def known_documents(paths: Iterable[str | Path], *, cache_path: Path | None = None) -> dict[str, str]:
    """Text keys of the documents in ``paths`` (seeds, folders) mapped to their ids; with a
    ``cache_path``, files unchanged since the last load are not read again.

    >>> known_documents(["seeds"])["…"]  # doctest: +SKIP
    '000_bad03276209439be'
    """
    cache = None
    if cache_path is not None:
        with contextlib.suppress(CacheError):  # an unusable cache costs speed, never the answer
            cache = AnalysisCache(cache_path)
    try:
        documents, _ = load_corpus(paths, memo=cache)
    finally:
        if cache:
            cache.close()
    return {text_key(document): document.id for document in documents}


def _reused(
    documents: Sequence[Document], reuse: Mapping[str, DocumentAnalysis]
) -> list[DocumentAnalysis | None]:
    if not reuse:
        return [None] * len(documents)
    return [reuse.get(cache_key(document)) for document in documents]


def analyze_corpus(
    paths: Iterable[str | Path] | None = None,
    *,
    store_path: Path | None = None,
    cache_path: Path | None = None,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    recursive: bool = True,
    isolate: bool = False,
    reuse: Mapping[str, DocumentAnalysis] | None = None,
) -> CorpusAnalysis:
    """Analyse every article under ``paths`` (default: the bundled seeds; folders with their
    subfolders unless ``recursive`` is False) and in the store.

    Documents whose content, overrides, code and data files are unchanged come from the SQLite
    cache at ``cache_path`` (none when None); only new or changed ones are analysed again, over
    ``workers`` processes (see :func:`analyze_documents`, also for ``isolate``). A document whose
    analysis fails is reported and left out; the others are still analysed. ``reuse`` holds
    analyses already in memory by their :func:`~analysis.cache.cache_key` (a server's current
    corpus): those documents are neither read from the cache nor analysed again.
    ``progress(done, total, doc_id)`` is called once the cache has been read and after each
    analysed document.

    >>> report = analyze_corpus(["seeds"], cache_path=None)  # doctest: +SKIP
    """
    problems: list[LoadProblem] = []
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
    results: list[DocumentAnalysis | None] = []
    missing: list[Document] = []
    try:
        documents, load_problems = load_documents(
            list(paths) if paths is not None else [BUNDLED_SEEDS],
            store_path=store_path,
            memo=cache,
            recursive=recursive,
        )
        problems[:0] = load_problems  # reading problems first, as they happened
        if cache:
            cache.commit()  # the remembered readings, before a long analysis holds the file
        results = _reused(documents, reuse or {})
        unknown = [document for document, result in zip(documents, results, strict=True) if result is None]
        cached = iter(cache.get_many(unknown) if cache else [None] * len(unknown))
        results = [result if result is not None else next(cached) for result in results]
        missing = [document for document, cached in zip(documents, results, strict=True) if cached is None]
        from_cache = [document.id for document, result in zip(documents, results, strict=True) if result]
        if progress is not None:
            progress(len(from_cache), len(documents), "")

        def report(done: int, document: Document) -> None:
            if progress is not None:
                progress(len(from_cache) + done, len(documents), document.id)

        fresh: dict[str, DocumentAnalysis] = {}
        for result in analyze_documents(missing, workers=workers, progress=report, isolate=isolate):
            if isinstance(result, LoadProblem):
                problems.append(result)
                continue
            fresh[result.document.id] = result
            if cache:
                cache.put(result, commit=len(fresh) % _COMMIT_EVERY == 0)
    finally:
        if cache:
            cache.close()  # commits what is left
    analyses = [
        result or fresh[document.id]
        for document, result in zip(documents, results, strict=True)
        if result or document.id in fresh
    ]
    analysed = [document.id for document in missing if document.id in fresh]
    if progress is not None:
        progress(len(documents), len(documents), "")
    return summarize_corpus(analyses, problems=problems, analysed=analysed, from_cache=from_cache)
