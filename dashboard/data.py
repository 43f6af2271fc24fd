"""The dashboard's shared data: the analysed corpus and its costly views, and the few cached helpers.

The corpus and every view computed from it live in a memo of this module, guarded by a lock and
shared read-only by all sessions. Not in ``st.cache_data`` or ``st.cache_resource``: any browser may
send Streamlit's "clear cache" message, which empties those for every visitor at once. After a
change to the articles the new corpus is analysed on a background thread (its NLP in a worker
process), while every session keeps being served the last good corpus; see :func:`serve_corpus`.
Widget values come in as arguments, so each distinct choice is kept on its own; figures are built
fresh by the pages and never kept, so no run can mutate another run's chart.
"""

from __future__ import annotations

import gc
import os
import re
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import pandas as pd
import streamlit as st

from analysis.cache import cache_key, default_cache_path
from analysis.curation import figure_key
from analysis.intake import Candidate, prepare_files
from analysis.kwic import Collocate, find_keyword_in_context, top_collocates
from analysis.library import corpus_fingerprint, user_corpus_dir
from analysis.pipeline import BUNDLED_SEEDS, ProgressCallback, analyze_corpus, count_terms_by_year
from analysis.pipeline import known_documents as pipeline_known_documents
from analysis.present.curate import CuratedFigures, curate_key_figures
from analysis.present.figures import (
    Disagreement,
    MeasureSeries,
    figures_frame,
    find_disagreements,
    measure_series,
)
from analysis.present.instruments import InstrumentRow, ProgressRow, progress_rows, summarize_instruments
from analysis.present.links import document_keys
from analysis.present.selection import document_labels, document_titles, filter_corpus, year_summary
from analysis.present.tables import documents_per_year_outlet, documents_table, to_csv_bytes
from analysis.present.terms import (
    TermRow,
    TrendPoint,
    distinctive_term_rows,
    documents_by_year,
    term_trend_points,
)
from analysis.present.wordcloud import WordBox, layout_wordcloud, render_wordcloud
from analysis.progress import track_progress
from analysis.read import SUPPORTED_SUFFIXES
from analysis.scope import ALL_SCOPES, DEFAULT_SCOPE, is_in_scope
from analysis.store import CorpusStore, StoreError, default_store_path
from analysis.text import public_text
from analysis.types import CorpusAnalysis, Curation, Figure, KeywordHit, LoadProblem

CORPUS_ENV = "DXPOLICY_CORPUS"
NO_SEEDS_ENV = "DXPOLICY_NO_SEEDS"
T = TypeVar("T")


def corpus_paths() -> tuple[str, ...]:
    """The bundled seeds, any folders in ``$DXPOLICY_CORPUS`` (separated by the OS path separator)
    and the user's own folder of added articles once it holds any."""
    extra = [
        str(Path(part).expanduser())
        for part in os.environ.get(CORPUS_ENV, "").split(os.pathsep)
        if part.strip()
    ]
    seeds = [] if os.environ.get(NO_SEEDS_ENV) else [str(BUNDLED_SEEDS)]
    # Articles that earlier versions saved as loose files are still read, so nothing is lost.
    user = user_corpus_dir()
    own = (
        [str(user)]
        if user.is_dir() and any(p.suffix.lower() in SUPPORTED_SUFFIXES for p in user.iterdir())
        else []
    )
    return tuple(dict.fromkeys(seeds + extra + own))


def cache_file() -> str:
    return str(default_cache_path())


def store_file() -> str:
    """The document store (``$DXPOLICY_STORE`` or the user data folder)."""
    return str(default_store_path())


def public(text: str) -> str:
    """``text`` as a visitor may see it: no folder of this server (store, cache, article folders)."""
    return public_text(
        text, hidden=[store_file(), cache_file(), *corpus_paths(), str(user_corpus_dir()), str(Path.home())]
    )


# How long a corpus fingerprint is reused by every session: one directory scan and one store query
# per second, not one per rerun of each of fifty visitors. A save here forgets it at once.
FINGERPRINT_TTL_S = 1.0
_fingerprints: dict[tuple[tuple[str, ...], str], tuple[float, str]] = {}
_fingerprints_lock = threading.Lock()


