"""On-disk cache of per-document results in SQLite, keyed by content hash and pipeline version.

The values are plain JSON (:mod:`analysis.codec`), never pickles: whoever can write the cache file
can make it hold wrong data (dropped or recomputed when it does not decode) but cannot make it run
code. Tables of the pickles earlier versions wrote are dropped, unread, when the file is opened.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import sqlite3
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from analysis.codec import CodecError, decode_value, encode_value
from analysis.resources import data_fingerprint
from analysis.types import Document, DocumentAnalysis, LoadProblem

# Bump when the extraction code changes what it produces; data-file edits are covered by their hash.
# 7: values are JSON (analysis.codec), no longer pickles; 8: instruments cited; 9: measure rules;
# 10: every fact carries its scope (national, a province, a ministry, abroad)
PIPELINE_VERSION = "10"
# SQLite accepts at most 999 parameters per statement in older builds; a batch's JSON text is all
# that sits in memory at once (about 3 MB per 100 articles: 500 cost 20 MB more peak at 1,000).
_KEYS_PER_QUERY = 100
_PACKAGE_DIR = Path(__file__).resolve().parent
RememberedRead = tuple[Document, tuple[LoadProblem, ...]]


def default_cache_path() -> Path:
    """``$DXPOLICY_CACHE`` if set, else ``analysis.sqlite3`` in the user cache folder (platformdirs)."""
    configured = os.environ.get("DXPOLICY_CACHE")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path("dxpolicy", appauthor=False) / "analysis.sqlite3"


def extraction_sources() -> list[Path]:
    """The code a document's analysis runs: every module of the package but the presentation layer
    (``present/``) and the command line (``cli/``), which read results and never make them."""
    return sorted(
        path
        for path in _PACKAGE_DIR.rglob("*.py")
        if path.relative_to(_PACKAGE_DIR).parts[0] not in _NOT_EXTRACTION
    )


_NOT_EXTRACTION = frozenset({"present", "cli"})


@cache
def code_fingerprint() -> str:
    """A hash of :func:`extraction_sources`: an upgrade that changes how figures or facts are read serves
    no result cached by the code before it, whether or not anyone remembered to bump the version."""
    digest = hashlib.sha256()
    for source in extraction_sources():
        digest.update(source.relative_to(_PACKAGE_DIR).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(document: Document) -> str:
    """What a cached result depends on: the text, the overrides, the code and the data files."""
    parts = [
        PIPELINE_VERSION,
        code_fingerprint(),
        data_fingerprint(),
        document.id,
        document.path,
        document.content_hash,
        repr(document.overrides),
    ]
    if document.source_url is not None:  # an article from a link carries its address in its results
        parts.append(document.source_url)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@cache
def reading_fingerprint() -> str:
    """What a remembered reading of a file depends on besides the file: the pipeline version, the
    data files, the reading code itself (so an edit to it never serves a stale parse, even
    without a version bump) and the Unicode version behind NFC."""
    versions = f"{PIPELINE_VERSION}\x1f{data_fingerprint()}\x1f{unicodedata.unidata_version}"
    digest = hashlib.sha256(versions.encode())
    for source in sorted([*_PACKAGE_DIR.glob("*.py"), *_PACKAGE_DIR.glob("read/*.py")]):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Decoding thousands of values creates millions of objects and no reference cycles; the
    cyclic garbage collector, run every few hundred allocations, cost a third of that time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _KEYS_PER_QUERY):
        yield items[start : start + _KEYS_PER_QUERY]


class CacheError(RuntimeError):
    """The cache file exists but cannot be used; it is left untouched. ``reason`` says why."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


# Tables of earlier versions, whose values were pickles: dropped on open, never read.
_PICKLE_TABLES = ("document_analysis", "document_read")


