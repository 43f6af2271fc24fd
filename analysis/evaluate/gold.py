"""Reading a gold file: the figures, article facts and citations an analyst wrote, checked as they load
(the format is described in :mod:`analysis.evaluate`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from analysis.types import FIGURE_KINDS

# A gold key that is absent is not scored; ``None`` in ``place`` or ``outlet`` means "none is named".
_UNSCORED = ("<unscored>",)


class GoldError(ValueError):
    """A gold file that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class GoldFigure:
    doc: str
    kind: str
    value: float
    unit: str
    year: int | None
    value_high: float | None = None
    measure: tuple[str, ...] = ()
    place: tuple[str, ...] | None = _UNSCORED
    is_target: bool | None = None
    text: str | None = None
    out_of: float | None = None


@dataclass(frozen=True)
class GoldArticle:
    """What an analyst reads off an article's page; a field left as ``_UNSCORED``/``None`` is not scored."""

    doc: str
    title: str | None = None
    outlet: tuple[str, ...] | None = _UNSCORED
    published: date | tuple[str, ...] | None = _UNSCORED
    year: int | tuple[str, ...] | None = _UNSCORED


def load_gold(path: Path) -> tuple[list[GoldFigure], dict[str, list[str]]]:
    """The gold figures and trap texts of ``path``; :class:`GoldError` says what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: cannot be read as UTF-8 JSON ({error}); fix the file") from None
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, dict):
        raise GoldError(f'{path}: expected {{"documents": {{"<file stem>": {{"figures": [...]}}}}}}')
    figures: list[GoldFigure] = []
    traps: dict[str, list[str]] = {}
    for doc, entry in documents.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("figures", []), list):
            raise GoldError(f"{path}: {doc}: expected an object with a list of figures")
        traps[doc] = [str(trap) for trap in entry.get("traps", [])]
        for number, item in enumerate(entry.get("figures", []), start=1):
            try:
                figure = GoldFigure(
                    doc=doc,
                    kind=str(item["kind"]),
                    value=float(item["value"]),
                    unit=str(item.get("unit", "")),
                    year=int(item["year"]) if item.get("year") is not None else None,
                    value_high=float(item["value_high"]) if item.get("value_high") is not None else None,
                    measure=_gold_measures(item.get("measure")),
                    place=_gold_place(item["place"]) if "place" in item else _UNSCORED,
                    is_target=_gold_flag(item.get("is_target")),
                    text=str(item["text"]) if item.get("text") is not None else None,
                    out_of=float(item["out_of"]) if item.get("out_of") is not None else None,
                )
            except (KeyError, TypeError, ValueError):
                raise GoldError(
                    f"{path}: {doc}: figure {number} needs kind, value, unit and year"
                    " (a measure or place, if given, is a phrase or a list of phrases;"
                    " is_target true or false)"
                ) from None
            if figure.kind not in FIGURE_KINDS:
                kinds = ", ".join(FIGURE_KINDS)
                raise GoldError(
                    f"{path}: {doc}: figure {number} has kind {figure.kind!r}; use one of {kinds}"
                )
            figures.append(figure)
    return figures, traps


def load_gold_articles(path: Path) -> list[GoldArticle]:
    """The article facts (``"article"``) of the documents in ``path``; :class:`GoldError` on a bad one."""
    try:
        documents = json.loads(path.read_text(encoding="utf-8")).get("documents", {})
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as error:
        raise GoldError(f"{path}: cannot be read as UTF-8 JSON ({error}); fix the file") from None
    articles = []
    for doc, entry in documents.items():
        facts = entry.get("article") if isinstance(entry, dict) else None
        if facts is None:
            continue
        try:
            if not isinstance(facts, dict):
                raise TypeError(facts)
            articles.append(
                GoldArticle(
                    doc=doc,
                    title=str(facts["title"]) if facts.get("title") is not None else None,
                    outlet=_gold_place(facts["outlet"]) if "outlet" in facts else _UNSCORED,
                    published=(
                        date.fromisoformat(str(facts["published"])[:10])
                        if facts.get("published") is not None
                        else (None if "published" in facts else _UNSCORED)
                    ),
                    year=(
                        int(facts["year"])
                        if facts.get("year") is not None
                        else (None if "year" in facts else _UNSCORED)
                    ),
                )
            )
        except (KeyError, TypeError, ValueError):
            raise GoldError(
                f"{path}: {doc}: article needs a title (text), outlet (text, list or null), "
                "published (YYYY-MM-DD or null) and year (a number or null)"
            ) from None
    return articles


def _gold_place(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    return _gold_measures(value)


def _gold_flag(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise TypeError("is_target is true or false")


def _gold_measures(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    phrases = [value] if isinstance(value, str) else value
    if (
        not isinstance(phrases, list)
        or not phrases
        or not all(isinstance(p, str) and p.strip() for p in phrases)
    ):
        raise TypeError("a measure is a phrase or a list of phrases")
    return tuple(phrases)


# A document may add ``"instruments": [{"key": "749/QĐ-TTg", "kind": "Quyết định", "text": "Quyết định
# 749"}, …]``: every citation an analyst marks, in text order, with the instrument it means (the
# registry's symbol, else the symbol as written, else "Luật <name>") and the kind as cited; and
# ``"instrument_traps"``: texts that must never be read as a citation ("Phiên họp thứ 7").
@dataclass(frozen=True)
class GoldInstrument:
    doc: str
    key: str
    kind: str
    text: str | None = None


def load_gold_instruments(path: Path) -> tuple[list[GoldInstrument], dict[str, list[str]]]:
    """The gold citations and instrument traps of ``path``, by document; :class:`GoldError` on a bad one."""
    try:
        documents = json.loads(path.read_text(encoding="utf-8")).get("documents", {})
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as error:
        raise GoldError(f"{path}: cannot be read as UTF-8 JSON ({error}); fix the file") from None
    gold: list[GoldInstrument] = []
    traps: dict[str, list[str]] = {}
    for doc, entry in documents.items():
        if not isinstance(entry, dict) or "instruments" not in entry:
            continue
        traps[doc] = [str(trap) for trap in entry.get("instrument_traps", [])]
        for number, item in enumerate(entry["instruments"], start=1):
            try:
                gold.append(GoldInstrument(doc, str(item["key"]), str(item["kind"]), item.get("text")))
            except (KeyError, TypeError):
                raise GoldError(f"{path}: {doc}: instrument {number} needs a key and a kind") from None
    return gold, traps
