"""The shared sidebar: language and presentation switches, the global filters, the deck download."""

from __future__ import annotations

import time
from datetime import date

import streamlit as st

from analysis.pipeline import ProgressCallback
from analysis.present.deck import render_deck
from analysis.present.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    language_from_link,
    progress_message,
    translate,
)
from analysis.present.library import carry_year_selection
from analysis.present.selection import available_years
from analysis.present.story import build_story
from analysis.present.tables import export_file_name
from analysis.read import describe
from analysis.scope import DEFAULT_SCOPE, SCOPE_CHOICES
from analysis.text import escape_markdown
from analysis.types import CorpusAnalysis, Curation
from dashboard import data, widgets
from dashboard.state import URL, Context, check_url, fall_back, keep_in_url, url_values
from dashboard.widgets import SEARCH_YEAR_KEY

_LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


def choose_language() -> str:
    """The language switch, at the top of the sidebar (labelled in both languages).

    The link holds the switch's displayed name (``?lang=English``; a hand-written ``?lang=en`` is read
    and rewritten so). The switch writes it back on every run rather than being bound to the URL: moving
    to another page starts that page's address afresh, and a bound switch, its value unchanged, left the
    language out of it, so the next link shared opened in Vietnamese.
    """
    asked = st.query_params.get("lang")
    code = language_from_link(asked)
    if asked and code is None:  # "?lang=fr", a NUL: the default language, said in it
        fall_back("lang", st.session_state.get("lang") or DEFAULT_LANGUAGE)
    # A link followed in this session (or the first run) sets the switch; otherwise the switch rules.
    if code is not None and (asked != st.session_state.get("_lang_asked") or "lang" not in st.session_state):
        st.session_state["lang"] = code
    elif "lang" not in st.session_state:
        st.session_state["lang"] = DEFAULT_LANGUAGE
    choice = st.sidebar.segmented_control(
        "Ngôn ngữ · Language",
        LANGUAGES,
        format_func=_LANGUAGE_NAMES.__getitem__,
        key="lang",
        required=True,
    )
    code = choice or DEFAULT_LANGUAGE
    keep_in_url("lang", [] if code == DEFAULT_LANGUAGE else [_LANGUAGE_NAMES[code]])
    st.session_state["_lang_asked"] = st.query_params.get("lang")
    return code


def choose_presenting(language: str) -> bool:
    """The presentation switch. The URL (``?present=1``) is its one source of truth, so a shared
    link opens in presentation mode and the switch always shows what the URL says."""
    asked = st.query_params.get("present")
    if asked not in (None, "1"):
        fall_back("present", language)
    presenting = asked == "1"
    st.session_state["present_switch"] = presenting
    st.sidebar.toggle(
        translate("present_mode", language),
        key="present_switch",
        help=translate("present_help", language),
        on_change=_follow_present_switch,
    )
    return presenting


def _follow_present_switch() -> None:
    if st.session_state.get("present_switch"):
        st.query_params["present"] = "1"
        st.query_params["slide"] = "1"
    else:
        st.query_params.pop("present", None)
        st.query_params.pop("slide", None)


