"""The command line's own module (:mod:`analysis.cli`, run as ``python -m analysis``): its parser,
whose usage errors are one line, and :func:`~analysis.cli.main`, which turns a store that cannot be
opened into one problem line and exit code 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.cli import main
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


@pytest.mark.parametrize(("language", "prefix"), [("vi", "lỗi: "), ("en", "error: ")])
def test_a_store_that_cannot_be_opened_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, prefix: str
) -> None:
    store = tmp_path / "corpus.sqlite3"
    store.write_bytes(b"not a database" * 100)
    assert main(["list", "--store", str(store), "--lang", language]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith(prefix) and str(store) in line
    assert store.read_bytes() == b"not a database" * 100  # left as it was


def test_main_runs_the_command_it_is_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "ca-mau.txt"
    article.write_text("Cà Mau số hóa bến cảng năm 2025\nNăm 2025, Cà Mau số hóa 12 bến cảng cá.\n", "utf-8")
    store = str(tmp_path / "corpus.sqlite3")
    assert main(["add", str(article), "--store", store]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "ca-mau"
    assert main(["list", "--store", store, "--format", "json"]) == 0
    assert '"id": "ca-mau"' in capsys.readouterr().out
