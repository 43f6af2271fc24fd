"""The data files' schemas (:mod:`analysis.schema`): a value of the wrong type, a key missing or
misspelt, anywhere in a nested table or list, is a :class:`DataFileError` naming the file and the
key; what matches passes; every fixed key is listed and data keys are not."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from analysis.resources import DATA_DIR
from analysis.schema import (
    CORE_SCHEMAS,
    DataFileError,
    ListOf,
    MapOf,
    Optional,
    check_against,
    check_data,
    key_paths,
)
from tests.analysis.conftest import edited_toml

# A schema in the shape of the real ones: fixed keys, word lists, a table of data keys, a list of
# entries each with an optional key.
SPEC = {
    "cues": {"labels": ListOf(str), "max_words": int, "weight": float, "strict": bool},
    "bodies": MapOf(ListOf(str)),
    "entries": ListOf({"symbol": str, "year": Optional(int)}),
}
# A data file as an editor writes it, matching SPEC.
GOOD = """
bodies = { "Bộ Y tế" = ["ngành y tế"], "Bộ Công an" = [] }

[cues]
labels = ["tổng số", "số lượng"]
max_words = 4
weight = 20
strict = true

[[entries]]
symbol = "749/QĐ-TTg"
year = 2020

[[entries]]
symbol = "06/QĐ-TTg"
"""


def _with(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """:data:`GOOD` parsed, with the value at ``path`` set, or removed if ``value`` is ``...``."""
    return edited_toml(GOOD, path, value)


def test_a_file_that_matches_passes() -> None:
    check_against("mau.toml", tomllib.loads(GOOD), SPEC)  # an integer is a number too: 20


BAD_VALUES = [
    pytest.param(
        ("cues", "labels"),
        "tổng số",
        "cues.labels: expected a list of strings, found a string ('tổng số')",
        id="string-for-list",
    ),
    pytest.param(
        ("cues", "labels", 1), 3, "cues.labels[1]: expected a string, found a number (3)", id="number-in-list"
    ),
    pytest.param(
        ("cues", "max_words"),
        "4",
        "cues.max_words: expected an integer, found a string ('4')",
        id="string-for-integer",
    ),
    pytest.param(
        ("cues", "max_words"),
        4.5,
        "cues.max_words: expected an integer, found a number (4.5)",
        id="fraction-for-integer",
    ),
    pytest.param(
        ("cues", "max_words"),
        True,
        "cues.max_words: expected an integer, found true or false",
        id="boolean-for-integer",
    ),
    pytest.param(
        ("cues", "weight"),
        "20",
        "cues.weight: expected a number, found a string ('20')",
        id="string-for-number",
    ),
    pytest.param(
        ("cues", "strict"),
        1,
        "cues.strict: expected true or false, found a number (1)",
        id="number-for-boolean",
    ),
    pytest.param(
        ("cues", "labels"), ..., "cues.labels: missing (expected a list of strings)", id="missing-key"
    ),
    pytest.param(
        ("cues", "lables"),
        ["số"],
        "cues.lables: unknown key (no code reads it; known here: labels, max_words, strict, weight)",
        id="misspelt-key",
    ),
    pytest.param(("cues",), ["số"], "cues: expected a table, found a list", id="list-for-table"),
    pytest.param(
        ("bodies", "Bộ Y tế"),
        "y tế",
        "bodies.Bộ Y tế: expected a list of strings, found a string ('y tế')",
        id="data-key-wrong-value",
    ),
    pytest.param(
        ("entries", 1, "symbol"),
        ...,
        "entries[1].symbol: missing (expected a string)",
        id="entry-without-key",
    ),
    pytest.param(
        ("entries", 0, "year"),
        "2020",
        "entries[0].year: expected an integer, found a string ('2020')",
        id="optional-key-wrong-type",
    ),
    pytest.param(
        ("entries", 1),
        "06/QĐ-TTg",
        "entries[1]: expected a table, found a string ('06/QĐ-TTg')",
        id="entry-not-a-table",
    ),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD_VALUES)
def test_a_bad_value_names_the_file_and_the_key(
    path: tuple[str | int, ...], value: Any, message: str
) -> None:
    with pytest.raises(DataFileError) as refused:
        check_against("mau.toml", _with(path, value), SPEC)
    assert str(refused.value) == f"mau.toml: {message}"


def test_an_optional_key_may_be_left_out_and_a_data_table_may_be_empty() -> None:
    check_against("mau.toml", _with(("entries", 0, "year"), ...), SPEC)
    check_against("mau.toml", _with(("bodies",), {}), SPEC)


def test_a_long_string_is_quoted_short() -> None:
    with pytest.raises(DataFileError) as refused:
        check_against("mau.toml", {"cues": "chuyển đổi số " * 10}, {"cues": ListOf(str)})
    found = "a string ('chuyển đổi số chuyển đổi số chuyển đổi s')"  # the first 40 characters
    assert str(refused.value) == f"mau.toml: cues: expected a list of strings, found {found}"


def test_key_paths_lists_every_fixed_key_and_no_data_key() -> None:
    assert list(key_paths(SPEC)) == [
        ("cues",),
        ("cues", "labels"),
        ("cues", "max_words"),
        ("cues", "weight"),
        ("cues", "strict"),
        ("bodies",),
        ("entries",),
        ("entries", "symbol"),
        ("entries", "year"),
    ]


@pytest.mark.parametrize("name", sorted(CORE_SCHEMAS))
def test_every_core_data_file_matches_its_schema(name: str) -> None:
    check_data(name, tomllib.loads((DATA_DIR / name).read_text(encoding="utf-8")))


def test_a_core_file_without_a_schema_is_refused() -> None:
    with pytest.raises(DataFileError, match=r"^tu_moi\.toml: no schema says what this data file holds"):
        check_data("tu_moi.toml", {"words": ["số hóa"]})
