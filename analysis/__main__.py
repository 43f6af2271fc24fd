"""Command line: ``python -m analysis report [PATH ...] --format json|md`` and
``python -m analysis evaluate GOLD.json [PATH ...]`` (figure precision and recall against a gold file)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.cache import default_cache_path
from analysis.evaluate import GoldError, evaluate_figures, load_gold, render_evaluation
from analysis.pipeline import BUNDLED_SEEDS, analyze_corpus
from analysis.report import build_report, render_markdown


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        self.exit(2, f"error: {message} (see 'python -m analysis report --help')\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analysis", description="Vietnamese digital-transformation policy report")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    report = commands.add_parser("report", help="analyse articles and print the report")
    report.add_argument("paths", nargs="*", type=Path, help=f"files or folders (default: {BUNDLED_SEEDS})")
    report.add_argument("--format", choices=("json", "md"), default="json")
    report.add_argument("--cache", type=Path, default=None, help="SQLite cache file (default: user cache)")
    report.add_argument("--no-cache", action="store_true", help="analyse everything again, write no cache")
    evaluate = commands.add_parser("evaluate", help="score the key figures against a gold file")
    evaluate.add_argument("gold", type=Path, help="gold JSON file (see analysis/evaluate.py)")
    evaluate.add_argument("paths", nargs="*", type=Path, help="articles (default: the gold file's folder)")
    return parser


def _evaluate(args: argparse.Namespace) -> int:
    try:
        gold, traps = load_gold(args.gold)
        corpus = analyze_corpus(args.paths or [args.gold.parent], cache_path=None)
    except GoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # the last guard: one line, never a traceback
        print(f"error: the evaluation failed ({type(error).__name__}: {error})", file=sys.stderr)
        return 1
    for problem in corpus.problems:
        print(f"warning: {problem.message}", file=sys.stderr)
    sys.stdout.write(render_evaluation(evaluate_figures(gold, corpus.figures, traps=traps)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report for the given articles; problems go to stderr, one line each."""
    args = _parser().parse_args(argv)
    if args.command == "evaluate":
        return _evaluate(args)
    cache_path = None if args.no_cache else (args.cache or default_cache_path())
    try:
        corpus = analyze_corpus(args.paths or None, cache_path=cache_path)
    except Exception as error:  # the last guard: a user sees one line, never a traceback
        print(f"error: the analysis failed ({type(error).__name__}: {error})", file=sys.stderr)
        return 1
    # A cache that cannot be used costs speed, not the report: warn and carry on.
    cache_problems = [p for p in corpus.problems if cache_path is not None and p.path == str(cache_path)]
    for problem in cache_problems:
        print(f"warning: {problem.message}", file=sys.stderr)
    input_problems = [p for p in corpus.problems if p not in cache_problems]
    if input_problems:
        for problem in input_problems:
            print(f"error: {problem.message}", file=sys.stderr)
        return 2
    report = build_report(corpus)
    if args.format == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
