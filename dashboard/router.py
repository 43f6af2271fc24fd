"""The router the entry script runs (see ``app.py``): it loads the corpus once per run and tells its
problems once, has the sidebar draw the filters, lists the pages and runs the chosen one with the
context every page reads (:func:`dashboard.state.context`)."""

from __future__ import annotations

import time

import streamlit as st
from streamlit.commands import navigation as _streamlit_navigation
from streamlit.navigation.page import StreamlitPage

from analysis.pipeline import ProgressCallback
from analysis.present.i18n import priorities_title, progress_message, translate
from analysis.present.problems import describe_problem
from analysis.present.selection import available_years, statement_years
from analysis.text import escape_markdown
from analysis.types import CorpusAnalysis
from dashboard import data, sidebar
from dashboard.data import CorpusKey, Filters
from dashboard.state import Context, drop_unreadable_params, set_context
from dashboard.views import present


def _note_page_not_found(_ctx: object) -> None:
    # Streamlit's own "Page not found" dialog is English-only; the router says it in the
    # interface language instead (below), then shows the default page as Streamlit would.
    st.session_state["_page_not_found"] = True


# Streamlit offers no public hook or translation for its not-found dialog, so the router replaces
# the private sender. Guarded: should a Streamlit release rename it, the app falls back to the
# English dialog instead of failing, and the browser test of unknown pages goes red.
if callable(getattr(_streamlit_navigation, "send_page_not_found", None)):
    _streamlit_navigation.send_page_not_found = _note_page_not_found


def route() -> None:
    """One run of the app: language, the corpus (loaded once, its problems told once), the
    sidebar's filters, the page list, then the chosen page."""
    language = sidebar.choose_language()
    drop_unreadable_params(language)
    st.set_page_config(page_title=translate("tab_title", language), page_icon="📊", layout="wide")
    presenting = sidebar.choose_presenting(language)
    loaded = load_corpus(language)
    context = _page_context(language, *loaded) if loaded is not None else None
    page = _navigation(language, context)
    if st.session_state.pop("_page_not_found", False):
        st.warning(translate("page_not_found", language), icon=":material/explore_off:")
    if context is None:
        st.stop()
    set_context(context)
    if not context.corpus.documents and page.url_path != "library":
        _nothing_chosen(page.title, context)
    try:
        if presenting:  # presentation mode keeps the page's URL, so leaving it returns to the page
            present.render()
        else:
            page.run()
    except Exception as error:  # Streamlit's stop and rerun are BaseExceptions and pass through
        message = data.public(f"{type(error).__name__}: {error}")
        st.error(escape_markdown(translate("page_failed", language, error=message)))


def load_corpus(language: str) -> tuple[CorpusKey, CorpusAnalysis] | None:
    """The corpus this run shows and its key, loaded (or taken from memory) once per run; its
    problems are told in the sidebar, once. None, with the reason shown, if it cannot be loaded."""
    paths, cache_path = data.corpus_paths(), data.cache_file()
    with st.sidebar:
        try:
            progress = None if data.corpus_loaded(paths, cache_path) else _progress_bar(language)
            served = data.serve_corpus(paths, cache_path, data.current_fingerprint(paths), progress=progress)
        except Exception as error:  # shown as a message, never as a traceback
            message = data.public(f"{type(error).__name__}: {error}")
            st.error(escape_markdown(translate("analysis_failed", language, error=message)))
            return None
        _report_load(served, paths, cache_path, language)
    return CorpusKey(paths, cache_path, served.fingerprint), served.corpus


def _report_load(served: data.ServedCorpus, paths: tuple[str, ...], cache_path: str, language: str) -> None:
    """The corpus's state (updating, update failed) and every problem met reading its articles."""
    if served.updating:
        _watch_update(paths, cache_path, language)
    elif served.update_failed:
        st.warning(escape_markdown(translate("corpus_update_failed", language, error=served.update_failed)))
    for problem in served.corpus.problems:
        # Markdown-escaped: file names and article text are shown as written, never as markup.
        message = data.public(describe_problem(problem, language=language))
        if problem.kept:
            st.info(escape_markdown(message))
        else:
            st.warning(escape_markdown(translate("corpus_problem", language, message=message)))


def _page_context(language: str, key: CorpusKey, full: CorpusAnalysis) -> Context:
    """The sidebar's filters over the corpus of ``key``, and what every page reads."""
    labels, titles = data.document_names(key)
    filters = sidebar.choose_filters(
        language, years=available_years(full), labels=labels, keys=data.document_key_map(key)
    )
    corpus = data.load_filtered(key, filters)
    sidebar.draw_downloads(corpus, language)
    scoped = data.load_filtered(key, Filters(scope=filters.scope))
    return Context(language, key, filters, full, corpus, labels, titles, scoped)


def _navigation(language: str, context: Context | None) -> StreamlitPage:
    """The page list (the first is the default page, served at "/") and the page chosen."""
    # (page script, title, URL path, icon)
    listed = [
        ("views/overview.py", translate("page_overview", language), None, ":material/dashboard:"),
        ("views/themes.py", translate("page_themes", language), "themes", ":material/cloud:"),
        ("views/compare.py", translate("page_compare", language), "compare", ":material/compare_arrows:"),
        (
            "views/priorities.py",
            priorities_title(statement_years(context.scoped_corpus) if context else [], language),
            "priorities",
            ":material/grid_on:",
        ),
        ("views/timeline.py", translate("page_timeline", language), "timeline", ":material/timeline:"),
        ("views/figures.py", translate("page_figures", language), "figures", ":material/analytics:"),
        ("views/instruments.py", translate("page_instruments", language), "policies", ":material/gavel:"),
        ("views/explore.py", translate("page_explore", language), "explore", ":material/search:"),
        ("views/library.py", translate("page_library", language), "library", ":material/library_add:"),
    ]
    return st.navigation(
        [
            st.Page(script, title=title, url_path=path or "home", icon=icon, default=path is None)
            for script, title, path, icon in listed
        ]
        # The default page is served at "/" (its "home" path is only reserved); /overview, where
        # people expect the overview, serves it too, unlisted.
        + [st.Page(listed[0][0], title=listed[0][1], url_path="overview", visibility="hidden")]
    )


def _nothing_chosen(title: str, context: Context) -> None:
    """The page's title, why nothing is shown (no year or no article chosen) and a way back."""
    st.title(title)
    st.info(
        translate("no_years_selected" if context.filters.years == () else "no_documents", context.language)
    )
    st.button(
        translate("reset_filters", context.language),
        on_click=sidebar.reset_filters,
        icon=":material/restart_alt:",
    )
    st.stop()


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
