# Run: python benchmarks/export_import.py --base /tmp/dxbench --size 1000
"""Backup and restore at scale: a store of ``--size`` synthetic articles (every tenth corrected by
the user) is exported with ``python -m analysis export`` and imported with ``python -m analysis
import`` on a fresh HOME (no store configured: the default one under that HOME), each a real CLI
process. Checks that the two stores are identical record by record, every column, and prints one
JSON line: wall seconds and peak memory (MB, its own VmHWM) of each process, the sizes of the
store and the archive.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.intake import add_files, revise_document  # noqa: E402
from analysis.store import CorpusStore  # noqa: E402
from benchmarks.synthetic import ensure_corpus  # noqa: E402

MB = 1024 * 1024


def _environment(home: Path, store: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DXPOLICY_", "XDG_")) and k != "HOME"}
    env["HOME"] = str(home)
    if store is not None:
        env["DXPOLICY_STORE"] = str(store)
    return env


# The CLI run so that it writes its own peak memory (VmHWM of /proc/self/status) when it exits:
# the rusage of a child counts the parent's memory at the fork, this process's copy of the corpus.
_WITH_PEAK = (
    "import atexit, runpy, sys\n"
    "def note(path=sys.argv.pop(1)):\n"
    "    status = open('/proc/self/status').read()\n"
    "    open(path, 'w').write(next(l for l in status.splitlines() if l.startswith('VmHWM')))\n"
    "atexit.register(note)\n"
    "runpy.run_module('analysis', run_name='__main__', alter_sys=True)\n"
)


def _run(args: list[str], env: dict[str, str], log: Path) -> dict[str, float]:
    """One CLI process: its wall time and its own peak resident memory."""
    peak_file = log.with_suffix(".peak")
    started = time.perf_counter()
    with log.open("wb") as output:
        done = subprocess.run(
            [sys.executable, "-c", _WITH_PEAK, str(peak_file), *args, "--lang", "en"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
        )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {log.read_text(encoding='utf-8')}")
    print(log.read_text(encoding="utf-8").strip(), file=sys.stderr)
    peak_kb = int(peak_file.read_text().split()[1])
    return {"wall_s": round(wall, 2), "peak_mb": round(peak_kb / 1024, 1)}


def _rows(path: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT * FROM documents ORDER BY rowid").fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=Path, default=Path("/tmp/dxbench"))
    parser.add_argument("--size", type=int, default=1000)
    args = parser.parse_args(argv)
    corpus = ensure_corpus(args.base, args.size)
    work = args.base / f"backup_{args.size}"
    shutil.rmtree(work, ignore_errors=True)
    (work / "home-a").mkdir(parents=True)
    (work / "home-b").mkdir()
    source = work / "home-a" / "corpus.sqlite3"
    uploads = [(path.name, path.read_bytes()) for path in sorted(corpus.glob("*.txt"))][: args.size]
    with CorpusStore(source, read_only=False) as store:
        result = add_files(store, uploads)
        assert len(result.added) == args.size, result.problems[:3]
        for doc_id in result.added[::10]:
            revise_document(store, doc_id, {"outlet": "Báo Điện tử Chính phủ", "year": "2024"})

    archive = work / "library.zip"
    exported = _run(
        ["export", "-o", str(archive)], _environment(work / "home-a", source), work / "export.log"
    )
    imported = _run(["import", str(archive)], _environment(work / "home-b", None), work / "import.log")
    restored = work / "home-b" / ".local" / "share" / "dxpolicy" / "corpus.sqlite3"
    before, after = _rows(source), _rows(restored)
    figures = {
        "articles": args.size,
        "identical": before == after,
        "records": [len(before), len(after)],
        "store_mb": round(source.stat().st_size / MB, 2),
        "archive_mb": round(archive.stat().st_size / MB, 2),
        "export": exported,
        "import": imported,
    }
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if before == after else 1


if __name__ == "__main__":
    sys.exit(main())
