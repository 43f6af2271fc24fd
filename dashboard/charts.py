"""Plotly renderings of the view data, labelled in the chosen language.

Years go on category axes: integer years on a numeric axis render as "2,022.5".
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

import plotly.graph_objects as go
import plotly.io as pio

from analysis.present.figures import MeasureSeries
from analysis.present.glosses import render_event, render_term
from analysis.present.i18n import concept_label, event_kind_label, translate
from analysis.present.instruments import ProgressRow, progress_share
from analysis.present.localize import format_day, plotly_separators
from analysis.present.story import SeriesChart, count_axis_step
from analysis.present.style import PALETTE
from analysis.present.terms import (
    TermRow,
    TrendPoint,
    term_row_hover,
    trend_point_hover,
    year_sample_label,
)
from analysis.types import ConceptYears, Event

# Plotly's toolbar downloads a PNG at three times the on-screen size: sharp on a projector slide.
PLOTLY_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 3, "filename": "chuyen-doi-so"},
}
_FONT = "Be Vietnam Pro, Segoe UI, Roboto, Noto Sans, DejaVu Sans, sans-serif"
_PALETTE = list(PALETTE)
TIMELINE_LABEL_WIDTH = 26  # characters: a wrapped event title fits beside its marker at 390 px


def plot_text(value: object) -> str:
    """Text for a plotly label, legend, title or hover: the one escaping every chart builder uses
    for an article's words (and for every label it draws). Plotly renders <b>, <a href>, <br> in
    them, so "&", "<" and ">" are escaped and the text shows as written. Only these three: plotly
    decodes &amp; &lt; &gt; and numeric entities but not &quot;, which html.escape would leave on screen.

    >>> plot_text('Chỉ số "DTI" <b>&</b>')
    'Chỉ số "DTI" &lt;b&gt;&amp;&lt;/b&gt;'
    """
    return html.escape(str(value), quote=False)


_SHOWN_CHARACTER = re.compile(r"&(?:#\d+|#x[\da-fA-F]+|[a-z]+);|.", re.DOTALL)


def _wrap_lines(text: str, width: int) -> list[str]:
    """Words on lines of at most ``width`` characters; a longer word (a URL) is cut into pieces."""
    lines: list[str] = []
    for word in text.split():
        # an escaped "&lt;" is one character on screen, and cut in two it would show as text
        shown = _SHOWN_CHARACTER.findall(word)
        pieces = ["".join(shown[start : start + width]) for start in range(0, len(shown), width)]
        for piece in pieces:
            if lines and len(lines[-1]) + 1 + len(piece) <= width:
                lines[-1] += " " + piece
            else:
                lines.append(piece)
    return lines


def wrap_label(text: str, *, width: int = 18) -> str:
    """A long axis label or title on two or more lines (plotly's ``<br>``), so that on a 390 px
    phone the plot keeps room and the label is not cut at the chart's edge; escaped with
    :func:`plot_text`, so markup in the text stays text.

    >>> wrap_label("Truyền thông, nâng cao nhận thức")
    'Truyền thông, nâng<br>cao nhận thức'
    >>> wrap_label("<b>Dữ liệu số</b> & AI")
    '&lt;b&gt;Dữ liệu<br>số&lt;/b&gt; &amp;<br>AI'
    """
    return _join_lines(plot_text(text), width)


def _join_lines(escaped: str, width: int) -> str:
    """Text already escaped for plotly, on lines of at most ``width`` characters as shown."""
    return "<br>".join(_wrap_lines(escaped, width))


def wrap_text(text: str, *, width: int = 26, lines: int = 3) -> str:
    """Article text as a plotly label of at most ``lines`` lines of ``width`` characters, escaped
    line by line (so a ``<br>`` in the article stays text) and joined by plotly's ``<br>``; text
    beyond the last line ends in "…".

    >>> wrap_text("Phiên họp lần thứ 8 của Ủy ban Quốc gia về chuyển đổi số")
    'Phiên họp lần thứ 8 của Ủy<br>ban Quốc gia về chuyển đổi<br>số'
    """
    wrapped = _wrap_lines(text, width)
    if len(wrapped) > lines:
        wrapped = [*wrapped[: lines - 1], wrapped[lines - 1][: width - 1].rstrip() + "…"]
    return "<br>".join(plot_text(line) for line in wrapped)


# Every legend sits under the plot, its rows left-aligned, measured from the figure's bottom edge
# ("container"): plotly then reserves that strip and moves the plot and its axis titles up, so on a
# 390 px phone, where the entries wrap onto several rows, the legend never covers the title or the
# axes (a legend above the plot did cover the title).
LEGEND_BELOW = {
    "orientation": "h",
    "xref": "paper",
    "x": 0,
    "xanchor": "left",
    "yref": "container",
    "y": 0,
    "yanchor": "bottom",
    "title": {"side": "top left"},
}


# Every chart's template, given once: every go.Figure() starts with it. Naming it in each layout
# update made plotly validate and copy the whole template again, about 15 ms of CPU per chart and
# rerun, which fifty visitors of one server pay for together.
pio.templates.default = "plotly_white"

TITLE_WIDTH = 40  # characters of a chart title per line: plotly never wraps it, a 390 px phone cuts it
_TITLE_LINE_PX = 22
PROJECTOR_TITLE_WIDTH = 24  # the same at 26 px type
_PROJECTOR_TITLE_LINE_PX = 32
_TOP_AXIS_PX = 50  # ticks and title of an x axis drawn above the plot, under the chart's title


def _layout(
    figure: go.Figure, title: str, *, language: str | None = None, height: int = 420, top_axis: bool = False
) -> go.Figure:
    """The shared look: the title (plain text: escaped here) wrapped and left-aligned with room
    kept under it (and for an axis drawn on top), the reader's number format, the legend under the plot."""
    if language is not None:  # numbers read the reader's way: "1,74" in Vietnamese, "1.74" in English
        figure.update_layout(separators=plotly_separators(language))
    wrapped = wrap_label(title, width=TITLE_WIDTH)
    extra_lines = wrapped.count("<br>")
    top = 60 + _TITLE_LINE_PX * extra_lines + (_TOP_AXIS_PX if top_axis else 0)
    figure.update_layout(
        # the title's first line stays where it was; the plot moves down for its other lines
        title={
            "text": wrapped,
            "x": 0,
            "xanchor": "left",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": 18},
        },
        font={"family": _FONT, "size": 14},
        height=height + _TITLE_LINE_PX * extra_lines + (_TOP_AXIS_PX if top_axis else 0),
        margin={"l": 10, "r": 10, "t": top, "b": 10},
        colorway=_PALETTE,
        legend=LEGEND_BELOW,
    )
    return figure


def build_series_chart(chart: SeriesChart, *, language: str | None = None) -> go.Figure:
    """A story chart (bars or lines over categories), with each point's label where it has one."""
    figure = go.Figure()
    for position, series in enumerate(chart.series):
        text = (
            [plot_text(label) for label in series.labels]
            if series.labels
            else [f"{value:,.10g}" if value else "" for value in series.values]
        )
        common = {
            "x": [plot_text(category) for category in chart.categories],
            "y": list(series.values),
            "name": plot_text(series.name),
            "text": text,
            "hovertemplate": "%{x}: %{text}<extra>%{fullData.name}</extra>",
        }
        colour = _PALETTE[position % len(_PALETTE)]
        if chart.kind == "line":
            figure.add_trace(
                go.Scatter(
                    **common,
                    mode="lines+markers+text",
                    textposition="top center",
                    cliponaxis=False,
                    line={"width": 5, "color": colour},
                    marker={"size": 16, "color": colour},
                )
            )
        else:
            figure.add_trace(go.Bar(**common, textposition="inside", marker_color=colour))
    figure.update_layout(barmode="stack" if chart.stacked else "group", showlegend=len(chart.series) > 1)
    figure.update_xaxes(type="category")
    figure.update_yaxes(title_text=plot_text(chart.value_axis), rangemode="tozero", automargin=True)
    step = count_axis_step(chart)
    if step is not None:  # articles are counted whole: no tick at half an article
        figure.update_yaxes(dtick=step, tickformat=",d")
    if chart.kind == "line":
        values = [value for series in chart.series for value in series.values if value is not None]
        top = max(values, default=1)
        figure.update_yaxes(range=[0, top * 1.25])  # room for the labels above the points
        if top >= 1e6:  # such long axis numbers do not fit a slide; the labels carry the values
            figure.update_yaxes(showticklabels=False)
    return _layout(figure, chart.title, language=language)


SOURCE_LINE_PX = 18  # room one line of the source line takes under the chart's title
SOURCE_LINE_WIDTH = 50  # characters of 12 px type per line: a 390 px phone shows them whole


def with_source_line(figure: go.Figure, line: str) -> go.Figure:
    """The chart with its source line ("Nguồn: VnExpress, 10/10/2022 +2") in small grey type
    under its title, where the PNG export keeps it, wrapped to fit a phone; "" leaves the chart.

    >>> with_source_line(go.Figure(), "Nguồn: VOV5 & <b>PLVN</b>").layout.title.subtitle.text
    'Nguồn: VOV5 &amp; &lt;b&gt;PLVN&lt;/b&gt;'
    """
    if not line:
        return figure
    wrapped = wrap_text(line, width=SOURCE_LINE_WIDTH, lines=3)
    extra = SOURCE_LINE_PX * (wrapped.count("<br>") + 1)
    top, height = figure.layout.margin.t or 60, figure.layout.height
    figure.update_layout(
        title={"subtitle": {"text": wrapped, "font": {"size": 12, "color": "#555555"}}},
        margin={"t": top + extra},
        height=height + extra if height else None,
    )
    return figure


def for_projector(figure: go.Figure, *, height: int) -> go.Figure:
    """The same figure in type readable from the back of a room (20 px and up), no toolbar clutter.
    The title, in larger type, wraps at fewer characters (so it fits a phone too) and the plot
    moves down for its extra lines and for an axis drawn on top."""
    title = figure.layout.title.text or ""
    rewrapped = _join_lines(title.replace("<br>", " "), PROJECTOR_TITLE_WIDTH)  # escaped already
    top = (figure.layout.margin.t or 60) - _TITLE_LINE_PX * title.count("<br>")
    top += 20 + _PROJECTOR_TITLE_LINE_PX * rewrapped.count("<br>")
    figure.update_layout(
        height=height,
        font={"size": 22},
        # a title of two or more lines is drawn from 26 px above its pad: 28 px keeps it in the chart
        title={"font": {"size": 26}, "text": rewrapped or None, "pad": {"t": 28}},
        legend={"font": {"size": 20}},
        margin={"l": 10, "r": 10, "t": max(70, top), "b": 10},
        hoverlabel={"font": {"size": 20}},
    )
    figure.update_xaxes(tickfont={"size": 20}, title_font={"size": 22})
    figure.update_yaxes(tickfont={"size": 20}, title_font={"size": 22})
    figure.update_traces(textfont={"size": 22}, selector={"type": "bar"})
    figure.update_traces(textfont={"size": 22}, selector={"type": "scatter"})
    figure.update_traces(
        textfont={"size": 22},
        colorbar={"tickfont": {"size": 20}, "title": {"font": {"size": 20}}},
        selector={"type": "heatmap"},
    )
    return figure


def build_terms_bar(rows: Sequence[TermRow], *, year: int, language: str) -> go.Figure:
    """A year's distinctive terms, highest first: uses per 10,000 words in the year beside the
    other years' rate. A bar is clickable (its term is the point's ``customdata``)."""
    ordered = list(reversed(rows))
    terms = [row.term for row in ordered]  # customdata: what a click opens, never drawn
    names = [render_term(term, language).text for term in terms]  # English where curated
    hovers = [
        term_row_hover(replace(row, term=plot_text(name)), year=year, language=language)
        for row, name in zip(ordered, names, strict=True)
    ]
    # "Ministry of Information and Communications" on one line leaves a phone's plot too narrow
    # for its axis title
    labels = [wrap_label(name) for name in names]
    figure = go.Figure()
    # Horizontal grouped bars stack their traces bottom-up: the other years go first so that each
    # term's own-year bar is drawn above its comparison.
    if any(row.other_per_10k is not None for row in ordered):
        figure.add_trace(
            go.Bar(
                x=[row.other_per_10k or 0 for row in ordered],
                y=labels,
                orientation="h",
                name=translate("rate_other_years", language),
                marker_color="#b7c9de",
                customdata=terms,
                hovertext=hovers,
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    figure.add_trace(
        go.Bar(
            x=[row.per_10k for row in ordered],
            y=labels,
            orientation="h",
            name=translate("rate_in_year", language, year=year),
            marker_color=_PALETTE[0],
            customdata=terms,
            hovertext=hovers,
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )
    figure.update_xaxes(title_text=translate("rate_axis", language))
    figure.update_yaxes(type="category", automargin=True)
    figure.update_layout(
        barmode="group",
        clickmode="event+select",
    )
    _layout(
        figure,
        f"{translate('distinctive_terms', language)} — {year}",
        language=language,
        height=max(340, 34 * len(rows) + 190),
    )
    figure.update_layout(legend_traceorder="reversed")  # the year's own bar first, as drawn
    return figure


def build_term_trends(points: Sequence[TrendPoint], *, language: str) -> go.Figure:
    """Lines of chosen terms' rate per 10,000 words per year; the x labels carry each year's
    number of articles, and thin-evidence points are drawn hollow."""
    figure = go.Figure()
    labels = {point.year: year_sample_label(point, language=language) for point in points}
    for position, term in enumerate(dict.fromkeys(point.term for point in points)):
        chosen = [point for point in points if point.term == term]
        colour = _PALETTE[position % len(_PALETTE)]
        figure.add_trace(
            go.Scatter(
                x=[labels[point.year] for point in chosen],
                y=[point.per_10k for point in chosen],
                mode="lines+markers",
                name=plot_text(term),
                line={"color": colour, "width": 3},
                marker={
                    "size": 12,
                    "color": ["white" if point.thin else colour for point in chosen],
                    "line": {"color": colour, "width": 2},
                },
                customdata=[term] * len(chosen),
                hovertext=[
                    trend_point_hover(replace(point, term=plot_text(point.term)), language=language)
                    for point in chosen
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    figure.update_xaxes(
        type="category",
        categoryorder="array",
        categoryarray=[labels[year] for year in sorted(labels)],
        title_text=translate("year_axis", language),
    )
    figure.update_yaxes(title_text=translate("relative_frequency", language), rangemode="tozero")
    return _layout(figure, translate("term_trends", language), language=language, height=480)


def build_priority_heatmap(
    concepts: Sequence[str],
    counts: Sequence[Sequence[int]],
    years: Sequence[int],
    *,
    language: str,
    label_width: int = 18,
) -> go.Figure:
    """Concept × year matrix: how many articles state a priority in each concept each year. Row
    labels wrap at ``label_width`` characters (narrow for a phone; a projector slide, short of
    height, keeps them on one line)."""
    labels = [wrap_label(concept_label(concept, language), width=label_width) for concept in concepts]
    figure = go.Figure(
        go.Heatmap(
            z=[list(row) for row in counts],
            x=[str(year) for year in years],
            y=labels,
            customdata=[[concept] * len(years) for concept in concepts],
            colorscale=[[0, "#f3f6fa"], [0.01, "#cfe2f3"], [1, "#0b5394"]],
            zmin=0,
            xgap=3,
            ygap=3,
            text=[[str(value) if value else "" for value in row] for row in counts],
            texttemplate="%{text}",
            # under the plot, across: beside it, it took a third of a phone's width from the cells
            colorbar={
                "title": {"text": translate("heatmap_colorbar", language), "side": "top"},
                "dtick": 1,
                "orientation": "h",
                "x": 0,
                "xanchor": "left",
                "len": 200,
                "lenmode": "pixels",
                "thickness": 12,
                "yref": "container",
                "y": 0,
                "yanchor": "bottom",
            },
            hoverinfo="skip",  # the cell markers below carry the hover and the click
        )
    )
    # plotly heatmaps emit no selection events in Streamlit; an invisible square marker at each
    # cell's centre does, and carries the cell's concept and year.
    unit = translate("heatmap_colorbar", language).lower()
    figure.add_trace(
        go.Scatter(
            x=[str(year) for _ in concepts for year in years],
            y=[label for label in labels for _ in years],
            mode="markers",
            marker={"symbol": "square", "size": 30, "color": "rgba(0,0,0,0)"},
            customdata=[[concept, year] for concept in concepts for year in years],
            text=[str(value) for row in counts for value in row],
            hovertemplate=f"%{{y}} — %{{x}}: %{{text}} {unit}<extra></extra>",
            showlegend=False,
            selected={"marker": {"opacity": 1}},
            unselected={"marker": {"opacity": 1}},
        )
    )
    figure.update_layout(clickmode="event+select", dragmode=False)
    figure.update_xaxes(type="category", side="top", title_text=translate("year_axis", language))
    figure.update_yaxes(type="category", autorange="reversed", automargin=True)
    return _layout(
        figure,
        translate("heatmap_title", language),
        language=language,
        height=max(360, 34 * len(concepts) + 170),
        top_axis=True,
    )


PHONE_MATRIX_LABEL_WIDTH = 16  # characters per line of a concept on a 390-px-wide slide
_PHONE_MATRIX_FONT_PX = 16
_PHONE_MATRIX_LINE_PX = 20  # one line of a 16 px label
_PHONE_MATRIX_ROW_PAD_PX = 14  # between two rows' labels, and the cells' gap


def build_priority_matrix_slide(
    concepts: Sequence[str],
    counts: Sequence[Sequence[int]],
    years: Sequence[int],
    *,
    language: str,
    height: int,
    phone: bool = False,
) -> go.Figure:
    """The priority matrix on a slide: no title (the slide has it) and no colour scale (each cell
    shows its count). A projector is short of height, not width: one line per concept in 20 px type,
    so thirteen rows fit ``height``. A phone is short of width: concepts wrap at 16 characters in
    16 px type and the chart is as tall as its rows need (the slide scrolls), so no label is cut.

    >>> build_priority_matrix_slide(["digital_data"], [[0, 2]], [2023, 2024], language="vi",
    ...                             height=470, phone=True).layout.yaxis.tickfont.size
    16
    """
    width = PHONE_MATRIX_LABEL_WIDTH if phone else 60
    figure = build_priority_heatmap(concepts, counts, years, language=language, label_width=width)
    if phone:
        # plotly gives every row the same height: the row of the longest label sets it
        lines = max((label.count("<br>") + 1 for label in figure.data[0].y), default=1)
        row = _PHONE_MATRIX_LINE_PX * lines + _PHONE_MATRIX_ROW_PAD_PX
        height = max(260, row * len(concepts) + _TOP_AXIS_PX + 20)
    figure = for_projector(figure, height=height)
    figure.update_layout(title=None, margin={"t": _TOP_AXIS_PX + 10 if phone else 10})
    figure.update_traces(showscale=False, selector={"type": "heatmap"})
    if phone:
        small = {"size": _PHONE_MATRIX_FONT_PX}
        figure.update_layout(font=small)
        figure.update_yaxes(tickfont=small)
        figure.update_xaxes(tickfont=small, title_font=small)
        figure.update_traces(textfont={"size": 18}, selector={"type": "heatmap"})
    return figure


def build_priority_flow(rows: Sequence[ConceptYears], years: Sequence[int], *, language: str) -> go.Figure:
    """A slope view of how priority areas carry over: one row per concept, a dot in every year it
    is stated, and a line joining consecutive years in which it persists (a gap where it lapses)."""
    ordered_years = [str(year) for year in sorted(years)]
    figure = go.Figure()
    for position, row in enumerate(rows):
        label = wrap_label(concept_label(row.concept, language))
        stated = {str(year) for year in row.years}
        # None breaks the line: a concept dropped one year and stated again is two segments.
        figure.add_trace(
            go.Scatter(
                x=ordered_years,
                y=[label if year in stated else None for year in ordered_years],
                mode="lines+markers",
                name=plot_text(concept_label(row.concept, language)),
                connectgaps=False,
                line={"width": 4, "color": _PALETTE[position % len(_PALETTE)]},
                marker={"size": 14, "color": _PALETTE[position % len(_PALETTE)]},
                customdata=[row.concept] * len(ordered_years),
                hovertemplate="%{y} — %{x}<extra></extra>",
            )
        )
    figure.update_xaxes(type="category", side="top", title_text=translate("year_axis", language))
    figure.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=[wrap_label(concept_label(row.concept, language)) for row in reversed(rows)],
        automargin=True,
    )
    figure.update_layout(showlegend=False)
    return _layout(
        figure,
        translate("flow_title", language),
        language=language,
        height=max(360, 34 * len(rows) + 120),
        top_axis=True,
    )


def build_timeline(events: Sequence[Event], *, language: str, titles: Mapping[str, str]) -> go.Figure:
    """Dated events down a vertical line, oldest at the top: one row per event with its date on the
    axis (in the reader's format: "10/10/2022", "Oct 10, 2022"), a marker coloured by its kind and
    its title wrapped beside it, so that no label runs off a 390 px phone or onto another. The kinds
    are the legend, under the plot. A point's ``customdata`` starts with the event's position in
    ``events`` (what a click opens), then its date, title and article as shown in the hover.

    >>> build_timeline([], language="vi", titles={}).layout.yaxis.ticktext
    ()
    """
    order = sorted(range(len(events)), key=lambda position: events[position].date)
    rows = {position: row for row, position in enumerate(order)}
    days = [format_day(event.date, language) for event in events]
    names = [render_event(event.title, language).text for event in events]  # English where curated
    figure = go.Figure()
    kinds = list(dict.fromkeys(events[position].kind for position in order))
    for number, kind in enumerate(kinds):
        chosen = [position for position in order if events[position].kind == kind]
        colour = _PALETTE[number % len(_PALETTE)]
        figure.add_trace(
            go.Scatter(
                x=[0] * len(chosen),
                y=[rows[position] for position in chosen],
                mode="markers+text",
                name=plot_text(event_kind_label(kind, language)),
                text=[wrap_text(names[position], width=TIMELINE_LABEL_WIDTH) for position in chosen],
                textposition="middle right",
                textfont={"color": "#1f2933"},
                cliponaxis=False,
                marker={
                    "size": 16,
                    "color": colour,
                    "symbol": "diamond",
                    "line": {"color": "white", "width": 1},
                },
                customdata=[
                    [
                        position,
                        days[position],
                        plot_text(names[position]),
                        plot_text(titles.get(events[position].doc, events[position].doc)),
                    ]
                    for position in chosen
                ],
                hovertemplate=(
                    "%{customdata[1]}<br>%{customdata[2]}<br><i>%{customdata[3]}</i>"
                    "<extra>%{fullData.name}</extra>"
                ),
            )
        )
    if order:  # the line the events hang on
        figure.add_shape(
            type="line",
            x0=0,
            x1=0,
            y0=0,
            y1=len(order) - 1,
            layer="below",
            line={"color": "#c9d3df", "width": 2},
        )
    figure.update_xaxes(visible=False, range=[-0.05, 1], fixedrange=True)
    figure.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(order))),
        ticktext=[days[position] for position in order],
        range=[len(order) - 0.5, -0.5],  # reversed: the oldest event at the top
        showgrid=False,
        zeroline=False,
        fixedrange=True,
        automargin=True,  # no axis title: the ticks read as dates, and a phone needs the width
    )
    figure.update_layout(showlegend=True, clickmode="event+select", dragmode=False)
    return _layout(
        figure,
        translate("timeline_title", language),
        language=language,
        height=max(300, 62 * len(order) + 190),
    )


def build_documents_bar(rows: Sequence[Mapping[str, object]], *, language: str) -> go.Figure:
    """Stacked bars of article counts per year, one colour per outlet."""
    figure = go.Figure()
    outlets = list(dict.fromkeys(str(row["outlet"]) for row in rows))
    years = sorted({str(row["year"]) for row in rows})
    for outlet in outlets:
        counts = {str(row["year"]): row["articles"] for row in rows if row["outlet"] == outlet}
        figure.add_trace(go.Bar(x=years, y=[counts.get(year, 0) for year in years], name=plot_text(outlet)))
    figure.update_layout(barmode="stack", legend_title_text=translate("outlet", language))
    figure.update_xaxes(type="category", title_text=translate("year_axis", language))
    figure.update_yaxes(title_text=translate("articles", language), dtick=1, rangemode="tozero")
    return _layout(figure, translate("documents_per_year", language), language=language, height=360)


def build_measure_series(series: MeasureSeries, *, language: str, titles: Mapping[str, str]) -> go.Figure:
    """One measure across years (e.g. the digital economy's share of GDP), one clickable point per year;
    each point's customdata is its position in ``series.points``."""
    points = series.points
    figure = go.Figure(
        go.Scatter(
            x=[str(point.year) for point in points],
            y=[point.value for point in points],
            mode="lines+markers+text",
            text=[plot_text(point.number or point.label) for point in points],
            textposition="top center",
            cliponaxis=False,
            marker={"size": 14, "color": _PALETTE[0]},
            line={"color": _PALETTE[0], "width": 3},
            # article text is data: plotly would render its "<b>" or "<a href>"
            customdata=[
                [position, plot_text(titles.get(point.doc, point.doc))]
                for position, point in enumerate(points)
            ],
            hovertemplate="%{x}: %{text}<br><i>%{customdata[1]}</i><extra></extra>",
        )
    )
    figure.update_xaxes(type="category", title_text=translate("year_axis", language))
    axis = f"{translate('value_axis', language)} ({plot_text(series.unit_text or series.unit)})"
    figure.update_yaxes(title_text=axis, rangemode="tozero")
    figure.update_layout(showlegend=False)
    title = f"{translate('measure_across_years', language)}: {series.title or series.measure}"
    return _layout(figure, title, language=language, height=380)


def build_instruments_by_year(
    points: Sequence[tuple[int, str, int]], *, language: str, titles: Mapping[str, str]
) -> go.Figure:
    """Grouped bars of citations per year, one colour per instrument; each bar carries its instrument's
    key (``customdata``) so a click opens its citations. ``titles`` names an instrument in the hover."""
    figure = go.Figure()
    years = sorted({str(year) for year, _, _ in points})
    for instrument in dict.fromkeys(label for _, label, _ in points):
        counts = {str(year): count for year, label, count in points if label == instrument}
        hover = titles.get(instrument, "")
        figure.add_trace(
            go.Bar(
                x=years,
                y=[counts.get(year, 0) for year in years],
                name=plot_text(instrument),
                customdata=[instrument] * len(years),
                # the instrument's words go in as values, never into the template: a "%{y}" in a
                # title stays text
                hovertext=[wrap_text(hover, width=48)] * len(years),
                hovertemplate="<b>%{fullData.name}</b><br>%{x}: %{y}<br>%{hovertext}<extra></extra>",
            )
        )
    figure.update_layout(barmode="group", clickmode="event+select")
    figure.update_xaxes(type="category", title_text=translate("year_axis", language))
    top = max((count for _, _, count in points), default=0)
    # citations are whole: a small count steps by one instead of 0,2 0,4 …
    figure.update_yaxes(
        title_text=translate("instruments_axis", language),
        rangemode="tozero",
        tickformat="d",
        dtick=1 if top <= 8 else None,
    )
    return _layout(figure, translate("instruments_cited", language), language=language, height=380)


def build_progress_board(rows: Sequence[ProgressRow], *, language: str) -> go.Figure:
    """One bar per target from its baseline (0 %) to the target (100 %), the latest result marked on it
    with its value and year; a target with a single result shows the marker only at its start."""
    labels = [wrap_label(f"{row.measure} · {row.deadline}", width=34) for row in rows]
    shares = [progress_share(row) for row in rows]
    figure = go.Figure()
    figure.add_trace(
        go.Bar(
            x=[100] * len(rows),
            y=labels,
            orientation="h",
            marker_color="#dde3ea",
            name=translate("progress_target", language),
            text=[plot_text(row.target) for row in rows],
            textposition="inside",
            insidetextanchor="end",
            hoverinfo="skip",
        )
    )
    figure.add_trace(
        go.Scatter(
            x=[min(max(share, -5.0), 110.0) if share is not None else 0 for share in shares],
            y=labels,
            mode="markers+text",
            marker={"size": 14, "color": [_STATUS_COLOURS[row.status] for row in rows], "symbol": "diamond"},
            text=[plot_text(f"{row.latest} ({row.latest_year})") for row in rows],
            textposition="top center",
            name=translate("progress_latest", language),
            customdata=list(range(len(rows))),
            hovertemplate="%{text}<extra></extra>",
        )
    )
    figure.update_xaxes(title_text=translate("progress_axis", language), range=[-8, 115])
    figure.update_yaxes(autorange="reversed")
    height = max(260, 70 * len(rows) + 120)
    return _layout(figure, translate("progress_board", language), language=language, height=height)


_STATUS_COLOURS = {
    "reached": "#2e7d32",
    "on_track": "#0b5394",
    "behind": "#c62828",
    "not_enough_data": "#888888",
}
