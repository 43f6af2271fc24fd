"""Every data file says what its schema says, every key of it is read by some code, and a bad edit
stops the program with the file and the key named.

The core's files (``analysis/data``, schemas in :mod:`analysis.schema`) and the presentation files
(``analysis/present/data``, schemas in :mod:`analysis.present.resources`) are checked alike. "Read
by some code" means: the key's name is written in the code of the same layer where a key is read —
an index (``grammar()["cues"]``), an argument (``cue_words("rank")``) or an item of a literal tuple
the code walks (``for name in ("percent", "money")``); a key no code names can be edited to no effect.
"""

from __future__ import annotations

import ast
import copy
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import analysis.present.resources as present_resources
import analysis.resources as core_resources
from analysis import schema
from analysis.schema import CORE_SCHEMAS, DataFileError, key_paths

ROOT = Path(__file__).resolve().parents[2]
CORE_DIR = core_resources.DATA_DIR
PRESENT_DIR = present_resources.DATA_DIR
PRESENT_SCHEMAS = present_resources.PRESENT_SCHEMAS
# The schema modules name every key; they are not evidence that a key is read.
SCHEMA_MODULES = {Path(schema.__file__).resolve(), Path(present_resources.__file__).resolve()}
LAYERS = {"core": (CORE_DIR, CORE_SCHEMAS), "present": (PRESENT_DIR, PRESENT_SCHEMAS)}


def _layer_sources(layer: str) -> list[Path]:
    """The modules of a layer: the core is ``analysis/`` without ``present/``; present is ``present/``."""
    package = ROOT / "analysis"
    if layer == "present":
        return sorted((package / "present").rglob("*.py"))
    return sorted(path for path in package.rglob("*.py") if "present" not in path.relative_to(package).parts)


