"""The shared sidebar: language and presentation switches, the global filters (drawn here, their
values returned; the router loads the corpus), the deck and handout downloads."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import streamlit as st

from analysis.present.deck import render_deck
from analysis.present.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    language_from_link,
    translate,
)
from analysis.present.library import carry_year_selection
from analysis.present.story import build_story
from analysis.present.tables import export_file_name
from analysis.scope import DEFAULT_SCOPE, SCOPE_CHOICES
from analysis.types import CorpusAnalysis, Curation
from dashboard import data, widgets
from dashboard.data import Filters
from dashboard.state import URL, check_url, fall_back, keep_in_url, url_values
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


def choose_filters(
    language: str, *, years: list[int], labels: Mapping[str, str], keys: Mapping[str, str]
) -> Filters:
    """The global filters (years, articles, scope) in the sidebar, and the values chosen.

    ``years`` are the corpus's years, ``labels`` name each article in the picker (document id →
    label) and ``keys`` give each the short key the link holds (document id → "003").
    """
    with st.sidebar:
        st.subheader(translate("filters", language))
        chosen_years = _choose_years(language, years)
        chosen_docs = _choose_documents(language, labels, keys)
        chosen_scope = _choose_scope(language)
        st.caption(translate("filter_hint", language))
        if year_filter_active(chosen_years, years) or chosen_docs or chosen_scope != DEFAULT_SCOPE:
            st.button(
                translate("reset_filters", language), on_click=reset_filters, icon=":material/restart_alt:"
            )
    return Filters(
        years=tuple(sorted(chosen_years)) if sorted(chosen_years) != years else None,
        documents=tuple(chosen_docs) if chosen_docs else None,
        scope=chosen_scope or DEFAULT_SCOPE,
    )


def _choose_years(language: str, years: list[int]) -> list[int]:
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
    return st.multiselect(translate("filter_years", language), years, default=years, key="years", bind=URL)


def _choose_documents(language: str, labels: Mapping[str, str], keys: Mapping[str, str]) -> list[str]:
    # The link holds short article keys ("docs=003"), never titles, so it stays short.
    ids_by_key = {key: doc_id for doc_id, key in keys.items()}
    if "doc_filter" not in st.session_state:
        check_url("docs", language, valid=ids_by_key)
        st.session_state["doc_filter"] = [key for key in url_values("docs") if key in ids_by_key]
    chosen_keys = st.multiselect(
        translate("filter_documents", language),
        list(ids_by_key),
        format_func=lambda key: labels.get(ids_by_key.get(key, ""), key),
        key="doc_filter",
        placeholder=translate("filter_documents", language),
    )
    keep_in_url("docs", chosen_keys)
    return [ids_by_key[key] for key in chosen_keys if key in ids_by_key]


def _choose_scope(language: str) -> str:
    # The link holds the scope code ("scope=all"), not its label: it reads the same in both languages.
    if "scope" not in st.session_state:
        check_url("scope", language, valid=SCOPE_CHOICES)
        asked = st.query_params.get("scope")
        st.session_state["scope"] = asked if asked in SCOPE_CHOICES else DEFAULT_SCOPE
    chosen = st.selectbox(
        translate("filter_scope", language),
        SCOPE_CHOICES,
        format_func=lambda choice: translate(f"scope_choice_{choice}", language),
        key="scope",
        help=translate("filter_scope_help", language),
    )
    keep_in_url("scope", [] if chosen == DEFAULT_SCOPE else [chosen])
    return chosen


def draw_downloads(corpus: CorpusAnalysis, language: str) -> None:
    """Under the filters: the meeting deck and the handouts of the filtered articles."""
    with st.sidebar:
        _download_deck(corpus, language, curation := data.shown_curation())
        for kind in widgets.HANDOUT_KINDS:
            widgets.handout_download(
                corpus, language, kind=kind, key=f"download_handout_{kind}", curation=curation
            )


def year_filter_active(chosen: list[int], years: list[int]) -> bool:
    return sorted(chosen) != years


def reset_filters() -> None:
    """Every year and every article again (a button callback: it runs before the next rerun)."""
    st.session_state["years"] = list(st.session_state.get("_all_years", []))
    st.session_state["doc_filter"] = []
    st.session_state["scope"] = DEFAULT_SCOPE


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
