# Run: python benchmarks/scale.py --sizes 5,100,1000 --repeats 3   (from the repository root)
"""Speed at scale: cold and warm analysis against bare word segmentation, adding one article, and
the dashboard's page script runs, on reproducible synthetic corpora (see ``synthetic.py``).

Every figure is one whole fresh process (``python benchmarks/scale.py PHASE ...``) started by the
driver, so model loading, process pools and the garbage collector count as a user would feel them.
Each phase prints one JSON line: wall and CPU seconds (CPU includes the pool's worker processes)
and peak RSS. The driver prints medians of the repeats, min-max beside them.

Phases:
  floor     bare single-process ``underthesea.word_tokenize`` over the corpus's sentences (the
            sentences are split first, untimed): the cost no analysis can avoid;
  cold      ``analyze_corpus`` into an empty cache file;
  warm      ``analyze_corpus`` again from that cache (nothing analysed);
  add-one   the corpus plus one new article, the corpus from the cache: the end-to-end cost of
            adding an article;
  pages     the dashboard (``dashboard/app.py`` under Streamlit's AppTest, the corpus from the
            warm cache): the first run of the entry script, then each page's first and warm
            script runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for entry in (str(ROOT), str(ROOT / "benchmarks")):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from synthetic import build_article, ensure_corpus, seed_paragraphs  # noqa: E402

PAGES = ("overview", "themes", "compare", "priorities", "timeline", "explore")


def _usage() -> tuple[float, float]:
    """CPU seconds of this process and its finished children, and peak RSS in MB (largest process)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return cpu, max(own.ru_maxrss, children.ru_maxrss) / 1024


class Clock:
    def __enter__(self) -> Clock:
        self.wall = time.perf_counter()
        self.cpu, _ = _usage()
        return self

    def __exit__(self, *exc: object) -> None:
        cpu, self.rss_mb = _usage()
        self.wall = time.perf_counter() - self.wall
        self.cpu = cpu - self.cpu


def _emit(**figures: object) -> None:
    print(json.dumps(figures), flush=True)


def phase_floor(corpus: Path) -> None:
    from analysis.documents import load_corpus
    from analysis.nlp import split_sentences

    documents, _ = load_corpus([corpus])
    sentences = [s for d in documents for p in d.body.split("\n") for s in split_sentences(p)]
    syllables = sum(len(s.split()) for s in sentences)
    with Clock() as clock:
        from underthesea import word_tokenize  # its import and model load count, as in the analysis

        for sentence in sentences:
            word_tokenize(sentence)
    _emit(wall=clock.wall, cpu=clock.cpu, rss_mb=clock.rss_mb, sentences=len(sentences), syllables=syllables)


def phase_analyse(paths: list[Path], cache: Path) -> None:
    from analysis.pipeline import analyze_corpus

    with Clock() as clock:
        result = analyze_corpus(paths, cache_path=cache)
    assert not result.problems, result.problems
    _emit(
        wall=clock.wall,
        cpu=clock.cpu,
        rss_mb=clock.rss_mb,
        documents=len(result.documents),
        analysed=len(result.analysed),
        cache_mb=cache.stat().st_size / 2**20,
    )


