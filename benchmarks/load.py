# Run: python benchmarks/load.py --sessions 50 --articles 1000   (from the repository root)
"""A shared server under load: how long other visitors wait for a rerun while one of them saves.

Starts the real dashboard (``streamlit run dashboard/app.py``, loopback only) on a synthetic corpus
of ``--articles`` articles whose analysis cache was filled beforehand, then holds ``--sessions``
visitors' sessions over Streamlit's own websocket protocol (``tests/e2e/streamlit_ws.py``, no
browser). Each visitor reruns its page (the overview, or one of ``--pages``), waits a think
time (uniform, ``--think`` s on average) and reruns again; the page's own auto-refresh
(``st.fragment(run_every=…)``) is sent as a browser would. Phases, each timed by the other
visitors' reruns that start in it:

  steady          nothing else happens (``--phase-seconds``);
  during save     one more session uploads a new article on the Library page and presses "save":
                  from the click until that session's page is back (it waits for its own result);
  after save      the ``--phase-seconds`` after it;
  after clear     one session sends Streamlit's "clear cache" message, then ``--phase-seconds``.

Prints one line per phase: reruns, median, p90 and max seconds, and the server's CPU seconds
(process and reaped children) in the phase; then one JSON line with everything. ``--code DIR``
runs another checkout's dashboard (e.g. ``git archive main`` unpacked) for a before/after.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for entry in (str(ROOT), str(ROOT / "benchmarks")):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from synthetic import build_article, ensure_corpus, seed_paragraphs  # noqa: E402

from tests.e2e.server import Server, free_port, start_server, stop_server, streamlit_command  # noqa: E402
from tests.e2e.streamlit_ws import SessionError, StreamlitSession  # noqa: E402

PHASES = ("steady", "during save", "after save", "after clear")


@dataclass
class Record:
    phase: str
    seconds: float
    ok: bool


@dataclass
class Clock:
    """The current phase, shared with the visitor threads."""

    phase: str = "warm-up"
    stop: threading.Event = field(default_factory=threading.Event)
    records: list[Record] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, phase: str, seconds: float, ok: bool) -> None:
        with self.lock:
            self.records.append(Record(phase, seconds, ok))


def _cpu_seconds(pid: int) -> float:
    """The server's user + system CPU, its own and its reaped children's (the pool's workers)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(value) for value in fields[11:15]) / ticks


def prime_cache(code: Path, corpus: Path, cache: Path) -> None:
    """Analyse the corpus once into ``cache`` with ``code``'s analysis (its cache keys are its own)."""
    if cache.exists():
        return
    started = time.monotonic()
    script = (
        "import sys; from pathlib import Path; from analysis.pipeline import analyze_corpus; "
        "analyze_corpus([Path(sys.argv[1])], cache_path=Path(sys.argv[2]))"
    )
    partial = cache.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-c", script, str(corpus), str(partial)],
        cwd=code,
        env={**os.environ, "PYTHONPATH": str(code)},
        check=True,
    )
    partial.rename(cache)
    print(f"# primed {cache.name} in {time.monotonic() - started:.0f} s", flush=True)


def start_dashboard(code: Path, run_dir: Path, corpus: Path, cache: Path) -> Server:
    """``code``'s dashboard on the corpus alone, from the primed cache, its store and log in ``run_dir``."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in {"DXPOLICY_CORPUS", "PYTHONPATH"}}
    env.update(
        PYTHONPATH=str(code),
        PYTHONUNBUFFERED="1",
        DXPOLICY_CORPUS=str(corpus),
        DXPOLICY_NO_SEEDS="1",
        DXPOLICY_CACHE=str(cache),
        DXPOLICY_STORE=str(run_dir / "store.sqlite3"),
        DXPOLICY_USER_CORPUS=str(run_dir / "user-articles"),
    )
    command = streamlit_command(port, app=code / "dashboard" / "app.py")
    return start_server(command, port=port, cwd=code, env=env, log=run_dir / "server.log")


def visitor(session: StreamlitSession, clock: Clock, think: float, rng: random.Random) -> None:
    """Rerun, think, rerun…; the page's own auto-refresh is sent whenever it is due meanwhile."""
    time.sleep(rng.uniform(0, think))  # visitors do not click in step
    while not clock.stop.is_set():
        phase = clock.phase
        try:
            run = session.rerun()
            clock.add(phase, run.seconds, True)
        except (SessionError, OSError) as error:
            clock.add(phase, float("nan"), False)
            print(f"# a visitor's rerun failed: {error}", file=sys.stderr, flush=True)
            return
        wake = time.monotonic() + rng.uniform(0.5 * think, 1.5 * think)
        while not clock.stop.is_set() and time.monotonic() < wake:
            due = min(session.auto_reruns.values(), default=None)
            if due is None:
                clock.stop.wait(min(0.2, max(0.0, wake - time.monotonic())))
                continue
            clock.stop.wait(min(due, max(0.0, wake - time.monotonic())))
            if session.auto_reruns and time.monotonic() < wake:
                fragment = next(iter(session.auto_reruns))
                try:
                    session.rerun(fragment=fragment)
                except (SessionError, OSError):
                    return


