"""Time and peak extra memory of reading each hostile file (issue 20), and what a normal file costs
read in a warm worker against in-process.

    python benchmarks/hostile.py --rounds 3
    python benchmarks/hostile.py --rounds 1 --before /path/to/old/checkout --timeout 90

Each file is read by ``analysis.read.read_article`` in a fresh measuring process, after a small
page has been read so the parsers are imported (and the reading worker started, where there is
one). Extra memory is the peak resident memory above that warm state: the measuring process's
peak (VmHWM, reset before the read) plus the largest peak of a reading worker (VmHWM while it
lives, ru_maxrss once it has been ended); the two peaks may not coincide, so the sum is an upper
bound. ``--before`` runs the same measurement on another checkout's ``analysis`` package (the old
code reads in-process); a read still running after ``--timeout`` seconds is stopped and its peak
so far reported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_PAGE = (
    "<html><body><article><p>Năm 2024, tỉnh Cà Mau đã hỗ trợ 1.450 hộ kinh doanh.</p></article></body></html>"
)
NORMAL_REPEATS = 20


def _status(pid: int, field: str) -> int:
    """A memory figure of process ``pid`` in bytes (VmRSS, VmHWM), 0 when it has ended."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _reset_peak(pid: int) -> None:
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as clear:
            clear.write("5")  # resets VmHWM to the current resident size
    except OSError:
        pass


def _workers() -> list[int]:
    try:
        from analysis.read.sandbox import reader_pool
    except ImportError:  # the old code has no workers
        return []
    return reader_pool().worker_ids()


def measure_one(path: Path) -> None:
    """In a fresh process: warm up, print the baseline, read ``path``, print the figures (JSON)."""
    import resource

    from analysis.read import ReadError, read_article

    try:
        from analysis.read.sandbox import reader_pool

        reader_pool().warm()
    except ImportError:
        pass
    read_article("warm.html", WARM_PAGE.encode())
    data = path.read_bytes()
    workers = _workers()
    baseline = {pid: _status(pid, "VmRSS") for pid in [os.getpid(), *workers]}
    for pid in baseline:
        _reset_peak(pid)
    print(json.dumps({"baseline": baseline[os.getpid()]}), flush=True)
    started = time.perf_counter()
    try:
        outcome = f"read, {len(read_article(path.name, data).text):,} characters"
    except ReadError as error:
        outcome = error.code
    seconds = time.perf_counter() - started
    own = _status(os.getpid(), "VmHWM") - baseline[os.getpid()]
    worker_peaks = []
    for pid in workers:
        peak = _status(pid, "VmHWM")
        if not peak:  # ended during the read: its peak is the largest of the waited-for children
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        worker_peaks.append(peak - baseline[pid])
    extra = own + max(worker_peaks, default=0)
    print(json.dumps({"seconds": seconds, "extra": extra, "outcome": outcome}), flush=True)


def measure_normal(path: Path) -> None:
    """In a fresh process: the median time of reading a normal file in-process and in a warm worker."""
    from analysis.read.formats import extract_text
    from analysis.read.sandbox import extract_text_boxed, reader_pool

    data, suffix = path.read_bytes(), path.suffix
    reader_pool().warm()
    assert extract_text(data, suffix) == extract_text_boxed(data, suffix)  # warms both
    figures = {}
    for label, read in (("in_process", extract_text), ("worker", extract_text_boxed)):
        times = []
        for _ in range(NORMAL_REPEATS):
            started = time.perf_counter()
            read(data, suffix)
            times.append(time.perf_counter() - started)
        figures[label] = statistics.median(times)
    print(json.dumps(figures), flush=True)


