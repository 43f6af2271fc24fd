"""Command line: ``python -m analysis report|deck|add|list|correct|remove|export|import|evaluate``.

``report [PATH ...]`` analyses the bundled seeds, the given files or folders and the store, and
prints the report (JSON, or with ``--format md`` the briefing in Markdown); ``deck [PATH ...] -o
deck.pptx [--lang vi|en] [--years 2022 2023 2024]`` writes the same corpus as a 16:9 PowerPoint
meeting story; ``brief [PATH ...] -o brief.pdf|brief.docx`` (same options) the same story as an A4
handout; ``add FILE|FOLDER|ZIP|URL ...`` reads files,
folders (with their subfolders), .zip archives of articles and article links into the store;
``list``, ``correct ID --year 2024 [--title … --outlet … --published YYYY-MM-DD]`` and
``remove ID ...`` manage it; ``export -o library.zip`` writes the whole store to one archive and
``import library.zip`` restores it (on another machine too); ``evaluate GOLD.json [PATH ...]``
scores the key figures against a gold file. Problems go to stderr, one line each, in the
interface language (``--lang``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from analysis.cache import default_cache_path
from analysis.evaluate import (
    GoldError,
    evaluate_figures,
    evaluate_instruments,
    load_gold,
    load_gold_articles,
    load_gold_instruments,
    render_evaluation,
    render_instrument_evaluation,
)
from analysis.intake import clean_corrections, revise_document
from analysis.pipeline import BUNDLED_SEEDS, analyze_corpus, known_documents
from analysis.read.metadata import OVERRIDABLE_FIELDS
from analysis.read.problems import ReadError, describe, make_problem
from analysis.report import build_report
from analysis.scope import DEFAULT_SCOPE, SCOPE_CHOICES
from analysis.store import STORE_ENV, CorpusStore, StoredDocument, StoreError, default_store_path
from analysis.text import escape_json_controls, strip_controls
from analysis.types import CorpusAnalysis, Curation, LoadProblem

LANG_ENV = "DXPOLICY_LANG"
_PREFIX = {"vi": {"warning": "cảnh báo", "error": "lỗi"}, "en": {"warning": "warning", "error": "error"}}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        self.exit(2, strip_controls(f"error: {message} (see 'python -m analysis --help')\n"))


def _say(text: str, *, error: bool = False, end: str = "\n", flush: bool = False) -> None:
    """Print to the terminal (stdout, or stderr for an ``error``): titles, outlets and file names
    come from articles, so no control character in them reaches the terminal to act there."""
    stream = sys.stderr if error else sys.stdout
    stream.write(strip_controls(text + end))
    if flush:
        stream.flush()


def _json(data: object) -> str:
    """Strict JSON of ``data``; control characters in its strings stay escaped as ``\\uXXXX``."""
    return escape_json_controls(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", type=Path, default=None, help=f"SQLite document store (default: ${STORE_ENV} or user data)"
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), default=os.environ.get(LANG_ENV, "vi"), help="message language"
    )


def _scope_option(parser: argparse.ArgumentParser, *, default: str) -> None:
    parser.add_argument(
        "--scope",
        choices=SCOPE_CHOICES,
        default=default,
        help=f"whose facts: national, province, sector, international or all (default: {default})",
    )


def _story_options(parser: argparse.ArgumentParser) -> None:
    """What a deck and a handout are made of: articles, years, cache, and the language."""
    parser.add_argument("paths", nargs="*", type=Path, help="extra files or folders of articles")
    parser.add_argument("--years", nargs="+", type=int, help="years to present (default: every year)")
    parser.add_argument("--cache", type=Path, default=None, help="SQLite cache file (default: user cache)")
    parser.add_argument("--no-cache", action="store_true", help="analyse everything again, write no cache")
    parser.add_argument("--no-seeds", action="store_true", help="leave the bundled seeds out")
    parser.add_argument("--no-store", action="store_true", help="leave the document store out")
    _scope_option(parser, default=DEFAULT_SCOPE)  # the country's story
    _common(parser)  # --lang is the language of the slides and pages too


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analysis", description="Vietnamese digital-transformation policy report")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    report = commands.add_parser(
        "report", help="analyse the seeds, the store and any paths; print the report"
    )
    report.add_argument("paths", nargs="*", type=Path, help="extra files or folders of articles")
    report.add_argument(
        "--format",
        choices=("json", "md"),
        default="json",
        help="json: the data (labels in both languages); md: the briefing in the --lang language",
    )
    report.add_argument("--cache", type=Path, default=None, help="SQLite cache file (default: user cache)")
    report.add_argument("--no-cache", action="store_true", help="analyse everything again, write no cache")
    report.add_argument(
        "--no-seeds", action="store_true", help=f"leave the bundled seeds ({BUNDLED_SEEDS}) out"
    )
    report.add_argument("--no-store", action="store_true", help="leave the document store out")
    _scope_option(report, default="all")  # the data, each fact saying its scope
    _common(report)
    deck = commands.add_parser("deck", help="write the meeting story as a 16:9 PowerPoint deck")
    deck.add_argument("-o", "--output", type=Path, default=Path("deck.pptx"), help="default: deck.pptx")
    _story_options(deck)
    brief = commands.add_parser("brief", help="write the meeting story as an A4 handout (.pdf or .docx)")
    brief.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("brief.pdf"),
        help="brief.pdf or brief.docx (default: brief.pdf)",
    )
    _story_options(brief)
    evaluate = commands.add_parser("evaluate", help="score the key figures against a gold file")
    evaluate.add_argument("gold", type=Path, help="gold JSON file (see analysis/evaluate.py)")
    evaluate.add_argument("paths", nargs="*", type=Path, help="articles (default: the gold file's folder)")
    _common(evaluate)
    add = commands.add_parser(
        "add",
        help="add articles to the store: files (.txt .md .html .docx .pdf), folders, .zip archives, links",
    )
    add.add_argument("files", nargs="+", metavar="FILE|FOLDER|ZIP|URL")
    add.add_argument(
        "--allow-private-addresses",
        action="store_true",
        help="also fetch links on loopback and private networks (or $DXPOLICY_ALLOW_PRIVATE_ADDRESSES=1)",
    )
    for field in OVERRIDABLE_FIELDS:
        add.add_argument(f"--{field}", default=None, help=f"set the {field} instead of inferring it")
    _common(add)
    listing = commands.add_parser("list", help="list the documents in the store")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    _common(listing)
    correct = commands.add_parser("correct", help="change a stored document's title, outlet, date or year")
    correct.add_argument("id", help="the document's id (see 'list')")
    for field in OVERRIDABLE_FIELDS:
        correct.add_argument(f"--{field}", default=None, help=f"new {field} ('' clears it, not the title)")
    _common(correct)
    remove = commands.add_parser("remove", help="remove documents from the store by id")
    remove.add_argument("ids", nargs="+")
    _common(remove)
    export = commands.add_parser("export", help="write every stored article to one .zip (a backup)")
    export.add_argument("-o", "--output", type=Path, default=Path("library.zip"), help="default: library.zip")
    _common(export)
    restore = commands.add_parser("import", help="restore the articles of an export .zip into the store")
    restore.add_argument("archive", type=Path, help="a .zip written by 'export'")
    _common(restore)
    return parser


def _print_problems(problems: Sequence[LoadProblem], language: str) -> None:
    for problem in problems:
        level = "warning" if problem.kept else "error"
        _say(f"{_PREFIX[language][level]}: {describe(problem, language)}", error=True)


def _analyse(args: argparse.Namespace, store_path: Path) -> CorpusAnalysis:
    """The corpus a report or a deck is made of: the seeds, the store and the given paths."""
    cache_path = None if args.no_cache else (args.cache or default_cache_path())
    paths = ([] if args.no_seeds else [BUNDLED_SEEDS]) + list(args.paths)
    corpus = analyze_corpus(paths, store_path=None if args.no_store else store_path, cache_path=cache_path)
    # A cache or store that cannot be used costs speed or documents, never the rest of the report.
    _print_problems(corpus.problems, args.lang)
    return corpus


def _report(args: argparse.Namespace, store_path: Path) -> int:
    from analysis.present.selection import filter_corpus

    corpus = _analyse(args, store_path)
    if not corpus.documents:
        return 1
    corpus = filter_corpus(corpus, years=None, documents=None, scope=args.scope)
    if args.format == "json":
        _say(_json(build_report(corpus)))
    else:  # the briefing in text, in the interface language
        from analysis.present.brief import brief_of
        from analysis.present.markdown import render_markdown

        brief = brief_of(corpus, language=args.lang, curation=_curation(args, store_path))
        _say(render_markdown(brief), end="")
    return 0


def _curation(args: argparse.Namespace, store_path: Path) -> Curation | None:
    """The analyst's curation kept in the store; none with ``--no-store`` or where no store exists.
    A store that cannot be read costs the curation (a line on stderr), never the deck or report."""
    if args.no_store or not store_path.is_file():
        return None
    try:
        with CorpusStore(store_path, check=False, read_only=True) as store:
            return store.curation()
    except StoreError as error:
        _print_problems([error.problem], args.lang)
        return None


def _error(key: str, language: str, **values: object) -> None:
    from analysis.present.i18n import translate

    _say(f"{_PREFIX[language]['error']}: {translate(key, language, **values)}", error=True)


def _presented(args: argparse.Namespace, store_path: Path) -> CorpusAnalysis | None:
    """The corpus of a deck or handout: analysed, filtered to the chosen years; None (and a line
    on stderr) when a year has no article or nothing is left to present."""
    from analysis.present.selection import available_years, filter_corpus

    corpus = _analyse(args, store_path)
    if args.years:
        missing = sorted(set(args.years) - set(available_years(corpus)))
        if missing:
            known = ", ".join(map(str, available_years(corpus))) or "—"
            _error("cli_no_year", args.lang, missing=", ".join(map(str, missing)), known=known)
            return None
    corpus = filter_corpus(corpus, years=args.years or None, documents=None, scope=args.scope)
    if not corpus.documents:
        _error("cli_nothing_to_present", args.lang)
        return None
    return corpus


def _written(args: argparse.Namespace, write: Callable[[], Path]) -> Path | None:
    try:
        return write()
    except OSError as error:
        _error("cli_unwritable", args.lang, path=args.output, reason=error.strerror or error)
        return None


def _deck(args: argparse.Namespace, store_path: Path) -> int:
    """Filter to the chosen years, build the story and write the deck; one line on stdout."""
    from analysis.present.deck import write_deck
    from analysis.present.i18n import translate
    from analysis.present.story import build_story

    corpus = _presented(args, store_path)
    if corpus is None:
        return 2
    story = build_story(corpus, language=args.lang, curation=_curation(args, store_path))
    path = _written(args, lambda: write_deck(story, args.output))
    if path is None:
        return 1
    years = ", ".join(map(str, story.years))
    _say(
        translate(
            "cli_deck_written",
            args.lang,
            path=path,
            slides=len(story.slides),
            language=args.lang,
            years=years,
        )
    )
    return 0


_HANDOUT_KINDS = {".pdf": "pdf", ".docx": "docx"}


def _brief(args: argparse.Namespace, store_path: Path) -> int:
    """The story as an A4 handout, Word or PDF by the output's name; one line on stdout."""
    from datetime import date

    from analysis.present.brief import brief_of
    from analysis.present.handout import render_handout
    from analysis.present.i18n import translate

    kind = _HANDOUT_KINDS.get(args.output.suffix.lower())
    if kind is None:  # checked before the analysis, which takes a while
        _error("cli_brief_format", args.lang, path=args.output)
        return 2
    corpus = _presented(args, store_path)
    if corpus is None:
        return 2
    brief = brief_of(corpus, language=args.lang, day=date.today(), curation=_curation(args, store_path))

    def write() -> Path:
        data = render_handout(brief, kind=kind)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_bytes(data)
        return args.output

    path = _written(args, write)
    if path is None:
        return 1
    _say(
        translate(
            "cli_brief_written",
            args.lang,
            path=path,
            sections=brief.sections,
            sources=len(brief.sources),
            language=args.lang,
            years=", ".join(map(str, brief.years)),
        )
    )
    return 0


