"""Vietnamese sentence splitting and word segmentation with the domain glossary kept whole.

underthesea's ``fixed_words`` is case-sensitive and stays active for later calls in the same
process, so compounds are merged here instead, on lower-cased syllables, after segmentation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from analysis.resources import load_lines
from analysis.text import longest_first, normalize_text

_PUNCTUATION_AROUND = re.compile(r"\s*([,;])\s*")
_SPACE_BEFORE_COMMA = re.compile(r"\s+([,;])")


def _syllables(text: str) -> tuple[str, ...]:
    return tuple(_PUNCTUATION_AROUND.sub(r" \1 ", text).casefold().split())


@cache
def glossary() -> tuple[str, ...]:
    """The compound terms of ``data/glossary.txt``, as written there."""
    return load_lines("glossary.txt")


@cache
def _glossary_index() -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[tuple[str, ...], str]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    canonical: dict[tuple[str, ...], str] = {}
    for entry in glossary():
        key = _syllables(entry)
        canonical.setdefault(key, entry)
        by_first.setdefault(key[0], []).append(key)
    return {first: longest_first(keys) for first, keys in by_first.items()}, canonical


def canonical_term(term: str) -> str | None:
    """The glossary spelling of ``term`` ("tổ công nghệ số cộng đồng" → "Tổ công nghệ số cộng đồng")."""
    return _glossary_index()[1].get(_syllables(term))


def merge_compounds(tokens: Sequence[str]) -> list[str]:
    """Join tokens into glossary compounds, splitting any token a compound cuts through.

    >>> merge_compounds(["phát triển", "kinh tế", "số"])
    ['phát triển', 'kinh tế số']
    """
    return [word for word, _ in merge_tagged_compounds([(token, "") for token in tokens])]


def merge_tagged_compounds(tagged: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Like :func:`merge_compounds` for (word, POS tag) pairs; a glossary compound is tagged "N".

    >>> merge_tagged_compounds([("dữ liệu", "N"), ("số", "N"), ("tăng", "V")])
    [('dữ liệu số', 'N'), ('tăng', 'V')]
    """
    tokens = [token for token, _ in tagged]
    by_first, _ = _glossary_index()
    if not any(syllable.casefold() in by_first for token in tokens for syllable in token.split()):
        return list(tagged)  # no compound can start here: most sentences
    syllables: list[tuple[str, int]] = []
    for index, token in enumerate(tokens):
        syllables.extend((syllable, index) for syllable in token.split())
    folded = [syllable.casefold() for syllable, _ in syllables]
    merged: list[tuple[str, str]] = []
    position = 0
    while position < len(syllables):
        match_length = 0
        for candidate in by_first.get(folded[position], ()):
            if tuple(folded[position : position + len(candidate)]) == candidate:
                match_length = len(candidate)
                break
        if match_length:
            words = [syllable for syllable, _ in syllables[position : position + match_length]]
            merged.append((_SPACE_BEFORE_COMMA.sub(r"\1", " ".join(words)), "N"))
            position += match_length
            continue
        # Keep underthesea's own word: take the rest of this token up to where a compound starts.
        token_index = syllables[position][1]
        words = [syllables[position][0]]
        position += 1
        while position < len(syllables) and syllables[position][1] == token_index:
            if any(
                tuple(folded[position : position + len(candidate)]) == candidate
                for candidate in by_first.get(folded[position], ())
            ):
                break
            words.append(syllables[position][0])
            position += 1
        merged.append((" ".join(words), tagged[token_index][1]))
    return merged


def split_sentences(body: str) -> list[str]:
    """Sentences of an article body, paragraph by paragraph (headings are sentences too).

    >>> split_sentences("Kinh tế số tăng. Xã hội số phát triển.\\nTổ công nghệ số")
    ['Kinh tế số tăng.', 'Xã hội số phát triển.', 'Tổ công nghệ số']
    """
    from underthesea import sent_tokenize  # imported late: loading it costs a third of a second

    sentences: list[str] = []
    for paragraph in normalize_text(body).split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        pieces: list[str] = []
        for piece in (p.strip() for p in sent_tokenize(paragraph)):
            # A quote closed after its full stop ("… hai con số." Đây là …) belongs to the sentence before.
            if pieces and piece[:1] in "\"”»'" and _has_open_quote(pieces[-1]):
                pieces[-1] = pieces[-1] + piece[0]
                piece = piece[1:].strip()
            if piece:
                pieces.append(piece)
        sentences.extend(pieces)
    return sentences


def _has_open_quote(sentence: str) -> bool:
    return sentence.count('"') % 2 == 1 or sentence.count("“") > sentence.count("”")


def tokenize(sentence: str) -> list[str]:
    """Words of a sentence, with glossary compounds whole.

    >>> tokenize("Phát triển kinh tế số và an ninh mạng")
    ['Phát triển', 'kinh tế số', 'và', 'an ninh mạng']
    """
    from underthesea import word_tokenize

    return merge_compounds(word_tokenize(normalize_text(sentence)))


# underthesea's newer POS model (CRF on VLSP 2013, shipped inside the wheel). Its legacy default
# rebuilds 22 feature templates per word in Python and costs about 3.5 times the segmentation;
# this one featurises in Rust and costs about as much as the segmentation itself. ``pos_tag(model=
# "v2.0")`` cannot be used: in underthesea 9.5 it fails with UnboundLocalError on its second call.
POS_MODEL = "pos_crf_vlsp2013_20230303"


class TaggerError(RuntimeError):
    """underthesea's POS model is missing: the installed underthesea does not ship it."""


@cache
def _pos_tagger() -> Any:
    import underthesea.pipeline.pos_tag as pos_package
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    folder = Path(pos_package.__file__).parent / "models" / POS_MODEL
    if not (folder / "models.bin").is_file():
        raise TaggerError(
            f"underthesea's POS model {POS_MODEL} is not at {folder}; reinstall underthesea 9.5 or newer"
        )
    tagger = FastCRFSequenceTagger()
    tagger.load(str(folder))
    return tagger


def tag_tokens(tokens: Sequence[str]) -> list[str]:
    """POS tags (VLSP 2013 tag set: N, Np, V, A, E, …) of already segmented words.

    >>> tag_tokens(["Phát triển", "kinh tế", "số"])
    ['V', 'N', 'N']
    """
    if not tokens:
        return []
    tags = _pos_tagger().predict([[token] for token in tokens])
    return [tag[2:] if tag.startswith("B-") else tag for tag in tags]  # the model answers "B-N"


def tag_words(sentence: str) -> list[tuple[str, str]]:
    """Words of a sentence with their POS tags (underthesea), glossary compounds whole.

    >>> tag_words("Phát triển kinh tế số")
    [('Phát triển', 'V'), ('kinh tế số', 'N')]
    """
    from underthesea import word_tokenize

    tokens = word_tokenize(normalize_text(sentence))
    return merge_tagged_compounds(list(zip(tokens, tag_tokens(tokens), strict=True)))
