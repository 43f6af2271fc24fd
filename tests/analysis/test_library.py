"""Noticing corpus changes: the fingerprint moves with files and with the document store."""

from __future__ import annotations

from pathlib import Path

from analysis.library import corpus_fingerprint
from analysis.store import CorpusStore, add_files

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLE = (
    "Ngày Chuyển đổi số quốc gia năm 2025\n\nSáng nay (10/10), có hơn 1.200 Tổ công nghệ số cộng đồng.\n"
)


def test_fingerprint_is_stable_for_an_unchanged_corpus() -> None:
    assert corpus_fingerprint([SEEDS]) == corpus_fingerprint([SEEDS])


def test_fingerprint_changes_with_a_new_file_in_a_folder(tmp_path: Path) -> None:
    before = corpus_fingerprint([tmp_path])
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert corpus_fingerprint([tmp_path]) != before


def test_fingerprint_changes_with_every_store_write(tmp_path: Path) -> None:
    store_path = tmp_path / "corpus.sqlite3"
    seen = {corpus_fingerprint([SEEDS], store_path=store_path)}
    with CorpusStore(store_path) as store:
        assert add_files(store, [("a.txt", ARTICLE.encode())]).added == ("a",)
        seen.add(corpus_fingerprint([SEEDS], store_path=store_path))
        store.correct("a", {"year": 2024})
        seen.add(corpus_fingerprint([SEEDS], store_path=store_path))
        store.remove(["a"])
        seen.add(corpus_fingerprint([SEEDS], store_path=store_path))
    assert len(seen) == 4
