"""Policies and targets: the instruments the articles cite (by year, click for the citing sentences),
the instruments by date of issue, and the progress board (targets beside the results of their measure)."""

from __future__ import annotations

import html

import streamlit as st

from analysis.present.instruments import InstrumentRow, instruments_frame, mentions_per_year, progress_frame
from analysis.present.localize import format_day
from analysis.types import TargetProgress
from dashboard import data, widgets
from dashboard.charts import build_instruments_by_year, build_progress_board
from dashboard.state import URL, Context, check_url, context

_PICKED = "instrument"
_MENTIONS_SHOWN = 12


def _clicked_instrument(event: object, keys: list[str]) -> str | None:
    """The instrument of the clicked bar, if any."""
    for point in getattr(getattr(event, "selection", None), "points", None) or []:
        value = point.get("customdata")
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, str) and value in keys:
            return value
    return None


def _instruments(ctx: Context) -> None:
    """The instruments cited, of the chosen kinds: chart, the picked one's citations, table."""
    rows = list(data.instrument_rows(ctx.key, ctx.filters, ctx.language))
    if not rows:
        st.info(ctx.t("instruments_none"))
        return
    kinds = list(dict.fromkeys(row.kind for row in rows))
    check_url("instrument_kinds", ctx.language, valid=set(kinds))
    chosen = st.multiselect(
        ctx.t("instruments_kind_filter"), kinds, default=kinds, key="instrument_kinds", bind=URL
    )
    shown = [row for row in rows if row.kind in chosen]
    if not shown:
        st.info(ctx.t("instruments_none"))
        return
    picked = _instruments_chart(ctx, shown)
    _instrument_mentions(ctx, picked)
    st.subheader(ctx.t("instruments_timeline"))
    widgets.table(
        instruments_frame(shown, ctx.language),
        key="instruments_table",
        file_name="file_instruments",
        context=ctx,
    )


def _instruments_chart(ctx: Context, shown: list[InstrumentRow]) -> InstrumentRow:
    """Citations per year, one colour per instrument; a clicked bar sets the picker; the one picked."""
    st.caption(ctx.t("instruments_cited_help"))
    keys = [row.key for row in shown]
    titles = {row.key: row.title or "" for row in shown}
    clicked = widgets.chart(
        build_instruments_by_year(mentions_per_year(shown), language=ctx.language, titles=titles),
        key="instruments_chart",
        config=widgets.export_config(ctx, "file_instruments"),
        on_select="rerun",
        selection_mode="points",
    )
    picked_key = _clicked_instrument(clicked, keys)
    if picked_key is not None:
        st.session_state[_PICKED] = picked_key
    if st.session_state.get(_PICKED) not in keys:
        st.session_state[_PICKED] = keys[0]
    by_key = {row.key: row for row in shown}
    return by_key[
        st.selectbox(
            ctx.t("instruments_pick"),
            keys,
            key=_PICKED,
            format_func=lambda key: f"{key} — {by_key[key].kind}",
        )
    ]


def _instrument_mentions(ctx: Context, picked: InstrumentRow) -> None:
    """The picked instrument's name, what is known of it, and the first sentences citing it."""
    widgets.text(picked.label + (f" {picked.title}" if picked.title else ""), tag="h4")
    facts = [
        ctx.t("instruments_mentions", count=len(picked.mentions), docs=len(picked.documents)),
    ]
    if picked.issuer:
        facts.append(ctx.t("instruments_issuer", issuer=picked.issuer))
    if picked.issued:
        facts.append(ctx.t("instruments_issued", date=format_day(picked.issued, ctx.language)))
    if picked.in_registry:
        facts.append(ctx.t("instruments_in_registry"))
    st.caption(" · ".join(facts))
    for mention in picked.mentions[:_MENTIONS_SHOWN]:
        widgets.quote(mention.sentence)
        widgets.article_link(ctx, mention.doc, sentence=mention.sentence)


def _progress(ctx: Context) -> None:
    """The progress board: chart, table, and the picked target's sources and results."""
    st.header(ctx.t("progress_board"))
    rows = list(data.progress_board(ctx.key, ctx.filters, ctx.language))
    if not rows:
        st.info(ctx.t("progress_none"))
        return
    st.caption(ctx.t("progress_help"))
    widgets.chart(
        build_progress_board(rows, language=ctx.language),
        key="progress_chart",
        config=widgets.export_config(ctx, "file_progress"),
    )
    widgets.table(
        progress_frame(rows, ctx.language), key="progress_table", file_name="file_progress", context=ctx
    )
    if any(row.conflicting for row in rows):
        st.caption("⚠ " + ctx.t("progress_conflicting"))
    position = st.selectbox(
        ctx.t("progress_pick"),
        range(len(rows)),
        format_func=lambda index: f"{rows[index].measure} · {rows[index].target} · {rows[index].deadline}",
        key="progress_row",
    )
    _progress_sources(ctx, rows[position].progress)


def _progress_sources(ctx: Context, row: TargetProgress) -> None:
    """The picked target's own sentences (or its official document), then each result beside it."""
    for source in row.sources:
        widgets.quote(source.sentence)
        if source.url:
            name = html.escape(source.instrument or source.url)
            st.html(f'<a href="{html.escape(source.url)}" target="_blank">{name} ↗</a>')
        else:
            widgets.article_link(ctx, source.doc, sentence=source.sentence)
    st.caption(ctx.t("progress_results"))
    for figure in row.results:
        widgets.text(f"{figure.year}: {figure.text}", tag="strong")
        widgets.quote(figure.sentence)
        widgets.article_link(ctx, figure.doc, sentence=figure.sentence)


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_instruments"))
    _instruments(ctx)
    _progress(ctx)


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
