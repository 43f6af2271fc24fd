"""Command line: ``python -m analysis report [PATH ...] --format json|md`` and
``python -m analysis deck [PATH ...] -o deck.pptx [--lang vi|en] [--years 2022 2023 2024]`` and
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
from analysis.types import CorpusAnalysis


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
    deck = commands.add_parser("deck", help="write the meeting story as a 16:9 PowerPoint deck")
    deck.add_argument("paths", nargs="*", type=Path, help=f"files or folders (default: {BUNDLED_SEEDS})")
    deck.add_argument("-o", "--output", type=Path, default=Path("deck.pptx"), help="default: deck.pptx")
    deck.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the slides")
    deck.add_argument("--years", nargs="+", type=int, help="years to present (default: every year)")
    deck.add_argument("--cache", type=Path, default=None, help="SQLite cache file (default: user cache)")
    deck.add_argument("--no-cache", action="store_true", help="analyse everything again, write no cache")
    evaluate = commands.add_parser("evaluate", help="score the key figures against a gold file")
    evaluate.add_argument("gold", type=Path, help="gold JSON file (see analysis/evaluate.py)")
    evaluate.add_argument("paths", nargs="*", type=Path, help="articles (default: the gold file's folder)")
    return parser


def _write_deck(corpus: CorpusAnalysis, args: argparse.Namespace) -> int:
    """Filter to the chosen years, build the story and write the deck; one line on stdout."""
    from analysis.present.deck import write_deck
    from analysis.present.selection import available_years, filter_corpus
    from analysis.present.story import build_story

    if args.years:
        missing = sorted(set(args.years) - set(available_years(corpus)))
        if missing:
            known = ", ".join(map(str, available_years(corpus))) or "none"
            print(
                f"error: no article is about {', '.join(map(str, missing))}; years: {known}", file=sys.stderr
            )
            return 2
        corpus = filter_corpus(corpus, years=args.years, documents=None)
    if not corpus.documents:
        print("error: no article to present; give files or folders of articles", file=sys.stderr)
        return 2
    story = build_story(corpus, language=args.lang)
    try:
        path = write_deck(story, args.output)
    except OSError as error:
        print(
            f"error: cannot write {args.output} ({error.strerror or error}); choose another path",
            file=sys.stderr,
        )
        return 1
    print(f"wrote {path} ({len(story.slides)} slides, {args.lang}, years {', '.join(map(str, story.years))})")
    return 0


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
    if args.command == "deck":
        return _write_deck(corpus, args)
    report = build_report(corpus)
    if args.format == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
