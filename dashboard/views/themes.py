"""Themes by year: a word cloud whose words open their contexts, distinctive terms in readable
units (a bar opens its contexts), and term trends with the sample behind every point."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import streamlit as st

from analysis.present.glosses import render_term, untranslated_note
from analysis.present.links import explore_href
from analysis.present.selection import trend_term_options
from analysis.present.tables import terms_table
from analysis.present.terms import (
    MIN_COUNT,
    MIN_DOCUMENTS,
    MIN_WORDS,
    TermRow,
    cloud_frequencies,
    cloud_words,
)
from analysis.present.wordcloud import wordcloud_links_html
from analysis.terms import suggest_trend_terms
from dashboard import data, widgets
from dashboard.charts import build_term_trends, build_terms_bar
from dashboard.state import URL, Context, check_url, context, current_params, is_toggle_value


def _clicked_term(event: object) -> str | None:
    points = getattr(getattr(event, "selection", None), "points", None) or []
    term = points[0].get("customdata") if points else None
    return term if isinstance(term, str) and term else None


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_themes"))
    years = [summary.year for summary in ctx.corpus.years if summary.documents]
    if not years:
        st.info(ctx.t("no_documents"))
        return
    check_url("year", ctx.language, valid={str(year) for year in years})
    check_url("names", ctx.language, valid=is_toggle_value)
    year = (
        st.segmented_control(ctx.t("pick_year"), years, default=years[-1], key="year", bind=URL) or years[-1]
    )
    counts = data.term_counts(ctx.key, ctx.filters)
    include_names = st.toggle(ctx.t("show_names"), key="names", bind=URL)
    cloud_column, terms_column = st.columns([1, 1])
    with cloud_column:
        _wordcloud(ctx, counts, year=year, include_names=include_names)
    with terms_column:
        rows = _distinctive_terms_chart(ctx, year=year, include_names=include_names)
    if rows:
        _distinctive_terms_table(ctx, rows, year=year)
    st.header(ctx.t("term_trends"))
    _term_trends(ctx, counts)


def _wordcloud(ctx: Context, counts: Mapping[int, Counter[str]], *, year: int, include_names: bool) -> None:
    """The year's word cloud; each word opens its contexts in the concordance."""
    st.subheader(ctx.t("wordcloud"))
    frequencies = cloud_frequencies(counts.get(year), include_names=include_names)
    if not frequencies:
        st.info(ctx.t("no_terms"))
        return
    # in English, the glossary's renderings; a word still opens its Vietnamese contexts
    cloud = cloud_words(frequencies, ctx.language)
    png, boxes = data.wordcloud_layout(cloud.words)
    here = current_params()
    links = {box.word: explore_href(here, query=cloud.queries[box.word], year=year) for box in boxes}
    st.html(
        wordcloud_links_html(
            png,
            boxes,
            links,
            alt=ctx.t("wordcloud_alt", year=year),
            title=ctx.t("open_contexts", term="{word}"),
        )
    )
    note = untranslated_note(cloud.renderings, ctx.language)
    st.caption(" ".join(f"{ctx.t('wordcloud_alt', year=year)}. {ctx.t('wordcloud_click')} {note}".split()))


def _distinctive_terms_chart(ctx: Context, *, year: int, include_names: bool) -> list[TermRow]:
    """The year's distinctive terms as bars (a bar opens its contexts); the rows drawn."""
    st.subheader(ctx.t("distinctive_terms"), help=ctx.t("distinctive_help"))
    rows = data.term_rows(ctx.key, ctx.filters, year, include_names)
    if not rows:
        st.info(ctx.t("no_terms"))
        return rows
    st.caption(ctx.t("terms_rule", count=MIN_COUNT, docs=MIN_DOCUMENTS))
    event = widgets.chart(
        build_terms_bar(rows, year=year, language=ctx.language),
        key="terms_bar",
        config=widgets.export_config(ctx, "file_terms", detail=str(year)),
        sources=next(s.documents for s in ctx.corpus.years if s.year == year),
        on_select="rerun",
        selection_mode="points",
    )
    term = _clicked_term(event)
    if term:
        widgets.open_contexts(ctx, term, year=year)
    return rows


def _distinctive_terms_table(ctx: Context, rows: list[TermRow], *, year: int) -> None:
    """The same terms as a table to download, with a note on the terms left untranslated."""
    widgets.table(
        terms_table(rows, year=year, language=ctx.language),
        key="terms",
        file_name="file_terms",
        detail=str(year),
        context=ctx,
    )
    if note := untranslated_note((render_term(row.term, ctx.language) for row in rows), ctx.language):
        st.caption(note)


def _term_trends(ctx: Context, counts: Mapping[int, Counter[str]]) -> None:
    """The chosen terms' rates across years (suggested ones first); a point opens its contexts."""
    if len(counts) < 2:
        st.info(ctx.t("trend_needs_two_years"))
        return
    default = suggest_trend_terms(counts)
    options = trend_term_options(ctx.corpus, default)
    chosen = st.multiselect(
        ctx.t("pick_terms"), options, default=default, key="terms", bind=URL, accept_new_options=True
    )
    if not chosen:
        return
    st.caption(ctx.t("trend_rule", docs=MIN_DOCUMENTS, words=MIN_WORDS))
    event = widgets.chart(
        build_term_trends(data.trend_points(ctx.key, ctx.filters, tuple(chosen)), language=ctx.language),
        key="term_trends",
        config=widgets.export_config(ctx, "term_trends"),
        sources=(analysis.document.id for analysis in ctx.corpus.documents),
        on_select="rerun",
        selection_mode="points",
    )
    term = _clicked_term(event)
    if term:
        widgets.open_contexts(ctx, term)


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
