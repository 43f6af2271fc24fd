"""Library: upload articles, review their inferred details, save; search and remove added ones."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from analysis.present.library import corrections_from_review, review_rows, search_stored, stored_table
from analysis.read import SUPPORTED_SUFFIXES, describe
from analysis.store import CorpusStore, StoreError
from analysis.text import escape_markdown
from dashboard import data
from dashboard.state import context

_REPORT_KEY = "_library_report"
_GENERATION_KEY = "_library_generation"


def _show_problems(problems: list, language: str) -> None:
    for problem in problems:
        message = escape_markdown(describe(problem, language))
        (st.info if problem.kept else st.warning)(message)


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_library"))
    st.caption(ctx.t("library_intro"))
    store_path = Path(data.store_file())

    report = st.session_state.pop(_REPORT_KEY, None)
    if report:
        saved, removed, problems = report
        if saved:
            st.success(ctx.t("library_saved", count=saved))
        if removed:
            st.success(ctx.t("library_removed", count=removed))
        _show_problems(problems, ctx.language)

    generation = st.session_state.get(_GENERATION_KEY, 0)
    uploads = st.file_uploader(
        ctx.t("library_upload"),
        type=[suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES],
        accept_multiple_files=True,
        help=escape_markdown(ctx.t("library_upload_help", store=store_path)),
        key=f"library_upload_{generation}",
    )
    st.caption(escape_markdown(ctx.t("library_upload_help", store=store_path)))
    if uploads:
        candidates, refused = data.prepare_uploads(
            tuple((upload.name, upload.getvalue()) for upload in uploads)
        )
        if refused:
            st.subheader(ctx.t("library_refused"))
            _show_problems(refused, ctx.language)
        if candidates:
            st.subheader(ctx.t("library_review"))
            st.caption(ctx.t("library_review_help"))
            _show_problems([w for c in candidates for w in c.warnings], ctx.language)
            edited = st.data_editor(
                pd.DataFrame(review_rows(candidates)),
                disabled=["file", "id"],
                hide_index=True,
                width="stretch",
                key=f"library_review_{generation}",
                column_config={
                    "file": st.column_config.TextColumn(ctx.t("library_file")),
                    "id": st.column_config.TextColumn("id"),
                    "title": st.column_config.TextColumn(ctx.t("title"), width="large"),
                    "outlet": st.column_config.TextColumn(ctx.t("outlet")),
                    "published": st.column_config.TextColumn(ctx.t("published")),
                    "year": st.column_config.NumberColumn(
                        ctx.t("year"), min_value=1945, max_value=2100, format="%d"
                    ),
                },
            )
            if st.button(ctx.t("library_save"), type="primary", key=f"library_save_{generation}"):
                corrections, bad = corrections_from_review(candidates, edited.to_dict("records"))
                if bad:
                    _show_problems(bad, ctx.language)
                else:
                    try:
                        with CorpusStore(store_path) as store:
                            result = store.add(
                                candidates,
                                corrections=corrections,
                                known=data.known_documents(ctx.paths, ctx.fingerprint),
                            )
                    except StoreError as error:
                        st.error(
                            escape_markdown(
                                ctx.t("library_store_failed", message=describe(error.problem, ctx.language))
                            )
                        )
                        return
                    st.session_state[_REPORT_KEY] = (len(result.added), 0, list(result.problems))
                    st.session_state[_GENERATION_KEY] = generation + 1
                    st.rerun()

    st.header(ctx.t("library_stored"))
    try:
        with CorpusStore(store_path) as store:
            stored = store.list_documents()
    except StoreError as error:
        st.error(
            escape_markdown(ctx.t("library_store_failed", message=describe(error.problem, ctx.language)))
        )
        return
    if not stored:
        st.info(ctx.t("library_empty"))
        return
    query = st.text_input(
        ctx.t("library_search"), key="library_q", placeholder=ctx.t("library_search_placeholder")
    )
    shown = search_stored(stored, query or "")
    st.caption(ctx.t("library_pick_remove"))
    event = st.dataframe(
        stored_table(shown, ctx.language),
        hide_index=True,
        width="stretch",
        key="library_table",
        on_select="rerun",
        selection_mode="multi-row",
    )
    chosen = [shown[row].id for row in event.selection.rows if row < len(shown)]
    if st.button(
        ctx.t("library_remove", count=len(chosen)),
        disabled=not chosen,
        icon=":material/delete:",
        key="library_remove",
    ):
        try:
            with CorpusStore(store_path) as store:
                removed = store.remove(chosen)
        except StoreError as error:
            st.error(
                escape_markdown(ctx.t("library_store_failed", message=describe(error.problem, ctx.language)))
            )
            return
        st.session_state[_REPORT_KEY] = (0, len(removed), [])
        st.rerun()


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
