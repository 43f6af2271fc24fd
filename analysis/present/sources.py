"""The source line under a chart or a table: outlets and dates, short enough for one line.

Every rendering of the story (presentation mode, the deck, chart PNG exports, the handout and the
Markdown brief) writes it with :func:`source_line`, so a slide on the screen, on paper and in an
e-mail names the same articles the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from analysis.present.i18n import translate
from analysis.present.localize import format_day
from analysis.types import Document

SOURCE_LINE_LIMIT = 3  # outlet-and-date entries named before "+N": one line under a chart


def source_line(
    cited: Iterable[tuple[str | None, date | None]], language: str, *, limit: int = SOURCE_LINE_LIMIT
) -> str:
    """ "Nguồn: …" naming the outlets and dates of ``cited`` (outlet, date) pairs, each pair once, in
    order, an outlet's dates together; past ``limit`` pairs the rest are counted as "+N"
    ("" when nothing is cited).

    >>> day = date(2022, 10, 10)
    >>> source_line([("VnExpress", day), ("VOV5", None), ("VnExpress", date(2024, 3, 5))], "vi")
    'Nguồn: VnExpress, 10/10/2022, 05/03/2024; VOV5'
    >>> cited = [("VOV5", date(2023, 1, 2))] * 2 + [(None, None), ("A", None), ("B", None)]
    >>> source_line(cited, "en", limit=2)
    'Sources: VOV5, Jan 2, 2023; Unknown +2'
    """
    entries = list(dict.fromkeys(cited))
    if not entries:
        return ""
    shown, hidden = entries[:limit], len(entries) - limit
    by_outlet: dict[str, list[str]] = {}
    for outlet, published in shown:
        name = outlet or translate("unknown_outlet", language)
        dates = by_outlet.setdefault(name, [])
        if published is not None:
            dates.append(format_day(published, language))
    text = "; ".join(", ".join([outlet, *dates]) for outlet, dates in by_outlet.items())
    if hidden > 0:
        text += " " + translate("source_more", language, count=hidden)
    return translate("source_line", language, sources=text)


def documents_source_line(
    documents: Iterable[Document], doc_ids: Iterable[str], language: str, *, limit: int = SOURCE_LINE_LIMIT
) -> str:
    """The :func:`source_line` of the articles ``doc_ids`` names, in that order (unknown ids left out):
    what a chart drawn from those articles carries under it, in the dashboard and its PNG export."""
    by_id = {document.id: document for document in documents}
    cited = (by_id[doc_id] for doc_id in dict.fromkeys(doc_ids) if doc_id in by_id)
    return source_line(
        ((document.outlet, document.published.date() if document.published else None) for document in cited),
        language,
        limit=limit,
    )
