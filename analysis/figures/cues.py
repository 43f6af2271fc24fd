"""The cue words of the figure grammar (``data/figure_grammar.toml``) and the small readers built on them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from analysis.figures.units import Piece, grammar, pieces_of
from analysis.resources import load_lines

CLAUSE_BOUNDARY = re.compile(
    r",(?=\s)|[;:(–]|\s-\s|\b(?:và|nhưng|còn|trong đó|trong khi|song)\b", re.IGNORECASE
)


@cache
def cue_words(name: str) -> tuple[str, ...]:
    return tuple(sorted(grammar()["cues"][name], key=len, reverse=True))


@cache
def ending_pattern(name: str) -> re.Pattern[str]:
    """Whether a text ends with one of the cue phrases ``name``, as whole words."""
    return re.compile(rf"(?:^|(?<=[\s(\"“]))(?:{alternation(name)})\s*$", re.IGNORECASE)


def phrases_alternation(phrases: Iterable[str]) -> str:
    """Phrases as one regular-expression alternation, longest first, spaces flexible: the one way the
    grammar's word lists become patterns (cue words here, document kinds in ``analysis.instruments``).

    >>> print(phrases_alternation(["về", "về việc"]))
    về\\s+việc|về
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


def alternation(name: str) -> str:
    """The cue phrases ``name`` as one regular-expression alternation, longest first, spaces flexible."""
    return phrases_alternation(cue_words(name))


@cache
def any_phrase_pattern(phrases: tuple[str, ...], *, ignore_case: bool = True) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words: ``any_phrase_pattern(("Quyết định", "QĐ"))`` finds "QĐ"."""
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<!\w)(?:{phrases_alternation(phrases)})(?!\w)", flags)


@cache
def phrase_pattern(name: str) -> re.Pattern[str]:
    """Any of the cue phrases ``name`` as whole words: ``phrase_pattern("target")`` finds "phấn đấu"."""
    return any_phrase_pattern(cue_words(name))


@cache
def result_pattern() -> re.Pattern[str]:
    """What stands now, after a goal: "…, hiện đạt 65%", "Hiện nay …", "… nhưng mới đạt …".

    A marker counts only where a clause opens, so "thực hiện", "hiện đại" are no markers.
    """
    return re.compile(
        rf"(?:(?:^|[,;(:])\s*(?:{alternation('result_markers')})|(?<!\w)(?:{alternation('contrast_words')}))"
        r"(?!\w)",
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
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(head)) for head in load_lines("list_heads.txt")}
    return tuple(sorted(keys, key=len, reverse=True))


@cache
def rank_scopes() -> tuple[tuple[str, ...], ...]:
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(scope)) for scope in cue_words("rank_scope")}
    return tuple(sorted(keys, key=len, reverse=True))


ORDINAL_WORDS = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}


@cache
def year_noun_before() -> frozenset[str]:
    """Words before "năm" that make it the noun "year" ("trong năm", "là năm Dữ liệu số")."""
    return frozenset(word.casefold() for word in cue_words("year_noun_before"))


@cache
def counted_nouns() -> tuple[tuple[str, ...], ...]:
    heads = [*load_lines("count_nouns.txt"), *load_lines("list_heads.txt")]
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(head)) for head in heads}
    return tuple(sorted(keys, key=len, reverse=True))


@cache
def time_units() -> frozenset[str]:
    return frozenset(unit.casefold() for unit in grammar()["units"]["time"])


def piece_after(pieces: Sequence[Piece], position: int) -> int:
    for index, piece in enumerate(pieces):
        if piece.start >= position:
            return index
    return len(pieces)
