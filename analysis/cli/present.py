"""``report``, ``deck`` and ``brief``: the corpus analysed and written as a report, a deck or a handout."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from analysis.cache import default_cache_path
from analysis.cli.common import (
    _error,
    _json,
    _print_problems,
    _say,
)
from analysis.pipeline import BUNDLED_SEEDS, analyze_corpus
from analysis.present.report import build_report
from analysis.store import (
    CorpusStore,
    StoreError,
)
from analysis.types import CorpusAnalysis, Curation


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
        if not corpus.problems:  # each problem had its line; with none, say why nothing came
            _error("cli_nothing_to_present", args.lang)
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