def current_fingerprint(paths: tuple[str, ...]) -> str:
    """The fingerprint of the articles under ``paths`` and in the store (at most a second old)."""
    key = (paths, store_file())
    now = time.monotonic()
    with _fingerprints_lock:
        known = _fingerprints.get(key)
    if known and now - known[0] < FINGERPRINT_TTL_S:
        return known[1]
    fingerprint = corpus_fingerprint(paths, store_path=Path(store_file()))
    with _fingerprints_lock:
        _fingerprints[key] = (now, fingerprint)
    return fingerprint


def forget_fingerprint() -> None:
    """After a save, correction or removal here: the next look sees the change."""
    with _fingerprints_lock:
        _fingerprints.clear()


@dataclass(frozen=True)
class ServedCorpus:
    """The corpus a run shows, with the fingerprint that names it in the view functions below."""

    corpus: CorpusAnalysis
    fingerprint: str
    updating: bool  # a newer corpus is being analysed; this one is the last good one
    update_failed: str | None = None  # why the newest articles could not be analysed (public text)


_CORPORA_KEPT = 2  # the one served and the one a run that started before the swap still reads
_VIEWS_KEPT = 512


class _CorpusMemo:
    """One source of articles (folders, store, cache): its analysed corpus, the views computed from
    it, and the background update. Every field is read and written under ``lock``."""

    def __init__(self, paths: tuple[str, ...], cache_path: str, store_path: str) -> None:
        self.paths, self.cache_path, self.store_path = paths, cache_path, store_path
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        self.first_load = threading.Lock()  # a second session waits for the first analysis
        self.corpora: OrderedDict[str, CorpusAnalysis] = OrderedDict()  # by fingerprint, newest last
        self.current: str | None = None
        self.wanted: str | None = None
        self.updater: threading.Thread | None = None
        self.failed: dict[str, str] = {}
        self.views: OrderedDict[Hashable, object] = OrderedDict()
        self.computing: dict[Hashable, threading.Event] = {}

    def analyse(
        self,
        progress: ProgressCallback | None = None,
        *,
        isolate: bool = False,
        reuse: CorpusAnalysis | None = None,
    ) -> CorpusAnalysis:
        return analyze_corpus(
            list(self.paths),
            store_path=Path(self.store_path),
            cache_path=Path(self.cache_path),
            progress=progress,
            isolate=isolate,
            # the articles that did not change are taken from the corpus served now: no unpickling,
            # and the old and new corpora share them in memory
            reuse={cache_key(a.document): a for a in reuse.documents} if reuse is not None else None,
        )

    def install(self, fingerprint: str, corpus: CorpusAnalysis) -> None:
        """Serve ``corpus`` from now on (called under ``lock``); views of dropped corpora go."""
        self.corpora[fingerprint] = corpus
        self.corpora.move_to_end(fingerprint)
        while len(self.corpora) > _CORPORA_KEPT:
            self.corpora.popitem(last=False)
        self.current = fingerprint
        for key in [key for key in self.views if key[0] not in self.corpora]:  # type: ignore[index]
            del self.views[key]
        # A corpus lives until the next change: the cyclic collector need not scan its millions of
        # objects again on every full collection (freeing it later still works by reference count).
        gc.freeze()

    def served(self, fingerprint: str) -> ServedCorpus:
        assert self.current is not None
        return ServedCorpus(
            self.corpora[self.current],
            self.current,
            updating=self.updater is not None,
            update_failed=self.failed.get(fingerprint) if fingerprint != self.current else None,
        )

    def request(self, fingerprint: str) -> None:
        """Have the corpus of ``fingerprint`` analysed in the background (called under ``lock``)."""
        if fingerprint == self.current or fingerprint in self.failed:
            return
        self.wanted = fingerprint
        if self.updater is None:
            self.updater = threading.Thread(target=self.update, name="corpus-update", daemon=True)
            self.updater.start()

    def update(self) -> None:
        """The background update: analyse until the newest fingerprint asked for is served."""
        while True:
            with self.lock:
                target = self.wanted
                served = self.corpora.get(self.current) if self.current else None
            assert target is not None
            try:
                # The NLP of new articles runs in a lowered worker process: this server's threads
                # only read the cache and summarise, and keep serving visitors meanwhile.
                corpus: CorpusAnalysis | None = self.analyse(isolate=True, reuse=served)
                reason = None
            except Exception as error:  # kept as a notice; the last good corpus stays served
                corpus, reason = None, public(f"{type(error).__name__}: {error}")
            with self.lock:
                if corpus is not None:
                    self.install(target, corpus)
                elif reason is not None:
                    self.failed[target] = reason
                if self.wanted == target:
                    self.updater = None
                    self.changed.notify_all()
                    return


