"""The items of a list: split at numbers, semicolons or commas, cleaned of markers and quotes."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from analysis.numbers import NUMBER_WORDS, ORDINAL_WORDS
from analysis.resources import load_toml
from analysis.text import normalize_text

# Item markers of a list: "Thứ nhất, … Thứ tư, …" (the ordinals lists write, not a rank's "nhì") and
# "Một là, … Bốn là, …" (the common spelling "bảy" only), read from the number words of analysis.numbers.
_ORDINALS = {word: value for word, value in ORDINAL_WORDS.items() if word not in ("nhì", "bốn")}
_CARDINAL_MARKERS = {word: value for word, value in NUMBER_WORDS.items() if word != "bẩy"}
_MARKER = rf"thứ\s+(?P<ordinal>{'|'.join(_ORDINALS)})|(?P<cardinal>{'|'.join(_CARDINAL_MARKERS)})\s+là"
_ORDINAL_AT_START = re.compile(rf"^(?:{_MARKER})\s*[,:.]\s*", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def _normalise(text: str) -> str:
    # NFC with single spaces: the patterns here are written in NFC, and pasted text is not always.
    return " ".join(normalize_text(text).split())


_TRAILING_PUNCTUATION = re.compile(r"[\s.…;,:]+$")


def _balanced(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def _strip_quotes(text: str) -> str:
    """Remove quotes around an item ('"A".' → 'A'), keeping quoted words inside it."""
    text = _TRAILING_PUNCTUATION.sub("", text.strip())
    if len(text) >= 2 and text[0] in '"“' and text[-1] in '"”' and not any(c in '"“”' for c in text[1:-1]):
        return text[1:-1].strip()
    if text[:1] in '"“' and not _balanced(text):
        text = text[1:].strip()
    if text[-1:] in '"”' and not _balanced(text):
        text = text[:-1].strip()
    return text


def _clean_item(text: str) -> str:
    text = _strip_quotes(_normalise(text))
    text = _ORDINAL_AT_START.sub("", text)
    text = re.sub(r"^(?:và|hoặc)\s+", "", text, flags=re.IGNORECASE)
    text = _TRAILING_PUNCTUATION.sub("", _strip_quotes(text))
    return text[:1].upper() + text[1:] if text else text


# A comma between two digits is a decimal mark ("0,65 điểm"), not an item separator.
_ITEM_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


@cache
def _list_grammar() -> dict[str, Any]:
    return load_toml("list_grammar.toml")


@cache
def _numbered_markers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in _list_grammar()["numbered"]["patterns"])


def _numbered_items(text: str) -> tuple[str, list[str]] | None:
    """Items numbered inline, glued or not: (text before the first, [items]); None without a run
    1, 2 … of at least two numbers.

    >>> _numbered_items("gồm: (1) A(2) B(3) C")
    ('gồm: ', ['A', 'B', 'C'])
    """
    for pattern in _numbered_markers():
        markers = [match for match in pattern.finditer(text) if int(match.group("n")) >= 1]
        run: list[re.Match[str]] = []
        for marker in markers:
            if int(marker.group("n")) == len(run) + 1:
                run.append(marker)
        if len(run) >= 2:
            ends = [marker.start() for marker in run[1:]] + [len(text)]
            items = [text[marker.end() : end].strip() for marker, end in zip(run, ends, strict=True)]
            return text[: run[0].start()], items
    return None


def split_items(list_text: str, *, count: int | None) -> list[str]:
    """Split the text after a list heading into items (numbers "(1) … (2) …" first, then ";", else
    commas and a final "và").

    >>> split_items("dữ liệu số, quản trị số và số hóa các ngành kinh tế.", count=3)
    ['Dữ liệu số', 'Quản trị số', 'Số hóa các ngành kinh tế']
    >>> split_items("(1) hạ tầng số(2) dữ liệu số, nền tảng số(3) kỹ năng số", count=3)
    ['Hạ tầng số', 'Dữ liệu số, nền tảng số', 'Kỹ năng số']
    """
    list_text = _normalise(list_text)
    numbered = _numbered_items(list_text)
    if numbered is not None:
        parts = numbered[1]
    elif ";" in list_text:
        parts = [part for part in list_text.split(";") if part.strip()]
    else:
        parts = [part for part in _ITEM_COMMA.split(list_text) if part.strip()]
        if not parts:
            return []
        if count is not None and len(parts) < count and " và " in parts[-1]:
            parts = parts[:-1] + parts[-1].split(" và ", 1)
        if count is None and parts and " và " in parts[-1]:
            parts = parts[:-1] + parts[-1].split(" và ", 1)
    if count is not None and len(parts) > count:
        parts = parts[:count]
    items = [_clean_item(part) for part in parts]
    return [item for item in items if _WORD.search(item)]
