"""On-disk cache of per-document results in SQLite, keyed by content hash and pipeline version."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sqlite3
from pathlib import Path

from analysis.resources import data_fingerprint
from analysis.types import Document, DocumentAnalysis

# Bump when the extraction code changes what it produces; data-file edits are covered by their hash.
PIPELINE_VERSION = "4"


def default_cache_path() -> Path:
    """``$DXPOLICY_CACHE`` if set, else ``analysis.sqlite3`` in the user cache folder (platformdirs)."""
    configured = os.environ.get("DXPOLICY_CACHE")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path("dxpolicy", appauthor=False) / "analysis.sqlite3"


def cache_key(document: Document) -> str:
    """What a cached result depends on: the text, the overrides, the code and the data files."""
    parts = [
        PIPELINE_VERSION,
        data_fingerprint(),
        document.id,
        document.path,
        document.content_hash,
        repr(document.overrides),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class CacheError(RuntimeError):
    """The cache file exists but cannot be used; it is left untouched. ``reason`` says why."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class AnalysisCache:
    """A SQLite file mapping cache keys to pickled :class:`DocumentAnalysis` values."""

    def __init__(self, path: Path) -> None:
        self.path = path
        connection = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path)
            connection.execute(
                "CREATE TABLE IF NOT EXISTS document_analysis (key TEXT PRIMARY KEY, doc TEXT, value BLOB)"
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
        try:
            row = self._connection.execute(
                "SELECT value FROM document_analysis WHERE key = ?", (cache_key(document),)
            ).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        try:
            value = pickle.loads(row[0])
        except Exception:  # a value written by another version of the code is simply recomputed
            return None
        return value if isinstance(value, DocumentAnalysis) else None

    def put(self, analysis: DocumentAnalysis, *, commit: bool = True) -> None:
        """Store one result; with ``commit=False`` it is written at the next commit or at close."""
        try:
            self._connection.execute(
                "INSERT OR REPLACE INTO document_analysis (key, doc, value) VALUES (?, ?, ?)",
                (cache_key(analysis.document), analysis.document.id, pickle.dumps(analysis, protocol=5)),
            )
            if commit:
                self._connection.commit()
        except sqlite3.Error:
            pass  # a read-only or full disk costs speed next time, never the result

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # a failed commit costs speed next time only
            self._connection.commit()
        self._connection.close()
