"""Tables the dashboard shows and lets users download, with labels in the chosen language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

import pandas as pd

from analysis.kwic import Collocate
from analysis.present.glosses import render_event, render_priority_item, render_term
from analysis.present.i18n import concept_label, event_kind_label, scope_label, translate
from analysis.present.links import document_keys
from analysis.present.lists import describe_priority_list
from analysis.present.localize import format_day, format_moment, format_number
from analysis.present.selection import CellItem
from analysis.present.terms import TermRow, term_ratio_label
from analysis.text import fold_diacritics, neutralise_formula
from analysis.types import CorpusAnalysis, Event, KeywordHit, Scope


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a byte-order mark, so Excel shows Vietnamese diacritics correctly; text
    cells a spreadsheet would run as a formula are neutralised (:func:`~analysis.text.neutralise_formula`)."""
    safe = frame.copy()
    safe.columns = [neutralise_formula(str(column)) for column in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise_formula)
    return safe.to_csv(index=False).encode("utf-8-sig")


def documents_table(corpus: CorpusAnalysis, language: str) -> pd.DataFrame:
    """One row per article: its short link key, title, outlet, publication date, year, word count."""
    keys = document_keys(corpus)
    rows = [
        {
            translate("article_key", language): keys[a.document.id],
            translate("title", language): a.document.title,
            translate("outlet", language): a.document.outlet or translate("unknown_outlet", language),
            translate("published", language): format_moment(a.document.published, language),
            translate("year", language): a.document.year,
            translate("words", language): format_number(a.words, language, decimals=0),
        }
        for a in corpus.documents
    ]
    return pd.DataFrame(rows)


def documents_per_year_outlet(corpus: CorpusAnalysis, language: str, *, top_outlets: int = 7) -> pd.DataFrame:
    """Article counts by year and outlet (unknown year and outlet labelled as such); past the
    ``top_outlets`` with the most articles, the rest are counted together as other outlets, so that a
    corpus of many outlets still reads as a chart, not as a legend."""
    outlets = Counter(
        analysis.document.outlet or translate("unknown_outlet", language) for analysis in corpus.documents
    )
    shown = {
        outlet for outlet, _ in sorted(outlets.items(), key=lambda item: (-item[1], item[0]))[:top_outlets]
    }
    if len(outlets) == top_outlets + 1:
        shown = set(outlets)  # one "other" bar would hide one outlet behind a word
    rows: dict[tuple[str, str], int] = {}
    for analysis in corpus.documents:
        year = str(analysis.document.year) if analysis.document.year else translate("unknown_year", language)
        outlet = analysis.document.outlet or translate("unknown_outlet", language)
        outlet = outlet if outlet in shown else translate("other_outlets", language)
        rows[(year, outlet)] = rows.get((year, outlet), 0) + 1
    return pd.DataFrame(
        [
            {"year": year, "outlet": outlet, "articles": count}
            for (year, outlet), count in sorted(rows.items())
        ],
        columns=["year", "outlet", "articles"],
    )


def terms_table(rows: Sequence[TermRow], *, year: int, language: str) -> pd.DataFrame:
    """Distinctive terms in readable units: uses per 10,000 words in the year and elsewhere,
    how many times as often, uses and articles; numbers written the language's way. In English
    the term is its curated rendering (the Vietnamese where none is), the Vietnamese beside it."""
    return pd.DataFrame(
        [
            {translate("term", language): render_term(row.term, language).text}
            | ({translate("term_vietnamese", language): row.term} if language == "en" else {})
            | {
                translate("term_kind", language): translate(f"kind_{row.kind}", language),
                translate("rate_in_year", language, year=year): format_number(
                    row.per_10k, language, decimals=1
                ),
                translate("rate_other_years", language): format_number(
                    row.other_per_10k, language, decimals=1
                ),
                translate("ratio_vs_others", language): term_ratio_label(row, language=language),
                translate("count", language): format_number(row.count, language, decimals=0),
                translate("term_documents", language): f"{row.documents}/{row.year_documents}",
            }
            for row in rows
        ]
    )


def cell_items_table(
    items: Sequence[CellItem], titles: dict[str, str], language: str, *, scope: bool = False
) -> pd.DataFrame:
    """Priority items behind a heatmap cell: the item, then its source sentence (so it is on screen
    at 1440 px), the article and the list heading; the cell's concept is in the page heading. With
    ``scope``, whose list each item is on comes first (a province's beside the country's)."""
    return pd.DataFrame(
        [
            (
                {translate("filter_scope", language): scope_label(cell.priority.scope, language)}
                if scope
                else {}
            )
            | {
                translate("item", language): render_priority_item(cell.item.text, language).text,
                translate("source_sentence", language): cell.item.sentence,
                translate("article", language): titles.get(cell.doc, cell.doc),
                translate("heading", language): describe_priority_list(
                    cell.priority, language=language
                ).title,
                translate("concept", language): concept_label(cell.concept, language),
            }
            for cell in items
        ]
    )


