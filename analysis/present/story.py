"""The meeting story: the slides a presentation shows, in order, as plain view data.

Both renderings draw from it: the dashboard's presentation mode (plotly, Streamlit) and the
PowerPoint deck (python-pptx). A slide holds its title, its one message, what it shows (a chart's
categories and series, a matrix, a table, a quote) and the articles it rests on; nothing here
knows how it is drawn.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from analysis.pipeline import count_terms_by_year
from analysis.present.curate import chosen_first, curate_key_figures
from analysis.present.figures import (
    FigureCard,
    SeriesPoint,
    figure_number_text,
    measure_series,
    unit_text,
)
from analysis.present.glosses import (
    Rendering,
    render_event,
    shows_vietnamese,
    theme_gloss,
    untranslated_note,
)
from analysis.present.i18n import concept_label, event_kind_label, translate
from analysis.present.instruments import progress_rows
from analysis.present.lists import describe_year_lists
from analysis.present.localize import format_day, format_value
from analysis.present.selection import changes_between, priority_matrix, story_documents
from analysis.present.sources import source_line
from analysis.present.terms import cloud_frequencies, cloud_words
from analysis.progress import track_progress
from analysis.types import NATIONAL, CorpusAnalysis, Curation, Document, Event

ROWS_PER_TABLE_SLIDE = 8  # rows of a timeline or source table per slide: long titles wrap to two lines
ROWS_PER_CHANGES_SLIDE = 10  # concept labels are short and never wrap
MAX_FINDINGS = 5
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
class CorpusGlance:
    chart: SeriesChart
    stats: tuple[tuple[str, str], ...]  # (number, what it counts): ("5", "bài viết")


@dataclass(frozen=True)
class ThemeQuote:
    """A year's official theme verbatim; in English with its curated gloss beside it, the quote
    labelled once as the Vietnamese original."""

    year: int
    text: str | None
    gloss: str | None
    original_label: str | None  # "Vietnamese original" in English, None in Vietnamese
    # word-cloud frequencies of the year's articles; in English each word's curated rendering where
    # the glossary has one (words with the same rendering counted together)
    words: tuple[tuple[str, int], ...]
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
    """Priority areas that persisted, are new or were dropped between two chosen years; ``focus``
    names the new area the ``to_year`` lists state most often (None when nothing is new)."""

    from_year: int
    to_year: int
    table: Table
    focus: str | None = None


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


@dataclass(frozen=True)
class Finding:
    """One thing the briefing says, in a sentence, and the slide (numbered from 1) that shows it."""

    text: str
    slide: int


@dataclass(frozen=True)
class Findings:
    """The "so what" slide the story opens with: three to five findings written from the data."""

    items: tuple[Finding, ...]
    note: str


Body = (
    Findings
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
    """One screen: ``kind`` names its place in the story ("findings", "corpus", "theme", "matrix",
    "changes", "figures", "measure", "progress", "timeline", "sources"). The ``title`` states the slide's
    message; ``message`` says what the slide shows. ``source_line`` goes under its chart or table
    (:func:`~analysis.present.sources.source_line`), the ``notes`` quote the sentences in full."""

    kind: str
    title: str
    message: str
    body: Body
    sources: tuple[Source, ...]
    notes: str
    source_line: str = ""
    # In English, said once under the slide's table or chart when some items on it have no curated
    # English rendering and are shown in Vietnamese; "" otherwise (never a mark per item).
    untranslated: str = ""


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
        when = format_day(source.published, language) or translate("no_date", language)
        lines.append(f"• {source.title} — {outlet}, {when}")
        if source.sentence:
            lines.append(f"  {translate('notes_sentence', language)}: “{source.sentence}”")
    return "\n".join(lines)


def _slide(
    kind: str,
    title: str,
    message: str,
    body: Body,
    sources: tuple[Source, ...],
    language: str,
    untranslated: str = "",
) -> Slide:
    line = source_line(((source.outlet, source.published) for source in sources), language)
    # a title is a sentence, and one that opens with an article's lower-case measure ("tỷ trọng kinh
    # tế số …: 9,6 %") still begins with a capital on the slide and in the findings
    title = title[:1].upper() + title[1:]
    return Slide(kind, title, message, body, sources, _notes(sources, language), line, untranslated)


def _shown(texts: Iterable[str]) -> list[Rendering]:
    """Texts already rendered elsewhere (figures), as renderings: Vietnamese when they show a
    Vietnamese letter."""
    return [Rendering(text, text, not shows_vietnamese(text)) for text in texts]


def page_sizes(rows: int, size: int | None) -> list[int]:
    """How many of ``rows`` go on each page of at most ``size`` (None: one page): as even as can be,
    so no page carries a lone leftover row.

    >>> page_sizes(9, 8), page_sizes(16, 8), page_sizes(17, 8), page_sizes(3, None)
    ([5, 4], [8, 8], [6, 6, 5], [3])
    """
    pages = max(1, math.ceil(rows / size)) if size else 1
    return [rows // pages + (1 if page < rows % pages else 0) for page in range(pages)]


def _chunks(rows: Sequence[object], size: int | None) -> list[tuple[int, int]]:
    """(start, end) of each page of ``rows``: see :func:`page_sizes`."""
    bounds, start = [], 0
    for count in page_sizes(len(rows), size):
        bounds.append((start, start + count))
        start += count
    return bounds


def _paged(title: str, page: int, pages: int, language: str) -> str:
    return title if pages == 1 else f"{title} ({translate('page_of', language, page=page, pages=pages)})"


def _all_sources(corpus: CorpusAnalysis) -> tuple[Source, ...]:
    documents = sorted(
        (a.document for a in story_documents(corpus)),
        key=lambda d: (d.year or 0, d.published.isoformat() if d.published else "", d.title),
    )
    return _sources(corpus, ((d.id, None) for d in documents))


def _outlets(corpus: CorpusAnalysis) -> int:
    return len({a.document.outlet for a in story_documents(corpus) if a.document.outlet})


def _corpus(corpus: CorpusAnalysis, years: Sequence[int], language: str) -> Slide:
    unknown_year = translate("unknown_year", language)
    unknown_outlet = translate("unknown_outlet", language)
    counts: Counter[tuple[str, str]] = Counter()
    drawn_from = story_documents(corpus)
    for analysis in drawn_from:
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
    words = sum(a.words for a in drawn_from)
    named = [o for o in outlets if o != unknown_outlet]
    stats = (
        (str(len(drawn_from)), translate("stat_articles", language)),
        (str(len(named)), translate("stat_outlets", language)),
        (format_value(words, language), translate("stat_words", language)),
    )
    title = translate(
        "corpus_title", language, articles=len(drawn_from), outlets=len(named), span=_span(years)
    )
    return _slide(
        "corpus",
        title,
        translate("documents_per_year", language),
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
        cloud = cloud_words(cloud_frequencies(counts.get(summary.year), limit=WORDCLOUD_WORDS), language)
        caption_key = "wordcloud_caption_en" if language == "en" else "wordcloud_alt"
        body = ThemeQuote(
            summary.year,
            theme.text if theme else None,
            gloss,
            translate("vietnamese_original", language) if language == "en" and theme else None,
            cloud.words,
            translate(caption_key, language, year=summary.year),
        )
        # an unglossed theme is the quote itself, already labelled as the Vietnamese original
        untranslated = untranslated_note(cloud.renderings, language)
        if theme is None:
            title = translate("theme_title_none", language, year=summary.year)
            message = translate("no_theme", language)
        else:
            supporting = {t.doc for t in summary.themes if t.text == theme.text}
            title = translate("theme_title", language, year=summary.year, count=len(supporting))
            message = translate("theme_kicker", language)
        stated = [(t.doc, t.sentence) for t in summary.themes if theme and t.text == theme.text]
        others = [(doc, None) for doc in summary.documents]
        sources = _sources(corpus, [*stated, *others])
        slides.append(_slide("theme", title, message, body, sources, language, untranslated))
    return slides


def _matrix(corpus: CorpusAnalysis, years: Sequence[int], language: str) -> Slide:
    concepts, counts = priority_matrix(corpus, years)
    labels = tuple(concept_label(concept, language) for concept in concepts)
    everywhere = [label for label, row in zip(labels, counts, strict=True) if all(row)]
    if not concepts:
        title = translate("matrix_none", language)
    elif everywhere and len(years) > 1:
        title = translate("matrix_all_years", language, count=len(years), areas=", ".join(everywhere))
    else:
        title = translate("matrix_stated", language, areas=len(concepts))
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
        "matrix", title, translate("heatmap_title", language), body, _sources(corpus, stated), language
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


def _focus(corpus: CorpusAnalysis, year: int, concepts: Sequence[str]) -> str | None:
    """Of ``concepts``, the one the ``year``'s priority lists name most often (the first on a tie)."""
    named = Counter(
        item.concept for p in corpus.priorities if p.year == year for item in p.items if item.concept
    )
    return max(concepts, key=lambda concept: named[concept], default=None)


