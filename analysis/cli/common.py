"""What every command shares: the parser that errs in one line, the options, and printing that keeps
control characters out of the terminal.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.present.problems import describe_problem
from analysis.scope import DEFAULT_SCOPE, SCOPE_CHOICES
from analysis.store import (
    STORE_ENV,
)
from analysis.text import escape_json_controls, strip_controls
from analysis.types import LoadProblem

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


def _print_problems(problems: Sequence[LoadProblem], language: str) -> None:
    for problem in problems:
        level = "warning" if problem.kept else "error"
        _say(f"{_PREFIX[language][level]}: {describe_problem(problem, language=language)}", error=True)


def _error(key: str, language: str, **values: object) -> None:
    from analysis.present.i18n import translate

    _say(f"{_PREFIX[language]['error']}: {translate(key, language, **values)}", error=True)
