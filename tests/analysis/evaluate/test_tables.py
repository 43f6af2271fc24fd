"""The scores as text, printed by the evaluate command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.__main__ import main


def test_evaluate_command_prints_the_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Chỉ số chuyển đổi số năm 2024\n\nTỉnh xếp thứ 5 cả nước, đạt 0,61 điểm.\n", encoding="utf-8"
    )
    gold = {
        "documents": {
            "a": {
                "figures": [
                    {"kind": "rank", "value": 5, "unit": "cả nước", "year": 2024},
                    {"kind": "score", "value": 0.61, "unit": "điểm", "year": 2024},
                    {"kind": "percent", "value": 9, "unit": "%", "year": 2024},
                ]
            }
        }
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "gold.json")]) == 0
    out = capsys.readouterr().out
    assert "rank" in out and "score" in out
    assert "overall          3      2      1.000   0.667" in out
    assert "a: percent 9 [%] 2024" in out
