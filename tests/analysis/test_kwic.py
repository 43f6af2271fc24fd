"""Keyword in context: whole words, optional diacritic-insensitive search, safe HTML highlighting."""

from __future__ import annotations

import re
import unicodedata

import pytest

from analysis.kwic import (
    count_documents_mentioning,
    count_hits_by_year,
    find_keyword_in_context,
    find_spans,
    highlight_html,
    sort_hits,
    top_collocates,
)
from analysis.types import CorpusAnalysis, Document, DocumentAnalysis, Sentence


@pytest.mark.parametrize(
    ("text", "query", "ignore_diacritics", "spans"),
    [
        ("Kinh tế số và số hóa", "số", False, [(8, 10), (14, 16)]),
        # whole words: "số" is not inside "sống" or "sổ"
        ("Vì cuộc sống tốt đẹp hơn, sổ tay số", "số", False, [(33, 35)]),
        ("Kinh tế số", "SỐ", False, [(8, 10)]),
        ("Chuyển đổi số", "chuyen doi", True, [(0, 10)]),
        ("Chuyển đổi số", "chuyen doi", False, []),
        ("dữ liệu số và dữ liệu   số", "du lieu so", True, [(0, 10), (14, 26)]),
        ("Đổi mới sáng tạo", "doi moi", True, [(0, 7)]),
        # diacritic-insensitive is still whole-word: "so" does not match inside "sống"
        ("cuộc sống", "so", True, []),
        ("kinh tế số", "", False, []),
        ("kinh tế số", "   ", False, []),
        # the query is normalised: an NFD query finds NFC text
        ("phát triển dữ liệu số", unicodedata.normalize("NFD", "dữ liệu số"), False, [(11, 21)]),
        # regex characters in a query are literal
        ("Bộ TT&TT (Việt Nam)", "(Việt Nam)", False, [(9, 19)]),
    ],
)
def test_find_spans(text: str, query: str, ignore_diacritics: bool, spans: list[tuple[int, int]]) -> None:
    assert find_spans(text, query, ignore_diacritics=ignore_diacritics) == spans


def _analysis(doc: str, year: int | None, texts: list[str]) -> DocumentAnalysis:
    document = Document(doc, "", "", None, None, year, "\n".join(texts), (), "h")
    sentences = tuple(Sentence(doc, index, text) for index, text in enumerate(texts))
    return DocumentAnalysis(document, sentences, (), 0, (), (), (), ())


def test_hits_carry_document_year_sentence_and_context() -> None:
    long_left = "a " * 50
    analyses = [
        _analysis("d1", 2023, ["Phát triển dữ liệu số.", long_left + "dữ liệu số " + "b " * 50]),
        _analysis("d2", None, ["Không có gì."]),
    ]
    hits = find_keyword_in_context(analyses, "dữ liệu số", window=20)
    assert [(hit.doc, hit.year, hit.sentence_index, hit.match) for hit in hits] == [
        ("d1", 2023, 0, "dữ liệu số"),
        ("d1", 2023, 1, "dữ liệu số"),
    ]
    first, second = hits
    assert (first.left, first.right, first.start, first.end) == ("Phát triển ", ".", 11, 21)
    assert second.left == "…" + (long_left)[-20:]
    assert second.right == (" " + "b " * 50)[:20] + "…"


def test_seed_search_is_whole_word(seed_corpus: CorpusAnalysis) -> None:
    hits = find_keyword_in_context(seed_corpus.documents, "số")
    assert len(hits) > 100
    assert {hit.match.casefold() for hit in hits} == {"số"}
    sentences = {(a.document.id, s.index): s.text for a in seed_corpus.documents for s in a.sentences}
    for hit in hits:
        text = sentences[(hit.doc, hit.sentence_index)]
        assert text[hit.start : hit.end] == hit.match
        assert not text[hit.end : hit.end + 1].isalpha()  # never the "số" of "sống"
    expected = sum(len(re.findall(r"(?<!\w)số(?!\w)", text, re.IGNORECASE)) for text in sentences.values())
    assert len(hits) == expected
    # "cuộc sống" (004) and "sống còn" (001) are in the seeds, and are not hits
    assert any("sống" in text for text in sentences.values())


