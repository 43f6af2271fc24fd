"""Fixtures for the real-browser tests: a running dashboard and a headless Debian Chromium.

The dashboard is started once per session on a free port, with its analysis cache in a temporary
folder, and is always terminated at the end. Chromium is Debian's ``/usr/bin/chromium`` (Playwright's
own browsers cannot be downloaded here); when it is missing the tests are skipped, or fail under CI.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
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
STARTUP_TIMEOUT_S = 90.0
_CORPUS_ENV = {"DXPOLICY_CORPUS", "DXPOLICY_NO_SEEDS"}  # only the bundled seeds are shown


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _tail(path: Path, limit: int = 4000) -> str:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return text[-limit:] or "(empty)"


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
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if key not in _CORPUS_ENV}
    env.update(env_extra or {})
    env["DXPOLICY_CACHE"] = str(workdir / "analysis.sqlite3")
    env["DXPOLICY_USER_CORPUS"] = str(workdir / "user-articles")  # the user's added articles stay unread
    env["DXPOLICY_STORE"] = str(store or workdir / "corpus.sqlite3")  # and so does the user's store
    env["PYTHONUNBUFFERED"] = "1"
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
        "--client.showErrorDetails", "none",
        "--client.toolbarMode", "viewer",
        "--theme.base", "light",
    ]  # fmt: skip
    stdout_path, stderr_path = workdir / "server.out", workdir / "server.err"
    with stdout_path.open("wb") as stdout, stderr_path.open("wb") as stderr:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=stdout, stderr=stderr)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not _healthy(f"{base}/_stcore/health"):
            if process.poll() is not None:
                pytest.fail(
                    f"the dashboard exited with code {process.returncode} before it was healthy;\n"
                    f"stderr:\n{_tail(stderr_path)}\nstdout:\n{_tail(stdout_path)}",
                    pytrace=False,
                )
            if time.monotonic() > deadline:
                pytest.fail(
                    f"the dashboard did not answer {base}/_stcore/health within {STARTUP_TIMEOUT_S:.0f} s;\n"
                    f"stderr:\n{_tail(stderr_path)}\nstdout:\n{_tail(stdout_path)}",
                    pytrace=False,
                )
            time.sleep(0.25)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


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
