"""``evaluate`` (:mod:`analysis.cli.evaluate`): a gold file scored against the articles beside it, and
a gold file that cannot be read refused in one line with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cli import main

ARTICLE = "Chỉ số chuyển đổi số năm 2024\n\nTỉnh xếp thứ 5 cả nước, đạt 0,61 điểm.\n"
GOLD = {"documents": {"a": {"figures": [{"kind": "rank", "value": 5, "unit": "cả nước", "year": 2024}]}}}


def test_the_articles_beside_the_gold_file_are_scored_and_an_unreadable_one_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "anh.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", str(gold), "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert "overall          1      2      0.500   1.000" in out  # the rank found, the score not in the gold
    assert "a: score 0.61 [điểm] 2024" in out
    assert f"error: {tmp_path / 'anh.txt'}: is a binary file (PNG), not text" in err


@pytest.mark.parametrize(("language", "prefix"), [("vi", "lỗi: "), ("en", "error: ")])
@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[]", 'expected {"documents"'),
        ("{", "cannot be read as UTF-8 JSON"),
        (None, "No such file or directory"),
    ],
    ids=["not-a-table", "not-json", "missing"],
)
def test_a_gold_file_that_cannot_be_read_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    says: str,
    language: str,
    prefix: str,
) -> None:
    gold = tmp_path / "gold.json"
    if content is not None:
        gold.write_text(content, encoding="utf-8")
    assert main(["evaluate", str(gold), "--lang", language]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"{prefix}{gold}: ") and says in line


def test_the_gold_file_beside_the_articles_is_skipped_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bai.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ghi_chu.json").write_text("{}", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": {"bai": GOLD["documents"]["a"]}}), encoding="utf-8")
    assert main(["evaluate", str(gold), "--lang", "vi"]) == 0
    _, err = capsys.readouterr()
    # the gold file is what is being scored against, not an article; another stray .json still is named
    assert "gold.json" not in err
    assert "ghi_chu.json" in err
