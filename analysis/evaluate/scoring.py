"""Scores against the gold: precision and recall per kind, how often each attribute and article fact
agrees, and the citations found with the right instrument and kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from analysis.evaluate.gold import _UNSCORED, GoldArticle, GoldFigure, GoldInstrument
from analysis.evaluate.matching import _matches, _pair, _title_words, _unit_key, measure_agrees, place_agrees
from analysis.instruments import symbol_key
from analysis.types import FIGURE_KINDS, Document, Figure, InstrumentMention


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


def evaluate_articles(gold: Sequence[GoldArticle], documents: Iterable[Document]) -> tuple[Tally, ...]:
    """How many titles, outlets, publication dates and years agree with the gold articles.

    >>> from datetime import date, datetime
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
