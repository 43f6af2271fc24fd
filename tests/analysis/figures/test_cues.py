"""The figure grammar's cue words and the small readers built on them."""

from __future__ import annotations

from analysis.figures.cues import clause_before, cue_words, ending_pattern


def test_the_clause_before_a_figure_stops_at_the_last_boundary() -> None:
    text = "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 82%"
    assert clause_before(text, text.index("82")) == " tỷ lệ hồ sơ trực tuyến đạt "
    text = "Hà Nội đạt 87%, còn Quảng Ninh đạt 84%"
    assert clause_before(text, text.index("84")) == " Quảng Ninh đạt "


def test_cue_words_come_from_the_grammar_file_and_match_at_the_end() -> None:
    labels = cue_words("label")
    assert labels and all(isinstance(word, str) and word for word in labels)
    pattern = ending_pattern("label")
    # every cue word ends a text that ends with it
    assert all(pattern.search(f"Theo {word} ") for word in labels[:20])
