"""Explore: a concordance (keyword in context) over the corpus, and a reader with the found terms
and a chosen source sentence highlighted."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import streamlit as st

from analysis.kwic import count_hits_by_year, sort_hits
from analysis.present.links import FOCUS_ID, parse_link_number, reader_paragraphs
from analysis.present.localize import format_moment
from analysis.present.selection import find_document
from analysis.present.tables import (
    collocates_table,
    column_widths,
    export_file_name,
    hits_per_year_table,
    hits_table,
    to_csv_bytes,
)
from analysis.text import escape_markdown
from analysis.types import DocumentAnalysis, KeywordHit
from dashboard import data, widgets
from dashboard.state import (
    URL,
    Context,
    check_url,
    context,
    fall_back,
    is_toggle_value,
    keep_in_url,
    url_values,
)

_SORTS = ("corpus", "left", "right")
_MIN_WIDTH, _MAX_WIDTH, _WIDTH_STEP = 20, 200, 10  # characters of context each side of a hit
_COLLOCATE_SPAN = 4
# Scroll the reader to the marked source sentence once it is on the page (it renders after this
# script is sent, so the script waits for it). Only a fixed element id is used: no article text.
_SCROLL_JS = f"""<script>
(() => {{
  let tries = 0;
  const go = () => {{
    const el = document.getElementById("{FOCUS_ID}");
    if (el) {{ el.scrollIntoView({{block: "center"}}); return; }}
    if (tries++ < 50) setTimeout(go, 100);
  }};
  go();
}})();
</script>"""


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_explore"))
    check_url("nodia", ctx.language, valid=is_toggle_value)
    check_url("sort", ctx.language, valid={ctx.t(f"sort_{value}") for value in _SORTS})
    check_url(
        "w", ctx.language, valid={str(width) for width in range(_MIN_WIDTH, _MAX_WIDTH + 1, _WIDTH_STEP)}
    )
    query_column, option_column = st.columns([3, 1])
    with query_column:
        query = (
            st.text_input(ctx.t("search"), key="q", placeholder=ctx.t("search_placeholder"), bind=URL) or ""
        )
    with option_column:
        ignore = st.toggle(ctx.t("ignore_diacritics"), key="nodia", bind=URL)
    query = query.strip()
    keys = data.document_key_map(ctx.key)
    if query:
        _concordance(ctx, query, ignore=ignore, keys=keys)
    st.header(ctx.t("reader"))
    _reader(ctx, query, ignore=ignore, keys=keys)


def _concordance(ctx: Context, query: str, *, ignore: bool, keys: Mapping[str, str]) -> None:
    """The hits of ``query`` in context (a picked row opens its article in the reader), their
    count per year and the words found beside them; or, with no hit, a search without diacritics."""
    sort_column, width_column = st.columns(2)
    with sort_column:
        order = st.segmented_control(
            ctx.t("sort_by"),
            _SORTS,
            format_func=lambda value: ctx.t(f"sort_{value}"),
            default="corpus",
            key="sort",
            bind=URL,
        )
    with width_column:
        width = st.slider(
            ctx.t("context_width"), _MIN_WIDTH, _MAX_WIDTH, 70, step=_WIDTH_STEP, key="w", bind=URL
        )
    found = data.keyword_hits(ctx.key, ctx.filters, query, ignore, width)
    hits = sort_hits(found, by=order or "corpus")
    if not hits:
        _no_hits(ctx, query, ignore=ignore, width=width)
        return
    _hits_table(ctx, hits, query, order=order, width=width, keys=keys)
    per_year, neighbours = st.columns([1, 2])
    with per_year:
        st.subheader(ctx.t("hits_per_year"))
        st.dataframe(
            hits_per_year_table(count_hits_by_year(hits), ctx.language), hide_index=True, width="stretch"
        )
    with neighbours:
        _collocates(ctx, query, ignore=ignore)


def _hits_table(
    ctx: Context,
    hits: list[KeywordHit],
    query: str,
    *,
    order: str | None,
    width: int,
    keys: Mapping[str, str],
) -> None:
    """The hits, one a row; a newly picked row opens its article in the reader below."""
    st.caption(ctx.t("hits", count=len(hits), docs=len({hit.doc for hit in hits})))
    st.caption(ctx.t("pick_hit"))
    if ctx.language == "en":  # the sentences are the articles' own: quoted, never translated
        st.caption(ctx.t("concordance_vietnamese"))
    picked = widgets.table(
        hits_table(hits, ctx.titles, ctx.language),
        key="hits",
        file_name="file_concordance",
        detail=query,
        context=ctx,
        hide=("doc",),
        selectable=True,
        wrap=column_widths("hits", ctx.language),
    )
    # Only a newly picked row moves the reader, so the article picker below stays usable.
    chosen_hit = (query, order, width, picked[0]) if picked else None
    if chosen_hit and chosen_hit != st.session_state.get("_picked_hit"):
        st.session_state["reader_doc"] = keys.get(hits[picked[0]].doc)
    st.session_state["_picked_hit"] = chosen_hit


def _collocates(ctx: Context, query: str, *, ignore: bool) -> None:
    """The words most often found near the hits, with their CSV."""
    st.subheader(ctx.t("collocates"), help=ctx.t("collocates_help", span=_COLLOCATE_SPAN))
    collocates = collocates_table(
        data.collocates(ctx.key, ctx.filters, query, ignore, _COLLOCATE_SPAN), ctx.language
    )
    st.dataframe(collocates, hide_index=True, width="stretch")
    st.download_button(
        ctx.t("download_collocates"),
        data=to_csv_bytes(collocates),
        file_name=export_file_name(
            "file_collocates", ctx.language, detail=query, day=date.today(), extension="csv"
        ),
        mime="text/csv",
        key="collocates_csv",
        icon=":material/download:",
    )


def _no_hits(ctx: Context, query: str, *, ignore: bool, width: int) -> None:
    """Nothing found; a button to search again without diacritics when that would find something."""
    st.info(ctx.t("no_hits", query=escape_markdown(query)))  # the URL's ?q= stays text
    # "du lieu" finds nothing as written; without its diacritics it may find "dữ liệu"
    loose = [] if ignore else data.keyword_hits(ctx.key, ctx.filters, query, True, width)
    if loose:
        st.button(
            ctx.t("search_without_diacritics", count=len(loose)),
            key="try_nodia",
            on_click=_ignore_diacritics,
            icon=":material/search:",
        )


def _reader(ctx: Context, query: str, *, ignore: bool, keys: Mapping[str, str]) -> None:
    """The chosen article (a link's, a picked hit's or the first) with the hits marked and the
    link's sentence focused, then the page furniture removed from it."""
    # Every article can be opened: a fact shown under a year filter may come from an article
    # about another year. The link holds the article's short key, never its title.
    ids_by_key = {key: doc_id for doc_id, key in keys.items()}
    labels = ctx.labels
    if "reader_doc" not in st.session_state:
        check_url("doc", ctx.language, valid=ids_by_key)
    linked = next((key for key in url_values("doc") if key in ids_by_key), None)
    if st.session_state.get("reader_doc") not in ids_by_key:
        st.session_state["reader_doc"] = linked or next(iter(ids_by_key), None)
    doc_key = st.selectbox(
        ctx.t("open_article"),
        list(ids_by_key),
        format_func=lambda key: labels.get(ids_by_key.get(key, ""), key),
        key="reader_doc",
    )
    analysis = find_document(ctx.full, ids_by_key[doc_key]) if doc_key else None
    focus = None
    if doc_key == linked and url_values("s") and analysis is not None:
        # a sentence of this article, or the article from its top with a notice
        focus = parse_link_number(url_values("s")[0], low=0, high=len(analysis.sentences) - 1)
        if focus is None:
            fall_back("s", ctx.language)
    elif "s" in st.query_params:
        del st.query_params["s"]  # another article was picked: the link's sentence no longer applies
    keep_in_url("doc", [doc_key] if doc_key else [])
    if analysis is not None:
        _article(ctx, analysis, query, ignore=ignore, focus=focus)


