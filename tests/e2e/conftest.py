"""Fixtures for the real-browser tests: a running dashboard and a headless Debian Chromium.

The dashboard is started once per session on a free port, with its analysis cache in a temporary
folder, and is always terminated at the end. Chromium is Debian's ``/usr/bin/chromium`` (Playwright's
own browsers cannot be downloaded here); when it is missing the tests are skipped, or fail under CI.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.server import ROOT, free_port, serving, streamlit_command

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1600, "height": 1000}
SCREENSHOTS_DIR = ROOT / "tests" / "artifacts" / "screenshots"
_CORPUS_ENV = {"DXPOLICY_CORPUS", "DXPOLICY_NO_SEEDS"}  # only the bundled seeds are shown


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """Debian's Chromium; skipped when missing, except under CI where it must be installed."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    reason = f"{CHROMIUM} not found: install Debian's chromium package to run the browser tests"
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so .ci/run should have installed it)", pytrace=False)
    pytest.skip(reason)


@contextlib.contextmanager
def run_dashboard(
    workdir: Path, *, store: Path | None = None, env_extra: dict[str, str] | None = None
) -> Iterator[str]:
    """Start ``streamlit run dashboard/app.py`` on a free port with its cache, store and folders in
    ``workdir`` (and any ``env_extra``, such as an article folder); yield its base URL; always stop it."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in _CORPUS_ENV}
    env.update(env_extra or {})
    env["DXPOLICY_CACHE"] = str(workdir / "analysis.sqlite3")
    env["DXPOLICY_USER_CORPUS"] = str(workdir / "user-articles")  # the user's added articles stay unread
    env["DXPOLICY_STORE"] = str(store or workdir / "corpus.sqlite3")  # and so does the user's store
    env["PYTHONUNBUFFERED"] = "1"
    with serving(streamlit_command(port), port=port, cwd=ROOT, env=env, log=workdir / "server.log") as server:
        yield server.base


@pytest.fixture(scope="session")
def dashboard_url(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    """The dashboard on the bundled seeds only (empty store)."""
    with run_dashboard(tmp_path_factory.mktemp("dashboard")) as base:
        yield base


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[object]:
    """A headless Chromium driven by Playwright's sync API."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(chromium_path), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser context (no shared session) and page, 1600×1000."""
    context = browser.new_context(viewport=VIEWPORT, locale="vi-VN")
    context.set_default_timeout(30_000)
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS_DIR
