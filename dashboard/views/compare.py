"""Compare years: two or three years side by side, and what persisted, is new or was dropped."""

from __future__ import annotations

import streamlit as st

from analysis.present.figures import figure_with_label, group_repeats
from analysis.present.glosses import render_priority_item
from analysis.present.i18n import concept_label, scope_label
from analysis.present.lists import describe_year_lists, lists_note
from analysis.present.selection import (
    changes_between,
    default_compare_years,
    figures_for_year,
    restated_between,
    statement_years,
    year_summary,
)
from analysis.term_kinds import filter_terms
from analysis.text import escape_markdown
from analysis.types import YearSummary
from dashboard import widgets
from dashboard.state import URL, Context, check_url, context

# A year of a large corpus states hundreds of figures: the page draws the first few (each with
# its source popover) and a button for more, so it stays fast at thousands of articles.
_FIRST_LISTS = 5
_FIRST_FIGURES = 10
_MORE_STEP = 20


def _shown(name: str, available: int, *, first: int) -> int:
    return min(available, st.session_state.get(f"_cmp_shown_{name}", first))


def _show_more(ctx: Context, name: str, available: int, shown: int) -> None:
    if shown >= available:
        return

    def more() -> None:
        st.session_state[f"_cmp_shown_{name}"] = shown + _MORE_STEP

    st.button(
        ctx.t("show_more", count=min(_MORE_STEP, available - shown)),
        key=f"more_{name}",
        on_click=more,
        icon=":material/expand_more:",
        type="tertiary",
    )


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_compare"))
    years = statement_years(ctx.corpus)
    check_url("cmp", ctx.language, valid={str(year) for year in years})
    chosen = st.multiselect(
        ctx.t("pick_years_compare"),
        years,
        default=default_compare_years(years),
        key="cmp",
        max_selections=3,
        bind=URL,
    )
    chosen = sorted(chosen)
    if len(chosen) < 2:
        st.info(ctx.t("pick_two_years"))
        return

    # The answer first: what persisted, is new or was dropped; the long lists of each year below, folded.
    st.header(ctx.t("changes"))
    _changes(ctx, chosen)
    st.header(ctx.t("compare_details"))
    columns = st.columns(len(chosen))
    for column, year in zip(columns, chosen, strict=True):
        with column:
            _year_detail(ctx, year)


def _changes(ctx: Context, chosen: list[int]) -> None:
    for change in changes_between(ctx.corpus, chosen):
        st.subheader(f"{change.from_year} → {change.to_year}")
        for column, key, concepts in zip(
            st.columns(3),
            ("persisted", "new", "dropped"),
            (change.persisted, change.new, change.dropped),
            strict=True,
        ):
            with column, st.container(border=True):
                st.markdown(f"**{ctx.t(key)}** ({len(concepts)})")
                labels = [concept_label(concept, ctx.language) for concept in concepts]
                widgets.text(
                    "\n".join(labels) if labels else ctx.t("none"), css="white-space:pre-line;margin:0"
                )
                restated = restated_between(ctx.corpus, change, chosen) if key == "new" else []
                if restated:
                    st.caption(
                        ctx.t("restated", areas=", ".join(concept_label(c, ctx.language) for c in restated))
                    )


def _year_detail(ctx: Context, year: int) -> None:
    """One year's column: its theme, its priority lists, its distinctive terms and its figures."""
    summary = year_summary(ctx.corpus, year)
    st.subheader(str(year))
    st.markdown(f"**{ctx.t('theme')}**")
    if summary and summary.official_theme:
        widgets.theme(ctx, summary.official_theme.text)
    else:
        st.caption(ctx.t("no_theme"))
    _year_lists(ctx, year)
    _year_terms(ctx, summary)
    _year_figures(ctx, year)


def _year_lists(ctx: Context, year: int) -> None:
    """The year's priority lists, each folded with its items and source; the first few, then more."""
    groups = describe_year_lists(ctx.corpus, year, language=ctx.language)
    st.markdown(f"**{ctx.t('priorities')}** ({len(groups)})")
    if not groups:
        st.caption(ctx.t("no_priorities"))
    shown = _shown(f"lists_{year}", len(groups), first=_FIRST_LISTS)
    for number, row in enumerate(groups[:shown]):
        priority, description = row.priority, row.description
        label = row.label
        if ctx.shows_scope:
            label = f"{label} · {scope_label(priority.scope, ctx.language)}"
        with st.expander(escape_markdown(label), expanded=False):
            if description.shows_original:
                st.caption(ctx.t("list_heading_original"))
                widgets.text(description.original, css="margin:0 0 0.4rem 0;font-style:italic")
            for item in priority.items:
                widgets.tagged(
                    render_priority_item(item.text, ctx.language).text,
                    concept_label(item.concept, ctx.language),
                )
            widgets.source(
                ctx, sentence=priority.sentence, doc_id=priority.doc, key=f"list_source_{year}_{number}"
            )
    _show_more(ctx, f"lists_{year}", len(groups), shown)
    if note := lists_note(groups, ctx.language):
        st.caption(note)  # once for the year's lists, never a mark per list or item


def _year_terms(ctx: Context, summary: YearSummary | None) -> None:
    """The year's first eight distinctive terms, folded."""
    terms = filter_terms(term.term for term in summary.top_terms if term.score > 0)[:8] if summary else []
    with st.expander(f"{ctx.t('distinctive_terms')} ({len(terms)})", expanded=False):
        if terms:
            widgets.text(" · ".join(terms))
        else:
            st.caption(ctx.t("no_terms"))


def _year_figures(ctx: Context, year: int) -> None:
    """The figures stated for the year (a repeat once, with how many articles state it), folded."""
    figures = group_repeats(figures_for_year(ctx.corpus, year))
    with st.expander(f"{ctx.t('figures')} ({len(figures)})", expanded=False):
        if not figures:
            st.caption(ctx.t("no_figures"))
        shown = _shown(f"figures_{year}", len(figures), first=_FIRST_FIGURES)
        for number, (figure, docs) in enumerate(figures[:shown]):
            stated = f" · {ctx.t('stated_by', count=len(docs))}" if len(docs) > 1 else ""
            widgets.text(
                figure_with_label(figure, ctx.language, year=False, scope=ctx.shows_scope) + stated,
                css="margin:0.1rem 0 0.2rem 0",
            )
            widgets.source(
                ctx,
                sentence=figure.sentence,
                doc_id=figure.doc,
                key=f"figure_source_{year}_{number}",
                query=figure.text,
                original=figure.text if ctx.language == "en" else None,
            )
        _show_more(ctx, f"figures_{year}", len(figures), shown)


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
