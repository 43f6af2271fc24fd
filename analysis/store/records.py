"""A stored record as its bytes were read, checked against its SHA-256 hashes; what a listing
shows of it; what a batch or an edit did."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from analysis.documents import build_document
from analysis.read.problems import make_problem
from analysis.types import Document, LoadProblem

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
    """What :func:`analysis.intake.revise_document` did: the fields whose shown value changed, or
    the problems (a missing document or bad values) that left the store as it was."""

    changed: tuple[str, ...]
    problems: tuple[LoadProblem, ...]


@dataclass(frozen=True)
class AddResult:
    """Ids saved by a batch, and every problem (refused files and warnings about saved ones)."""

    added: tuple[str, ...]
    problems: tuple[LoadProblem, ...]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _details_digest(details: Sequence[bytes], source_url: bytes | None = None) -> str:
    """The hash of a record's details; a source address, where there is one, is covered too (so
    records made before it existed keep their hashes)."""
    return _digest(b"\x1f".join([*details, source_url] if source_url is not None else details))


@dataclass(frozen=True)
class _Record:
    """One stored record as its bytes were read, and which of its checks failed (if any)."""

    rowid: int
    id: str
    name: str
    format: str
    size: int
    text: str
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
        # What an earlier version inferred is still checked (it is part of the record), never used.
        inferred, corrections = (
            json.loads(_text(fields["inferred"])),
            json.loads(_text(fields["corrections"])),
        )
        if not isinstance(inferred, dict) or not isinstance(corrections, dict):
            raise ValueError("not an object")
    except ValueError:
        damage, corrections = damage or "details", {}
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
    return _Record(rowid, doc_id, name, fmt, len(original), body, corrections, added_at, damage, source_url)


def _is_clean_id(doc_id: str) -> bool:
    return bool(doc_id) and "\ufffd" not in doc_id and doc_id.isprintable() and len(doc_id) <= 200


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


def document_details(document: Document) -> dict[str, object]:
    """The details of a document a user may correct, as a list shows them and corrections are
    stored (the date as ISO text).

    >>> document_details(build_document("a", "Kinh tế số năm 2024"))["year"]
    2024
    """
    return {
        "title": document.title,
        "outlet": document.outlet,
        "published": document.published.isoformat() if document.published else None,
        "year": document.year,
    }


# What the ``inferred`` column of a new record holds: nothing. Details are inferred from the text
# whenever a document is read (:func:`stored_as_document`), so the list and every page agree; the column
# stays (filled as an earlier version wrote it in older records, never read) so stores and exports
# keep their schema and their hashes.
_NOTHING_INFERRED = "{}"


class Addition(Protocol):
    """What :meth:`CorpusStore.add` saves: an article read and reviewed
    (:class:`analysis.intake.Candidate`), its text key (the duplicate check) computed there."""

    name: str
    doc_id: str
    format: str
    data: bytes
    text: str
    key: str
    warnings: tuple[LoadProblem, ...]
    source_url: str | None
    given: tuple[tuple[str, object], ...]


# Given a document as inferred from its text and its corrections, the corrections to save (or None).
Reviser = Callable[[Document, dict[str, object]], Mapping[str, object] | None]


def stored_as_document(record: _Record, *, corrected: bool = True) -> Document:
    """A stored record as the :class:`Document` every page analyses: inferred from its text now,
    the user's corrections applied (unless ``corrected`` is False)."""
    overrides = (record.corrections or None) if corrected else None
    return build_document(
        record.id, record.text, path=record.name, overrides=overrides, source_url=record.source_url
    )


# What was inferred from each text listed, by the text's SHA-256: a page run lists every stored
# article, and inference (some milliseconds an article) depends on nothing but the text.
_INFERRED_BY_TEXT: dict[str, dict[str, object]] = {}
_INFERRED_KEPT = 4096


def _inferred_details(record: _Record) -> dict[str, object]:
    key = _digest(record.text.encode("utf-8"))
    if key not in _INFERRED_BY_TEXT:
        if len(_INFERRED_BY_TEXT) >= _INFERRED_KEPT:
            _INFERRED_BY_TEXT.clear()
        _INFERRED_BY_TEXT[key] = document_details(stored_as_document(record, corrected=False))
    return dict(_INFERRED_BY_TEXT[key])


def listed_document(record: _Record) -> StoredDocument:
    """A record as the list shows it: the details of :func:`stored_as_document` (a corrected date
    as the user typed it), its file, and which fields the user corrected."""
    meta = {**_inferred_details(record), **record.corrections}
    year = meta.get("year")
    return StoredDocument(
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


def new_record(
    addition: Addition, *, doc_id: str, name: str, corrections: Mapping[str, object], added_at: str
) -> dict[str, object]:
    """The stored fields of a new record, with the hashes of its bytes, text and details."""
    chosen = json.dumps(dict(corrections), ensure_ascii=False)
    details = [doc_id, name, addition.format, addition.key, _NOTHING_INFERRED, chosen, added_at]
    source = addition.source_url.encode("utf-8") if addition.source_url is not None else None
    return {
        "id": doc_id,
        "name": name,
        "format": addition.format,
        "original": addition.data,
        "text": addition.text,
        "text_key": addition.key,
        "inferred": _NOTHING_INFERRED,
        "corrections": chosen,
        "added_at": added_at,
        "original_sha256": _digest(addition.data),
        "text_sha256": _digest(addition.text.encode("utf-8")),
        "details_sha256": _details_digest([part.encode("utf-8") for part in details], source),
        "source_url": addition.source_url,
    }
