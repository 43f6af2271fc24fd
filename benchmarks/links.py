"""Adding 20 articles from links on a local web server, against adding their saved files.

    python benchmarks/links.py [--count 20] [--repeats 3]

Serves ``--count`` article pages (made from the seeds and the figure passages) on loopback, then
for each repeat: fetches and reads every link into candidates (as the Library page and
``python -m analysis add URL`` do), saves them into a fresh store, and reads the same pages saved
as files. Prints the time of the batch (fetch, read, save) and whether each article's text and
details (id, title, outlet, date, year) are identical to its saved file's; then the command line
adding the 20 links in a new process, and a .zip holding the 20 pages in folders. Exits 1 when
any differs or a batch takes a minute or more.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUDGET_SECONDS = 60.0


def _details(candidate: object) -> tuple[object, ...]:
    document = candidate.document  # type: ignore[attr-defined]
    return (
        candidate.doc_id,  # type: ignore[attr-defined]
        candidate.text,  # type: ignore[attr-defined]
        document.title,
        document.outlet,
        document.published,
        document.year,
    )


def main() -> int:
    from analysis.intake import prepare_files, prepare_links
    from analysis.read.sandbox import reader_pool
    from analysis.read.web import FetchLimits
    from analysis.store import CorpusStore
    from benchmarks.article_server import seed_pages, serve_articles

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    pages = seed_pages(args.count)
    reader_pool().warm()  # as a running dashboard has it: the reader's imports are paid once
    limits = FetchLimits(allow_private=True)
    files, _ = prepare_files(list(pages.items()))
    expected = [_details(candidate) for candidate in files]
    ok = True
    with serve_articles(pages) as base, tempfile.TemporaryDirectory() as folder:
        links = [f"{base}/bai/{name}" for name in pages]
        times = []
        for repeat in range(args.repeats):
            started = time.perf_counter()
            fetched, problems = prepare_links(links, limits=limits)
            with CorpusStore(Path(folder) / f"kho-{repeat}.sqlite3") as store:
                result = store.add(fetched)
            times.append(time.perf_counter() - started)
            same = [_details(candidate) for candidate in fetched] == expected
            sources = [candidate.source_url for candidate in fetched] == links
            ok &= same and sources and not problems and len(result.added) == len(pages)
            print(
                f"links   run {repeat + 1}: {len(result.added)}/{len(pages)} added in {times[-1]:.2f} s; "
                f"text and details identical to the saved files: {same}; sources kept: {sources}; "
                f"problems: {len(problems)}"
            )
        median = statistics.median(times)
        print(f"links   median {median:.2f} s for {len(pages)} links (budget {BUDGET_SECONDS:.0f} s)")
        ok &= max(times) < BUDGET_SECONDS
        # The command line, cold: a new process, its imports and its reader worker included.
        started = time.perf_counter()
        command = [sys.executable, "-m", "analysis", "add", *links, "--allow-private-addresses"]
        command += ["--store", str(Path(folder) / "cli.sqlite3")]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        spent = time.perf_counter() - started
        added = [line for line in done.stdout.splitlines() if not line.startswith("…")]
        # The seeds are in every corpus already: their pages are refused as duplicates, by name.
        seeds = done.stderr.count("lỗi: ")
        ok &= done.returncode == 0 and len(added) + seeds == len(pages) and spent < BUDGET_SECONDS
        print(
            f"cli     python -m analysis add <{len(pages)} links>: {len(added)} added, {seeds} refused as "
            f"copies of bundled seeds, in {spent:.2f} s (a new process, imports included)"
        )

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(pages.items()):
            archive.writestr(f"bai-viet/{2020 + index % 5}/{name}", data)
    started = time.perf_counter()
    unpacked, problems = prepare_files([("bai-viet.zip", buffer.getvalue())])
    spent = time.perf_counter() - started
    same = [_details(candidate) for candidate in unpacked] == expected
    ok &= same and not problems
    print(
        f"archive {len(buffer.getvalue()) / 1024:.0f} kB .zip of {len(pages)} pages in 5 folders: read in "
        f"{spent:.2f} s; identical to the saved files: {same}; problems: {len(problems)}"
    )
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