class AnalysisCache:
    """A SQLite file mapping cache keys to :class:`DocumentAnalysis` values, and article files
    (path and signature) to their parsed :class:`Document` (a ``ReadMemo`` for
    :func:`analysis.documents.load_corpus`), both as JSON text (:mod:`analysis.codec`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        connection = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path)
            _drop_pickle_tables(connection)
            connection.execute(
                "CREATE TABLE IF NOT EXISTS analysis_json (key TEXT PRIMARY KEY, doc TEXT, value TEXT)"
            )
            connection.execute(
                "CREATE TABLE IF NOT EXISTS read_json (path TEXT PRIMARY KEY, signature TEXT, value TEXT)"
            )
            connection.commit()
        except (OSError, sqlite3.Error) as error:
            if connection is not None:
                connection.close()
            raise CacheError(
                f"{path}: cannot be used as the analysis cache ({error}); it was left as it is, "
                "so move it away or choose another cache file",
                " ".join(str(error).split())[:120],
            ) from None
        self._connection = connection

    def get(self, document: Document) -> DocumentAnalysis | None:
        """The cached analysis of ``document``, or None (absent, or not a valid value)."""
        return self.get_many([document])[0]

    def get_many(self, documents: Sequence[Document]) -> list[DocumentAnalysis | None]:
        """:meth:`get` for each of ``documents``, in one query per few hundred of them (each
        batch's text is dropped once decoded, so it never all sits in memory). A value that does
        not decode, or belongs to another document, is deleted and so computed again."""
        keys = [cache_key(document) for document in documents]
        expected = {key: document for key, document in zip(keys, documents, strict=True)}
        found: dict[str, DocumentAnalysis] = {}
        invalid: list[str] = []
        try:
            with _collector_paused():
                for chunk in _chunks(keys):
                    marks = ",".join("?" * len(chunk))
                    rows = self._connection.execute(
                        f"SELECT key, value FROM analysis_json WHERE key IN ({marks})", chunk
                    ).fetchall()
                    for key, text in rows:
                        value = _decoded(DocumentAnalysis, text)
                        if value is not None and value.document == expected[key]:
                            found[key] = value
                        else:
                            invalid.append(key)
            self._forget("analysis_json", "key", invalid)
        except sqlite3.Error:
            return [None] * len(documents)
        return [found.get(key) for key in keys]

    def recall_reads(self, signatures: Mapping[str, str]) -> dict[str, RememberedRead]:
        """The remembered reading of each path whose signature (and the reading code) is unchanged;
        a row that cannot be used is left out (and deleted when it does not decode), so its file
        is read again."""
        version = reading_fingerprint()
        recalled: dict[str, RememberedRead] = {}
        invalid: list[str] = []
        try:
            with _collector_paused():
                for chunk in _chunks(list(signatures)):
                    marks = ",".join("?" * len(chunk))
                    rows = self._connection.execute(
                        f"SELECT path, signature, value FROM read_json WHERE path IN ({marks})", chunk
                    ).fetchall()
                    for path, signature, text in rows:
                        if signature != f"{version}\x1f{signatures[path]}":
                            continue
                        remembered = _decoded(RememberedRead, text)
                        if remembered is not None and remembered[0].path == path:
                            recalled[path] = remembered
                        else:
                            invalid.append(path)
            self._forget("read_json", "path", invalid)
        except sqlite3.Error:
            return {}
        return recalled

    def _forget(self, table: str, column: str, values: Sequence[str]) -> None:
        """Delete rows that cannot be used; written at the next commit (a failure costs nothing)."""
        with contextlib.suppress(sqlite3.Error):
            for chunk in _chunks(values):
                marks = ",".join("?" * len(chunk))
                self._connection.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)

    def remember_read(
        self, path: str, signature: str, document: Document, warnings: tuple[LoadProblem, ...]
    ) -> None:
        """Remember a file's reading; written at the next commit or at close."""
        value = encode_value((document, warnings), RememberedRead)
        # a read-only or full disk costs speed next time, never the result
        with contextlib.suppress(sqlite3.Error):
            self._connection.execute(
                "INSERT OR REPLACE INTO read_json (path, signature, value) VALUES (?, ?, ?)",
                (path, f"{reading_fingerprint()}\x1f{signature}", value),
            )

    def commit(self) -> None:
        """Write what is pending (a failure costs speed next time only)."""
        with contextlib.suppress(sqlite3.Error):
            self._connection.commit()

    def put(self, analysis: DocumentAnalysis, *, commit: bool = True) -> None:
        """Store one result; with ``commit=False`` it is written at the next commit or at close."""
        try:
            self._connection.execute(
                "INSERT OR REPLACE INTO analysis_json (key, doc, value) VALUES (?, ?, ?)",
                (cache_key(analysis.document), analysis.document.id, encode_value(analysis)),
            )
            if commit:
                self._connection.commit()
        except sqlite3.Error:
            pass  # a read-only or full disk costs speed next time, never the result

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # a failed commit costs speed next time only
            self._connection.commit()
        self._connection.close()


def _decoded(kind: object, text: object) -> Any:
    """The value ``text`` encodes, or None when it is not text or not a valid encoding."""
    if not isinstance(text, str):
        return None
    try:
        return decode_value(kind, text)
    except CodecError:
        return None


def _drop_pickle_tables(connection: sqlite3.Connection) -> None:
    """Delete the pickles an earlier version wrote, unread, and give their space back."""
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    stale = [table for table in _PICKLE_TABLES if table in names]
    if not stale:
        return
    for table in stale:
        connection.execute(f"DROP TABLE {table}")
    connection.commit()
    connection.execute("VACUUM")  # the dropped pages would otherwise keep the pickles' bytes on disk
