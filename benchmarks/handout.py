# Run: python benchmarks/handout.py --repeats 3   (from the repository root)
"""What making the briefing costs once the articles are analysed: the story (paged for slides,
whole for paper), the Markdown brief, the deck, and the handout as PDF and Word, for the bundled
seeds and the fixture articles, in Vietnamese. Prints the median of the repeats in milliseconds
(after one untimed run), the output's size, and the process's peak memory at the end.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.pipeline import analyze_corpus  # noqa: E402
from analysis.present.brief import build_brief  # noqa: E402
from analysis.present.deck import render_deck  # noqa: E402
from analysis.present.handout import render_handout_docx, render_handout_pdf  # noqa: E402
from analysis.present.markdown import render_markdown  # noqa: E402
from analysis.present.story import build_story  # noqa: E402


def _time(work: Callable[[], object], repeats: int) -> tuple[str, object]:
    result = work()  # once untimed: fonts, labels and the word-cloud layout caches are filled first
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        runs.append((time.perf_counter() - start) * 1000)
    return f"{statistics.median(runs):8.1f} ms  ({min(runs):.1f}–{max(runs):.1f})", result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    paths = [ROOT / "seeds", *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]
    corpus = analyze_corpus(paths, cache_path=None, recursive=False)
    print(f"{len(corpus.documents)} articles, {len(corpus.figures)} figures, {len(corpus.timeline)} events")
    whole = build_story(corpus, language="vi", paged=False)
    brief = build_brief(whole)
    for name, work in (
        ("story (slides)", lambda: build_story(corpus, language="vi")),
        ("story (paper)", lambda: build_story(corpus, language="vi", paged=False)),
        ("Markdown brief", lambda: render_markdown(brief)),
        ("deck .pptx", lambda: render_deck(build_story(corpus, language="vi"))),
        ("handout .pdf", lambda: render_handout_pdf(brief)),
        ("handout .docx", lambda: render_handout_docx(brief)),
    ):
        timing, result = _time(work, args.repeats)
        size = f"{len(result) / 1024:8.0f} kB" if isinstance(result, bytes | str) else ""
        print(f"{name:16} {timing} {size}")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
