"""The report: JSON-ready data (schema_version 1); the Markdown brief: present/test_markdown.py."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from analysis.present.report import SCHEMA_VERSION, build_report
from analysis.types import CorpusAnalysis


@pytest.fixture(scope="module")
def report(seed_corpus: CorpusAnalysis) -> dict[str, Any]:
    return build_report(seed_corpus)


def test_report_schema(report: dict[str, Any]) -> None:
    assert SCHEMA_VERSION == 1
    assert report["schema_version"] == 1
    assert set(report) == {
        "schema_version",
        "documents",
        "years",
        "priorities",
        "comparison",
        "changes",
        "concepts",
        "figures",
        "timeline",
        "instruments",
        "problems",
    }
    assert report["problems"] == []


def test_report_is_plain_json(report: dict[str, Any]) -> None:
    text = json.dumps(report, ensure_ascii=False)
    assert json.loads(text) == report
    assert "Tổ công nghệ số cộng đồng" in text


def test_report_documents(report: dict[str, Any]) -> None:
    rows = {row["id"]: row for row in report["documents"]}
    assert rows["002_cc862bba0fbd9ef4"]["published"] == "2024-04-25T07:33:00"
    assert rows["003_58bd2110ae835d9e"]["outlet"] == "vietnamnet.vn"
    assert rows["000_bad03276209439be"]["published"] is None
    assert [row["year"] for row in report["documents"]] == [2023, 2024, 2024, 2024, 2022]
    assert all(row["words"] > 250 and row["path"].endswith(".txt") for row in report["documents"])


def test_report_years_and_themes(report: dict[str, Any]) -> None:
    assert list(report["years"]) == ["2022", "2023", "2024"]
    assert (
        report["years"]["2023"]["official_theme"] == "Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới"
    )
    assert report["years"]["2024"]["top_terms"][0]["term"] == "kinh tế số"
    assert set(report["years"]["2024"]["top_terms"][0]) == {"term", "score", "count", "per_10k"}


def test_report_figures_are_whole_numbers_when_whole(report: dict[str, Any]) -> None:
    teams = next(figure for figure in report["figures"] if figure["unit"] == "tổ")
    assert teams == {
        "value": 80000,
        "unit": "tổ",
        "subject": "Tổ công nghệ số cộng đồng",
        "text": "hơn 80.000 tổ",
        "qualifier": "hơn",
        "year": 2023,
        "doc": "003_58bd2110ae835d9e",
        "sentence": teams["sentence"],
        "kind": "count",
        "value_high": None,
        "out_of": None,
        "measure": "tổ công nghệ số cộng đồng",
        "place": None,
        "is_target": False,
        "sentence_index": teams["sentence_index"],
        "start": teams["start"],
        "end": teams["end"],
        "scope": {"level": "national", "name": ""},
    }
    assert isinstance(teams["value"], int)
    assert teams["sentence"][teams["start"] : teams["end"]] == "hơn 80.000 tổ"


def _readme_keys(section: str) -> set[str]:
    """The keys README's JSON schema table lists for one top-level key: ``[{id, title, …}]``."""
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith(f"| `{section}` |"))
    listed = re.search(r"`\[\{([^}]*)\}\]`", row)
    assert listed, row
    return {key.strip() for key in listed.group(1).split(",")}


@pytest.mark.parametrize("section", ["documents", "figures", "instruments"])
def test_readme_schema_lists_every_key_the_report_has(report: dict[str, Any], section: str) -> None:
    keys = set().union(*(row.keys() for row in report[section]))
    assert _readme_keys(section) == keys


def test_report_figure_carries_where_it_is_measured_and_what(report: dict[str, Any]) -> None:
    for figure in report["figures"]:
        assert {"place", "kind", "measure", "is_target", "value_high", "out_of"} <= set(figure)


def test_report_changes_and_comparison(report: dict[str, Any]) -> None:
    change = next(change for change in report["changes"] if (change["from"], change["to"]) == (2023, 2024))
    assert "digital_governance" in change["new"]
    assert "online_public_services" in change["dropped"]
    data = next(row for row in report["comparison"] if row["concept"] == "digital_data")
    assert data == {
        "concept": "digital_data",
        "label_vi": "Dữ liệu số",
        "label_en": "Digital data",
        "years": [2023, 2024],
    }
    assert {concept["id"] for concept in report["concepts"]} >= {"digital_data", "digital_governance"}


def test_report_timeline(report: dict[str, Any]) -> None:
    dates = [event["date"] for event in report["timeline"]]
    assert {"2022-10-10", "2023-12-28", "2024-04-24"} <= set(dates)
    assert dates == sorted(dates)
    assert set(report["timeline"][0]) == {"date", "title", "kind", "date_source", "doc", "sentence", "scope"}


def test_report_instruments_keep_their_sentence(report: dict[str, Any]) -> None:
    rows = report["instruments"]
    assert {row["key"] for row in rows} == {"749/QĐ-TTg", "06/QĐ-TTg"}
    for row in rows:
        assert row["sentence"][row["start"] : row["end"]] == row["text"]
