"""The user's own corpus in one SQLite file: original bytes, normalised text, inferred metadata and
the user's corrections for every added document.

Each batch is one transaction, so a batch interrupted by a crash or a killed process leaves the
store as it was before; concurrent writers wait for each other (``BEGIN IMMEDIATE`` with a busy
timeout) instead of failing. The bundled seeds are never stored here: they are read-only and always
part of the corpus.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from analysis.documents import build_document
from analysis.read import ReadError, document_id_for, read_article
from analysis.read.metadata import MAX_TEXT_FIELD, MAX_YEAR, MIN_YEAR, OVERRIDABLE_FIELDS, clean_field
from analysis.read.names import clean_upload_name, display_name
from analysis.read.problems import make_problem
from analysis.text import normalize_text
from analysis.types import Document, LoadProblem

STORE_ENV = "DXPOLICY_STORE"
STORE_FILE_NAME = "corpus.sqlite3"
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
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


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


def _initialise(connection: sqlite3.Connection) -> None:
    """WAL mode and the schema, retried while another process holds the lock.

    SQLite answers "database is locked" at once, without waiting on its busy timeout, when two
    connections would deadlock (both reading the schema, then both wanting to write it) and while
    a new file switches to WAL; two processes opening a new store together hit both. Taking the
    write lock first (BEGIN IMMEDIATE waits on the timeout) and retrying the rest makes them queue.
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT_S
    pause = 0.02
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.executescript(f"BEGIN IMMEDIATE;{_SCHEMA}COMMIT;")
            return
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            busy = "locked" in str(error) or "busy" in str(error)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


class CorpusStore:
    """The SQLite document store; open it with ``CorpusStore(path)`` and ``close()`` when done."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        connection = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
            _initialise(connection)
        except (OSError, sqlite3.Error) as error:
            if connection is not None:
                connection.close()
            reason = " ".join(str(error).split())[:120] or type(error).__name__
            raise StoreError(
                make_problem(str(self.path), "store_unusable", name=self.path, reason=reason)
            ) from None
        self._connection = connection

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._connection.close()

    def revision(self) -> str:
        """Changes whenever a document is added, corrected or removed (by any process)."""
        row = self._connection.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return row[0] if row else "0"

    def _bump(self) -> None:
        self._connection.execute(
            "INSERT INTO meta (key, value) VALUES ('revision', '1') ON CONFLICT(key) DO UPDATE "
            "SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
        )

    def list_documents(self) -> list[StoredDocument]:
        """Every stored document, oldest first, with its metadata after the user's corrections."""
        rows = self._connection.execute(
            "SELECT id, name, format, length(original), added_at, inferred, corrections "
            "FROM documents ORDER BY added_at, id"
        ).fetchall()
        listed = []
        for doc_id, name, fmt, size, added_at, inferred, corrections in rows:
            corrected = json.loads(corrections)
            meta = {**json.loads(inferred), **corrected}
            listed.append(
                StoredDocument(
                    doc_id,
                    name,
                    fmt,
                    size,
                    added_at,
                    meta.get("title") or "",
                    meta.get("outlet"),
                    meta.get("published"),
                    meta.get("year"),
                    tuple(sorted(corrected)),
                )
            )
        return listed

    def documents(self) -> list[Document]:
        """Every stored document as a :class:`Document`, the user's corrections applied."""
        rows = self._connection.execute(
            "SELECT id, name, text, corrections FROM documents ORDER BY added_at, id"
        ).fetchall()
        return [
            build_document(doc_id, text, path=name, overrides=json.loads(corrections) or None)
            for doc_id, name, text, corrections in rows
        ]

    def ids(self) -> set[str]:
        return {row[0] for row in self._connection.execute("SELECT id FROM documents")}

    def original(self, doc_id: str) -> tuple[str, bytes] | None:
        """The file name and the exact bytes that were added."""
        row = self._connection.execute(
            "SELECT name, original FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return (row[0], bytes(row[1])) if row else None

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
        try:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                taken = self.ids() | set(known.values())
                stored_keys = dict(self._connection.execute("SELECT text_key, id FROM documents").fetchall())
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
                    self._connection.execute(
                        "INSERT INTO documents (id, name, format, original, text, text_key, inferred, "
                        "corrections, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            doc_id,
                            shown,
                            candidate.format,
                            candidate.data,
                            candidate.text,
                            key,
                            json.dumps(_inferred(candidate.document), ensure_ascii=False),
                            json.dumps(dict(corrections.get(candidate.name, {})), ensure_ascii=False),
                            now,
                        ),
                    )
                    taken.add(doc_id)
                    stored_keys[key] = doc_id
                    added.append(doc_id)
                if added:
                    self._bump()
                self._connection.execute("COMMIT")
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            reason = " ".join(str(error).split())[:120]
            raise StoreError(
                make_problem(str(self.path), "store_unusable", name=self.path, reason=reason)
            ) from None
        return AddResult(tuple(added), tuple(problems))

    def correct(self, doc_id: str, corrections: Mapping[str, object]) -> bool:
        """Replace a document's corrections (checked values); False when there is no such document."""
        with self._transaction():
            cursor = self._connection.execute(
                "UPDATE documents SET corrections = ? WHERE id = ?",
                (json.dumps(dict(corrections), ensure_ascii=False), doc_id),
            )
            if cursor.rowcount:
                self._bump()
        return bool(cursor.rowcount)

    def revise(self, doc_id: str, changes: Mapping[str, object]) -> Revision:
        """Check the user's ``changes`` to a stored document's details and save them in one
        transaction; a bad value or a missing document changes nothing.

        >>> with CorpusStore(Path("/tmp/dx.sqlite3")) as store:  # doctest: +SKIP
        ...     store.revise("can-tho", {"year": "2024", "outlet": "Báo Cần Thơ"}).changed
        ('outlet', 'year')
        """
        with self._transaction():
            row = self._connection.execute(
                "SELECT inferred, corrections FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is None:
                return Revision((), (make_problem(doc_id, "not_in_store", name=doc_id),))
            inferred, corrections = json.loads(row[0]), json.loads(row[1])
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
                self._connection.execute(
                    "UPDATE documents SET corrections = ? WHERE id = ?",
                    (json.dumps(revised, ensure_ascii=False), doc_id),
                )
                self._bump()
        return Revision(changed, ())

    def remove(self, doc_ids: Iterable[str]) -> list[str]:
        """Remove documents in one transaction; returns the ids that were there."""
        removed = []
        with self._transaction():
            for doc_id in doc_ids:
                if self._connection.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount:
                    removed.append(doc_id)
            if removed:
                self._bump()
        return removed

    def _transaction(self) -> _Transaction:
        return _Transaction(self)


class _Transaction:
    def __init__(self, store: CorpusStore) -> None:
        self._store = store

    def __enter__(self) -> None:
        try:
            self._store._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            path = self._store.path
            raise StoreError(
                make_problem(str(path), "store_unusable", name=path, reason=str(error))
            ) from None

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        self._store._connection.execute("COMMIT" if kind is None else "ROLLBACK")


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
