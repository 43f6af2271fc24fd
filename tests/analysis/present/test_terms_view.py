"""Distinctive terms and trends in readable units, with sample sizes and the evidence rule."""

from __future__ import annotations

from collections import Counter

import pytest

from analysis.pipeline import count_terms_by_year
from analysis.present.terms import (
    MIN_COUNT,
    cloud_frequencies,
    distinctive_term_rows,
    documents_by_year,
    term_row_hover,
    term_trend_points,
    trend_point_hover,
)
from analysis.term_kinds import classify_term
from analysis.types import CorpusAnalysis


def _rows(corpus: CorpusAnalysis, year: int, **options: object) -> list:
    summary = next(s for s in corpus.years if s.year == year)
    return distinctive_term_rows(
        summary.top_terms,
        year=year,
        counts_by_year=count_terms_by_year(corpus.documents),
        year_documents=documents_by_year(corpus.documents)[year],
        **options,
    )


def test_2024_terms_are_content_with_positive_scores_and_evidence(seed_corpus: CorpusAnalysis) -> None:
    rows = _rows(seed_corpus, 2024)
    terms = [row.term for row in rows]
    assert terms[0] == "kinh tế số"
    assert "thứ trưởng" not in terms and "Bùi Hoàng Phương" not in terms and "Việt Nam" not in terms
    assert all(row.kind == "topic" for row in rows)
    assert all(row.count >= MIN_COUNT for row in rows)
    # 2024 has three articles: every listed term is used in at least two of them
    assert all(row.documents >= 2 and row.year_documents == 3 for row in rows)
    first = rows[0]
    assert (first.count, first.per_10k, first.documents) == (24, 283.02, 3)
    assert first.ratio == pytest.approx(first.per_10k / first.other_per_10k, rel=0.01)


def test_names_and_titles_only_with_the_toggle(seed_corpus: CorpusAnalysis) -> None:
    with_names = [row.term for row in _rows(seed_corpus, 2024, include_names=True)]
    assert "thứ trưởng" in with_names and "Việt Nam" in with_names
    assert {classify_term(t) for t in with_names} <= {"topic", "title", "place", "person"}


def test_no_negative_scores_or_time_words_in_any_year(seed_corpus: CorpusAnalysis) -> None:
    summaries = {s.year: s for s in seed_corpus.years}
    for year in summaries:
        for row in _rows(seed_corpus, year, include_names=True):
            score = next(t.score for t in summaries[year].top_terms if t.term == row.term)
            assert score > 0
            assert row.kind not in {"time", "fragment"}


def test_trend_points_carry_their_sample_and_flag_thin_years(seed_corpus: CorpusAnalysis) -> None:
    counts = count_terms_by_year(seed_corpus.documents)
    points = term_trend_points(counts, ["kinh tế số"], documents_by_year(seed_corpus.documents))
    by_year = {point.year: point for point in points}
    assert sorted(by_year) == [2022, 2023, 2024]
    # 2022 and 2023 rest on one article each: thin; 2024 on three articles
    assert by_year[2022].thin and by_year[2023].thin and not by_year[2024].thin
    assert (by_year[2024].documents, by_year[2024].year_documents) == (3, 3)
    assert "ít dữ liệu" in trend_point_hover(by_year[2023], language="vi")
    assert "thin evidence" in trend_point_hover(by_year[2023], language="en")
    assert "ít dữ liệu" not in trend_point_hover(by_year[2024], language="vi")


def test_one_year_has_no_trend(seed_corpus: CorpusAnalysis) -> None:
    counts = count_terms_by_year(seed_corpus.documents)
    assert term_trend_points({2024: counts[2024]}, ["kinh tế số"], {}) == []


@pytest.mark.parametrize(
    ("language", "expected"), [("vi", "53,6 ở các năm khác"), ("en", "53.6 in other years")]
)
def test_hover_numbers_read_in_the_language(
    seed_corpus: CorpusAnalysis, language: str, expected: str
) -> None:
    row = _rows(seed_corpus, 2024)[0]
    text = term_row_hover(row, year=2024, language=language)
    assert expected in text and "3/3" in text


def test_cloud_frequencies_follow_the_same_rule() -> None:
    counts = Counter({"kinh tế số": 9, "sáng": 12, "thứ trưởng": 4, "Phạm Minh Chính": 3, "lợi": 5})
    assert cloud_frequencies(counts) == (("kinh tế số", 9),)
    assert dict(cloud_frequencies(counts, include_names=True)) == {
        "kinh tế số": 9,
        "thứ trưởng": 4,
        "Phạm Minh Chính": 3,
    }
    assert cloud_frequencies(None) == ()
