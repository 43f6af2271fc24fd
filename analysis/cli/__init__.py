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
import signal
from collections.abc import Sequence
from pathlib import Path

from analysis.cli.common import (
    _common,
    _error,
    _Parser,
    _print_problems,
    _scope_option,
    _story_options,
)
from analysis.cli.evaluate import _evaluate
from analysis.cli.library import _add, _correct, _export, _import, _list, _remove
from analysis.cli.present import _brief, _deck, _report
from analysis.pipeline import BUNDLED_SEEDS
from analysis.read.metadata import OVERRIDABLE_FIELDS
from analysis.store import (
    StoreError,
    default_store_path,
)


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
    evaluate.add_argument("gold", type=Path, help="gold JSON file (see analysis/evaluate/)")
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
