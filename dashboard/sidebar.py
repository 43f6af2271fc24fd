"""The shared sidebar: language switch and the global year and article filters."""

from __future__ import annotations

import streamlit as st

from analysis.library import add_articles, corpus_fingerprint, user_corpus_dir
from analysis.present.i18n import DEFAULT_LANGUAGE, LANGUAGES, translate
from analysis.present.links import document_keys
from analysis.present.selection import available_years, document_labels
from dashboard import data
from dashboard.state import URL, Context, keep_in_url, url_values

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
            with st.spinner(translate("loading", language)):
                full = data.load_corpus(paths, cache_path, fingerprint)
        except Exception as error:  # shown as a message, never as a traceback
            st.error(translate("analysis_failed", language, error=f"{type(error).__name__}: {error}"))
            return None
        for problem in full.problems:
            st.warning(translate("corpus_problem", language, message=problem.message))

        st.subheader(translate("filters", language))
        years = available_years(full)
        st.session_state["_all_years"] = years
        chosen_years = st.multiselect(
            translate("filter_years", language), years, default=years, key="years", bind=URL
        )
        # The link holds short article keys ("docs=003"), never titles, so it stays short.
        keys = document_keys(full)
        ids_by_key = {key: doc_id for doc_id, key in keys.items()}
        titles = document_labels(full)
        if "doc_filter" not in st.session_state:
            st.session_state["doc_filter"] = [key for key in url_values("docs") if key in ids_by_key]
        chosen_keys = st.multiselect(
            translate("filter_documents", language),
            list(ids_by_key),
            format_func=lambda key: titles.get(ids_by_key.get(key, ""), key),
            key="doc_filter",
            placeholder=translate("filter_documents", language),
        )
        keep_in_url("docs", chosen_keys)
        chosen_docs = [ids_by_key[key] for key in chosen_keys if key in ids_by_key]
        st.caption(translate("filter_hint", language))
        if year_filter_active(chosen_years, years) or chosen_docs:
            st.button(
                translate("reset_filters", language), on_click=reset_filters, icon=":material/restart_alt:"
            )
        _add_articles(language)

    year_filter = tuple(sorted(chosen_years)) if sorted(chosen_years) != years else None
    doc_filter = tuple(chosen_docs) if chosen_docs else None
    corpus = data.load_filtered(paths, cache_path, fingerprint, year_filter, doc_filter)
    return Context(language, paths, cache_path, fingerprint, year_filter, doc_filter, full, corpus)


def year_filter_active(chosen: list[int], years: list[int]) -> bool:
    return sorted(chosen) != years


def reset_filters() -> None:
    """Every year and every article again (a button callback: it runs before the next rerun)."""
    st.session_state["years"] = list(st.session_state.get("_all_years", []))
    st.session_state["doc_filter"] = []


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
