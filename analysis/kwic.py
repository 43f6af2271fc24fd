"""Keyword in context: every occurrence of a word or phrase, whole words only."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

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


HitOrder = Literal["corpus", "left", "right"]


def _words(text: str) -> list[str]:
    return [word.casefold() for word in re.findall(r"\w+", text)]


def sort_hits(hits: Sequence[KeywordHit], *, by: HitOrder = "corpus") -> list[KeywordHit]:
    """Concordance lines ordered as concordancers do: by the words right after the match
    (``"right"``), by the words right before it, nearest first (``"left"``), or as found.

    >>> [h.right for h in sort_hits([hit_b, hit_a], by="right")]  # doctest: +SKIP
    ['và dữ liệu…', 'vững chắc…']
    """
    if by == "left":
        return sorted(hits, key=lambda hit: (list(reversed(_words(hit.left))), hit.doc, hit.sentence_index))
    if by == "right":
        return sorted(hits, key=lambda hit: (_words(hit.right), hit.doc, hit.sentence_index))
    return list(hits)


def count_hits_by_year(hits: Sequence[KeywordHit]) -> list[tuple[int | None, int, int]]:
    """Per year (None: year unknown, last): how many occurrences and in how many documents.

    >>> count_hits_by_year(hits)  # doctest: +SKIP
    [(2023, 5, 1), (2024, 3, 2)]
    """
    occurrences: Counter[int | None] = Counter()
    documents: dict[int | None, set[str]] = {}
    for hit in hits:
        occurrences[hit.year] += 1
        documents.setdefault(hit.year, set()).add(hit.doc)
    order = sorted(occurrences, key=lambda year: (year is None, year or 0))
    return [(year, occurrences[year], len(documents[year])) for year in order]


@dataclass(frozen=True)
class Collocate:
    """A word seen near the searched term: how often, and on which side."""

    word: str
    count: int
    left: int
    right: int


def _token_spans(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Where each token stands in its sentence (tokens are in order; unmatched ones get (-1, -1))."""
    spans, cursor = [], 0
    for token in tokens:
        at = text.find(token, cursor)
        if at < 0:
            spans.append((-1, -1))
            continue
        spans.append((at, at + len(token)))
        cursor = at + len(token)
    return spans


def top_collocates(
    analyses: Sequence[DocumentAnalysis],
    hits: Sequence[KeywordHit],
    *,
    span: int = 4,
    limit: int = 15,
    max_sentences: int = 400,
) -> list[Collocate]:
    """The content words (whole words, as the term counts see them) most often within ``span``
    words of the match, on either side; the match itself is left out (AntConc's window count).

    >>> [c.word for c in top_collocates(analyses, hits, limit=2)]  # doctest: +SKIP
    ['phát triển', 'quản trị số']
    """
    from analysis.nlp import tag_words
    from analysis.terms import display_term, is_term

    # Words and tags are not kept per document (they cost more to store than to redo), so the
    # sentences that hold a hit are tagged here: the first ``max_sentences`` of them.
    texts = {
        (analysis.document.id, sentence.index): sentence.text
        for analysis in analyses
        for sentence in analysis.sentences
    }
    tagged: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for hit in hits:
        key = (hit.doc, hit.sentence_index)
        text = texts.get(key)
        if text is None:
            continue
        if key not in tagged:
            if len(tagged) >= max_sentences:
                continue
            pairs = tag_words(text)
            tagged[key] = ([word for word, _ in pairs], [tag for _, tag in pairs])
        tokens, tags = tagged[key]
        spans = _token_spans(text, tokens)
        before = [i for i, (_, end) in enumerate(spans) if 0 <= end <= hit.start]
        after = [i for i, (start, _) in enumerate(spans) if start >= hit.end]
        for side, indexes in ((left, before[-span:]), (right, after[:span])):
            side.update(display_term(tokens[i], tags[i]) for i in indexes if is_term(tokens[i], tags[i]))
    match_words = {hit.match.casefold() for hit in hits}
    total = left + right
    ranked = [
        word for word in sorted(total, key=lambda w: (-total[w], w)) if word.casefold() not in match_words
    ]
    return [Collocate(word, total[word], left[word], right[word]) for word in ranked[:limit]]
