"""Sentence splitting and word segmentation (real underthesea) with glossary compounds kept whole."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

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
from analysis.terms import count_terms, is_term, score_distinctive_terms
from analysis.text import normalize_text
from analysis.types import CorpusAnalysis, DocumentAnalysis

ROOT = Path(__file__).resolve().parents[2]


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
    assert dict(tagged)["và"] == "Cc"  # the VLSP 2013 tag set: coordinating conjunction


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


def test_seed_analyses_count_terms_and_words(seed_docs: dict[str, DocumentAnalysis]) -> None:
    for analysis in seed_docs.values():
        assert [sentence.index for sentence in analysis.sentences] == list(range(len(analysis.sentences)))
        assert analysis.words > 250
        counts = dict(analysis.terms)
        assert len(counts) == len(analysis.terms)  # each term once
        assert all(count > 0 for count in counts.values())
        assert sum(counts.values()) < analysis.words  # content words are a part of all words
        assert [count for _, count in analysis.terms] == sorted(counts.values(), reverse=True)


def test_seed_sentences_come_from_the_body(seed_docs: dict[str, DocumentAnalysis]) -> None:
    for analysis in seed_docs.values():
        paragraphs = analysis.document.body.split("\n")
        for sentence in analysis.sentences:
            assert sentence.text in paragraphs[sentence.paragraph]


def test_seed_terms_hold_glossary_compounds(seed_docs: dict[str, DocumentAnalysis]) -> None:
    terms = {term for analysis in seed_docs.values() for term, _ in analysis.terms}
    for compound in (
        "kinh tế số",
        "Tổ công nghệ số cộng đồng",
        "dữ liệu số",
        "an ninh mạng",
        "chuyển đổi số",
    ):
        assert compound in terms


def _legacy_and_new_decisions(corpus: CorpusAnalysis) -> tuple[int, int, dict[int, Counter[str]]]:
    """Content-word decisions of underthesea's legacy tagger beside ours, and the legacy counts."""
    from underthesea import pos_tag

    agree = total = 0
    legacy_counts: dict[int, Counter[str]] = {}
    for analysis in corpus.documents:
        for sentence in analysis.sentences:
            legacy = merge_tagged_compounds(pos_tag(normalize_text(sentence.text)))
            ours = tag_words(sentence.text)
            assert [word for word, _ in legacy] == [word for word, _ in ours]  # same segmentation
            for (word, old_tag), (_, new_tag) in zip(legacy, ours, strict=True):
                total += 1
                agree += is_term(word, old_tag) == is_term(word, new_tag)
            if analysis.document.year is not None:
                legacy_counts.setdefault(analysis.document.year, Counter()).update(
                    count_terms([[word for word, _ in legacy]], [[tag for _, tag in legacy]])
                )
    return agree, total, legacy_counts


def test_newer_tagger_makes_the_legacy_content_word_decisions_on_the_seeds(
    seed_corpus: CorpusAnalysis,
) -> None:
    agree, total, legacy_counts = _legacy_and_new_decisions(seed_corpus)
    assert total > 3000
    assert agree / total >= 0.99  # 99.6 % when measured
    legacy_top = score_distinctive_terms(legacy_counts, top=10)
    for summary in seed_corpus.years:
        assert [t.term for t in summary.top_terms[:10]] == [t.term for t in legacy_top[summary.year]]


def test_newer_tagger_agrees_on_unseen_articles(fixture_corpus: CorpusAnalysis) -> None:
    agree, total, _ = _legacy_and_new_decisions(fixture_corpus)
    assert total > 1500
    assert agree / total >= 0.985  # 99.1 % when measured


def test_pos_model_loads_without_network() -> None:
    """The model ships inside the underthesea wheel: a process that cannot open a socket tags."""
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network disabled for this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from analysis.nlp import tag_words\n"
        "print(tag_words('Phát triển kinh tế số'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('Phát triển', 'V'), ('kinh tế số', 'N')]"
