"""The router the entry script runs: shared sidebar, pages, then the chosen page (see ``app.py``)."""

from __future__ import annotations

import streamlit as st
from streamlit.commands import navigation as _navigation

from analysis.present.i18n import priorities_title, translate
from analysis.present.selection import statement_years
from analysis.text import escape_markdown
from dashboard import data, sidebar
from dashboard.state import drop_unreadable_params, set_context
from dashboard.views import present


def _note_page_not_found(_ctx: object) -> None:
    # Streamlit's own "Page not found" dialog is English-only; the router says it in the
    # interface language instead (below), then shows the default page as Streamlit would.
    st.session_state["_page_not_found"] = True


# Streamlit offers no public hook or translation for its not-found dialog, so the router replaces
# the private sender. Guarded: should a Streamlit release rename it, the app falls back to the
# English dialog instead of failing, and the browser test of unknown pages goes red.
if callable(getattr(_navigation, "send_page_not_found", None)):
    _navigation.send_page_not_found = _note_page_not_found


def route() -> None:
    """One run of the app: language, sidebar and corpus, the page list, then the chosen page."""
    language = sidebar.choose_language()
    drop_unreadable_params(language)
    st.set_page_config(page_title=translate("tab_title", language), page_icon="📊", layout="wide")
    presenting = sidebar.choose_presenting(language)
    context = sidebar.render(language)
    # (page script, title, URL path, icon); the first is the default page, served at "/".
    listed = [
        ("views/overview.py", translate("page_overview", language), None, ":material/dashboard:"),
        ("views/themes.py", translate("page_themes", language), "themes", ":material/cloud:"),
        ("views/compare.py", translate("page_compare", language), "compare", ":material/compare_arrows:"),
        (
            "views/priorities.py",
            priorities_title(statement_years(context.full) if context else [], language),
            "priorities",
            ":material/grid_on:",
        ),
        ("views/timeline.py", translate("page_timeline", language), "timeline", ":material/timeline:"),
        ("views/figures.py", translate("page_figures", language), "figures", ":material/analytics:"),
        ("views/instruments.py", translate("page_instruments", language), "policies", ":material/gavel:"),
        ("views/explore.py", translate("page_explore", language), "explore", ":material/search:"),
        ("views/library.py", translate("page_library", language), "library", ":material/library_add:"),
    ]
    page = st.navigation(
        [
            st.Page(script, title=title, url_path=path or "home", icon=icon, default=path is None)
            for script, title, path, icon in listed
        ]
        # The default page is served at "/" (its "home" path is only reserved); /overview, where
        # people expect the overview, serves it too, unlisted.
        + [st.Page(listed[0][0], title=listed[0][1], url_path="overview", visibility="hidden")]
    )
    if st.session_state.pop("_page_not_found", False):
        st.warning(translate("page_not_found", language), icon=":material/explore_off:")
    if context is None:
        st.stop()
    set_context(context)
    if not context.corpus.documents and page.url_path != "library":
        st.title(page.title)
        st.info(translate("no_years_selected" if context.years == () else "no_documents", language))
        st.button(
            translate("reset_filters", language),
            on_click=sidebar.reset_filters,
            icon=":material/restart_alt:",
        )
        st.stop()
    try:
        if presenting:  # presentation mode keeps the page's URL, so leaving it returns to the page
            present.render()
        else:
            page.run()
    except Exception as error:  # Streamlit's stop and rerun are BaseExceptions and pass through
        message = data.public(f"{type(error).__name__}: {error}")
        st.error(escape_markdown(translate("page_failed", language, error=message)))
