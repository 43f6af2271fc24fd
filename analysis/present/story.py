"""The meeting story: the slides a presentation shows, in order, as plain view data.

Both renderings draw from it: the dashboard's presentation mode (plotly, Streamlit) and the
PowerPoint deck (python-pptx). A slide holds its title, its one message, what it shows (a chart's
categories and series, a matrix, a table, a quote) and the articles it rests on; nothing here
knows how it is drawn.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from analysis.pipeline import count_terms_by_year
from analysis.present.figures import (
    FigureCard,
    SeriesPoint,
    figure_number_text,
    key_figure_cards,
    measure_series,
    unit_text,
)
from analysis.present.glosses import theme_gloss
from analysis.present.i18n import concept_label, event_kind_label, translate
from analysis.present.instruments import progress_rows
from analysis.present.lists import describe_year_lists
from analysis.present.selection import changes_between, priority_matrix
from analysis.present.terms import cloud_frequencies
from analysis.progress import track_progress
from analysis.report import format_value
from analysis.types import CorpusAnalysis, Document, Event

ROWS_PER_TABLE_SLIDE = 8  # rows of a timeline or source table per slide: long titles wrap to two lines
ROWS_PER_CHANGES_SLIDE = 10  # concept labels are short and never wrap
KEY_FIGURES = 6
MEASURE_CHARTS = 4
WORDCLOUD_WORDS = 120


@dataclass(frozen=True)
class Source:
    """An article a slide rests on, and the sentence that states what the slide shows."""

    doc: str
    title: str
    outlet: str | None
    published: date | None
    sentence: str | None = None


@dataclass(frozen=True)
class Series:
    """Numbers of one series; ``labels`` are how each reads ("over 80,000", "1.5 quadrillion")."""

    name: str
    values: tuple[float | None, ...]
    labels: tuple[str, ...] | None = None


@dataclass(frozen=True)
class SeriesChart:
    """Categories along the axis and one or more series of numbers (bar or line)."""

    kind: Literal["bar", "line"]
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_axis: str
    stacked: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Cover:
    subtitle: str


@dataclass(frozen=True)
class CorpusGlance:
    chart: SeriesChart
    stats: tuple[tuple[str, str], ...]  # (number, what it counts): ("5", "bài viết")


@dataclass(frozen=True)
class ThemeQuote:
    """A year's official theme verbatim; in English with its curated gloss or marked as original."""

    year: int
    text: str | None
    gloss: str | None
    original_label: str | None  # "Vietnamese original" in English, None in Vietnamese
    no_gloss: str | None  # in English, says that no curated gloss exists yet
    words: tuple[tuple[str, int], ...]  # word-cloud frequencies of the year's articles
    caption: str


@dataclass(frozen=True)
class PriorityMatrix:
    """Concept × year: how many articles state a priority in that concept that year."""

    concepts: tuple[str, ...]
    labels: tuple[str, ...]
    years: tuple[int, ...]
    counts: tuple[tuple[int, ...], ...]
    corner: str
    legend: str


@dataclass(frozen=True)
class ChangeColumns:
    """Priority areas that persisted, are new or were dropped between two chosen years."""

    from_year: int
    to_year: int
    table: Table


@dataclass(frozen=True)
class FigureCards:
    cards: tuple[FigureCard, ...]


@dataclass(frozen=True)
class MeasureCharts:
    charts: tuple[SeriesChart, ...]


@dataclass(frozen=True)
class Timeline:
    events: tuple[Event, ...]
    table: Table


@dataclass(frozen=True)
class SourceList:
    table: Table


Body = (
    Cover
    | CorpusGlance
    | ThemeQuote
    | PriorityMatrix
    | ChangeColumns
    | FigureCards
    | MeasureCharts
    | Timeline
    | SourceList
)


@dataclass(frozen=True)
class Slide:
    """One screen: ``kind`` names its place in the story ("cover", "corpus", "theme", "matrix",
    "changes", "figures", "measure", "progress", "timeline", "sources")."""

    kind: str
    title: str
    message: str
    body: Body
    sources: tuple[Source, ...]
    notes: str


@dataclass(frozen=True)
class Story:
    language: str
    years: tuple[int, ...]
    slides: tuple[Slide, ...]


def _span(years: Sequence[int]) -> str:
    return f"{min(years)}–{max(years)}" if len(years) > 1 else str(years[0]) if years else ""


def _sources(corpus: CorpusAnalysis, docs: Iterable[tuple[str, str | None]]) -> tuple[Source, ...]:
    """Sources for (doc id, sentence) pairs, in order, each pair once."""
    by_id: dict[str, Document] = {a.document.id: a.document for a in corpus.documents}
    pairs = list(dict.fromkeys(docs))
    quoted = {doc_id for doc_id, sentence in pairs if sentence}
    result = []
    for doc_id, sentence in pairs:
        document = by_id.get(doc_id)
        if document is None or (sentence is None and doc_id in quoted):
            continue
        if sentence is None:
            quoted.add(doc_id)  # an article named without a sentence is named once
        published = document.published.date() if document.published else None
        result.append(Source(doc_id, document.title, document.outlet, published, sentence))
    return tuple(result)


