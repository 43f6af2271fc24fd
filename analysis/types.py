"""Shared, immutable result types of the analysis package.

Every fact carries the id of its document and the sentence it came from, so the
dashboard can always show where a number or a priority was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, get_args

ScopeLevel = Literal["national", "province", "sector", "international"]
SCOPE_LEVELS: tuple[ScopeLevel, ...] = get_args(ScopeLevel)


@dataclass(frozen=True)
class Scope:
    """Whom a fact is about: the whole country, a named province or city ("Quảng Trị"), a ministry or
    sector ("Bộ Tài chính"), or abroad ("Đan Mạch"); ``name`` is empty when none is named."""

    level: ScopeLevel = "national"
    name: str = ""


NATIONAL = Scope()


@dataclass(frozen=True)
class NumberMention:
    """A number read the Vietnamese way: "hơn 80.000" → value 80000.0, qualifier "hơn"."""

    start: int
    end: int
    value: float
    raw: str
    qualifier: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A date as written; missing parts stay None until resolved from context."""

    start: int
    end: int
    raw: str
    day: int
    month: int
    year: int | None


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be read (or was read with a warning), with what to do about it.

    ``message`` is in Vietnamese; ``code`` and ``values`` let a page say it in another language
    (``analysis.present.problems.describe_problem``). ``kept`` is True when the document was still read.
    """

    path: str
    message: str
    code: str = ""
    values: tuple[tuple[str, str], ...] = ()
    kept: bool = False


@dataclass(frozen=True)
class Document:
    """One article: its cleaned body, inferred metadata and the furniture that was removed."""

    id: str
    path: str
    title: str
    outlet: str | None
    published: datetime | None
    year: int | None
    body: str
    furniture: tuple[str, ...]
    content_hash: str
    overrides: tuple[tuple[str, str], ...] = ()
    source_url: str | None = None  # the address it was fetched from, when it came from a link


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; ``paragraph`` numbers the body line it stands in."""

    doc: str
    index: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Theme:
    """A theme an article states for a year; ``kind`` is "chủ đề", "thông điệp" or "năm"."""

    year: int
    text: str
    kind: str
    doc: str
    sentence: str
    scope: Scope = NATIONAL


@dataclass(frozen=True)
class PriorityItem:
    """One item of a priority list, the concept it maps to, and the sentence that states it."""

    text: str
    concept: str | None
    sentence: str = ""


@dataclass(frozen=True)
class PriorityList:
    year: int | None
    heading: str
    items: tuple[PriorityItem, ...]
    doc: str
    sentence: str
    scope: Scope = NATIONAL


@dataclass(frozen=True)
class Concept:
    id: str
    label_vi: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class ConceptYears:
    concept: str
    label_vi: str
    years: tuple[int, ...]


@dataclass(frozen=True)
class PriorityChange:
    """What happened to stated priorities between two years (concept ids)."""

    from_year: int
    to_year: int
    persisted: tuple[str, ...]
    new: tuple[str, ...]
    dropped: tuple[str, ...]


FigureKind = Literal[
    "count",
    "percent",
    "money",
    "rank",
    "multiplier",
    "change",
    "range",
    "rate",
    "score",
    "number_word",
    "share",
]
FIGURE_KINDS: tuple[FigureKind, ...] = get_args(FigureKind)


@dataclass(frozen=True)
class Figure:
    """A key figure: ``value`` of ``unit`` (what is counted), about ``subject``.

    ``kind`` says how the number reads ("percent" for "đạt 87,5%", "rank" for "xếp thứ 64/190
    quốc gia"); a range keeps its upper end in ``value_high``, a rank its field size in ``out_of``.
    ``measure`` is what the figure measures, taken from its own sentence, and ``place`` whom it is
    measured for when the sentence names it ("Quảng Trị" in "DTI của Quảng Trị"); ``year`` the year it is
    about (a target year for a goal, then ``is_target``); ``start``..``end`` its span in ``sentence``.
    """

    value: float
    unit: str
    subject: str | None
    text: str
    qualifier: str | None
    year: int | None
    doc: str
    sentence: str
    kind: FigureKind = "count"
    value_high: float | None = None
    out_of: float | None = None
    measure: str | None = None
    is_target: bool = False
    start: int = 0
    end: int = 0
    sentence_index: int = 0
    place: str | None = None
    scope: Scope = NATIONAL


@dataclass(frozen=True)
class Event:
    """A dated event; ``date_source`` is "text" or "calendar" (a recurring day's known date)."""

    date: date
    title: str
    kind: str
    doc: str
    sentence: str
    date_source: str = "text"
    scope: Scope = NATIONAL


