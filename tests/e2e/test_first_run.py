"""A newcomer starts the dashboard: fresh HOME, no terminal input, from a folder that is not the repo.

Streamlit asks for an e-mail address on its first run unless told not to; with no terminal input
that prompt used to block the server. The app's own settings live in dashboard/.streamlit/config.toml
and must apply whichever way it is started.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import ROOT, _free_port, _healthy, _tail

pytestmark = pytest.mark.browser

STARTUP_TIMEOUT_S = 120.0


def _newcomer_env(home: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DXPOLICY_", "STREAMLIT_"))}
    env.pop("DISPLAY", None)  # no desktop: Streamlit must not try to open a browser window
    env.update(
        HOME=str(home),
        PYTHONPATH=str(ROOT),  # this checkout's code, not an installed copy
        PYTHONUNBUFFERED="1",
        DXPOLICY_CACHE=str(cache),
        DXPOLICY_USER_CORPUS=str(home / "articles"),
    )
    return env


def _start(command: list[str], workdir: Path) -> Iterator[tuple[str, Path]]:
    home = workdir / "home"
    home.mkdir()
    out = workdir / "server.out"
    with out.open("wb") as stdout:
        process = subprocess.Popen(
            command,
            cwd=workdir,
            env=_newcomer_env(home, workdir / "cache.sqlite3"),
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=subprocess.STDOUT,
        )
    try:
        yield process, out
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def _wait_for_url(process: subprocess.Popen[bytes], out: Path, port: int) -> str:
    """The URL the terminal announces, once the server answers its health check."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    pattern = re.compile(rf"http://[\w.]+:{port}")
    while time.monotonic() < deadline:
        text = out.read_text(encoding="utf-8", errors="replace")
        assert "Email:" not in text, f"Streamlit asked for an e-mail address:\n{text}"
        found = pattern.search(text)
        if found and _healthy(f"http://127.0.0.1:{port}/_stcore/health"):
            return found.group(0)
        if process.poll() is not None:
            pytest.fail(f"the dashboard exited with code {process.returncode}:\n{_tail(out)}", pytrace=False)
        time.sleep(0.25)
    pytest.fail(f"no announced, healthy URL within {STARTUP_TIMEOUT_S:.0f} s:\n{_tail(out)}", pytrace=False)


def _reaches_the_overview(browser: Any, url: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.locator('[data-testid="stMain"] h1').first.wait_for(timeout=300_000)
    return context, page


def test_python_m_dashboard_starts_without_a_prompt_and_says_where(tmp_path: Path, browser: Any) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "dashboard", "--port", str(port)]  # not headless: as a newcomer
    for process, out in _start(command, tmp_path):
        url = _wait_for_url(process, out, port)
        assert f"dxpolicy: starting the dashboard at http://127.0.0.1:{port}" in out.read_text()
        context, page = _reaches_the_overview(browser, url)
        try:
            assert page.locator('[data-testid="stMain"] h1').first.inner_text().strip() == "Tổng quan"
            # the app's config.toml applied: the toolbar is the viewer's (no "Deploy")
            assert page.get_by_text("Deploy", exact=True).count() == 0
        finally:
            context.close()


def test_streamlit_run_from_another_folder_uses_the_apps_config(tmp_path: Path, browser: Any) -> None:
    port = _free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.port", str(port), "--server.address", "127.0.0.1",
    ]  # fmt: skip
    for process, out in _start(command, tmp_path):
        url = _wait_for_url(process, out, port)
        text = out.read_text()
        assert "gatherUsageStats" not in text, "the app's config (no telemetry) was not read"
        context, page = _reaches_the_overview(browser, url)
        try:
            page.locator('[data-testid="stToolbar"], [data-testid="stHeader"]').first.wait_for()
            assert page.get_by_text("Deploy", exact=True).count() == 0, "the app's toolbarMode was ignored"
        finally:
            context.close()
