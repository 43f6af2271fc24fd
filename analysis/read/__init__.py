"""Reading articles: bytes of any supported format to normalised text, or a problem saying why not.

Formats: .txt/.md (UTF-8 with or without BOM, UTF-16/32 with BOM, legacy code pages such as
Windows-1258), .html (the article only), .docx and .pdf with a text layer. Size limits are in
:data:`MAX_BYTES` and :data:`MAX_CHARS`. Nothing here raises anything but :class:`ReadError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analysis.read.formats import MAX_BYTES, MAX_CHARS, SUPPORTED_SUFFIXES, check_size
from analysis.read.names import display_name, document_id_for, suffix_of
from analysis.read.problems import ReadError, make_problem
from analysis.read.sandbox import extract_text_boxed
from analysis.text import normalize_text
from analysis.types import LoadProblem

__all__ = [
    "MAX_BYTES",
    "MAX_CHARS",
    "SUPPORTED_SUFFIXES",
    "ReadArticle",
    "ReadError",
    "document_id_for",
    "read_article",
    "read_path",
]


@dataclass(frozen=True)
class ReadArticle:
    """An article's text (NFC), its format, and warnings about a reading that still succeeded."""

    text: str
    format: str
    warnings: tuple[LoadProblem, ...] = ()


def read_article(name: str, data: bytes, *, path: str | None = None) -> ReadArticle:
    """Read the bytes of the file called ``name``; raise :class:`ReadError` if it holds no article.

    >>> read_article("bai.txt", "Chuyển đổi số".encode("utf-8-sig")).text
    'Chuyển đổi số'
    """
    suffix = suffix_of(name)
    # .pdf, .docx and .html are read in a worker process with a time budget and a memory ceiling.
    text, info = extract_text_boxed(data, suffix)
    text = normalize_text(text)
    if not text.strip().strip("\ufffd").strip():
        raise ReadError("empty")
    shown = display_name(path or name, limit=300)
    warnings = []
    if info.get("damaged"):
        warnings.append(
            make_problem(
                path or shown,
                "damaged",
                kept=True,
                name=shown,
                count=info["damaged"],
                line=info["first_damage_line"],
                char=info.get("first_damage_char", 1),
            )
        )
    encoding = str(info.get("encoding", "utf-8"))
    if encoding not in ("utf-8", "utf_8", "ascii", "utf-8-sig", "utf-16", "utf-32"):
        warnings.append(
            make_problem(path or shown, "legacy_encoding", kept=True, name=shown, encoding=encoding)
        )
    return ReadArticle(text, suffix.lstrip("."), tuple(warnings))


def read_path(path: Path) -> tuple[bytes, ReadArticle]:
    """Read an article file from disk, refusing one over the size limit before reading it."""
    try:
        check_size(path.stat().st_size, path.suffix.lower())
        data = path.read_bytes()
    except OSError as error:
        raise ReadError("unreadable", reason=error.strerror or type(error).__name__) from None
    return data, read_article(path.name, data, path=str(path))
