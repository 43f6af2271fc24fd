"""The ``[measure]`` cue lists as patterns, and the fillers every step trims."""

from __future__ import annotations

import pytest

from analysis.figures.measure.words import (
    _FILLER_END,
    _FILLER_START,
    _cue_list,
    _folded,
    _words_pattern,
    said_of_it_at_end,
)


def test_a_cue_list_is_tried_longest_first() -> None:
    owners = _cue_list("owner_words")
    assert owners[0] == "trên địa bàn" and "của" in owners
    assert [len(cue) for cue in owners] == sorted((len(cue) for cue in owners), reverse=True)


def test_a_cue_matches_at_the_start_at_the_end_or_anywhere_as_whole_words() -> None:
    start = _words_pattern("topic_heads", at="start").match("Tỷ lệ  hồ sơ trực tuyến")
    assert start is not None and start.group(0) == "Tỷ lệ  "
    assert _words_pattern("topic_heads", at="start").match("hồ sơ có tỷ lệ cao") is None
    assert _words_pattern("national", at="end").sub("", "tỷ lệ bình quân cả nước") == "tỷ lệ bình quân"
    found = _words_pattern("national", at="any").search("tỷ lệ bình quân Cả   nước năm nay")
    assert found is not None and found.group(0) == "Cả   nước"
    assert _words_pattern("national", at="any").search("cả nướcngoài") is None  # part of a longer word


def test_folded_cues_compare_without_case() -> None:
    assert "cả nước" in _folded("national") and "việt nam" in _folded("national")
    assert "Việt Nam" not in _folded("national")


def test_fillers_are_trimmed_from_both_ends() -> None:
    assert _FILLER_START.sub("", "Theo đó, tỷ lệ hồ sơ") == "tỷ lệ hồ sơ"
    assert _FILLER_END.sub("", "tỷ lệ hồ sơ trực tuyến đạt") == "tỷ lệ hồ sơ trực tuyến"
    assert _FILLER_END.sub("", "tỷ lệ thực hiện") == "tỷ lệ thực hiện"  # "thực hiện" is no "hiện"


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        ("Tỷ lệ hộ dùng ví điện tử khá cao", "Tỷ lệ hộ dùng ví điện tử"),
        ("nơi từng có tỷ lệ hộ dùng Internet thấp nhất tỉnh", "nơi từng có tỷ lệ hộ dùng Internet"),
        # a level inside a name is no end of the clause
        ("Tỷ lệ sinh viên cao đẳng có việc làm", "Tỷ lệ sinh viên cao đẳng có việc làm"),
    ],
)
def test_what_a_clause_says_of_its_quantity_at_its_end_goes(clause: str, kept: str) -> None:
    assert said_of_it_at_end().sub("", clause) == kept
