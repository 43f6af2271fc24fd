"""Unicode normalisation and diacritic folding for Vietnamese text, and the rules that keep article
text plain text in every output (spreadsheet cells, terminals)."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import TypeVar

# đ/Đ are letters of their own, not a base letter plus a combining mark, so NFD cannot fold them.
_SPECIAL_FOLDS = {"đ": "d", "Đ": "D"}


def normalize_text(text: str) -> str:
    """Return ``text`` in Unicode NFC with Windows line ends and non-breaking spaces made plain.

    >>> normalize_text("Tổ công nghệ số") == "Tổ công nghệ số"
    True
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def fold_diacritics(text: str) -> str:
    """Remove Vietnamese diacritics character by character, so offsets stay the same.

    >>> fold_diacritics("Chuyển đổi số")
    'Chuyen doi so'
    """
    folded = []
    for char in text:
        if char in _SPECIAL_FOLDS:
            folded.append(_SPECIAL_FOLDS[char])
            continue
        base = unicodedata.normalize("NFD", char)[0]
        folded.append(base)
    return "".join(folded)


_Phrase = TypeVar("_Phrase", str, tuple[str, ...])


def longest_first(phrases: Iterable[_Phrase]) -> tuple[_Phrase, ...]:
    """``phrases`` without repeats, longest first (ties keep their order): the order every phrase
    matcher tries its phrases in, so "gồm có" is tried before "gồm" and wins where both fit.
    Works for strings and for phrases cut into syllables (tuples).

    >>> longest_first(["gần", "khoảng gần", "gần", "hơn"])
    ('khoảng gần', 'gần', 'hơn')
    >>> longest_first([("tổ",), ("tổ", "công", "nghệ", "số")])
    (('tổ', 'công', 'nghệ', 'số'), ('tổ',))
    """
    return tuple(sorted(dict.fromkeys(phrases), key=len, reverse=True))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """``phrases`` as one regular-expression alternation (NFC, longest first, any run of spaces
    between words): the one way a word list becomes a pattern. Callers add the anchors they need;
    :func:`phrase_pattern` is the usual whole-word search.

    >>> print(phrase_alternation(["về", "về việc", "về"]))
    về\\s+việc|về
    """
    spaced = (" ".join(unicodedata.normalize("NFC", phrase).split()) for phrase in phrases)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in longest_first(spaced) if phrase)


@cache
def phrase_pattern(phrases: tuple[str, ...], *, ignore_case: bool = True) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words, the longest that fits, spaces flexible.

    >>> phrase_pattern(("Quyết định", "QĐ")).findall("theo quyết  định số 749/QĐ-TTg")
    ['quyết  định', 'QĐ']
    >>> phrase_pattern(("gần", "gần như")).search("đạt gần như 100%").group()
    'gần như'
    """
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(phrases)})(?!\w)", flags)


_MARKDOWN_SPECIALS = set("\\`*_{}[]()<>#+-.!|~$:")


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown so article text in a label is shown as written.

    >>> escape_markdown("**80.000** [tổ](x)")
    '\\\\*\\\\*80\\\\.000\\\\*\\\\* \\\\[tổ\\\\]\\\\(x\\\\)'
    """
    escaped = "".join(f"\\{char}" if char in _MARKDOWN_SPECIALS else char for char in text)
    # Streamlit also turns bare "http://…" and "www.…" into links after the Markdown is parsed, so
    # escapes cannot stop it; an invisible word joiner breaks the pattern and keeps the text as read.
    return escaped.replace("\\://", "\\:\u2060//").replace("www\\.", "www\u2060\\.")


# A folder path (two or more parts, POSIX or Windows) not inside a URL or a longer word; only the
# last part — a file's own name — is kept. Parts stop at spaces and quotes.
_FOLDER_PATH = re.compile(r"(?<![\w.:/\\~-])(?:~|[A-Za-z]:)?[/\\](?:[^\s/\\'\"<>|]+[/\\])+(?=[^\s/\\'\"<>|])")


def public_text(text: str, *, hidden: Iterable[str | os.PathLike[str]] = ()) -> str:
    """``text`` (a message that may quote a server path) with the folders left out, for visitors.

    Each ``hidden`` path (the store, the cache, article folders) keeps only its own name, even with
    spaces in its folders; any other absolute path keeps only its file name. URLs stay as written.

    >>> public_text("/srv/dx data/kho.sqlite3: hỏng", hidden=["/srv/dx data/kho.sqlite3"])
    'kho.sqlite3: hỏng'
    >>> public_text("[Errno 13] Permission denied: '/home/an/.cache/dx/a.sqlite3' (xem https://a.vn/b/c)")
    "[Errno 13] Permission denied: 'a.sqlite3' (xem https://a.vn/b/c)"
    """
    folders = set()
    for path in map(os.fspath, hidden):
        for written in (path, os.path.abspath(path)):
            parent = os.path.dirname(written.rstrip("/\\"))
            if parent.strip("/\\"):
                folders.add(parent.rstrip("/\\"))
    for folder in sorted(folders, key=len, reverse=True):
        text = re.sub(re.escape(folder) + r"[/\\]", "", text)
    return _FOLDER_PATH.sub("", text)


# A spreadsheet (Excel, LibreOffice, and xlsxwriter, which writes python-pptx's chart workbooks)
# runs a cell that starts with one of these as a formula: "=HYPERLINK(…)", "+cmd|…", "@SUM(…)";
# "{=…}" is xlsxwriter's array formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "{")


def neutralise_formula(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula, made plain text with a leading "'";
    numbers and other values unchanged. The one rule for CSV downloads and the deck's chart workbooks.

    >>> neutralise_formula("=HYPERLINK(1)"), neutralise_formula("-5%"), neutralise_formula(-5)
    ("'=HYPERLINK(1)", "'-5%", -5)
    >>> neutralise_formula("Báo Nhân Dân")
    'Báo Nhân Dân'
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


# Characters a terminal acts on instead of showing: C0 controls (ESC starts escape sequences that
# retitle the window, clear the screen or make OSC-8 links; BEL, backspace and CR rewrite what is
# shown), DEL and the C1 controls (U+009B is a one-character CSI). Line feed and tab stay.
_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """``text`` without the control characters a terminal would act on, for everything printed to
    one; what followed an escape character stays as visible text.

    >>> strip_controls("Chuyển đổi số\x1b]0;pwned\x07\x1b[2J\x9b31m")
    'Chuyển đổi số]0;pwned[2J31m'
    """
    return _TERMINAL_CONTROLS.sub("", text)


_JSON_C1_CONTROLS = re.compile(r"[\x7f-\x9f]")


def escape_json_controls(text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with DEL and the C1 controls
    escaped as ``\\uXXXX`` too (json escapes only C0), so it is safe to print and still the same data.

    >>> import json
    >>> print(escape_json_controls(json.dumps("số\x1b\x9b", ensure_ascii=False)))
    "số\\u001b\\u009b"
    """
    return _JSON_C1_CONTROLS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
