"""Fixtures shared by the tests of the core's store: a store file as a user has it after adding
the three short articles of ``store_articles``; the keys of seed figures an analyst pins."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from analysis.curation import figure_key
from analysis.intake import add_files
from analysis.store import CorpusStore
from analysis.types import CorpusAnalysis

THREE_IDS = ("binh-phuoc", "hau-giang", "ha-giang")


@pytest.fixture
def three_articles_store(tmp_path: Path, store_articles: list[tuple[str, bytes]]) -> Path:
    """The path of a store (``corpus.sqlite3`` in the test's folder, closed) holding the three
    short articles ("binh-phuoc", "hau-giang", "ha-giang"), added in one batch as uploads."""
    path = tmp_path / "corpus.sqlite3"
    with CorpusStore(path) as store:
        result = add_files(store, store_articles)
    assert result.added == THREE_IDS, result.problems
    return path


def figure_keys(corpus: CorpusAnalysis, *values: float) -> tuple[str, ...]:
    """The curation keys of the first figure of ``corpus`` with each of ``values`` (what a pin names)."""
    return tuple(figure_key(next(f for f in corpus.figures if f.value == v)) for v in values)


def edited_toml(text: str, path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """A data file's text parsed, with the value at ``path`` set, or removed if ``value`` is ``...``:
    the edit a user might make by hand."""
    data = tomllib.loads(text)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data