def phase_pages(corpus: Path, cache: Path, warm_runs: int) -> None:
    from streamlit.testing.v1 import AppTest

    user = Path(tempfile.mkdtemp(prefix="dxpolicy-bench-user-"))
    os.environ.update(
        DXPOLICY_CORPUS=str(corpus),
        DXPOLICY_NO_SEEDS="1",
        DXPOLICY_CACHE=str(cache),
        DXPOLICY_USER_CORPUS=str(user),
    )
    figures: dict[str, object] = {}
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=3600)
    with Clock() as clock:
        at.run()
    assert not at.exception, at.exception
    figures["first_run"] = {"wall": clock.wall, "cpu": clock.cpu}
    for page in PAGES:
        at.switch_page(f"views/{page}.py")
        with Clock() as first:
            at.run()
        assert not at.exception, (page, at.exception)
        assert not at.error, (page, [e.value for e in at.error])
        warm_wall, warm_cpu = [], []
        for _ in range(warm_runs):
            with Clock() as warm:
                at.run()
            warm_wall.append(warm.wall)
            warm_cpu.append(warm.cpu)
        figures[page] = {
            "first_wall": first.wall,
            "first_cpu": first.cpu,
            "warm_wall": statistics.median(warm_wall),
            "warm_cpu": statistics.median(warm_cpu),
            "elements": sum(1 for _ in at.main),
        }
    _, rss = _usage()
    figures["rss_mb"] = rss
    _emit(**figures)
    shutil.rmtree(user, ignore_errors=True)


def _run(*args: str, env: dict[str, str] | None = None) -> dict[str, object]:
    """One phase in a fresh process; its last output line is the JSON figures."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"phase {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _new_article(folder: Path, number: int) -> Path:
    """An article no corpus holds (its own number and random seed), alone in a fresh folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"moi_{number}.txt"
    path.write_text(build_article(number, seed_paragraphs(), random.Random(number)), encoding="utf-8")
    return path


