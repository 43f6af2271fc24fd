"""The :class:`CorpusStore`: one SQLite file of the user's articles, opened, read and written."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from analysis.access import read_only_requested
from analysis.curation import clean_curation
from analysis.read.names import display_name
from analysis.read.problems import make_problem
from analysis.store.curation import CURATION_QUERY, curation_from_rows, curation_rows
from analysis.store.failures import StoreError, _damaged_file, describe_failure
from analysis.store.records import (
    _DETAIL_COLUMNS,
    _SOURCE_COLUMN,
    Addition,
    AddResult,
    Reviser,
    StoredDocument,
    _damaged,
    _decode_record,
    _details_digest,
    _free_id,
    _Record,
    _record_query,
    _source_bytes,
    listed_document,
    new_record,
    stored_as_document,
)
from analysis.store.schema import _check_structure, _columns, _initialise, connect
from analysis.types import Curation, Document, LoadProblem


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
            connection, self._read_only = connect(self.path, view_only=self.view_only)
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
                yield _Record(rowid, f"#{rowid}", "", "", 0, "", {}, "", "details")
                continue
            if row is not None:  # removed by another process meanwhile
                yield _decode_record(rowid, row)

    def list_documents(self) -> list[StoredDocument]:
        """Every stored document, oldest first, with the details every page shows: what
        :func:`build_document` infers from its text now, after the user's corrections (nothing
        inferred is kept, so the list never lags behind an improved inference). A damaged record is
        listed too (``damaged``), so it can be removed."""
        return [listed_document(record) for record in self._records()]

    def read_documents(self) -> tuple[list[Document], list[LoadProblem]]:
        """Every sound stored document as a :class:`Document` (the user's corrections applied),
        and one problem per damaged record, naming its id."""
        documents: list[Document] = []
        problems: list[LoadProblem] = []
        for record in self._records():
            if record.damage:
                problems.append(_damaged(record))
            else:
                documents.append(stored_as_document(record))
        return documents, problems

    def documents(self) -> list[Document]:
        """Every sound stored document as a :class:`Document`, the user's corrections applied."""
        return self.read_documents()[0]

    def _text_keys(self) -> dict[str, str]:
        """The id of every stored article by its text key (the duplicate check)."""
        rows = self._connection.execute("SELECT CAST(text_key AS BLOB), CAST(id AS BLOB) FROM documents")
        return {
            bytes(key).decode("utf-8", "replace"): bytes(doc_id).decode("utf-8", "replace")
            for key, doc_id in rows.fetchall()
        }

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
        candidates: Sequence[Addition],
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
            stored_keys = self._text_keys()
            for candidate in candidates:
                shown = display_name(candidate.name)
                key = candidate.key
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
                given = {**dict(candidate.given), **corrections.get(candidate.name, {})}
                record = new_record(candidate, doc_id=doc_id, name=shown, corrections=given, added_at=now)
                self._insert(record)
                taken.add(doc_id)
                stored_keys[key] = doc_id
                added.append(doc_id)
            if added:
                self._bump()
        return AddResult(tuple(added), tuple(problems))

    def stored_document(self, doc_id: str) -> Document | LoadProblem:
        """One sound stored document as a :class:`Document`, or the problem (absent or damaged)."""
        with self._reading():
            record = self._sound_record(doc_id)
        return record if isinstance(record, LoadProblem) else stored_as_document(record)

    def _insert(self, record: Mapping[str, object]) -> None:
        """One record, every field by its column name (a field added later is stored too)."""
        names = list(record)
        self._connection.execute(
            f"INSERT INTO documents ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [record[name] for name in names],
        )

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

    def update_corrections(self, doc_id: str, revise: Reviser) -> LoadProblem | None:
        """Change a sound document's corrections in one transaction: ``revise`` gets the document as
        inferred from its text (no corrections) and its corrections, and returns the corrections to
        save (None: leave them). A missing or damaged document is the problem returned, unchanged.
        """
        with self._writing():
            record = self._sound_record(doc_id)
            if isinstance(record, LoadProblem):
                return record
            revised = revise(stored_as_document(record, corrected=False), dict(record.corrections))
            if revised is not None and dict(revised) != record.corrections:
                self._set_corrections(record, revised)
                self._bump()
        return None

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
            stored_keys = self._text_keys()
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
                self._insert(record)
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
                rows = self._connection.execute(CURATION_QUERY).fetchall()
            except sqlite3.OperationalError as error:
                if "no such table" in str(error):
                    return Curation()
                raise
        return curation_from_rows(rows)

    def save_curation(self, curation: Curation) -> Curation:
        """Replace the curation with ``curation`` (cleaned) in one transaction: all of it lands or
        none does; the documents are untouched. Returns what was saved."""
        curation = clean_curation(curation)
        with self._writing():
            self._connection.execute("DELETE FROM curation")
            self._connection.executemany(
                "INSERT INTO curation (kind, figure, position, value) VALUES (?, ?, ?, ?)",
                curation_rows(curation),
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
