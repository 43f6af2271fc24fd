"""What every command shares (:mod:`analysis.cli.common`): messages in the ``--lang`` language, one
line per problem naming the file and what to do, and no control character from an article's title
reaching the terminal."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from analysis.present.glosses import shows_vietnamese
from tests.cli import run_cli
from tests.conftest import HOSTILE_TITLE_ESCAPES

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


def test_problem_lines_name_the_file_and_what_to_do_and_the_good_documents_still_report(
    tmp_path: Path, bad_file: Path
) -> None:
    missing = tmp_path / "missing.txt"
    for language, lines in {
        "vi": [
            f"lỗi: {missing}: không có tệp hay thư mục này; hãy kiểm tra lại đường dẫn.",
            f"lỗi: {bad_file}: là tệp nhị phân (PNG), không phải văn bản; hãy chọn đúng tệp bài viết.",
        ],
        "en": [
            f"error: {missing}: no such file or folder; check the path.",
            f"error: {bad_file}: is a binary file (PNG), not text; choose the article file itself.",
        ],
    }.items():
        result = run_cli("report", "--no-cache", "--lang", language, missing, bad_file, tmp=tmp_path)
        assert result.returncode == 0
        assert result.stderr.splitlines() == lines
        assert len(json.loads(result.stdout)["documents"]) == 5  # the seeds are all there


def _terminal_controls(text: str) -> set[str]:
    """The characters in ``text`` a terminal would act on: C0 (but line feed and tab), DEL, C1."""
    return {char for char in text if unicodedata.category(char) == "Cc" and char not in "\n\t"}


def test_a_title_full_of_escape_codes_prints_as_text(hostile_articles_dir: Path, tmp_path: Path) -> None:
    """ESC, OSC (retitle, OSC-8 link), BEL, DEL and a C1 CSI in a title never reach the terminal from
    ``list``, ``add``/``correct``, ``report --format md`` or a problem line; JSON keeps them, escaped."""
    article = tmp_path / "bai.txt"  # not a seed's text, so the store takes it
    article.write_text(
        (hostile_articles_dir / "003_58bd2110ae835d9e.txt").read_text("utf-8") + "\nHết.\n", "utf-8"
    )
    added = run_cli("add", article, "--title", HOSTILE_TITLE_ESCAPES, tmp=tmp_path)
    listed = run_cli("list", tmp=tmp_path)
    as_json = run_cli("list", "--format", "json", tmp=tmp_path)
    corrected = run_cli("correct", "bai", "--outlet", "\x1b[2Jx", tmp=tmp_path)
    removed = run_cli("remove", "\x1b]0;pwned\x07", tmp=tmp_path)
    report = run_cli(
        "report", "--format", "md", "--no-seeds", "--no-store", "--no-cache", hostile_articles_dir,
        tmp=tmp_path,
    )  # fmt: skip
    for run in (added, listed, as_json, corrected, removed, report):
        assert not _terminal_controls(run.stdout + run.stderr), run.args
    assert (added.returncode, listed.returncode, corrected.returncode, report.returncode) == (0, 0, 0, 0)
    assert "Chuyển đổi số ]0;pwned[2J]8;;http://evil.example\\bấm]8;;\\ 31m đỏ" in listed.stdout
    assert removed.returncode == 1 and "]0;pwned" in removed.stderr
    assert "Chuyển đổi số \\]0;pwned" in report.stdout  # Markdown-escaped, as text
    (row,) = json.loads(as_json.stdout)
    assert row["title"] == " ".join(HOSTILE_TITLE_ESCAPES.split())  # the data unchanged, only escaped
    assert "\\u001b]0;pwned\\u0007" in as_json.stdout and "\\u009b31m" in as_json.stdout