def _notes(sources: Sequence[Source], language: str) -> str:
    """Speaker notes that name every source: title, outlet, date, and the sentence quoted."""
    lines = [translate("notes_sources", language)]
    for source in sources:
        outlet = source.outlet or translate("unknown_outlet", language)
        when = source.published.isoformat() if source.published else translate("no_date", language)
        lines.append(f"• {source.title} — {outlet}, {when}")
        if source.sentence:
            lines.append(f"  {translate('notes_sentence', language)}: “{source.sentence}”")
    return "\n".join(lines)


def _slide(
    kind: str, title: str, message: str, body: Body, sources: tuple[Source, ...], language: str
) -> Slide:
    return Slide(kind, title, message, body, sources, _notes(sources, language))


def _chunks(
    rows: Sequence[tuple[str, ...]], size: int = ROWS_PER_TABLE_SLIDE
) -> list[tuple[tuple[str, ...], ...]]:
    return [tuple(rows[start : start + size]) for start in range(0, len(rows), size)] or [()]


def _paged(title: str, page: int, pages: int, language: str) -> str:
    return title if pages == 1 else f"{title} ({translate('page_of', language, page=page, pages=pages)})"


def _all_sources(corpus: CorpusAnalysis) -> tuple[Source, ...]:
    documents = sorted(
        (a.document for a in corpus.documents),
        key=lambda d: (d.year or 0, d.published.isoformat() if d.published else "", d.title),
    )
    return _sources(corpus, ((d.id, None) for d in documents))


def _cover(corpus: CorpusAnalysis, years: Sequence[int], language: str) -> Slide:
    outlets = {a.document.outlet for a in corpus.documents if a.document.outlet}
    subtitle = translate("cover_message", language, articles=len(corpus.documents), outlets=len(outlets))
    return _slide(
        "cover",
        translate("deck_title", language, span=_span(years)),
        subtitle,
        Cover(translate("cover_note", language)),
        _all_sources(corpus),
        language,
    )


def _corpus(corpus: CorpusAnalysis, language: str) -> Slide:
    unknown_year = translate("unknown_year", language)
    unknown_outlet = translate("unknown_outlet", language)
    counts: Counter[tuple[str, str]] = Counter()
    for analysis in corpus.documents:
        year = str(analysis.document.year) if analysis.document.year else unknown_year
        counts[(year, analysis.document.outlet or unknown_outlet)] += 1
    categories = sorted({year for year, _ in counts}, key=lambda y: (y == unknown_year, y))
    outlets = sorted({outlet for _, outlet in counts}, key=lambda o: (o == unknown_outlet, o.casefold()))
    chart = SeriesChart(
        "bar",
        translate("documents_per_year", language),
        tuple(categories),
        tuple(
            Series(outlet, tuple(float(counts[(year, outlet)]) for year in categories)) for outlet in outlets
        ),
        translate("articles", language),
        stacked=True,
    )
    words = sum(a.words for a in corpus.documents)
    named = [o for o in outlets if o != unknown_outlet]
    stats = (
        (str(len(corpus.documents)), translate("stat_articles", language)),
        (str(len(named)), translate("stat_outlets", language)),
        (format_value(words, language), translate("stat_words", language)),
    )
    message = translate("corpus_message", language, articles=len(corpus.documents), outlets=len(named))
    return _slide(
        "corpus",
        translate("corpus_at_a_glance", language),
        message,
        CorpusGlance(chart, stats),
        _all_sources(corpus),
        language,
    )


def _themes(corpus: CorpusAnalysis, years: Sequence[int], language: str) -> list[Slide]:
    counts = count_terms_by_year(corpus.documents)
    slides = []
    for summary in corpus.years:
        if summary.year not in years or not summary.documents:
            continue
        theme = summary.official_theme
        gloss = theme_gloss(theme.text) if theme and language == "en" else None
        # the same words as the dashboard's cloud: no person names, titles, places or fragments
        words = cloud_frequencies(counts.get(summary.year), limit=WORDCLOUD_WORDS)
        caption_key = "wordcloud_caption_en" if language == "en" else "wordcloud_alt"
        body = ThemeQuote(
            summary.year,
            theme.text if theme else None,
            gloss,
            translate("vietnamese_original", language) if language == "en" and theme else None,
            translate("no_gloss", language) if language == "en" and theme and not gloss else None,
            words,
            translate(caption_key, language, year=summary.year),
        )
        if theme is None:
            message = translate("no_theme", language)
        else:
            supporting = {t.doc for t in summary.themes if t.text == theme.text}
            message = translate("theme_message", language, count=len(supporting))
        stated = [(t.doc, t.sentence) for t in summary.themes if theme and t.text == theme.text]
        others = [(doc, None) for doc in summary.documents]
        slides.append(
            _slide(
                "theme",
                translate("slide_theme", language, year=summary.year),
                message,
                body,
                _sources(corpus, [*stated, *others]),
                language,
            )
        )
    return slides


