"""The analyst's curation as kept in the store: stable figure keys, clean captions, and the edits a
page makes (pin, hide, relabel) on plain values."""

from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.curation import (
    CAPTION_LIMIT,
    clean_caption,
    clean_curation,
    figure_key,
    hide,
    loose_key,
    pin,
    relabel,
)
from analysis.types import Curation, Figure

TEAMS = Figure(80000.0, "tổ", None, "hơn 80.000 tổ", "hơn", 2023, "003_x", "Cả nước có hơn 80.000 tổ.")


def test_a_figure_key_names_article_value_unit_words_and_goal() -> None:
    assert figure_key(TEAMS) == "003_x~80000~tổ~hơn 80.000 tổ~r"
    assert figure_key(replace(TEAMS, is_target=True)).endswith("~t")
    # the same figure found at other offsets, in another sentence split, keeps its key
    assert figure_key(replace(TEAMS, sentence="Hơn 80.000 tổ.", start=0, end=13)) == figure_key(TEAMS)


def test_a_loose_key_leaves_out_the_words_stating_the_figure() -> None:
    assert loose_key(figure_key(TEAMS)) == "003_x~80000~tổ~r"
    assert loose_key(figure_key(replace(TEAMS, text="80.000 tổ"))) == loose_key(figure_key(TEAMS))
    assert loose_key("không phải khóa") == "không phải khóa"


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("  Tổ công nghệ số\n cộng đồng\u202e ", "Tổ công nghệ số cộng đồng"),
        ("Kinh te\u0302\u0301 số", "Kinh tế số"),  # decomposed marks composed (NFC)
        ("\x1b[2JXóa màn hình", "[2JXóa màn hình"),  # the escape character itself is gone
        ("", ""),
    ],
)
def test_captions_are_cleaned(written: str, kept: str) -> None:
    assert clean_caption(written) == kept


def test_a_caption_is_cut_to_one_line() -> None:
    assert len(clean_caption("Chuyển đổi số " * 40)) <= CAPTION_LIMIT


def test_pin_hide_and_relabel_toggle_and_exclude_each_other() -> None:
    key, other = "a~1~tổ~1 tổ~r", "b~2~%~2%~r"
    curation = pin(Curation(), key)
    assert curation.pinned == (key,)
    curation = hide(curation, key)  # hiding a pinned figure unpins it
    assert (curation.pinned, curation.hidden) == ((), (key,))
    curation = pin(pin(curation, other), key)  # pinning a hidden one shows it, pinned last
    assert (curation.pinned, curation.hidden) == ((other, key), ())
    assert pin(curation, other).pinned == (key,)  # pinning again unpins
    curation = relabel(curation, key, "  Số tổ công nghệ số ")
    assert curation.captions == ((key, "Số tổ công nghệ số"),)
    assert relabel(curation, key, " ").captions == ()  # an empty caption restores the figure's own


def test_a_stored_curation_is_cleaned_on_the_way_in() -> None:
    stored = Curation(
        pinned=("a", "a", ""),
        hidden=("a", "b"),
        captions=(("a", " Tổ\ncông nghệ "), ("b", "\u200b"), ("", "x")),
        measure="  abcd1234  ",
    )
    assert clean_curation(stored) == Curation(("a",), ("b",), (("a", "Tổ công nghệ"),), "abcd1234")
