"""The user's own corpus in one SQLite file: original bytes, normalised text, inferred metadata and
the user's corrections for every added document.

Each batch is one transaction, so a batch interrupted by a crash or a killed process leaves the
store as it was before; concurrent writers wait for each other (``BEGIN IMMEDIATE`` with a busy
timeout) instead of failing. The bundled seeds are never stored here: they are read-only and always
part of the corpus.

Every record carries the SHA-256 of its original bytes, its text and its details, checked whenever
it is read: a damaged record is reported as one problem naming its id (and can be removed by that
id), never read as a silently changed text and never the whole store down. The file's structure is
checked (``PRAGMA quick_check``) when it is opened. A write that fails (a full disk, a read-only
file, the file-size limit, an I/O error) leaves the store as it was, and says so.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import resource
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from analysis.access import read_only_requested
from analysis.curation import clean_curation
from analysis.documents import build_document
from analysis.read import ReadError, document_id_for, read_article
from analysis.read.metadata import MAX_TEXT_FIELD, MAX_YEAR, MIN_YEAR, OVERRIDABLE_FIELDS, clean_field
from analysis.read.names import clean_upload_name, display_name
from analysis.read.problems import make_problem
from analysis.text import normalize_text
from analysis.types import Curation, Document, LoadProblem

STORE_ENV = "DXPOLICY_STORE"
STORE_FILE_NAME = "corpus.sqlite3"
# Beside the store: where and when the library was last exported (named when the store is damaged).
LAST_EXPORT_SUFFIX = ".last-export.json"
_BUSY_TIMEOUT_S = 60.0
_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    original BLOB NOT NULL,
    text TEXT NOT NULL,
    text_key TEXT NOT NULL UNIQUE,
    inferred TEXT NOT NULL,
    corrections TEXT NOT NULL DEFAULT '{}',
    added_at TEXT NOT NULL,
    original_sha256 TEXT,
    text_sha256 TEXT,
    details_sha256 TEXT,
    source_url TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS curation (
    kind TEXT NOT NULL,
    figure TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    value TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, figure)
)
"""
# 1: every record has its hashes (PRAGMA user_version; 0 in stores made before, see _migrate).
# 2: a record may keep the address it was fetched from (source_url).
# 3: the analyst's curation of key figures (table curation: pins, hidden, captions, the chart's measure).
_SCHEMA_VERSION = 3
# Added to stores made before records checked themselves; filled in on open (see _migrate).
_HASH_COLUMNS = ("original_sha256", "text_sha256", "details_sha256")
# What a record's details hash covers, in this order (raw stored bytes, so damage to any shows).
_DETAIL_COLUMNS = ("id", "name", "format", "text_key", "inferred", "corrections", "added_at")
# The source address (added in version 2) follows the hashes; a store too old to have the column
# (read-only, so never migrated) reads NULL in its place.
_SOURCE_COLUMN = "source_url"


def _record_query(*, with_source: bool = True) -> str:
    source = f"CAST({_SOURCE_COLUMN} AS BLOB)" if with_source else "NULL"
    return (
        "SELECT "
        + ", ".join(f"CAST({column} AS BLOB)" for column in _DETAIL_COLUMNS)
        + ", original, CAST(text AS BLOB), "
        + ", ".join(_HASH_COLUMNS)
        + f", {source} FROM documents WHERE rowid = ?"
    )


_RECORD_QUERY = _record_query()


def default_store_path() -> Path:
    """``$DXPOLICY_STORE`` if set, else ``corpus.sqlite3`` in the user data folder (platformdirs)."""
    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path("dxpolicy", appauthor=False) / STORE_FILE_NAME


def text_key(document: Document) -> str:
    """What makes two documents the same article: their body text, whatever the format or spacing.

    >>> text_key(build_document("a", "Kinh tế\\n  số.")) == text_key(build_document("b", "Kinh tế số."))
    True
    """
    return hashlib.sha256(" ".join(document.body.split()).encode("utf-8")).hexdigest()