_MEMOS_KEPT = 2
_memos: OrderedDict[tuple[tuple[str, ...], str, str], _CorpusMemo] = OrderedDict()
_memos_lock = threading.Lock()


def _memo(paths: tuple[str, ...], cache_path: str) -> _CorpusMemo:
    key = (paths, cache_path, store_file())
    with _memos_lock:
        memo = _memos.get(key)
        if memo is None:
            memo = _memos[key] = _CorpusMemo(*key)
            while len(_memos) > _MEMOS_KEPT:
                _memos.popitem(last=False)
        _memos.move_to_end(key)
        return memo


def forget_corpora() -> None:
    """Drop every memo (tests start cold); an update still running finishes into a dropped memo."""
    with _memos_lock:
        _memos.clear()
    forget_fingerprint()


def corpus_loaded(paths: tuple[str, ...], cache_path: str) -> bool:
    """Whether a corpus is already in memory (then serving it costs nothing and shows nothing)."""
    memo = _memo(paths, cache_path)
    with memo.lock:
        return memo.current is not None


def serve_corpus(
    paths: tuple[str, ...], cache_path: str, fingerprint: str, *, progress: ProgressCallback | None = None
) -> ServedCorpus:
    """The corpus to show now: the one of ``fingerprint`` if it is ready, else the last good one
    while the new one is analysed in the background (``updating``).

    Only the very first load (nothing to show yet) analyses in the calling run, with ``progress``;
    a second session waits for it instead of analysing too. An error of the first load is raised.
    """
    memo = _memo(paths, cache_path)
    with memo.lock:
        loaded = memo.current is not None
    if not loaded:
        with memo.first_load:
            with memo.lock:
                loaded = memo.current is not None
            if not loaded:
                corpus = memo.analyse(progress)
                with memo.lock:
                    memo.install(fingerprint, corpus)
    with memo.lock:
        memo.request(fingerprint)
        return memo.served(fingerprint)


def corpus_update(paths: tuple[str, ...], cache_path: str) -> ServedCorpus | None:
    """What is served now, without asking for anything (the page's "updating…" notice polls it)."""
    memo = _memo(paths, cache_path)
    with memo.lock:
        return memo.served(memo.wanted or memo.current) if memo.current is not None else None


def refresh_corpus(paths: tuple[str, ...], cache_path: str, *, timeout: float | None = None) -> ServedCorpus:
    """After this session changed the articles: the corpus with the change, waited for."""
    forget_fingerprint()
    fingerprint = current_fingerprint(paths)
    served = serve_corpus(paths, cache_path, fingerprint)
    memo = _memo(paths, cache_path)
    with memo.lock:
        memo.changed.wait_for(
            lambda: memo.current == fingerprint or fingerprint in memo.failed or memo.updater is None,
            timeout=timeout,
        )
        return memo.served(fingerprint) if memo.current is not None else served


@dataclass(frozen=True)
class CorpusKey:
    """Which corpus a run shows: where its articles are read from and the fingerprint of what they
    hold. The router makes one per run; every view below takes it, so a view is kept per corpus.

    >>> CorpusKey(("seeds",), "cache.sqlite3", "a1b2").fingerprint
    'a1b2'
    """

    paths: tuple[str, ...]
    cache_path: str
    fingerprint: str


@dataclass(frozen=True)
class Filters:
    """The sidebar's global filters (None: every year, every article), as the views take them.

    >>> Filters(years=(2024,)).scope
    'national'
    """

    years: tuple[int, ...] | None = None
    documents: tuple[str, ...] | None = None
    scope: str = DEFAULT_SCOPE


