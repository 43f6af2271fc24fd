"""The analyst's curation kept in the store (:mod:`analysis.store.curation`): a round trip in a real
SQLite file, and a pin to a figure that is gone kept and reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.curation import clean_caption
from analysis.present.curate import curate_key_figures
from analysis.store import CorpusStore
from analysis.store.curation import curation_from_rows, curation_rows
from analysis.types import CorpusAnalysis, Curation
from tests.analysis.conftest import figure_keys


def test_a_curation_round_trips(tmp_path: Path, seed_corpus: CorpusAnalysis) -> None:
    platforms, people = figure_keys(seed_corpus, 16.0, 5_000_000.0)
    curation = Curation(
        pinned=(people, platforms),
        hidden=figure_keys(seed_corpus, 80000.0),
        captions=((platforms, "Nhóm nền tảng số\u0301 <script>"),),
        measure="0a1b2c3d",
    )
    path = tmp_path / "corpus.sqlite3"
    with CorpusStore(path) as store:
        saved = store.save_curation(curation)
    with CorpusStore(path) as store:
        assert store.curation() == saved
    assert saved.pinned == (people, platforms) and saved.measure == "0a1b2c3d"
    assert saved.captions == ((platforms, clean_caption("Nhóm nền tảng số\u0301 <script>")),)
    with CorpusStore(path) as store:
        store.save_curation(Curation())
        assert store.curation() == Curation()


def test_a_pin_to_a_vanished_figure_is_kept_and_reported(tmp_path: Path, seed_corpus: CorpusAnalysis) -> None:
    gone = "removed~42~tổ~42 tổ~r"
    with CorpusStore(tmp_path / "corpus.sqlite3") as store:
        store.save_curation(Curation(pinned=(gone, *figure_keys(seed_corpus, 16.0))))
        kept = store.curation()
    assert kept.pinned[0] == gone
    result = curate_key_figures(seed_corpus.figures, kept, "vi")
    assert result.missing == (gone,) and result.cards[0].figure.value == 16.0


@pytest.mark.parametrize(
    "curation",
    [
        Curation(),
        Curation(pinned=("b~2~tổ~2 tổ~r", "a~1~tổ~1 tổ~r")),
        Curation(hidden=("a~1~tổ~1 tổ~r",), measure="0a1b2c3d"),
        Curation(pinned=("a~1",), hidden=("b~2",), captions=(("a~1", "Nền tảng số"),), measure="0a1b"),
    ],
    ids=["empty", "pins-in-order", "hidden-and-measure", "everything"],
)
def test_the_rows_read_back_as_the_curation_they_keep(curation: Curation) -> None:
    rows = curation_rows(curation)
    assert curation_from_rows(rows) == curation
    pins = [(figure, position) for kind, figure, position, _ in rows if kind == "pin"]
    assert pins == [(key, index) for index, key in enumerate(curation.pinned)]  # the order is kept


def test_rows_read_back_are_cleaned_again() -> None:
    """A row written by hand (or by an older version) is cleaned as a saved curation is."""
    rows = [
        ("caption", "a~1", 0, "Nhóm nền tảng số\u0301 <script>"),
        ("pin", "a~1", 0, ""),
        ("pin", "a~1", 1, ""),
    ]
    curation = curation_from_rows(rows)
    assert curation.pinned == ("a~1",)
    assert curation.captions == (("a~1", clean_caption("Nhóm nền tảng số\u0301 <script>")),)
