"""Folders are read with their subfolders everywhere a folder is accepted; each skipped file is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.documents import load_corpus
from analysis.library import corpus_fingerprint
from analysis.pipeline import analyze_corpus
from analysis.present.problems import describe_problem


def _article(year: int) -> str:
    return (
        f"Tỉnh tổng kết chuyển đổi số năm {year}\nNăm {year}, tỉnh đưa {year - 1900} dịch vụ công lên mạng."
    )


@pytest.fixture
def yearly(tmp_path: Path) -> Path:
    """A folder as analysts keep one: per-year subfolders, a nested one, and things that are not articles."""
    root = tmp_path / "bai-viet"
    for year, folder in ((2023, "2023"), (2024, "2024"), (2025, "2025/quy-1")):
        (root / folder).mkdir(parents=True)
        (root / folder / f"tin-{year}.txt").write_text(_article(year), encoding="utf-8")
    (root / "tong-hop.md").write_text(_article(2022), encoding="utf-8")
    (root / "2024" / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / ".git").mkdir()
    (root / ".git" / "tin-an.txt").write_text(_article(2020), encoding="utf-8")
    (root / "2023" / "metadata.json").write_text('{"tin-2023": {"outlet": "Báo Tỉnh"}}', encoding="utf-8")
    return root


def test_subfolders_are_read_and_each_skipped_file_is_named(yearly: Path) -> None:
    documents, problems = load_corpus([yearly])
    assert sorted((document.id, document.year) for document in documents) == [
        ("tin-2023", 2023),
        ("tin-2024", 2024),
        ("tin-2025", 2025),
        ("tong-hop", 2022),
    ]
    # A subfolder's own metadata.json still corrects its articles, and is not "skipped".
    assert {document.id: document.outlet for document in documents}["tin-2023"] == "Báo Tỉnh"
    skipped = sorted(
        (Path(problem.path).relative_to(yearly).as_posix(), problem.code) for problem in problems
    )
    assert skipped == [
        (".DS_Store", "skipped_hidden"),
        (".git", "skipped_hidden"),
        ("2024/anh.png", "skipped_unsupported"),
    ]
    for problem in problems:
        assert problem.path in problem.message and problem.path in describe_problem(problem, language="en")
    assert "skipped" in describe_problem(problems[0], language="en") and "bỏ qua" in problems[0].message


def test_a_folder_read_flat_leaves_its_subfolders_out(yearly: Path) -> None:
    documents, _ = load_corpus([yearly], recursive=False)
    assert [document.id for document in documents] == ["tong-hop"]


def test_a_new_article_in_a_subfolder_changes_the_fingerprint(yearly: Path) -> None:
    before = corpus_fingerprint([yearly])
    (yearly / "2025" / "quy-1" / "tin-moi.txt").write_text(_article(2025) + " Mới.", encoding="utf-8")
    assert corpus_fingerprint([yearly]) != before


def test_the_cli_and_the_corpus_folder_read_subfolders(
    yearly: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "kho.sqlite3"
    assert main(["add", str(yearly), "--store", str(store), "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert sorted(line for line in out.splitlines() if not line.startswith("…")) == [
        "tin-2023",
        "tin-2024",
        "tin-2025",
        "tong-hop",
    ]
    assert "anh.png: .png is not a supported article format, skipped" in err
    corpus = analyze_corpus([yearly], cache_path=None)
    assert sorted(analysis.document.year for analysis in corpus.documents) == [2022, 2023, 2024, 2025]


def test_a_link_back_up_does_not_loop(yearly: Path) -> None:
    (yearly / "2024" / "len").symlink_to(yearly, target_is_directory=True)
    documents, _ = load_corpus([yearly])
    assert len(documents) == 4
