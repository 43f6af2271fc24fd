"""The command line started as a user starts it (``python -m analysis …`` from the repository), with
its own cache and store so that no test reads or writes the user's: the one way tests start the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cli_env(tmp: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment with the cache and the store under ``tmp`` (the cache is named
    so that a test finding it there knows something wrote where nothing should) and UTF-8 output."""
    return {
        **os.environ,
        "DXPOLICY_CACHE": str(tmp / "unused-cache.sqlite3"),
        "DXPOLICY_STORE": str(tmp / "store.sqlite3"),
        "PYTHONIOENCODING": "utf-8",
        **(extra or {}),
    }


def start_cli(*args: str | Path, tmp: Path, env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
    """``python -m analysis ARGS`` started and left running (read it with ``communicate()``), so that
    several slow commands can run side by side; ``env`` adds to :func:`cli_env`."""
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=ROOT,
        env=cli_env(tmp, env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def run_cli(
    *args: str | Path, tmp: Path, env: Mapping[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``python -m analysis ARGS`` run to the end: exit code, stdout and stderr (never raises on a
    non-zero exit: tests assert on it)."""
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=ROOT,
        env=cli_env(tmp, env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
