"""Files and folders to Documents: walking folders, reading each file once, remembering readings."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Protocol

from analysis.documents.build import build_document
from analysis.read import SUPPORTED_SUFFIXES, ReadError, read_path
from analysis.read.metadata import load_sidecar
from analysis.read.problems import make_problem
from analysis.text import normalize_text
from analysis.types import Document, LoadProblem


def walk_folder(folder: Path, *, recursive: bool = True) -> tuple[list[Path], list[LoadProblem]]:
    """The article files in ``folder`` and, when ``recursive``, in its subfolders at any depth
    (sorted by path), and one problem naming each file left out and why: hidden files and folders
    (".DS_Store", ".git") and unsupported formats. A folder's ``metadata.json`` is its corrections,
    not a skipped file; links to folders are not followed (a link back up would never end).

    >>> walk_folder(Path("khong-co"))
    ([], [])
    """
    from analysis.read.metadata import SIDECAR_NAME

    files: list[Path] = []
    skipped: list[LoadProblem] = []
    for root, folders, names in os.walk(folder, followlinks=False):
        here = Path(root)
        for name in sorted(folders):
            if name.startswith("."):
                skipped.append(make_problem(str(here / name), "skipped_hidden", name=here / name))
        folders[:] = sorted(name for name in folders if not name.startswith(".")) if recursive else []
        for name in sorted(names):
            path = here / name
            suffix = path.suffix.lower()
            if name.startswith("."):
                skipped.append(make_problem(str(path), "skipped_hidden", name=path))
            elif suffix in SUPPORTED_SUFFIXES:
                if path.is_file():
                    files.append(path)
            elif name != SIDECAR_NAME:
                skipped.append(
                    make_problem(str(path), "skipped_unsupported", name=path, suffix=suffix or "—")
                )
    return sorted(files), skipped


def iter_corpus_files(
    paths: Iterable[Path], *, recursive: bool = True
) -> tuple[list[Path], list[LoadProblem]]:
    """Expand files and folders into the article files they hold (supported formats; folders read
    with their subfolders unless ``recursive`` is False), each skipped file named with its reason."""
    files: list[Path] = []
    problems: list[LoadProblem] = []
    for path in paths:
        if path.is_dir():
            found, skipped = walk_folder(path, recursive=recursive)
            if not found:
                problems.append(make_problem(str(path), "empty_folder", name=path))
            files.extend(found)
            problems.extend(skipped)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                problems.append(make_problem(str(path), "unsupported", name=path, suffix=path.suffix or "—"))
            else:
                files.append(path)
        else:
            problems.append(make_problem(str(path), "not_found", name=path))
    return files, problems


class ReadMemo(Protocol):
    """Where :func:`load_corpus` remembers each file's parsed document between runs (the
    analysis cache implements it). A signature says what the reading depended on; the memo adds
    its own code and data version. Anything it cannot give back is simply read again."""

    def recall_reads(
        self, signatures: Mapping[str, str]
    ) -> dict[str, tuple[Document, tuple[LoadProblem, ...]]]:
        """The remembered document and reading warnings of each path whose signature still matches."""
        ...

    def remember_read(
        self, path: str, signature: str, document: Document, warnings: tuple[LoadProblem, ...]
    ) -> None:
        """Remember a freshly read file under its signature."""
        ...


def file_signature(file: Path, doc_id: str, overrides: Mapping[str, object] | None) -> str | None:
    """What reading ``file`` depends on besides the code: its size and change times, its id and
    its corrections from ``metadata.json``; None when the file cannot be looked at.

    >>> file_signature(Path("khong_co.txt"), "khong_co", None) is None
    True
    """
    try:
        stat = file.stat()
    except OSError:
        return None
    # ctime too: a copy that keeps the size and modification time (rsync -t, cp -p) still changes it.
    corrections = repr(sorted((overrides or {}).items()))
    return f"{stat.st_size}\x1f{stat.st_mtime_ns}\x1f{stat.st_ctime_ns}\x1f{doc_id}\x1f{corrections}"


def load_corpus(
    paths: Iterable[str | Path], *, memo: ReadMemo | None = None, recursive: bool = True
) -> tuple[tuple[Document, ...], tuple[LoadProblem, ...]]:
    """Read every article under ``paths``; unreadable ones become problems, the rest still load.

    Folders are read with their subfolders (unless ``recursive`` is False), files left out named
    with their reasons. Ids are the file stems; corrections come from each folder's ``metadata.json``. With a
    ``memo`` (the analysis cache), a file whose size, change times and corrections are unchanged
    is not read or parsed again: its remembered document is used, and whatever changed is read.

    >>> docs, problems = load_corpus(["seeds"])  # doctest: +SKIP
    """
    files, problems = iter_corpus_files((Path(p) for p in paths), recursive=recursive)
    sidecars: dict[Path, tuple[dict[str, dict[str, object]], list[LoadProblem]]] = {}
    for file in files:
        if file.parent not in sidecars:
            sidecars[file.parent] = load_sidecar(file.parent)
    signatures: dict[str, str] = {}
    if memo is not None:
        for file in files:
            doc_id = normalize_text(file.stem)
            signature = file_signature(file, doc_id, sidecars[file.parent][0].get(doc_id))
            if signature is not None:
                signatures[str(file)] = signature
    remembered = memo.recall_reads(signatures) if memo is not None and signatures else {}
    reported: set[Path] = set()
    documents: list[Document] = []
    seen: dict[str, Path] = {}
    for file in files:
        folder = file.parent
        if folder not in reported:
            reported.add(folder)
            problems.extend(sidecars[folder][1])
        doc_id = normalize_text(file.stem)
        if doc_id in seen and seen[doc_id].resolve() != file.resolve():
            problems.append(make_problem(str(file), "same_id", name=file, other=seen[doc_id]))
            continue
        if doc_id in seen:
            continue
        recalled = remembered.get(str(file))
        if recalled is not None:
            document, warnings = recalled
        else:
            try:
                _, article = read_path(file)
            except ReadError as error:
                problems.append(error.problem(str(file)))
                continue
            warnings = article.warnings
            document = build_document(
                doc_id, article.text, path=str(file), overrides=sidecars[folder][0].get(doc_id)
            )
            if memo is not None and str(file) in signatures:
                memo.remember_read(str(file), signatures[str(file)], document, warnings)
        problems.extend(warnings)
        seen[doc_id] = file
        documents.append(document)
    return tuple(documents), tuple(problems)