def _matrix(corpus: CorpusAnalysis, years: Sequence[int], language: str) -> Slide:
    concepts, counts = priority_matrix(corpus, years)
    labels = tuple(concept_label(concept, language) for concept in concepts)
    everywhere = [label for label, row in zip(labels, counts, strict=True) if all(row)]
    if not concepts:
        message = translate("matrix_none", language)
    elif everywhere and len(years) > 1:
        message = translate("matrix_all_years", language, count=len(years), areas=", ".join(everywhere))
    else:
        message = translate("matrix_stated", language, areas=len(concepts))
    body = PriorityMatrix(
        tuple(concepts),
        labels,
        tuple(years),
        tuple(tuple(row) for row in counts),
        translate("concept", language),
        translate("heatmap_colorbar", language),
    )
    stated = [(p.doc, p.sentence) for p in corpus.priorities if p.year in years]
    slide = _slide(
        "matrix", translate("heatmap_title", language), message, body, _sources(corpus, stated), language
    )
    # The presenter can name the lists behind the table as the Compare page titles them.
    lists = [
        f"- {year}: {row.label}"
        for year in years
        for row in describe_year_lists(corpus, year, language=language)
    ]
    if not lists:
        return slide
    return replace(slide, notes="\n".join([slide.notes, translate("notes_lists", language), *lists]))


def _changes(corpus: CorpusAnalysis, years: Sequence[int], language: str) -> list[Slide]:
    slides = []
    for change in changes_between(corpus, years):
        groups = (change.persisted, change.new, change.dropped)
        header = tuple(
            f"{translate(key, language)} ({len(group)})"
            for key, group in zip(("persisted", "new", "dropped"), groups, strict=True)
        )
        depth = max((len(group) for group in groups), default=0)
        rows = [
            tuple(concept_label(group[row], language) if row < len(group) else "" for group in groups)
            for row in range(depth)
        ]
        message = translate(
            "changes_message",
            language,
            persisted=len(change.persisted),
            new=len(change.new),
            dropped=len(change.dropped),
        )
        chosen = (change.from_year, change.to_year)
        stated = [(p.doc, p.sentence) for p in corpus.priorities if p.year in chosen]
        pages = _chunks(rows, ROWS_PER_CHANGES_SLIDE)
        title = translate("slide_changes", language, first=change.from_year, last=change.to_year)
        for number, page in enumerate(pages, start=1):
            slides.append(
                _slide(
                    "changes",
                    _paged(title, number, len(pages), language),
                    message,
                    ChangeColumns(change.from_year, change.to_year, Table(header, page)),
                    _sources(corpus, stated),
                    language,
                )
            )
    return slides


def _figures(corpus: CorpusAnalysis, language: str) -> Slide:
    cards = key_figure_cards(corpus.figures, language, limit=KEY_FIGURES)
    message = translate("figures_message", language) if cards else translate("no_figures", language)
    return _slide(
        "figures",
        translate("key_figures", language),
        message,
        FigureCards(tuple(cards)),
        _sources(corpus, ((card.figure.doc, card.figure.sentence) for card in cards)),
        language,
    )


def _measures(corpus: CorpusAnalysis, years: Sequence[int], language: str) -> list[Slide]:
    measures = measure_series(corpus.figures, language=language, years=years)[:MEASURE_CHARTS]
    if not measures:
        return []
    charts = tuple(
        SeriesChart(
            "line",
            measure.title,
            tuple(str(point.year) for point in measure.points),
            (
                Series(
                    measure.unit_text,
                    tuple(point.value for point in measure.points),
                    tuple(_point_number(point, language) for point in measure.points),
                ),
            ),
            measure.unit_text,
        )
        for measure in measures
    )
    first = measures[0]
    change = " → ".join(f"{_point_number(point, language)} ({point.year})" for point in first.points)
    message = f"{first.title}: {change}"
    points = [point for measure in measures for point in measure.points]
    return [
        _slide(
            "measure",
            translate("slide_measure", language),
            message,
            MeasureCharts(charts),
            _sources(corpus, ((point.doc, point.sentence) for point in points)),
            language,
        )
    ]


