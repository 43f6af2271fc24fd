# Run: python benchmarks/browser.py CORPUS --cache FILE [--shots DIR] [--progress-shot]
"""Time from starting the dashboard to the overview showing data in a real headless Chromium.

Starts ``python -m dashboard --headless --no-seeds CORPUS`` on a free port with the given analysis
cache, opens it in Debian's Chromium (Playwright) and waits for the first key-figure card; prints
one JSON line: seconds from process start to the server answering and to data on screen. With
``--progress-shot`` (meant for a cold cache) it screenshots the sidebar's progress bar first;
with ``--shots`` it also screenshots the overview and the compare page.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.e2e.server import free_port, serving  # noqa: E402
from tests.e2e.waits import wait_until_idle  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--progress-shot", action="store_true")
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args()
    port = free_port()
    env = {
        **os.environ,
        "DXPOLICY_CACHE": str(args.cache),
        "DXPOLICY_USER_CORPUS": tempfile.mkdtemp(prefix="dxpolicy-user-"),
    }
    env.pop("DXPOLICY_CORPUS", None)
    command = [
        sys.executable,
        "-m",
        "dashboard",
        "--headless",
        "--no-seeds",
        "--port",
        str(port),
        str(args.corpus),
    ]
    started = time.monotonic()
    log = Path(tempfile.mkdtemp(prefix="dxpolicy-server-")) / "server.log"
    with serving(command, port=port, cwd=ROOT, env=env, log=log, timeout=args.timeout) as server:
        url = server.base
        serving_s = time.monotonic() - started
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(url)
            if args.progress_shot and args.shots:
                # once a few articles have set the pace, the bar says how long is left
                page.get_by_text("còn khoảng").first.wait_for(timeout=600_000)
                page.screenshot(path=str(args.shots / "progress.png"))
            page.locator('[data-testid="stMetric"]').first.wait_for(timeout=args.timeout * 1000)
            with_data = time.monotonic() - started
            if args.shots:
                args.shots.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.shots / "overview.png"))
                page.goto(f"{url}/compare")
                page.locator('[data-testid="stExpander"]').first.wait_for(timeout=120_000)
                page.get_by_text("Xem thêm").first.wait_for(timeout=120_000)
                wait_until_idle(page, 120_000)  # the last elements settle
                page.screenshot(path=str(args.shots / "compare.png"))
                page.get_by_text("Xem thêm").first.scroll_into_view_if_needed()
                wait_until_idle(page, 120_000)
                page.screenshot(path=str(args.shots / "compare_more.png"))
            browser.close()
        print(json.dumps({"server_answers_s": serving_s, "page_with_data_s": with_data}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
