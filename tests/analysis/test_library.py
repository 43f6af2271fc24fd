"""Adding users' own articles: good ones saved, bad ones explained, nothing overwritten."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from analysis.library import add_articles, corpus_fingerprint

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLE = (
    "Ngày Chuyển đổi số quốc gia năm 2025\n\nSáng nay (10/10), có hơn 1.200 Tổ công nghệ số cộng đồng.\n"
)


def test_a_good_article_is_saved_as_nfc_and_changes_the_fingerprint(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    before = corpus_fingerprint([folder])
    saved, problems = add_articles(
        [("bài mới.txt", unicodedata.normalize("NFD", ARTICLE).encode())], folder=folder
    )
    assert problems == []
    assert [path.name for path in saved] == ["bài-mới.txt"]
    assert saved[0].read_text(encoding="utf-8") == ARTICLE
    assert corpus_fingerprint([folder]) != before


def test_a_name_taken_by_another_article_gets_a_new_name(tmp_path: Path) -> None:
    (tmp_path / "bai.txt").write_text("Một bài khác về kinh tế số.", encoding="utf-8")
    saved, problems = add_articles([("bai.txt", ARTICLE.encode())], folder=tmp_path)
    assert problems == []
    assert saved[0].name == "bai-2.txt"
    assert (tmp_path / "bai.txt").read_text(encoding="utf-8") == "Một bài khác về kinh tế số."


@pytest.mark.parametrize(
    ("name", "data", "advice"),
    [
        ("bai.pdf", b"%PDF-1.4", "not a .txt or .md"),
        ("bai.txt", "Chuyển đổi số".encode("utf-16"), "binary"),
        ("bai.txt", "Chuyển đổi số".encode()[:-1] + b"\xff\xfe", "not UTF-8"),
        ("bai.txt", b"   \n  ", "empty"),
        ("bai.txt", "Tin liên quan\nĐọc thêm\nTổng truy cập: 123".encode(), "page furniture"),
        ("bai.txt", b"x" * (2 * 1024 * 1024 + 1), "larger than 2 MB"),
    ],
)
def test_bad_uploads_are_refused_with_advice_and_nothing_is_written(
    tmp_path: Path, name: str, data: bytes, advice: str
) -> None:
    saved, problems = add_articles([(name, data)], folder=tmp_path)
    assert saved == []
    assert len(problems) == 1 and advice in problems[0].message
    assert list(tmp_path.iterdir()) == []


def test_the_same_article_twice_is_added_once(tmp_path: Path) -> None:
    first, _ = add_articles([("a.txt", ARTICLE.encode())], folder=tmp_path)
    second, problems = add_articles([("b.txt", ARTICLE.encode())], folder=tmp_path)
    assert len(first) == 1 and second == []
    assert "already in the corpus" in problems[0].message
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]


def test_a_bad_file_does_not_stop_the_good_ones_in_the_same_upload(tmp_path: Path) -> None:
    saved, problems = add_articles([("x.docx", b"PK"), ("ok.md", ARTICLE.encode())], folder=tmp_path)
    assert [path.name for path in saved] == ["ok.md"]
    assert len(problems) == 1


def test_fingerprint_is_stable_for_an_unchanged_corpus() -> None:
    assert corpus_fingerprint([SEEDS]) == corpus_fingerprint([SEEDS])
