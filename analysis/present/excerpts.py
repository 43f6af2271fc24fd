"""A figure in its article's own words: the clause around its number, trimmed, beside the measure read.

The measure on a card is read by rules and is sometimes short of what the sentence says ("hộ" for "41%
hộ cập nhật nhật ký canh tác"); the words around the number never are. A card shows both, so an analyst
sees at a glance what the figure is before it goes into a meeting, and one click still opens the sentence.

Nothing here draws: the Overview cards and the brief's key-figure table lay out what it returns (the slides
and the deck keep the sentences in their speaker notes instead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.nlp import tokenize
from analysis.types import Figure

# Syllables kept around the number, and at least before and after it: a card has room for two or three
# short lines.
WORDS = 20
WORDS_BEFORE = 9
WORDS_AFTER = 8
# A clause that opens fewer words than this before the number says too little alone ("đạt 98%"): the
# excerpt then starts earlier, at the clause before it.
MIN_CLAUSE_WORDS = 4
# Words a clause may run past the limit when starting at it reads better than cutting a phrase in two.
SLACK = 4
ELLIPSIS = "…"

# Where a clause of its own begins or ends: a figure of the next clause is another statement.
_SEGMENT_END = re.compile(r"[;:!?]|\.(?=\s|$)")
_SYLLABLE = re.compile(r"\S+")


@dataclass(frozen=True)
class Excerpt:
    """The words before the number (opening with "…" where cut), the number as written, the words after."""

    before: str
    number: str
    after: str

    @property
    def text(self) -> str:
        return f"{self.before}{self.number}{self.after}"


def figure_excerpt(figure: Figure, *, words: int = WORDS) -> Excerpt:
    """The figure's own clause around its number, about ``words`` syllables in all, cut at a clause
    boundary where one leaves enough words, never inside a word of several syllables ("thủ tục"), and
    marked "…" where the sentence goes on. Words the clause lacks before the number go after it.

    >>> s = "Đến tháng 11/2023, mạng cáp quang đã phủ tới 2.386 thôn trên địa bàn tỉnh, đạt 98%."
    >>> figure_excerpt(Figure(98.0, "%", None, "98%", None, 2023, "d", s, start=s.index("98%"),
    ...                       end=s.index("98%") + 3)).text
    'Đến tháng 11/2023, mạng cáp quang đã phủ tới 2.386 thôn trên địa bàn tỉnh, đạt 98%'
    >>> s = "Năm 2023, cả tỉnh có 41.326 hộ dùng ví điện tử; 68% hộ thanh toán không dùng tiền mặt."
    >>> figure_excerpt(Figure(68.0, "%", None, "68%", None, 2023, "d", s, start=s.index("68%"),
    ...                       end=s.index("68%") + 3)).text
    '68% hộ thanh toán không dùng tiền mặt'
    """
    sentence, start, end = figure.sentence, figure.start, figure.end
    if not 0 <= start < end <= len(sentence):
        return Excerpt("", " ".join(figure.text.split()), "")
    starts = _word_starts(sentence)
    before, used = _before(sentence, start, starts, limit=max(WORDS_BEFORE, words - WORDS_AFTER))
    after = _after(sentence, end, starts, limit=max(WORDS_AFTER, words - used))
    return Excerpt(before, " ".join(sentence[start:end].split()), after)


def _word_starts(sentence: str) -> set[int]:
    """Where the sentence's words begin, a word of several syllables counted once ("bộ phận một cửa")."""
    starts, cursor = set(), 0
    for token in tokenize(sentence):
        first = token.split()[0] if token.split() else token
        found = sentence.find(first, cursor)
        if found < 0:
            continue
        starts.add(found)
        cursor = found + len(first)
    return starts


def _before(sentence: str, start: int, starts: set[int], *, limit: int) -> tuple[str, int]:
    opening = max((match.end() for match in _SEGMENT_END.finditer(sentence, 0, start)), default=0)
    syllables = list(_SYLLABLE.finditer(sentence, opening, start))
    cut = opening > 0
    first = 0
    if len(syllables) > limit:
        # start at the clause's own start, or at a clause after a comma, where one leaves enough words and
        # not many more than the limit ("…, còn huyện Tân Phước mới đạt 41%"), else at the limit, at the
        # start of a word
        first = next(
            (
                index
                for index in range(len(syllables))
                if (index == 0 or syllables[index - 1].group().endswith(","))
                and MIN_CLAUSE_WORDS <= len(syllables) - index <= limit + SLACK
            ),
            len(syllables) - limit,
        )
        while first < len(syllables) - 1 and syllables[first].start() not in starts:
            first += 1
        cut = cut or first > 0
    kept = syllables[first:]
    text = " ".join(match.group() for match in kept)
    spaced = start > 0 and sentence[start - 1].isspace()
    return (ELLIPSIS if cut and text else "") + text + (" " if text and spaced else ""), len(kept)


def _after(sentence: str, end: int, starts: set[int], *, limit: int) -> str:
    closing = next((match.start() for match in _SEGMENT_END.finditer(sentence, end)), len(sentence))
    syllables = list(_SYLLABLE.finditer(sentence, end, closing))
    kept = 0
    while kept < len(syllables):
        # a word of several syllables is kept whole, past the limit if need be
        if kept >= limit and syllables[kept].start() in starts:
            break
        kept += 1
        word = syllables[kept - 1].group()
        # the aside the number stands in ends here, or the clause, unless a comma only lists one more noun
        # ("2.140 hộ và 36 doanh nghiệp, hợp tác xã đã lắp đặt …")
        if word.rstrip(",;").endswith(")") or (word.endswith(",") and kept >= MIN_CLAUSE_WORDS + 2):
            break
    text = " ".join(match.group() for match in syllables[:kept]).rstrip(",")
    if not text:
        return ""
    cut = kept < len(syllables) or closing < len(sentence.rstrip()) - 1
    spaced = sentence[end : end + 1].isspace()
    return (" " if spaced else "") + text + (ELLIPSIS if cut and not text.endswith(")") else "")
