"""Safe document ids from whatever file name a user's system hands over."""

from __future__ import annotations

import re
import unicodedata

from analysis.read.problems import ReadError
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


MAX_UPLOAD_NAME = 120
# A suffix longer than this is not a file type but part of an odd name.
_MAX_SUFFIX_CHARS = 10


def clean_upload_name(name: str) -> str:
    """An uploaded file's name fit to keep and show: NFC, no folders, no control or invisible
    format characters (NUL, escapes, bidi overrides), spaces collapsed, at most
    :data:`MAX_UPLOAD_NAME` characters with its suffix kept. :class:`ReadError`
    ("upload_name_empty") when nothing usable is left.

    >>> clean_upload_name("C:\\\\tải về\\\\bài\\x00 mới\\u202e.docx")
    'bài mới.docx'
    >>> len(clean_upload_name("x" * 10_000 + ".pdf"))
    120
    """
    base = re.split(r"[/\\\\]", name)[-1]
    # NFC after the removal: a mark after a removed NUL joins the letter before it.
    base = normalize_text("".join(char for char in base if unicodedata.category(char)[0] != "C"))
    base = " ".join(base.split())
    stem, dot, suffix = base.rpartition(".")
    if not dot or len(suffix) > _MAX_SUFFIX_CHARS:
        stem, suffix = base, ""
    stem = stem.strip(" .")
    if not stem:
        raise ReadError("upload_name_empty")
    ending = f".{suffix}" if suffix else ""
    return stem[: MAX_UPLOAD_NAME - len(ending)].rstrip(" .") + ending