@dataclass(frozen=True)
class InstrumentMention:
    """One citation of a legal or policy document, as written in its sentence.

    ``key`` is the instrument it resolves to (every form of one document shares it: "Quyết định 749",
    "QĐ 749/QĐ-TTg" and "Chương trình Chuyển đổi số quốc gia" are all "749/QĐ-TTg"); ``kind`` is
    "Quyết định", "Nghị quyết", …; ``symbol`` the number and symbol as read ("749/QĐ-TTg"), None for a
    name or a bare number; ``issuer`` the issuer's code read from the symbol ("TTg"); ``issued`` the
    date written with it; ``title`` the phrase that follows ("phê duyệt Chương trình …").
    ``start``..``end`` is its span in ``sentence``.
    """

    key: str
    kind: str
    text: str
    doc: str
    sentence: str
    sentence_index: int
    start: int
    end: int
    symbol: str | None = None
    issuer: str | None = None
    issued: date | None = None
    title: str | None = None


@dataclass(frozen=True)
class InstrumentTarget:
    """A target an instrument sets, with the clause it comes from and the figure read from that clause
    (``measure``, ``value``, ``unit``, ``kind``) to be reached by the end of ``deadline``."""

    clause: str
    measure: str
    value: float
    unit: str
    kind: FigureKind
    deadline: int
    source: str
    instrument: str = ""


@dataclass(frozen=True)
class Instrument:
    """A legal or policy document of the registry (``data/instruments.toml``)."""

    key: str
    kind: str
    symbol: str
    issued: date | None
    title: str
    issuer: str
    aliases: tuple[str, ...]
    source: str
    targets: tuple[InstrumentTarget, ...] = ()


ProgressStatus = Literal["reached", "on_track", "behind", "not_enough_data"]
PROGRESS_STATUSES: tuple[ProgressStatus, ...] = get_args(ProgressStatus)


@dataclass(frozen=True)
class TargetSource:
    """Where a target is set: an article's sentence (``doc`` its id), or a registry instrument's clause
    (``instrument`` its symbol, ``url`` the page its wording was taken from)."""

    doc: str
    sentence: str
    instrument: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class TargetProgress:
    """One target beside the stated results of its measure: ``results`` holds one stated figure per
    year, oldest first (the baseline first, the latest last); ``projected`` is the straight line through
    them at the deadline; ``conflicting`` marks a target another source sets otherwise for the same
    measure and deadline (both are kept, side by side)."""

    measure: str
    place: str | None
    unit: str
    kind: FigureKind
    target: float
    deadline: int
    sources: tuple[TargetSource, ...]
    results: tuple[Figure, ...]
    status: ProgressStatus
    projected: float | None = None
    conflicting: bool = False

    @property
    def baseline(self) -> Figure | None:
        return self.results[0] if self.results else None

    @property
    def latest(self) -> Figure | None:
        return self.results[-1] if self.results else None

    @property
    def gap(self) -> float | None:
        """How far the latest result is from the target (positive: still to go upward)."""
        return self.target - self.results[-1].value if self.results else None


@dataclass(frozen=True)
class TermScore:
    """A term's distinctiveness for a year (log-odds z-score) with its counts."""

    term: str
    score: float
    count: int
    per_10k: float


@dataclass(frozen=True)
class KeywordHit:
    doc: str
    year: int | None
    sentence_index: int
    left: str
    match: str
    right: str
    start: int
    end: int


@dataclass(frozen=True)
class DocumentAnalysis:
    """Everything read from one document; this is what the on-disk cache stores.

    Words and their POS tags are used while the document is analysed and then dropped: the
    summaries need only ``terms`` (content word → count, counted once here) and ``words``, and
    keeping tokens and tags made each cached value three times larger and every load slower.
    """

    document: Document
    sentences: tuple[Sentence, ...]
    terms: tuple[tuple[str, int], ...]
    words: int
    themes: tuple[Theme, ...]
    priorities: tuple[PriorityList, ...]
    figures: tuple[Figure, ...]
    events: tuple[Event, ...]
    instruments: tuple[InstrumentMention, ...] = ()
    scope: Scope = NATIONAL  # the article's own: whom its title (else outlet) says it is about


@dataclass(frozen=True)
class YearSummary:
    year: int
    documents: tuple[str, ...]
    official_theme: Theme | None
    themes: tuple[Theme, ...]
    top_terms: tuple[TermScore, ...]
    words: int


@dataclass(frozen=True)
class CorpusAnalysis:
    """The whole report over a corpus, plus which documents came from cache."""

    documents: tuple[DocumentAnalysis, ...]
    years: tuple[YearSummary, ...]
    priorities: tuple[PriorityList, ...]
    comparison: tuple[ConceptYears, ...]
    changes: tuple[PriorityChange, ...]
    figures: tuple[Figure, ...]
    timeline: tuple[Event, ...]
    instruments: tuple[InstrumentMention, ...] = ()
    problems: tuple[LoadProblem, ...] = ()
    analysed: tuple[str, ...] = field(default=())
    from_cache: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Curation:
    """The analyst's choices for a briefing, kept with the store (never in the browser).

    ``pinned`` are figure keys (:func:`analysis.present.curate.figure_key`) shown first as key figures,
    in this order; ``hidden`` never shown as key figures; ``captions`` (figure key, caption) replace a
    figure's label; ``measure`` names the measure the same-measure chart opens on ("" for the default).
    """

    pinned: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    captions: tuple[tuple[str, str], ...] = ()
    measure: str = ""
