"""Keyword in context: every occurrence of a word or phrase, whole words only."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from analysis.text import fold_diacritics, normalize_text
from analysis.types import DocumentAnalysis, KeywordHit


def _pattern(query: str, *, ignore_diacritics: bool) -> re.Pattern[str] | None:
    words = normalize_text(query).split()
    if not words:
        return None
    if ignore_diacritics:
        words = [fold_diacritics(word) for word in words]
    body = r"\s+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def find_spans(text: str, query: str, *, ignore_diacritics: bool = False) -> list[tuple[int, int]]:
    """Start and end of each whole-word occurrence of ``query`` in ``text``.

    >>> find_spans("Kinh tế số và số hóa", "số")
    [(8, 10), (14, 16)]
    >>> find_spans("Chuyển đổi số", "chuyen doi", ignore_diacritics=True)
    [(0, 10)]
    """
    pattern = _pattern(query, ignore_diacritics=ignore_diacritics)
    if pattern is None:
        return []
    haystack = fold_diacritics(text) if ignore_diacritics else text
    return [(match.start(), match.end()) for match in pattern.finditer(haystack)]


def find_keyword_in_context(
    analyses: Sequence[DocumentAnalysis], query: str, *, ignore_diacritics: bool = False, window: int = 70
) -> list[KeywordHit]:
    """Every occurrence of ``query`` with ``window`` characters of context on each side.

    >>> hits = find_keyword_in_context(analyses, "dữ liệu số")  # doctest: +SKIP
    """
    hits = []
    for analysis in analyses:
        for sentence in analysis.sentences:
            for start, end in find_spans(sentence.text, query, ignore_diacritics=ignore_diacritics):
                text = sentence.text
                left = text[max(0, start - window) : start]
                right = text[end : end + window]
                hits.append(
                    KeywordHit(
                        doc=analysis.document.id,
                        year=analysis.document.year,
                        sentence_index=sentence.index,
                        left=("…" if start > window else "") + left,
                        match=text[start:end],
                        right=right + ("…" if end + window < len(text) else ""),
                        start=start,
                        end=end,
                    )
                )
    return hits


def highlight_html(text: str, queries: Sequence[str], *, ignore_diacritics: bool = False) -> str:
    """Article text as escaped HTML with every query occurrence in ``<mark>``; nothing in it can run.

    >>> highlight_html("<b>dữ liệu số</b>", ["dữ liệu số"])
    '&lt;b&gt;<mark>dữ liệu số</mark>&lt;/b&gt;'
    """
    spans: list[tuple[int, int]] = []
    for query in queries:
        spans.extend(find_spans(text, query, ignore_diacritics=ignore_diacritics))
    spans.sort()
    pieces = []
    cursor = 0
    for start, end in spans:
        if start < cursor:
            continue
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces).replace("\n", "<br>")


def count_documents_mentioning(
    analyses: Sequence[DocumentAnalysis], term: str, *, ignore_diacritics: bool = False
) -> int:
    """How many documents use ``term`` at least once (whole words, any case).

    >>> count_documents_mentioning(analyses, "kinh tế số")  # doctest: +SKIP
    3
    """
    return sum(
        1
        for analysis in analyses
        if any(
            find_spans(sentence.text, term, ignore_diacritics=ignore_diacritics)
            for sentence in analysis.sentences
        )
    )
