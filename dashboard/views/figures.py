"""Figures: every figure typed (kind, measure, qualifier, year), the same measure across years, and
figures that disagree between articles. Each row and each point opens its source sentence."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from analysis.present.curate import measure_id, opening_measure, resolve
from analysis.present.figures import MeasureSeries, figure_kinds, figure_value_text, kind_label
from analysis.text import escape_markdown
from analysis.types import Curation, Figure
from dashboard import data, widgets
from dashboard.charts import build_measure_series
from dashboard.data import MEASURE_PARAM
from dashboard.state import Context, context, fall_back, keep_in_url, url_values


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_figures"))
    figures = list(ctx.corpus.figures)
    if not figures:
        st.info(ctx.t("no_figures"))
        return
    curation, problem = data.load_curation()
    curation = resolve(ctx.full.figures, curation)
    widgets.curation_notice(ctx, problem)
    st.header(ctx.t("disagreements"))
    _disagreements(ctx)
    st.header(ctx.t("all_figures"))
    _figures_table(ctx, figures, curation)
    st.header(ctx.t("measure_across_years"))
    _same_measure_chart(ctx, curation)


def _disagreements(ctx: Context) -> None:
    """Each measure the articles give different values for in one year, every value with its source."""
    disagreements = data.figure_disagreements(ctx.key, ctx.filters, ctx.language)
    if not disagreements:
        st.caption(ctx.t("no_disagreements"))
    for number, disagreement in enumerate(disagreements):
        values = "; ".join(
            f"{figure_value_text(f, ctx.language)} ({ctx.titles.get(f.doc, f.doc)})"
            for f in disagreement.figures
        )
        st.warning(
            escape_markdown(
                ctx.t(
                    "disagreement",
                    measure=disagreement.title,
                    unit=disagreement.unit,
                    year=disagreement.year,
                    values=values,
                )
            ),
            icon=":material/warning:",
        )
        columns = st.columns(max(len(disagreement.figures), 4))
        for position, figure in enumerate(disagreement.figures):
            with columns[position % len(columns)]:
                st.caption(escape_markdown(figure_value_text(figure, ctx.language)))
                widgets.source(
                    ctx, sentence=figure.sentence, doc_id=figure.doc, key=f"disagree_{number}_{position}"
                )


def _figures_table(ctx: Context, figures: list[Figure], curation: Curation) -> None:
    """Every figure of the chosen kinds and years; a picked row shows its sentence and source."""
    kind_column, year_column = st.columns(2)
    with kind_column:
        kinds = st.multiselect(
            ctx.t("filter_kinds"),
            figure_kinds(figures),
            format_func=lambda kind: kind_label(kind, ctx.language),
            key="figure_kinds",
            placeholder=ctx.t("all_of_them"),
        )
    with year_column:
        years = st.multiselect(
            ctx.t("figure_years"),
            sorted({f.year for f in figures if f.year is not None}),
            key="figure_years",
            placeholder=ctx.t("all_of_them"),
        )
    frame, shown, csv = data.figure_table(ctx.key, ctx.filters, ctx.language, tuple(kinds), tuple(years))
    st.caption(ctx.t("pick_figure"))
    picked = widgets.table(
        frame, key="figures", file_name="file_figures", context=ctx, selectable=True, csv=csv
    )
    if picked and picked[0] < len(shown):
        figure = shown[picked[0]]
        widgets.quote(figure.sentence)
        widgets.source(
            ctx, sentence=figure.sentence, doc_id=figure.doc, key="figure_row_source", query=figure.text
        )
        widgets.curate_figure(ctx, figure, curation, key="curate_row")


def _same_measure_chart(ctx: Context, curation: Curation) -> None:
    """One measure across years (the link's, the saved one or the first), a clicked point's source."""
    series = data.figure_series(ctx.key, ctx.filters, ctx.language)
    if not series:
        st.caption(ctx.t("no_series"))
        return
    chosen, position = _choose_measure(ctx, series, curation)
    current = series[position]
    st.caption(ctx.t("pick_point"))
    event = widgets.chart(
        build_measure_series(current, language=ctx.language, titles=ctx.titles),
        key=f"measure_chart_{chosen}",
        sources=(point.doc for point in current.points),
        on_select="rerun",
        selection_mode="points",
    )
    points = getattr(getattr(event, "selection", None), "points", None) or []
    if points:
        position = int(points[0]["customdata"][0])
        point = current.points[position]
        widgets.quote(point.sentence)
        widgets.source(ctx, sentence=point.sentence, doc_id=point.doc, key="measure_point_source")


def _choose_measure(ctx: Context, series: Sequence[MeasureSeries], curation: Curation) -> tuple[str, int]:
    """The measure picker (kept in the link as ``?measure=``) and the button saving it for the
    slides; the measure chosen and its position in ``series``."""
    labels = {measure_id(s): f"{s.title} · {len(s.points)}" for s in series}
    ids = list(labels)
    linked = url_values(MEASURE_PARAM)
    if linked and linked[0] not in ids and MEASURE_PARAM not in st.session_state:
        fall_back(MEASURE_PARAM, ctx.language)
        linked = []
    opening = opening_measure(ids, linked[0] if linked else "", curation.measure)
    chosen = st.selectbox(
        ctx.t("measure"), ids, index=ids.index(opening), format_func=labels.__getitem__, key=MEASURE_PARAM
    )
    keep_in_url(MEASURE_PARAM, [] if chosen == ids[0] and not linked else [chosen])
    if chosen == curation.measure:
        st.caption(ctx.t("curate_measure_saved"))
    else:
        st.button(
            ctx.t("curate_measure_save"),
            icon=":material/slideshow:",
            key="curate_measure_save",
            on_click=widgets.save_measure,
            args=(chosen, ctx.language),
        )
    return chosen, ids.index(chosen)


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
