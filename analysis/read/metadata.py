"""Corrections to inferred metadata: ``metadata.json`` beside the articles, and values typed by users.

A bad value is reported and ignored on its own; a bad file is reported and ignored as a whole;
either way the folder's articles are still read.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path

from analysis.read.problems import ReadError, make_problem
from analysis.text import normalize_text
from analysis.types import LoadProblem

SIDECAR_NAME = "metadata.json"
OVERRIDABLE_FIELDS = ("title", "outlet", "published", "year")
MIN_YEAR, MAX_YEAR = 1945, 2100
_MAX_SIDECAR_BYTES = 1024 * 1024
MAX_TEXT_FIELD = 300


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


def clean_field(field: str, value: object) -> object:
    """A corrected metadata value checked and normalised, or :class:`ReadError` ("sidecar_value").

    ``year`` is a whole number in 1945–2100 (or None), ``published`` an ISO date, ``title`` and
    ``outlet`` short text.

    >>> clean_field("year", "2025"), clean_field("published", "2025-10-10")
    (2025, '2025-10-10T00:00:00')
    """
    if value is None or value == "":
        if field == "title":
            raise ReadError("sidecar_value", field=field, value="∅")
        return None
    if field == "year":
        number: float | int | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value
        elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) == 4:
            number = int(value.strip())
        if number is None or not MIN_YEAR <= number <= MAX_YEAR:
            raise ReadError("sidecar_value", field=field, value=_shown(value))
        return int(number)
    if field == "published":
        try:
            return datetime.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise ReadError("sidecar_value", field=field, value=_shown(value)) from None
    if field in ("title", "outlet"):
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise ReadError("sidecar_value", field=field, value=_shown(value))
        text = " ".join(normalize_text(str(value)).split())
        if len(text) > MAX_TEXT_FIELD:
            raise ReadError("sidecar_value", field=field, value=_shown(value))
        if not text and field == "title":
            raise ReadError("sidecar_value", field=field, value="∅")
        return text or None
    raise ReadError("sidecar_value", field=field, value=_shown(value))


def _shown(value: object) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= 40 else text[:39] + "…"


def load_sidecar(folder: Path) -> tuple[dict[str, dict[str, object]], list[LoadProblem]]:
    """The corrections in ``folder/metadata.json`` by document id, and the problems found in it.

    Expected shape: ``{"<file stem>": {"year": 2023, "title": "…", "outlet": "…", "published": "…"}}``.
    """
    sidecar = folder / SIDECAR_NAME
    if not sidecar.is_file():
        return {}, []
    path = str(sidecar)
    try:
        if sidecar.stat().st_size > _MAX_SIDECAR_BYTES:
            return {}, [make_problem(path, "sidecar_shape", name=path)]
        data = json.loads(sidecar.read_bytes().decode("utf-8-sig"), parse_constant=_reject_constant)
    except RecursionError:
        return {}, [make_problem(path, "sidecar_deep", name=path)]
    except (OSError, UnicodeDecodeError, ValueError) as error:
        reason = " ".join(str(error).split())[:120]
        return {}, [make_problem(path, "sidecar_json", name=path, reason=reason)]
    if not isinstance(data, dict) or not all(isinstance(value, dict) for value in data.values()):
        return {}, [make_problem(path, "sidecar_shape", name=path)]
    problems: list[LoadProblem] = []
    clean: dict[str, dict[str, object]] = {}
    for doc_id, fields in data.items():
        unknown = sorted(set(fields) - set(OVERRIDABLE_FIELDS))
        if unknown:
            problems.append(
                make_problem(
                    path,
                    "sidecar_unknown",
                    name=path,
                    doc=doc_id,
                    fields=", ".join(_shown(field) for field in unknown[:5]),
                    allowed=", ".join(OVERRIDABLE_FIELDS),
                )
            )
        kept: dict[str, object] = {}
        for field in OVERRIDABLE_FIELDS:
            if field not in fields:
                continue
            try:
                kept[field] = clean_field(field, fields[field])
            except ReadError as error:
                problems.append(make_problem(path, "sidecar_value", name=path, doc=doc_id, **error.values))
        clean[normalize_text(doc_id)] = kept
    return clean, problems
