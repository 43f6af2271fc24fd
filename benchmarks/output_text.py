# Run: python benchmarks/output_text.py --figures 20000 --repeats 5   (from the repository root)
"""What keeping output text costs: the Markdown report with every URL, domain and address written
as a code span (against the backslash escaping it replaced), and the command line's filters for
the terminal (control characters stripped, JSON's C1 controls escaped).

The report is the seeds' JSON report with its figure list repeated to ``--figures`` rows, every
other sentence carrying a URL, a domain, an e-mail address and a terminal escape code, so the
link-finding pattern has work on every line; the Markdown brief is the seeds' brief with a table of
those sentences appended. Prints one line per measurement: the median of the
repeats in milliseconds (after one untimed run), min-max beside it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import analysis.present.markdown as markdown_module  # noqa: E402
from analysis.pipeline import BUNDLED_SEEDS, analyze_corpus  # noqa: E402
from analysis.present.brief import Brief, TableBlock, build_brief  # noqa: E402
from analysis.present.markdown import render_markdown  # noqa: E402
from analysis.present.report import build_report  # noqa: E402
from analysis.present.story import Table, build_story  # noqa: E402
from analysis.text import escape_json_controls, strip_controls  # noqa: E402

_OLD_INLINE = str.maketrans({char: f"\\{char}" for char in "\\`*_[]<>!|~$&"})
HOSTILE = "Xem http://evil.example/a?b=c, chinhphu.vn và thu@mic.gov.vn \x1b]0;x\x07 ngay."


def escape_inline_before(value: object) -> str:
    """``escape_inline`` as it was before code spans: backslashes only (links stayed linkable)."""
    text = " ".join(str(value).split()).translate(_OLD_INLINE)
    return text.replace("://", "\\://").replace("www.", "www\\.")


def _report(figures: int) -> dict[str, Any]:
    report = build_report(analyze_corpus([BUNDLED_SEEDS], cache_path=None))
    rows = report["figures"]
    report["figures"] = [
        dict(rows[i % len(rows)], sentence=(HOSTILE if i % 2 else "") + rows[i % len(rows)]["sentence"])
        for i in range(figures)
    ]
    return report


def _brief(report: dict[str, Any]) -> Brief:
    brief = build_brief(build_story(analyze_corpus([BUNDLED_SEEDS], cache_path=None), paged=False))
    rows = tuple((str(row["value"]), row["sentence"]) for row in report["figures"])
    return dataclasses.replace(brief, blocks=(*brief.blocks, TableBlock(Table(("Số liệu", "Câu"), rows))))


def _time(work: Callable[[], object], repeats: int) -> str:
    work()  # once untimed: the caches both variants share (labels, units) are filled first
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) * 1000)
    return f"{statistics.median(runs):8.1f} ms  ({min(runs):.1f}–{max(runs):.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    report = _report(args.figures)
    brief = _brief(report)
    markdown = render_markdown(brief)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(f"{args.figures} figures; Markdown {len(markdown) / 1e6:.1f} MB, JSON {len(text) / 1e6:.1f} MB")
    print(f"render_markdown, code spans (now)     {_time(lambda: render_markdown(brief), args.repeats)}")
    current = markdown_module.escape_inline
    try:  # render_markdown imported the function by name: swap it in the module that calls it
        markdown_module.escape_inline = escape_inline_before
        print(f"render_markdown, backslashes (before) {_time(lambda: render_markdown(brief), args.repeats)}")
    finally:
        markdown_module.escape_inline = current
    print(f"strip_controls on the Markdown        {_time(lambda: strip_controls(markdown), args.repeats)}")
    print(f"escape_json_controls on the JSON      {_time(lambda: escape_json_controls(text), args.repeats)}")


if __name__ == "__main__":
    main()
