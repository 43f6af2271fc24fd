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

A figure is one mention, so two gold figures may share a value. Found figures are paired with gold
ones by document and value (and upper end) alone, in text order, preferring the candidate that
agrees on kind, unit, year and the number as written (``"text": "44,1%"``); ``overall`` counts a
pair only when kind, unit and year agree too, ``values`` counts every pair. Over the pairs,
``attributes`` tallies how often kind, unit, year, measure, place (``"place": "Long An"`` or
``null`` for a figure of no named place) and ``is_target`` agree, each only where the gold gives it.

A document may add ``"article": {"title": …, "outlet": … | [..] | null, "published": "YYYY-MM-DD" |
null, "year": 2024}``: the article's own facts, each scored where given.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from analysis.instruments import symbol_key
from analysis.types import FIGURE_KINDS, Document, Figure, InstrumentMention

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


@dataclass(frozen=True)
class Tally:
    """How often one attribute agreed over the pairs where the gold gives it."""

    name: str
    right: int
    scored: int
    wrong: tuple[str, ...] = ()

    @property
    def accuracy(self) -> float | None:
        return self.right / self.scored if self.scored else None


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
    # pairs by document and value alone, and per attribute how often those pairs agree
    values: Score | None = None
    attributes: tuple[Tally, ...] = ()
    articles: tuple[Tally, ...] = field(default=())

    def attribute(self, name: str) -> Tally | None:
        """The tally of one attribute ("year", "measure", "title", …), figures first, then articles."""
        return next((t for t in (*self.attributes, *self.articles) if t.name == name), None)

    @property
    def article_accuracy(self) -> float | None:
        """Share of all scored article facts (title, outlet, date, year) that are right."""
        scored = sum(t.scored for t in self.articles)
        return sum(t.right for t in self.articles) / scored if scored else None

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
        _same_value(gold, figure)
        and gold.kind == figure.kind
        and _unit_key(gold.unit) == _unit_key(figure.unit)
        and gold.year == figure.year
    )


def _same_value(gold: GoldFigure, figure: Figure) -> bool:
    return (
        gold.doc == figure.doc
        and _same_number(gold.value, figure.value)
        and _same_number(gold.value_high, figure.value_high)
    )


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _agreement(gold: GoldFigure, figure: Figure) -> tuple[int, int, int, int]:
    """How well a found figure of the same value fits a gold one; more is better."""
    written = (
        gold.text is not None and _digits(gold.text) != "" and _digits(gold.text) in _digits(figure.text)
    )
    return (
        int(
            gold.kind == figure.kind
            and _unit_key(gold.unit) == _unit_key(figure.unit)
            and gold.year == figure.year
        ),
        int(gold.year == figure.year),
        int(gold.kind == figure.kind),
        int(written),
    )


def place_agrees(found: str | None, phrases: Sequence[str] | None) -> bool:
    """Whether a found place names the gold one (``None``: no place is named).

    >>> place_agrees("tỉnh Long An", ["Long An"]), place_agrees(None, None), place_agrees("Yên Bái", None)
    (True, True, False)
    """
    if phrases is None:
        return not (found or "").strip()
    return measure_agrees(found, phrases)


def _pair(gold: Sequence[GoldFigure], found: Sequence[Figure]) -> list[tuple[GoldFigure, Figure | None]]:
    """Each gold figure with the found one it stands for, by document and value, in text order."""
    unmatched = sorted(found, key=lambda f: (f.doc, f.sentence_index, f.start))
    pairs: list[tuple[GoldFigure, Figure | None]] = []
    for want in gold:
        candidates = [figure for figure in unmatched if _same_value(want, figure)]
        if not candidates:
            pairs.append((want, None))
            continue
        best = max(_agreement(want, figure) for figure in candidates)
        hit = next(figure for figure in candidates if _agreement(want, figure) == best)
        unmatched.remove(hit)
        pairs.append((want, hit))
    return pairs


