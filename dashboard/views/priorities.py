"""Priorities: a concept × year heatmap whose cells open their items, a flow of priorities across
years, and the items behind the chosen cell with their source sentences."""

from __future__ import annotations

import streamlit as st

from analysis.present.glosses import render_priority_item, untranslated_note
from analysis.present.i18n import concept_label, priorities_title
from analysis.present.selection import (
    default_cell,
    items_for_cell,
    priority_matrix,
    statement_years,
)
from analysis.present.tables import cell_items_table, column_widths
from dashboard import widgets
from dashboard.charts import build_priority_flow, build_priority_heatmap
from dashboard.state import URL, Context, check_url, context


def _selected_cell(event: object) -> tuple[str, int] | None:
    """The (concept, year) of the clicked cell marker, if any."""
    points = getattr(getattr(event, "selection", None), "points", None) or []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list) and len(data) == 2 and str(data[1]).isdigit():
            return str(data[0]), int(data[1])
    return None


def render() -> None:
    ctx = context()
    st.title(priorities_title(statement_years(ctx.scoped_corpus), ctx.language))
    years = statement_years(ctx.corpus)
    concepts, counts = priority_matrix(ctx.corpus, years)
    opening = default_cell(concepts, counts, years)
    if opening is None:
        st.info(ctx.t("no_priorities"))
        return
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    _heatmap(ctx, concepts, counts, years, span=span)
    concept, year = _choose_cell(ctx, concepts, years, opening)
    _cell_items(ctx, concept, year)
    st.header(ctx.t("flow_title"))
    _flow(ctx, years, span=span)


def _heatmap(
    ctx: Context, concepts: list[str], counts: list[list[int]], years: list[int], *, span: str
) -> None:
    """The concept × year matrix; a newly clicked cell sets the pickers below it."""
    st.caption(ctx.t("select_cell"))
    event = widgets.chart(
        build_priority_heatmap(concepts, counts, years, language=ctx.language),
        key="heatmap",
        config=widgets.export_config(ctx, "file_priorities", detail=span),
        sources=(p.doc for p in ctx.corpus.priorities if p.year in years),
        on_select="rerun",
        selection_mode="points",
    )
    # Only a newly clicked cell moves the pickers, so they stay usable after a click.
    clicked = _selected_cell(event)
    if clicked and clicked != st.session_state.get("_applied_cell"):
        concept_clicked, year_clicked = clicked
        if concept_clicked in concepts and year_clicked in years:
            st.session_state["concept"] = concept_clicked
            st.session_state["cell_year"] = year_clicked
    st.session_state["_applied_cell"] = clicked


def _choose_cell(
    ctx: Context, concepts: list[str], years: list[int], opening: tuple[str, int]
) -> tuple[str, int]:
    """The concept and year pickers (kept in the link), opening on ``opening``."""
    check_url("concept", ctx.language, valid={concept_label(c, ctx.language) for c in concepts})
    check_url("cell_year", ctx.language, valid={str(year) for year in years})
    left, right = st.columns(2)
    with left:
        concept = st.selectbox(
            ctx.t("concept"),
            concepts,
            index=concepts.index(opening[0]),
            format_func=lambda c: concept_label(c, ctx.language),
            key="concept",
            bind=URL,
        )
    with right:
        year = st.selectbox(ctx.t("year"), years, index=years.index(opening[1]), key="cell_year", bind=URL)
    return concept, year


def _cell_items(ctx: Context, concept: str, year: int) -> None:
    """The priority items of the chosen cell, with their articles."""
    items = items_for_cell(ctx.corpus, concept=concept, year=year)
    label = concept_label(concept, ctx.language)
    if not items:
        st.info(ctx.t("no_items", concept=label, year=year))
        return
    st.subheader(ctx.t("items_for", concept=label, year=year))
    widgets.table(
        cell_items_table(items, ctx.titles, ctx.language, scope=ctx.shows_scope),
        key="cell_items",
        wrap=column_widths("cell_items", ctx.language),
        file_name="file_priorities",
        detail=f"{label} {year}",
        context=ctx,
    )
    renderings = (render_priority_item(cell.item.text, ctx.language) for cell in items)
    if note := untranslated_note(renderings, ctx.language):
        st.caption(note)


def _flow(ctx: Context, years: list[int], *, span: str) -> None:
    """How priority areas carry over from year to year."""
    st.caption(ctx.t("flow_help"))
    widgets.chart(
        build_priority_flow(ctx.corpus.comparison, years, language=ctx.language),
        key="flow",
        config=widgets.export_config(ctx, "flow_title", detail=span),
        sources=(p.doc for p in ctx.corpus.priorities if p.year in years),
    )


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
