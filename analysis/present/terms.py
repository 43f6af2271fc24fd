"""Distinctive terms and term trends as an analyst reads them: units, sample sizes, evidence.

A z-score of 1,74 means nothing to a policy analyst; "52 per 10,000 words in 2024, 3 times the
other years, in 3 of 3 articles" does. A trend point from one short article is marked as thin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analysis.kwic import count_documents_mentioning
from analysis.present.glosses import Rendering, render_term
from analysis.present.i18n import translate
from analysis.present.localize import format_number
from analysis.term_kinds import classify_term, keep_term
from analysis.terms import display_term
from analysis.types import DocumentAnalysis, TermScore

# The minimum evidence for a term or a trend point to be read as a finding.
MIN_COUNT = 3
MIN_DOCUMENTS = 2
MIN_WORDS = 500  # content words in a year: below this, one article's wording decides the rate


@dataclass(frozen=True)
class TermRow:
    """A distinctive term of a year, in units an analyst reads."""

    term: str
    kind: str
    count: int
    per_10k: float
    other_per_10k: float | None  # None: no other year to compare with
    ratio: float | None  # per_10k / other_per_10k; None when absent elsewhere or nothing to compare
    documents: int
    year_documents: int


@dataclass(frozen=True)
class TrendPoint:
    """A term's frequency in one year, with the sample it rests on."""

    term: str
    year: int
    count: int
    per_10k: float
    documents: int
    year_documents: int
    words: int
    thin: bool


def _rate(count: int, total: int) -> float:
    return round(10_000 * count / total, 2) if total else 0.0


def distinctive_term_rows(
    top_terms: Sequence[TermScore],
    *,
    year: int,
    counts_by_year: Mapping[int, Counter[str]],
    year_documents: Sequence[DocumentAnalysis],
    include_names: bool = False,
    limit: int = 15,
) -> list[TermRow]:
    """A year's distinctive terms worth reading: positive scores only, no fragments or time words,
    names/titles/places only with ``include_names``, at least :data:`MIN_COUNT` uses and, when the
    year has several articles, used in at least :data:`MIN_DOCUMENTS` of them.

    >>> rows = distinctive_term_rows(summary.top_terms, year=2024, counts_by_year=counts,
    ...                              year_documents=docs_2024)  # doctest: +SKIP
    >>> rows[0].term, rows[0].documents  # doctest: +SKIP
    ('kinh tế số', 3)
    """
    own = counts_by_year.get(year, Counter())
    own_total = sum(own.values())
    others = Counter()
    for other_year, counts in counts_by_year.items():
        if other_year != year:
            others.update(counts)
    others_total = sum(others.values())
    needed_documents = min(MIN_DOCUMENTS, len(year_documents))
    rows = []
    for score in top_terms:
        if score.score <= 0 or score.count < MIN_COUNT:
            continue
        if not keep_term(score.term, include_names=include_names):
            continue
        documents = count_documents_mentioning(year_documents, score.term)
        if documents < needed_documents:
            continue
        per_10k = _rate(own.get(score.term, score.count), own_total) if own_total else score.per_10k
        other = _rate(others.get(score.term, 0), others_total) if others_total else None
        rows.append(
            TermRow(
                term=score.term,
                kind=classify_term(score.term),
                count=score.count,
                per_10k=per_10k,
                other_per_10k=other,
                ratio=round(per_10k / other, 2) if other else None,
                documents=documents,
                year_documents=len(year_documents),
            )
        )
        if len(rows) == limit:
            break
    return rows


def term_trend_points(
    counts_by_year: Mapping[int, Counter[str]],
    terms: Sequence[str],
    documents_by_year: Mapping[int, Sequence[DocumentAnalysis]],
) -> list[TrendPoint]:
    """Each chosen term's rate per 10,000 content words in every year, with the year's sample.

    A point is ``thin`` when its year has fewer than :data:`MIN_DOCUMENTS` articles or
    :data:`MIN_WORDS` content words: one short article's wording would decide it. With fewer than
    two years there is no trend, and no points.
    """
    years = sorted(counts_by_year)
    if len(years) < 2:
        return []
    points = []
    for term in dict.fromkeys(display_term(term) for term in terms):
        for year in years:
            counts = counts_by_year[year]
            words = sum(counts.values())
            documents = documents_by_year.get(year, ())
            points.append(
                TrendPoint(
                    term=term,
                    year=year,
                    count=counts.get(term, 0),
                    per_10k=_rate(counts.get(term, 0), words),
                    documents=count_documents_mentioning(documents, term),
                    year_documents=len(documents),
                    words=words,
                    thin=len(documents) < MIN_DOCUMENTS or words < MIN_WORDS,
                )
            )
    return points


