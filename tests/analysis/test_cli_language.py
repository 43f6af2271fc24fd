"""Every command follows ``--lang``: its messages, and the Markdown report, in the chosen language."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.present.glosses import shows_vietnamese
from tests.cli import run_cli

PREFIX = {"vi": "lỗi: ", "en": "error: "}


def _commands(tmp: Path) -> dict[str, list[str | Path]]:
    """One call of each command that has something to say on stderr."""
    (tmp / "a.txt").write_text("Năm 2024, chuyển đổi số.", encoding="utf-8")
    (tmp / "b.txt").write_text("Năm 2023, kinh tế số.", encoding="utf-8")
    return {
        "deck": ["deck", "--no-cache", "--years", "1999", "-o", tmp / "d.pptx"],
        "brief": ["brief", "--no-cache", "-o", tmp / "brief.odt"],
        "add": ["add", tmp / "a.txt", tmp / "b.txt", "--title", "Một tiêu đề"],
        "correct": ["correct", "000_nothing"],
        "remove": ["remove", "000_nothing"],
        "export": ["export", "-o", tmp / "a.txt" / "x.zip"],
        "import": ["import", tmp / "missing.zip"],
        "evaluate": ["evaluate", tmp / "missing.json"],
    }


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize(
    "command", ["deck", "brief", "add", "correct", "remove", "export", "import", "evaluate"]
)
def test_every_command_speaks_the_chosen_language(tmp_path: Path, command: str, language: str) -> None:
    result = run_cli(*_commands(tmp_path)[command], "--lang", language, tmp=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert lines, result
    for line in lines:
        assert line.startswith(PREFIX[language]), line
        message = line.removeprefix(PREFIX[language])
        for path in (str(tmp_path), "000_nothing"):
            message = message.replace(path, "")
        if language == "en":  # the message, file names aside, has no Vietnamese word
            assert not shows_vietnamese(message), line


def test_list_follows_the_language(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Năm 2024, chuyển đổi số quốc gia.", encoding="utf-8")
    assert run_cli("add", tmp_path / "a.txt", tmp=tmp_path).returncode == 0
    for language in ("vi", "en"):
        result = run_cli("list", "--lang", language, tmp=tmp_path)
        assert result.returncode == 0 and result.stdout.count("\t") == 3


def test_markdown_report_in_english_is_english(tmp_path: Path) -> None:
    result = run_cli("report", "--no-cache", "--no-store", "--format", "md", "--lang", "en", tmp=tmp_path)
    assert result.returncode == 0
    text = result.stdout
    assert "National Digital Transformation Day 2024" in text  # an event name, rendered
    assert "(Vietnamese original)" not in text  # never a mark per item
    assert "gloss yet" not in text
    vietnamese = run_cli("report", "--no-cache", "--no-store", "--format", "md", tmp=tmp_path).stdout
    assert "Ngày Chuyển đổi số" in vietnamese and "National Digital" not in vietnamese
