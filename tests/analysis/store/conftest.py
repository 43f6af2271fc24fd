"""Helpers shared by the store's tests: the CLI run on a store file (a real process, optionally under
a file-size limit), what a store reads as, its raw rows, and an article no store holds yet."""

from __future__ import annotations

import contextlib
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

from analysis.store import CorpusStore
from tests.cli import ROOT

SEEDS = ROOT / "seeds"


def run_on_store(
    *args: str, store: Path, lang: str = "vi", limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m analysis ARGS --store STORE --lang LANG``, under a file-size limit of ``limit``
    bytes (RLIMIT_FSIZE) when given."""

    def limit_file_size() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "analysis", *args, "--store", str(store), "--lang", lang],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        preexec_fn=limit_file_size,
    )


def snapshot(path: Path) -> tuple[list[object], list[str]]:
    """What the store at ``path`` lists and the texts it reads."""
    with CorpusStore(path) as store:
        listed = store.list_documents()
        documents, _ = store.read_documents()
    return listed, [document.body for document in documents]


def rows(path: Path) -> list[tuple[object, ...]]:
    """The ``documents`` table's rows as SQLite holds them, read without writing."""
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT * FROM documents ORDER BY rowid").fetchall()


def new_article() -> str:
    """An article none of the stores under test holds."""
    return "Cà Mau số hóa bến cảng năm 2025\nNăm 2025, Cà Mau số hóa 12 bến cảng cá.\n"
