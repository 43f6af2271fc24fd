"""Loading of the presentation data files kept under ``analysis/present/data``: interface labels,
the wording of list titles, English renderings (of terms, names and input problems) and the
key-figure vocabulary.

Only the view code reads them, so they stay out of the analysis cache key
(:func:`analysis.resources.data_fingerprint` hashes ``analysis/data`` alone): rewording a label or an
English rendering never re-analyses a corpus. Each file's keys are checked when it loads, against
its schema in :data:`PRESENT_SCHEMAS` (the vocabulary of :mod:`analysis.schema`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from analysis.resources import read_toml
from analysis.schema import DataFileError, ListOf, MapOf, Spec, check_against

DATA_DIR = Path(__file__).parent / "data"

_WORDS = ListOf(str)

PRESENT_SCHEMAS: dict[str, Spec] = {
    "labels.toml": {"vi": MapOf(str), "en": MapOf(str), "qualifiers_en": MapOf(str)},
    "list_words.toml": {
        "fillers": _WORDS,
        "speech_verbs": _WORDS,
        "nouns": MapOf(str),
        "slogans": {"vi": MapOf(str), "en": MapOf(str)},
        "modifiers": MapOf(str),
        "tails": MapOf(str),
    },
    "terms_en.toml": {"terms": MapOf(str), "events": MapOf(str), "priority_items": MapOf(str)},
    "themes_en.toml": {"themes": MapOf(str)},
    "units_en.toml": {
        "units": MapOf(str),
        "modifiers": MapOf(str),
        "terms": MapOf(str),
        "places": MapOf(str),
        "locality_heads": MapOf(str),
        "ranks": MapOf(str),
        "plurals": MapOf(str),
    },
    "key_figures.toml": {"whole_units": _WORDS, "whole_counts": ListOf(int)},
    "problems_en.toml": {"en": MapOf(str)},
    "names_en.toml": {
        "concepts": MapOf(str),
        "event_kinds": MapOf(str),
        "instrument_kinds": MapOf(str),
        "issuers": MapOf(str),
    },
}


def check_data(name: str, parsed: Mapping[str, Any]) -> None:
    """Check the presentation file ``name`` (parsed) against its schema, naming the file and the key
    of a bad edit.

    >>> check_data("key_figures.toml", {"whole_units": ["tỉnh"], "whole_counts": ["63"]})
    Traceback (most recent call last):
    ...
    analysis.schema.DataFileError: key_figures.toml: whole_counts[0]: expected an integer, found ...
    """
    if name not in PRESENT_SCHEMAS:
        raise DataFileError(
            f"{name}: no schema says what this data file holds (analysis/present/resources.py)"
        )
    check_against(name, parsed, PRESENT_SCHEMAS[name])


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse ``present/data/<name>`` once per process, its keys checked; e.g. ``load_toml("labels.toml")``."""
    parsed = read_toml(DATA_DIR / name)
    check_data(name, parsed)
    return parsed