def _article(
    ctx: Context, analysis: DocumentAnalysis, query: str, *, ignore: bool, focus: int | None
) -> None:
    """The article's title, its details, its paragraphs marked, and its removed furniture, folded."""
    document = analysis.document
    meta = [
        document.outlet,
        format_moment(document.published, ctx.language) or None,
        str(document.year) if document.year else ctx.t("unknown_year"),
        document.source_url,  # the address an article was fetched from, as text
    ]
    st.subheader(escape_markdown(document.title))
    st.caption(escape_markdown(" · ".join(part for part in meta if part)))
    paragraphs = reader_paragraphs(analysis, query=query, ignore_diacritics=ignore, focus=focus)
    if focus is not None and any(f'id="{FOCUS_ID}"' in paragraph for paragraph in paragraphs):
        st.caption(ctx.t("reader_focus"))
    marked = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    st.html(
        f'<div class="dx-reader" style="font-size:1.05rem;line-height:1.6;max-width:60rem">{marked}</div>'
    )
    if focus is not None:
        st.html(_SCROLL_JS, unsafe_allow_javascript=True)
    if document.furniture:
        with st.expander(ctx.t("furniture_removed")):
            widgets.text("\n".join(document.furniture), css="white-space:pre-line;color:#777")


def _ignore_diacritics() -> None:
    st.session_state["nodia"] = True


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
