"""Presentation mode: the meeting story one slide per screen, large type, no sidebar or chrome.

The router runs this instead of the chosen page while the URL holds ``present=1``; ``slide=N``
names the slide, so a link opens straight on it, and ``lang`` and ``years`` stay as they were.
The first slide holds the findings, each a button to its slide, and the handout downloads; every
slide ends with its source line, and its speaker notes open below it.
Verbatim Vietnamese (themes, article titles, event titles) is marked ``lang="vi"``.
"""

from __future__ import annotations

import html
from datetime import date

import streamlit as st

from analysis.present.deck import render_deck
from analysis.present.links import parse_link_number
from analysis.present.story import (
    ChangeColumns,
    CorpusGlance,
    FigureCards,
    Findings,
    MeasureCharts,
    PriorityMatrix,
    Slide,
    SourceList,
    Story,
    Table,
    ThemeQuote,
    Timeline,
    build_story,
)
from analysis.present.style import PALETTE
from analysis.present.tables import export_file_name
from analysis.present.wordcloud import SLIDE_MIN_FONT_SIZE
from dashboard import data, widgets
from dashboard.charts import build_priority_matrix_slide, build_series_chart, for_projector
from dashboard.state import Context, context, fall_back

PRESENT, SLIDE = "present", "slide"
# px: what is left of a 720-px-high screen under the title, above the source line and the buttons
CHART_HEIGHT = 430
# The matrix's thirteen rows need more to keep every label: its long title is set on one line.
MATRIX_HEIGHT = 470
_E = html.escape
VERBATIM = ' lang="vi"'

# Chrome hidden, large type: everything on a slide is 20 px or more.
_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"], footer,
[data-testid="stExpandSidebarButton"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 1.2rem 2.5rem 0.5rem 2.5rem !important;
  max-width: 100% !important; }
