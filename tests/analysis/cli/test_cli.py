"""The command line's own module (:mod:`analysis.cli`, run as ``python -m analysis``): its parser,
whose usage errors are one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli import run_cli


@pytest.mark.parametrize("case", ["unknown option", "invalid format", "no command", "unknown command"])
def test_usage_errors_give_one_error_line(tmp_path: Path, case: str) -> None:
    args: dict[str, list[str | Path]] = {
        "unknown option": ["report", "--no-cache", "--bogus"],
        "invalid format": ["report", "--no-cache", "--format", "xml"],
        "no command": [],
        "unknown command": ["frobnicate"],
    }
    result = run_cli(*args[case], tmp=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ")
