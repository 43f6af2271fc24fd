"""Measuring the scope reader (:mod:`analysis.scope`) against gold scopes an analyst wrote.

A gold file is TOML: one ``[[fact]]`` table per fact, with ``doc`` (the file stem), ``kind`` ("figure",
"priority", "theme" or "event"), ``text`` (a piece of the figure's text, the list's heading, the theme or
the event's title), ``level`` ("national", "province", "sector", "international") and ``name`` (the
province, ministry or country; absent when none is named). A fact is found when its document has a fact
of that kind holding ``text``; its scope is right when level and name agree (names compared case-folded).
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from analysis.types import SCOPE_LEVELS, DocumentAnalysis, Scope

FACT_KINDS = ("figure", "priority", "theme", "event")


class ScopeGoldError(ValueError):
    """A gold file that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class GoldScope:
    doc: str
    kind: str
    text: str
    scope: Scope


@dataclass(frozen=True)
class ScopeScore:
    """How many gold facts were found, and of those how many got the right level, and level and name."""

    facts: int
    found: int
    level_right: int
    scope_right: int
    wrong: tuple[str, ...]  # "doc · kind · text: expected → found", for reading what went wrong

    @property
    def accuracy(self) -> float:
        """Right scopes (level and name) over all gold facts: a fact not found counts as wrong."""
        return self.scope_right / self.facts if self.facts else 0.0

    @property
    def level_accuracy(self) -> float:
        return self.level_right / self.facts if self.facts else 0.0


def load_scope_gold(path: Path) -> list[GoldScope]:
    """The gold facts of ``path``, checked: an unknown kind or level says which fact and what is allowed."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ScopeGoldError(f"{path}: {error}") from None
    facts = []
    for number, fact in enumerate(data.get("fact", []), start=1):
        kind, level = fact.get("kind"), fact.get("level")
        if kind not in FACT_KINDS or level not in SCOPE_LEVELS or not fact.get("doc") or not fact.get("text"):
            raise ScopeGoldError(
                f"{path}: fact {number} needs doc, text, kind in {FACT_KINDS} and level in {SCOPE_LEVELS}"
            )
        text = unicodedata.normalize("NFC", fact["text"])
        name = unicodedata.normalize("NFC", fact.get("name", ""))
        facts.append(GoldScope(fact["doc"], kind, text, Scope(level, name)))
    return facts


def _facts(analysis: DocumentAnalysis, kind: str) -> list[tuple[str, Scope]]:
    if kind == "figure":
        return [(f.text, f.scope) for f in analysis.figures]
    if kind == "priority":
        return [(p.heading, p.scope) for p in analysis.priorities]
    if kind == "theme":
        return [(t.text, t.scope) for t in analysis.themes]
    return [(e.title, e.scope) for e in analysis.events]


def score_scopes(analyses: Iterable[DocumentAnalysis], gold: Iterable[GoldScope]) -> ScopeScore:
    """Score the scopes found in ``analyses`` against ``gold``.

    >>> score_scopes([], []).accuracy
    0.0
    """
    by_doc = {analysis.document.id: analysis for analysis in analyses}
    facts = found = level_right = scope_right = 0
    wrong = []
    for fact in gold:
        facts += 1
        analysis = by_doc.get(fact.doc)
        matches = (
            [scope for text, scope in _facts(analysis, fact.kind) if fact.text in text] if analysis else []
        )
        if not matches:
            wrong.append(f"{fact.doc} · {fact.kind} · {fact.text}: not found")
            continue
        found += 1
        scope = matches[0]
        level_right += scope.level == fact.scope.level
        if scope.level == fact.scope.level and scope.name.casefold() == fact.scope.name.casefold():
            scope_right += 1
        else:
            expected = f"{fact.scope.level} {fact.scope.name}".strip()
            wrong.append(
                f"{fact.doc} · {fact.kind} · {fact.text}: {expected} → {scope.level} {scope.name}".strip()
            )
    return ScopeScore(facts, found, level_right, scope_right, tuple(wrong))