def test_seed_search_ignoring_diacritics(seed_corpus: CorpusAnalysis) -> None:
    exact = find_keyword_in_context(seed_corpus.documents, "dữ liệu số")
    folded = find_keyword_in_context(seed_corpus.documents, "du lieu so", ignore_diacritics=True)
    assert len(exact) >= 10
    assert [(hit.doc, hit.sentence_index, hit.start) for hit in folded] == [
        (hit.doc, hit.sentence_index, hit.start) for hit in exact
    ]
    assert {hit.match.casefold() for hit in folded} == {"dữ liệu số"}
    assert find_keyword_in_context(seed_corpus.documents, "du lieu so") == []
    years = {hit.doc: hit.year for hit in folded}
    assert years["000_bad03276209439be"] == 2023
    assert years["003_58bd2110ae835d9e"] == 2024


def test_highlight_html_escapes_markup_and_marks_matches() -> None:
    text = "<script>alert('dữ liệu số')</script>\nKinh tế số & xã hội số"
    html = highlight_html(text, ["dữ liệu số", "số"])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;/script&gt;" in html
    assert "<mark>dữ liệu số</mark>" in html  # the longer, earlier match wins where they overlap
    assert html.count("<mark>") == 3
    assert "&amp;" in html
    assert "<br>" in html


def test_highlight_html_ignoring_diacritics_and_with_markup_in_the_query() -> None:
    assert (
        highlight_html("Chuyển đổi số", ["chuyen doi"], ignore_diacritics=True)
        == "<mark>Chuyển đổi</mark> số"
    )
    assert highlight_html("a <b> c", ["<b>"]) == "a <mark>&lt;b&gt;</mark> c"
    assert highlight_html("không có gì", []) == "không có gì"


# --- concordance features (sort, per-year counts, collocates, document counts) ---------------------


def test_sort_by_the_word_after_and_before(seed_corpus) -> None:
    hits = find_keyword_in_context(seed_corpus.documents, "dữ liệu số")
    by_right = sort_hits(hits, by="right")
    firsts = [hit.right.split()[0].strip(",.;:").casefold() if hit.right.split() else "" for hit in by_right]
    assert len(by_right) == len(hits)
    words = [w for w in firsts if w]
    assert words == sorted(words)
    by_left = sort_hits(hits, by="left")
    lasts = [hit.left.split()[-1].strip(',.;:“"').casefold() for hit in by_left if hit.left.split()]
    assert lasts == sorted(lasts)
    assert sort_hits(hits) == hits


def test_context_width_is_honoured(seed_corpus) -> None:
    narrow = find_keyword_in_context(seed_corpus.documents, "dữ liệu số", window=20)
    assert all(len(hit.left.lstrip("…")) <= 20 and len(hit.right.rstrip("…")) <= 20 for hit in narrow)


def test_hits_per_year(seed_corpus) -> None:
    hits = find_keyword_in_context(seed_corpus.documents, "dữ liệu số")
    assert count_hits_by_year(hits) == [(2023, 5, 1), (2024, 6, 3)]
    assert count_hits_by_year([]) == []


def test_collocates_are_whole_words_near_the_match(seed_corpus) -> None:
    hits = find_keyword_in_context(seed_corpus.documents, "dữ liệu số")
    collocates = top_collocates(seed_corpus.documents, hits, span=4)
    words = [c.word for c in collocates]
    assert words[:2] == ["phát triển", "quản trị số"]
    assert "dữ liệu số" not in words and "phát" not in words  # never the match, never syllables
    assert all(c.count == c.left + c.right for c in collocates)
    assert collocates[0].count >= collocates[-1].count


def test_count_documents_mentioning(seed_corpus) -> None:
    assert count_documents_mentioning(seed_corpus.documents, "kinh tế số") == 5
    assert count_documents_mentioning(seed_corpus.documents, "không có từ này") == 0
