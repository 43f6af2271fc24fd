"""The user's own article folder: adding uploaded articles safely, and noticing corpus changes."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from analysis.documents import SUPPORTED_SUFFIXES, DocumentError, build_document, iter_corpus_files
from analysis.text import normalize_text
from analysis.types import LoadProblem

USER_CORPUS_ENV = "DXPOLICY_USER_CORPUS"
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
_UNSAFE_NAME = re.compile(r"[^\w\-]+", re.UNICODE)


def user_corpus_dir() -> Path:
    """Where articles added from the dashboard are kept: ``$DXPOLICY_USER_CORPUS`` or
    ``~/.local/share/dxpolicy/articles``."""
    configured = os.environ.get(USER_CORPUS_ENV)
    if configured:
        return Path(configured).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "dxpolicy" / "articles"


def corpus_fingerprint(paths: Iterable[str | Path]) -> str:
    """A hash of the article files' names, sizes and modification times under ``paths``.

    Cheap enough for every page run; it changes when an article is added, edited or removed.
    """
    files, _ = iter_corpus_files(Path(path) for path in paths if Path(path).exists())
    digest = hashlib.sha256()
    for file in files:
        stat = file.stat()
        digest.update(f"{file}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}\n".encode())
    for sidecar in {Path(path) / "metadata.json" for path in paths if Path(path).is_dir()}:
        if sidecar.is_file():
            digest.update(f"{sidecar}\x1f{sidecar.stat().st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def _safe_stem(name: str) -> str:
    stem = _UNSAFE_NAME.sub("-", normalize_text(Path(name).stem)).strip("-_")
    return stem[:80] or "bai-viet"


def _existing_hashes(folder: Path) -> set[str]:
    hashes = set()
    for file in folder.iterdir() if folder.is_dir() else ():
        if file.suffix.lower() in SUPPORTED_SUFFIXES and file.is_file():
            hashes.add(
                hashlib.sha256(normalize_text(file.read_text("utf-8", "replace")).encode()).hexdigest()
            )
    return hashes


def add_articles(
    uploads: Sequence[tuple[str, bytes]], *, folder: Path
) -> tuple[list[Path], list[LoadProblem]]:
    """Validate uploaded articles and save the good ones into ``folder``; nothing else changes.

    A file is refused, with a message saying what to do, when it is not .txt/.md, too large,
    not UTF-8 text, empty, or the same text as an article already there. Names are made safe and
    never overwrite an existing article.

    >>> add_articles([("bai moi.txt", "Ngày Chuyển đổi số quốc gia năm 2025.".encode())],
    ...              folder=Path("/tmp/dx"))  # doctest: +SKIP
    """
    saved: list[Path] = []
    problems: list[LoadProblem] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return [], [
            LoadProblem(str(folder), f"{folder}: cannot be created ({error.strerror}); check permissions")
        ]
    known = _existing_hashes(folder)
    for name, data in uploads:
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            problems.append(
                LoadProblem(name, f"{name}: is not a .txt or .md file; save the article as plain text")
            )
            continue
        if len(data) > MAX_ARTICLE_BYTES:
            problems.append(LoadProblem(name, f"{name}: is larger than 2 MB; split it into single articles"))
            continue
        if b"\x00" in data[:4096]:
            problems.append(
                LoadProblem(name, f"{name}: is a binary file, not text; give a .txt or .md article")
            )
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            problems.append(LoadProblem(name, f"{name}: is not UTF-8 text; save it as UTF-8 and try again"))
            continue
        text = normalize_text(text)
        try:
            if not text.strip():
                raise DocumentError(f"{name}: is empty; add the article text")
            document = build_document(_safe_stem(name), text)
            if not document.body.strip():
                raise DocumentError(
                    f"{name}: holds only page furniture (menus, counters); paste the article body"
                )
        except DocumentError as error:
            problems.append(LoadProblem(name, str(error)))
            continue
        if document.content_hash in known:
            problems.append(
                LoadProblem(name, f"{name}: this article is already in the corpus; nothing was added")
            )
            continue
        target = folder / f"{_safe_stem(name)}{suffix}"
        counter = 2
        while target.exists():
            target = folder / f"{_safe_stem(name)}-{counter}{suffix}"
            counter += 1
        # Written to a temporary file first, so a failure never leaves half an article behind.
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, delete=False, suffix=".part"
        ) as handle:
            handle.write(text)
        os.replace(handle.name, target)
        known.add(document.content_hash)
        saved.append(target)
    return saved, problems