def _view(key: CorpusKey, name: str, args: Hashable, compute: Callable[[CorpusAnalysis], T]) -> T:
    """The view ``name(args)`` of the corpus of ``key``, computed once by one session while any
    other asking for it waits (fifty visitors after an update compute it once, not fifty times)."""
    memo = _memo(key.paths, key.cache_path)
    fingerprint = key.fingerprint
    memo_key = (fingerprint, name, args)
    while True:
        with memo.lock:
            if memo_key in memo.views:
                memo.views.move_to_end(memo_key)
                return memo.views[memo_key]  # type: ignore[return-value]
            corpus = memo.corpora.get(fingerprint)
            if corpus is None:  # a run from before the last swap: the corpus served now
                if memo.current is None:
                    raise LookupError("no corpus is loaded yet")
                fingerprint = memo.current
                memo_key = (fingerprint, name, args)
                continue
            pending = memo.computing.get(memo_key)
            if pending is None:
                pending = memo.computing[memo_key] = threading.Event()
                break
        pending.wait()
    try:
        value = compute(corpus)
        with memo.lock:
            if fingerprint in memo.corpora:
                memo.views[memo_key] = value
                while len(memo.views) > _VIEWS_KEPT:
                    memo.views.popitem(last=False)
        return value
    finally:
        with memo.lock:
            memo.computing.pop(memo_key, None)
        pending.set()


def known_documents(key: CorpusKey) -> dict[str, str]:
    """Text keys of the seed and folder articles of ``key``, so an upload of one of them is a duplicate."""
    return pipeline_known_documents(list(key.paths), cache_path=Path(key.cache_path))


# The views below are shared read-only by every run and session: callers never change them.
def load_filtered(key: CorpusKey, filters: Filters) -> CorpusAnalysis:
    """The articles (and their facts) that pass ``filters``."""
    return _view(
        key, "filtered", filters,
        lambda full: filter_corpus(
            full, years=filters.years, documents=filters.documents, scope=filters.scope
        ),
    )  # fmt: skip


def document_names(key: CorpusKey) -> tuple[dict[str, str], dict[str, str]]:
    """Document id → unique label, and id → title, of the whole corpus (computed once, not per use)."""
    return _view(key, "names", None, lambda full: (document_labels(full), document_titles(full)))


def document_key_map(key: CorpusKey) -> dict[str, str]:
    """Document id → the short key links use ("003"), of the whole corpus (computed once, not per link)."""
    return _view(key, "keys", None, document_keys)


def term_counts(key: CorpusKey, filters: Filters) -> dict[int, Counter[str]]:
    filtered = load_filtered(key, filters)
    return _view(
        key, "term_counts", filters,
        # the words of the articles of the scope, as the year summaries count them
        lambda _: count_terms_by_year(a for a in filtered.documents if is_in_scope(a.scope, filters.scope)),
    )  # fmt: skip


def keyword_hits(
    key: CorpusKey, filters: Filters, query: str, ignore_diacritics: bool, window: int = 70
) -> list[KeywordHit]:
    corpus = load_filtered(key, filters)
    return _view(
        key, "hits", (filters, query, ignore_diacritics, window),
        lambda _: find_keyword_in_context(
            corpus.documents, query, ignore_diacritics=ignore_diacritics, window=window
        ),
    )  # fmt: skip


def collocates(
    key: CorpusKey, filters: Filters, query: str, ignore_diacritics: bool, span: int
) -> list[Collocate]:
    corpus = load_filtered(key, filters)
    hits = keyword_hits(key, filters, query, ignore_diacritics)
    return list(
        _view(
            key, "collocates", (filters, query, ignore_diacritics, span),
            lambda _: top_collocates(corpus.documents, hits, span=span),
        )
    )  # fmt: skip


