"""Reading numbers in a sentence, and telling the ones that are no figure: years, labels, markers, code."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from analysis.figures.cues import alternation, cue_pattern, ending_pattern, ends_with, piece_after
from analysis.figures.units import Piece, Unit
from analysis.numbers import find_number_words, find_numbers
from analysis.types import NumberMention

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:vn|com|net|org|gov|html?|php|aspx?)(?:/\S*)?\b", re.I)

_CODE = re.compile(
    r"[{}]|\b\d+(?:px|em|rem)\b|[a-z-]+\s*:\s*\d+(?:px|em|rem|%)\s*;|\bfunction\s*\(|\bvar\s+\w+\s*=|=\s*\d+\s*;",
    re.I,
)

DOCUMENT_CODE_AFTER = re.compile(r"\s*[/\-–]\s*[A-ZĐ]")


@dataclass(frozen=True)
class Reading:
    """A number as read, before it becomes a figure."""

    start: int
    end: int
    number_start: int
    value: float
    qualifier: str | None
    scaled: bool
    is_word: bool
    value_high: float | None = None


def read_numbers(text: str) -> list[Reading]:
    readings = []
    for mention in find_numbers(text):
        if not mention.raw[:1].isdigit():
            continue  # number words are read below, compounds included
        readings.append(_reading(mention, is_word=False))
    for mention in find_number_words(text):
        readings.append(_reading(mention, is_word=True))
    readings.sort(key=lambda reading: reading.number_start)
    return _join_ranges(text, readings)


def _reading(mention: NumberMention, *, is_word: bool) -> Reading:
    number_start = mention.end - len(mention.raw)
    scaled = (len(mention.raw.split()) > 1 and not is_word) or (is_word and _has_scale(mention.raw))
    return Reading(
        mention.start, mention.end, number_start, mention.value, mention.qualifier, scaled, is_word
    )


def _has_scale(raw: str) -> bool:
    return any(word in {"nghìn", "ngàn", "triệu", "tỷ", "tỉ"} for word in raw.casefold().split())


def _join_ranges(text: str, readings: list[Reading]) -> list[Reading]:
    """ "7,5 - 8%", "15–18%", "từ 5 đến 7 năm", "5-10 triệu": one reading with a low and a high end."""
    joined: list[Reading] = []
    index = 0
    while index < len(readings):
        low = readings[index]
        if index + 1 < len(readings):
            high = readings[index + 1]
            between = text[low.end : high.start]
            connector = re.fullmatch(r"\s*(%|[^\W\d]+(?:\s[^\W\d]+)?)?\s*(?:[-–—~]|đến|tới)\s*", between)
            if connector and not low.is_word and not high.is_word and (connector.group(1) or "") in {"", "%"}:
                factor = 1.0
                if high.scaled and not low.scaled:
                    factor = high.value / float(
                        text[high.number_start : high.end].split()[0].replace(".", "").replace(",", ".")
                    )
                value = low.value * factor
                if value < high.value and not _is_year_pair(low, high):
                    joined.append(replace(low, end=high.end, value=value, value_high=high.value))
                    index += 2
                    continue
        joined.append(low)
        index += 1
    return joined


def _is_year_pair(low: Reading, high: Reading) -> bool:
    return all(1900 <= r.value <= 2100 and float(r.value).is_integer() for r in (low, high))


def is_year(text: str, reading: Reading) -> bool:
    raw = text[reading.number_start : reading.end]
    if reading.value_high is not None or reading.is_word or not re.fullmatch(r"\d{4}", raw):
        return False
    return 1900 <= reading.value <= 2100 and not text[reading.end :].lstrip().startswith("%")


def is_label(text: str, reading: Reading, pieces: Sequence[Piece]) -> bool:
    """ "lần thứ 5", "Quyết định 411", "năm 2023", "tháng 10", "phiên họp thứ hai".

    An identifier takes no qualifier ("khoảng 2.800" is a figure), and the label must be a word of
    its own: "cấp" labels "cấp 3", not "cung cấp 1.857".
    """
    if reading.qualifier is not None:
        return False
    offset = max(0, reading.start - 30)
    before = text[offset : reading.start]
    if ends_with("label_exceptions", before):
        return False
    label = ending_pattern("label").search(before)
    if label is None:
        return False
    first = piece_after(pieces, offset + label.start())
    return not (
        0 < first < len(pieces) and pieces[first].word >= 0 and pieces[first - 1].word == pieces[first].word
    )


def is_marker(text: str, reading: Reading) -> bool:
    """List markers: "1)", "(2)", "04." at the start of a sentence or in brackets."""
    after = text[reading.end : reading.end + 1]
    prefix = text[: reading.start].strip()
    if prefix in {"", "(", "-", "–", "•", "*"} and after in {")", ".", ":"} and reading.value < 100:
        return True
    # "(2)" numbers an item; "(11,2)" is a value in brackets, compared with the one before it
    return (
        text[reading.start - 1 : reading.start] == "(" and after == ")" and float(reading.value).is_integer()
    )


@cache
def _address_pattern() -> re.Pattern[str]:
    """ "Địa chỉ: 136 đường Trần Hưng Đạo": a page's address, whose numbers are no figures."""
    return re.compile(rf"(?<!\w)(?:{alternation('address_labels')})\s*:", re.IGNORECASE)


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans that are addresses, code or terms with a number in them ("chính quyền hai cấp"), where no
    number is a figure."""
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    address = _address_pattern().search(text)
    if address:
        spans.append((address.end(), len(text)))
    if _CODE.search(text):
        spans.append((0, len(text)))
    spans.extend((m.start(), m.end()) for m in cue_pattern("numbered_terms").finditer(text))
    return spans


def is_truncated(unit: Unit, text: str) -> bool:
    """ "có 450 cơ s": a unit cut off at the end of a text."""
    last = unit.text.split()[-1] if unit.text.split() else ""
    at_end = not text[unit.end :].strip()
    return (
        at_end
        and last.islower()
        and not re.search(r"[aeiouyăâêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", last)
    )


def reading_at(start: int, end: int) -> Reading:
    return Reading(start, end, start, 0.0, None, False, False)
