"""Shared by the deck and handout tests: the command line started as a user starts it, and the
external tools (LibreOffice, poppler) their files are checked with."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def start_cli(*args: str | Path, tmp: Path) -> subprocess.Popen[str]:
    """``python -m analysis ARGS`` in the repository, with its own cache and store under ``tmp``."""
    env = dict(
        os.environ,
        DXPOLICY_CACHE=str(tmp / "unused.sqlite3"),
        DXPOLICY_STORE=str(tmp / "store.sqlite3"),
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def require_tool(name: str) -> str:
    """The path of a Debian tool the test needs: skipped without it, failed in CI (where .ci/run
    installs libreoffice-impress and poppler-utils)."""
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} not found: install Debian's libreoffice-impress and poppler-utils"
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so .ci/run should have installed them)", pytrace=False)
    pytest.skip(reason)
