"""``python -m analysis report`` as a user runs it: UTF-8 JSON or Markdown out, one line per problem."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.cli import ROOT, cli_env, run_cli
from tests.conftest import HOSTILE_TITLE_ESCAPES


@pytest.fixture(scope="module")
def json_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    tmp_path = tmp_path_factory.mktemp("cli-json")
    return run_cli("report", "--no-cache", "--format", "json", tmp=tmp_path)


def test_json_report_is_utf8_not_ascii_escaped(json_run: subprocess.CompletedProcess[str]) -> None:
    assert json_run.returncode == 0, json_run.stderr
    assert json_run.stderr == ""
    assert "Tổ công nghệ số cộng đồng" in json_run.stdout
    assert "\\u" not in json_run.stdout


def test_json_report_schema(json_run: subprocess.CompletedProcess[str]) -> None:
    report = json.loads(json_run.stdout)
    assert report["schema_version"] == 1
    assert {"documents", "years", "priorities", "comparison", "figures", "timeline"} <= set(report)
    assert [row["id"] for row in report["documents"]] == [
        "000_bad03276209439be",
        "001_d02360e2110805a5",
        "002_cc862bba0fbd9ef4",
        "003_58bd2110ae835d9e",
        "004_ceed97d4935bf166",
    ]
    assert report["years"]["2022"]["official_theme"].startswith(
        "Chuyển đổi số giải quyết các vấn đề của xã hội"
    )
    assert {(f["value"], f["unit"]) for f in report["figures"]} >= {(80000, "tổ"), (380000, "thành viên")}


def test_markdown_report_with_a_cache_file(tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite3"
    result = run_cli("report", "--format", "md", "--cache", cache, ROOT / "seeds", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("# Chuyển đổi số quốc gia")
    assert "## Tóm tắt" in result.stdout  # the briefing: a summary of findings first
    assert "| hơn 80.000 tổ | Tổ công nghệ số cộng đồng | 2023 |" in result.stdout
    assert cache.is_file()
    assert not Path(cli_env(tmp_path)["DXPOLICY_CACHE"]).exists()  # the default cache is left alone


def test_fixture_articles_through_the_cli(tmp_path: Path) -> None:
    result = run_cli(
        "report",
        "--no-cache",
        "--no-seeds",
        ROOT / "tests" / "fixtures" / "articles" / "nfd_2023.txt",
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [row["id"] for row in report["documents"]] == ["nfd_2023"]
    assert "3.200 Tổ công nghệ số cộng đồng" in {f["text"] for f in report["figures"]}
    scopes = {f["text"]: f["scope"] for f in report["figures"]}
    assert scopes["3.200 Tổ công nghệ số cộng đồng"] == {"level": "province", "name": "Bình Dương"}


def test_report_keeps_one_scope_when_asked(tmp_path: Path) -> None:
    province = ROOT / "tests" / "fixtures" / "articles" / "nfd_2023.txt"
    result = run_cli("report", "--no-cache", "--no-seeds", "--scope", "national", province, tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [row["id"] for row in report["documents"]] == ["nfd_2023"]  # the article stays listed
    assert report["figures"] == [] and report["timeline"] == []  # its facts are Bình Dương's
    wrong = run_cli("report", "--no-cache", "--scope", "regional", tmp=tmp_path)
    assert wrong.returncode == 2 and "regional" in wrong.stderr


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "anh.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return path


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


@pytest.mark.parametrize(
    ("case", "lines"),
    [("missing path", 1), ("binary file", 1), ("missing path and binary file", 2), ("empty folder", 1)],
)
def test_nothing_readable_exits_1_with_one_line_per_problem(
    tmp_path: Path, bad_file: Path, case: str, lines: int
) -> None:
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty"
    empty.mkdir()
    paths: dict[str, list[str | Path]] = {
        "missing path": [missing],
        "binary file": [bad_file],
        "missing path and binary file": [missing, bad_file],
        "empty folder": [empty],
    }
    result = run_cli("report", "--no-cache", "--no-seeds", *paths[case], tmp=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    stderr_lines = result.stderr.splitlines()
    assert len(stderr_lines) == lines, result.stderr
    assert all(line.startswith("lỗi: ") for line in stderr_lines)


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


def test_corrupt_cache_is_a_warning_and_the_report_still_comes(tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite3"
    cache.write_bytes(b"garbage" * 200)
    result = run_cli(
        "report",
        "--cache",
        cache,
        "--no-seeds",
        "--lang",
        "en",
        ROOT / "seeds" / "003_58bd2110ae835d9e.txt",
        tmp=tmp_path,
    )
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"warning: {cache}: cannot be used as the analysis cache")
    assert "Tổ công nghệ số cộng đồng" in result.stdout
    assert json.loads(result.stdout)["documents"][0]["id"] == "003_58bd2110ae835d9e"
    assert cache.read_bytes() == b"garbage" * 200


def test_corrupt_cache_does_not_hide_input_errors(tmp_path: Path, bad_file: Path) -> None:
    cache = tmp_path / "c.sqlite3"
    cache.write_bytes(b"garbage" * 200)
    result = run_cli("report", "--cache", cache, "--no-seeds", bad_file, tmp=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert [line.split(":", 1)[0] for line in result.stderr.splitlines()] == ["lỗi", "cảnh báo"]


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
