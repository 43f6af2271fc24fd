"""A store that cannot be written says why in the user's terms (:mod:`analysis.store.failures`) and
is left as it was: a read-only file or folder, a full disk, the file-size limit, another writer, a
damaged file (naming the last export to restore from).

Faults are real: a read-only file or folder (chattr +i), a full disk (a 1 MB tmpfs) and the
file-size limit (RLIMIT_FSIZE), each in a real CLI process.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from analysis.intake import add_files
from analysis.present.problems import describe_problem
from analysis.store import CorpusStore, StoreError, describe_failure, read_last_export
from analysis.types import Curation
from tests.analysis.store.conftest import new_article, run_on_store, snapshot
from tests.cli import ROOT, run_cli

INTACT = {"vi": "vẫn nguyên vẹn", "en": "is intact"}


@contextlib.contextmanager
def _immutable(path: Path) -> Iterator[None]:
    """``chattr +i``: not even root may write it (a read-only file or folder, for real)."""
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not permitted here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_read_only_store_says_it_is_intact_and_stays_usable(
    tmp_path: Path, what: str, lang: str, store_articles: list[tuple[str, bytes]]
) -> None:
    path = tmp_path / "store" / "corpus.sqlite3"
    with CorpusStore(path) as store:
        add_files(store, store_articles)
    article = tmp_path / "ca-mau.txt"
    article.write_text(new_article(), encoding="utf-8")
    before = snapshot(path)
    with _immutable(path if what == "file" else path.parent):
        for args in (
            ["remove", "ha-giang"],
            ["correct", "ha-giang", "--year", "2020"],
            ["add", str(article)],
        ):
            done = run_on_store(*args, store=path, lang=lang)
            assert done.returncode == 1, (args, done.stdout, done.stderr)
            assert "Traceback" not in done.stderr and "OperationalError" not in done.stderr
            assert INTACT[lang] in done.stderr, (args, done.stderr)
            assert len(done.stderr.splitlines()) == 1
        listing = run_on_store("list", store=path, lang=lang)
        assert listing.returncode == 0 and "ha-giang" in listing.stdout  # still readable
    assert snapshot(path) == before
    assert run_on_store("remove", "ha-giang", store=path).returncode == 0  # writable again: usable


@contextlib.contextmanager
def _small_disk(folder: Path) -> Iterator[Path]:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_full_disk_says_the_store_is_intact_and_it_stays_usable(
    tmp_path: Path, lang: str, store_articles: list[tuple[str, bytes]]
) -> None:
    with _small_disk(tmp_path / "disk") as disk:
        path = disk / "corpus.sqlite3"
        with CorpusStore(path) as store:
            add_files(store, store_articles)
        before = snapshot(path)
        big = tmp_path / "big.txt"  # larger than the whole disk
        big.write_text("Bài rất dài năm 2025\n" + "Năm 2025 tỉnh có thêm nhiều dịch vụ công số. " * 20_000)
        done = run_on_store("add", str(big), store=path, lang=lang)
        assert done.returncode == 1
        assert "Traceback" not in done.stderr and "rollback" not in done.stderr
        assert INTACT[lang] in done.stderr and ("đĩa đã đầy" in done.stderr or "disk is full" in done.stderr)
        assert snapshot(path) == before
        small = tmp_path / "ca-mau.txt"
        small.write_text(new_article(), encoding="utf-8")
        # the store still takes a small article
        assert run_on_store("add", str(small), store=path).returncode == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_file_size_limit_is_a_message_not_a_kill(
    tmp_path: Path, lang: str, three_articles_store: Path
) -> None:
    path = three_articles_store
    before = snapshot(path)
    big = tmp_path / "big.txt"
    big.write_text("Bài rất dài năm 2025\n" + "Năm 2025 tỉnh có thêm nhiều dịch vụ công số. " * 20_000)
    done = run_on_store("add", str(big), store=path, lang=lang, limit=path.stat().st_size + 64 * 1024)
    assert done.returncode == 1, done  # not -SIGXFSZ
    assert INTACT[lang] in done.stderr and "ulimit -f" in done.stderr
    assert snapshot(path) == before
    assert run_on_store("add", str(big), store=path).returncode == 0  # without the limit it fits


def _busy_error(path: Path) -> sqlite3.Error:
    """The error SQLite gives a writer while another process holds the write lock (no waiting)."""
    with CorpusStore(path):
        pass
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        return error
    finally:
        other.close()
        holder.close()
    raise AssertionError("the second writer was not refused")


@pytest.mark.parametrize(
    ("make_error", "code"),
    [
        (lambda path: OSError(errno.ENOSPC, "No space left on device"), "store_full"),
        (lambda path: OSError(errno.EROFS, "Read-only file system"), "store_read_only"),
        (lambda path: PermissionError(errno.EACCES, "Permission denied"), "store_read_only"),
        (lambda path: OSError(errno.EFBIG, "File too large"), "store_too_large"),
        (lambda path: OSError(errno.EIO, "Input/output error"), "store_io"),
        (_busy_error, "store_busy"),
    ],
    ids=["disk-full", "read-only-fs", "permission", "file-too-large", "io", "busy"],
)
def test_every_fault_says_the_store_is_intact_in_both_languages(
    tmp_path: Path, make_error: Callable[[Path], Exception], code: str
) -> None:
    path = tmp_path / "corpus.sqlite3"
    failure = describe_failure(path, make_error(path))
    assert failure.problem.code == code
    assert INTACT["vi"] in describe_problem(failure.problem, language="vi")
    assert INTACT["en"] in describe_problem(failure.problem, language="en")
    assert str(path) in describe_problem(failure.problem, language="en")


def test_a_locked_store_says_so_and_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import analysis.store.schema

    path = tmp_path / "corpus.sqlite3"
    with CorpusStore(path) as store:
        store.save_curation(Curation(pinned=("a",)))
    monkeypatch.setattr(analysis.store.schema, "BUSY_TIMEOUT_S", 0.2)  # another writer holds it: fail fast
    with CorpusStore(path) as store, contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError) as refused:
            store.save_curation(Curation(pinned=("b",)))
        other.execute("ROLLBACK")
        assert refused.value.problem.code == "store_busy"
        assert store.curation().pinned == ("a",)


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
    done = run_cli("export", "-o", export, "--lang", "en", tmp=tmp_path, env={"DXPOLICY_STORE": str(store)})
    assert done.returncode == 0, done.stderr
    noted = read_last_export(store)
    assert noted is not None and noted.written_to == str(export) and noted.count == 3
    damaged = _damage_a_page(store)

    with pytest.raises(StoreError) as refused:
        CorpusStore(store)
    message = describe_problem(refused.value.problem, language=lang)
    assert str(store) in message and str(export) in message
    assert ("3 bài" if lang == "vi" else "3 articles") in message
    assert f"python -m analysis import {export}" in message
    for command in (("list",), ("add", ROOT / "seeds" / "000_bad03276209439be.txt"), ("remove", "ha-giang")):
        result = run_cli(*command, "--lang", lang, tmp=tmp_path, env={"DXPOLICY_STORE": str(store)})
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
