"""What reading the instruments cited adds to the per-document analysis, and what tracking progress
costs over a corpus: prints its figures (see BENCHMARKS.md, "Instruments cited and progress").

    python benchmarks/instruments.py --articles 300

Articles are the synthetic ones of ``benchmarks/synthetic.py`` with one sentence from the instrument
gold passages added to each (so every article cites something); each is split into sentences once,
then ``extract_instruments`` is timed over them, beside the whole ``analyze_document`` on a sample.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import build_article, seed_paragraphs  # noqa: E402

from analysis.documents import build_document  # noqa: E402
from analysis.instruments import extract_instruments  # noqa: E402
from analysis.nlp import split_sentences  # noqa: E402
from analysis.pipeline import analyze_document  # noqa: E402
from analysis.progress import track_progress  # noqa: E402
from analysis.types import Sentence  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "instruments"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--sample", type=int, default=20, help="articles analysed whole, for the share")
    args = parser.parse_args()
    rng = random.Random(18)
    paragraphs = seed_paragraphs()
    citing = [
        line
        for path in sorted(GOLD.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()[1:]
    ]
    texts = [build_article(n, paragraphs, rng) + "\n" + rng.choice(citing) for n in range(args.articles)]
    documents = [build_document(f"b{n:05d}", text) for n, text in enumerate(texts)]
    sentences = [
        [
            Sentence(d.id, i, s)
            for i, s in enumerate(s for line in d.body.split("\n") for s in split_sentences(line))
        ]
        for d in documents
    ]
    extract_instruments("Quyết định 749/QĐ-TTg")  # the patterns are compiled once per process
    started = time.perf_counter()
    mentions = [m for doc_sentences in sentences for m in extract_instruments(doc_sentences)]
    instruments_s = time.perf_counter() - started
    whole = []
    for document in documents[: args.sample]:
        started = time.perf_counter()
        analyze_document(document)
        whole.append(time.perf_counter() - started)
    figures = [f for document in documents[: args.sample] for f in analyze_document(document).figures]
    started = time.perf_counter()
    rows = track_progress(figures * max(1, args.articles // max(1, args.sample)))
    progress_s = time.perf_counter() - started
    per_article_ms = 1000 * instruments_s / len(documents)
    print(
        f"articles: {len(documents)}, sentences: {sum(map(len, sentences))}, citations read: {len(mentions)}"
    )
    print(f"extract_instruments: {instruments_s:.3f} s in all, {per_article_ms:.2f} ms per article")
    print(f"analyze_document (median of {len(whole)}): {1000 * statistics.median(whole):.0f} ms per article")
    print(f"share of the per-document analysis: {per_article_ms / (1000 * statistics.median(whole)):.1%}")
    total = len(figures) * max(1, args.articles // max(1, args.sample))
    print(f"track_progress over {total} figures: {1000 * progress_s:.1f} ms, {len(rows)} targets")


if __name__ == "__main__":
    main()
