"""Shared by the command line's tests: a file no command can read."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    """``anh.txt``: a PNG's first bytes under a text file's name."""
    path = tmp_path / "anh.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return path
