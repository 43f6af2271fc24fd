"""What a failed store operation means to the user (:class:`StoreError`), and the note beside
the store of where the library was last exported (named when the store is damaged)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import resource
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from analysis.read.problems import make_problem
from analysis.types import LoadProblem

# Beside the store: where and when the library was last exported (named when the store is damaged).
LAST_EXPORT_SUFFIX = ".last-export.json"


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