def _evaluate(args: argparse.Namespace, store_path: Path) -> int:
    """Precision and recall of the key figures (and the instruments cited, where the gold marks them)
    against a gold file; the store is not read."""
    try:
        gold, traps = load_gold(args.gold)
        articles = load_gold_articles(args.gold)
        instruments, instrument_traps = load_gold_instruments(args.gold)
    except GoldError as error:
        _say(f"{_PREFIX[args.lang]['error']}: {error}", error=True)
        return 2
    # A gold file scores the articles beside it; its subfolders hold other gold sets.
    corpus = analyze_corpus(args.paths or [args.gold.parent], cache_path=None, recursive=bool(args.paths))
    _print_problems(corpus.problems, args.lang)
    documents = [analysis.document for analysis in corpus.documents]
    if gold or any(traps.values()) or articles or not instrument_traps:
        evaluation = evaluate_figures(
            gold, corpus.figures, traps=traps, articles=articles, documents=documents
        )
        _say(render_evaluation(evaluation), end="")
    if instrument_traps:
        scored = evaluate_instruments(instruments, corpus.instruments, traps=instrument_traps)
        _say(render_instrument_evaluation(scored), end="")
    return 0


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; exit 0 on success (a report with some unreadable files is a success)."""
    if hasattr(signal, "SIGXFSZ"):
        # Over the file-size limit (ulimit -f) a write then fails with an error the store turns
        # into a message, instead of the signal killing the process mid-transaction.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    args = _parser().parse_args(argv)
    store_path = args.store or default_store_path()
    commands = {
        "report": _report,
        "deck": _deck,
        "brief": _brief,
        "add": _add,
        "list": _list,
        "correct": _correct,
        "remove": _remove,
        "export": _export,
        "import": _import,
        "evaluate": _evaluate,
    }
    try:
        return commands[args.command](args, store_path)
    except StoreError as error:
        _print_problems([error.problem], args.lang)
        return 1
    except Exception as error:  # the last guard: a user sees one line, never a traceback
        _error("cli_failed", args.lang, kind=type(error).__name__, reason=error)
        return 1


if __name__ == "__main__":
    sys.exit(main())
