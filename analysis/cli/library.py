"""``add``, ``list``, ``correct``, ``remove``, ``export`` and ``import``: the document store."""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis.cli.common import (
    _error,
    _json,
    _print_problems,
    _say,
)
from analysis.intake import clean_corrections, revise_document
from analysis.pipeline import BUNDLED_SEEDS, known_documents
from analysis.read.metadata import OVERRIDABLE_FIELDS
from analysis.read.problems import ReadError, make_problem
from analysis.store import CorpusStore, StoredDocument


def _add(args: argparse.Namespace, store_path: Path) -> int:
    """Add files, folders (with their subfolders), .zip archives and links, in one batch."""
    from analysis.intake import gather_items, prepare_files, prepare_links
    from analysis.read.web import FetchLimits, private_addresses_allowed

    given = {field: getattr(args, field) for field in OVERRIDABLE_FIELDS if getattr(args, field) is not None}
    links, uploads, problems = gather_items([str(item) for item in args.files])
    if "title" in given and len(uploads) + len(links) > 1:
        _error("cli_title_one_file", args.lang)
        return 2
    try:
        corrections = clean_corrections(given)
    except ReadError as error:
        _print_problems([make_problem("--", "sidecar_value", name="--", doc="--", **error.values)], args.lang)
        return 2
    candidates, refused = prepare_files(uploads)
    if links:
        limits = FetchLimits(allow_private=args.allow_private_addresses or private_addresses_allowed())

        def fetching(done: int, total: int, link: str) -> None:
            if link:
                _say(f"… {done + 1}/{total} {link}", flush=True)

        fetched, failed = prepare_links(links, limits=limits, on_progress=fetching)
        candidates += fetched
        refused += failed

    def saving(doc_id: str) -> None:
        # Printed inside the transaction, so a watcher knows the batch is being written.
        _say(f"… {doc_id}", flush=True)

    with CorpusStore(store_path) as store:
        result = store.add(
            candidates,
            corrections={candidate.name: corrections for candidate in candidates},
            known=known_documents([BUNDLED_SEEDS]),
            on_saving=saving,
        )
    for doc_id in result.added:
        _say(doc_id)
    _print_problems(problems + refused + list(result.problems), args.lang)
    return 0 if result.added or not (problems or refused or result.problems) else 1


def _line(document: StoredDocument, language: str) -> str:
    from analysis.present.library import shown_title

    year = document.year if document.year is not None else "?"
    return f"{document.id}\t{year}\t{document.format}\t{shown_title(document, language)}"


def _list(args: argparse.Namespace, store_path: Path) -> int:
    with CorpusStore(store_path) as store:
        documents = store.list_documents()
    if args.format == "json":
        rows = [document.__dict__ | {"corrected": list(document.corrected)} for document in documents]
        _say(_json(rows))
        return 0
    for document in documents:
        _say(_line(document, args.lang))
    return 0


def _correct(args: argparse.Namespace, store_path: Path) -> int:
    """Check and save the given details of one stored document; print its line as ``list`` does."""
    given = {field: getattr(args, field) for field in OVERRIDABLE_FIELDS}
    changes = {field: value for field, value in given.items() if value is not None}
    if not changes:
        _error("cli_correct_nothing", args.lang)
        return 2
    with CorpusStore(store_path) as store:
        revision = revise_document(store, args.id, changes)
        documents = {document.id: document for document in store.list_documents()}
    _print_problems(revision.problems, args.lang)
    if args.id not in documents:
        return 1
    if revision.problems:
        return 2
    _say(_line(documents[args.id], args.lang))
    return 0


def _remove(args: argparse.Namespace, store_path: Path) -> int:
    with CorpusStore(store_path) as store:
        removed = store.remove(args.ids)
    for doc_id in removed:
        _say(doc_id)
    missing = [
        make_problem(doc_id, "not_in_store", name=doc_id) for doc_id in args.ids if doc_id not in removed
    ]
    _print_problems(missing, args.lang)
    return 1 if missing else 0


def _export(args: argparse.Namespace, store_path: Path) -> int:
    """Write the store to ``--output``; one line on stdout, damaged records left out as problems."""
    from analysis.backup import export_library
    from analysis.present.i18n import translate

    try:
        summary = export_library(store_path, args.output)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        _print_problems(
            [make_problem(str(args.output), "export_unwritable", name=args.output, reason=reason)], args.lang
        )
        return 1
    _print_problems(summary.problems, args.lang)
    size = f"{summary.size / 1024 / 1024:.1f}"
    _say(translate("cli_exported", args.lang, path=args.output, count=summary.count, size=size))
    return 0


def _import(args: argparse.Namespace, store_path: Path) -> int:
    """Check the archive whole, then restore it into the store; a refused archive changes nothing."""
    from analysis.backup import import_library
    from analysis.present.i18n import translate

    try:
        result = import_library(args.archive, store_path)
    except ReadError as error:
        _print_problems([error.problem(str(args.archive))], args.lang)
        return 2
    except OSError as error:
        code = "not_found" if isinstance(error, FileNotFoundError) else "unreadable"
        reason = error.strerror or type(error).__name__
        _print_problems([make_problem(str(args.archive), code, name=args.archive, reason=reason)], args.lang)
        return 2
    _print_problems(result.problems, args.lang)
    skipped = sum(problem.code == "import_duplicate" for problem in result.problems)
    _say(translate("cli_imported", args.lang, count=len(result.added), path=args.archive, skipped=skipped))
    return 0
