"""The store keeps itself safe: a damaged file names the last export and is never written; a
schema change copies the store aside first; a store opened for viewing refuses every change."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.intake import add_files, revise_document
from analysis.read import describe
from analysis.store import CorpusStore, StoreError, read_last_export

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str | Path, store: Path, lang: str = "en", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DXPOLICY_")}
    environment.update(DXPOLICY_STORE=str(store), DXPOLICY_CACHE=str(store.parent / "cache.sqlite3"), **env)
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args), "--lang", lang],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def _damage_a_page(path: Path) -> bytes:
    """A table page's type byte and cell count overwritten, as a bad disk would (quick_check fails)."""
    data = bytearray(path.read_bytes())
    page = 4096 * 2
    data[page : page + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_damaged_store_names_the_last_export_and_stays_byte_identical(
    tmp_path: Path, lang: str, store_articles: list[tuple[str, bytes]]
) -> None:
    store = tmp_path / "data" / "corpus.sqlite3"
    with CorpusStore(store) as opened:
        add_files(opened, store_articles)
    export = tmp_path / "backups" / "thu-vien.zip"
    export.parent.mkdir()
    done = _cli("export", "-o", export, store=store)
    assert done.returncode == 0, done.stderr
    noted = read_last_export(store)
    assert noted is not None and noted.written_to == str(export) and noted.count == 3
    damaged = _damage_a_page(store)

    with pytest.raises(StoreError) as refused:
        CorpusStore(store)
    message = describe(refused.value.problem, lang)
    assert str(store) in message and str(export) in message
    assert ("3 bài" if lang == "vi" else "3 articles") in message
    assert f"python -m analysis import {export}" in message
    for command in (("list",), ("add", ROOT / "seeds" / "000_bad03276209439be.txt"), ("remove", "ha-giang")):
        result = _cli(*command, store=store, lang=lang)
        assert result.returncode == 1, command
        assert str(export) in result.stderr and "Traceback" not in result.stderr
        assert store.read_bytes() == damaged, command  # never written, whatever was asked


def test_a_damaged_store_without_an_export_says_so_plainly(
    tmp_path: Path, store_articles: list[tuple[str, bytes]]
) -> None:
    store = tmp_path / "corpus.sqlite3"
    with CorpusStore(store) as opened:
        add_files(opened, store_articles)
    damaged = _damage_a_page(store)
    with pytest.raises(StoreError) as refused:
        CorpusStore(store)
    assert refused.value.problem.code == "store_damaged"
    assert store.read_bytes() == damaged


def _as_an_earlier_version(path: Path) -> None:
    """The store as the version before record hashes wrote it (schema 0, no hash columns)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for column in ("original_sha256", "text_sha256", "details_sha256"):
            connection.execute(f"ALTER TABLE documents DROP COLUMN {column}")
        connection.execute("PRAGMA user_version = 0")
        connection.commit()


def _rows(path: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT * FROM documents ORDER BY rowid").fetchall()


def test_a_schema_change_first_copies_the_store_aside(tmp_path: Path, three_articles_store: Path) -> None:
    path = three_articles_store
    _as_an_earlier_version(path)
    old_rows = _rows(path)
    (tmp_path / "corpus.sqlite3.bak-v0").write_bytes(b"an earlier copy, never overwritten")

    with CorpusStore(path) as store:  # migrates to the current schema
        assert [document.id for document in store.list_documents()] == ["binh-phuoc", "ha-giang", "hau-giang"]
    copy = tmp_path / "corpus.sqlite3.bak-v0-2"
    assert (tmp_path / "corpus.sqlite3.bak-v0").read_bytes() == b"an earlier copy, never overwritten"
    assert _rows(copy) == old_rows  # the store exactly as it was before the change
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (0,)
    assert len(_rows(path)[0]) == len(old_rows[0]) + 3  # the live store has the hash columns
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


def test_a_store_opened_for_viewing_refuses_every_change(tmp_path: Path, three_articles_store: Path) -> None:
    path = three_articles_store
    before = _rows(path)
    with CorpusStore(path, read_only=True) as store:
        assert len(store.list_documents()) == 3
        for change in (
            lambda: store.remove(["ha-giang"]),
            lambda: revise_document(store, "ha-giang", {"year": "2020"}),
            lambda: store.correct("ha-giang", {"year": 2020}),
            lambda: add_files(store, [("moi.txt", "Cà Mau năm 2025\nNăm 2025, Cà Mau số hóa.\n".encode())]),
            lambda: store.import_records([]),
        ):
            with pytest.raises(StoreError) as refused:
                change()
            assert refused.value.problem.code == "store_view_only"
            assert "nothing was changed" in describe(refused.value.problem, "en")
    assert _rows(path) == before


def test_viewing_a_store_that_does_not_exist_makes_no_file(tmp_path: Path) -> None:
    path = tmp_path / "none" / "corpus.sqlite3"
    with CorpusStore(path, read_only=True) as store:
        assert store.list_documents() == []
    assert not path.parent.exists()


@pytest.mark.parametrize(
    "command", [("remove", "ha-giang"), ("correct", "ha-giang", "--year", "2020"), ("add", "SEED")]
)
def test_the_read_only_environment_variable_refuses_changes_on_the_command_line(
    tmp_path: Path, command: tuple[str, ...], three_articles_store: Path
) -> None:
    path = three_articles_store
    before = _rows(path)
    seed = str(ROOT / "seeds" / "000_bad03276209439be.txt")
    args = [seed if part == "SEED" else part for part in command]
    done = _cli(*args, store=path, DXPOLICY_READ_ONLY="1")
    assert done.returncode == 1
    assert "open for viewing only" in done.stderr and "Traceback" not in done.stderr
    assert _rows(path) == before
    listed = _cli("list", store=path, DXPOLICY_READ_ONLY="1")  # reading still works
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3