class StoreError(RuntimeError):
    """The store file cannot be opened or written; ``problem`` says what to do."""

    def __init__(self, problem: LoadProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _file_size_limited() -> bool:
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


def describe_failure(path: Path, error: sqlite3.Error | OSError, *, opening: bool = False) -> StoreError:
    """The :class:`StoreError` for a failed store operation, its message saying what happened in
    the user's terms: a full disk, a read-only file, the file-size limit, an I/O error or another
    writer all leave the store as it was, so the message says it is intact.

    >>> describe_failure(Path("kho.sqlite3"), OSError(errno.ENOSPC, "No space left")).problem.code
    'store_full'
    """
    name = getattr(error, "sqlite_errorname", "") or ""
    number = error.errno if isinstance(error, OSError) else None
    reason = " ".join(str(error).split())[:120] or type(error).__name__
    if name.startswith("SQLITE_FULL") or number == errno.ENOSPC:
        code = "store_full"
    elif name.startswith("SQLITE_READONLY") or number in (errno.EROFS, errno.EACCES, errno.EPERM):
        code = "store_read_only"
    elif number == errno.EFBIG or (name.startswith("SQLITE_IOERR") and _file_size_limited()):
        code = "store_too_large"  # SQLite reports a write over the file-size limit as an I/O error
    elif name.startswith("SQLITE_IOERR") or number == errno.EIO:
        code = "store_io"
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        code = "store_busy"
    elif name.startswith("SQLITE_CORRUPT") and not opening:
        code = "store_damaged"
    else:
        code = "store_unusable"
    return StoreError(make_problem(str(path), code, name=path, reason=reason))


@dataclass(frozen=True)
class Candidate:
    """An uploaded file read and understood, waiting for the user to review its metadata."""

    name: str
    doc_id: str
    format: str
    data: bytes
    text: str
    document: Document
    warnings: tuple[LoadProblem, ...] = ()
    # The address an article was fetched from, and details the user gave with it (a paste's
    # title, outlet and date), saved as corrections unless the review changes them.
    source_url: str | None = None
    given: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class StoredDocument:
    """One stored document as listed (no text, no bytes)."""

    id: str
    name: str
    format: str
    size: int
    added_at: str
    title: str
    outlet: str | None
    published: str | None
    year: int | None
    corrected: tuple[str, ...]
    damaged: bool = False  # its record failed its check: only the id (and what could be read) is shown
    source_url: str | None = None  # the address it was fetched from, if it came from a link


@dataclass(frozen=True)
class Revision:
    """What :meth:`CorpusStore.revise` did: the fields whose shown value changed, or the problems
    (a missing document or bad values) that left the store as it was."""

    changed: tuple[str, ...]
    problems: tuple[LoadProblem, ...]


@dataclass(frozen=True)
class AddResult:
    """Ids saved by a batch, and every problem (refused files and warnings about saved ones)."""

    added: tuple[str, ...]
    problems: tuple[LoadProblem, ...]


def prepare_upload(name: str, data: bytes) -> Candidate:
    """Read an uploaded file into a :class:`Candidate`, or raise :class:`ReadError` saying why not.

    >>> prepare_upload("bài.txt", "Ngày Chuyển đổi số quốc gia năm 2025.".encode()).document.year
    2025
    """
    article = read_article(name, data)
    doc_id = document_id_for(name)
    document = build_document(doc_id, article.text, path=display_name(name))
    if not document.body.strip():
        raise ReadError("furniture_only")
    return Candidate(name, doc_id, article.format, data, article.text, document, article.warnings)


def clean_corrections(corrections: Mapping[str, object]) -> dict[str, object]:
    """Corrections checked field by field (raises :class:`ReadError` "sidecar_value")."""
    return {
        field: clean_field(field, corrections[field]) for field in OVERRIDABLE_FIELDS if field in corrections
    }


def _typed(value: object) -> str:
    """A typed value as a message shows it: on one line, cut at 40 characters."""
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def _same_value(field: str, first: object, second: object) -> bool:
    if field == "published":  # a date typed in a form matches an inferred date-and-time of that day
        return str(first or "")[:10] == str(second or "")[:10]
    return first == second


def revise_corrections(
    inferred: Mapping[str, object],
    corrections: Mapping[str, object],
    changes: Mapping[str, object],
    *,
    name: str,
) -> tuple[dict[str, object], list[LoadProblem]]:
    """A document's corrections after the user's ``changes`` (raw typed values by field).

    Every value is checked first; if any is bad, the corrections come back unchanged with one
    problem per bad value (named ``name``). A value equal to the inferred one drops its
    correction; a value equal to the current one keeps things as they are.

    >>> revise_corrections({"title": "Bài", "year": 2023}, {}, {"year": "2024", "title": "Bài"}, name="a")
    ({'year': 2024}, [])
    >>> revise_corrections({"title": "Bài", "year": 2023}, {}, {"year": "3000"}, name="a")[1][0].message[:47]
    'a: năm “3000” không hợp lệ; hãy nhập một năm từ'
    """
    cleaned: dict[str, object] = {}
    problems: list[LoadProblem] = []
    for field in OVERRIDABLE_FIELDS:
        if field not in changes:
            continue
        value = changes[field]
        try:
            cleaned[field] = clean_field(field, value)
        except ReadError:
            empty = value is None or not str(value).strip()
            code = "edit_title_empty" if field == "title" and empty else f"edit_{field}"
            problems.append(
                make_problem(
                    name,
                    code,
                    name=name,
                    value=_typed(value if value is not None else ""),
                    first=MIN_YEAR,
                    last=MAX_YEAR,
                    limit=MAX_TEXT_FIELD,
                )
            )
    revised = dict(corrections)
    if problems:
        return revised, problems
    current = {**inferred, **corrections}
    for field, value in cleaned.items():
        if _same_value(field, value, current.get(field)):
            continue
        if _same_value(field, value, inferred.get(field)):
            revised.pop(field, None)
        else:
            revised[field] = value
    return revised, problems


def _inferred(document: Document) -> dict[str, object]:
    return {
        "title": document.title,
        "outlet": document.outlet,
        "published": document.published.isoformat() if document.published else None,
        "year": document.year,
    }


def _initialise(connection: sqlite3.Connection, path: Path) -> None:
    """WAL mode, the schema and the record hashes, retried while another process holds the lock.

    SQLite answers "database is locked" at once, without waiting on its busy timeout, when two
    connections would deadlock (both reading the schema, then both wanting to write it) and while
    a new file switches to WAL; two processes opening a new store together hit both. Taking the
    write lock first (BEGIN IMMEDIATE waits on the timeout) and retrying the rest makes them queue.
    A store that cannot be written (a read-only file) is still opened, for reading. A store made
    by an earlier version is copied aside (:func:`copy_aside_path`) before its schema changes.
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT_S
    pause = 0.02
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            if _up_to_date(connection):
                return
            connection.execute("BEGIN IMMEDIATE")
            if _has_documents(connection) and not _up_to_date(connection):
                _copy_aside(connection, path)
            for statement in _SCHEMA.split(";"):
                connection.execute(statement)
            _migrate(connection)
            connection.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            connection.execute("COMMIT")
            return
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            name = getattr(error, "sqlite_errorname", "")
            if name.startswith("SQLITE_READONLY") and _has_documents(connection):
                return  # readable as it is: records without hashes are read unchecked
            busy = "locked" in str(error) or "busy" in str(error)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _columns(connection: sqlite3.Connection) -> set[str]:
    return {row[1] for row in connection.execute("PRAGMA table_info(documents)")}


def _has_documents(connection: sqlite3.Connection) -> bool:
    return bool(_columns(connection))


def _up_to_date(connection: sqlite3.Connection) -> bool:
    """Whether the schema and every record's hashes are there already (nothing to write on open):
    ``user_version`` is set once they are, so an open need not scan the records to know."""
    return connection.execute("PRAGMA user_version").fetchone()[0] >= _SCHEMA_VERSION


def copy_aside_path(path: Path, version: int) -> Path:
    """Where a store of schema ``version`` is copied before a newer version changes its schema; an
    earlier copy is never overwritten (a second one gets "-2", and so on).

    >>> copy_aside_path(Path("/nonexistent/corpus.sqlite3"), 0).name
    'corpus.sqlite3.bak-v0'
    """
    wanted = Path(f"{path}.bak-v{version}")
    counter = 2
    while wanted.exists():
        wanted = Path(f"{path}.bak-v{version}-{counter}")
        counter += 1
    return wanted


def _copy_aside(connection: sqlite3.Connection, path: Path) -> None:
    """Copy the store as it is now (with any write-ahead log) to :func:`copy_aside_path`, inside the
    caller's write transaction, so the copy is what the migration starts from."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    target = copy_aside_path(path, version)
    partial = target.with_name(target.name + ".partial")
    # Read through a second connection: a backup from the connection that holds the write lock
    # never finishes, while a reader is let through (WAL) and sees the store as committed.
    with (
        contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as source,
        contextlib.closing(sqlite3.connect(partial)) as copy,
    ):
        source.backup(copy)
    os.replace(partial, target)  # a copy cut short is never taken for a whole one


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _details_digest(details: Sequence[bytes], source_url: bytes | None = None) -> str:
    """The hash of a record's details; a source address, where there is one, is covered too (so
    records made before it existed keep their hashes)."""
    return _digest(b"\x1f".join([*details, source_url] if source_url is not None else details))


def _migrate(connection: sqlite3.Connection) -> None:
    """Give a store made before records checked themselves its hash columns, and every record
    its hashes (of the bytes as they are now), inside the caller's transaction."""
    present = _columns(connection)
    for column in (*_HASH_COLUMNS, _SOURCE_COLUMN):
        if column not in present:
            connection.execute(f"ALTER TABLE documents ADD COLUMN {column} TEXT")
    rowids = [
        row[0] for row in connection.execute("SELECT rowid FROM documents WHERE details_sha256 IS NULL")
    ]
    for rowid in rowids:
        row = connection.execute(_RECORD_QUERY, (rowid,)).fetchone()
        count = len(_DETAIL_COLUMNS)
        details, original, text = row[:count], row[count], row[count + 1]
        connection.execute(
            "UPDATE documents SET original_sha256 = ?, text_sha256 = ?, details_sha256 = ? WHERE rowid = ?",
            (_digest(bytes(original)), _digest(text), _details_digest(details), rowid),
        )


# Files whose structure passed PRAGMA quick_check, by path, size and modification time of the
# file and its write-ahead log: a page run opens the store several times and need not check it
# again until it changes.
_CHECKED: set[tuple[str, int, int, int, int]] = set()


def _file_state(path: Path) -> tuple[str, int, int, int, int]:
    main = path.stat()
    wal = Path(f"{path}-wal")
    log = wal.stat() if wal.exists() else None
    return (
        str(path),
        main.st_size,
        main.st_mtime_ns,
        log.st_size if log else -1,
        log.st_mtime_ns if log else -1,
    )


def _check_structure(connection: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA quick_check`` (read-only); raises :class:`StoreError` "store_damaged" naming the
    first fault when the file's pages are damaged."""
    state = _file_state(path)
    if state in _CHECKED:
        return
    faults = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    if faults != ["ok"]:
        reason = " ".join("; ".join(faults).split())[:160]
        raise StoreError(make_problem(str(path), "store_damaged", name=path, reason=reason))
    _CHECKED.add(state)


@dataclass(frozen=True)
class _Record:
    """One stored record as its bytes were read, and which of its checks failed (if any)."""

    rowid: int
    id: str
    name: str
    format: str
    size: int
    text: str
    inferred: dict[str, object]
    corrections: dict[str, object]
    added_at: str
    damage: str = ""  # "original", "text" or "details": the first part that failed its check
    source_url: str | None = None


def _text(data: bytes | None) -> str:
    if data is None:
        raise ValueError("missing")
    return bytes(data).decode("utf-8")


def _decode_record(rowid: int, row: tuple[object, ...]) -> _Record:
    """A record from its raw row, its hashes checked; a part that fails marks it damaged (the
    fields are then read as far as they can be, to name it)."""
    count = len(_DETAIL_COLUMNS)
    details = [bytes(part) if part is not None else b"" for part in row[:count]]  # type: ignore[arg-type]
    original, text = bytes(row[count] or b""), bytes(row[count + 1] or b"")  # type: ignore[arg-type]
    original_hash, text_hash, details_hash, source = row[count + 2 :]
    source_bytes = bytes(source) if source is not None else None  # type: ignore[arg-type]
    damage = ""
    if details_hash is not None and _details_digest(details, source_bytes) != details_hash:
        damage = "details"
    elif text_hash is not None and _digest(text) != text_hash:
        damage = "text"
    elif original_hash is not None and _digest(original) != original_hash:
        damage = "original"
    fields = dict(zip(_DETAIL_COLUMNS, details, strict=True))
    # Undecodable bytes or JSON make a record damaged even where no hash says so (an old record).
    try:
        body = _text(text)
    except ValueError:
        damage, body = damage or "text", ""
    try:
        inferred, corrections = (
            json.loads(_text(fields["inferred"])),
            json.loads(_text(fields["corrections"])),
        )
        if not isinstance(inferred, dict) or not isinstance(corrections, dict):
            raise ValueError("not an object")
    except ValueError:
        damage, inferred, corrections = damage or "details", {}, {}
    names = []
    for column in ("id", "name", "format", "added_at"):
        try:
            names.append(_text(fields[column]))
        except ValueError:
            damage = damage or "details"
            names.append(fields[column].decode("utf-8", "replace"))  # enough to name it
    doc_id, name, fmt, added_at = names
    if damage and not _is_clean_id(doc_id):
        doc_id = f"#{rowid}"  # an id that cannot be trusted or typed: removable by its row number
    source_url = source_bytes.decode("utf-8", "replace") if source_bytes is not None else None
    return _Record(
        rowid, doc_id, name, fmt, len(original), body, inferred, corrections, added_at, damage, source_url
    )


def _is_clean_id(doc_id: str) -> bool:
    return bool(doc_id) and "\ufffd" not in doc_id and doc_id.isprintable() and len(doc_id) <= 200


@dataclass(frozen=True)
class LastExport:
    """Where and when the library was last exported (read from the small JSON beside the store)."""

    written_to: str
    written_at: str
    count: int


def last_export_record(store_path: Path) -> Path:
    """The small JSON beside the store that remembers the last export."""
    return Path(f"{store_path}{LAST_EXPORT_SUFFIX}")


def remember_export(store_path: Path, export: LastExport) -> None:
    """Note ``export`` beside the store (best effort: a folder that cannot be written loses only
    the note, never the export)."""
    record = last_export_record(store_path)
    with contextlib.suppress(OSError):
        partial = record.with_name(record.name + ".partial")
        partial.write_text(json.dumps(export.__dict__, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, record)


def read_last_export(store_path: Path) -> LastExport | None:
    """The last export noted beside the store, or None (never made, or the note unreadable)."""
    try:
        noted = json.loads(last_export_record(store_path).read_text(encoding="utf-8"))
        return LastExport(str(noted["written_to"]), str(noted["written_at"]), int(noted["count"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _damaged_file(path: Path, error: StoreError) -> StoreError:
    """A damaged store's error, naming the last export to restore from when one is known."""
    export = read_last_export(path)
    if error.problem.code != "store_damaged" or export is None:
        return error
    values = dict(error.problem.values)
    return StoreError(
        make_problem(
            str(path),
            "store_damaged_export",
            name=path,
            reason=values.get("reason", ""),
            export=export.written_to,
            when=export.written_at[:16].replace("T", " "),
            count=export.count,
        )
    )


class CorpusStore:
    """The SQLite document store; open it with ``CorpusStore(path)`` and ``close()`` when done.

    ``check=False`` skips the structure check on open, for a caller that reads only the
    revision counter (a cheap fingerprint on every page run). ``read_only=True`` (the default
    when ``$DXPOLICY_READ_ONLY`` is set) opens it for viewing: the file is opened read-only and
    every change is refused with :class:`StoreError` "store_view_only"."""

    def __init__(self, path: Path, *, check: bool = True, read_only: bool | None = None) -> None:
        self.path = Path(path)
        self.view_only = read_only_requested() if read_only is None else read_only
        connection = None
        try:
            if not self.view_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = self._connect()
            if check and self.path.is_file() and self.path.stat().st_size:
                _check_structure(connection, self.path)
            if not self._read_only and not self.view_only:
                _initialise(connection, self.path)
        except StoreError as error:
            if connection is not None:
                connection.close()
            raise _damaged_file(self.path, error) from None
        except (OSError, sqlite3.Error) as error:
            if connection is not None:
                connection.close()
            raise describe_failure(self.path, error, opening=True) from None
        self._connection = connection
        self._record_query = _record_query(with_source=_SOURCE_COLUMN in _columns(connection))

    def _connect(self) -> sqlite3.Connection:
        """A connection to the store; read-only when its folder cannot be written, so a store there
        can still be read. SQLite cannot create the write-ahead log's index beside it, and no
        other process can write it in WAL mode either, so it is opened as immutable."""
        self._read_only = self.path.is_file() and not os.access(self.path.parent, os.W_OK)
        if self.view_only and not self.path.is_file():
            # Nothing stored yet: an empty store to view, and no file made for it.
            connection = sqlite3.connect(":memory:", isolation_level=None)
            connection.executescript(_SCHEMA)
            return connection
        if self.view_only and not self._read_only:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            return sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
        if self._read_only:
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            return sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
        return sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None)

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._connection.close()

    def revision(self) -> str:
        """Changes whenever a document is added, corrected or removed (by any process)."""
        with self._reading():
            row = self._connection.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return row[0] if row else "0"

    def _bump(self) -> None:
        self._connection.execute(
            "INSERT INTO meta (key, value) VALUES ('revision', '1') ON CONFLICT(key) DO UPDATE "
            "SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
        )

    def _records(self, *, order: str = "added_at, id") -> Iterator[_Record]:
        """Every record, oldest first (or in ``order``), each read and checked on its own: a row
        SQLite cannot read is a damaged record too, and the rows after it are still read."""
        with self._reading():
            rowids = [
                row[0] for row in self._connection.execute(f"SELECT rowid FROM documents ORDER BY {order}")
            ]
        for rowid in rowids:
            try:
                row = self._connection.execute(self._record_query, (rowid,)).fetchone()
            except sqlite3.DatabaseError as error:
                if getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                    raise describe_failure(self.path, error) from None
                yield _Record(rowid, f"#{rowid}", "", "", 0, "", {}, {}, "", "details")
                continue
            if row is not None:  # removed by another process meanwhile
                yield _decode_record(rowid, row)

    def list_documents(self) -> list[StoredDocument]:
        """Every stored document, oldest first, with its metadata after the user's corrections;
        a damaged record is listed too (``damaged``), so it can be removed."""
        listed = []
        for record in self._records():
            meta = {**record.inferred, **record.corrections}
            year = meta.get("year")
            listed.append(
                StoredDocument(
                    record.id,
                    record.name,
                    record.format,
                    record.size,
                    record.added_at,
                    str(meta.get("title") or ""),
                    _optional_text(meta.get("outlet")),
                    _optional_text(meta.get("published")),
                    year if type(year) is int else None,
                    tuple(sorted(record.corrections)),
                    bool(record.damage),
                    record.source_url,
                )
            )
        return listed

    def read_documents(self) -> tuple[list[Document], list[LoadProblem]]:
        """Every sound stored document as a :class:`Document` (the user's corrections applied),
        and one problem per damaged record, naming its id."""
        documents: list[Document] = []
        problems: list[LoadProblem] = []
        for record in self._records():
            if record.damage:
                problems.append(_damaged(record))
                continue
            overrides = record.corrections or None
            documents.append(
                build_document(
                    record.id,
                    record.text,
                    path=record.name,
                    overrides=overrides,
                    source_url=record.source_url,
                )
            )
        return documents, problems

    def documents(self) -> list[Document]:
        """Every sound stored document as a :class:`Document`, the user's corrections applied."""
        return self.read_documents()[0]

    def ids(self) -> set[str]:
        """Every stored id (a damaged one as far as it can be read: it stays taken)."""
        with self._reading():
            rows = self._connection.execute("SELECT CAST(id AS BLOB) FROM documents").fetchall()
        return {bytes(row[0]).decode("utf-8", "replace") for row in rows}

    def original(self, doc_id: str) -> tuple[str, bytes] | None:
        """The file name and the exact bytes that were added (None when absent or damaged)."""
        with self._reading():
            row = self._connection.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
            found = self._connection.execute(self._record_query, (row[0],)).fetchone() if row else None
        if found is None:
            return None
        record = _decode_record(row[0], found)
        return None if record.damage else (record.name, bytes(found[len(_DETAIL_COLUMNS)]))

    def add(
        self,
        candidates: Sequence[Candidate],
        *,
        corrections: Mapping[str, Mapping[str, object]] | None = None,
        known: Mapping[str, str] | None = None,
        on_saving: Callable[[str], None] | None = None,
    ) -> AddResult:
        """Save reviewed candidates in one transaction: all of them, or (on any failure) none.

        ``corrections`` maps a candidate's name to checked field values; ``known`` maps text keys
        of documents outside the store (seeds, folders) to their ids, so they are never added
        twice and their ids are never reused.
        """
        corrections = corrections or {}
        known = dict(known or {})
        added: list[str] = []
        problems: list[LoadProblem] = []
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        with self._writing():
            taken = self.ids() | set(known.values())
            rows = self._connection.execute("SELECT CAST(text_key AS BLOB), CAST(id AS BLOB) FROM documents")
            stored_keys = {
                bytes(key).decode("utf-8", "replace"): bytes(doc_id).decode("utf-8", "replace")
                for key, doc_id in rows.fetchall()
            }
            for candidate in candidates:
                shown = display_name(candidate.name)
                key = text_key(candidate.document)
                other = stored_keys.get(key) or known.get(key)
                if other is not None:
                    problems.append(make_problem(shown, "duplicate", name=shown, other=other))
                    continue
                doc_id = _free_id(candidate.doc_id, taken)
                if doc_id != candidate.doc_id:
                    problems.append(
                        make_problem(
                            shown, "renamed", kept=True, name=shown, wanted=candidate.doc_id, id=doc_id
                        )
                    )
                problems.extend(candidate.warnings)
                if on_saving is not None:
                    on_saving(doc_id)
                inferred = json.dumps(_inferred(candidate.document), ensure_ascii=False)
                given = {**dict(candidate.given), **corrections.get(candidate.name, {})}
                chosen = json.dumps(given, ensure_ascii=False)
                details = [doc_id, shown, candidate.format, key, inferred, chosen, now]
                source = candidate.source_url.encode("utf-8") if candidate.source_url is not None else None
                self._connection.execute(
                    "INSERT INTO documents (id, name, format, original, text, text_key, inferred, "
                    "corrections, added_at, original_sha256, text_sha256, details_sha256, source_url) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        doc_id,
                        shown,
                        candidate.format,
                        candidate.data,
                        candidate.text,
                        key,
                        inferred,
                        chosen,
                        now,
                        _digest(candidate.data),
                        _digest(candidate.text.encode("utf-8")),
                        _details_digest([part.encode("utf-8") for part in details], source),
                        candidate.source_url,
                    ),
                )
                taken.add(doc_id)
                stored_keys[key] = doc_id
                added.append(doc_id)
            if added:
                self._bump()
        return AddResult(tuple(added), tuple(problems))

    def _sound_record(self, doc_id: str) -> _Record | LoadProblem:
        """The record ``doc_id`` checked, or the problem (absent or damaged) that stops an edit."""
        row = self._connection.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
        found = self._connection.execute(self._record_query, (row[0],)).fetchone() if row else None
        if found is None:
            return make_problem(doc_id, "not_in_store", name=doc_id)
        record = _decode_record(row[0], found)
        return _damaged(record) if record.damage else record

    def _set_corrections(self, record: _Record, corrections: Mapping[str, object]) -> None:
        """Save a sound record's new corrections with its details hash (over the stored bytes)."""
        chosen = json.dumps(dict(corrections), ensure_ascii=False)
        key, inferred = self._connection.execute(
            "SELECT text_key, inferred FROM documents WHERE rowid = ?", (record.rowid,)
        ).fetchone()
        details = [record.id, record.name, record.format, key, inferred, chosen, record.added_at]
        source = record.source_url.encode("utf-8") if record.source_url is not None else None
        self._connection.execute(
            "UPDATE documents SET corrections = ?, details_sha256 = ? WHERE rowid = ?",
            (chosen, _details_digest([part.encode("utf-8") for part in details], source), record.rowid),
        )

    def correct(self, doc_id: str, corrections: Mapping[str, object]) -> bool:
        """Replace a document's corrections (checked values); False when there is no such document
        (or its record is damaged: it is then left as it is, to be removed)."""
        with self._writing():
            record = self._sound_record(doc_id)
            if isinstance(record, LoadProblem):
                return False
            self._set_corrections(record, corrections)
            self._bump()
        return True

    def revise(self, doc_id: str, changes: Mapping[str, object]) -> Revision:
        """Check the user's ``changes`` to a stored document's details and save them in one
        transaction; a bad value, a missing or a damaged document changes nothing.

        >>> with CorpusStore(Path("/tmp/dx.sqlite3")) as store:  # doctest: +SKIP
        ...     store.revise("can-tho", {"year": "2024", "outlet": "Báo Cần Thơ"}).changed
        ('outlet', 'year')
        """
        with self._writing():
            record = self._sound_record(doc_id)
            if isinstance(record, LoadProblem):
                return Revision((), (record,))
            inferred, corrections = record.inferred, record.corrections
            revised, problems = revise_corrections(inferred, corrections, changes, name=doc_id)
            if problems:
                return Revision((), tuple(problems))
            before, after = {**inferred, **corrections}, {**inferred, **revised}
            changed = tuple(
                field
                for field in OVERRIDABLE_FIELDS
                if not _same_value(field, before.get(field), after.get(field))
            )
            if revised != corrections:
                self._set_corrections(record, revised)
                self._bump()
        return Revision(changed, ())

    def remove(self, doc_ids: Iterable[str]) -> list[str]:
        """Remove documents in one transaction; returns the ids that were there. A damaged record
        whose id could not be read is removed by the ``#<row>`` name it is listed under."""
        removed = []
        with self._writing():
            for doc_id in doc_ids:
                if self._delete(doc_id):
                    removed.append(doc_id)
            if removed:
                self._bump()
        return removed

    def _delete(self, doc_id: str) -> bool:
        by_row = doc_id[:1] == "#" and doc_id[1:].isdigit()
        try:
            if self._connection.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount:
                return True
            if not by_row:
                return False
            return bool(
                self._connection.execute("DELETE FROM documents WHERE rowid = ?", (int(doc_id[1:]),)).rowcount
            )
        except sqlite3.DatabaseError as error:
            if not getattr(error, "sqlite_errorname", "").startswith("SQLITE_CORRUPT"):
                raise
        # A damaged key no longer matches its index entry, so SQLite cannot delete the row; the
        # indexes rebuilt from the rows as they are now can.
        self._connection.execute("REINDEX documents")
        if self._connection.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount:
            return True
        return by_row and bool(
            self._connection.execute("DELETE FROM documents WHERE rowid = ?", (int(doc_id[1:]),)).rowcount
        )

    def fields(self) -> tuple[str, ...]:
        """The names of a record's stored fields (the columns of ``documents``), in order."""
        with self._reading():
            return tuple(row[1] for row in self._connection.execute("PRAGMA table_info(documents)"))

    def export_records(self) -> Iterator[dict[str, object] | LoadProblem]:
        """Every record with every stored field as it is stored (bytes, text, numbers), in the
        order they were stored, one at a time from one consistent snapshot; a damaged record comes
        as the problem naming it instead (it cannot be exported as it was).

        The fields are read generically, so a field added to the store later is exported too.
        """
        with self._reading():
            self._connection.execute("BEGIN")
        try:
            # In the order they were stored (rowid), so an import stores them in that order too.
            for record in self._records(order="rowid"):
                if record.damage:
                    yield _damaged(record)
                    continue
                with self._reading():
                    cursor = self._connection.execute(
                        "SELECT * FROM documents WHERE rowid = ?", (record.rowid,)
                    )
                    names = [column[0] for column in cursor.description]
                    yield dict(zip(names, cursor.fetchone(), strict=True))
        finally:
            if self._connection.in_transaction:
                self._connection.execute("COMMIT")

    def import_records(
        self, records: Iterable[Mapping[str, object]], *, on_saving: Callable[[str], None] | None = None
    ) -> AddResult:
        """Store exported records (checked with :func:`record_damage` first) exactly as they were,
        in one transaction: all of them, or none.

        Into a store that already holds articles: a record whose text is already stored is left
        out ("import_duplicate", the stored one and its corrections kept); a record whose id is
        taken by another article gets a free id ("renamed"), its details hash made anew.
        """
        added: list[str] = []
        problems: list[LoadProblem] = []
        with self._writing():
            taken = self.ids()
            rows = self._connection.execute("SELECT CAST(text_key AS BLOB), CAST(id AS BLOB) FROM documents")
            stored_keys = {
                bytes(key).decode("utf-8", "replace"): bytes(doc_id).decode("utf-8", "replace")
                for key, doc_id in rows.fetchall()
            }
            for archived in records:
                record = dict(archived)
                wanted = str(record["id"])
                other = stored_keys.get(str(record["text_key"]))
                if other is not None:
                    problems.append(
                        make_problem(wanted, "import_duplicate", kept=True, name=wanted, other=other)
                    )
                    continue
                doc_id = _free_id(wanted, taken)
                if doc_id != wanted:
                    problems.append(
                        make_problem(wanted, "renamed", kept=True, name=wanted, wanted=wanted, id=doc_id)
                    )
                    record["id"] = doc_id
                    details = [str(record[column]).encode("utf-8") for column in _DETAIL_COLUMNS]
                    record["details_sha256"] = _details_digest(details, _source_bytes(record))
                if on_saving is not None:
                    on_saving(doc_id)
                names = list(record)
                self._connection.execute(
                    f"INSERT INTO documents ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    [record[name] for name in names],
                )
                taken.add(doc_id)
                stored_keys[str(record["text_key"])] = doc_id
                added.append(doc_id)
            if added:
                self._bump()
        return AddResult(tuple(added), tuple(problems))

    def curation(self) -> Curation:
        """The analyst's curation of key figures (empty in a store made before there was one, or
        opened read-only without its table); captions as they were written, cleaned again."""
        with self._reading():
            try:
                rows = self._connection.execute(
                    "SELECT kind, figure, position, value FROM curation ORDER BY position, rowid"
                ).fetchall()
            except sqlite3.OperationalError as error:
                if "no such table" in str(error):
                    return Curation()
                raise
        pinned = tuple(str(figure) for kind, figure, _, _ in rows if kind == "pin")
        hidden = tuple(str(figure) for kind, figure, _, _ in rows if kind == "hide")
        captions = tuple((str(figure), str(value)) for kind, figure, _, value in rows if kind == "caption")
        measure = next((str(value) for kind, _, _, value in rows if kind == "measure"), "")
        return clean_curation(Curation(pinned, hidden, captions, measure))

    def save_curation(self, curation: Curation) -> Curation:
        """Replace the curation with ``curation`` (cleaned) in one transaction: all of it lands or
        none does; the documents are untouched. Returns what was saved."""
        curation = clean_curation(curation)
        rows = [
            *(("pin", key, index, "") for index, key in enumerate(curation.pinned)),
            *(("hide", key, index, "") for index, key in enumerate(curation.hidden)),
            *(("caption", key, index, text) for index, (key, text) in enumerate(curation.captions)),
            *((("measure", "", 0, curation.measure),) if curation.measure else ()),
        ]
        with self._writing():
            self._connection.execute("DELETE FROM curation")
            self._connection.executemany(
                "INSERT INTO curation (kind, figure, position, value) VALUES (?, ?, ?, ?)", rows
            )
        return curation

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """A read whose SQLite failure becomes a :class:`StoreError` in the user's terms."""
        try:
            yield
        except sqlite3.Error as error:
            raise describe_failure(self.path, error) from None

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """The one write transaction: everything inside lands, or nothing does.

        SQLite itself rolls back a transaction that hits a full disk or an I/O error, so the
        rollback here is only tried while one is open; any SQLite failure becomes a
        :class:`StoreError` saying the store is as it was. A store opened for viewing refuses
        before anything is tried.
        """
        if self.view_only:
            raise StoreError(make_problem(str(self.path), "store_view_only", name=self.path))
        try:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._connection.execute("COMMIT")
            except BaseException:
                if self._connection.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise describe_failure(self.path, error) from None


def record_damage(record: Mapping[str, object]) -> str:
    """Which part of an exported record fails its stored SHA-256 ("original", "text" or
    "details"), or "" when it is sound; a record without its hashes or its fields is "details".

    >>> record_damage({"id": "a"})
    'details'
    """
    try:
        details = [str(record[column]).encode("utf-8") for column in _DETAIL_COLUMNS]
        original, text = record["original"], record["text"]
        hashes = [record[column] for column in _HASH_COLUMNS]
    except KeyError:
        return "details"
    if not isinstance(original, bytes) or not isinstance(text, str) or not all(hashes):
        return "details"
    row = (*details, original, text.encode("utf-8"), *hashes, _source_bytes(record))
    return _decode_record(0, row).damage


def _source_bytes(record: Mapping[str, object]) -> bytes | None:
    """A record's source address as its details hash covers it (None when it has none)."""
    source = record.get(_SOURCE_COLUMN)
    return None if source is None else str(source).encode("utf-8")


def _optional_text(value: object) -> str | None:
    return None if value is None else str(value)


def _damaged(record: _Record) -> LoadProblem:
    return make_problem(record.id, "store_damaged_record", name=record.id, part=record.damage)


def _free_id(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    counter = 2
    while f"{wanted}-{counter}" in taken:
        counter += 1
    return f"{wanted}-{counter}"


def prepare_uploads(uploads: Sequence[tuple[str, bytes]]) -> tuple[list[Candidate], list[LoadProblem]]:
    """Read every uploaded file; the readable ones become candidates, the others problems."""
    candidates: list[Candidate] = []
    problems: list[LoadProblem] = []
    for name, data in uploads:
        shown = display_name(name)
        try:
            # A NUL, an escape or 10,000 characters in a name would reach ids, tables and messages.
            clean = clean_upload_name(name)
            candidate = prepare_upload(clean, data)
        except ReadError as error:
            problems.append(error.problem(shown, name=shown))
            continue
        if clean != normalize_text(name):
            renamed = make_problem(clean, "upload_name", kept=True, name=shown, clean=clean)
            candidate = replace(candidate, warnings=(renamed, *candidate.warnings))
        candidates.append(candidate)
    return candidates, problems


def add_files(
    store: CorpusStore,
    uploads: Sequence[tuple[str, bytes]],
    *,
    corrections: Mapping[str, Mapping[str, object]] | None = None,
    known: Mapping[str, str] | None = None,
    on_saving: Callable[[str], None] | None = None,
) -> AddResult:
    """Read and save a batch of files; unreadable ones are reported, the good ones saved together.

    >>> with CorpusStore(Path("/tmp/dx.sqlite3")) as store:  # doctest: +SKIP
    ...     add_files(store, [("bai.docx", Path("bai.docx").read_bytes())]).added
    ('bai',)
    """
    candidates, problems = prepare_uploads(uploads)
    result = store.add(candidates, corrections=corrections, known=known, on_saving=on_saving)
    return AddResult(result.added, tuple(problems) + result.problems)
