"""Every ``st.cache_data`` wrapper of the dashboard, in one thin module.

Widget values come in as arguments, so each distinct choice is cached on its own; figures are
built fresh by the pages and never cached, so no run can mutate another run's chart.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import streamlit as st

from analysis.cache import default_cache_path
from analysis.kwic import Collocate, find_keyword_in_context, top_collocates
from analysis.library import user_corpus_dir
from analysis.pipeline import BUNDLED_SEEDS, analyze_corpus, count_terms_by_year
from analysis.present.selection import filter_corpus, year_summary
from analysis.present.terms import (
    TermRow,
    TrendPoint,
    distinctive_term_rows,
    documents_by_year,
    term_trend_points,
)
from analysis.present.wordcloud import WordBox, layout_wordcloud, render_wordcloud
from analysis.types import CorpusAnalysis, KeywordHit

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
    user = user_corpus_dir()
    own = [str(user)] if user.is_dir() and (any(user.glob("*.txt")) or any(user.glob("*.md"))) else []
    return tuple(dict.fromkeys(seeds + extra + own))


def cache_file() -> str:
    return str(default_cache_path())


@st.cache_data(show_spinner=False, max_entries=4)
def load_corpus(paths: tuple[str, ...], cache_path: str, fingerprint: str) -> CorpusAnalysis:
    """``fingerprint`` (of the files on disk) makes an added or edited article show up at once."""
    return analyze_corpus(list(paths), cache_path=Path(cache_path))


@st.cache_data(show_spinner=False, max_entries=64)
def load_filtered(
    paths: tuple[str, ...],
    cache_path: str,
    fingerprint: str,
    years: tuple[int, ...] | None,
    documents: tuple[str, ...] | None,
) -> CorpusAnalysis:
    return filter_corpus(load_corpus(paths, cache_path, fingerprint), years=years, documents=documents)


@st.cache_data(show_spinner=False, max_entries=64)
def term_counts(
    paths: tuple[str, ...],
    cache_path: str,
    fingerprint: str,
    years: tuple[int, ...] | None,
    documents: tuple[str, ...] | None,
) -> dict[int, Counter[str]]:
    return count_terms_by_year(load_filtered(paths, cache_path, fingerprint, years, documents).documents)


@st.cache_data(show_spinner=False, max_entries=32)
def wordcloud_png(frequencies: tuple[tuple[str, int], ...]) -> bytes:
    return render_wordcloud(dict(frequencies))


@st.cache_data(show_spinner=False, max_entries=128)
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
