"""The report: a JSON-ready dictionary (schema_version 1). Its Markdown brief is written by
``analysis.present.markdown`` (figures read the way every view reads them)."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any

from analysis.present.i18n import concept_label
from analysis.priorities import load_taxonomy
from analysis.types import CorpusAnalysis, Event, Figure, InstrumentMention, PriorityList, Scope, Theme

SCHEMA_VERSION = 1


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _finite(value: float) -> float | None:
    """A float for strict JSON: never Infinity or NaN."""
    return value if math.isfinite(value) else None


# Characters that make Markdown out of plain text in the middle of a line; our own line prefixes
# ("- ", "### ") are the only markup at the start of a line.
_MARKDOWN_INLINE = str.maketrans({char: f"\\{char}" for char in "\\`*_[]<>!|~$&"})

# Text that renderers auto-link after the Markdown is parsed, where a backslash no longer helps:
# GitHub's GFM ("http://…", "www.…", e-mail addresses) and markdown-it's linkify, which also links a
# bare domain ending in a two-letter country code or a common generic name ("chinhphu.vn", "TT.HN").
# A "|" ends it, so a table cell is never cut inside a code span; so do quotes and angle brackets.
_LINKABLE = re.compile(
    r"(?:[a-z][a-z0-9+.-]*:)?//[^\s|\"<>]+"
    r"|mailto:[^\s|\"<>]+"
    r"|www\.[^\s|\"<>]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.@-])[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|net|org|edu|gov|info|biz|pro|web|xxx|aero|"
    r"asia|coop|museum|name|shop|рф)(?![\w-])(?:[/?#:][^\s|\"<>]*)?",
    re.IGNORECASE,
)
# Every link above holds one of these: "//", "www.", "@", a "mailto:", or a dot before a letter.
_LINK_HINT = re.compile(r"//|@|mailto:|\.[^\W\d_]", re.IGNORECASE)
_LINK_TRAILERS = ".,;:!?)]}'\"”’»"


def _code_span(text: str) -> str:
    """``text`` as a Markdown code span: shown literally, never linked."""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def escape_inline(value: object) -> str:
    """Article text for one Markdown line: inert, on one line; whatever a renderer would turn into
    a link is written as code, so it shows as written and nobody is sent anywhere.

    >>> print(escape_inline("[tổ](http://x.vn) <b>80.000</b> tại chinhphu.vn."))
    \\[tổ\\](`http://x.vn`) \\<b\\>80.000\\</b\\> tại `chinhphu.vn`.
    """
    text = " ".join(str(value).split())
    if not _LINK_HINT.search(text):  # most text: no link can start here, skip the long pattern
        return text.translate(_MARKDOWN_INLINE)
    pieces: list[str] = []
    shown = 0
    for match in _LINKABLE.finditer(text):
        link = match.group().rstrip(_LINK_TRAILERS)
        if link:
            pieces += [text[shown : match.start()].translate(_MARKDOWN_INLINE), _code_span(link)]
            shown = match.start() + len(link)
    return "".join(pieces) + text[shown:].translate(_MARKDOWN_INLINE)


def _scope(scope: Scope) -> dict[str, str]:
    return {"level": scope.level, "name": scope.name}


def _theme(theme: Theme) -> dict[str, Any]:
    return {
        "text": theme.text,
        "kind": theme.kind,
        "doc": theme.doc,
        "sentence": theme.sentence,
        "scope": _scope(theme.scope),
    }


def _priority(priority: PriorityList) -> dict[str, Any]:
    return {
        "year": priority.year,
        "heading": priority.heading,
        "items": [{"text": i.text, "concept": i.concept, "sentence": i.sentence} for i in priority.items],
        "doc": priority.doc,
        "sentence": priority.sentence,
        "scope": _scope(priority.scope),
    }


def _figure(figure: Figure) -> dict[str, Any]:
    return {
        "value": _number(figure.value),
        "unit": figure.unit,
        "subject": figure.subject,
        "text": figure.text,
        "qualifier": figure.qualifier,
        "year": figure.year,
        "doc": figure.doc,
        "sentence": figure.sentence,
        "kind": figure.kind,
        "value_high": _number(figure.value_high) if figure.value_high is not None else None,
        "out_of": _number(figure.out_of) if figure.out_of is not None else None,
        "measure": figure.measure,
        "place": figure.place,
        "is_target": figure.is_target,
        "sentence_index": figure.sentence_index,
        "start": figure.start,
        "end": figure.end,
        "scope": _scope(figure.scope),
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "date": event.date.isoformat(),
        "title": event.title,
        "kind": event.kind,
        "date_source": event.date_source,
        "doc": event.doc,
        "sentence": event.sentence,
        "scope": _scope(event.scope),
    }


def _instrument(mention: InstrumentMention) -> dict[str, Any]:
    return {
        "key": mention.key,
        "kind": mention.kind,
        "text": mention.text,
        "symbol": mention.symbol,
        "issuer": mention.issuer,
        "issued": _iso(mention.issued),
        "title": mention.title,
        "doc": mention.doc,
        "sentence": mention.sentence,
        "sentence_index": mention.sentence_index,
        "start": mention.start,
        "end": mention.end,
    }


def build_report(corpus: CorpusAnalysis) -> dict[str, Any]:
    """The whole analysis as plain data, ready for ``json.dumps(..., ensure_ascii=False)``.

    >>> build_report(analyze_corpus())["schema_version"]  # doctest: +SKIP
    1
    """
    labels = {concept.id: concept for concept in load_taxonomy()}
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [
            {
                "id": a.document.id,
                "title": a.document.title,
                "outlet": a.document.outlet,
                "published": _iso(a.document.published),
                "year": a.document.year,
                "words": a.words,
                "path": a.document.path,
            }
            for a in corpus.documents
        ],
        "years": {
            str(summary.year): {
                "documents": list(summary.documents),
                "words": summary.words,
                "official_theme": summary.official_theme.text if summary.official_theme else None,
                "themes": [_theme(theme) for theme in summary.themes],
                "top_terms": [
                    {
                        "term": t.term,
                        "score": _finite(t.score),
                        "count": t.count,
                        "per_10k": _finite(t.per_10k),
                    }
                    for t in summary.top_terms
                ],
            }
            for summary in corpus.years
        },
        "priorities": [_priority(priority) for priority in corpus.priorities],
        "comparison": [
            {
                "concept": row.concept,
                "label_vi": row.label_vi,
                "label_en": concept_label(row.concept, "en"),
                "years": list(row.years),
            }
            for row in corpus.comparison
        ],
        "changes": [
            {
                "from": change.from_year,
                "to": change.to_year,
                "persisted": list(change.persisted),
                "new": list(change.new),
                "dropped": list(change.dropped),
            }
            for change in corpus.changes
        ],
        "concepts": [
            {"id": concept.id, "label_vi": concept.label_vi, "label_en": concept_label(concept.id, "en")}
            for concept in labels.values()
        ],
        "figures": [_figure(figure) for figure in corpus.figures if math.isfinite(figure.value)],
        "timeline": [_event(event) for event in corpus.timeline],
        "instruments": [_instrument(mention) for mention in corpus.instruments],
        "problems": [{"path": problem.path, "message": problem.message} for problem in corpus.problems],
    }