def term_rows(key: CorpusKey, filters: Filters, year: int, include_names: bool) -> list[TermRow]:
    """A year's distinctive terms, rated against every other year of the chosen articles."""
    corpus = load_filtered(key, filters)
    all_years = term_counts(key, replace(filters, years=None))

    def compute(_: CorpusAnalysis) -> list[TermRow]:
        summary = year_summary(corpus, year)
        if summary is None:
            return []
        return distinctive_term_rows(
            summary.top_terms,
            year=year,
            counts_by_year=all_years,
            year_documents=documents_by_year(corpus.documents).get(year, []),
            include_names=include_names,
        )

    return list(_view(key, "term_rows", (filters, year, include_names), compute))


def trend_points(key: CorpusKey, filters: Filters, terms: tuple[str, ...]) -> list[TrendPoint]:
    corpus = load_filtered(key, filters)
    counts = term_counts(key, filters)
    return list(
        _view(
            key, "trends", (filters, terms),
            lambda _: term_trend_points(counts, terms, documents_by_year(corpus.documents)),
        )
    )  # fmt: skip


def figure_cards(
    key: CorpusKey, filters: Filters, language: str, curation: Curation | None = None
) -> CuratedFigures:
    """The overview's key-figure cards under the analyst's ``curation`` (ranking every figure of the
    chosen articles: 80 ms of CPU at 1,000 articles, once per corpus, filter, language and curation
    instead of once per visitor's rerun), with the pins whose figure is gone."""
    corpus = load_filtered(key, filters)
    return _view(
        key, "figure_cards", (filters, language, curation),
        lambda _: curate_key_figures(corpus.figures, curation, language),
    )  # fmt: skip


def hidden_figures(key: CorpusKey, filters: Filters, curation: Curation) -> tuple[Figure, ...]:
    """The figures of the chosen articles the analyst hid, in the order hidden (to show them again)."""
    corpus = load_filtered(key, filters)
    by_key = {figure_key(f): f for f in reversed(corpus.figures)}
    return tuple(by_key[hidden] for hidden in curation.hidden if hidden in by_key)


def load_curation() -> tuple[Curation, LoadProblem | None]:
    """The analyst's curation kept in the store (read on every run: one small query), and the
    problem when the store cannot be read (the defaults apply meanwhile; nothing is lost)."""
    path = Path(store_file())
    if not path.is_file():
        return Curation(), None
    try:
        with CorpusStore(path, check=False, read_only=True) as store:
            return store.curation(), None
    except StoreError as error:
        return Curation(), error.problem


MEASURE_PARAM = "measure"  # a shared view's same-measure chart: ?measure=<8 hex characters>
_MEASURE_ID = re.compile(r"[0-9a-f]{8}")


def shown_curation() -> Curation:
    """The curation this view shows: the store's, with the same-measure chart a shared link names
    (``?measure=``) in place of the stored one."""
    stored, _ = load_curation()
    linked = st.query_params.get(MEASURE_PARAM, "")
    if linked and _MEASURE_ID.fullmatch(linked):
        return replace(stored, measure=linked)
    return stored


def save_curation(curation: Curation, *, can_edit: bool) -> LoadProblem | None:
    """Write ``curation`` to the store (refused by the store itself unless ``can_edit``); the
    problem when it was not saved (the store is as it was)."""
    try:
        with CorpusStore(Path(store_file()), read_only=not can_edit) as store:
            store.save_curation(curation)
    except StoreError as error:
        return error.problem
    return None


def articles_table(key: CorpusKey, filters: Filters, language: str) -> tuple[pd.DataFrame, bytes]:
    """One row per chosen article, and the same as CSV (the table's download), made once."""
    corpus = load_filtered(key, filters)

    def compute(_: CorpusAnalysis) -> tuple[pd.DataFrame, bytes]:
        frame = documents_table(corpus, language)
        return frame, to_csv_bytes(frame)

    return _view(key, "articles_table", (filters, language), compute)


def articles_per_year(key: CorpusKey, filters: Filters, language: str) -> tuple[dict[str, object], ...]:
    """Article counts by year and outlet, as rows for the overview's bar chart."""
    corpus = load_filtered(key, filters)
    return _view(
        key, "articles_per_year", (filters, language),
        lambda _: tuple(documents_per_year_outlet(corpus, language).to_dict("records")),
    )  # fmt: skip


