"""Content-word counts and each year's distinctive terms: whole words, no stopwords, no numbers."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from analysis.terms import (
    compute_term_trends,
    count_terms,
    display_term,
    is_term,
    score_distinctive_terms,
    stopwords,
)
from analysis.types import CorpusAnalysis


@pytest.mark.parametrize(
    ("token", "tag", "expected"),
    [
        ("kinh tế số", "N", True),
        ("Tổ công nghệ số cộng đồng", "N", True),
        ("an toàn, an ninh mạng", "N", True),  # a glossary compound, comma and all
        ("Việt Nam", "Np", True),
        ("phát triển", "V", True),  # a compound verb
        ("bền vững", "A", True),
        ("đẩy", "V", False),  # a lone verb says nothing about a year
        ("số", "N", True),  # allow-listed: the digital "số" left standing alone by underthesea
        ("của", "E", False),
        ("của", "N", False),  # a stopword even when mis-tagged as a noun
        ("và", "C", False),
        ("được", "V", False),
        ("80.000", "M", False),
        ("2024", "N", False),
        ("CNTT4", "Ny", False),
        ("x", "N", False),
        ("...", "CH", False),
        ("quốc gia", "E", False),  # not a content tag
    ],
)
def test_is_term(token: str, tag: str, expected: bool) -> None:
    assert is_term(token, tag) is expected


@pytest.mark.parametrize(
    ("token", "tag", "shown"),
    [
        ("tổ công nghệ số cộng đồng", "N", "Tổ công nghệ số cộng đồng"),
        ("KINH TẾ SỐ", "N", "kinh tế số"),
        ("Việt Nam", "Np", "Việt Nam"),
        ("Xã hội", "N", "xã hội"),
    ],
)
def test_display_term(token: str, tag: str, shown: str) -> None:
    assert display_term(token, tag) == shown


def test_stopwords_hold_function_words_but_not_the_allowlist() -> None:
    words = stopwords()
    assert {"của", "và", "là", "được", "các", "những"} <= words
    assert {"số", "bộ", "nền"}.isdisjoint(words)


def test_a_figures_hedge_scale_and_currency_are_no_terms() -> None:
    # seen in the deck's word cloud of two local articles: "khoảng", "tỷ" beside the real terms
    tokens = [["khoảng", "1,2", "tỷ", "đồng", "cho", "ngư dân", "trên", "tàu cá"]]
    tags = [["N", "M", "N", "N", "E", "N", "E", "N"]]
    assert count_terms(tokens, tags) == Counter({"ngư dân": 1, "tàu cá": 1})


def test_count_terms_counts_whole_words_never_syllables() -> None:
    counts = count_terms(
        [["Phát triển", "kinh tế số", "và", "kinh tế số"], ["Kinh tế số", "của", "80.000", "tổ"]],
        [["V", "N", "C", "N"], ["N", "E", "M", "N"]],
    )
    assert counts == Counter({"kinh tế số": 3, "phát triển": 1, "tổ": 1})


def test_count_terms_rejects_mismatched_tags() -> None:
    with pytest.raises(ValueError):
        count_terms([["kinh tế số", "và"]], [["N"]])


def test_score_distinctive_terms_prefers_each_groups_own_terms() -> None:
    scores = score_distinctive_terms(
        {
            2023: Counter({"dữ liệu số": 9, "kinh tế số": 1, "hiếm": 1}),
            2024: Counter({"kinh tế số": 9, "dữ liệu số": 1}),
        },
        top=5,
    )
    assert [score.term for score in scores[2023]] == ["dữ liệu số"]  # counts below 2 are left out
    assert [score.term for score in scores[2024]] == ["kinh tế số"]
    best = scores[2024][0]
    assert best.count == 9
    assert best.per_10k == 9000.0
    assert best.score > 2


def test_score_distinctive_terms_orders_by_score_and_cuts_at_top() -> None:
    counts = {
        1: Counter({"a": 50, "b": 20, "c": 5, "d": 2}),
        2: Counter({"a": 5, "b": 20, "c": 50, "d": 2}),
    }
    scores = score_distinctive_terms(counts, top=2)
    assert [score.term for score in scores[1]] == ["a", "b"]
    assert [score.term for score in scores[2]] == ["c", "b"]
    assert all(earlier.score >= later.score for earlier, later in zip(scores[1], scores[1][1:], strict=False))


def test_compute_term_trends_uses_display_spelling_and_covers_every_year() -> None:
    rows = compute_term_trends(
        {2023: Counter({"dữ liệu số": 5, "khác": 5}), 2024: Counter({"x": 4})}, ["Dữ Liệu Số"]
    )
    assert rows == [
        {"term": "dữ liệu số", "year": 2023, "count": 5, "per_10k": 5000.0},
        {"term": "dữ liệu số", "year": 2024, "count": 0, "per_10k": 0.0},
    ]


# --- the seeds -----------------------------------------------------------------------------------


def _top_terms(corpus: CorpusAnalysis) -> dict[int, list[str]]:
    return {summary.year: [score.term for score in summary.top_terms] for summary in corpus.years}


def test_seed_years_have_top_terms(seed_corpus: CorpusAnalysis) -> None:
    top = _top_terms(seed_corpus)
    assert sorted(top) == [2022, 2023, 2024]
    assert all(len(terms) == 25 for terms in top.values())


def test_multi_syllable_glossary_terms_are_top_terms_of_2024(seed_corpus: CorpusAnalysis) -> None:
    top = _top_terms(seed_corpus)[2024]
    assert "kinh tế số" in top[:3]
    assert "Tổ công nghệ số cộng đồng" in top


def test_top_terms_are_not_stopwords_or_numbers(seed_corpus: CorpusAnalysis) -> None:
    for year, terms in _top_terms(seed_corpus).items():
        for term in terms:
            assert term.casefold() not in stopwords(), (year, term)
            assert term not in ("của", "và", "là", "các"), (year, term)
            assert not any(char.isdigit() for char in term), (year, term)


def test_top_terms_are_whole_words_of_their_years_text(seed_corpus: CorpusAnalysis) -> None:
    for summary in seed_corpus.years:
        text = " ".join(
            sentence.text
            for analysis in seed_corpus.documents
            if analysis.document.year == summary.year
            for sentence in analysis.sentences
        ).casefold()
        for score in summary.top_terms:
            pattern = rf"(?<!\w){re.escape(score.term.casefold())}(?!\w)"
            assert len(re.findall(pattern, text)) >= score.count, (summary.year, score.term)


def test_top_term_counts_and_rates_are_consistent(seed_corpus: CorpusAnalysis) -> None:
    for summary in seed_corpus.years:
        scores = summary.top_terms
        assert [score.score for score in scores] == sorted((score.score for score in scores), reverse=True)
        assert all(score.count >= 2 and score.per_10k > 0 for score in scores)


def test_suggest_trend_terms_picks_domain_terms_that_move_between_years(seed_corpus) -> None:
    from analysis.nlp import canonical_term
    from analysis.pipeline import count_terms_by_year
    from analysis.terms import suggest_trend_terms

    counts = count_terms_by_year(seed_corpus.documents)
    suggested = suggest_trend_terms(counts)
    assert len(suggested) == 4
    assert all(canonical_term(term) == term for term in suggested)
    assert "kinh tế số" in suggested  # 24 uses in 2024, few before
