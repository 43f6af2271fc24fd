"""Numbers as Vietnamese writes them: "80.000", "1,5 triệu tỷ", "hơn 2,2 triệu".

The dot groups thousands and the comma marks decimals, the opposite of English. Offsets returned
here refer to the NFC form of the text; callers are expected to pass NFC text, and then offsets are
offsets into what they passed.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from analysis.dates import find_dates
from analysis.resources import phrases
from analysis.text import phrase_alternation
from analysis.types import NumberMention

# Either dot-grouped thousands with an optional decimal part, or plain digits with one.
_NUMBER_RE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?")
# Besides whitespace, pasted text carries zero-width characters and byte-order marks.
_STRIP_CHARS = "\u200b\u200c\u200d\u2060\ufeff"

# A maximal run of digits joined by separators, read as a whole so that "12.34" is rejected rather
# than read as "12", and "10/10" or "07:33" are recognised as a date or time. Possessive, so a run
# glued to a letter ("5G", "80.000đ") fails as a whole instead of shrinking to "80". Runs that
# start glued to a letter ("CNTT4", "H5N1", "COVID-19") are not numbers either.
_RUN_RE = re.compile(r"(?<!\w)(?<!\w[.,/:\-–])[0-9](?:[0-9]|[.,/:\-–][0-9])*+(?!\w)")
_DASH_RE = re.compile(r"[-–]")
# Dashed and dotted dates look like ranges and thousands; find_dates only accepts valid ones, so an
# impossible "32-13-2023" is still kept out of the numbers here.
_DATE_RUN_RE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}([.\-])[0-9]{1,2}\1[0-9]{4}")

_SCALES = {"trăm": 10**2, "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_SCALE_RE = re.compile(r"\s+(" + "|".join(_SCALES) + r")(?!\w)", re.IGNORECASE)
# "tỷ lệ" (ratio), "tỷ trọng" (share), "tỷ phú" (billionaire) and "tỷ giá" (exchange rate) are words
# of their own: "10 tỷ phú" is ten billionaires, not ten billion.
_NOT_SCALE_RE = re.compile(r"\s+(?:lệ|trọng|phú|giá|số)(?!\w)", re.IGNORECASE)

NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# A position written in words after "thứ", "hạng", "xếp": "thứ nhất", "hạng nhì", "thứ tư".
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
_NUMBER_WORD_RE = re.compile(r"(?<!\w)(" + "|".join(NUMBER_WORDS) + r")(?!\w)", re.IGNORECASE)
# Compounds such as "hai mươi lăm triệu" are not read; a single word inside one would mislead.
_COMPOUND_WORDS = frozenset(NUMBER_WORDS) | {"mươi", "lăm", "linh", "lẻ", "mốt", "tư", "trăm"}
_PREVIOUS_WORD_RE = re.compile(r"(?<!\w)(\w+)\s+\Z")
_NEXT_WORD_RE = re.compile(r"\s+(\w+)")


# Longest first, so "khoảng gần" is preferred to "gần" wherever both could match.
_QUALIFIERS = phrases("number_qualifiers.txt")
_QUALIFIER_RE = re.compile(rf"(?<!\w)({phrase_alternation(_QUALIFIERS)})\s+\Z", re.IGNORECASE)
# How far before a number a qualifier can start, with generous room for odd whitespace.
_QUALIFIER_WINDOW = 3 * max(map(len, _QUALIFIERS)) + 10


def parse_vietnamese_number(raw: str) -> float | None:
    """The value of a number written the Vietnamese way, or None if ``raw`` is not one.

    >>> [parse_vietnamese_number(raw) for raw in ("2.247.912", "1.234,5", "13,17", "12.34")]
    [2247912.0, 1234.5, 13.17, None]

    A dot groups thousands only before groups of exactly three digits, so "12.34" and "1.2.3" are None.
    """
    exact = _parse_exact(raw)
    return None if exact is None else float(exact)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mentioned in ``text``, with its scale word and leading qualifier, in order.

    >>> [(m.raw, m.value, m.qualifier) for m in find_numbers("với hơn 80.000 tổ, 1,5 triệu tỷ đồng")]
    [('80.000', 80000.0, 'hơn'), ('1,5 triệu tỷ', 1500000000000000.0, None)]

    ``raw`` is the number with its scale words; ``start``..``end`` also covers the qualifier. A unit
    or "%" after the number is left for the caller. Dates and times ("10/10", "28/12/2023",
    "2024-04-25", "07:33"), numbers glued to letters ("CNTT4", "5G") and malformed groupings
    ("12.34", "4.0") yield nothing. Number words ("hai", "năm") count only before a scale word
    ("năm triệu" is 5 000 000; "năm 2023" is a year). Years and ordinals ("năm 2023", "thứ 7") are
    numbers here; filter them with the caller's context. In a range "5-10 triệu" only the last
    number takes the scale.
    """
    text = unicodedata.normalize("NFC", text)
    in_dates = [(mention.start, mention.end) for mention in find_dates(text)]
    mentions: list[NumberMention] = []
    for start, end, value in _digit_numbers(text):
        if not any(start < date_end and date_start < end for date_start, date_end in in_dates):
            mentions.append(_mention(text, start, end, value))
    for start, end, value in _word_numbers(text):
        mentions.append(_mention(text, start, end, value))
    return sorted(mentions, key=lambda mention: mention.start)


