"""The store's schema, its version, and the migration of a store made by an earlier version
(copied aside first); the structure check made when a store is opened."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from analysis.read.problems import make_problem
from analysis.store.failures import StoreError
from analysis.store.records import (
    _DETAIL_COLUMNS,
    _HASH_COLUMNS,
    _RECORD_QUERY,
    _SOURCE_COLUMN,
    _details_digest,
    _digest,
)

BUSY_TIMEOUT_S = 60.0
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


def _initialise(connection: sqlite3.Connection, path: Path) -> None:
    """WAL mode, the schema and the record hashes, retried while another process holds the lock.

    SQLite answers "database is locked" at once, without waiting on its busy timeout, when two
    connections would deadlock (both reading the schema, then both wanting to write it) and while
    a new file switches to WAL; two processes opening a new store together hit both. Taking the
    write lock first (BEGIN IMMEDIATE waits on the timeout) and retrying the rest makes them queue.
    A store that cannot be written (a read-only file) is still opened, for reading. A store made
    by an earlier version is copied aside (:func:`copy_aside_path`) before its schema changes.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
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


def connect(path: Path, *, view_only: bool) -> tuple[sqlite3.Connection, bool]:
    """A connection to the store at ``path``, and whether it is read-only because its folder
    cannot be written (a store there can still be read: SQLite cannot create the write-ahead log's
    index beside it, and no other process can write it in WAL mode either, so it is opened as
    immutable). Viewing a store not made yet gives an empty one in memory, no file made for it."""
    read_only = path.is_file() and not os.access(path.parent, os.W_OK)
    if view_only and not path.is_file():
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.executescript(_SCHEMA)
        return connection, read_only
    if view_only and not read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None), read_only
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None), read_only
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None), read_only
