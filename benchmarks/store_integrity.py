# Run: python benchmarks/store_integrity.py /tmp/dxbench/corpus_1000 --store /tmp/dxbench/store_1000.sqlite3
"""What the document store's checks cost: one batch add of a folder of articles into a fresh
store, then opening it (the structure check, here on every open: the worst case) and reading every
record (each record's hashes checked) as the analysis and the Library page do. Prints one JSON line
of figures; CPU and wall in seconds, median of ``--repeats`` in-process runs. Works on any version
of the store (``read_documents`` or the older ``documents``).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import analysis.store.schema as store_module  # noqa: E402
from analysis.intake import add_files  # noqa: E402
from analysis.store import CorpusStore  # noqa: E402


def _forget_checks() -> None:
    """Time the worst case: the structure check runs on every open, not once per file state."""
    checked = getattr(store_module, "_CHECKED", None)
    if checked is not None:
        checked.clear()


def _timed(action: Callable[[], object], repeats: int) -> dict[str, float]:
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path, help="a folder of .txt articles")
    parser.add_argument("--store", type=Path, required=True, help="the store file (replaced)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    for stale in (args.store, Path(f"{args.store}-wal"), Path(f"{args.store}-shm")):
        stale.unlink(missing_ok=True)
    uploads = [(path.name, path.read_bytes()) for path in sorted(args.corpus.glob("*.txt"))]

    def add_all() -> None:
        with CorpusStore(args.store) as store:
            result = add_files(store, uploads)
        assert len(result.added) == len(uploads), result.problems[:3]

    added = _timed(add_all, 1)

    def read_all() -> None:
        _forget_checks()
        with CorpusStore(args.store) as store:
            read = getattr(store, "read_documents", None)
            documents = read()[0] if read else store.documents()
        assert len(documents) == len(uploads)

    def list_all() -> None:
        _forget_checks()
        with CorpusStore(args.store) as store:
            assert len(store.list_documents()) == len(uploads)

    def open_only() -> None:
        _forget_checks()
        CorpusStore(args.store).close()

    figures = {
        "documents": len(uploads),
        "store_mb": round(args.store.stat().st_size / 2**20, 2),
        "add_all": added,
        "open": _timed(open_only, args.repeats),
        "read_documents": _timed(read_all, args.repeats),
        "list_documents": _timed(list_all, args.repeats),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
