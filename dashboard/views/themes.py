"""Themes by year: a word cloud of whole words, distinctive terms with scores, and term trends."""

from __future__ import annotations

import streamlit as st

from analysis.present.selection import trend_term_options, year_summary
from analysis.present.tables import terms_table
from analysis.terms import compute_term_trends, suggest_trend_terms
from dashboard import data, widgets
from dashboard.charts import build_term_trends, build_terms_bar
from dashboard.state import URL, context


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_themes"))
    years = [summary.year for summary in ctx.corpus.years if summary.documents]
    if not years:
        st.info(ctx.t("no_documents"))
        return
    year = (
        st.segmented_control(ctx.t("pick_year"), years, default=years[-1], key="year", bind=URL) or years[-1]
    )
    summary = year_summary(ctx.corpus, year)
    counts = data.term_counts(*ctx.cache_args)

    cloud_column, terms_column = st.columns([1, 1])
    with cloud_column:
        st.subheader(ctx.t("wordcloud"))
        frequencies = counts.get(year)
        if frequencies:
            png = data.wordcloud_png(tuple(frequencies.most_common(150)))
            st.image(
                png,
                caption=ctx.t("wordcloud_alt", year=year),
                width="stretch",
                alt=ctx.t("wordcloud_alt", year=year),
                output_format="PNG",  # Streamlit re-encodes an image without alpha as JPEG otherwise
            )
        else:
            st.info(ctx.t("no_terms"))
    with terms_column:
        st.subheader(ctx.t("distinctive_terms"), help=ctx.t("distinctive_help"))
        if summary and summary.top_terms:
            widgets.chart(
                build_terms_bar(summary.top_terms[:15], year=year, language=ctx.language), key="terms_bar"
            )
        else:
            st.info(ctx.t("no_terms"))
    if summary and summary.top_terms:
        widgets.table(
            terms_table(summary.top_terms, ctx.language),
            key="terms",
            file_name=f"tu-khoa-{year}.csv",
            context=ctx,
        )

    st.header(ctx.t("term_trends"))
    default = suggest_trend_terms(counts)
    options = trend_term_options(ctx.corpus, default)
    chosen = st.multiselect(
        ctx.t("pick_terms"), options, default=default, key="terms", bind=URL, accept_new_options=True
    )
    if chosen:
        widgets.chart(
            build_term_trends(compute_term_trends(counts, chosen), language=ctx.language), key="term_trends"
        )


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
