"""Timeline: dated events, filterable by type (years come from the global filter), with sources."""

from __future__ import annotations

import streamlit as st

from analysis.present.i18n import event_kind_label
from analysis.present.tables import events_table
from dashboard import widgets
from dashboard.charts import build_timeline
from dashboard.state import URL, context


def render() -> None:
    ctx = context()
    st.title(ctx.t("page_timeline"))
    events = list(ctx.corpus.timeline)
    kinds = list(dict.fromkeys(event.kind for event in events))
    chosen = st.multiselect(
        ctx.t("event_kind"),
        kinds,
        default=kinds,
        key="kinds",
        bind=URL,
        format_func=lambda kind: event_kind_label(kind, ctx.language),
    )
    shown = [event for event in events if event.kind in chosen]
    if not shown:
        st.info(ctx.t("no_events"))
        return
    titles = ctx.titles
    widgets.chart(
        build_timeline(shown, language=ctx.language, titles=titles),
        key="timeline",
        config=widgets.export_config(ctx, "file_events"),
    )
    widgets.table(
        events_table(shown, titles, ctx.language), key="events", file_name="file_events", context=ctx
    )


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
