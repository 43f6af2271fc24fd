"""The shared sidebar: language switch and the global year and article filters."""

from __future__ import annotations

import time

import streamlit as st

from analysis.library import add_articles, corpus_fingerprint, user_corpus_dir
from analysis.pipeline import ProgressCallback
from analysis.present.i18n import DEFAULT_LANGUAGE, LANGUAGES, progress_message, translate
from analysis.present.selection import available_years
from dashboard import data
from dashboard.state import URL, Context

_LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


def choose_language() -> str:
    """The language switch, at the top of the sidebar (labelled in both languages).

    A bound widget keeps its *displayed* option in the URL, so a link reads ``?lang=English``
    (or ``?lang=Tiếng Việt``); the reader links copy whatever the current URL holds.
    """
    choice = st.sidebar.segmented_control(
        "Ngôn ngữ · Language",
        LANGUAGES,
        format_func=_LANGUAGE_NAMES.__getitem__,
        default=DEFAULT_LANGUAGE,
        key="lang",
        required=True,
        bind=URL,
    )
    return choice or DEFAULT_LANGUAGE


def render(language: str) -> Context | None:
    """Load the corpus, draw the filters and return the page context (None if nothing can be shown)."""
    paths, cache_path = data.corpus_paths(), data.cache_file()
    fingerprint = corpus_fingerprint(paths)
    with st.sidebar:
        try:
            loaded = data.corpus_loaded(paths, cache_path, fingerprint)
            progress = None if loaded else _progress_bar(language)
            full = data.load_corpus(paths, cache_path, fingerprint, progress=progress)
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
        titles, plain_titles = data.document_names(paths, cache_path, fingerprint)
        chosen_docs = st.multiselect(
            translate("filter_documents", language),
            list(titles),
            format_func=lambda doc_id: titles.get(doc_id, doc_id),
            key="docs",
            placeholder=translate("filter_documents", language),
            bind=URL,
        )
        st.caption(translate("filter_hint", language))
        _add_articles(language)

    year_filter = tuple(sorted(chosen_years)) if sorted(chosen_years) != years else None
    doc_filter = tuple(chosen_docs) if chosen_docs else None
    corpus = data.load_filtered(paths, cache_path, fingerprint, year_filter, doc_filter)
    return Context(
        language, paths, cache_path, fingerprint, year_filter, doc_filter, full, corpus, titles, plain_titles
    )


def _progress_bar(language: str) -> ProgressCallback:
    """A progress callback drawing "Analysed 120/1000 articles · about 3 min left" in the sidebar.

    The bar stands from the start of the load and goes once all is done.
    """
    placeholder = st.empty()
    placeholder.progress(0.0, text=translate("loading", language))
    pace: dict[str, float] = {}

    def report(done: int, total: int, doc_id: str) -> None:
        now = time.monotonic()
        # The pace is timed from the first analysed article: starting the worker processes and
        # reading the cache say nothing about how long the rest will take.
        if not pace and doc_id:
            pace.update(start=now, done_at_start=done, drawn=0.0)
        if not pace:
            return
        if done >= total:
            placeholder.empty()
            return
        if now - pace["drawn"] < 0.25:  # a few updates a second are plenty
            return
        pace["drawn"] = now
        message = progress_message(
            done,
            total,
            elapsed=now - pace["start"],
            done_at_start=int(pace["done_at_start"]),
            language=language,
        )
        placeholder.progress(done / total, text=message)

    return report


def _add_articles(language: str) -> None:
    """Upload articles into the user's own folder; refused files are explained, nothing is lost."""
    folder = user_corpus_dir()
    with st.expander(translate("add_articles", language), icon=":material/note_add:"):
        generation = st.session_state.get("_upload_generation", 0)
        uploads = st.file_uploader(
            translate("add_articles", language),
            type=["txt", "md"],
            accept_multiple_files=True,
            help=translate("add_articles_help", language, folder=folder),
            key=f"upload_{generation}",
            label_visibility="collapsed",
        )
        st.caption(translate("add_articles_help", language, folder=folder))
        if st.button(translate("add_articles_button", language), disabled=not uploads, key="add_articles"):
            saved, problems = add_articles([(f.name, f.getvalue()) for f in uploads or []], folder=folder)
            st.session_state["_upload_report"] = (len(saved), [problem.message for problem in problems])
            st.session_state["_upload_generation"] = generation + 1
            st.rerun()
        report = st.session_state.pop("_upload_report", None)
        if report:
            count, messages = report
            if count:
                st.success(translate("added_articles", language, count=count))
            for message in messages:
                st.warning(message)