def render(language: str) -> Context | None:
    """Load the corpus, draw the filters and return the page context (None if nothing can be shown)."""
    paths, cache_path = data.corpus_paths(), data.cache_file()
    with st.sidebar:
        try:
            loaded = data.corpus_loaded(paths, cache_path)
            progress = None if loaded else _progress_bar(language)
            served = data.serve_corpus(paths, cache_path, data.current_fingerprint(paths), progress=progress)
        except Exception as error:  # shown as a message, never as a traceback
            message = data.public(f"{type(error).__name__}: {error}")
            st.error(escape_markdown(translate("analysis_failed", language, error=message)))
            return None
        full, fingerprint = served.corpus, served.fingerprint
        if served.updating:
            _watch_update(paths, cache_path, language)
        elif served.update_failed:
            st.warning(
                escape_markdown(translate("corpus_update_failed", language, error=served.update_failed))
            )
        for problem in full.problems:
            # Markdown-escaped: file names and article text are shown as written, never as markup.
            message = data.public(describe(problem, language))
            if problem.kept:
                st.info(escape_markdown(message))
            else:
                st.warning(escape_markdown(translate("corpus_problem", language, message=message)))

        st.subheader(translate("filters", language))
        years = available_years(full)
        # A year that arrives with a new article joins the filter when every year was chosen.
        previous = st.session_state.get("_corpus_years")
        if previous is not None and previous != years and "years" in st.session_state:
            st.session_state["years"] = carry_year_selection(st.session_state["years"], previous, years)
        st.session_state["_corpus_years"] = years
        st.session_state["_all_years"] = years
        searched = st.session_state.pop(SEARCH_YEAR_KEY, None)  # a term clicked in one year's chart
        if searched and set(searched) <= set(years):
            st.session_state["years"] = searched
        check_url("years", language, valid={str(year) for year in years})
        chosen_years = st.multiselect(
            translate("filter_years", language), years, default=years, key="years", bind=URL
        )
        titles, plain_titles = data.document_names(paths, cache_path, fingerprint)
        # The link holds short article keys ("docs=003"), never titles, so it stays short.
        keys = data.document_key_map(paths, cache_path, fingerprint)
        ids_by_key = {key: doc_id for doc_id, key in keys.items()}
        if "doc_filter" not in st.session_state:
            check_url("docs", language, valid=ids_by_key)
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
        # The link holds the scope code ("scope=all"), not its label: it reads the same in both languages.
        if "scope" not in st.session_state:
            check_url("scope", language, valid=SCOPE_CHOICES)
            asked = st.query_params.get("scope")
            st.session_state["scope"] = asked if asked in SCOPE_CHOICES else DEFAULT_SCOPE
        chosen_scope = st.selectbox(
            translate("filter_scope", language),
            SCOPE_CHOICES,
            format_func=lambda choice: translate(f"scope_choice_{choice}", language),
            key="scope",
            help=translate("filter_scope_help", language),
        )
        keep_in_url("scope", [] if chosen_scope == DEFAULT_SCOPE else [chosen_scope])
        st.caption(translate("filter_hint", language))
        if year_filter_active(chosen_years, years) or chosen_docs or chosen_scope != DEFAULT_SCOPE:
            st.button(
                translate("reset_filters", language), on_click=reset_filters, icon=":material/restart_alt:"
            )

    year_filter = tuple(sorted(chosen_years)) if sorted(chosen_years) != years else None
    doc_filter = tuple(chosen_docs) if chosen_docs else None
    scope = chosen_scope or DEFAULT_SCOPE
    corpus = data.load_filtered(paths, cache_path, fingerprint, year_filter, doc_filter, scope)
    with st.sidebar:
        _download_deck(corpus, language, curation := data.shown_curation())
        for kind in widgets.HANDOUT_KINDS:
            widgets.handout_download(
                corpus, language, kind=kind, key=f"download_handout_{kind}", curation=curation
            )
    return Context(
        language,
        paths,
        cache_path,
        fingerprint,
        year_filter,
        doc_filter,
        full,
        corpus,
        titles,
        plain_titles,
        scope,
        data.load_filtered(paths, cache_path, fingerprint, None, None, scope),
    )


# How often a page showing the last good corpus asks whether the new one is ready.
UPDATE_POLL_S = 1.5


@st.fragment(run_every=UPDATE_POLL_S)
def _watch_update(paths: tuple[str, ...], cache_path: str, language: str) -> None:
    """The "updating…" notice, redrawn on its own every moment; once the new corpus is served, the
    whole page runs again to show it (only this session: nothing is pushed to the others)."""
    served = data.corpus_update(paths, cache_path)
    if served is None or not served.updating:  # ready (or failed: the page then says why)
        st.rerun(scope="app")
    st.info(translate("corpus_updating", language), icon=":material/sync:")


def year_filter_active(chosen: list[int], years: list[int]) -> bool:
    return sorted(chosen) != years


def reset_filters() -> None:
    """Every year and every article again (a button callback: it runs before the next rerun)."""
    st.session_state["years"] = list(st.session_state.get("_all_years", []))
    st.session_state["doc_filter"] = []
    st.session_state["scope"] = DEFAULT_SCOPE


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


def _download_deck(corpus: CorpusAnalysis, language: str, curation: Curation | None = None) -> None:
    """The meeting story of the filtered articles as a .pptx, built only when the button is clicked."""
    st.download_button(
        translate("download_deck", language),
        data=lambda: render_deck(build_story(corpus, language=language, curation=curation)),
        file_name=export_file_name("file_deck", language, day=date.today(), extension="pptx"),
        mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
        help=translate("download_deck_help", language),
        icon=":material/slideshow:",
        key="download_deck",
        on_click="ignore",
    )
