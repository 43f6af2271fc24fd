"""The presentation data files (:mod:`analysis.present.resources`): each one loads, matches its
schema and is parsed once; a bad edit names the file and the key; a file without a schema is refused."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from analysis.present.resources import DATA_DIR, PRESENT_SCHEMAS, check_data, load_toml
from analysis.schema import DataFileError, key_paths
from tests.analysis.conftest import edited_toml


def test_every_file_in_the_folder_has_a_schema() -> None:
    assert sorted(path.name for path in DATA_DIR.glob("*.toml")) == sorted(PRESENT_SCHEMAS)


@pytest.mark.parametrize("name", sorted(PRESENT_SCHEMAS))
def test_each_file_loads_with_every_key_of_its_schema(name: str) -> None:
    loaded = load_toml(name)
    assert loaded == tomllib.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    for path in key_paths(PRESENT_SCHEMAS[name]):  # the presentation schemas have no optional key
        value: Any = loaded
        for key in path:
            value = value[key]
        assert value is not None
    assert load_toml(name) is loaded  # parsed once per process


@pytest.mark.parametrize(
    ("name", "path", "value", "message"),
    [
        ("key_figures.toml", ("whole_counts", 0), "63", "whole_counts[0]: expected an integer"),
        ("key_figures.toml", ("whole_units",), "tỉnh", "whole_units: expected a list of strings"),
        ("labels.toml", ("vi", "page_priorities"), ["Ưu tiên"], "vi.page_priorities: expected a string"),
        ("list_words.toml", ("slogans", "fr"), {}, "slogans.fr: unknown key"),
        ("units_en.toml", ("rank",), {"cả nước": "nationwide"}, "rank: unknown key"),
        ("themes_en.toml", ("themes",), ..., "themes: missing (expected a table)"),
    ],
    ids=[
        "string-for-integer",
        "string-for-list",
        "list-for-label",
        "unknown-language",
        "misspelt-table",
        "missing",
    ],
)
def test_a_bad_edit_names_the_file_and_the_key(
    name: str, path: tuple[str | int, ...], value: Any, message: str
) -> None:
    data = edited_toml((DATA_DIR / name).read_text(encoding="utf-8"), path, value)
    with pytest.raises(DataFileError) as refused:
        check_data(name, data)
    assert str(refused.value).startswith(f"{name}: {message}")


def test_a_file_without_a_schema_is_refused() -> None:
    with pytest.raises(DataFileError, match=r"^nhan_moi\.toml: no schema .*analysis/present/resources\.py"):
        check_data("nhan_moi.toml", {"vi": {}})