def _tally_figures(pairs: Sequence[tuple[GoldFigure, Figure]]) -> tuple[Tally, ...]:
    def tally(name: str, scored: Sequence[tuple[GoldFigure, Figure]], agrees: object) -> Tally:
        wrong = [
            f"{want.doc}: “{figure.text}” {name} {shown(figure)!r}, want {wanted(want)!r}"
            for want, figure in scored
            if not agrees(want, figure)  # type: ignore[operator]
            for shown, wanted in [_ATTRIBUTE_TEXT[name]]
        ]
        return Tally(name, len(scored) - len(wrong), len(scored), tuple(wrong))

    return (
        tally("kind", pairs, lambda w, f: w.kind == f.kind),
        tally("unit", pairs, lambda w, f: _unit_key(w.unit) == _unit_key(f.unit)),
        tally("year", pairs, lambda w, f: w.year == f.year),
        tally(
            "measure", [p for p in pairs if p[0].measure], lambda w, f: measure_agrees(f.measure, w.measure)
        ),
        tally(
            "place",
            [p for p in pairs if p[0].place != _UNSCORED],
            lambda w, f: place_agrees(f.place, w.place),
        ),
        tally(
            "is_target",
            [p for p in pairs if p[0].is_target is not None],
            lambda w, f: w.is_target == f.is_target,
        ),
    )


_ATTRIBUTE_TEXT = {
    "kind": (lambda f: f.kind, lambda w: w.kind),
    "unit": (lambda f: f.unit, lambda w: w.unit),
    "year": (lambda f: f.year, lambda w: w.year),
    "measure": (lambda f: f.measure, lambda w: " | ".join(w.measure)),
    "place": (lambda f: f.place, lambda w: " | ".join(w.place) if w.place else None),
    "is_target": (lambda f: f.is_target, lambda w: w.is_target),
}


def _title_words(text: str | None) -> list[str]:
    return re.sub(r"[^\w\s%]", " ", unicodedata.normalize("NFC", text or "").casefold()).split()


def evaluate_articles(gold: Sequence[GoldArticle], documents: Iterable[Document]) -> tuple[Tally, ...]:
    """How many titles, outlets, publication dates and years agree with the gold articles.

    >>> from datetime import datetime
    >>> d = Document("a", "a.txt", "Tiêu đề", "VOV", datetime(2024, 3, 7), 2024, "", (), "")
    >>> gold = GoldArticle("a", "Tiêu đề", ("VOV",), date(2024, 3, 7), 2024)
    >>> [t.right for t in evaluate_articles([gold], [d])]
    [1, 1, 1, 1]
    """
    by_id = {document.id: document for document in documents}
    checks: dict[str, list[tuple[bool, str]]] = {
        "title": [],
        "outlet": [],
        "published": [],
        "article_year": [],
    }
    for want in gold:
        document = by_id.get(want.doc)
        if document is None:
            continue
        if want.title is not None:
            agrees = _title_words(document.title) == _title_words(want.title)
            checks["title"].append((agrees, f"{want.doc}: title {document.title!r}, want {want.title!r}"))
        if want.outlet != _UNSCORED:
            agrees = (
                not document.outlet
                if want.outlet is None
                else any(_title_words(document.outlet) == _title_words(o) for o in want.outlet)
            )
            checks["outlet"].append((agrees, f"{want.doc}: outlet {document.outlet!r}, want {want.outlet!r}"))
        if want.published != _UNSCORED:
            found = document.published.date() if document.published else None
            checks["published"].append(
                (found == want.published, f"{want.doc}: published {found}, want {want.published}")
            )
        if want.year != _UNSCORED:
            checks["article_year"].append(
                (document.year == want.year, f"{want.doc}: year {document.year}, want {want.year}")
            )
    return tuple(
        Tally(name, sum(1 for ok, _ in rows if ok), len(rows), tuple(text for ok, text in rows if not ok))
        for name, rows in checks.items()
    )


