"""The cue words of the figure grammar (``data/figure_grammar.toml``) and the small readers built on them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.figures.units import Piece, grammar, syllable_phrases
from analysis.resources import phrases
from analysis.text import phrase_alternation
from analysis.text import phrase_pattern as _whole_words

CLAUSE_BOUNDARY = re.compile(
    r",(?=\s)|[;:(–]|\s-\s|\b(?:và|nhưng|còn|trong đó|trong khi|song)\b", re.IGNORECASE
)


def cue_words(name: str) -> tuple[str, ...]:
    """The cue phrases ``name`` of the grammar, longest first: ``cue_words("target")`` holds "phấn đấu"."""
    return phrases(f"figure_grammar.toml:cues.{name}")


@cache
def ending_pattern(name: str) -> re.Pattern[str]:
    """Whether a text ends with one of the cue phrases ``name``, as whole words."""
    return re.compile(rf"(?:^|(?<=[\s(\"“]))(?:{alternation(name)})\s*$", re.IGNORECASE)


def alternation(name: str) -> str:
    """The cue phrases ``name`` as one regular-expression alternation, longest first, spaces flexible."""
    return phrase_alternation(cue_words(name))


def cue_pattern(name: str) -> re.Pattern[str]:
    """Any of the cue phrases ``name`` as whole words: ``cue_pattern("target")`` finds "phấn đấu"."""
    return _whole_words(cue_words(name))


@cache
def result_pattern() -> re.Pattern[str]:
    """What stands now, after a goal: "…, hiện đạt 65%", "Hiện nay …", "… nhưng mới đạt …", and the
    results a goal is built on: "Các chỉ tiêu được đặt ra trên cơ sở kết quả năm 2024: … đạt 41,6%".

    A marker counts only where a clause opens, so "thực hiện", "hiện đại" are no markers; a contrast
    word or a result basis anywhere.
    """
    anywhere = f"{alternation('contrast_words')}|{alternation('result_bases')}"
    return re.compile(
        rf"(?:(?:^|[,;(:])\s*(?:{alternation('result_markers')})|(?<!\w)(?:{anywhere}))(?!\w)",
        re.IGNORECASE,
    )


def ends_with(name: str, text: str) -> bool:
    return ending_pattern(name).search(text) is not None


def clause_before(text: str, position: int) -> str:
    before = text[:position]
    boundaries = [match.end() for match in CLAUSE_BOUNDARY.finditer(before)]
    return before[boundaries[-1] :] if boundaries else before


@cache
def list_heads() -> tuple[tuple[str, ...], ...]:
    return syllable_phrases(phrases("list_heads.txt"))


@cache
def rank_scopes() -> tuple[tuple[str, ...], ...]:
    return syllable_phrases(cue_words("rank_scope"))


@cache
def year_noun_before() -> frozenset[str]:
    """Words before "năm" that make it the noun "year" ("trong năm", "là năm Dữ liệu số")."""
    return frozenset(word.casefold() for word in cue_words("year_noun_before"))


@cache
def counted_nouns() -> tuple[tuple[str, ...], ...]:
    return syllable_phrases([*phrases("count_nouns.txt"), *phrases("list_heads.txt")])


@cache
def time_units() -> frozenset[str]:
    return frozenset(unit.casefold() for unit in grammar()["units"]["time"])


def piece_after(pieces: Sequence[Piece], position: int) -> int:
    for index, piece in enumerate(pieces):
        if piece.start >= position:
            return index
    return len(pieces)
