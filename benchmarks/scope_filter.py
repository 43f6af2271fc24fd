"""What the scope filter costs a page: ``filter_corpus`` with no filter (the corpus as analysed),
under the national scope (the dashboard's default) and under the provincial one.

Run: ``python benchmarks/scope_filter.py [--copies 70]``. The seeds and the scope gold passages (5
national seeds, 24 passages of every scope) are analysed once, then copied under new ids to make a
large corpus (``--copies`` times 29 articles, about 2,000 at the default) without analysing it again:
what is timed is the filter and the summaries it recomputes, not the NLP. Prints the median of five
runs of each, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from pathlib import Path

from analysis.pipeline import analyze_corpus, summarize_corpus
from analysis.present.selection import filter_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "scope"


def _copies(corpus_documents: tuple, copies: int) -> list:
    made = []
    for copy in range(copies):
        for analysis in corpus_documents:
            doc_id = f"{analysis.document.id}_{copy}"
            made.append(
                replace(
                    analysis,
                    document=replace(analysis.document, id=doc_id),
                    figures=tuple(replace(f, doc=doc_id) for f in analysis.figures),
                    priorities=tuple(replace(p, doc=doc_id) for p in analysis.priorities),
                    themes=tuple(replace(t, doc=doc_id) for t in analysis.themes),
                    events=tuple(replace(e, doc=doc_id) for e in analysis.events),
                )
            )
    return made


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=70)
    args = parser.parse_args()
    base = analyze_corpus([ROOT / "seeds", GOLD / "dev", GOLD / "heldout"], cache_path=None, workers=1)
    corpus = summarize_corpus(_copies(base.documents, args.copies))
    print(f"{len(corpus.documents)} articles, {len(corpus.figures)} figures, {len(corpus.priorities)} lists")
    for scope in ("all", "national", "province"):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            filter_corpus(corpus, years=None, documents=None, scope=scope)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"scope={scope}: {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})"
        )


if __name__ == "__main__":
    main()