def summarise(records: list[Record], phase: str) -> dict[str, float]:
    times = sorted(r.seconds for r in records if r.phase == phase and r.ok)
    failed = sum(1 for r in records if r.phase == phase and not r.ok)
    if not times:
        return {"reruns": 0, "failed": failed}
    p90 = times[min(len(times) - 1, round(0.9 * (len(times) - 1)))]
    return {
        "reruns": len(times),
        "failed": failed,
        "median": statistics.median(times),
        "p90": p90,
        "max": times[-1],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--think", type=float, default=10.0, help="mean seconds between a visitor's reruns")
    parser.add_argument("--phase-seconds", type=float, default=30.0)
    parser.add_argument("--base", type=Path, default=Path("/tmp/dxload"), help="corpora and primed caches")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose dashboard is run")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument(
        "--pages",
        default="",
        help="URL paths the visitors are spread over, comma-separated ('' is the overview), "
        "e.g. ',themes,compare,priorities,timeline,figures,explore'; default: all on the overview",
    )
    args = parser.parse_args(argv)

    code = args.code.resolve()
    tag = "this" if code == ROOT else code.name
    args.base.mkdir(parents=True, exist_ok=True)
    corpus = ensure_corpus(args.base, args.articles)
    primed = args.base / f"cache_{args.articles}_{tag}.sqlite3"
    prime_cache(code, corpus, primed)
    run_dir = Path(args.base / f"run_{args.articles}_{tag}_{int(time.time())}")
    run_dir.mkdir()
    cache = run_dir / "analysis.sqlite3"
    shutil.copy(primed, cache)  # every run starts from the same cache; the save adds to a copy

    load_before = os.getloadavg()
    server = start_dashboard(code, run_dir, corpus, cache)
    base = server.base
    sessions: list[StreamlitSession] = []
    try:
        first = StreamlitSession(base)
        sessions.append(first)
        first_run = first.rerun(page="")
        print(f"# server up; first run (corpus from the cache) {first_run.seconds:.2f} s", flush=True)
        pages = args.pages.split(",")
        for number in range(1, args.sessions):
            session = StreamlitSession(base)
            session.rerun(page="")
            page = pages[number % len(pages)]
            if page:
                session.rerun(page=page)  # from the overview, as a visitor picks a page in the sidebar
            sessions.append(session)
        saver = StreamlitSession(base)
        library = saver.rerun(page="library")
        rng = random.Random(args.seed)
        article = build_article(args.articles + 1, seed_paragraphs(), rng) + f"\nLần chạy {run_dir.name}.\n"
        uploaded, uploader = saver.upload(library, [("bai_moi.txt", article.encode())])

        clock = Clock()
        threads = [
            threading.Thread(
                target=visitor, args=(session, clock, args.think, random.Random(args.seed + i)), daemon=True
            )
            for i, session in enumerate(sessions)
        ]
        for thread in threads:
            thread.start()
        time.sleep(args.think)  # every visitor has started its rhythm
        results: dict[str, object] = {}
        cpu: dict[str, float] = {}

        def phase(name: str, seconds: float | None = None, action=None) -> None:
            clock.phase = name
            before = _cpu_seconds(server.process.pid)
            started = time.monotonic()
            if action is not None:
                action()
            if seconds is not None:
                time.sleep(max(0.0, seconds - (time.monotonic() - started)))
            cpu[name] = _cpu_seconds(server.process.pid) - before
            results[f"{name} wall"] = time.monotonic() - started

        phase("steady", args.phase_seconds)
        saved: dict[str, float] = {}

        def save() -> None:
            run = saver.click(uploaded, "Lưu vào kho", widgets=[uploader])
            saved["seconds"] = run.seconds
            saved["ok"] = any("Đã lưu 1 bài" in text for text in run.texts("alert"))

        phase("during save", None, save)
        phase("after save", args.phase_seconds)
        phase("after clear", args.phase_seconds, saver.clear_cache)
        clock.stop.set()
        for thread in threads:
            thread.join(timeout=args.think * 3 + 120)
    finally:
        for session in sessions:
            with contextlib.suppress(Exception):  # closing what is left; the figures are taken
                session.close()
        stop_server(server)

    load_after = os.getloadavg()
    offered = args.sessions / args.think
    print(
        f"# {args.sessions} sessions, {args.articles} articles, think {args.think:.0f} s "
        f"(≈ {offered:.1f} reruns/s offered), pages {pages}, code {code}"
    )
    print(
        f"# save: {saved.get('seconds', float('nan')):.2f} s for the saving session, "
        f"saved={saved.get('ok')}; load average {load_before[0]:.1f} → {load_after[0]:.1f}"
    )
    print(f"{'phase':<13} {'reruns':>6} {'median s':>9} {'p90 s':>7} {'max s':>7} {'server CPU s':>13}")
    table = {}
    for name in PHASES:
        row = summarise(clock.records, name)
        table[name] = {**row, "server_cpu": cpu.get(name, float("nan")), "wall": results.get(f"{name} wall")}
        if row.get("reruns"):
            print(
                f"{name:<13} {row['reruns']:>6} {row['median']:>9.2f} {row['p90']:>7.2f} {row['max']:>7.2f} "
                f"{cpu.get(name, float('nan')):>13.1f}"
            )
        else:
            print(f"{name:<13} {0:>6} {'—':>9} {'—':>7} {'—':>7} {cpu.get(name, float('nan')):>13.1f}")
    print(
        json.dumps(
            {
                "sessions": args.sessions,
                "articles": args.articles,
                "think": args.think,
                "pages": pages,
                "code": str(code),
                "save_seconds": saved.get("seconds"),
                "saved": saved.get("ok"),
                "first_run_seconds": first_run.seconds,
                "load_average": [load_before[0], load_after[0]],
                "phases": table,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
