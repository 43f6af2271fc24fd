"""Which counted terms are policy content, and which are names, titles, time words or fragments.

Scored on an article written for this test (tests/fixtures/terms/danang_2025.txt), never seen by
the word lists: real underthesea tokens and tags, counted as the pipeline counts them.
"""

from __future__ import annotations

import pytest

from analysis.pipeline import analyze_corpus, count_terms_by_year
from analysis.term_kinds import classify_term, filter_terms, keep_term
from tests.conftest import TESTS_DIR

DANANG = TESTS_DIR / "fixtures" / "terms"
# What an analyst reading the article would call each counted term.
GOLD = {
    "person": {"Nguyễn Mạnh Hùng", "Trần Hồng Hà", "Phan Tâm"},
    "title": {"bộ trưởng", "thứ trưởng", "thủ tướng"},
    "place": {"Đà Nẵng"},
    "noise": {"sáng", "chiều", "bộ", "khoa học và"},  # time words and cut-off fragments
}


@pytest.fixture(scope="module")
def danang_counts() -> dict[str, int]:
    corpus = analyze_corpus([str(DANANG)], cache_path=None)
    return dict(count_terms_by_year(corpus.documents)[2025])


def test_an_unseen_article_ranks_only_policy_content_by_default(danang_counts: dict[str, int]) -> None:
    not_content = set().union(*GOLD.values())
    assert not_content <= set(danang_counts), "the tokenizer no longer yields the terms this test scores"
    kept = set(filter_terms(danang_counts))
    assert kept == set(danang_counts) - not_content
    assert {"hạ tầng số", "dữ liệu số", "nền tảng số", "đổi mới sáng tạo"} <= kept


def test_names_titles_and_places_come_back_with_the_toggle(danang_counts: dict[str, int]) -> None:
    kept = set(filter_terms(danang_counts, include_names=True))
    assert GOLD["person"] | GOLD["title"] | GOLD["place"] <= kept
    assert not kept & GOLD["noise"]


def test_person_and_title_recognition_on_the_unseen_article(danang_counts: dict[str, int]) -> None:
    persons = {term for term in danang_counts if classify_term(term) == "person"}
    titles = {term for term in danang_counts if classify_term(term) == "title"}
    assert titles == GOLD["title"]
    # Three-syllable names are recognised; a two-syllable name ("Phan Tâm") reads as another
    # proper name: hidden just the same, but labelled a place. Measured, not hidden:
    assert persons == {"Nguyễn Mạnh Hùng", "Trần Hồng Hà"}
    assert classify_term("Phan Tâm") == "place"


@pytest.mark.parametrize(
    ("term", "kind"),
    [
        ("kinh tế số", "topic"),
        ("Tổ công nghệ số cộng đồng", "topic"),  # glossary spelling, capitalised
        ("Bộ TT&TT", "topic"),
        ("an toàn, an ninh mạng", "topic"),  # a glossary term may hold a comma
        ("Phạm Minh Chính", "person"),
        ("Bùi Hoàng Phương", "person"),
        ("thứ trưởng", "title"),
        ("Thủ tướng Chính phủ", "title"),
        ("Hà Nội", "place"),
        ("Việt Nam", "place"),
        ("sáng", "time"),
        ("bộ khoa học và", "fragment"),
        ("và công nghệ", "fragment"),
        ("số, dữ liệu", "fragment"),
        ("lợi", "fragment"),
        ("", "fragment"),
    ],
)
def test_classify_term(term: str, kind: str) -> None:
    assert classify_term(term) == kind


def test_keep_term_hides_noise_even_with_names() -> None:
    assert not keep_term("sáng", include_names=True)
    assert keep_term("Phạm Minh Chính", include_names=True)
    assert not keep_term("Phạm Minh Chính")