def _read_names(tree: ast.AST) -> set[str]:
    """Strings a module uses as keys: indexes, call arguments and items of literal tuples and lists."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            candidates: list[ast.AST] = [node.slice]
        elif isinstance(node, ast.Call):
            candidates = [*node.args, *(keyword.value for keyword in node.keywords)]
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            candidates = list(node.elts)
        else:
            continue
        strings = [c.value for c in candidates if isinstance(c, ast.Constant) and isinstance(c.value, str)]
        for value in strings:
            found.add(value)
            # resources.phrases("scope.toml:province.own") reads the keys of its dotted path.
            file, colon, path = value.partition(":")
            if colon and file.endswith(".toml"):
                found.update(path.split("."))
    return found


@cache
def _names_read(layer: str) -> frozenset[str]:
    names: set[str] = set()
    for path in _layer_sources(layer):
        if path.resolve() not in SCHEMA_MODULES:
            names |= _read_names(ast.parse(path.read_text(encoding="utf-8")))
    return frozenset(names)


@cache
def _all_strings(layer: str) -> frozenset[str]:
    return frozenset(
        node.value
        for path in _layer_sources(layer)
        if path.resolve() not in SCHEMA_MODULES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _parse(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


TOML_FILES = [
    pytest.param(layer, name, id=name) for layer, (_, schemas) in LAYERS.items() for name in sorted(schemas)
]
TEXT_FILES = [
    pytest.param(layer, path.name, id=path.name)
    for layer, (folder, _) in LAYERS.items()
    for path in sorted(folder.glob("*.txt"))
]


def test_text_files_are_found() -> None:
    assert {"glossary.txt", "count_nouns.txt", "list_heads.txt"} <= {p.values[1] for p in TEXT_FILES}


@pytest.mark.parametrize("layer", LAYERS)
def test_every_data_file_has_a_schema_and_a_known_format(layer: str) -> None:
    folder, schemas = LAYERS[layer]
    files = {path.name for path in folder.iterdir() if path.is_file()}
    assert {name for name in files if name.endswith(".toml")} == set(schemas)
    assert all(name.endswith((".toml", ".txt")) for name in files), files


def test_presentation_files_stay_out_of_the_cache_key() -> None:
    # The layout is the rule: the cache key hashes analysis/data, the view's wording lives apart.
    assert not {path.name for path in CORE_DIR.iterdir()} & {path.name for path in PRESENT_DIR.iterdir()}
    assert {"labels.toml", "terms_en.toml", "units_en.toml", "themes_en.toml"} <= set(PRESENT_SCHEMAS)


@pytest.mark.parametrize(("layer", "name"), TOML_FILES)
def test_data_file_matches_its_schema(layer: str, name: str) -> None:
    folder, _ = LAYERS[layer]
    check = core_resources.load_toml if layer == "core" else present_resources.load_toml
    assert check(name) == _parse(folder / name)  # loads, checked, unchanged


@pytest.mark.parametrize(("layer", "name"), TOML_FILES)
def test_every_key_is_read_by_some_code(layer: str, name: str) -> None:
    _, schemas = LAYERS[layer]
    paths = list(key_paths(schemas[name]))
    assert paths
    unread = [".".join(path) for path in paths if path[-1] not in _names_read(layer)]
    assert not unread, f"{name}: no code of the {layer} reads {unread}"


@pytest.mark.parametrize(("layer", "name"), TEXT_FILES)
def test_every_text_file_is_loaded_by_some_code(layer: str, name: str) -> None:
    assert name in _all_strings(layer)


def test_an_unread_key_is_caught() -> None:
    # The check above can fail: a key named nowhere in the code is reported.
    assert "score_labels" in _names_read("core")
    assert "no_such_cue" not in _names_read("core")
    assert ("cues", "score_labels") in set(key_paths(CORE_SCHEMAS["figure_grammar.toml"]))


def _set(path: tuple[str | int, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _drop(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return edit


BAD_EDITS = [
    pytest.param(
        "figure_grammar.toml",
        _set(("cues", "score_labels"), "điểm"),
        r"figure_grammar\.toml: cues\.score_labels: expected a list of strings, found a string",
        id="string-for-list",
    ),
    pytest.param(
        "figure_grammar.toml",
        _drop(("cues", "count_labels")),
        r"figure_grammar\.toml: cues\.count_labels: missing",
        id="missing-key",
    ),
    pytest.param(
        "figure_grammar.toml",
        _set(("cues", "scor_labels"), ["điểm"]),
        r"figure_grammar\.toml: cues\.scor_labels: unknown key",
        id="misspelt-key",
    ),
    pytest.param(
        "events.toml",
        _set(("not_held", "after_words"), "4"),
        r"events\.toml: not_held\.after_words: expected an integer, found a string",
        id="string-for-integer",
    ),
    pytest.param(
        "taxonomy.toml",
        _set(("concepts", 0, "keywords", 1), 3),
        r"taxonomy\.toml: concepts\[0\]\.keywords\[1\]: expected a string, found a number",
        id="number-in-word-list",
    ),
    pytest.param(
        "instruments.toml",
        _drop(("instruments", 2, "symbol")),
        r"instruments\.toml: instruments\[2\]\.symbol: missing",
        id="entry-without-key",
    ),
    pytest.param(
        "scope.toml",
        _set(("sector", "bodies", "Bộ Y tế"), "ngành y tế"),
        r"scope\.toml: sector\.bodies\.Bộ Y tế: expected a list of strings",
        id="data-key-wrong-value",
    ),
    pytest.param(
        "labels.toml",
        _set(("vi", "page_priorities"), ["Ưu tiên"]),
        r"labels\.toml: vi\.page_priorities: expected a string, found a list",
        id="presentation-label-as-list",
    ),
    pytest.param(
        "units_en.toml",
        _set(("rank",), {"cả nước": "nationwide"}),
        r"units_en\.toml: rank: unknown key",
        id="presentation-misspelt-table",
    ),
    pytest.param(
        "key_figures.toml",
        _drop(("whole_units",)),
        r"key_figures\.toml: whole_units: missing",
        id="presentation-missing-key",
    ),
]


@pytest.mark.parametrize(("name", "edit", "message"), BAD_EDITS)
def test_a_bad_edit_names_the_file_and_the_key(
    name: str, edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    core = name in CORE_SCHEMAS
    data = copy.deepcopy(_parse((CORE_DIR if core else PRESENT_DIR) / name))
    edit(data)
    check = schema.check_data if core else present_resources.check_data
    with pytest.raises(DataFileError, match=message):
        check(name, data)


def test_a_bad_edit_of_a_copied_file_fails_when_read(tmp_path: Path) -> None:
    # An editor's typo in the text itself: a word list written as one string.
    text = (CORE_DIR / "figure_grammar.toml").read_text(encoding="utf-8")
    edited = text.replace('count_labels = ["tổng số", "số lượng", "số"]', 'count_labels = "tổng số"')
    assert edited != text
    copied = tmp_path / "figure_grammar.toml"
    copied.write_text(edited, encoding="utf-8")
    with pytest.raises(DataFileError, match=r"figure_grammar\.toml: cues\.count_labels: expected a list"):
        schema.check_data(copied.name, core_resources.read_toml(copied))


def test_a_file_without_a_schema_is_refused() -> None:
    with pytest.raises(DataFileError, match=r"new_words\.toml: no schema"):
        schema.check_data("new_words.toml", {"words": ["số hóa"]})
