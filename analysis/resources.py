"""Loading of the domain-knowledge data files kept under ``analysis/data``: the vocabulary the core
reads, every file of it hashed into the analysis cache key. Presentation wording (interface labels,
English renderings) lives beside the view code in ``analysis/present/data``, so editing it never
re-analyses a corpus."""

from __future__ import annotations

import hashlib
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from analysis.schema import check_data
from analysis.text import longest_first, normalize_text

DATA_DIR = Path(__file__).parent / "data"


def read_toml(path: Path) -> dict[str, Any]:
    """Parse the TOML file ``path``; a syntax error names the file."""
    with path.open("rb") as handle:
        try:
            return tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            raise ValueError(f"{path.name}: {error}") from error


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse ``data/<name>`` (TOML) once per process, its keys checked against the file's schema
    (:func:`analysis.schema.check_data`); e.g. ``load_toml("taxonomy.toml")``."""
    parsed = read_toml(DATA_DIR / name)
    check_data(name, parsed)
    return parsed


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


@cache
def data_fingerprint() -> str:
    """A hash of every data file the core reads (all of ``analysis/data``): editing the glossary or
    the taxonomy invalidates cached results; the presentation files of ``analysis/present/data``
    (interface labels, English renderings) are not in it."""
    digest = hashlib.sha256()
    for path in sorted(DATA_DIR.iterdir()):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