def _whose(scope: Scope, language: str, *, shown: bool) -> dict[str, str]:
    """The scope column of a row, when the table shows one."""
    return {translate("filter_scope", language): scope_label(scope, language)} if shown else {}


def events_table(
    events: Sequence[Event], titles: dict[str, str], language: str, *, scope: bool = False
) -> pd.DataFrame:
    """Timeline events with date, kind, title, article and source sentence (and whose, with ``scope``)."""
    return pd.DataFrame(
        [
            {
                translate("date", language): format_day(event.date, language),
                translate("event_kind", language): event_kind_label(event.kind, language),
                translate("event", language): render_event(event.title, language).text,
            }
            | _whose(event.scope, language, shown=scope)
            | {
                translate("article", language): titles.get(event.doc, event.doc),
                translate("source_sentence", language): event.sentence
                + (f" ({translate('calendar_date', language)})" if event.date_source == "calendar" else ""),
            }
            for event in events
        ]
    )


def hits_table(hits: Sequence[KeywordHit], titles: dict[str, str], language: str) -> pd.DataFrame:
    """Keyword-in-context lines: left context, match, right context, year and article."""
    return pd.DataFrame(
        [
            {
                translate("left_context", language): hit.left,
                translate("match", language): hit.match,
                translate("right_context", language): hit.right,
                translate("year", language): hit.year,
                translate("article", language): titles.get(hit.doc, hit.doc),
                "doc": hit.doc,
            }
            for hit in hits
        ]
    )


def hits_per_year_table(rows: Sequence[tuple[int | None, int, int]], language: str) -> pd.DataFrame:
    """Occurrences of the searched term per year, and in how many articles (from
    ``count_hits_by_year``)."""
    return pd.DataFrame(
        [
            {
                translate("year", language): str(year)
                if year is not None
                else translate("unknown_year", language),
                translate("occurrences", language): format_number(count, language, decimals=0),
                translate("articles", language): format_number(documents, language, decimals=0),
            }
            for year, count, documents in rows
        ]
    )


def collocates_table(collocates: Sequence[Collocate], language: str) -> pd.DataFrame:
    """The searched term's frequent neighbours: total, before it and after it."""
    return pd.DataFrame(
        [
            {
                translate("collocate", language): collocate.word,
                translate("total", language): collocate.count,
                translate("left_side", language): collocate.left,
                translate("right_side", language): collocate.right,
            }
            for collocate in collocates
        ]
    )


def export_file_name(kind: str, language: str, *, detail: str = "", day: date, extension: str) -> str:
    """A download's name in the interface language, saying what it holds, where it comes from and
    when it was made: ``uu-tien-2022-2024_dxpolicy_2026-11-30.png``.

    ``kind`` is a label key (``file_priorities``); ``detail`` (a year, a term) is folded to ASCII.

    >>> export_file_name("file_terms", "en", detail="kinh tế số", day=date(2026, 11, 30), extension="csv")
    'terms-kinh-te-so_dxpolicy_2026-11-30.csv'
    """
    parts = [translate(kind, language)]
    if detail:
        parts.append(detail)
    slug = re.sub(r"[^a-z0-9]+", "-", fold_diacritics(" ".join(parts)).casefold()).strip("-")
    return f"{slug[:80]}_dxpolicy_{day.isoformat()}.{extension}"


# How wide each column of a wrapped table is ("small", "medium", "large"): the sentences get the room
# and wrap, the year and the article stay narrow but whole (issue 16: they were cut off at 1440 px).
_COLUMN_WIDTHS = {
    "hits": {
        "left_context": "medium",
        "match": "small",
        "right_context": "medium",
        "year": "small",
        "article": "medium",
    },
    "cell_items": {
        "filter_scope": "small",
        "item": "medium",
        "source_sentence": "large",
        "article": "medium",
        "heading": "medium",
        "concept": "small",
    },
}


def column_widths(table: str, language: str) -> dict[str, str]:
    """The widths of a wrapped table's columns, by their heading in ``language``.

    >>> column_widths("hits", "en")["Year"]
    'small'
    """
    return {translate(key, language): width for key, width in _COLUMN_WIDTHS[table].items()}
