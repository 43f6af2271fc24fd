"""The concept taxonomy of priorities, and the concept a priority item is about."""

from __future__ import annotations

import re
from functools import cache

from analysis.resources import load_toml
from analysis.text import normalize_text
from analysis.types import Concept


@cache
def load_taxonomy() -> tuple[Concept, ...]:
    """Concepts of ``data/taxonomy.toml`` with their Vietnamese labels and keywords (the English ones are
    the view's: :func:`analysis.present.i18n.concept_label`)."""
    return tuple(
        Concept(
            id=entry["id"],
            label_vi=normalize_text(entry["label_vi"]),
            keywords=tuple(normalize_text(keyword) for keyword in entry["keywords"]),
        )
        for entry in load_toml("taxonomy.toml")["concepts"]
    )


def _fold_spelling(text: str) -> str:
    # "hoá" and "hóa" (and the like) are the same word spelt with the tone mark on another vowel.
    return normalize_text(text).casefold().replace("oá", "óa").replace("oà", "òa").replace("uỷ", "ủy")


@cache
def _keyword_patterns() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    patterns = []
    for concept in load_taxonomy():
        for keyword in concept.keywords:
            folded = _fold_spelling(keyword)
            patterns.append((re.compile(rf"(?<!\w){re.escape(folded)}(?!\w)"), concept.id, len(folded)))
    return tuple(patterns)


def map_concept(text: str) -> str | None:
    """The taxonomy concept a priority item is about: the keyword that occurs first wins.

    >>> map_concept("Ưu tiên phát triển các nền tảng số (nhất là cơ sở dữ liệu quốc gia)")
    'digital_platforms'
    """
    folded = _fold_spelling(text)
    best: tuple[int, int, str] | None = None
    for pattern, concept_id, length in _keyword_patterns():
        match = pattern.search(folded)
        if match and (best is None or (match.start(), -length) < (best[0], -best[1])):
            best = (match.start(), length, concept_id)
    return best[2] if best else None