def _run(command: list[str], checkout: Path, timeout: float) -> dict[str, object]:
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    process = subprocess.Popen(command, cwd=checkout, env=environment, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = json.loads(process.stdout.readline() or "{}")
    if "baseline" not in first:
        process.wait()
        return first
    started = time.monotonic()
    line = _readline_until(process, started + timeout)
    if line:
        process.wait()
        return json.loads(line)
    peak = _status(process.pid, "VmHWM")  # its peak so far, before it is stopped
    process.kill()
    process.wait()
    return {
        "seconds": time.monotonic() - started,
        "extra": peak - int(first["baseline"]),
        "outcome": f"still reading after {timeout:g} s (stopped)",
    }


def _readline_until(process: subprocess.Popen[str], deadline: float) -> str:
    import select

    assert process.stdout is not None
    while time.monotonic() < deadline:
        readable, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if readable:
            return process.stdout.readline()
    return ""


def _normal_files(folder: Path) -> list[Path]:
    import docx
    from fpdf import FPDF

    lines = [
        "Cà Mau đưa 1.450 hộ kinh doanh lên sàn thương mại điện tử năm 2024",
        *(
            f"Năm 2024, tỉnh Cà Mau đã hỗ trợ hơn {1_450 + number} hộ kinh doanh mở gian hàng trên "
            "sàn thương mại điện tử, đạt 82,5% kế hoạch; mục tiêu đến năm 2025 là phát triển hạ tầng số."
            for number in range(40)
        ),
    ]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(folder / "normal.docx")
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    (folder / "normal.pdf").write_bytes(bytes(pdf.output()))
    html = "".join(f"<p>{line}</p>" for line in lines[1:])
    (folder / "normal.html").write_text(
        f"<html><head><title>{lines[0]}</title></head><body><article><h1>{lines[0]}</h1>{html}</article></body></html>",
        encoding="utf-8",
    )
    return [folder / "normal.docx", folder / "normal.pdf", folder / "normal.html"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, help="a checkout of the old code to measure the same way")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a read is stopped")
    parser.add_argument("--only", help="measure only the hostile files whose name contains this")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure-normal", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        measure_one(arguments.measure)
        return
    if arguments.measure_normal:
        measure_normal(arguments.measure_normal)
        return

    sys.path.insert(0, str(ROOT))
    from benchmarks.hostile_files import HOSTILE_FILES

    checkout = (arguments.before or ROOT).resolve()
    script = str(Path(__file__).resolve())
    print(
        f"code measured: {checkout} ({'before' if arguments.before else 'after'}); rounds: {arguments.rounds}"
    )
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'file':<32} {'size':>9} {'median s':>9} {'max s':>7} {'peak extra MB':>14}  outcome")
        for name, (suffix, build) in HOSTILE_FILES.items():
            if arguments.only and arguments.only not in name:
                continue
            path = Path(folder) / f"{name}{suffix}"
            path.write_bytes(build())
            results = [
                _run([sys.executable, script, "--measure", str(path)], checkout, arguments.timeout)
                for _ in range(arguments.rounds)
            ]
            seconds = [float(result["seconds"]) for result in results]
            extra = max(int(result["extra"]) for result in results) / 1024 / 1024
            outcomes = sorted({str(result["outcome"]) for result in results})
            print(
                f"{name:<32} {path.stat().st_size / 1024:>7.0f}kB {statistics.median(seconds):>9.2f} "
                f"{max(seconds):>7.2f} {extra:>14.0f}  {' / '.join(outcomes)}",
                flush=True,
            )
        if arguments.before or arguments.only:
            return
        print(f"\nnormal files, median of {NORMAL_REPEATS} reads each, per round")
        print(f"{'file':<32} {'in-process ms':>14} {'warm worker ms':>15}")
        for path in _normal_files(Path(folder)):
            for _ in range(arguments.rounds):
                figures = _run(
                    [sys.executable, script, "--measure-normal", str(path)], checkout, arguments.timeout
                )
                print(
                    f"{path.name:<32} {figures['in_process'] * 1000:>14.1f} {figures['worker'] * 1000:>15.1f}"
                )


if __name__ == "__main__":
    main()