def _changes(
    corpus: CorpusAnalysis, years: Sequence[int], language: str, page_rows: int | None
) -> list[Slide]:
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
        focus = _focus(corpus, change.to_year, change.new)
        pair = {"first": change.from_year, "last": change.to_year}
        if focus is None:
            title = translate("changes_title_none", language, persisted=len(change.persisted), **pair)
        else:
            label = concept_label(focus, language)
            title = translate("changes_title", language, new=len(change.new), focus=label, **pair)
        chosen = (change.from_year, change.to_year)
        stated = [(p.doc, p.sentence) for p in corpus.priorities if p.year in chosen]
        pages = _chunks(rows, page_rows)
        for number, (start, end) in enumerate(pages, start=1):
            slides.append(
                _slide(
                    "changes",
                    _paged(title, number, len(pages), language),
                    message,
                    ChangeColumns(
                        change.from_year, change.to_year, Table(header, tuple(rows[start:end])), focus
                    ),
                    _sources(corpus, stated),
                    language,
                )
            )
    return slides


def _figures(corpus: CorpusAnalysis, language: str, curation: Curation | None = None) -> Slide:
    cards = list(curate_key_figures(corpus.figures, curation, language, limit=KEY_FIGURES).cards)
    if cards:
        top = cards[0]
        details = (f" — {top.label}" if top.label else "", f" ({top.when})" if top.when else "")
        title = translate("figures_title", language, value=top.value) + "".join(details)
        message = translate("figures_message", language)
    else:
        title, message = translate("key_figures", language), translate("no_figures", language)
    return _slide(
        "figures",
        title,
        message,
        FigureCards(tuple(cards)),
        _sources(corpus, ((card.figure.doc, card.figure.sentence) for card in cards)),
        language,
        untranslated_note(_shown(part for card in cards for part in (card.value, card.label)), language),
    )


