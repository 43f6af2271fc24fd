"""A newcomer starts the dashboard: fresh HOME, no terminal input, from a folder that is not the repo.

Streamlit asks for an e-mail address on its first run unless told not to; with no terminal input
that prompt used to block the server. The app's own settings live in dashboard/.streamlit/config.toml
and must apply whichever way it is started.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.server import ROOT, Server, free_port, serving

pytestmark = pytest.mark.browser


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


@contextlib.contextmanager
def _newcomer_server(command: list[str], workdir: Path, port: int) -> Iterator[Server]:
    """The server started as a newcomer starts it, from ``workdir``, ready once it answers and its
    terminal has announced the URL; an e-mail prompt (which blocked the server once) fails at once."""
    home = workdir / "home"
    home.mkdir()
    env = _newcomer_env(home, workdir / "cache.sqlite3")
    with serving(
        command,
        port=port,
        cwd=workdir,
        env=env,
        log=workdir / "server.log",
        announced=_url(port),
        refused="Email:",
    ) as server:
        yield server


def _url(port: int) -> str:
    return rf"http://[\w.]+:{port}"


def _announced_url(server: Server, port: int) -> str:
    return re.search(_url(port), server.log.read_text()).group(0)


def _reaches_the_overview(browser: Any, url: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.locator('[data-testid="stMain"] h1').first.wait_for(timeout=300_000)
    return context, page


def test_python_m_dashboard_starts_without_a_prompt_and_says_where(tmp_path: Path, browser: Any) -> None:
    port = free_port()
    command = [sys.executable, "-m", "dashboard", "--port", str(port)]  # not headless: as a newcomer
    with _newcomer_server(command, tmp_path, port) as server:
        url = _announced_url(server, port)
        assert f"dxpolicy: starting the dashboard at http://127.0.0.1:{port}" in server.log.read_text()
        context, page = _reaches_the_overview(browser, url)
        try:
            assert page.locator('[data-testid="stMain"] h1').first.inner_text().strip() == "Tổng quan"
            # the app's config.toml applied: the toolbar is the viewer's (no "Deploy")
            assert page.get_by_text("Deploy", exact=True).count() == 0
        finally:
            context.close()


def test_streamlit_run_from_another_folder_uses_the_apps_config(tmp_path: Path, browser: Any) -> None:
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.port", str(port), "--server.address", "127.0.0.1",
    ]  # fmt: skip
    with _newcomer_server(command, tmp_path, port) as server:
        url = _announced_url(server, port)
        text = server.log.read_text()
        assert "gatherUsageStats" not in text, "the app's config (no telemetry) was not read"
        context, page = _reaches_the_overview(browser, url)
        try:
            page.locator('[data-testid="stToolbar"], [data-testid="stHeader"]').first.wait_for()
            assert page.get_by_text("Deploy", exact=True).count() == 0, "the app's toolbarMode was ignored"
        finally:
            context.close()
