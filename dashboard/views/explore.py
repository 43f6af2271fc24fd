"""Explore: keyword in context over the corpus, and a reader with the found terms highlighted."""

from __future__ import annotations

import streamlit as st

from analysis.kwic import highlight_html
from analysis.present.localize import format_moment
from analysis.present.selection import document_labels, document_titles, find_document, reader_body
from analysis.present.tables import hits_table
from analysis.text import escape_markdown
from dashboard import data, widgets
from dashboard.state import URL, context


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_explore"))
    query_column, option_column = st.columns([3, 1])
    with query_column:
        query = (
            st.text_input(ctx.t("search"), key="q", placeholder=ctx.t("search_placeholder"), bind=URL) or ""
        )
    with option_column:
        ignore = st.toggle(ctx.t("ignore_diacritics"), key="nodia", bind=URL)
    query = query.strip()
    titles = document_titles(ctx.full)
    if query:
        hits = data.keyword_hits(*ctx.cache_args, query, ignore)
        if hits:
            st.caption(ctx.t("hits", count=len(hits), docs=len({hit.doc for hit in hits})))
            st.caption(ctx.t("pick_hit"))
            picked = widgets.table(
                hits_table(hits, titles, ctx.language),
                key="hits",
                file_name="tra-cuu.csv",
                context=ctx,
                hide=("doc",),
                selectable=True,
            )
            # Only a newly picked row moves the reader, so the article picker below stays usable.
            chosen_hit = (query, picked[0]) if picked else None
            if chosen_hit and chosen_hit != st.session_state.get("_picked_hit"):
                st.session_state["doc"] = hits[picked[0]].doc
            st.session_state["_picked_hit"] = chosen_hit
        else:
            st.info(ctx.t("no_hits", query=query))

    st.header(ctx.t("reader"))
    # Every article can be opened: a fact shown under a year filter may come from an article
    # about another year.
    doc_ids = [analysis.document.id for analysis in ctx.full.documents]
    labels = document_labels(ctx.full)
    doc_id = st.selectbox(
        ctx.t("open_article"), doc_ids, format_func=lambda d: labels.get(d, d), key="doc", bind=URL
    )
    analysis = find_document(ctx.full, doc_id) if doc_id else None
    if analysis is None:
        return
    document = analysis.document
    meta = [
        document.outlet,
        format_moment(document.published, ctx.language) or None,
        str(document.year) if document.year else ctx.t("unknown_year"),
    ]
    st.subheader(escape_markdown(document.title))
    st.caption(escape_markdown(" · ".join(part for part in meta if part)))
    paragraphs = reader_body(document).split("\n")
    marked = "".join(
        f"<p>{highlight_html(paragraph, [query] if query else [], ignore_diacritics=ignore)}</p>"
        for paragraph in paragraphs
    )
    st.html(f'<div style="font-size:1.05rem;line-height:1.6;max-width:60rem">{marked}</div>')
    if document.furniture:
        with st.expander(ctx.t("furniture_removed")):
            widgets.text("\n".join(document.furniture), css="white-space:pre-line;color:#777")


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
