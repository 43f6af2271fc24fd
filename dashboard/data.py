"""Every ``st.cache_data`` and ``st.cache_resource`` wrapper of the dashboard, in one thin module.

Widget values come in as arguments, so each distinct choice is cached on its own; figures are
built fresh by the pages and never cached, so no run can mutate another run's chart.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

import streamlit as st

from analysis.cache import default_cache_path
from analysis.intake import prepare_files
from analysis.kwic import Collocate, find_keyword_in_context, top_collocates
from analysis.library import user_corpus_dir
from analysis.pipeline import BUNDLED_SEEDS, ProgressCallback, analyze_corpus, count_terms_by_year
from analysis.pipeline import known_documents as pipeline_known_documents
from analysis.present.links import document_keys
from analysis.present.selection import document_labels, document_titles, filter_corpus, year_summary
from analysis.present.terms import (
    TermRow,
    TrendPoint,
    distinctive_term_rows,
    documents_by_year,
    term_trend_points,
)
from analysis.present.wordcloud import WordBox, layout_wordcloud, render_wordcloud
from analysis.read import SUPPORTED_SUFFIXES
from analysis.store import Candidate, default_store_path
from analysis.types import CorpusAnalysis, KeywordHit, LoadProblem

CORPUS_ENV = "DXPOLICY_CORPUS"
NO_SEEDS_ENV = "DXPOLICY_NO_SEEDS"


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


@st.cache_data(show_spinner=False, max_entries=8)
def known_documents(paths: tuple[str, ...], fingerprint: str) -> dict[str, str]:
    """Text keys of the seed and folder articles, so an upload of one of them is a duplicate."""
    return pipeline_known_documents(list(paths), cache_path=Path(cache_file()))


class _CorpusSlot:
    """Holds one corpus once analysed; the lock makes a second session wait instead of analysing too."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.corpus: CorpusAnalysis | None = None


@st.cache_resource(show_spinner=False, max_entries=2)
def _corpus_slot(paths: tuple[str, ...], cache_path: str, fingerprint: str) -> _CorpusSlot:
    return _CorpusSlot()


def corpus_loaded(paths: tuple[str, ...], cache_path: str, fingerprint: str) -> bool:
    """Whether this corpus is already in memory (then loading it costs nothing and shows nothing)."""
    return _corpus_slot(paths, cache_path, fingerprint).corpus is not None


def load_corpus(
    paths: tuple[str, ...], cache_path: str, fingerprint: str, *, progress: ProgressCallback | None = None
) -> CorpusAnalysis:
    """The analysed corpus, shared read-only by every run and session (``st.cache_resource``: a
    cache hit costs nothing, where ``st.cache_data`` unpickled the whole corpus on every run).

    ``fingerprint`` (of the files on disk and the store's revision) makes an added, corrected or
    removed article show up at once; only changed documents are analysed again. The analysis runs
    outside the cached function so that ``progress`` can draw on the page.
    """
    slot = _corpus_slot(paths, cache_path, fingerprint)
    with slot.lock:
        if slot.corpus is None:
            slot.corpus = analyze_corpus(
                list(paths), store_path=Path(store_file()), cache_path=Path(cache_path), progress=progress
            )
        return slot.corpus


# Results below are read-only views of the shared corpus: cache_resource hands out the object
# itself instead of a pickled copy per run.
@st.cache_resource(show_spinner=False, max_entries=64)
def load_filtered(
    paths: tuple[str, ...],
    cache_path: str,
    fingerprint: str,
    years: tuple[int, ...] | None,
    documents: tuple[str, ...] | None,
) -> CorpusAnalysis:
    return filter_corpus(load_corpus(paths, cache_path, fingerprint), years=years, documents=documents)


@st.cache_resource(show_spinner=False, max_entries=4)
def document_names(
    paths: tuple[str, ...], cache_path: str, fingerprint: str
) -> tuple[dict[str, str], dict[str, str]]:
    """Document id → unique label, and id → title, of the whole corpus (computed once, not per use)."""
    full = load_corpus(paths, cache_path, fingerprint)
    return document_labels(full), document_titles(full)


