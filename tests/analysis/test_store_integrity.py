"""Records that check themselves, a damaged file refused clearly, and faults that leave the store intact.

Damage is made the way a bad disk or a hostile writer would make it: bytes overwritten in the
SQLite file with no SQLite in between. Faults are real: a read-only file or folder (chattr +i), a
full disk (a 1 MB tmpfs) and the file-size limit (RLIMIT_FSIZE), each in a real CLI process.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from analysis.intake import add_files, revise_document
from analysis.pipeline import analyze_corpus
from analysis.read import describe
from analysis.store import CorpusStore, StoreError, describe_failure

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SOUND = ["binh-phuoc", "ha-giang"]
INTACT = {"vi": "vẫn nguyên vẹn", "en": "is intact"}


def _cli(
    *args: str, store: Path, lang: str = "vi", limit: int | None = None
) -> subprocess.CompletedProcess[str]:
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


def _snapshot(path: Path) -> tuple[list[object], list[str]]:
    with CorpusStore(path) as store:
        listed = store.list_documents()
        documents, _ = store.read_documents()
    return listed, [document.body for document in documents]


def test_an_old_store_gets_its_hashes_in_place(
    tmp_path: Path, three_articles_store: Path, overwrite_in_file: Callable[..., None]
) -> None:
    path = three_articles_store
    before = _snapshot(path)
    # the store as an earlier version wrote it: no hash columns
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for column in ("original_sha256", "text_sha256", "details_sha256"):
            connection.execute(f"ALTER TABLE documents DROP COLUMN {column}")
        connection.execute("PRAGMA user_version = 0")
        connection.commit()
        assert "text_sha256" not in {row[1] for row in connection.execute("PRAGMA table_info(documents)")}

    assert _snapshot(path) == before  # opening migrated it; nothing reads differently
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


@pytest.mark.parametrize(
    ("found", "replacement", "nth"),
    [
        ("đã số hóa 95%".encode(), "đã số hóa 59%".encode(), 1),  # the text: a figure silently changed
        ("đã số hóa 95%".encode(), b"\xff\xfe\xfd\xfc s\xe1\xbb\x91 h\xc3\xb3a 95%", 1),  # not UTF-8
        ("đã số hóa 95%".encode(), "đã số hóa 96%".encode(), 0),  # the original bytes
        (b"hau-giang.txt", b"hau-giang.TXT", 0),  # the details: the file name changed
        (b"hau-giang.txt", b"hau-giang\xff\xfeet", 0),  # the file name, not UTF-8 any more
    ],
    ids=["text-changed", "text-not-utf8", "original", "details", "name-not-utf8"],
)
def test_a_damaged_record_is_one_problem_and_can_be_removed(
    tmp_path: Path,
    found: bytes,
    replacement: bytes,
    nth: int,
    three_articles_store: Path,
    overwrite_in_file: Callable[..., None],
) -> None:
    path = three_articles_store
    overwrite_in_file(path, found, replacement, nth=nth)

    with CorpusStore(path) as store:
        documents, problems = store.read_documents()
        listed = store.list_documents()
        assert store.original("hau-giang") is None
        edit = revise_document(store, "hau-giang", {"year": "2020"})  # an edit would hide the damage: refused
    assert [document.id for document in documents] == SOUND
    assert "95%" not in " ".join(document.body for document in documents)
    assert [(problem.path, problem.code) for problem in problems] == [("hau-giang", "store_damaged_record")]
    assert "remove hau-giang" in describe(problems[0], "en")
    assert [(document.id, document.damaged) for document in listed] == [
        ("binh-phuoc", False),
        ("ha-giang", False),
        ("hau-giang", True),
    ]
    assert [problem.code for problem in edit.problems] == ["store_damaged_record"]

    corpus = analyze_corpus([SEEDS], store_path=path)
    ids = [analysis.document.id for analysis in corpus.documents]
    assert len(ids) == 7 and ids[-2:] == SOUND
    assert [problem.path for problem in corpus.problems] == ["hau-giang"]

    with CorpusStore(path) as store:
        assert store.remove(["hau-giang"]) == ["hau-giang"]
        documents, problems = store.read_documents()
    assert [document.id for document in documents] == SOUND and problems == []


def test_the_cli_lists_reports_and_removes_around_a_damaged_record(damaged_store: Path) -> None:
    listing = _cli("list", store=damaged_store)
    assert listing.returncode == 0
    assert "hau-giang\t2023\ttxt\t[hỏng] Hậu Giang" in listing.stdout
    assert "[damaged]" in _cli("list", store=damaged_store, lang="en").stdout
    assert listing.stdout.count("[hỏng]") == 1

    report = _cli("report", "--no-cache", "--format", "md", store=damaged_store, lang="en")
    assert report.returncode == 0, report.stderr
    assert "Bình Phước" in report.stdout and "Hà Giang" in report.stdout  # the sound records
    assert "Hậu Giang" not in report.stdout
    assert report.stderr.splitlines() == [
        "error: hau-giang: this article's record in the store is damaged (it does not match its "
        "SHA-256 checksum), so it was not read; the other articles are still read. Remove it (the "
        "“Your articles” page or python -m analysis remove hau-giang) and add the original file again."
    ]
    corrected = _cli("correct", "hau-giang", "--year", "2020", store=damaged_store)
    assert corrected.returncode == 2 and "bị hỏng" in corrected.stderr

    removed = _cli("remove", "hau-giang", store=damaged_store)
    assert (removed.returncode, removed.stdout, removed.stderr) == (0, "hau-giang\n", "")
    assert "[hỏng]" not in _cli("list", store=damaged_store).stdout


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
    assert "nothing was changed" in describe(refused.value.problem, "en")
    report = _cli("report", "--no-cache", store=path, lang="en")
    assert report.returncode == 0
    assert len(report.stderr.splitlines()) == 1 and "store file is damaged" in report.stderr
    assert '"documents"' in report.stdout
    assert path.read_bytes() == bytes(data)  # left as it was


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


def _new_article() -> str:
    return "Cà Mau số hóa bến cảng năm 2025\nNăm 2025, Cà Mau số hóa 12 bến cảng cá.\n"


@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_read_only_store_says_it_is_intact_and_stays_usable(
    tmp_path: Path, what: str, lang: str, store_articles: list[tuple[str, bytes]]
) -> None:
    path = tmp_path / "store" / "corpus.sqlite3"
    with CorpusStore(path) as store:
        add_files(store, store_articles)
    article = tmp_path / "ca-mau.txt"
    article.write_text(_new_article(), encoding="utf-8")
    before = _snapshot(path)
    with _immutable(path if what == "file" else path.parent):
        for args in (
            ["remove", "ha-giang"],
            ["correct", "ha-giang", "--year", "2020"],
            ["add", str(article)],
        ):
            done = _cli(*args, store=path, lang=lang)
            assert done.returncode == 1, (args, done.stdout, done.stderr)
            assert "Traceback" not in done.stderr and "OperationalError" not in done.stderr
            assert INTACT[lang] in done.stderr, (args, done.stderr)
            assert len(done.stderr.splitlines()) == 1
        listing = _cli("list", store=path, lang=lang)
        assert listing.returncode == 0 and "ha-giang" in listing.stdout  # still readable
    assert _snapshot(path) == before
    assert _cli("remove", "ha-giang", store=path).returncode == 0  # writable again: usable


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
        before = _snapshot(path)
        big = tmp_path / "big.txt"  # larger than the whole disk
        big.write_text("Bài rất dài năm 2025\n" + "Năm 2025 tỉnh có thêm nhiều dịch vụ công số. " * 20_000)
        done = _cli("add", str(big), store=path, lang=lang)
        assert done.returncode == 1
        assert "Traceback" not in done.stderr and "rollback" not in done.stderr
        assert INTACT[lang] in done.stderr and ("đĩa đã đầy" in done.stderr or "disk is full" in done.stderr)
        assert _snapshot(path) == before
        small = tmp_path / "ca-mau.txt"
        small.write_text(_new_article(), encoding="utf-8")
        assert _cli("add", str(small), store=path).returncode == 0  # the store still takes a small article


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_file_size_limit_is_a_message_not_a_kill(
    tmp_path: Path, lang: str, three_articles_store: Path
) -> None:
    path = three_articles_store
    before = _snapshot(path)
    big = tmp_path / "big.txt"
    big.write_text("Bài rất dài năm 2025\n" + "Năm 2025 tỉnh có thêm nhiều dịch vụ công số. " * 20_000)
    done = _cli("add", str(big), store=path, lang=lang, limit=path.stat().st_size + 64 * 1024)
    assert done.returncode == 1, done  # not -SIGXFSZ
    assert INTACT[lang] in done.stderr and "ulimit -f" in done.stderr
    assert _snapshot(path) == before
    assert _cli("add", str(big), store=path).returncode == 0  # without the limit it fits


def test_a_record_whose_id_is_damaged_is_named_and_removed_by_its_row(
    tmp_path: Path, three_articles_store: Path, overwrite_in_file: Callable[..., None]
) -> None:
    path = three_articles_store
    # in the record, the id is followed by the file name
    overwrite_in_file(path, b"hau-gianghau-giang.txt", b"hau-gi\xffnghau-giang.txt")
    listing = _cli("list", store=path, lang="en")
    assert "#2\t2023\ttxt\t[damaged] Hậu Giang" in listing.stdout
    report = _cli("report", "--no-cache", "--no-seeds", store=path, lang="en")
    assert report.returncode == 0 and "error: #2: this article's record" in report.stderr
    article = tmp_path / "ca-mau.txt"
    article.write_text(_new_article(), encoding="utf-8")
    assert _cli("add", str(article), store=path).stdout.splitlines()[-1] == "ca-mau"  # still takes articles
    assert _cli("remove", "#2", store=path).stdout == "#2\n"
    with CorpusStore(path) as store:
        assert store.read_documents() == (store.documents(), [])
        assert [document.id for document in store.documents()] == [*SOUND, "ca-mau"]


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
    assert INTACT["vi"] in describe(failure.problem, "vi")
    assert INTACT["en"] in describe(failure.problem, "en")
    assert str(path) in describe(failure.problem, "en")