def _measures(corpus: CorpusAnalysis, years: Sequence[int], language: str, measure: str = "") -> list[Slide]:
    lines = measure_series(corpus.figures, language=language, years=years)
    measures = chosen_first(lines, measure)[:MEASURE_CHARTS]
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
    points = [point for measure in measures for point in measure.points]
    shown = _shown(text for chart in charts for text in (chart.title, chart.value_axis))
    return [
        _slide(
            "measure",
            f"{first.title}: {change}",
            translate("slide_measure", language),
            MeasureCharts(charts),
            _sources(corpus, ((point.doc, point.sentence) for point in points)),
            language,
            untranslated_note(shown, language),
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
    slide = _slide(  # the title states where the first target stands
        "progress",
        message,
        translate("progress_board", language),
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


def _timeline(corpus: CorpusAnalysis, language: str, page_rows: int | None) -> list[Slide]:
    events = list(corpus.timeline)
    if not events:
        return []
    header = (
        translate("date", language),
        translate("event_kind", language),
        translate("event", language),
    )
    names = [render_event(e.title, language) for e in events]
    rows = [
        (format_day(e.date, language), event_kind_label(e.kind, language), name.text)
        for e, name in zip(events, names, strict=True)
    ]
    title = translate(
        "timeline_message",
        language,
        count=len(events),
        first=format_day(events[0].date, language),
        last=format_day(events[-1].date, language),
    )
    latest = max(events, key=lambda event: event.date)
    message = translate(
        "timeline_latest",
        language,
        kind=event_kind_label(latest.kind, language),
        date=format_day(latest.date, language),
    )
    pages = _chunks(rows, page_rows)
    return [
        _slide(
            "timeline",
            _paged(title, number, len(pages), language),
            message,
            Timeline(tuple(events[start:end]), Table(header, tuple(rows[start:end]))),
            _sources(corpus, ((e.doc, e.sentence) for e in events[start:end])),
            language,
            untranslated_note(names[start:end], language),
        )
        for number, (start, end) in enumerate(pages, start=1)
    ]


def _source_slides(corpus: CorpusAnalysis, language: str, page_rows: int | None) -> list[Slide]:
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
            format_day(s.published, language) or translate("no_date", language),
        )
        for s in sources
    ]
    pages = _chunks(rows, page_rows)
    title = translate("sources_title", language, articles=len(sources))
    return [
        _slide(
            "sources",
            _paged(title, number, len(pages), language),
            translate("sources_message", language),
            SourceList(Table(header, tuple(rows[start:end]))),
            sources[start:end],
            language,
        )
        for number, (start, end) in enumerate(pages, start=1)
    ]


def _finding(slide: Slide, language: str) -> str | None:
    """What a slide contributes to the findings: its message title without page numbers; a
    theme slide its theme (in English only with a curated gloss: the finding is read aloud)."""
    body = slide.body
    if isinstance(body, ThemeQuote):
        theme = body.gloss if language == "en" else body.text
        return translate("finding_theme", language, year=body.year, theme=theme) if theme else None
    if isinstance(body, PriorityMatrix) and not body.concepts:
        return None
    if isinstance(body, FigureCards) and not body.cards:
        return None
    title = slide.title
    for suffix in (" (1/", " (1 of "):  # "Dòng thời gian (1/2)": the finding names the whole
        title = title.split(suffix)[0]
    return title


def _slide_year(slide: Slide) -> int:
    body = slide.body
    return body.to_year if isinstance(body, ChangeColumns) else getattr(body, "year", 0)


# The order findings are told in: what changed, the numbers, the targets, what stayed, the theme,
# the events.
_FINDING_ORDER = ("changes", "measure", "figures", "progress", "matrix", "theme", "timeline")


def write_findings(slides: Sequence[Slide], *, language: str, first_number: int = 2) -> tuple[Finding, ...]:
    """Three to five findings of the story's ``slides`` (numbered from ``first_number``), each a
    message title of the slide it leads to: the latest change of priorities, the same measure
    across years (else the key figure), the areas stated every year, the latest theme, the events.

    >>> [f.text for f in write_findings(build_story(corpus).slides[1:])]  # doctest: +SKIP
    ['2023 → 2024: 5 ưu tiên mới, trọng tâm Kinh tế số', 'Tổ công nghệ số cộng đồng: hơn 80.000 tổ (2023)', …]
    """
    numbered = list(enumerate(slides, start=first_number))
    chosen: list[Finding] = []
    for kind in _FINDING_ORDER:
        if kind == "figures" and any(s.kind == "measure" for s in slides):
            continue  # the figure moving across years says more than one figure
        candidates = [(n, s) for n, s in numbered if s.kind == kind]
        if kind == "changes":  # what changed: a pair of years with new priorities, if any has
            candidates = [(n, s) for n, s in candidates if s.body.focus] or candidates
        if kind in ("changes", "theme"):  # the latest year, on its first page
            latest = max((_slide_year(s) for _, s in candidates), default=None)
            candidates = [(n, s) for n, s in candidates if _slide_year(s) == latest]
        for number, slide in candidates[:1]:
            text = _finding(slide, language)
            if text and text not in {f.text for f in chosen}:
                chosen.append(Finding(text, number))
    return tuple(chosen[:MAX_FINDINGS])


def story_subject(corpus: CorpusAnalysis, language: str) -> str:
    """Whose digital transformation the (filtered) corpus tells of, from the scopes of its facts: the
    country's ("Chuyển đổi số quốc gia"), one place's ("Chuyển đổi số Bình Định"), or several scopes'
    ("Chuyển đổi số"). With no fact at all, the country's.

    >>> national = filter_corpus(seeds, years=None, documents=None, scope="national")  # doctest: +SKIP
    >>> story_subject(national, "vi")  # doctest: +SKIP
    'Chuyển đổi số quốc gia'
    """
    scopes = {figure.scope for figure in corpus.figures}
    scopes |= {priority.scope for priority in corpus.priorities}
    scopes |= {theme.scope for summary in corpus.years for theme in summary.themes}
    if not scopes or scopes == {NATIONAL}:
        return translate("story_subject_national", language)
    if len(scopes) == 1:
        (only,) = scopes
        if only.name:
            return translate("story_subject_named", language, name=only.name)
    return translate("story_subject_mixed", language)


def _findings(corpus: CorpusAnalysis, years: Sequence[int], slides: Sequence[Slide], language: str) -> Slide:
    items = write_findings(slides, language=language)
    subject = story_subject(corpus, language)
    title = translate("findings_title", language, subject=subject, span=_span(years), count=len(items))
    articles = len(story_documents(corpus))
    message = translate("cover_message", language, articles=articles, outlets=_outlets(corpus))
    sources = tuple(dict.fromkeys(source for slide in slides for source in slide.sources))
    body = Findings(items, translate("cover_note", language))
    return _slide("findings", title, message, body, sources, language)


def build_story(
    corpus: CorpusAnalysis, *, language: str = "vi", paged: bool = True, curation: Curation | None = None
) -> Story:
    """The meeting story of a (filtered) corpus: findings → corpus at a glance → each year's
    official theme → priorities compared → what persisted, is new, was dropped → key figures →
    the same measure across years (where figures allow) → progress against targets (where results
    meet a target) → timeline → sources. Long tables are split over slides unless ``paged`` is
    False (a handout's pages are long). A ``curation`` (the analyst's, from the store) chooses the key
    figures and their captions and the same-measure chart shown first.

    >>> story = build_story(filter_corpus(seeds, years=[2022, 2023, 2024], documents=None))  # doctest: +SKIP
    >>> [slide.kind for slide in story.slides][:3]  # doctest: +SKIP
    ['findings', 'corpus', 'theme']
    """
    years = tuple(summary.year for summary in corpus.years if summary.documents)
    table_rows = ROWS_PER_TABLE_SLIDE if paged else None
    slides = [
        _corpus(corpus, years, language),
        *_themes(corpus, years, language),
        _matrix(corpus, years, language),
        *_changes(corpus, years, language, ROWS_PER_CHANGES_SLIDE if paged else None),
        _figures(corpus, language, curation),
        *_measures(corpus, years, language, curation.measure if curation else ""),
        *_progress(corpus, language),
        *_timeline(corpus, language, table_rows),
        *_source_slides(corpus, language, table_rows),
    ]
    return Story(language, years, (_findings(corpus, years, slides, language), *slides))


def count_axis_step(chart: SeriesChart) -> float | None:
    """The tick step of a value axis that counts (every value whole): 1, 2 or 5 times a power of
    ten, about five ticks, never a half article; None when the values are not counts.

    >>> count_axis_step(SeriesChart("bar", "", ("2023",), (Series("a", (3.0,)),), ""))
    1
    >>> count_axis_step(SeriesChart("bar", "", ("2023",), (Series("a", (1.5,)),), "")) is None
    True
    """
    if not all(float(value or 0).is_integer() for series in chart.series for value in series.values):
        return None
    step = max_value(chart) / 5
    if step <= 1:
        return 1
    power = 10 ** math.floor(math.log10(step))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= step)


def max_value(chart: SeriesChart) -> float:
    """The top of the value axis: the tallest stack of a stacked chart, else the largest value."""
    if chart.stacked:
        return max(
            (sum(s.values[i] or 0 for s in chart.series) for i in range(len(chart.categories))), default=0
        )
    return max((value or 0 for series in chart.series for value in series.values), default=0)
