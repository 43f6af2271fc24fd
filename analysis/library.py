"""Noticing corpus changes cheaply, and the folder where earlier versions saved added articles."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from analysis.documents import walk_folder
from analysis.read import SUPPORTED_SUFFIXES
from analysis.store import CorpusStore, StoreError

USER_CORPUS_ENV = "DXPOLICY_USER_CORPUS"


def user_corpus_dir() -> Path:
    """The folder where earlier versions saved articles added from the dashboard
    (``$DXPOLICY_USER_CORPUS`` or ``~/.local/share/dxpolicy/articles``); still read when it exists,
    so nothing a user added is lost. New articles go to the document store."""
    configured = os.environ.get(USER_CORPUS_ENV)
    if configured:
        return Path(configured).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "dxpolicy" / "articles"


def _article_stats(paths: list[str | Path]) -> list[tuple[str, os.stat_result]]:
    """Each article file under ``paths`` (as :func:`iter_corpus_files` finds them, subfolders
    included) with its stat."""
    found: list[tuple[str, os.stat_result]] = []
    for path in map(Path, paths):
        try:
            if path.is_dir():
                files, _ = walk_folder(path)
                found.extend((str(file), file.stat()) for file in files)
            elif path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append((str(path), path.stat()))
        except OSError:
            continue  # gone while looking: the next run sees the change
    return found


def corpus_fingerprint(paths: Iterable[str | Path], *, store_path: Path | None = None) -> str:
    """A hash of the article files' names, sizes and modification times under ``paths``, and of
    the store's revision.

    Cheap enough for every page run (one directory scan and one stat per file); it changes when an
    article is added, edited, corrected or removed.
    """
    paths = list(paths)
    digest = hashlib.sha256()
    stats = _article_stats(paths)
    for name, stat in stats:
        digest.update(f"{name}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}\n".encode())
    folders = {Path(name).parent for name, _ in stats}
    for sidecar in {folder / "metadata.json" for folder in folders}:
        if sidecar.is_file():
            digest.update(f"{sidecar}\x1f{sidecar.stat().st_mtime_ns}\n".encode())
    if store_path is not None and Path(store_path).is_file():
        try:
            with CorpusStore(Path(store_path), check=False) as store:  # the revision only
                revision = store.revision()
            # A store created empty (the first analysis opens it) changes nothing: no second analysis.
            if revision != "0":
                digest.update(f"store\x1f{store_path}\x1f{revision}".encode())
        except StoreError:
            digest.update(b"store unusable")
    return digest.hexdigest()[:16]