def evaluate_figures(
    gold: Sequence[GoldFigure],
    figures: Iterable[Figure],
    *,
    traps: Mapping[str, Sequence[str]] | None = None,
    articles: Sequence[GoldArticle] = (),
    documents: Iterable[Document] = (),
) -> Evaluation:
    """Score ``figures`` against ``gold``; only documents the gold file describes are scored.

    >>> g = [GoldFigure("d", "percent", 45.0, "%", 2024)]
    >>> evaluate_figures(g, []).overall.recall
    0.0
    """
    traps = traps or {}
    scored_docs = {figure.doc for figure in gold} | set(traps)
    found = [figure for figure in figures if figure.doc in scored_docs]
    pairs = _pair(gold, found)
    paired = [(want, hit) for want, hit in pairs if hit is not None]
    strict = [(want, hit) for want, hit in paired if _matches(want, hit)]
    strict_ids = {id(hit) for _, hit in strict}
    matched_gold = [want for want, _ in strict]
    matched_found = [hit for _, hit in strict]
    missed = [want for want, hit in pairs if hit is None or id(hit) not in strict_ids]
    unmatched = [figure for figure in found if id(figure) not in strict_ids]
    measures: dict[bool, list[tuple[GoldFigure, Figure]]] = {True: [], False: []}
    for want, hit in strict:
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
    values = Score("values", len(gold), len(found), len(paired), len(paired))
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
        values=values,
        attributes=_tally_figures(paired),
        articles=evaluate_articles(articles, documents),
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
    if evaluation.values is not None:
        values = evaluation.values
        lines.append(
            f"values (document and value alone): precision {values.precision:.3f}, recall {values.recall:.3f}"
        )
        for tally in evaluation.attributes:
            lines.append(_tally_line(tally, "of found gold figures"))
    for tally in evaluation.articles:
        lines.append(_tally_line(tally, "articles"))
    if evaluation.article_accuracy is not None:
        lines.append(f"article facts {evaluation.article_accuracy:.3f}")
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
    for tally in (*evaluation.attributes, *evaluation.articles):
        if tally.name != "measure" and tally.wrong:
            lines.append(f"wrong {tally.name} ({len(tally.wrong)}):")
            lines.extend(f"  {text}" for text in tally.wrong)
    return "\n".join(lines) + "\n"


def _tally_line(tally: Tally, of: str) -> str:
    if tally.accuracy is None:
        return f"{tally.name:<10} not scored"
    return f"{tally.name:<10} {tally.accuracy:.3f} ({tally.right} of {tally.scored} {of})"


# --- instruments ---------------------------------------------------------------------------------
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


@dataclass(frozen=True)
class InstrumentEvaluation:
    """Citations found with the right instrument and kind, over the documents the gold describes."""

    gold: int
    found: int
    matched: int
    missed: tuple[GoldInstrument, ...]
    spurious: tuple[InstrumentMention, ...]
    trap_hits: tuple[tuple[str, InstrumentMention], ...]

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0


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


def evaluate_instruments(
    gold: Sequence[GoldInstrument],
    mentions: Iterable[InstrumentMention],
    *,
    traps: Mapping[str, Sequence[str]],
) -> InstrumentEvaluation:
    """Score ``mentions`` against ``gold`` on the documents in ``traps`` (every gold document): a found
    citation is right when its document, instrument and kind agree with a gold one not yet paired.

    >>> evaluate_instruments([GoldInstrument("d", "749/QĐ-TTg", "Quyết định")], [], traps={"d": []}).recall
    0.0
    """
    found = [mention for mention in mentions if mention.doc in traps]
    unpaired = list(found)
    missed = []
    for want in gold:
        hit = next(
            (
                m
                for m in unpaired
                if m.doc == want.doc and symbol_key(m.key) == symbol_key(want.key) and m.kind == want.kind
            ),
            None,
        )
        if hit is None:
            missed.append(want)
        else:
            unpaired.remove(hit)
    trap_hits = []
    for mention in found:
        for trap in traps.get(mention.doc, ()):
            at = mention.sentence.find(trap)
            if at >= 0 and at < mention.end and mention.start < at + len(trap):
                trap_hits.append((trap, mention))
    matched = len(found) - len(unpaired)
    return InstrumentEvaluation(
        len(gold), len(found), matched, tuple(missed), tuple(unpaired), tuple(trap_hits)
    )


def render_instrument_evaluation(evaluation: InstrumentEvaluation) -> str:
    """Precision and recall of the citations, then what was missed, spurious or read in a trap."""
    lines = [
        f"instruments: gold {evaluation.gold}, found {evaluation.found}, "
        f"precision {evaluation.precision:.3f}, recall {evaluation.recall:.3f}",
        f"missed ({len(evaluation.missed)}):",
        *(f"  {want.doc}: {want.key} [{want.kind}] “{want.text or ''}”" for want in evaluation.missed),
        f"spurious ({len(evaluation.spurious)}):",
        *(f"  {m.doc}: {m.key} [{m.kind}] ← “{m.text}”" for m in evaluation.spurious),
        f"trap texts read as instruments ({len(evaluation.trap_hits)}):",
        *(f"  {m.doc}: “{trap}” in “{m.text}”" for trap, m in evaluation.trap_hits),
    ]
    return "\n".join(lines) + "\n"
