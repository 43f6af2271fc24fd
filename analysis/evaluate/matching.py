"""Whether a found figure stands for a gold one: the same value, kind, unit and year, a measure or place
that names the gold phrase, and the pairing of found figures with gold ones in text order.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from analysis.evaluate.gold import GoldFigure
from analysis.resources import phrases as phrases_of
from analysis.types import Figure


def _measure_words(text: str) -> list[str]:
    # "hộ gia đình đã dùng cáp quang" and "hộ gia đình dùng cáp quang" name one quantity: aspect words
    # ("đã", "đang") say when, which a measure leaves to its year, so neither side is read with them
    words = re.sub(r"[^\w\s/%-]", " ", unicodedata.normalize("NFC", text).casefold()).split()
    return [word for word in words if word not in _aspect_words()]


@cache
def _aspect_words() -> frozenset[str]:
    words = phrases_of("figure_grammar.toml:measure.measure_aspect_words")
    return frozenset(word.casefold() for phrase in words for word in phrase.split())


# a name that ends in its acronym: "Chỉ số đánh giá mức độ chuyển đổi số (DTI)"
_NAMED_BY_ACRONYM = re.compile(r"\w[^()]*\((?P<acronym>[A-ZĐ][A-Za-zĐ0-9-]{1,11})\)\s*$")


def measure_agrees(found: str | None, phrases: Sequence[str]) -> bool:
    """Whether a found measure names what one of the gold ``phrases`` does (see :mod:`analysis.evaluate`).

    >>> measure_agrees("Kinh tế số của tỉnh", ["kinh tế số"])
    True
    >>> measure_agrees("Tỉnh phấn đấu đến năm 2030 kinh tế số", ["kinh tế số"])
    False
    """
    words = _measure_words(found or "")
    named = _NAMED_BY_ACRONYM.search(found or "")
    if named and _measure_words(named.group("acronym")) in [_measure_words(phrase) for phrase in phrases]:
        return True  # "Chỉ số đánh giá mức độ chuyển đổi số (DTI)" names the index the gold calls "DTI"
    wanted = [want for want in map(_measure_words, phrases) if want]
    for want in wanted:
        if len(words) > len(want) + 2:
            continue
        if any(words[i : i + len(want)] == want for i in range(len(words) - len(want) + 1)):
            return True
    return _names_noun_and_deed(words, wanted)


def _names_noun_and_deed(words: list[str], wanted: list[list[str]]) -> bool:
    """Whether a found measure is two of the gold phrases, one opening it and one closing it, joined by at
    most two words: gold that accepts "số trạm y tế xã" (which ones) or "phần mềm quản lý tiêm chủng" (what
    they did) accepts "số trạm y tế xã dùng phần mềm quản lý tiêm chủng", which names both."""
    for head in wanted:
        for tail in wanted:
            between = len(words) - len(head) - len(tail)
            if (
                head != tail
                and 0 <= between <= 2
                and words[: len(head)] == head
                and words[len(words) - len(tail) :] == tail
            ):
                return True
    return False


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _unit_key(unit: str) -> str:
    return " ".join(unit.casefold().split())


def _matches(gold: GoldFigure, figure: Figure) -> bool:
    return (
        _same_value(gold, figure)
        and gold.kind == figure.kind
        and _unit_key(gold.unit) == _unit_key(figure.unit)
        and gold.year == figure.year
    )


def _same_value(gold: GoldFigure, figure: Figure) -> bool:
    return (
        gold.doc == figure.doc
        and _same_number(gold.value, figure.value)
        and _same_number(gold.value_high, figure.value_high)
    )


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _agreement(gold: GoldFigure, figure: Figure) -> tuple[int, int, int, int]:
    """How well a found figure of the same value fits a gold one; more is better."""
    written = (
        gold.text is not None and _digits(gold.text) != "" and _digits(gold.text) in _digits(figure.text)
    )
    return (
        int(
            gold.kind == figure.kind
            and _unit_key(gold.unit) == _unit_key(figure.unit)
            and gold.year == figure.year
        ),
        int(gold.year == figure.year),
        int(gold.kind == figure.kind),
        int(written),
    )


def place_agrees(found: str | None, phrases: Sequence[str] | None) -> bool:
    """Whether a found place names the gold one (``None``: no place is named). The country's own name
    is no place: Việt Nam's figures are the national ones ("Việt Nam xếp thứ 44/133" has no place).

    >>> place_agrees("tỉnh Long An", ["Long An"]), place_agrees(None, None), place_agrees("Yên Bái", None)
    (True, True, False)
    >>> place_agrees(None, ["Việt Nam"]), place_agrees("Việt Nam", None), place_agrees("Lào", ["Việt Nam"])
    (True, True, False)
    """
    if phrases is not None and all(_is_country(phrase) for phrase in phrases):
        phrases = None
    if _is_country(found or ""):
        found = None
    if phrases is None:
        return not (found or "").strip()
    return measure_agrees(found, phrases)


def _is_country(place: str) -> bool:
    names = phrases_of("scope.toml:national.country")
    return _measure_words(place) in [_measure_words(name) for name in names]


def _pair(gold: Sequence[GoldFigure], found: Sequence[Figure]) -> list[tuple[GoldFigure, Figure | None]]:
    """Each gold figure with the found one it stands for, by document and value, in text order."""
    unmatched = sorted(found, key=lambda f: (f.doc, f.sentence_index, f.start))
    pairs: list[tuple[GoldFigure, Figure | None]] = []
    for want in gold:
        candidates = [figure for figure in unmatched if _same_value(want, figure)]
        if not candidates:
            pairs.append((want, None))
            continue
        best = max(_agreement(want, figure) for figure in candidates)
        hit = next(figure for figure in candidates if _agreement(want, figure) == best)
        unmatched.remove(hit)
        pairs.append((want, hit))
    return pairs


def _title_words(text: str | None) -> list[str]:
    return re.sub(r"[^\w\s%]", " ", unicodedata.normalize("NFC", text or "").casefold()).split()
