"""Short links (article keys, not titles) and the reader's focused source sentence."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

from analysis.present.links import FOCUS_ID, document_keys, explore_href, reader_paragraphs, sentence_index
from analysis.types import CorpusAnalysis


def test_document_keys_are_short_unique_and_stable(seed_corpus: CorpusAnalysis) -> None:
    keys = document_keys(seed_corpus)
    assert keys["003_58bd2110ae835d9e"] == "003"
    assert len(set(keys.values())) == len(keys)
    assert document_keys(seed_corpus) == keys


def test_colliding_keys_fall_back_to_the_full_id(seed_corpus: CorpusAnalysis) -> None:
    first = seed_corpus.documents[0]
    twin = replace(first, document=replace(first.document, id="000_0123456789abcdef"))
    corpus = replace(seed_corpus, documents=(*seed_corpus.documents, twin))
    keys = document_keys(corpus)
    assert keys["000_0123456789abcdef"] == "000_0123456789abcdef"
    assert keys[first.document.id] == first.document.id


def test_explore_href_keeps_the_global_view_only() -> None:
    href = explore_href(
        {"lang": ["English"], "years": ["2023", "2024"], "docs": ["003"], "cmp": ["2022"], "q": ["old"]},
        query="dữ liệu số",
        doc_key="003",
        sentence=4,
    )
    path, query = href.split("?")
    assert path == "explore"
    assert parse_qs(query) == {
        "lang": ["English"],
        "years": ["2023", "2024"],
        "docs": ["003"],
        "q": ["dữ liệu số"],
        "doc": ["003"],
        "s": ["4"],
    }


def test_a_filtered_link_stays_short(seed_corpus: CorpusAnalysis) -> None:
    keys = list(document_keys(seed_corpus).values())
    href = explore_href({"docs": keys, "lang": ["Tiếng Việt"]}, doc_key=keys[0], sentence=12)
    assert len(href) < 120, href
    assert not any(a.document.title[:20] in href for a in seed_corpus.documents)


def test_a_figure_opens_its_sentence_marked(seed_corpus: CorpusAnalysis) -> None:
    figure = next(f for f in seed_corpus.figures if "80.000" in f.text)
    analysis = next(a for a in seed_corpus.documents if a.document.id == figure.doc)
    index = sentence_index(analysis, figure.sentence)
    assert index is not None
    paragraphs = reader_paragraphs(analysis, query=figure.text, focus=index)
    marked = [p for p in paragraphs if f'id="{FOCUS_ID}"' in p]
    assert len(marked) == 1
    focus = marked[0].split(f'id="{FOCUS_ID}"', 1)[1]
    assert "80.000" in focus.split("</mark>\n")[0]
    assert "<mark>" in marked[0]  # the query is marked inside the focused sentence too
    assert not any(p.strip() == analysis.document.title for p in paragraphs)


def test_a_theme_sentence_is_found_and_a_missing_one_is_not(seed_corpus: CorpusAnalysis) -> None:
    theme = next(s.official_theme for s in seed_corpus.years if s.official_theme)
    analysis = next(a for a in seed_corpus.documents if a.document.id == theme.doc)
    assert sentence_index(analysis, theme.sentence) is not None
    assert sentence_index(analysis, "Câu này không có trong bài.") is None
    assert sentence_index(analysis, "  ") is None
    paragraphs = reader_paragraphs(analysis, focus=None)
    assert not any(FOCUS_ID in p for p in paragraphs)


def test_reader_text_is_escaped(seed_corpus: CorpusAnalysis) -> None:
    analysis = seed_corpus.documents[0]
    hostile = replace(
        analysis, document=replace(analysis.document, body='<script>alert(1)</script>\n<b onclick="x">số</b>')
    )
    html = "".join(reader_paragraphs(hostile, query="số"))
    assert "<script>" not in html and "<b " not in html
    assert "&lt;script&gt;" in html and "<mark>số</mark>" in html
    assert urlsplit("explore?doc=000").path == "explore"
