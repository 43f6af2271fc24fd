"""How often the scope reader gets whom a fact is about right, on the gold passages.

Run: ``python benchmarks/scope_accuracy.py [dev|heldout] [--baseline]``. ``--baseline`` scores what the
dashboard showed before facts had a scope (every fact national). Prints facts found, level accuracy and
scope accuracy (level and name), then each wrong fact.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from analysis.evaluate_scope import load_scope_gold, score_scopes
from analysis.pipeline import analyze_corpus
from analysis.types import NATIONAL

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "scope"


def main(arguments: list[str]) -> None:
    part = next((a for a in arguments if not a.startswith("--")), "dev")
    corpus = analyze_corpus([GOLD / part], cache_path=None, workers=1)
    analyses = list(corpus.documents)
    if "--baseline" in arguments:
        analyses = [
            replace(
                a,
                figures=tuple(replace(f, scope=NATIONAL) for f in a.figures),
                priorities=tuple(replace(p, scope=NATIONAL) for p in a.priorities),
                themes=tuple(replace(t, scope=NATIONAL) for t in a.themes),
                events=tuple(replace(e, scope=NATIONAL) for e in a.events),
            )
            for a in analyses
        ]
    score = score_scopes(analyses, load_scope_gold(GOLD / part / "gold.toml"))
    print(f"{part}: {len(analyses)} passages, {score.facts} facts, {score.found} found")
    print(f"level accuracy {score.level_accuracy:.1%}, scope accuracy (level and name) {score.accuracy:.1%}")
    for line in score.wrong:
        print("  wrong:", line)


if __name__ == "__main__":
    main(sys.argv[1:])
