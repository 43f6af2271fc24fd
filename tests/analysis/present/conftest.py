"""Shared by the deck and handout tests: the external tools (LibreOffice, poppler) their files are
checked with."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


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
