"""Reading a gold file: the gold set itself, measures as a phrase or a list, and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.evaluate.gold import GoldError, GoldFigure, load_gold, load_gold_articles
from analysis.types import FIGURE_KINDS
from tests.analysis.evaluate.conftest import GOLD


def test_gold_set_covers_every_kind_with_thirty_articles(
    gold: tuple[list[GoldFigure], dict[str, list[str]]],
) -> None:
    figures, traps = gold
    assert len(traps) >= 30
    assert sorted(path.stem for path in GOLD.parent.glob("*.txt")) == sorted(traps)
    assert {figure.kind for figure in figures} == set(FIGURE_KINDS)
    assert sum(len(texts) for texts in traps.values()) >= 30


def test_gold_measure_is_a_phrase_or_a_list(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    figures = [
        {"kind": "percent", "value": 25, "unit": "% GRDP", "year": 2030, "measure": "kinh tế số"},
        {
            "kind": "rank",
            "value": 38,
            "unit": "",
            "year": 2024,
            "measure": ["Chỉ số chuyển đổi số (DTI)", "DTI"],
        },
        {"kind": "count", "value": 3, "unit": "tỉnh", "year": 2024},
    ]
    path.write_text(
        json.dumps({"documents": {"a": {"figures": figures}}}, ensure_ascii=False), encoding="utf-8"
    )
    loaded, _ = load_gold(path)
    assert [figure.measure for figure in loaded] == [
        ("kinh tế số",),
        ("Chỉ số chuyển đổi số (DTI)", "DTI"),
        (),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot be read as UTF-8 JSON"),
        ('{"figures": []}', 'expected {"documents"'),
        ('{"documents": {"a": {"figures": [{"value": 1}]}}}', "figure 1 needs kind, value, unit and year"),
        (
            '{"documents": {"a": {"figures": [{"kind": "bogus", "value": 1, "unit": "", "year": 2024}]}}}',
            "use one of count, percent",
        ),
        (
            '{"documents": {"a": {"figures": [{"kind": "count", "value": 1, "unit": "", "year": 1,'
            ' "measure": 5}]}}}',
            "a measure or place, if given, is a phrase or a list of phrases",
        ),
        (
            '{"documents": {"a": {"figures": [{"kind": "count", "value": 1, "unit": "", "year": 1,'
            ' "measure": [" "]}]}}}',
            "a measure or place, if given, is a phrase or a list of phrases",
        ),
    ],
)
def test_bad_gold_files_say_what_to_fix(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.json") as error:
        load_gold(path)
    assert message in str(error.value)


def test_evaluate_command_rejects_a_bad_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "gold.json").write_text("[]", encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "gold.json")]) == 2
    assert "expected" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("article", "message"),
    [
        ({"title": "x", "published": "07/03/2024"}, "published (YYYY-MM-DD or null)"),
        ({"title": "x", "year": "năm ngoái"}, "year (a number or null)"),
        ({"title": "x", "outlet": 5}, "outlet (text, list or null)"),
        ("Tiêu đề", "article needs a title"),
    ],
)
def test_bad_gold_articles_say_what_to_fix(tmp_path: Path, article: object, message: str) -> None:

    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": {"a": {"article": article}}}), encoding="utf-8")
    with pytest.raises(GoldError) as error:
        load_gold_articles(path)
    assert message in str(error.value)
