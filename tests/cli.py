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


def home_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a user on another machine: ``home`` as HOME, no store, cache or XDG folder
    configured, so the CLI finds its store where it would by default (platformdirs, under HOME)."""
    kept = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DXPOLICY_", "XDG_")) and key != "HOME"
    }
    return {**kept, "HOME": str(home), "PYTHONIOENCODING": "utf-8", **(extra or {})}


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
    *args: str | Path,
    tmp: Path | None = None,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """``python -m analysis ARGS`` run to the end: exit code, stdout and stderr (never raises on a
    non-zero exit: tests assert on it). Give ``tmp`` for a cache and store under it
    (:func:`cli_env`), or ``home`` for a user's fresh HOME (:func:`home_env`)."""
    if (tmp is None) == (home is None):
        raise TypeError("run_cli needs exactly one of tmp= or home=")
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=ROOT,
        env=cli_env(tmp, env) if tmp is not None else home_env(home, env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
