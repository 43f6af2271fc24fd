"""``evaluate``: the key figures and citations scored against a gold file."""

from __future__ import annotations

import argparse
from pathlib import Path

from analysis.cli.common import (
    _PREFIX,
    _print_problems,
    _say,
)
from analysis.evaluate.gold import GoldError, load_gold, load_gold_articles, load_gold_instruments
from analysis.evaluate.scoring import evaluate_figures, evaluate_instruments
from analysis.evaluate.tables import render_evaluation, render_instrument_evaluation
from analysis.pipeline import analyze_corpus


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
    # The gold file sits beside the articles it scores; it is no article, so it is not reported as one.
    gold_path = args.gold.resolve()
    _print_problems(
        [problem for problem in corpus.problems if Path(problem.path).resolve() != gold_path], args.lang
    )
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
