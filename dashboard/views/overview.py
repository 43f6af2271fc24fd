"""Overview: key figures with their sources, each year's official theme, the corpus at a glance."""

from __future__ import annotations

import streamlit as st

from analysis.present.curate import resolve
from analysis.present.figures import figure_with_label
from analysis.types import Curation
from dashboard import data, widgets
from dashboard.charts import build_documents_bar
from dashboard.state import Context, context

_CARDS_PER_ROW = 3  # wide enough for "gần 380.000" on a projector


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_overview"))
    st.header(ctx.t("key_figures"))
    curation, problem = data.load_curation()
    curation = resolve(ctx.full.figures, curation)
    widgets.curation_notice(ctx, problem)
    _key_figures(ctx, curation)
    _hidden_figures(ctx, curation)
    st.header(ctx.t("official_themes"))
    _official_themes(ctx)
    st.header(ctx.t("corpus_at_a_glance"))
    _corpus_at_a_glance(ctx)


def _key_figures(ctx: Context, curation: Curation) -> None:
    """The key-figure cards, three a row, each with its source and the analyst's pin and hide."""
    curated = data.figure_cards(ctx.key, ctx.filters, ctx.language, curation)
    cards = curated.cards
    if curated.missing:
        st.info(ctx.t("curate_missing", count=len(curated.missing)), icon=":material/keep_off:")
        st.button(
            ctx.t("curate_forget_missing"),
            key="curate_forget_missing",
            on_click=widgets.forget_pins,
            args=(curated.missing, ctx.language),
        )
    if not cards:
        st.info(ctx.t("no_figures"))
    for row_start in range(0, len(cards), _CARDS_PER_ROW):
        columns = st.columns(_CARDS_PER_ROW)
        for offset, card in enumerate(cards[row_start : row_start + _CARDS_PER_ROW]):
            figure = card.figure
            with columns[offset], st.container(border=True):
                widgets.figure_card(card.value, card.caption, card.excerpt)
                widgets.source(
                    ctx,
                    sentence=figure.sentence,
                    doc_id=figure.doc,
                    key=f"figure_source_{row_start + offset}",
                    query=figure.text,
                    original=figure.text,
                )
                widgets.curate_figure(ctx, figure, curation, key=f"curate_{row_start + offset}")


def _hidden_figures(ctx: Context, curation: Curation) -> None:
    """The figures the analyst hid, folded, each with a way to show it again."""
    hidden = data.hidden_figures(ctx.key, ctx.filters, curation)
    if hidden:
        with st.expander(ctx.t("curate_hidden", count=len(hidden))):
            for number, figure in enumerate(hidden):
                widgets.text(figure_with_label(figure, ctx.language))
                widgets.curate_figure(ctx, figure, curation, key=f"curate_hidden_{number}")


def _official_themes(ctx: Context) -> None:
    """Each year's official theme, verbatim, with its source."""
    for summary in ctx.corpus.years:
        with st.container(border=True):
            st.subheader(str(summary.year))
            if summary.official_theme is None:
                st.caption(ctx.t("no_theme"))
                continue
            widgets.theme(ctx, summary.official_theme.text)
            widgets.source(
                ctx,
                sentence=summary.official_theme.sentence,
                doc_id=summary.official_theme.doc,
                key=f"theme_source_{summary.year}",
            )


def _corpus_at_a_glance(ctx: Context) -> None:
    """Articles per year and outlet, beside the table of the chosen articles."""
    left, right = st.columns([2, 3])
    with left:
        widgets.chart(
            build_documents_bar(
                data.articles_per_year(ctx.key, ctx.filters, ctx.language), language=ctx.language
            ),
            key="documents_bar",
            config=widgets.export_config(ctx, "documents_per_year"),
            sources=(analysis.document.id for analysis in ctx.corpus.documents),
        )
    with right:
        frame, csv = data.articles_table(ctx.key, ctx.filters, ctx.language)
        widgets.table(frame, key="documents", file_name="file_articles", context=ctx, csv=csv)


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
