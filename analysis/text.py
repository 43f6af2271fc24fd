"""Unicode normalisation and diacritic folding for Vietnamese text."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable

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
