"""Timeline: dated events, filterable by type (years come from the global filter), with sources."""

from __future__ import annotations

import streamlit as st

from analysis.present.glosses import render_event, untranslated_note
from analysis.present.i18n import event_kind_label
from analysis.present.localize import format_day
from analysis.present.tables import events_table
from analysis.types import Event
from dashboard import widgets
from dashboard.charts import build_timeline
from dashboard.state import URL, Context, check_url, context


def _clicked_position(event: object, count: int) -> int | None:
    """The position (in the events shown) of the clicked event marker, if any."""
    points = getattr(getattr(event, "selection", None), "points", None) or []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list) and data and isinstance(data[0], int) and 0 <= data[0] < count:
            return data[0]
    return None


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_timeline"))
    shown = _choose_events(ctx)
    if not shown:
        st.info(ctx.t("no_events"))
        return
    _timeline_chart(ctx, shown)
    _events_table(ctx, shown)


def _choose_events(ctx: Context) -> list[Event]:
    """The event-type picker (kept in the link) and the events of the chosen types."""
    events = list(ctx.corpus.timeline)
    kinds = list(dict.fromkeys(event.kind for event in events))
    check_url("kinds", ctx.language, valid={event_kind_label(kind, ctx.language) for kind in kinds})
    chosen = st.multiselect(
        ctx.t("event_kind"),
        kinds,
        default=kinds,
        key="kinds",
        bind=URL,
        format_func=lambda kind: event_kind_label(kind, ctx.language),
    )
    return [event for event in events if event.kind in chosen]


def _timeline_chart(ctx: Context, shown: list[Event]) -> None:
    """The events down a line; a clicked event shows its sentence and a link into its article."""
    st.caption(ctx.t("select_event"))
    clicked = widgets.chart(
        build_timeline(shown, language=ctx.language, titles=ctx.titles),
        key="timeline",
        config=widgets.export_config(ctx, "file_events"),
        sources=(event.doc for event in shown),
        on_select="rerun",
        selection_mode="points",
    )
    position = _clicked_position(clicked, len(shown))
    if position is None:
        return
    picked = shown[position]  # the clicked event's source: its sentence, in its article
    widgets.text(render_event(picked.title, ctx.language).text, tag="h4")
    day, kind = format_day(picked.date, ctx.language), event_kind_label(picked.kind, ctx.language)
    st.caption(f"{day} · {kind}")
    widgets.quote(picked.sentence)
    widgets.article_link(ctx, picked.doc, sentence=picked.sentence)


def _events_table(ctx: Context, shown: list[Event]) -> None:
    """The events as a table to download, with a note on the titles left untranslated."""
    widgets.table(
        events_table(shown, ctx.titles, ctx.language, scope=ctx.shows_scope),
        key="events",
        file_name="file_events",
        context=ctx,
    )
    if note := untranslated_note((render_event(event.title, ctx.language) for event in shown), ctx.language):
        st.caption(note)  # once under the table, never a mark per event


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