@st.cache_resource(show_spinner=False, max_entries=4)
def document_key_map(paths: tuple[str, ...], cache_path: str, fingerprint: str) -> dict[str, str]:
    """Document id → the short key links use ("003"), of the whole corpus (computed once, not per link)."""
    return document_keys(load_corpus(paths, cache_path, fingerprint))


@st.cache_resource(show_spinner=False, max_entries=64)
def term_counts(
    paths: tuple[str, ...],
    cache_path: str,
    fingerprint: str,
    years: tuple[int, ...] | None,
    documents: tuple[str, ...] | None,
) -> dict[int, Counter[str]]:
    return count_terms_by_year(load_filtered(paths, cache_path, fingerprint, years, documents).documents)


@st.cache_data(show_spinner=False, max_entries=32)
def wordcloud_png(frequencies: tuple[tuple[str, int], ...], min_font_size: int = 4) -> bytes:
    return render_wordcloud(dict(frequencies), min_font_size=min_font_size)


@st.cache_resource(show_spinner=False, max_entries=32)
def keyword_hits(
    paths: tuple[str, ...],
    cache_path: str,
    fingerprint: str,
    years: tuple[int, ...] | None,
    documents: tuple[str, ...] | None,
    query: str,
    ignore_diacritics: bool,
    window: int = 70,
) -> list[KeywordHit]:
    corpus = load_filtered(paths, cache_path, fingerprint, years, documents)
    return find_keyword_in_context(
        corpus.documents, query, ignore_diacritics=ignore_diacritics, window=window
    )


@st.cache_data(show_spinner=False, max_entries=64)
def collocates(
    paths: tuple[str, ...],
    cache_path: str,
    fingerprint: str,
    years: tuple[int, ...] | None,
    documents: tuple[str, ...] | None,
    query: str,
    ignore_diacritics: bool,
    span: int,
) -> list[Collocate]:
    corpus = load_filtered(paths, cache_path, fingerprint, years, documents)
    hits = keyword_hits(paths, cache_path, fingerprint, years, documents, query, ignore_diacritics)
    return top_collocates(corpus.documents, hits, span=span)


@st.cache_data(show_spinner=False, max_entries=64)
def term_rows(
    paths: tuple[str, ...],
    cache_path: str,
    fingerprint: str,
    years: tuple[int, ...] | None,
    documents: tuple[str, ...] | None,
    year: int,
    include_names: bool,
) -> list[TermRow]:
    """A year's distinctive terms, rated against every other year of the chosen articles."""
    corpus = load_filtered(paths, cache_path, fingerprint, years, documents)
    summary = year_summary(corpus, year)
    if summary is None:
        return []
    return distinctive_term_rows(
        summary.top_terms,
        year=year,
        counts_by_year=term_counts(paths, cache_path, fingerprint, None, documents),
        year_documents=documents_by_year(corpus.documents).get(year, []),
        include_names=include_names,
    )


@st.cache_data(show_spinner=False, max_entries=64)
def trend_points(
    paths: tuple[str, ...],
    cache_path: str,
    fingerprint: str,
    years: tuple[int, ...] | None,
    documents: tuple[str, ...] | None,
    terms: tuple[str, ...],
) -> list[TrendPoint]:
    corpus = load_filtered(paths, cache_path, fingerprint, years, documents)
    counts = term_counts(paths, cache_path, fingerprint, years, documents)
    return term_trend_points(counts, terms, documents_by_year(corpus.documents))


@st.cache_data(show_spinner=False, max_entries=32)
def wordcloud_layout(frequencies: tuple[tuple[str, int], ...]) -> tuple[bytes, tuple[WordBox, ...]]:
    return layout_wordcloud(dict(frequencies))


@st.cache_data(show_spinner=False, max_entries=4)
def prepare_uploads(uploads: tuple[tuple[str, bytes], ...]) -> tuple[list[Candidate], list[LoadProblem]]:
    """Uploaded files read once per upload, not on every rerun of the review table; a .zip gives
    the articles in it."""
    return prepare_files(uploads)
