"""Sentence splitting and word segmentation (real underthesea) with glossary compounds kept whole."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.nlp import (
    canonical_term,
    glossary,
    merge_compounds,
    merge_tagged_compounds,
    split_sentences,
    tag_words,
    tokenize,
)
from analysis.types import DocumentAnalysis


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        ("Kinh tế số tăng. Xã hội số phát triển.", ["Kinh tế số tăng.", "Xã hội số phát triển."]),
        # every line is a paragraph; a heading without a full stop is a sentence of its own
        (
            "Tổ công nghệ số cộng đồng\nCác tổ hỗ trợ người dân. Đây là lực lượng quan trọng.",
            ["Tổ công nghệ số cộng đồng", "Các tổ hỗ trợ người dân.", "Đây là lực lượng quan trọng."],
        ),
        # a quote closed after its full stop stays with its sentence
        (
            'Thủ tướng nói: "Đây là yếu tố sống còn." Đây là cơ hội.',
            ['Thủ tướng nói: "Đây là yếu tố sống còn."', "Đây là cơ hội."],
        ),
        (
            "Thủ tướng cho biết: “Đây là yêu cầu khách quan.” Sau đó ông rời đi.",
            ["Thủ tướng cho biết: “Đây là yêu cầu khách quan.”", "Sau đó ông rời đi."],
        ),
        ("\n  \n", []),
        ("", []),
    ],
)
def test_split_sentences(body: str, sentences: list[str]) -> None:
    assert split_sentences(body) == sentences


def test_split_sentences_returns_nfc_for_nfd_input() -> None:
    text = "Kinh tế số tăng. Xã hội số phát triển."
    assert split_sentences(unicodedata.normalize("NFD", text)) == [
        "Kinh tế số tăng.",
        "Xã hội số phát triển.",
    ]


@pytest.mark.parametrize(
    ("sentence", "tokens"),
    [
        ("Phát triển kinh tế số và an ninh mạng", ["Phát triển", "kinh tế số", "và", "an ninh mạng"]),
        (
            "Các Tổ công nghệ số cộng đồng hỗ trợ người dân",
            ["Các", "Tổ công nghệ số cộng đồng", "hỗ trợ", "người dân"],
        ),
    ],
)
def test_tokenize_keeps_glossary_compounds_whole(sentence: str, tokens: list[str]) -> None:
    assert tokenize(sentence) == tokens
    assert tokenize(unicodedata.normalize("NFD", sentence)) == tokens


def test_glossary_matching_ignores_case() -> None:
    assert "TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG" in tokenize("Hướng dẫn của TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG")


@pytest.mark.parametrize(
    ("tokens", "merged"),
    [
        (["phát triển", "kinh tế", "số"], ["phát triển", "kinh tế số"]),
        # a compound that cuts through a token splits it
        (["thúc đẩy dữ liệu", "số"], ["thúc đẩy", "dữ liệu số"]),
        # the longest glossary entry wins over the ones it contains
        (["dữ liệu", "số", "quốc gia"], ["dữ liệu số quốc gia"]),
        (["an toàn", ",", "an ninh", "mạng"], ["an toàn, an ninh mạng"]),
        (["Phát triển", "Kinh tế", "Số"], ["Phát triển", "Kinh tế Số"]),
        (["người", "dân"], ["người", "dân"]),
        ([], []),
    ],
)
def test_merge_compounds(tokens: list[str], merged: list[str]) -> None:
    assert merge_compounds(tokens) == merged


def test_merge_tagged_compounds_tags_compounds_as_nouns_and_keeps_other_tags() -> None:
    tagged = [
        ("Phát triển", "V"),
        ("dữ liệu", "N"),
        ("số", "M"),
        ("và", "C"),
        ("an ninh", "N"),
        ("mạng", "N"),
    ]
    assert merge_tagged_compounds(tagged) == [
        ("Phát triển", "V"),
        ("dữ liệu số", "N"),
        ("và", "C"),
        ("an ninh mạng", "N"),
    ]


def test_tag_words_tags_real_text() -> None:
    tagged = tag_words("Phát triển kinh tế số và bảo đảm an toàn, an ninh mạng")
    words = [word for word, _ in tagged]
    assert words == ["Phát triển", "kinh tế số", "và", "bảo đảm", "an toàn, an ninh mạng"]
    assert dict(tagged)["kinh tế số"] == "N"
    assert dict(tagged)["và"] == "C"


@pytest.mark.parametrize(
    ("term", "canonical"),
    [
        ("tổ công nghệ số cộng đồng", "Tổ công nghệ số cộng đồng"),
        ("KINH TẾ SỐ", "kinh tế số"),
        ("an toàn , an ninh mạng", "an toàn, an ninh mạng"),
        ("bộ tt&tt", "Bộ TT&TT"),
        ("con mèo", None),
        ("kinh tế", None),
    ],
)
def test_canonical_term(term: str, canonical: str | None) -> None:
    assert canonical_term(term) == canonical


def test_glossary_entries_are_nfc_and_unique() -> None:
    entries = glossary()
    assert len(entries) > 40
    assert all(unicodedata.is_normalized("NFC", entry) for entry in entries)
    assert len({entry.casefold() for entry in entries}) == len(entries)


def test_seed_analyses_have_aligned_tokens_and_tags(seed_docs: dict[str, DocumentAnalysis]) -> None:
    for analysis in seed_docs.values():
        assert len(analysis.tokens) == len(analysis.tags) == len(analysis.sentences)
        assert [sentence.index for sentence in analysis.sentences] == list(range(len(analysis.sentences)))
        for tokens, tags in zip(analysis.tokens, analysis.tags, strict=True):
            assert len(tokens) == len(tags)
        assert analysis.words > 250


def test_seed_sentences_come_from_the_body(seed_docs: dict[str, DocumentAnalysis]) -> None:
    for analysis in seed_docs.values():
        paragraphs = analysis.document.body.split("\n")
        for sentence in analysis.sentences:
            assert sentence.text in paragraphs[sentence.paragraph]


def test_seed_tokens_hold_glossary_compounds(seed_docs: dict[str, DocumentAnalysis]) -> None:
    tokens = {token for analysis in seed_docs.values() for sentence in analysis.tokens for token in sentence}
    for compound in (
        "kinh tế số",
        "Tổ công nghệ số cộng đồng",
        "dữ liệu số",
        "an ninh mạng",
        "chuyển đổi số",
    ):
        assert compound in tokens
