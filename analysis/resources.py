"""Loading of the domain-knowledge data files kept under ``analysis/data``."""

from __future__ import annotations

import hashlib
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from analysis.text import longest_first, normalize_text

DATA_DIR = Path(__file__).parent / "data"


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse ``data/<name>`` (TOML) once per process; e.g. ``load_toml("taxonomy.toml")``."""
    with (DATA_DIR / name).open("rb") as handle:
        return tomllib.load(handle)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``data/<name>``, NFC-normalised (e.g. the glossary)."""
    text = normalize_text((DATA_DIR / name).read_text(encoding="utf-8"))
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


@cache
def phrases(name: str) -> tuple[str, ...]:
    """A phrase list of a data file: NFC, without repeats, longest first.

    ``name`` is a file of ``data/`` — one phrase a line, as :func:`load_lines` reads it
    (``"glossary.txt"``) — or a TOML file, a colon, then the dotted path of a list inside it
    (``"scope.toml:national.cues"`` is the list ``cues`` of the table ``[national]``).

    >>> phrases("number_qualifiers.txt")[:2]
    ('khoảng gần', 'khoảng hơn')
    >>> "cả nước" in phrases("scope.toml:national.cues")
    True
    """
    file, _, path = name.partition(":")
    if not path:
        entries: Any = load_lines(file)
    else:
        entries = load_toml(file)
        for key in path.split("."):
            entries = entries[key]
    return longest_first(normalize_text(entry) for entry in entries)


# Interface wording only: editing a label must not send a large corpus back through the NLP.
# terms_en.toml: English renderings for partners, read by analysis/present/glosses.py alone.
PRESENTATION_FILES = frozenset({"labels.toml", "list_words.toml", "terms_en.toml"})


@cache
def data_fingerprint() -> str:
    """A hash of the data files the analysis reads: editing the glossary or taxonomy invalidates
    cached results; editing ``labels.toml`` (interface wording) does not."""
    digest = hashlib.sha256()
    for path in sorted(DATA_DIR.iterdir()):
        if path.is_file() and path.name not in PRESENTATION_FILES:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