def documents_by_year(analyses: Sequence[DocumentAnalysis]) -> dict[int, list[DocumentAnalysis]]:
    """The documents about each year."""
    grouped: dict[int, list[DocumentAnalysis]] = {}
    for analysis in analyses:
        if analysis.document.year is not None:
            grouped.setdefault(analysis.document.year, []).append(analysis)
    return grouped


def term_row_hover(row: TermRow, *, year: int, language: str) -> str:
    """What hovering a term's bar says, numbers in the language's way.

    >>> row = TermRow("kinh tế số", "topic", 24, 282.69, 53.57, 5.28, 3, 3)
    >>> term_row_hover(row, year=2024, language="vi")
    'kinh tế số: 282,7 lần trên 10.000 từ năm 2024, 53,6 ở các năm khác<br>24 lần, trong 3/3 bài'
    """
    values = {
        "term": row.term,
        "rate": format_number(row.per_10k, language, decimals=1),
        "year": year,
        "count": format_number(row.count, language, decimals=0),
        "docs": row.documents,
        "total": row.year_documents,
    }
    if row.other_per_10k is None:
        return translate("term_hover_alone", language, **values)
    others = format_number(row.other_per_10k, language, decimals=1)
    return translate("term_hover", language, others=others, **values)


def trend_point_hover(point: TrendPoint, *, language: str) -> str:
    """What hovering a trend point says: its rate and the sample behind it, thin evidence flagged."""
    text = translate(
        "trend_point_hover",
        language,
        term=point.term,
        year=point.year,
        rate=format_number(point.per_10k, language, decimals=1),
        count=format_number(point.count, language, decimals=0),
        docs=point.documents,
        total=point.year_documents,
        words=format_number(point.words, language, decimals=0),
    )
    if point.thin:
        text += "<br><i>" + translate("thin_evidence", language, docs=MIN_DOCUMENTS, words=MIN_WORDS) + "</i>"
    return text


def year_sample_label(point: TrendPoint, *, language: str) -> str:
    """An axis label with the year's sample size: "2022 (1 bài)"."""
    return translate("year_articles", language, year=point.year, count=point.year_documents)


def term_ratio_label(row: TermRow, *, language: str) -> str:
    """ "×5,3" against the other years, or "only in this year" (or "" with nothing to compare)."""
    if row.other_per_10k is None:
        return ""
    if row.ratio is None:
        return translate("only_this_year", language)
    return "×" + format_number(row.ratio, language, decimals=1)


def cloud_frequencies(
    counts: Mapping[str, int] | None, *, include_names: bool = False, limit: int = 150
) -> tuple[tuple[str, int], ...]:
    """The words a year's word cloud draws: the most frequent terms the distinctive-term list
    would keep (no fragments or time words; names, titles and places only with ``include_names``).

    >>> cloud_frequencies({"kinh tế số": 5, "sáng": 9, "Phạm Minh Chính": 3})
    (('kinh tế số', 5),)
    """
    if not counts:
        return ()
    kept = [(term, count) for term, count in counts.items() if keep_term(term, include_names=include_names)]
    return tuple(sorted(kept, key=lambda pair: (-pair[1], pair[0]))[:limit])


@dataclass(frozen=True)
class CloudWords:
    """A word cloud's words in the reader's language: ``words`` (shown word, count), most frequent
    first, words with the same English rendering counted together; ``queries`` the Vietnamese term
    each shown word searches the articles for (its most frequent original); ``renderings`` to tell
    whether any word stayed Vietnamese."""

    words: tuple[tuple[str, int], ...]
    queries: Mapping[str, str]
    renderings: tuple[Rendering, ...]


def cloud_words(frequencies: Sequence[tuple[str, int]], language: str) -> CloudWords:
    """The cloud's words as the reader reads them: in English the glossary's rendering where it
    has one, else the Vietnamese (the page says once that such words are in Vietnamese).

    >>> cloud = cloud_words((("số hóa", 5), ("số hoá", 2), ("khinh khí cầu", 1)), "en")
    >>> cloud.words, cloud.queries["digitalisation"]
    ((('digitalisation', 7), ('khinh khí cầu', 1)), 'số hóa')
    """
    renderings = tuple(render_term(word, language) for word, _ in frequencies)
    counts: Counter[str] = Counter()
    queries: dict[str, str] = {}
    for rendering, (word, count) in zip(renderings, frequencies, strict=True):
        counts[rendering.text] += count
        queries.setdefault(rendering.text, word)  # frequencies come most frequent first
    words = tuple(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))
    return CloudWords(words, queries, renderings)
