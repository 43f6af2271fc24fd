"""The shared sidebar: language switch and the global year and article filters."""

from __future__ import annotations

import streamlit as st

from analysis.i18n import DEFAULT_LANGUAGE, LANGUAGES, translate
from analysis.selection import available_years, document_titles
from dashboard import data
from dashboard.state import URL, Context

_LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


def choose_language() -> str:
    """The language switch, at the top of the sidebar (labelled in both languages)."""
    choice = st.sidebar.radio(
        "Ngôn ngữ · Language",
        LANGUAGES,
        format_func=_LANGUAGE_NAMES.__getitem__,
        key="lang",
        horizontal=True,
        bind=URL,
    )
    return choice or DEFAULT_LANGUAGE


def render(language: str) -> Context | None:
    """Load the corpus, draw the filters and return the page context (None if nothing can be shown)."""
    paths, cache_path = data.corpus_paths(), data.cache_file()
    with st.sidebar:
        try:
            with st.spinner(translate("loading", language)):
                full = data.load_corpus(paths, cache_path)
        except Exception as error:  # shown as a message, never as a traceback
            st.error(translate("analysis_failed", language, error=f"{type(error).__name__}: {error}"))
            return None
        for problem in full.problems:
            st.warning(translate("corpus_problem", language, message=problem.message))

        st.subheader(translate("filters", language))
        years = available_years(full)
        chosen_years = st.multiselect(
            translate("filter_years", language), years, default=years, key="years", bind=URL
        )
        titles = document_titles(full)
        chosen_docs = st.multiselect(
            translate("filter_documents", language),
            list(titles),
            format_func=lambda doc_id: titles.get(doc_id, doc_id),
            key="docs",
            placeholder=translate("filter_documents", language),
            bind=URL,
        )
        st.caption(translate("filter_hint", language))

    year_filter = tuple(sorted(chosen_years)) if sorted(chosen_years) != years else None
    doc_filter = tuple(chosen_docs) if chosen_docs else None
    corpus = data.load_filtered(paths, cache_path, year_filter, doc_filter)
    return Context(language, paths, cache_path, year_filter, doc_filter, full, corpus)
