"""Priorities: a concept × year heatmap, a flow of priorities across years, items behind a cell."""

from __future__ import annotations

import streamlit as st

from analysis.present.i18n import concept_label, priorities_title
from analysis.present.selection import available_years, items_for_cell, priority_matrix
from analysis.present.tables import cell_items_table
from dashboard import widgets
from dashboard.charts import build_priority_flow, build_priority_heatmap
from dashboard.state import URL, context


def _selected_cell(selection: object) -> tuple[str | None, int | None]:
    points = getattr(getattr(selection, "selection", None), "points", None) or []
    if not points:
        return None, None
    point = points[0]
    concept = point.get("customdata")
    concept = concept[0] if isinstance(concept, list) else concept
    return concept, int(point["x"]) if str(point.get("x", "")).isdigit() else None


def render() -> None:
    ctx = context()
    st.title(priorities_title(available_years(ctx.full), ctx.language))
    years = [summary.year for summary in ctx.corpus.years if summary.documents]
    concepts, counts = priority_matrix(ctx.corpus, years)
    if not concepts:
        st.info(ctx.t("no_priorities"))
        return
    st.caption(ctx.t("select_cell"))
    event = widgets.chart(
        build_priority_heatmap(concepts, counts, years, language=ctx.language),
        key="heatmap",
        on_select="rerun",
        selection_mode="points",
    )
    clicked_concept, clicked_year = _selected_cell(event)
    if clicked_concept in concepts:
        st.session_state["concept"] = clicked_concept
    if clicked_year in years:
        st.session_state["cell_year"] = clicked_year

    left, right = st.columns(2)
    with left:
        concept = st.selectbox(
            ctx.t("concept"),
            concepts,
            format_func=lambda c: concept_label(c, ctx.language),
            key="concept",
            bind=URL,
        )
    with right:
        year = st.selectbox(ctx.t("year"), years, index=len(years) - 1, key="cell_year", bind=URL)
    items = items_for_cell(ctx.corpus, concept=concept, year=year)
    label = concept_label(concept, ctx.language)
    if items:
        st.subheader(ctx.t("items_for", concept=label, year=year))
        widgets.table(
            cell_items_table(items, ctx.titles, ctx.language),
            key="cell_items",
            file_name=f"uu-tien-{concept}-{year}.csv",
            context=ctx,
        )
    else:
        st.info(ctx.t("no_items", concept=label, year=year))

    st.header(ctx.t("flow_title"))
    st.caption(ctx.t("flow_help"))
    widgets.chart(build_priority_flow(ctx.corpus.comparison, years, language=ctx.language), key="flow")


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
