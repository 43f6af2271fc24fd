"""The one way the browser tests and the benchmarks start a dashboard server: on a free loopback
port, its output in a log file, ready once its health check answers (and, when asked, once its
output announces the URL), always stopped at the end.

No pytest here: ``benchmarks/`` imports it too (with the repository on ``sys.path``); a server that
does not start raises :class:`ServerDidNotStart` with the end of its log.
"""

from __future__ import annotations

import contextlib
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 120.0


class ServerDidNotStart(RuntimeError):
    """The server exited, or did not answer its health check in time; the message ends with its log."""


@dataclass(frozen=True)
class Server:
    """A running dashboard: its process, base URL (``http://127.0.0.1:PORT``) and log file."""

    process: subprocess.Popen[bytes]
    base: str
    log: Path


def free_port() -> int:
    """A TCP port nothing listens on now, on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def is_healthy(base: str) -> bool:
    """Whether Streamlit's health check at ``base`` answers 200."""
    try:
        with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def tail(path: Path, limit: int = 4000) -> str:
    """The end of a log file, for a failure message."""
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return text[-limit:] or "(empty)"


def streamlit_command(port: int, *, app: Path = ROOT / "dashboard" / "app.py") -> list[str]:
    """``streamlit run app.py`` as the tests serve it: headless, loopback only, no file watcher, no
    telemetry, the viewer's toolbar and the light theme (screenshots compare)."""
    return [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
        "--client.showErrorDetails", "none",
        "--client.toolbarMode", "viewer",
        "--theme.base", "light",
    ]  # fmt: skip


def stop_server(server: Server) -> None:
    """Terminate the server, killed if it has not stopped after 15 s."""
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(timeout=15)


def start_server(
    command: Sequence[str],
    *,
    port: int,
    cwd: Path,
    env: Mapping[str, str],
    log: Path,
    timeout: float = STARTUP_TIMEOUT_S,
    announced: str | None = None,
    refused: str | None = None,
) -> Server:
    """Start ``command`` (a server listening on ``port``) and return once its health check answers
    and, with ``announced``, once that pattern appears in its output; with ``refused``, fail at once
    when that pattern appears (a prompt that would block it). Its stdin is closed, as in a service."""
    with log.open("wb") as output:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    server = Server(process, f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + timeout
    while True:
        text = log.read_text(encoding="utf-8", errors="replace")
        problem = ""
        if refused and re.search(refused, text):
            problem = f"the server printed {refused!r}"
        elif (not announced or re.search(announced, text)) and is_healthy(server.base):
            return server
        elif process.poll() is not None:
            problem = f"the server exited with code {process.returncode} before it was ready"
        elif time.monotonic() > deadline:
            problem = f"the server was not ready at {server.base} within {timeout:.0f} s"
        if problem:
            stop_server(server)
            raise ServerDidNotStart(f"{problem}; its output ends:\n{tail(log)}")
        time.sleep(0.25)  # the health check is polled, not waited for a fixed time


@contextlib.contextmanager
def serving(command: Sequence[str], **options: object) -> Iterator[Server]:
    """:func:`start_server`, yielding the server and always stopping it."""
    server = start_server(command, **options)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        stop_server(server)
