"""Noticing corpus changes: the fingerprint moves with files and with the document store."""

from __future__ import annotations

import os
from pathlib import Path

from analysis.intake import add_files
from analysis.library import corpus_fingerprint
from analysis.store import CorpusStore

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


def test_fingerprint_follows_edits_touches_removals_and_corrections(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ghi_chu.odt").write_bytes(b"not an article format")
    seen = [corpus_fingerprint([tmp_path])]
    (tmp_path / "ghi_chu.odt").write_bytes(b"still not an article, and ignored")
    assert corpus_fingerprint([tmp_path]) == seen[0]
    article.write_text(ARTICLE.replace("1.200", "2.400"), encoding="utf-8")
    seen.append(corpus_fingerprint([tmp_path]))
    stat = article.stat()
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    seen.append(corpus_fingerprint([tmp_path]))
    (tmp_path / "metadata.json").write_text('{"a": {"year": 2024}}', encoding="utf-8")
    seen.append(corpus_fingerprint([tmp_path]))
    article.unlink()
    seen.append(corpus_fingerprint([tmp_path]))
    assert len(set(seen)) == 5
    assert corpus_fingerprint([tmp_path / "khong_co"]) == corpus_fingerprint([])