def _parse_exact(raw: str) -> Decimal | None:
    text = unicodedata.normalize("NFC", raw).strip().strip(_STRIP_CHARS).strip()
    if not _NUMBER_RE.fullmatch(text):
        return None
    return Decimal(text.replace(".", "").replace(",", "."))


def _digit_numbers(text: str) -> list[tuple[int, int, Decimal]]:
    found: list[tuple[int, int, Decimal]] = []
    for run in _RUN_RE.finditer(text):
        token = run.group()
        if "/" in token or ":" in token or _DATE_RUN_RE.fullmatch(token):
            continue
        parts: list[tuple[int, int, Decimal]] = []
        offset = run.start()
        for part in _DASH_RE.split(token):
            value = _parse_exact(part)
            if value is None:
                # One malformed part ("1.2.3-5") makes the whole run unreadable.
                parts = []
                break
            parts.append((offset, offset + len(part), value))
            offset += len(part) + 1
        found.extend(parts)
    return found


def _word_numbers(text: str) -> list[tuple[int, int, Decimal]]:
    found: list[tuple[int, int, Decimal]] = []
    for word in _NUMBER_WORD_RE.finditer(text):
        # IGNORECASE also matches "ı" for "i" ("haı"): such a spelling is no number word.
        if word.group().lower() not in NUMBER_WORDS or not _scale_words(text, word.end()):
            continue
        previous = _PREVIOUS_WORD_RE.search(text, max(0, word.start() - 20), word.start())
        if previous is not None and previous.group(1).lower() in _COMPOUND_WORDS:
            continue
        _, scale_end = _scale(text, word.end())
        following = _NEXT_WORD_RE.match(text, scale_end)
        if following is not None and _continues_number(text, following):
            continue
        found.append((word.start(), word.end(), Decimal(NUMBER_WORDS[word.group().lower()])))
    return found


def _continues_number(text: str, following: re.Match[str]) -> bool:
    word = following.group(1).lower()
    if word != "năm":
        return word in _COMPOUND_WORDS
    # "hai trăm năm" may be two hundred years; only "hai trăm năm mươi" continues the number.
    after = _NEXT_WORD_RE.match(text, following.end())
    return after is not None and (after.group(1).lower() in {"mươi", *_SCALES})


def _mention(text: str, start: int, end: int, value: Decimal) -> NumberMention:
    factor, end = _scale(text, end)
    qualifier_start, qualifier = _qualifier(text, start)
    return NumberMention(
        start=qualifier_start,
        end=end,
        # Exact arithmetic, so "2,2 triệu" is 2200000.0 and not 2200000.0000000005.
        value=float(value * factor),
        raw=text[start:end],
        qualifier=qualifier,
    )


def _scale_words(text: str, position: int) -> list[re.Match[str]]:
    words: list[re.Match[str]] = []
    while (word := _SCALE_RE.match(text, position)) is not None:
        if word.group(1).lower() not in _SCALES:  # "trıệu": matched by IGNORECASE, not a scale word
            break
        if word.group(1).lower() in {"tỷ", "tỉ"} and _NOT_SCALE_RE.match(text, word.end()):
            break
        words.append(word)
        position = word.end()
    return words


