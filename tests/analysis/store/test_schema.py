"""Opening the store (:mod:`analysis.store.schema`): an older store migrated in place, copied aside
first; a new store never copied; a file that is not a store or is damaged refused, and left as it was."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.intake import add_files
from analysis.pipeline import analyze_corpus
from analysis.present.problems import describe_problem
from analysis.store import CorpusStore, StoreError
from analysis.types import Curation
from tests.analysis.store.conftest import SEEDS, rows, run_on_store, snapshot


def test_an_old_store_gets_its_hashes_in_place(
    tmp_path: Path, three_articles_store: Path, overwrite_in_file: Callable[..., None]
) -> None:
    path = three_articles_store
    before = snapshot(path)
    # the store as an earlier version wrote it: no hash columns
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for column in ("original_sha256", "text_sha256", "details_sha256"):
            connection.execute(f"ALTER TABLE documents DROP COLUMN {column}")
        connection.execute("PRAGMA user_version = 0")
        connection.commit()
        assert "text_sha256" not in {row[1] for row in connection.execute("PRAGMA table_info(documents)")}

    assert snapshot(path) == before  # opening migrated it; nothing reads differently
    with contextlib.closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT original, text, original_sha256, text_sha256 FROM documents"
        ).fetchall()
    assert len(rows) == 3
    for original, text, original_hash, text_hash in rows:
        assert original_hash == hashlib.sha256(original).hexdigest()
        assert text_hash == hashlib.sha256(text.encode()).hexdigest()
    # and from now on damage to a migrated record shows
    overwrite_in_file(path, "1.200 điểm".encode(), "7.200 điểm".encode(), nth=1)
    with CorpusStore(path) as store:
        documents, problems = store.read_documents()
    assert [document.id for document in documents] == ["binh-phuoc", "hau-giang"]
    assert [problem.path for problem in problems] == ["ha-giang"]


def _as_schema_2(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TABLE curation")
        connection.execute("PRAGMA user_version = 2")
        connection.commit()


def test_a_store_without_the_table_is_migrated_in_place(tmp_path: Path, three_articles_store: Path) -> None:
    path = three_articles_store
    _as_schema_2(path)
    with CorpusStore(path, read_only=True) as viewing:  # viewed, not migrated: no curation yet
        assert viewing.curation() == Curation()
    with CorpusStore(path) as store:
        assert [d.id for d in store.list_documents()] == ["binh-phuoc", "ha-giang", "hau-giang"]
        store.save_curation(Curation(hidden=("a~1~tổ~1 tổ~r",)))
    with CorpusStore(path) as store:
        assert store.curation().hidden == ("a~1~tổ~1 tổ~r",)
    assert (tmp_path / "corpus.sqlite3.bak-v2").is_file()  # copied aside before the change


def _as_an_earlier_version(path: Path) -> None:
    """The store as the version before record hashes wrote it (schema 0, no hash columns)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for column in ("original_sha256", "text_sha256", "details_sha256"):
            connection.execute(f"ALTER TABLE documents DROP COLUMN {column}")
        connection.execute("PRAGMA user_version = 0")
        connection.commit()


def test_a_schema_change_first_copies_the_store_aside(tmp_path: Path, three_articles_store: Path) -> None:
    path = three_articles_store
    _as_an_earlier_version(path)
    old_rows = rows(path)
    (tmp_path / "corpus.sqlite3.bak-v0").write_bytes(b"an earlier copy, never overwritten")

    with CorpusStore(path) as store:  # migrates to the current schema
        assert [document.id for document in store.list_documents()] == ["binh-phuoc", "ha-giang", "hau-giang"]
    copy = tmp_path / "corpus.sqlite3.bak-v0-2"
    assert (tmp_path / "corpus.sqlite3.bak-v0").read_bytes() == b"an earlier copy, never overwritten"
    assert rows(copy) == old_rows  # the store exactly as it was before the change
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (0,)
    assert len(rows(path)[0]) == len(old_rows[0]) + 3  # the live store has the hash columns
    assert not list(tmp_path.glob("*.partial"))

    with CorpusStore(path):  # opening an up-to-date store copies nothing
        pass
    assert sorted(p.name for p in tmp_path.glob("*.bak-*")) == [
        "corpus.sqlite3.bak-v0",
        "corpus.sqlite3.bak-v0-2",
    ]


def test_a_new_store_is_not_copied_aside(tmp_path: Path, store_articles: list[tuple[str, bytes]]) -> None:
    with CorpusStore(tmp_path / "corpus.sqlite3") as store:
        add_files(store, store_articles)
    assert not list(tmp_path.glob("*.bak-*"))


def test_viewing_a_store_that_does_not_exist_makes_no_file(tmp_path: Path) -> None:
    path = tmp_path / "none" / "corpus.sqlite3"
    with CorpusStore(path, read_only=True) as store:
        assert store.list_documents() == []
    assert not path.parent.exists()


def test_a_file_that_is_not_a_store_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "corpus.sqlite3"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError) as caught:
        CorpusStore(path)
    assert caught.value.problem.code == "store_unusable"
    assert path.read_bytes() == b"not a database" * 100
    corpus = analyze_corpus([SEEDS], store_path=path)
    assert len(corpus.documents) == 5
    assert [problem.code for problem in corpus.problems] == ["store_unusable"]


def test_a_damaged_file_is_refused_clearly_and_the_seeds_still_report(
    tmp_path: Path, three_articles_store: Path
) -> None:
    path = three_articles_store
    data = bytearray(path.read_bytes())
    page = 4096 * 2  # a table page: its type byte and cell count overwritten
    data[page : page + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))

    with pytest.raises(StoreError) as refused:
        CorpusStore(path)
    assert refused.value.problem.code == "store_damaged"
    assert "nothing was changed" in describe_problem(refused.value.problem, language="en")
    report = run_on_store("report", "--no-cache", store=path, lang="en")
    assert report.returncode == 0
    assert len(report.stderr.splitlines()) == 1 and "store file is damaged" in report.stderr
    assert '"documents"' in report.stdout
    assert path.read_bytes() == bytes(data)  # left as it was


def test_a_damaged_store_refuses_plainly_and_is_not_written(three_articles_store: Path) -> None:
    path = three_articles_store
    with CorpusStore(path) as store:
        store.save_curation(Curation(pinned=("a",)))
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as refused:
        CorpusStore(path)
    assert refused.value.problem.code == "store_damaged"
    assert path.read_bytes() == bytes(data)
