"""Unicode normalisation and diacritic folding for Vietnamese text."""

from __future__ import annotations

import unicodedata

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
