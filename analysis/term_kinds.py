"""Which distinctive terms an analyst reads as policy content, and which as names, titles or noise.

Counted terms keep the case underthesea's tagger gave them: a proper noun (POS ``Np``) is kept as
written ("Phạm Minh Chính", "Hà Nội"), every other word is lower-cased, and glossary terms take
their glossary spelling. So a capitalised term that is not in the glossary was tagged ``Np``.
The word lists live in ``data/term_kinds.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Literal

from analysis.nlp import canonical_term
from analysis.resources import load_toml
from analysis.text import normalize_text

TermKind = Literal["topic", "person", "title", "place", "time", "fragment"]
# Shown only when the analyst asks for names; "time" and "fragment" are never worth a ranking.
NAME_KINDS: frozenset[str] = frozenset({"person", "title", "place"})
HIDDEN_KINDS: frozenset[str] = frozenset({"time", "fragment"})
_PUNCTUATION = set(",;:()[]{}\"'“”‘’!?…/\\|")


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = load_toml("term_kinds.toml")
    return {
        key: frozenset(normalize_text(word).casefold() for word in data[key])
        for key in ("titles", "surnames", "time_words", "fragments", "edge_words")
    }


def classify_term(term: str) -> TermKind:
    """The kind of a counted term: policy "topic", or a "person", "title", "place" (other proper
    names), "time" word or "fragment" of a longer expression.

    >>> [classify_term(t) for t in ("kinh tế số", "Phạm Minh Chính", "thứ trưởng", "Hà Nội", "sáng")]
    ['topic', 'person', 'title', 'place', 'time']
    >>> classify_term("bộ khoa học và"), classify_term("Bộ TT&TT")
    ('fragment', 'topic')
    """
    text = normalize_text(term).strip()
    folded = text.casefold()
    lists = _lists()
    if folded in lists["titles"]:
        return "title"
    if canonical_term(text) is not None:
        return "topic"
    syllables = folded.split()
    if not syllables or any(char in _PUNCTUATION for char in text):
        return "fragment"
    if syllables[0] in lists["edge_words"] or syllables[-1] in lists["edge_words"]:
        return "fragment"
    if folded in lists["time_words"]:
        return "time"
    if folded in lists["fragments"]:
        return "fragment"
    words = text.split()
    if words[0][:1].isupper():
        if syllables[0] in lists["titles"] or " ".join(syllables[:2]) in lists["titles"]:
            return "title"
        capitalised = all(word[:1].isupper() for word in words)
        # Officials are named with three or four syllables; two capitalised syllables are far more
        # often a place ("Hà Nội", "Cao Bằng") than a person.
        if capitalised and 3 <= len(words) <= 4 and syllables[0] in lists["surnames"]:
            return "person"
        return "place"
    return "topic"


def keep_term(term: str, *, include_names: bool = False) -> bool:
    """Whether a term belongs in a distinctive-term list (names, titles and places only on request).

    >>> keep_term("kinh tế số"), keep_term("thứ trưởng"), keep_term("thứ trưởng", include_names=True)
    (True, False, True)
    """
    kind = classify_term(term)
    if kind in HIDDEN_KINDS:
        return False
    return include_names or kind not in NAME_KINDS


def filter_terms(terms: Iterable[str], *, include_names: bool = False) -> list[str]:
    """The terms worth ranking, in their order.

    >>> filter_terms(["kinh tế số", "Phạm Minh Chính", "sáng", "dữ liệu số"])
    ['kinh tế số', 'dữ liệu số']
    """
    return [term for term in terms if keep_term(term, include_names=include_names)]
