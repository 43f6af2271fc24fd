"""Safe document ids from whatever file name a user's system hands over."""

from __future__ import annotations

import re
import unicodedata

from analysis.text import normalize_text

_UNSAFE = re.compile(r"[^\w\-]+")
_MAX_ID_CHARS = 80


def document_id_for(name: str) -> str:
    """A short, safe id from a file name: no folders, "..", control characters or odd symbols.

    >>> document_id_for("../../etc/Bài mới (bản 2).docx"), document_id_for("\\x00\\x1b.txt")
    ('Bài-mới-bản-2', 'bai-viet')
    """
    name = normalize_text(name)
    base = re.split(r"[/\\\\]", name)[-1]
    base = "".join(char for char in base if unicodedata.category(char)[0] != "C")
    stem, dot, _ = base.rpartition(".")
    stem = stem if dot else base
    safe = _UNSAFE.sub("-", stem).strip("-_")
    return safe[:_MAX_ID_CHARS].strip("-_") or "bai-viet"


def suffix_of(name: str) -> str:
    """The lower-case suffix of a file name (".docx"), or "" when it has none."""
    base = re.split(r"[/\\\\]", name)[-1]
    stem, dot, suffix = base.rpartition(".")
    return f".{suffix.lower()}" if dot and stem and suffix else ""


def display_name(name: str, *, limit: int = 120) -> str:
    """A file name as it can be shown in a message: control characters removed, length capped."""
    shown = "".join(char if unicodedata.category(char)[0] != "C" else "?" for char in normalize_text(name))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
