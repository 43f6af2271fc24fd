"""``report``, ``deck`` and ``brief`` (:mod:`analysis.cli.present`) as a user runs them: UTF-8 JSON or
Markdown out in the chosen language, one scope when asked, the analyst's stored curation, and a
report that still comes when some files or the cache cannot be read."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from analysis.store import CorpusStore
from analysis.types import CorpusAnalysis, Curation
from tests.analysis.conftest import figure_keys
from tests.cli import ROOT, cli_env, run_cli


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


def test_markdown_report_in_english_is_english(tmp_path: Path) -> None:
    result = run_cli("report", "--no-cache", "--no-store", "--format", "md", "--lang", "en", tmp=tmp_path)
    assert result.returncode == 0
    text = result.stdout
    assert "National Digital Transformation Day 2024" in text  # an event name, rendered
    assert "(Vietnamese original)" not in text  # never a mark per item
    assert "gloss yet" not in text
    vietnamese = run_cli("report", "--no-cache", "--no-store", "--format", "md", tmp=tmp_path).stdout
    assert "Ngày Chuyển đổi số" in vietnamese and "National Digital" not in vietnamese


def _with_store(store: Path) -> dict[str, str]:
    """The environment of a command reading the store ``store``, with its cache beside it."""
    return {"DXPOLICY_STORE": str(store), "DXPOLICY_CACHE": str(store.parent / "cache.sqlite3")}


def test_the_markdown_report_uses_the_stored_curation_unless_no_store(
    tmp_path: Path, seed_corpus: CorpusAnalysis
) -> None:
    platforms = figure_keys(seed_corpus, 16.0)[0]
    store = tmp_path / "corpus.sqlite3"
    with CorpusStore(store) as opened:
        opened.save_curation(Curation(pinned=(platforms,), captions=((platforms, "Nền tảng *quốc gia*"),)))
    curated = run_cli("report", "--format", "md", "--lang", "vi", tmp=tmp_path, env=_with_store(store))
    assert curated.returncode == 0, curated.stderr
    assert r"Nền tảng \*quốc gia\*" in curated.stdout  # the analyst's caption, escaped
    plain = run_cli(
        "report", "--format", "md", "--lang", "vi", "--no-store", tmp=tmp_path, env=_with_store(store)
    )
    assert plain.returncode == 0, plain.stderr
    assert r"Nền tảng \*quốc gia\*" not in plain.stdout


def test_the_deck_and_the_handout_use_the_stored_curation(
    tmp_path: Path, seed_corpus: CorpusAnalysis
) -> None:
    from docx import Document as WordDocument
    from pptx import Presentation

    from analysis.present.i18n import translate

    platforms, teams = figure_keys(seed_corpus, 16.0, 80000.0)
    store = tmp_path / "corpus.sqlite3"
    with CorpusStore(store) as opened:
        opened.save_curation(
            Curation(pinned=(platforms,), hidden=(teams,), captions=((platforms, "Nền tảng số <quốc gia>"),))
        )
    deck, handout = tmp_path / "deck.pptx", tmp_path / "brief.docx"
    for command in (("deck", "-o", deck), ("brief", "-o", handout)):
        done = run_cli(*command, "--no-cache", "--lang", "vi", tmp=tmp_path, env=_with_store(store))
        assert done.returncode == 0, done.stderr
    title = translate("figures_title", "vi", value="")
    slide = next(
        text
        for slide in Presentation(str(deck)).slides
        for text in ["\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)]
        if text.startswith(title)
    )
    assert slide.startswith(f"{title}16 nhóm nền tảng số — Nền tảng số <quốc gia>")
    assert "hơn 80.000 tổ" not in slide  # hidden
    word = WordDocument(str(handout))
    text = "\n".join(p.text for p in word.paragraphs)
    text += "\n".join(cell.text for table in word.tables for row in table.rows for cell in row.cells)
    assert "Nền tảng số <quốc gia>" in text


def test_a_report_with_no_article_at_all_says_so(tmp_path: Path) -> None:
    # an empty store and no seeds: no silent exit, one line saying what to give
    result = run_cli("report", "--no-cache", "--no-seeds", tmp=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "lỗi: không có bài viết nào để trình bày; hãy đưa vào tệp hoặc thư mục bài viết."
    ]