def _progress(corpus: CorpusAnalysis, language: str) -> list[Slide]:
    """Targets beside their results (those with two or more years of results first), one bar chart
    each: the results by year, then the target; the speaker notes name every sentence and clause."""
    tracked = [row for row in track_progress(corpus.figures) if row.results]
    tracked.sort(key=lambda row: (len(row.results) < 2, row.deadline))
    rows = progress_rows(tracked[:MEASURE_CHARTS], language=language)
    if not rows:
        return []
    charts = tuple(
        SeriesChart(
            "bar",
            f"{row.measure} · {row.target} ({row.deadline})",
            (
                *(str(f.year) for f in row.progress.results),
                translate("progress_target_category", language, deadline=row.deadline),
            ),
            (
                Series(
                    row.status_label,
                    (*(f.value for f in row.progress.results), row.progress.target),
                    (
                        *(figure_number_text(f, language) for f in row.progress.results),
                        format_value(row.progress.target, language),
                    ),
                ),
            ),
            unit_text(row.progress.unit, language),
        )
        for row in rows
    )
    first = rows[0]
    message = translate(
        "progress_message",
        language,
        measure=first.measure,
        latest=first.latest,
        year=first.latest_year,
        target=first.target,
        deadline=first.deadline,
        status=first.status_label,
    )
    stated = [(f.doc, f.sentence) for row in rows for f in row.progress.results]
    stated += [(s.doc, s.sentence) for row in rows for s in row.progress.sources if s.instrument is None]
    slide = _slide(
        "progress",
        translate("progress_board", language),
        message,
        MeasureCharts(charts),
        _sources(corpus, stated),
        language,
    )
    clauses = dict.fromkeys(
        f"{translate('progress_notes_target', language, instrument=s.instrument, url=s.url)}: “{s.sentence}”"
        for row in rows
        for s in row.progress.sources
        if s.instrument is not None
    )
    return [replace(slide, notes="\n".join([slide.notes, *clauses]))]


def _point_number(point: SeriesPoint, language: str) -> str:
    return point.number or point.label


def _timeline(corpus: CorpusAnalysis, language: str) -> list[Slide]:
    events = list(corpus.timeline)
    if not events:
        return []
    header = (
        translate("date", language),
        translate("event_kind", language),
        translate("event_original" if language == "en" else "event", language),
    )
    rows = [(e.date.isoformat(), event_kind_label(e.kind, language), e.title) for e in events]
    message = translate(
        "timeline_message",
        language,
        count=len(events),
        first=events[0].date.isoformat(),
        last=events[-1].date.isoformat(),
    )
    pages = _chunks(rows)
    slides = []
    for number, page in enumerate(pages, start=1):
        shown = events[(number - 1) * ROWS_PER_TABLE_SLIDE : number * ROWS_PER_TABLE_SLIDE]
        slides.append(
            _slide(
                "timeline",
                _paged(translate("page_timeline", language), number, len(pages), language),
                message,
                Timeline(tuple(shown), Table(header, page)),
                _sources(corpus, ((e.doc, e.sentence) for e in shown)),
                language,
            )
        )
    return slides


def _source_slides(corpus: CorpusAnalysis, language: str) -> list[Slide]:
    sources = _all_sources(corpus)
    header = (
        translate("title_original" if language == "en" else "title", language),
        translate("outlet", language),
        translate("published", language),
    )
    rows = [
        (
            s.title,
            s.outlet or translate("unknown_outlet", language),
            s.published.isoformat() if s.published else translate("no_date", language),
        )
        for s in sources
    ]
    pages = _chunks(rows)
    return [
        _slide(
            "sources",
            _paged(translate("slide_sources", language), number, len(pages), language),
            translate("sources_message", language),
            SourceList(Table(header, page)),
            sources[(number - 1) * ROWS_PER_TABLE_SLIDE : number * ROWS_PER_TABLE_SLIDE],
            language,
        )
        for number, page in enumerate(pages, start=1)
    ]


def build_story(corpus: CorpusAnalysis, *, language: str = "vi") -> Story:
    """The meeting story of a (filtered) corpus: cover → corpus at a glance → each year's official
    theme → priorities compared → what persisted, is new, was dropped → key figures → the same
    measure across years (where figures allow) → progress against targets (where results meet a
    target) → timeline → sources.

    >>> story = build_story(filter_corpus(seeds, years=[2022, 2023, 2024], documents=None))  # doctest: +SKIP
    >>> [slide.kind for slide in story.slides][:3]  # doctest: +SKIP
    ['cover', 'corpus', 'theme']
    """
    years = tuple(summary.year for summary in corpus.years if summary.documents)
    slides = [
        _cover(corpus, years, language),
        _corpus(corpus, language),
        *_themes(corpus, years, language),
        _matrix(corpus, years, language),
        *_changes(corpus, years, language),
        _figures(corpus, language),
        *_measures(corpus, years, language),
        *_progress(corpus, language),
        *_timeline(corpus, language),
        *_source_slides(corpus, language),
    ]
    return Story(language, years, tuple(slides))