def _summary(runs: list[dict[str, object]], key: str) -> str:
    values = [float(run[key]) for run in runs]  # type: ignore[arg-type]
    if len(values) == 1:
        return f"{values[0]:.2f}"
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def drive(
    base: Path,
    sizes: list[int],
    repeats: int,
    cold_repeats: int,
    skip_cold: set[int],
    warm_runs: int,
    corpora: Path | None = None,
) -> None:
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
        f"workers: {os.environ.get('DXPOLICY_WORKERS', 'all')}"
    )
    print("median of the repeats (min-max); wall and CPU in seconds, CPU including pool workers\n")
    results: dict[int, dict[str, object]] = {}
    for size in sizes:
        corpus = ensure_corpus(corpora or base, size)
        cache = base / f"cache_{size}.sqlite3"
        row: dict[str, object] = {}
        if cold_repeats:
            row["floor"] = [_run("floor", str(corpus)) for _ in range(cold_repeats)]
        if cold_repeats and (size not in skip_cold or not cache.exists()):
            cold = []
            for _ in range(cold_repeats):
                cache.unlink(missing_ok=True)
                cold.append(_run("analyse", str(corpus), "--cache", str(cache)))
            row["cold"] = cold
        row["warm"] = [_run("analyse", str(corpus), "--cache", str(cache)) for _ in range(repeats)]
        add = []
        for repeat in range(repeats):
            extra = base / f"extra_{size}_{repeat}"
            shutil.rmtree(extra, ignore_errors=True)
            _new_article(extra, 900_000 + size * 10 + repeat)
            scratch = base / f"cache_{size}_add.sqlite3"
            shutil.copyfile(cache, scratch)
            add.append(_run("analyse", str(corpus), str(extra), "--cache", str(scratch)))
            scratch.unlink()
        row["add_one"] = add
        results[size] = row
        _print_size(size, row)
        row["pages"] = _run("pages", str(corpus), "--cache", str(cache), "--warm-runs", str(warm_runs))
        _print_pages(size, row["pages"])  # type: ignore[arg-type]
        (base / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


def _print_size(size: int, row: dict[str, object]) -> None:
    floor = row.get("floor")
    if floor:
        print(f"== {size} articles ({floor[0]['sentences']} sentences, {floor[0]['syllables']} syllables)")  # type: ignore[index]
    else:
        print(f"== {size} articles")
    for name in ("floor", "cold", "warm", "add_one"):
        if name not in row:
            print(f"  {name:8s} not measured this time (cache kept from an earlier run)")
            continue
        runs = row[name]
        line = (
            f"  {name:8s} wall {_summary(runs, 'wall')}  cpu {_summary(runs, 'cpu')}"  # type: ignore[arg-type]
            f"  RSS MB {_summary(runs, 'rss_mb')}"  # type: ignore[arg-type]
        )
        if name != "floor":
            line += f"  analysed {runs[0]['analysed']}  cache MB {runs[0]['cache_mb']:.1f}"  # type: ignore[index]
        print(line)
    if "cold" in row and floor:
        floor_wall = statistics.median(float(r["wall"]) for r in row["floor"])  # type: ignore[union-attr]
        floor_cpu = statistics.median(float(r["cpu"]) for r in row["floor"])  # type: ignore[union-attr]
        cold_wall = statistics.median(float(r["wall"]) for r in row["cold"])  # type: ignore[union-attr]
        cold_cpu = statistics.median(float(r["cpu"]) for r in row["cold"])  # type: ignore[union-attr]
        print(f"  cold / floor: wall {cold_wall / floor_wall:.2f}x  cpu {cold_cpu / floor_cpu:.2f}x")


def _print_pages(size: int, pages: dict[str, dict[str, float]]) -> None:
    first = pages["first_run"]
    print(
        f"  dashboard at {size}: first run wall {first['wall']:.2f} cpu {first['cpu']:.2f}; "
        f"RSS {pages['rss_mb']:.0f} MB"
    )
    for page in PAGES:
        p = pages[page]
        print(
            f"    {page:10s} first wall {p['first_wall'] * 1000:7.0f} ms cpu {p['first_cpu'] * 1000:7.0f} ms"
            f" | warm wall {p['warm_wall'] * 1000:6.0f} ms cpu {p['warm_cpu'] * 1000:6.0f} ms"
            f" | {p['elements']} elements"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="phase")
    run = sub.add_parser("run", help="the whole benchmark (default)")
    run.add_argument("--sizes", default="5,100,1000")
    run.add_argument("--repeats", type=int, default=3, help="runs of warm and add-one")
    run.add_argument("--cold-repeats", type=int, default=3, help="runs of floor and cold")
    run.add_argument("--warm-runs", type=int, default=3)
    run.add_argument("--base", type=Path, default=Path(tempfile.gettempdir()) / "dxpolicy-bench")
    run.add_argument("--reuse-cache", default="", help="sizes whose existing cache is kept (no cold run)")
    run.add_argument(
        "--corpora",
        type=Path,
        default=None,
        help="folder holding corpus_<size> (default: --base); caches stay in --base",
    )
    floor = sub.add_parser("floor")
    floor.add_argument("corpus", type=Path)
    analyse = sub.add_parser("analyse")
    analyse.add_argument("paths", type=Path, nargs="+")
    analyse.add_argument("--cache", type=Path, required=True)
    pages = sub.add_parser("pages")
    pages.add_argument("corpus", type=Path)
    pages.add_argument("--cache", type=Path, required=True)
    pages.add_argument("--warm-runs", type=int, default=3)
    corpus = sub.add_parser("corpus", help="only write the synthetic corpus")
    corpus.add_argument("size", type=int)
    corpus.add_argument("--base", type=Path, default=Path(tempfile.gettempdir()) / "dxpolicy-bench")
    args = parser.parse_args(argv if argv is not None else (sys.argv[1:] or ["run"]))
    if args.phase == "floor":
        phase_floor(args.corpus)
    elif args.phase == "analyse":
        phase_analyse(args.paths, args.cache)
    elif args.phase == "pages":
        phase_pages(args.corpus, args.cache, args.warm_runs)
    elif args.phase == "corpus":
        print(ensure_corpus(args.base, args.size))
    else:
        args.base.mkdir(parents=True, exist_ok=True)
        sizes = [int(size) for size in args.sizes.split(",")]
        reuse = {int(size) for size in args.reuse_cache.split(",") if size}
        drive(args.base, sizes, args.repeats, args.cold_repeats, reuse, args.warm_runs, args.corpora)
    return 0


if __name__ == "__main__":
    sys.exit(main())
