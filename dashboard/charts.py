"""Plotly renderings of the view data, labelled in the chosen language.

Years go on category axes: integer years on a numeric axis render as "2,022.5".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import plotly.graph_objects as go

from analysis.present.i18n import concept_label, event_kind_label, translate
from analysis.present.localize import plotly_date_format, plotly_separators
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


def wrap_label(text: str, *, width: int = 18) -> str:
    """A long axis label on two or more lines (plotly's ``<br>``), so that on a 390 px phone the
    plot keeps room and the label is not cut at the chart's edge.

    >>> wrap_label("Truyền thông, nâng cao nhận thức")
    'Truyền thông, nâng<br>cao nhận thức'
    """
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


def _layout(figure: go.Figure, title: str, *, language: str, height: int = 420) -> go.Figure:
    figure.update_layout(
        separators=plotly_separators(language),
        title={"text": title, "x": 0, "xanchor": "left"},
        font={"family": _FONT, "size": 14},
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        template="plotly_white",
        colorway=_PALETTE,
    )
    return figure


def build_terms_bar(rows: Sequence[TermRow], *, year: int, language: str) -> go.Figure:
    """A year's distinctive terms, highest first: uses per 10,000 words in the year beside the
    other years' rate. A bar is clickable (its term is the point's ``customdata``)."""
    ordered = list(reversed(rows))
    terms = [row.term for row in ordered]
    hovers = [term_row_hover(row, year=year, language=language) for row in ordered]
    figure = go.Figure()
    # Horizontal grouped bars stack their traces bottom-up: the other years go first so that each
    # term's own-year bar is drawn above its comparison.
    if any(row.other_per_10k is not None for row in ordered):
        figure.add_trace(
            go.Bar(
                x=[row.other_per_10k or 0 for row in ordered],
                y=terms,
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
            y=terms,
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
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.0,
            "xanchor": "left",
            "x": 0,
            "traceorder": "reversed",
        },
        clickmode="event+select",
    )
    _layout(
        figure,
        f"{translate('distinctive_terms', language)} — {year}",
        language=language,
        height=max(340, 34 * len(rows) + 150),
    )
    figure.update_layout(margin={"t": 100})  # room for the title above the legend
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
                name=term,
                line={"color": colour, "width": 3},
                marker={
                    "size": 12,
                    "color": ["white" if point.thin else colour for point in chosen],
                    "line": {"color": colour, "width": 2},
                },
                customdata=[term] * len(chosen),
                hovertext=[trend_point_hover(point, language=language) for point in chosen],
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
    figure.update_layout(
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0}
    )
    return _layout(figure, translate("term_trends", language), language=language)


def build_priority_heatmap(
    concepts: Sequence[str], counts: Sequence[Sequence[int]], years: Sequence[int], *, language: str
) -> go.Figure:
    """Concept × year matrix: how many articles state a priority in each concept each year."""
    labels = [wrap_label(concept_label(concept, language)) for concept in concepts]
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
            colorbar={"title": {"text": translate("heatmap_colorbar", language)}, "dtick": 1},
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
        height=max(360, 34 * len(concepts) + 120),
    )


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
                name=concept_label(row.concept, language),
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
        figure, translate("flow_title", language), language=language, height=max(360, 34 * len(rows) + 120)
    )


def _label_positions(dates: Sequence[date], first: date, last: date) -> list[str]:
    """Alternate labels above and below, and anchor those near an edge inwards so none is cut."""
    span = max((last - first).days, 1)
    positions = []
    for index, day in enumerate(dates):
        vertical = "top" if index % 2 == 0 else "bottom"
        share = (day - first).days / span
        horizontal = "right" if share < 0.2 else "left" if share > 0.8 else "center"
        positions.append(f"{vertical} {horizontal}")
    return positions


def build_timeline(events: Sequence[Event], *, language: str, titles: Mapping[str, str]) -> go.Figure:
    """Dated events as markers on a date axis, one row per kind, with title and source on hover."""
    figure = go.Figure()
    kinds = list(dict.fromkeys(event.kind for event in events))
    first = min((event.date for event in events), default=date.today())
    last = max((event.date for event in events), default=date.today())
    for position, kind in enumerate(kinds):
        chosen = [event for event in events if event.kind == kind]
        label = event_kind_label(kind, language)
        figure.add_trace(
            go.Scatter(
                x=[event.date.isoformat() for event in chosen],
                y=[label] * len(chosen),
                mode="markers+text",
                name=label,
                text=[event.title if len(event.title) <= 40 else event.title[:38] + "…" for event in chosen],
                textposition=_label_positions([event.date for event in chosen], first, last),
                cliponaxis=False,
                marker={"size": 16, "color": _PALETTE[position % len(_PALETTE)], "symbol": "diamond"},
                customdata=[[event.title, titles.get(event.doc, event.doc)] for event in chosen],
                hovertemplate=(
                    f"%{{x|{plotly_date_format(language)}}}<br>%{{customdata[0]}}<br>"
                    "<i>%{customdata[1]}</i><extra></extra>"
                ),
            )
        )
    padding = max(timedelta(days=45), (last - first) * 0.05)
    figure.update_xaxes(
        type="date",
        title_text=translate("date", language),
        tickformat=plotly_date_format(language, months=True),
        range=[(first - padding).isoformat(), (last + padding).isoformat()],
    )
    figure.update_yaxes(type="category", automargin=True)
    figure.update_layout(showlegend=False)
    return _layout(
        figure,
        translate("timeline_title", language),
        language=language,
        height=max(320, 110 * len(kinds) + 140),
    )


def build_documents_bar(rows: Sequence[Mapping[str, object]], *, language: str) -> go.Figure:
    """Stacked bars of article counts per year, one colour per outlet."""
    figure = go.Figure()
    outlets = list(dict.fromkeys(str(row["outlet"]) for row in rows))
    years = sorted({str(row["year"]) for row in rows})
    for outlet in outlets:
        counts = {str(row["year"]): row["articles"] for row in rows if row["outlet"] == outlet}
        figure.add_trace(go.Bar(x=years, y=[counts.get(year, 0) for year in years], name=outlet))
    figure.update_layout(barmode="stack", legend_title_text=translate("outlet", language))
    figure.update_xaxes(type="category", title_text=translate("year_axis", language))
    figure.update_yaxes(title_text=translate("articles", language), dtick=1, rangemode="tozero")
    return _layout(figure, translate("documents_per_year", language), language=language, height=360)