def figure_disagreements(key: CorpusKey, filters: Filters, language: str) -> tuple[Disagreement, ...]:
    """Measures the chosen articles give different values for in the same year (Figures page)."""
    corpus = load_filtered(key, filters)
    return _view(
        key, "disagreements", (filters, language),
        lambda _: tuple(find_disagreements(corpus.figures, language=language)),
    )  # fmt: skip


def figure_series(key: CorpusKey, filters: Filters, language: str) -> tuple[MeasureSeries, ...]:
    """The same measure across years, for every measure stated in two or more years (Figures page)."""
    corpus = load_filtered(key, filters)
    return _view(
        key, "series", (filters, language),
        lambda _: tuple(measure_series(corpus.figures, language=language)),
    )  # fmt: skip


def figure_table(
    key: CorpusKey, filters: Filters, language: str, kinds: tuple[str, ...], figure_years: tuple[int, ...]
) -> tuple[pd.DataFrame, tuple[Figure, ...], bytes]:
    """The Figures page's table of the chosen kinds and years, its rows' figures, and its CSV."""
    corpus = load_filtered(key, filters)
    titles = document_names(key)[1]

    def compute(_: CorpusAnalysis) -> tuple[pd.DataFrame, tuple[Figure, ...], bytes]:
        frame, shown = figures_frame(
            list(corpus.figures),
            titles,
            language,
            kinds=list(kinds),
            years=list(figure_years),
            scope=filters.scope == ALL_SCOPES,
        )
        return frame, tuple(shown), to_csv_bytes(frame)

    return _view(key, "figure_table", (filters, language, kinds, figure_years), compute)


def instrument_rows(key: CorpusKey, filters: Filters, language: str) -> tuple[InstrumentRow, ...]:
    """The instruments the chosen articles cite, most cited first (Policies and targets page)."""
    corpus = load_filtered(key, filters)
    doc_years = {analysis.document.id: analysis.document.year for analysis in corpus.documents}
    return _view(
        key, "instruments", (filters, language),
        lambda _: tuple(summarize_instruments(corpus.instruments, doc_years=doc_years, language=language)),
    )  # fmt: skip


def progress_board(key: CorpusKey, filters: Filters, language: str) -> tuple[ProgressRow, ...]:
    """Every target with at least one stated result beside it (Policies and targets page)."""
    corpus = load_filtered(key, filters)

    def compute(_: CorpusAnalysis) -> tuple[ProgressRow, ...]:
        tracked = [row for row in track_progress(corpus.figures) if row.results]
        return tuple(progress_rows(tracked, language=language))

    return _view(key, "progress", (filters, language), compute)


# Word clouds depend on their words only; drawn once (about a second each), kept like the views.
_CLOUDS_KEPT = 64
_clouds: OrderedDict[Hashable, object] = OrderedDict()
_clouds_lock = threading.Lock()


def _cloud(key: Hashable, draw: Callable[[], T]) -> T:
    with _clouds_lock:
        if key in _clouds:
            _clouds.move_to_end(key)
            return _clouds[key]  # type: ignore[return-value]
    value = draw()
    with _clouds_lock:
        _clouds[key] = value
        while len(_clouds) > _CLOUDS_KEPT:
            _clouds.popitem(last=False)
    return value


def wordcloud_png(frequencies: tuple[tuple[str, int], ...], min_font_size: int = 4) -> bytes:
    return _cloud(
        ("png", frequencies, min_font_size),
        lambda: render_wordcloud(dict(frequencies), min_font_size=min_font_size),
    )


def wordcloud_layout(frequencies: tuple[tuple[str, int], ...]) -> tuple[bytes, tuple[WordBox, ...]]:
    return _cloud(("layout", frequencies), lambda: layout_wordcloud(dict(frequencies)))


@st.cache_data(show_spinner=False, max_entries=4)
def prepare_uploads(uploads: tuple[tuple[str, bytes], ...]) -> tuple[list[Candidate], list[LoadProblem]]:
    """Uploaded files read once per upload, not on every rerun of the review table (one session's
    own files: a cleared cache costs that session a second reading, nobody else anything); a .zip
    gives the articles in it."""
    return prepare_files(uploads)
