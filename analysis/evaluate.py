"""Measuring the figure grammar: precision and recall per kind against a gold file an analyst wrote.

A gold file is JSON: ``{"documents": {"<file stem>": {"figures": [{"kind": "percent", "value": 18.3,
"unit": "%", "year": 2024}, …], "traps": ["3 trụ cột", …]}}}``; a range adds ``value_high``. A found
figure matches a gold one when document, kind, value (and upper end), unit and year agree.

A gold figure may add ``"measure"``: what the figure measures, one phrase or a list of acceptable
phrases (``["Chỉ số chuyển đổi số (DTI)", "DTI"]``). Measures are scored apart from precision and
recall, on the gold figures that were found: a found measure is right when, after NFC, case folding
and dropping punctuation, it equals one of the phrases, or holds one of them word for word and is at
most two words longer (``kinh tế số của tỉnh`` passes for ``kinh tế số``; ``Tỉnh phấn đấu đến năm
2030 kinh tế số`` does not).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.types import FIGURE_KINDS, Figure


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


@dataclass(frozen=True)
class Score:
    """How one kind (or all, ``kind == "overall"``) fared."""

    kind: str
    gold: int
    found: int
    matched_gold: int
    matched_found: int

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched_found / self.found if self.found else 1.0


@dataclass(frozen=True)
class Evaluation:
    scores: tuple[Score, ...]
    overall: Score
    missed: tuple[GoldFigure, ...]
    spurious: tuple[Figure, ...]
    trap_hits: tuple[tuple[str, Figure], ...]
    # (gold, found) pairs of matched figures whose gold names a measure, split by whether it agrees
    measures_right: tuple[tuple[GoldFigure, Figure], ...] = ()
    measures_wrong: tuple[tuple[GoldFigure, Figure], ...] = ()

    @property
    def measure_accuracy(self) -> float | None:
        """Share of found gold figures with a measure whose measure agrees; None when none is scored."""
        scored = len(self.measures_right) + len(self.measures_wrong)
        return len(self.measures_right) / scored if scored else None


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
                )
            except (KeyError, TypeError, ValueError):
                raise GoldError(
                    f"{path}: {doc}: figure {number} needs kind, value, unit and year"
                    " (and a measure, if given, is a phrase or a list of phrases)"
                ) from None
            if figure.kind not in FIGURE_KINDS:
                kinds = ", ".join(FIGURE_KINDS)
                raise GoldError(
                    f"{path}: {doc}: figure {number} has kind {figure.kind!r}; use one of {kinds}"
                )
            figures.append(figure)
    return figures, traps


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


def _measure_words(text: str) -> list[str]:
    return re.sub(r"[^\w\s/%-]", " ", unicodedata.normalize("NFC", text).casefold()).split()


def measure_agrees(found: str | None, phrases: Sequence[str]) -> bool:
    """Whether a found measure names what one of the gold ``phrases`` does (see the module docstring).

    >>> measure_agrees("Kinh tế số của tỉnh", ["kinh tế số"])
    True
    >>> measure_agrees("Tỉnh phấn đấu đến năm 2030 kinh tế số", ["kinh tế số"])
    False
    """
    words = _measure_words(found or "")
    for phrase in phrases:
        want = _measure_words(phrase)
        if not want or len(words) > len(want) + 2:
            continue
        if any(words[i : i + len(want)] == want for i in range(len(words) - len(want) + 1)):
            return True
    return False


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _unit_key(unit: str) -> str:
    return " ".join(unit.casefold().split())


def _matches(gold: GoldFigure, figure: Figure) -> bool:
    return (
        gold.doc == figure.doc
        and gold.kind == figure.kind
        and _same_number(gold.value, figure.value)
        and _same_number(gold.value_high, figure.value_high)
        and _unit_key(gold.unit) == _unit_key(figure.unit)
        and gold.year == figure.year
    )


def evaluate_figures(
    gold: Sequence[GoldFigure], figures: Iterable[Figure], *, traps: Mapping[str, Sequence[str]] | None = None
) -> Evaluation:
    """Score ``figures`` against ``gold``; only documents the gold file describes are scored.

    >>> g = [GoldFigure("d", "percent", 45.0, "%", 2024)]
    >>> evaluate_figures(g, []).overall.recall
    0.0
    """
    traps = traps or {}
    scored_docs = {figure.doc for figure in gold} | set(traps)
    found = [figure for figure in figures if figure.doc in scored_docs]
    unmatched = list(found)
    matched_gold: list[GoldFigure] = []
    matched_found: list[Figure] = []
    missed: list[GoldFigure] = []
    measures: dict[bool, list[tuple[GoldFigure, Figure]]] = {True: [], False: []}
    for want in gold:
        hit = next((figure for figure in unmatched if _matches(want, figure)), None)
        if hit is None:
            missed.append(want)
            continue
        unmatched.remove(hit)
        matched_gold.append(want)
        matched_found.append(hit)
        if want.measure:
            measures[measure_agrees(hit.measure, want.measure)].append((want, hit))
    kinds = [kind for kind in FIGURE_KINDS if any(f.kind == kind for f in [*gold, *found])]
    scores = tuple(
        Score(
            kind,
            sum(1 for f in gold if f.kind == kind),
            sum(1 for f in found if f.kind == kind),
            sum(1 for f in matched_gold if f.kind == kind),
            sum(1 for f in matched_found if f.kind == kind),
        )
        for kind in kinds
    )
    overall = Score("overall", len(gold), len(found), len(matched_gold), len(matched_found))
    trap_hits = tuple(
        (trap, figure) for figure in found for trap in traps.get(figure.doc, ()) if trap in figure.text
    )
    return Evaluation(
        scores,
        overall,
        tuple(missed),
        tuple(unmatched),
        trap_hits,
        tuple(measures[True]),
        tuple(measures[False]),
    )


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if not float(value).is_integer() else str(int(value))


def render_evaluation(evaluation: Evaluation) -> str:
    """A plain-text table of precision and recall per kind, then what was missed and spurious."""
    lines = [f"{'kind':<12} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7}"]
    for score in (*evaluation.scores, evaluation.overall):
        lines.append(
            f"{score.kind:<12} {score.gold:>5} {score.found:>6} {score.precision:>10.3f} {score.recall:>7.3f}"
        )
    lines.append("")
    right, wrong = len(evaluation.measures_right), len(evaluation.measures_wrong)
    if evaluation.measure_accuracy is not None:
        share = f"{evaluation.measure_accuracy:.3f}"
        lines.append(f"measure accuracy {share} ({right} of {right + wrong} found gold measures)")
    else:
        lines.append("measure accuracy: no gold figure names a measure")
    lines.append(f"missed ({len(evaluation.missed)}):")
    for want in evaluation.missed:
        high = f"–{_number(want.value_high)}" if want.value_high is not None else ""
        lines.append(f"  {want.doc}: {want.kind} {_number(want.value)}{high} [{want.unit}] {want.year}")
    lines.append(f"spurious ({len(evaluation.spurious)}):")
    for figure in evaluation.spurious:
        high = f"–{_number(figure.value_high)}" if figure.value_high is not None else ""
        lines.append(
            f"  {figure.doc}: {figure.kind} {_number(figure.value)}{high} [{figure.unit}] {figure.year}"
            f" ← “{figure.text}”"
        )
    lines.append(f"trap values reported ({len(evaluation.trap_hits)}):")
    for trap, figure in evaluation.trap_hits:
        lines.append(f"  {figure.doc}: “{trap}” in “{figure.text}”")
    lines.append(f"wrong measures ({wrong}):")
    for want, figure in evaluation.measures_wrong:
        wanted = " | ".join(want.measure)
        lines.append(f"  {want.doc}: {figure.text!r} measure “{figure.measure or ''}”, want “{wanted}”")
    return "\n".join(lines) + "\n"