[data-testid="stMain"] { font-size: 22px; }
[data-testid="stMain"] button p, [data-testid="stMain"] button span { font-size: 22px !important; }
[data-testid="stMain"] button kbd { font-size: 20px !important; }
.slide-title { font-size: 38px; font-weight: 700; color: #0b5394; margin: 0; line-height: 1.15; padding: 0; }
.slide-title.long { font-size: 30px; }
.slide-message { font-size: 26px; color: #444; margin: 0.2rem 0 0.6rem 0; }
.slide-counter { font-size: 22px; color: #444; text-align: center; margin-top: 0.4rem; }
.slide-source { font-size: 20px; color: #444; margin: 0; }
.st-key-slide_sources { margin-top: -1.4rem; }  /* close under the chart it names */
.slide-note { font-size: 20px; color: #555; font-style: italic; margin: 0.6rem 0 0.4rem 0; }
.slide-notes { font-size: 20px; color: #333; line-height: 1.35; }
[data-testid="stMain"] [data-testid="stExpander"] summary { padding: 0.15rem 0.6rem; }
[data-testid="stMain"] [data-testid="stExpander"] summary p,
[data-testid="stMain"] [data-testid="stExpander"] summary span { font-size: 20px !important; }
[class*="st-key-finding_"] button { justify-content: flex-start; text-align: left; min-height: 2.6rem; }
[class*="st-key-finding_"] button p { font-size: 26px !important; line-height: 1.3; text-align: left; }
.stat { margin: 0 0 1.2rem 0; }
.stat b { display: block; font-size: 56px; color: #0b5394; line-height: 1.1; }
.stat span { font-size: 24px; color: #555; }
.theme-label { font-size: 22px; color: #555; font-style: italic; margin: 0 0 0.3rem 0; }
.theme-quote { font-size: 36px; font-weight: 700; color: #0b5394; line-height: 1.3; margin: 0 0 1rem 0; }
.theme-gloss { font-size: 28px; color: #222; line-height: 1.3; }
.caption { font-size: 20px; color: #555; font-style: italic; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; }
.card { border: 2px solid #0b5394; border-radius: 0.8rem; background: #f3f6fa; padding: 0.8rem 1rem; }
.card b { display: block; font-size: 40px; color: #0b5394; line-height: 1.15; }
.card .unit { font-size: 24px; font-weight: 600; color: #222; }
.card .subject { font-size: 22px; color: #555; }
table.slide-table { border-collapse: collapse; width: 100%; font-size: 20px; line-height: 1.3; }
table.slide-table td:first-child { white-space: nowrap; }
table.slide-table th { background: #0b5394; color: #fff; text-align: left; padding: 0.3rem 0.6rem; }
table.slide-table td { padding: 0.25rem 0.6rem; border-bottom: 1px solid #d0d7e2; }
.st-key-slide_nav { position: fixed; left: 0; right: 0; bottom: 0; z-index: 999990; background: #fff;
  padding: 0.35rem 2.5rem; border-top: 1px solid #d0d7e2; }
[data-testid="stMain"] { padding-bottom: 4.2rem; }
.st-key-slide_phone { display: none; }

/* A phone held upright (Streamlit stacks columns under 640 px): smaller type, tables that wrap,
   rows of the timeline and source tables as cards, the phone layout of the priority matrix, and a
   navigation bar of two short rows. */
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding: 0.8rem 1rem 0.5rem 1rem !important; }
  [data-testid="stMain"] { font-size: 18px; padding-bottom: 7.5rem; }
  .slide-title { font-size: 30px; }
  .slide-title.long { font-size: 26px; }
  .slide-message { font-size: 18px; }
  [class*="st-key-finding_"] button p { font-size: 20px !important; }
  .slide-source, .slide-note, .slide-notes { font-size: 16px; }
  .stat b { font-size: 40px; }
  .stat span, .theme-label, .caption { font-size: 18px; }
  .theme-quote { font-size: 26px; }
  .theme-gloss { font-size: 20px; }
  .cards { grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: 0.6rem; }
  .card { padding: 0.6rem 0.7rem; overflow-wrap: anywhere; }
  .card b { font-size: 28px; }
  .card .unit, .card .subject { font-size: 17px; }
  table.slide-table { font-size: 16px; table-layout: fixed; }
  table.slide-table th, table.slide-table td { padding: 0.3rem 0.35rem; overflow-wrap: anywhere;
    hyphens: auto; }
  table.slide-table td:first-child { white-space: normal; }
  table.slide-table.cards-on-phone thead { display: none; }
  table.slide-table.cards-on-phone tr { display: block; padding: 0.45rem 0;
    border-bottom: 1px solid #d0d7e2; }
  table.slide-table.cards-on-phone td { display: block; border: 0; padding: 0.05rem 0.2rem; }
  table.slide-table.cards-on-phone td::before { content: attr(data-label) ": "; color: #0b5394;
    font-weight: 600; }
  .st-key-slide_projector { display: none; }
  .st-key-slide_phone { display: block; }
  .st-key-slide_nav { padding: 0.4rem 0.6rem; }
  .st-key-slide_nav [data-testid="stHorizontalBlock"] { display: grid !important;
    grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 0.4rem 0.5rem; }
  .st-key-slide_nav [data-testid="stColumn"] { width: auto !important; min-width: 0 !important;
    grid-column: span 2; }
  .st-key-slide_nav [data-testid="stColumn"]:nth-child(n+4) { grid-column: span 3; }
  [data-testid="stMain"] .st-key-slide_nav button { min-height: 2.5rem; padding: 0.2rem 0.4rem; }
  [data-testid="stMain"] .st-key-slide_nav button p,
  [data-testid="stMain"] .st-key-slide_nav button span { font-size: 17px !important; }
  [data-testid="stMain"] .st-key-slide_nav button kbd { display: none; }
  .slide-counter { font-size: 17px; margin: 0; }
}
</style>
"""


def slide_number(count: int, language: str) -> int:
    """The slide named in the URL: 1 when missing; with a notice, 1 when it is not a slide number
    ("²", "-1", 5,000 digits) and the last slide when it is past the end."""
    raw = st.query_params.get(SLIDE, "1")
    number = parse_link_number(raw, low=1, high=_MAX_SLIDE_LINK)
    if number is None:
        fall_back(SLIDE, language)
        return 1
    if number > max(count, 1):
        fall_back(SLIDE, language, corrected=str(max(count, 1)))
        return max(count, 1)
    return number


_MAX_SLIDE_LINK = 9999  # a story has a dozen slides; a longer number is not one the dashboard wrote


def _go(number: int) -> None:
    st.query_params[SLIDE] = str(number)


def leave() -> None:
    """Back to the page that was open; the other URL state (language, years) stays."""
    st.query_params.pop(PRESENT, None)
    st.query_params.pop(SLIDE, None)


LONG_TITLE = 52  # characters: a title that states its message in more is set smaller, on one line


def _heading(slide: Slide) -> None:
    kind = "slide-title long" if len(slide.title) > LONG_TITLE else "slide-title"
    st.html(
        f'<h1 class="{kind}">{_E(slide.title)}</h1>'
        + (f'<p class="slide-message">{_E(slide.message)}</p>' if slide.message else "")
    )


def _table_html(
    table: Table, *, verbatim: set[int] = frozenset(), colours: tuple[str, ...] = (), cards: bool = False
) -> str:
    """The table; with ``cards``, a phone shows each row as a card, every cell under its header's name."""
    head = "".join(
        f'<th style="background:{colours[i]}">{_E(name)}</th>' if colours else f"<th>{_E(name)}</th>"
        for i, name in enumerate(table.header)
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f'<td data-label="{_E(table.header[i])}"{VERBATIM if i in verbatim else ""}>{_E(value)}</td>'
            for i, value in enumerate(row)
        )
        + "</tr>"
        for row in table.rows
    )
    kind = "slide-table cards-on-phone" if cards else "slide-table"
    return f'<table class="{kind}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _chart(figure: object, key: str) -> None:
    st.plotly_chart(figure, key=key, config={"displayModeBar": False}, width="stretch")


def _findings(body: Findings, ctx: Context) -> None:
    """Each finding a button to its slide; below them the note and the handout downloads."""
    for number, finding in enumerate(body.items, start=1):
        st.button(
            f"{number}. {finding.text}",
            key=f"finding_{number}",
            on_click=_go,
            args=(finding.slide,),
            help=ctx.t("finding_go_help"),
            type="tertiary",
            icon=":material/arrow_forward:",
        )
    st.html(f'<p class="slide-note">{_E(body.note)}</p>')
    for column, kind in zip(st.columns(2), widgets.HANDOUT_KINDS, strict=True):
        with column:
            widgets.handout_download(
                ctx.corpus,
                ctx.language,
                kind=kind,
                key=f"present_handout_{kind}",
                curation=data.shown_curation(),
            )


def _body(slide: Slide, ctx: Context, index: int) -> None:
    body = slide.body
    _heading(slide)
    if isinstance(body, Findings):
        _findings(body, ctx)
    elif isinstance(body, CorpusGlance):
        _corpus_glance(body, index)
    elif isinstance(body, ThemeQuote):
        _theme_quote(body)
    elif isinstance(body, PriorityMatrix):
        _priority_matrix(body, ctx, index)
    elif isinstance(body, ChangeColumns):
        colours = (PALETTE[2], PALETTE[0], PALETTE[3])
        st.html(_table_html(body.table, colours=colours))
    elif isinstance(body, FigureCards):
        _figure_cards(body)
    elif isinstance(body, MeasureCharts):
        _measure_charts(body, index)
    elif isinstance(body, Timeline | SourceList):
        # the event and article titles are the articles' own words
        st.html(_table_html(body.table, verbatim={2} if isinstance(body, Timeline) else {0}, cards=True))


def _corpus_glance(body: CorpusGlance, index: int) -> None:
    """Articles per year beside the corpus's counts in large type."""
    chart_column, stats_column = st.columns([3, 1], vertical_alignment="center")
    with chart_column:
        _chart(for_projector(build_series_chart(body.chart), height=CHART_HEIGHT), f"slide_{index}_chart")
    with stats_column:
        st.html(
            "".join(f'<p class="stat"><b>{_E(n)}</b><span>{_E(label)}</span></p>' for n, label in body.stats)
        )


def _theme_quote(body: ThemeQuote) -> None:
    """The year's official theme, verbatim (with its gloss), beside the year's word cloud."""
    text_column, cloud_column = st.columns([1, 1])
    with text_column:
        parts = []
        if body.original_label and body.text:
            parts.append(f'<p class="theme-label">{_E(body.original_label)}</p>')
        if body.text:
            parts.append(f'<p class="theme-quote" lang="vi">“{_E(body.text)}”</p>')
        if body.gloss:
            parts.append(f'<p class="theme-gloss">{_E(body.gloss)}</p>')
        st.html("".join(parts))
    with cloud_column:
        if body.words:
            st.image(
                data.wordcloud_png(body.words, SLIDE_MIN_FONT_SIZE),
                width="stretch",
                output_format="PNG",
            )
            st.html(f'<p class="caption">{_E(body.caption)}</p>')


def _priority_matrix(body: PriorityMatrix, ctx: Context, index: int) -> None:
    """The concept × year matrix, in a projector's and a phone's layout."""
    # The server cannot know the screen's width: both layouts are sent and the style sheet
    # shows the one that fits (a phone's wrapped labels would not fit a projector's height).
    for phone, key in ((False, "slide_projector"), (True, "slide_phone")):
        with st.container(key=key):
            figure = build_priority_matrix_slide(
                body.concepts,
                body.counts,
                body.years,
                language=ctx.language,
                height=MATRIX_HEIGHT,
                phone=phone,
            )
            _chart(figure, f"slide_{index}_matrix{'_phone' if phone else ''}")


def _figure_cards(body: FigureCards) -> None:
    """The key figures as cards: value, what it counts, and when."""
    cards = "".join(
        f'<div class="card"><b>{_E(card.value)}</b><div class="unit">{_E(card.label)}</div>'
        + (f'<div class="subject">{_E(card.when)}</div>' if card.when else "")
        + "</div>"
        for card in body.cards
    )
    st.html(f'<div class="cards">{cards}</div>')


def _measure_charts(body: MeasureCharts, index: int) -> None:
    """One to four same-measure charts, two a row."""
    columns = st.columns(min(2, len(body.charts)))
    height = CHART_HEIGHT if len(body.charts) <= 2 else CHART_HEIGHT // 2
    for number, chart in enumerate(body.charts):
        with columns[number % len(columns)]:
            _chart(for_projector(build_series_chart(chart), height=height), f"slide_{index}_measure_{number}")


def _navigation(story: Story, number: int, ctx: Context) -> None:
    total = len(story.slides)
    with st.container(key="slide_nav"):
        _buttons(story, number, ctx, total)


def _buttons(story: Story, number: int, ctx: Context, total: int) -> None:
    previous, counter, following, deck, leave_column = st.columns(
        [1.3, 2, 1.3, 2.6, 1.8], vertical_alignment="center"
    )
    with previous:
        st.button(
            ctx.t("present_prev"),
            icon=":material/arrow_back:",
            key="slide_prev",
            on_click=_go,
            args=(number - 1,),
            disabled=number <= 1,
            shortcut="Left",
            width="stretch",
        )
    with counter:
        st.html(f'<p class="slide-counter">{_E(ctx.t("slide_counter", number=number, total=total))}</p>')
    with following:
        st.button(
            ctx.t("present_next"),
            icon=":material/arrow_forward:",
            key="slide_next",
            on_click=_go,
            args=(number + 1,),
            disabled=number >= total,
            shortcut="Right",
            width="stretch",
        )
    with deck:
        language = ctx.language
        st.download_button(
            ctx.t("present_deck"),
            help=ctx.t("download_deck_help"),
            data=lambda: render_deck(story),  # drawn only when clicked
            file_name=export_file_name("file_deck", language, day=date.today(), extension="pptx"),
            mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
            icon=":material/slideshow:",
            key="present_deck",
            on_click="ignore",
            width="stretch",
        )
    with leave_column:
        st.button(
            ctx.t("present_exit"), icon=":material/close:", key="slide_leave", on_click=leave, width="stretch"
        )


def _sources(slide: Slide, ctx: Context) -> None:
    """The source line under the slide's chart or table, and beside it the speaker notes, folded."""
    with st.container(key="slide_sources"):
        line, notes = st.columns([3, 1], vertical_alignment="center")
    with line:
        line = " · ".join(part for part in (slide.source_line, slide.untranslated) if part)
        st.html(f'<p class="slide-source">{_E(line)}</p>')
    with notes, st.expander(ctx.t("notes_show")):
        st.html(
            '<div class="slide-notes">'
            + "<br>".join(_E(line) for line in slide.notes.splitlines())
            + "</div>"
        )


def render() -> None:
    ctx = context()
    st.html(_CSS)
    story = build_story(ctx.corpus, language=ctx.language, curation=data.shown_curation())
    number = slide_number(len(story.slides), ctx.language)
    slide = story.slides[number - 1]
    _body(slide, ctx, number)
    _sources(slide, ctx)
    _navigation(story, number, ctx)


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
