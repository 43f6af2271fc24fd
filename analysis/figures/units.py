"""The quantity grammar's reading parts: a sentence as tagged pieces, and the unit after a number.

underthesea tags most unit words ``N`` (and splits or joins some: "0,87 điểm" is one word, "điểm
cầu" two), so the unit is read syllable by syllable: a known unit or counted noun from the data files
wins, else the run of nouns the tagger found after the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.nlp import glossary
from analysis.resources import load_toml, phrases
from analysis.text import longest_first

_PIECE_RE = re.compile(r"\w+|[^\w\s]")
_NOUN_TAGS = frozenset({"N", "Nc", "Nu", "Np", "Ny", "Nb"})
# after a counted noun, at most this many more syllables belong to what is counted
_MAX_UNIT_SYLLABLES = 7


@dataclass(frozen=True)
class Piece:
    """A syllable or punctuation mark of a sentence, with the POS tag of the word it belongs to."""

    text: str
    folded: str
    start: int
    end: int
    tag: str
    word: int = -1


@dataclass(frozen=True)
class Unit:
    """What follows a number: ``category`` is "noun", "percent", "money", "multiplier", "score",
    "change", "rate" or "time"; ``per`` the part after "/" or "mỗi" ("năm" in "15%/năm")."""

    text: str
    start: int
    end: int
    category: str
    per: str | None = None


def pieces_of(text: str) -> list[tuple[str, int, int]]:
    """Syllables and punctuation marks with their spans: "15%/năm" → "15", "%", "/", "năm"."""
    return [(m.group(), m.start(), m.end()) for m in _PIECE_RE.finditer(text)]


def align_pieces(text: str, tokens: Sequence[str], tags: Sequence[str]) -> list[Piece]:
    """The pieces of ``text`` tagged with the POS tag of the underthesea word each falls in.

    >>> [(p.text, p.tag) for p in align_pieces("có 120 trạm BTS", ["có", "120", "trạm", "BTS"],
    ...                                                          ["V", "M", "N", "Np"])]
    [('có', 'V'), ('120', 'M'), ('trạm', 'N'), ('BTS', 'Np')]
    """
    token_pieces: list[tuple[str, str, int]] = []
    for word, (token, tag) in enumerate(zip(tokens, tags, strict=False)):
        token_pieces.extend((piece.casefold(), tag, word) for piece, _, _ in pieces_of(token))
    result: list[Piece] = []
    cursor = 0
    for piece, start, end in pieces_of(text):
        folded = piece.casefold()
        tag, word = "", -1
        # the tokens are the same text cut into words; resynchronise over a few pieces if not
        for offset in range(min(4, len(token_pieces) - cursor)):
            if token_pieces[cursor + offset][0] == folded:
                _, tag, word = token_pieces[cursor + offset]
                cursor += offset + 1
                break
        result.append(Piece(piece, folded, start, end, tag, word))
    return result


def tag_pieces(text: str) -> list[Piece]:
    """:func:`align_pieces` with the tags computed here (for callers without the pipeline's tags)."""
    from analysis.nlp import tag_words

    tagged = tag_words(text)
    return align_pieces(text, [word for word, _ in tagged], [tag for _, tag in tagged])


def syllable_phrases(entries: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as folded syllables and marks, without repeats, longest first, to match piece by piece.

    >>> syllable_phrases(["tổ", "Tổ công nghệ số", "TỔ"])
    (('tổ', 'công', 'nghệ', 'số'), ('tổ',))
    """
    keys = (tuple(p.casefold() for p, _, _ in pieces_of(entry)) for entry in entries)
    return longest_first(key for key in keys if key)


@cache
def grammar() -> dict[str, Any]:
    """``data/figure_grammar.toml``: units and cue words."""
    return load_toml("figure_grammar.toml")


@cache
def unit_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Known units by category, as folded pieces, longest first."""
    units = grammar()["units"]
    known = {
        name: syllable_phrases(units[name]) for name in ("percent", "money", "multiplier", "score", "change")
    }
    known["rate"] = syllable_phrases(units["rate"])
    known["time"] = syllable_phrases(units["time"])
    known["noun"] = syllable_phrases(phrases("count_nouns.txt"))
    known["not"] = syllable_phrases(units["not_units"])
    return known


@cache
def _extensions() -> tuple[tuple[str, ...], ...]:
    entries = [*glossary(), *phrases("count_nouns.txt"), *phrases("unit_modifiers.txt")]
    return syllable_phrases(entries)


@cache
def _heads() -> tuple[tuple[str, ...], ...]:
    """Phrases that may start a counted noun although the tagger says otherwise."""
    return syllable_phrases([*glossary(), *phrases("count_nouns.txt"), *phrases("list_heads.txt")])


@cache
def _phrase_set(section: str, name: str) -> tuple[tuple[str, ...], ...]:
    return syllable_phrases(grammar()[section][name])


@cache
def _word_set(section: str, name: str) -> frozenset[str]:
    return frozenset(grammar()[section][name])


def match_phrase(pieces: Sequence[Piece], index: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """How many pieces from ``index`` the longest of ``phrases`` covers; 0 if none starts there."""
    for phrase in phrases:
        if tuple(piece.folded for piece in pieces[index : index + len(phrase)]) == phrase:
            return len(phrase)
    return 0


# "BTS", "5G", and brands in mixed capitals with two or more of them ("VNeID", "eKYC")
_ACRONYM = re.compile(r"(?=\w*[A-Z])[A-Z0-9]{2,6}|(?=(?:\w*[A-Z]){2})[A-Za-z0-9]{3,8}")


def _is_word(piece: Piece) -> bool:
    return piece.text.isalpha()


def _is_noun(piece: Piece) -> bool:
    if _ACRONYM.fullmatch(piece.text):
        return True  # "trạm BTS 5G"
    if not _is_word(piece) or piece.folded in _word_set("cues", "stop_nouns"):
        return False
    if piece.tag == "Np" or piece.text[:1].isupper():
        # a proper noun belongs to a unit only as an acronym: "120 trạm BTS"
        return piece.text.isupper() and len(piece.text) <= 6
    return piece.tag in _NOUN_TAGS


def _misread_counted_noun(pieces: Sequence[Piece], index: int) -> bool:
    """Whether the tagger read as a verb or adjective the noun a count of hundreds or more counts: "2.860 tiểu
    thương ở …", "1.430 điều dưỡng đã …" (a whole word of two syllables, in lower case, right after the
    number). A verb so close after a count is rare: "Quyết định 749 phê duyệt" is a label, read before."""
    piece = pieces[index]
    number = pieces[index - 1].text if index else ""
    first = index - 1
    while first > 0 and pieces[first - 1].word >= 0 and pieces[first - 1].word == pieces[index - 1].word:
        first -= 1  # "1.760" is read "1", ".", "760"
    before = pieces[first - 1] if first > 0 else None
    if before is not None and before.tag[:1] == "N" and before.text.isalpha() and before.text.islower():
        return False  # "Tổng đài 1022 tiếp nhận …", "Quyết định 749 phê duyệt": a name's number, then a verb
    word = [p for p in pieces if p.word >= 0 and p.word == piece.word]
    if word and pieces[index - 1].word == piece.word:
        # "được 186.000 trang": the tagger made the number and the noun after it one "verb"
        word = word[word.index(piece) :]
    return (
        piece.tag[:1] in {"V", "A"}
        and piece.word >= 0
        and 1 <= len(word) <= 2
        and (len(word) == 2 or pieces[index - 1].word == piece.word)
        and word[0] is piece
        and all(p.text.isalpha() and p.text.islower() for p in word)
        and bool(re.fullmatch(r"\d{3,}", number))
        # "1.384" is read "1", ".", "384"; "12/2025 kết nối", "mốc 1119-1120 thường xuyên" are no counts
        and not (index >= 2 and pieces[index - 2].text in {"/", "-", "–"})
        and piece.start > pieces[index - 1].end
        and not match_phrase(pieces, index, _phrase_set("units", "stop_words"))
    )


def _whole_words_at(pieces: Sequence[Piece], index: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """``match_phrase``, but 0 where a noun that opens with a unit's syllables stands (``unit_lookalikes``):
    "18.400 đồng hồ", "12.000 đồng bào" hold no "đồng" (the currency)."""
    length = match_phrase(pieces, index, phrases)
    lookalike = match_phrase(pieces, index, _phrase_set("units", "unit_lookalikes"))
    return 0 if lookalike > length else length


def _category_at(pieces: Sequence[Piece], index: int) -> tuple[str, int]:
    best = ("", 0)
    for category, known in unit_phrases().items():
        length = _whole_words_at(pieces, index, known)
        if length > best[1]:
            best = (category, length)
    return best


def read_unit(pieces: Sequence[Piece], index: int) -> Unit | None:
    """The unit of a number whose last piece is before ``pieces[index]``; None if nothing is counted.

    >>> pieces = align_pieces("có 12 chỉ số thành phần được", ["có", "12", "chỉ số", "thành phần", "được"],
    ...                       ["V", "M", "N", "N", "R"])
    >>> read_unit(pieces, 2)
    Unit(text='chỉ số thành phần', start=6, end=23, category='noun', per=None)
    """
    if index >= len(pieces):
        return None
    category, length = _category_at(pieces, index)
    if category == "not":
        return None
    if not length or category == "noun":
        # the longest known head: "Tổ công nghệ số cộng đồng", not the count noun "tổ" in it
        length = max(length, match_phrase(pieces, index, _heads()))
        category = "noun"
    if not length:
        misread = _misread_counted_noun(pieces, index)
        if not (_is_noun(pieces[index]) or misread):
            return None
        length = (
            1
            if not misread
            else len([p for p in pieces if p.word == pieces[index].word and p.start >= pieces[index].start])
        )
    end = index + length
    head_end = end
    while (
        head_end < len(pieces)
        and pieces[head_end].word >= 0
        and pieces[head_end].word == pieces[end - 1].word
    ):
        head_end += 1  # the tagger's whole word: "học viên", not "học"
    point = match_phrase(pieces, end, _phrase_set("units", "point_verbs")) if category == "score" else 0
    if (
        category == "score"
        and end < len(pieces)
        and (_is_noun(pieces[end]) or match_phrase(pieces, end, _phrase_set("units", "noun_verbs")) or point)
        and pieces[end].tag != "Np"
    ):
        category = "noun"  # "85 điểm du lịch" counts places, "85 điểm" is a score
        end += point  # "26 điểm tham quan": the verb names the place
    if category == "noun":
        end = _extend_noun_run(pieces, end)
    elif (
        category in {"percent", "multiplier"}
        and end < len(pieces)
        and pieces[end].folded in _word_set("units", "economy")
    ):
        end += 1
    if category == "noun" and _whole_words_at(pieces, index, unit_phrases()["money"]):
        category = "money"
    text = _join(pieces[index:end])
    per, end = _read_per(pieces, end)
    if not per and category == "noun" and (per := _closing_per(pieces, end)):
        # a per-period far from its count is of the counted noun: "2.100 sinh viên ngành … mỗi năm"; verbs
        # that run on to it still name what is counted: "95.000 lượt tra cứu mỗi ngày"
        verbs = head_end
        while verbs < len(pieces) and pieces[verbs].tag.startswith("V"):
            verbs += 1
        if verbs < len(pieces) and pieces[verbs].folded in {"mỗi", "hằng", "hàng"}:
            head_end = verbs
        text = _join(pieces[index:head_end])
    if per:
        text = f"{text}/{per}"
    return Unit(text, pieces[index].start, pieces[end - 1].end, category, per)


def _join(pieces: Sequence[Piece]) -> str:
    text = ""
    for previous, piece in zip([None, *pieces], pieces, strict=False):
        spaced = previous is not None and previous.end < piece.start and previous.text != "/"
        if spaced and piece.text not in {",", "/"}:
            text += " "
        text += piece.text
    return text


def _extend_noun_run(pieces: Sequence[Piece], end: int) -> int:
    start = end
    while end < len(pieces) and end - start < _MAX_UNIT_SYLLABLES:
        if match_phrase(pieces, end, _phrase_set("units", "stop_words")):
            break
        extra = match_phrase(pieces, end, _extensions()) or match_phrase(
            pieces, end, _phrase_set("units", "noun_verbs")
        )
        if extra:
            end += extra
            continue
        # a verb of trade with its goods still says which ones: "12 phiên livestream bán nông sản"
        verb = match_phrase(pieces, end, _phrase_set("units", "object_verbs"))
        if verb and end + verb < len(pieces) and _is_noun(pieces[end + verb]):
            end += verb
            continue
        piece = pieces[end]
        if match_phrase(pieces, end, _phrase_set("units", "type_words")) and _points_back_at(pieces, end + 1):
            break  # "21.760 đồng hồ | loại này": which kind of them, not more of the noun
        # "quốc gia và vùng lãnh thổ", "doanh nghiệp khoa học và công nghệ"
        if piece.folded == "và" and end + 1 < len(pieces) and pieces[end + 1].tag in _NOUN_TAGS:
            following = _extend_noun_run(pieces, end + 1) if _is_noun(pieces[end + 1]) else end + 1
            # "4 hội thảo chuyên đề và khu trưng bày": a noun a verb follows opens a thing of its own
            verb_after = following < len(pieces) and pieces[following].tag.startswith("V")
            # "thị xã Sa Pa 1.250 tài khoản và huyện Bát Xát 860 tài khoản": what a number follows opens the
            # next item of a list, with its own count
            named_to = following
            while (
                named_to < len(pieces)
                and pieces[named_to].tag == "Np"
                and not pieces[named_to].text[:1].isdigit()
            ):
                named_to += 1
            next_item = named_to < len(pieces) and pieces[named_to].text[:1].isdigit()
            if following > end + 1 and not verb_after and not next_item:
                end = following
                continue
        # coordinated counted nouns are one unit: "học sinh, sinh viên", "xã, phường, đặc khu"
        if piece.text == "," and end + 1 < len(pieces):
            more = match_phrase(pieces, end + 1, unit_phrases()["noun"])
            if more:
                end += 1 + more
                continue
        if _is_noun(piece) and not _followed_by_digit(pieces, end):
            end += 1
            continue
        break
    while start < end < len(pieces) and pieces[end].word >= 0 and pieces[end].word == pieces[end - 1].word:
        end -= 1  # the syllable cap never cuts a word: "… và kích hoạt", not "… và kích"
    while end > start and pieces[end - 1].folded in {"và", ","}:
        end -= 1
    return end


def _points_back_at(pieces: Sequence[Piece], index: int) -> bool:
    anaphora = syllable_phrases(grammar()["cues"]["anaphora"])
    return index < len(pieces) and match_phrase(pieces, index, anaphora) > 0


def _followed_by_digit(pieces: Sequence[Piece], index: int) -> bool:
    return index + 1 < len(pieces) and pieces[index + 1].text.isdigit()


def _closing_per(pieces: Sequence[Piece], end: int) -> str | None:
    """A per-period that closes the clause of a count: "2.100 sinh viên ngành công nghệ thông tin, điện
    tử - viễn thông mỗi năm." is a rate; a stop verb or a number between ("…, doanh thu tăng mỗi năm")
    says not."""
    per_words = syllable_phrases(grammar()["cues"]["per_periods"])
    for position in range(end, len(pieces)):
        piece = pieces[position]
        if piece.folded in {"mỗi", "hằng", "hàng"}:
            length = match_phrase(pieces, position + 1, per_words)
            after = position + 1 + length
            closed = after == len(pieces) or pieces[after].text in {".", ";", ":"}
            return pieces[position + 1].text if length == 1 and closed else None
        if piece.text in {".", ";", ":"} or piece.text[:1].isdigit():
            return None
        if match_phrase(pieces, position, _phrase_set("units", "stop_words")):
            return None
    return None


def _read_per(pieces: Sequence[Piece], end: int) -> tuple[str | None, int]:
    """The per-part after a unit: "/năm", "/người/tháng", "mỗi năm"."""
    parts: list[str] = []
    per_words = syllable_phrases(grammar()["units"]["per"])
    while end + 1 < len(pieces):
        piece = pieces[end]
        glued = piece.text == "/" and pieces[end - 1].end == piece.start
        if glued or piece.folded == "mỗi":
            length = match_phrase(pieces, end + 1, per_words)
            if not length and glued and _is_word(pieces[end + 1]):
                length = 1
            if not length:
                break
            parts.append(" ".join(p.text for p in pieces[end + 1 : end + 1 + length]))
            end += 1 + length
            continue
        break
    return ("/".join(parts) or None), end


def is_currency(unit: str) -> bool:
    """Whether a unit is a currency, also per period: "đồng", "tỷ USD", "đồng/năm".

    >>> is_currency("đồng/năm"), is_currency("doanh nghiệp")
    (True, False)
    """
    return unit.split("/")[0].strip().casefold() in _currencies()


@cache
def _currencies() -> frozenset[str]:
    return frozenset(word.casefold() for word in grammar()["units"]["money"])
