"""Remembered readings: a warm load re-reads only the files that changed, and gives the same result."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import analysis.documents.corpus
from analysis.cache import AnalysisCache
from analysis.documents import load_corpus
from analysis.pipeline import analyze_corpus

SEED_000 = "000_bad03276209439be"
SEED_003 = "003_58bd2110ae835d9e"

# Written for these tests: a local announcement with a byline, a publish line and page furniture.
BINH_DUONG = (
    "Bình Dương khai trương trung tâm điều hành thông minh năm 2024\n"
    "(BDO) - Sáng 12/3/2024, tỉnh Bình Dương khai trương trung tâm điều hành thông minh.\n"
    "Trung tâm kết nối 1.250 camera và 45 hệ thống thông tin của các sở, ngành.\n"
    "Tin liên quan\n"
)
HA_GIANG = (
    "Hà Giang đưa chợ phiên lên sàn thương mại điện tử\n"
    "Năm 2023, hơn 3.000 hộ kinh doanh ở Hà Giang đã bán hàng trên sàn thương mại điện tử.\n"
)


class CountingReads:
    """Wraps the real ``read_path``: counts which files were actually opened and parsed."""

    def __init__(self) -> None:
        self.real = analysis.documents.corpus.read_path
        self.names: list[str] = []

    def __call__(self, path: Path):  # type: ignore[no-untyped-def]
        self.names.append(path.name)
        return self.real(path)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> CountingReads:
    counter = CountingReads()
    monkeypatch.setattr(analysis.documents.corpus, "read_path", counter)
    return counter


@pytest.fixture
def folder(tmp_path: Path, seeds_dir: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seeds_dir / f"{SEED_000}.txt", corpus)
    (corpus / "binh_duong.txt").write_text(BINH_DUONG, encoding="utf-8")
    (corpus / "ha_giang.md").write_text(HA_GIANG, encoding="utf-8")
    (corpus / "rong.txt").write_text("   \n", encoding="utf-8")  # one bad file among them
    corrections = {"ha_giang": {"outlet": "Báo Hà Giang"}}
    (corpus / "metadata.json").write_text(json.dumps(corrections), encoding="utf-8")
    return corpus


def load_with_memo(folder: Path, cache_path: Path):  # type: ignore[no-untyped-def]
    cache = AnalysisCache(cache_path)
    try:
        return load_corpus([folder], memo=cache)
    finally:
        cache.close()


def test_a_warm_load_reads_only_what_changed(tmp_path: Path, folder: Path, reads: CountingReads) -> None:
    cache_path = tmp_path / "analysis.sqlite3"
    cold = load_with_memo(folder, cache_path)
    assert sorted(reads.names) == ["000_bad03276209439be.txt", "binh_duong.txt", "ha_giang.md", "rong.txt"]
    assert cold == load_corpus([folder])
    assert [p.code for p in cold[1]] == ["empty"]

    reads.names.clear()
    warm = load_with_memo(folder, cache_path)
    # the bad file is not remembered: it is tried again, and reported again
    assert reads.names == ["rong.txt"]
    assert warm == cold

    # touched (same bytes, new modification time): read again, same document
    reads.names.clear()
    stat = (folder / "binh_duong.txt").stat()
    os.utime(folder / "binh_duong.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    touched = load_with_memo(folder, cache_path)
    assert sorted(reads.names) == ["binh_duong.txt", "rong.txt"]
    assert touched == load_corpus([folder]) == cold

    # edited: read again, and the new text is what loads
    reads.names.clear()
    (folder / "binh_duong.txt").write_text(BINH_DUONG.replace("1.250", "2.500"), encoding="utf-8")
    edited = load_with_memo(folder, cache_path)
    assert sorted(reads.names) == ["binh_duong.txt", "rong.txt"]
    by_id = {document.id: document for document in edited[0]}
    assert "2.500 camera" in by_id["binh_duong"].body
    assert edited == load_corpus([folder])

    # a correction in metadata.json: only the corrected article is read again
    reads.names.clear()
    (folder / "metadata.json").write_text(
        json.dumps({"ha_giang": {"outlet": "Báo Hà Giang"}, "binh_duong": {"year": 2025}}), encoding="utf-8"
    )
    corrected = load_with_memo(folder, cache_path)
    assert sorted(reads.names) == ["binh_duong.txt", "rong.txt"]
    by_id = {document.id: document for document in corrected[0]}
    assert by_id["binh_duong"].year == 2025
    assert by_id["ha_giang"].outlet == "Báo Hà Giang"
    assert corrected == load_corpus([folder])

    # unchanged since: nothing good is read again
    reads.names.clear()
    assert load_with_memo(folder, cache_path) == corrected
    assert reads.names == ["rong.txt"]


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE read_json SET value = x'00ff00'",  # not text
        "UPDATE read_json SET value = '[42]'",  # JSON, not a document
        "UPDATE read_json SET value = x'80054b2a2e'",  # a pickle of 42: never unpickled
        "UPDATE read_json SET signature = 'khác'",  # written by other code or another file
    ],
)
def test_a_damaged_memo_row_is_read_again_not_fatal(
    tmp_path: Path, folder: Path, reads: CountingReads, damage: str
) -> None:
    cache_path = tmp_path / "analysis.sqlite3"
    cold = load_with_memo(folder, cache_path)
    with sqlite3.connect(cache_path) as connection:
        connection.execute(damage + " WHERE path LIKE '%ha_giang.md'")
    reads.names.clear()
    assert load_with_memo(folder, cache_path) == cold
    assert sorted(reads.names) == ["ha_giang.md", "rong.txt"]
    reads.names.clear()
    assert load_with_memo(folder, cache_path) == cold  # and the row was written afresh
    assert reads.names == ["rong.txt"]


def test_a_memo_row_for_another_path_is_not_used(tmp_path: Path, folder: Path, reads: CountingReads) -> None:
    cache_path = tmp_path / "analysis.sqlite3"
    load_with_memo(folder, cache_path)
    moved = tmp_path / "moved"
    shutil.copytree(folder, moved)
    with sqlite3.connect(cache_path) as connection:  # a row claiming the new path with an old document
        connection.execute(
            "UPDATE read_json SET path = ? WHERE path = ?",
            (str(moved / "ha_giang.md"), str(folder / "ha_giang.md")),
        )
    reads.names.clear()
    assert load_with_memo(moved, cache_path) == load_corpus([moved])
    assert "ha_giang.md" in reads.names


def test_warm_analysis_with_remembered_readings_gives_the_same_corpus(
    tmp_path: Path, seeds_dir: Path, reads: CountingReads
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id in (SEED_000, SEED_003):
        shutil.copy(seeds_dir / f"{doc_id}.txt", folder)
    cache_path = tmp_path / "analysis.sqlite3"
    cold = analyze_corpus([folder], cache_path=cache_path)
    reads.names.clear()
    warm = analyze_corpus([folder], cache_path=cache_path)
    assert reads.names == []
    assert warm.analysed == ()
    assert warm.from_cache == (SEED_000, SEED_003)
    assert warm.documents == cold.documents
    assert warm.years == cold.years
    assert warm.figures == cold.figures
    assert warm.comparison == cold.comparison
    assert warm.timeline == cold.timeline
    without = analyze_corpus([folder], cache_path=None)
    assert warm.documents == without.documents
    assert warm.years == without.years


def test_known_documents_remembers_readings_and_survives_a_broken_cache(
    tmp_path: Path, folder: Path, reads: CountingReads
) -> None:
    from analysis.pipeline import known_documents

    cache_path = tmp_path / "analysis.sqlite3"
    expected = known_documents([folder])
    assert sorted(expected.values()) == [SEED_000, "binh_duong", "ha_giang"]
    assert known_documents([folder], cache_path=cache_path) == expected
    reads.names.clear()
    assert known_documents([folder], cache_path=cache_path) == expected
    assert reads.names == ["rong.txt"]
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    assert known_documents([folder], cache_path=garbage) == expected
    assert garbage.read_bytes() == b"this is not a database" * 100  # left as it was
