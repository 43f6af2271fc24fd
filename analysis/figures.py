"""Key figures: numbers with what they count, read the Vietnamese way, with their year and source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.nlp import _syllables, glossary
from analysis.numbers import find_numbers
from analysis.priorities import list_heads
from analysis.resources import load_lines
from analysis.types import Figure, NumberMention, Sentence

_YEAR = re.compile(r"năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# Identifiers and ordinals: "lần thứ 8", "tháng 10", "Đề án 06", "năm 2023", "khóa XIII".
_LABEL_BEFORE = re.compile(
    r"(?:thứ|tháng|năm|ngày|số|khóa|khoá|đề án|nghị quyết|quyết định|chỉ thị|điều|khoản|top|phiên|lần|mục|"
    r"chương|phần|giai đoạn|quý|tuần|phiên bản|version|cấp)\s*$",
    re.IGNORECASE,
)
_BASELINE_BEFORE = re.compile(r"(?:so với|gấp\s+\S+\s+lần)(?:\s+cùng kỳ)?\s*$", re.IGNORECASE)
_MAX_EXTENSION = 2


@cache
def _count_nouns() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({_syllables(noun) for noun in load_lines("count_nouns.txt")}, key=len, reverse=True))


@cache
def _extensions() -> tuple[tuple[str, ...], ...]:
    entries = {_syllables(term) for term in glossary()} | set(_count_nouns())
    entries |= {_syllables(word) for word in load_lines("unit_modifiers.txt")}
    return tuple(sorted(entries, key=len, reverse=True))


@cache
def _counted_terms() -> tuple[tuple[str, ...], ...]:
    """Glossary terms that begin with a count noun ("Tổ công nghệ số cộng đồng" begins with "tổ")."""
    heads = {noun[0] for noun in _count_nouns() if len(noun) == 1}
    terms = {_syllables(term) for term in glossary()}
    return tuple(sorted((t for t in terms if t[0] in heads), key=len, reverse=True))


@cache
def _list_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(_syllables(head) for head in list_heads())


def _words_after(text: str, position: int, limit: int = 12) -> list[tuple[str, int, int]]:
    words = []
    for match in re.finditer(r"[\w/&%]+|[,;.:()\-–“”\"]", text[position:]):
        words.append((match.group().casefold(), position + match.start(), position + match.end()))
        if len(words) >= limit:
            break
    return words


def _match_at(words: list[tuple[str, int, int]], index: int, entries: Sequence[tuple[str, ...]]) -> int:
    for entry in entries:
        window = tuple(word for word, _, _ in words[index : index + len(entry)])
        if window == entry:
            return len(entry)
    return 0


def read_unit(text: str, position: int) -> tuple[str, int] | None:
    """The counted thing after a number ending at ``position``, and where it ends; None if none.

    >>> read_unit("có 16 nhóm nền tảng số phục vụ", 5)
    ('nhóm nền tảng số', 22)
    """
    words = _words_after(text, position)
    if not words:
        return None
    if words[0][0] == "%":
        return "%", words[0][2]
    if _match_at(words, 0, tuple(_list_heads())):
        return None
    length = max(_match_at(words, 0, _count_nouns()), _match_at(words, 0, _counted_terms()))
    if not length:
        return None
    index = length
    # Coordinated count nouns are one unit: "tỉnh, thành phố", "xã, phường, đặc khu".
    while index < len(words) and words[index][0] == ",":
        more = _match_at(words, index + 1, _count_nouns())
        if not more:
            break
        index += 1 + more
    for _ in range(_MAX_EXTENSION):
        extra = _match_at(words, index, _extensions())
        if not extra:
            break
        index += extra
    end = words[index - 1][2]
    return text[words[0][1] : end], end


def _subject(sentence: str, unit: str, number_start: int) -> str | None:
    """The domain entity a figure is about: a glossary term the unit heads or holds, else the nearest."""
    folded = sentence.casefold()
    unit_folded = unit.casefold()
    head = unit_folded.split()[0] if unit_folded.split() else ""
    spans: list[tuple[int, int, str]] = []
    for term in glossary():
        for match in re.finditer(rf"(?<!\w){re.escape(term.casefold())}(?!\w)", folded):
            spans.append((match.start(), match.end(), term))
    # "công nghệ số" inside "Tổ công nghệ số cộng đồng" is not a subject of its own.
    present = [
        (start, term)
        for start, end, term in spans
        if not any(
            outer_start <= start and end <= outer_end and (outer_end - outer_start) > (end - start)
            for outer_start, outer_end, _ in spans
        )
    ]
    if not present:
        return None
    for _, term in sorted(present, key=lambda found: -len(found[1])):
        if term.casefold().split()[0] == head or term.casefold() in unit_folded:
            return term
    return min(present, key=lambda found: (abs(found[0] - number_start), -len(found[1])))[1]


def _figure_year(sentence: str, mention: NumberMention, fallback: int | None) -> int | None:
    # "tăng … so với năm 2025" names the baseline a figure is compared with, not its own year.
    years = [
        (match.start(), int(match.group(1)))
        for match in _YEAR.finditer(sentence)
        if not _BASELINE_BEFORE.search(sentence[max(0, match.start() - 25) : match.start()])
    ]
    before = [year for start, year in years if start < mention.start]
    if before:
        return before[-1]
    return years[0][1] if years else fallback


def extract_figures(sentences: Sequence[Sentence], *, doc_year: int | None) -> list[Figure]:
    """Key figures of a document: "hơn 80.000 tổ" → 80000 tổ, qualifier "hơn".

    >>> s = Sentence("d", 0, "Đến cuối năm 2023 có hơn 80.000 tổ, gần 380.000 thành viên tham gia.")
    >>> [(f.value, f.unit, f.qualifier, f.year) for f in extract_figures([s], doc_year=2024)]
    [(80000.0, 'tổ', 'hơn', 2023), (380000.0, 'thành viên', 'gần', 2023)]
    """
    figures = []
    for sentence in sentences:
        text = sentence.text
        for mention in find_numbers(text):
            if _LABEL_BEFORE.search(text[max(0, mention.start - 15) : mention.start]):
                continue
            unit = read_unit(text, mention.end)
            if unit is None:
                continue
            unit_text, unit_end = unit
            figures.append(
                Figure(
                    value=mention.value,
                    unit=unit_text,
                    subject=_subject(text, unit_text, mention.start),
                    text=text[mention.start : unit_end],
                    qualifier=mention.qualifier,
                    year=_figure_year(text, mention, doc_year),
                    doc=sentence.doc,
                    sentence=text,
                )
            )
    return figures
