# Run: python benchmarks/bench_analysis.py [--copies N]   (from the repository root; prints a table)
"""How long the analysis takes, cold and from the SQLite cache, and how much memory it needs.

Runs, in this order and in one fresh process (so the first one pays for loading underthesea):

1. the bundled seeds without a cache: the first document's time includes the model load;
2. the seeds again into an empty cache file (models already loaded: the NLP cost itself);
3. the seeds from that cache (a warm start: nothing is analysed);
4. a scaled corpus, the seeds and ``tests/fixtures/articles`` copied ``--copies`` times under
   distinct names, into an empty cache, then 5. from that cache;
6. memory: ``tracemalloc``'s peak over a cold analysis of the seeds and over a warm load of the
   scaled corpus (Python allocations only), and the process's peak RSS (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import itertools
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.pipeline import BUNDLED_SEEDS, analyze_corpus  # noqa: E402  (after the path fix)
from analysis.types import CorpusAnalysis  # noqa: E402

FIXTURE_ARTICLES = ROOT / "tests" / "fixtures" / "articles"
ARTICLE_SUFFIXES = {".txt", ".md"}


@dataclass
class Run:
    name: str
    seconds: float
    documents: int
    analysed: int
    from_cache: int
    per_document: list[float] = field(default_factory=list)
    rss_mb: float = 0.0

    @property
    def first(self) -> float:
        return self.per_document[0] if self.per_document else 0.0

    @property
    def mean_ms(self) -> float:
        return 1000 * sum(self.per_document) / len(self.per_document) if self.per_document else 0.0

    @property
    def other(self) -> float:
        """Time outside the per-document loop: loading the files, opening the cache, the summaries."""
        return self.seconds - sum(self.per_document)

    @property
    def mean_rest_ms(self) -> float:
        rest = self.per_document[1:]
        return 1000 * sum(rest) / len(rest) if rest else 0.0


def peak_rss_mb() -> float:
    """The process's peak resident set size so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def timed(name: str, paths: list[Path], cache_path: Path | None) -> tuple[Run, CorpusAnalysis]:
    """Analyse ``paths``; the progress callback marks where each document starts and ends."""
    marks: list[float] = []

    def progress(position: int, total: int, doc_id: str) -> None:
        marks.append(time.perf_counter())

    start = time.perf_counter()
    corpus = analyze_corpus(paths, cache_path=cache_path, progress=progress)
    seconds = time.perf_counter() - start
    # marks: one before each document and one after the last; their differences are per document
    per_document = [later - earlier for earlier, later in itertools.pairwise(marks)]
    run = Run(
        name,
        seconds,
        len(corpus.documents),
        len(corpus.analysed),
        len(corpus.from_cache),
        per_document,
        peak_rss_mb(),
    )
    return run, corpus


def traced_peak_mb(paths: list[Path], cache_path: Path | None) -> float:
    tracemalloc.start()
    try:
        analyze_corpus(paths, cache_path=cache_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / (1024 * 1024)


def build_scaled_corpus(folder: Path, copies: int) -> int:
    """Copy the seeds and the fixture articles ``copies`` times, each copy under its own name."""
    sources = [
        path
        for directory in (BUNDLED_SEEDS, FIXTURE_ARTICLES)
        for path in sorted(directory.iterdir())
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES
    ]
    for copy in range(copies):
        for source in sources:
            shutil.copyfile(source, folder / f"c{copy:02d}_{source.name}")
    return copies * len(sources)


def print_table(runs: list[Run]) -> None:
    headers = (
        "run", "docs", "analysed", "cached", "total s", "1st doc s", "mean ms/doc", "rest ms/doc",
        "other s", "RSS MB",
    )  # fmt: skip
    rows = [
        (
            run.name,
            str(run.documents),
            str(run.analysed),
            str(run.from_cache),
            f"{run.seconds:.2f}",
            f"{run.first:.2f}",
            f"{run.mean_ms:.1f}",
            f"{run.mean_rest_ms:.1f}",
            f"{run.other:.2f}",
            f"{run.rss_mb:.0f}",
        )
        for run in runs
    ]
    widths = [max(len(header), *(len(row[i]) for row in rows)) for i, header in enumerate(headers)]
    line = "  ".join("-" * width for width in widths)
    for number, row in enumerate([headers, *rows]):
        cells = zip(row, widths, strict=True)
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(cells)))
        if number == 0:
            print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--copies", type=int, default=9, help="copies of the seeds and fixtures (default 9: 99 documents)"
    )
    args = parser.parse_args(argv)
    if "underthesea" in sys.modules:  # the first run must pay for the model load
        print("warning: underthesea is already imported; the cold figure excludes its load", file=sys.stderr)

    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="dxpolicy-bench-") as tmp:
        tmp_path = Path(tmp)
        seeds = [BUNDLED_SEEDS]
        seeds_cache = tmp_path / "seeds.sqlite3"

        run, _ = timed("seeds, cold, no cache (model load)", seeds, None)
        runs.append(run)
        run, _ = timed("seeds, empty cache (models loaded)", seeds, seeds_cache)
        runs.append(run)
        run, warm = timed("seeds, warm cache", seeds, seeds_cache)
        runs.append(run)
        assert warm.analysed == (), f"a warm run analysed {warm.analysed}"

        scaled_dir = tmp_path / "scaled"
        scaled_dir.mkdir()
        count = build_scaled_corpus(scaled_dir, args.copies)
        scaled_cache = tmp_path / "scaled.sqlite3"
        run, _ = timed(f"scaled x{args.copies} ({count} docs), empty cache", [scaled_dir], scaled_cache)
        runs.append(run)
        run, warm = timed(f"scaled x{args.copies} ({count} docs), warm cache", [scaled_dir], scaled_cache)
        runs.append(run)
        assert warm.analysed == (), f"a warm run analysed {len(warm.analysed)} documents"

        seeds_peak = traced_peak_mb(seeds, None)
        scaled_warm_peak = traced_peak_mb([scaled_dir], scaled_cache)
        cache_kb = scaled_cache.stat().st_size / 1024

    print(f"python {sys.version.split()[0]} on {sys.platform}")
    print_table(runs)
    print()
    print("first doc s: time of the first document (in the first run it includes underthesea's import and")
    print("model load); rest ms/doc: mean over the other documents; other s: reading the files, opening")
    print("the cache and the corpus summaries; RSS MB: the process's peak RSS after the run.")
    print()
    print(f"tracemalloc peak, seeds cold (no cache):        {seeds_peak:8.1f} MB")
    print(f"tracemalloc peak, scaled corpus warm (cache):   {scaled_warm_peak:8.1f} MB")
    print(f"peak RSS (ru_maxrss) of the whole benchmark:    {peak_rss_mb():8.1f} MB")
    print(f"SQLite cache size for {count} documents:          {cache_kb:8.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
