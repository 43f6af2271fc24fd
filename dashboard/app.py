"""Entry script: a router only (shared sidebar, pages, then the chosen page runs)."""

from __future__ import annotations

import streamlit as st

from analysis.i18n import priorities_title, translate
from analysis.selection import available_years
from dashboard import sidebar
from dashboard.state import set_context

st.set_page_config(page_title="Chuyển đổi số quốc gia", page_icon="📊", layout="wide")

language = sidebar.choose_language()
context = sidebar.render(language)
years = available_years(context.full) if context else []
page = st.navigation(
    [
        st.Page(
            "views/overview.py",
            title=translate("page_overview", language),
            default=True,
            icon=":material/dashboard:",
        ),
        st.Page(
            "views/themes.py",
            title=translate("page_themes", language),
            url_path="themes",
            icon=":material/cloud:",
        ),
        st.Page(
            "views/compare.py",
            title=translate("page_compare", language),
            url_path="compare",
            icon=":material/compare_arrows:",
        ),
        st.Page(
            "views/priorities.py",
            title=priorities_title(years, language),
            url_path="priorities",
            icon=":material/grid_on:",
        ),
        st.Page(
            "views/timeline.py",
            title=translate("page_timeline", language),
            url_path="timeline",
            icon=":material/timeline:",
        ),
        st.Page(
            "views/explore.py",
            title=translate("page_explore", language),
            url_path="explore",
            icon=":material/search:",
        ),
    ]
)
if context is None:
    st.stop()
set_context(context)
if not context.corpus.documents:
    st.info(translate("no_documents", language))
    st.stop()
try:
    page.run()
except Exception as error:  # Streamlit's stop and rerun are BaseExceptions and pass through
    st.error(translate("page_failed", language, error=f"{type(error).__name__}: {error}"))