def _scale(text: str, end: int) -> tuple[int, int]:
    factor = 1
    for word in _scale_words(text, end):
        factor *= _SCALES[word.group(1).lower()]
        end = word.end()
    return factor, end


# Number words as a sequence: "hai mươi lăm" (25), "ba trăm linh năm" (305), "mười hai" (12).
_DIGIT_WORDS = {**{w: v for w, v in NUMBER_WORDS.items() if v < 10}, "tư": 4, "lăm": 5, "mốt": 1}
# "tư", "lăm", "mốt" are digits only after "mươi"/"mười": "lăm" alone is not a number.
_LATE_DIGITS = frozenset({"tư", "lăm", "mốt"})
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def find_number_words(text: str) -> list[NumberMention]:
    """Numbers written in words: "hai mươi lăm tỉnh" → 25, "ba cấp" → 3, "năm triệu" → 5 000 000.

    >>> [(m.raw, m.value) for m in find_number_words("ba cấp chính quyền và hai mươi lăm tỉnh")]
    [('ba', 3.0), ('hai mươi lăm', 25.0)]

    "một" alone is an article ("một cách", "một số"), so it counts only inside a longer number
    ("một trăm"). After "mươi", "năm" is the year ("hai mươi năm" is twenty years). Whether a lone
    "năm" is five or a year is the caller's to decide from what follows.
    """
    text = unicodedata.normalize("NFC", text)
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    found: list[NumberMention] = []
    index = 0
    while index < len(words):
        run = _number_word_run(text, words, index)
        if not run:
            index += 1
            continue
        value = _number_word_value([word for word, _, _ in words[index : index + run]])
        start, end = words[index][1], words[index + run - 1][2]
        if value is not None and not (run == 1 and words[index][0] == "một"):
            qualifier_start, qualifier = _qualifier(text, start)
            found.append(NumberMention(qualifier_start, end, float(value), text[start:end], qualifier))
        index += run
    return found


def _number_word_run(text: str, words: list[tuple[str, int, int]], index: int) -> int:
    first = words[index][0]
    if (first not in _DIGIT_WORDS and first != "mười") or first in _LATE_DIGITS:
        return 0
    length = 1
    previous = first
    while index + length < len(words):
        word, start, _ = words[index + length]
        if text[words[index + length - 1][2] : start].strip():  # punctuation breaks a number
            break
        if word in {"tỷ", "tỉ"} and _NOT_SCALE_RE.match(text, start + len(word)):
            break
        follows_tens = previous in {"mươi", "mười"}
        following = words[index + length + 1][0] if index + length + 1 < len(words) else ""
        if word == "năm" and previous not in {"linh", "lẻ"} and following not in {"mươi", "trăm", *_SCALES}:
            break
        if word in _LATE_DIGITS and not follows_tens:
            break
        if word in _DIGIT_WORDS and previous in _DIGIT_WORDS:
            break  # "hai ba" is not a number
        if word not in _DIGIT_WORDS and word not in {"mười", "mươi", "trăm", "linh", "lẻ", *_SCALES}:
            break
        if word == "mười" and previous not in {"trăm", "linh", "lẻ", *_SCALES}:
            break
        length += 1
        previous = word
    # a trailing "linh"/"lẻ" is not part of the number
    while length > 1 and words[index + length - 1][0] in {"linh", "lẻ"}:
        length -= 1
    return length


def _number_word_value(words: list[str]) -> int | None:
    total, group, last = 0, 0, 0
    for word in words:
        if word in _DIGIT_WORDS:
            last = _DIGIT_WORDS[word]
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group += last * 10
            last = 0
        elif word == "trăm":
            group += (last or 1) * 100
            last = 0
        elif word in _SCALES:
            scale = _SCALES[word]
            if group + last == 0 and total:
                total *= scale  # "triệu tỷ": scales multiply
            else:
                total = (
                    (total + group + last) * scale
                    if total and total < scale
                    else total + (group + last) * scale
                )
            group = last = 0
    return total + group + last


def _qualifier(text: str, start: int) -> tuple[int, str | None]:
    found = _QUALIFIER_RE.search(text, max(0, start - _QUALIFIER_WINDOW), start)
    if found is None:
        return start, None
    return found.start(), " ".join(found.group(1).split()).lower()
