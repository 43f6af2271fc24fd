"""The briefing on paper and in text: the meeting story as a sequence of blocks (headings,
paragraphs, tables, charts, numbered lists) that the handout (Word, PDF) and the Markdown report
draw alike, so the page, the e-mail and the screen tell the same story.

The order is the story's: the findings first (each naming the section that shows it), then one
numbered section per slide with its message title, what it shows, and its sources as a source
line and as numbers into the source list at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from analysis.present.i18n import translate
from analysis.present.instruments import InstrumentRow, instruments_frame, summarize_instruments
from analysis.present.localize import format_day, format_number
from analysis.present.sources import source_line
from analysis.present.story import (
    ChangeColumns,
    CorpusGlance,
    FigureCards,
    Findings,
    MeasureCharts,
    PriorityMatrix,
    SeriesChart,
    Slide,
    Source,
    SourceList,
    Story,
    Table,
    ThemeQuote,
    Timeline,
    build_story,
)
from analysis.types import CorpusAnalysis, Curation


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1: the brief's title, 2: a section
    anchor: str | None = None  # what a finding links to


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Literal["plain", "message", "quote", "note", "source"] = "plain"


@dataclass(frozen=True)
class NumberedList:
    """Numbered lines; ``targets`` holds, per line, the anchor it leads to (or None)."""

    items: tuple[str, ...]
    targets: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class TableBlock:
    table: Table
    verbatim: tuple[int, ...] = ()  # columns of article text


@dataclass(frozen=True)
class ChartBlock:
    """A chart: an image on paper; in text, its numbers as a table."""

    chart: SeriesChart


@dataclass(frozen=True)
class CloudBlock:
    """A word cloud: an image on paper; in text, its most frequent words."""

    words: tuple[tuple[str, int], ...]
    caption: str


Block = Heading | Paragraph | NumberedList | TableBlock | ChartBlock | CloudBlock


@dataclass(frozen=True)
class Brief:
    language: str
    title: str
    blocks: tuple[Block, ...]
    sources: tuple[Source, ...]  # the numbered source list, in order
    sections: int
    years: tuple[int, ...] = ()


def _section_anchor(number: int) -> str:
    return f"section-{number}"


def _numbered_sources(story: Story) -> tuple[Source, ...]:
    """Every article the story rests on, once (without its quoted sentence), in order of citing."""
    seen: dict[str, Source] = {}
    for slide in story.slides:
        for source in slide.sources:
            seen.setdefault(source.doc, Source(source.doc, source.title, source.outlet, source.published))
    return tuple(seen.values())


def source_entry(source: Source, language: str) -> str:
    """A source as the numbered list writes it: "Title — Outlet, 10/10/2022"."""
    outlet = source.outlet or translate("unknown_outlet", language)
    when = format_day(source.published, language) or translate("no_date", language)
    return f"{source.title} — {outlet}, {when}"


def chart_table(chart: SeriesChart, language: str) -> Table:
    """A chart's numbers as a table: categories down, one column per series (a chart, in text)."""
    header = (translate("year", language), *(series.name for series in chart.series))
    rows = []
    for index, category in enumerate(chart.categories):
        cells = []
        for series in chart.series:
            value = series.values[index]
            label = series.labels[index] if series.labels else None
            cells.append(label or ("" if value is None else format_number(value, language)))
        rows.append((category, *cells))
    return Table(header, tuple(rows))


def _figure_table(body: FigureCards, language: str) -> Table:
    """The key figures as rows: value, measure, year, and the article's words around the number, which a
    reader of the brief has no click to open."""
    header = tuple(translate(key, language) for key in ("figures", "measure", "year", "in_article"))
    return Table(
        header,
        tuple(
            (card.value, card.label, card.when, f"“{card.excerpt.text}”" if card.excerpt else "")
            for card in body.cards
        ),
    )


def _matrix_table(body: PriorityMatrix) -> Table:
    header = (f"{body.corner} ({body.legend.lower()})", *(str(year) for year in body.years))
    rows = tuple(
        (label, *(str(count) if count else "" for count in counts))
        for label, counts in zip(body.labels, body.counts, strict=True)
    )
    return Table(header, rows)


def _body_blocks(slide: Slide, language: str) -> list[Block]:
    body = slide.body
    if isinstance(body, CorpusGlance):
        stats = " · ".join(f"{number} {label}" for number, label in body.stats)
        return [Paragraph(stats), ChartBlock(body.chart)]
    if isinstance(body, ThemeQuote):
        blocks: list[Block] = []
        if body.text:
            if body.original_label:
                blocks.append(Paragraph(body.original_label, "note"))
            blocks.append(Paragraph(f"“{body.text}”", "quote"))
        if body.gloss:
            blocks.append(Paragraph(body.gloss))
        if body.words:
            blocks.append(CloudBlock(body.words, body.caption))
        return blocks
    if isinstance(body, PriorityMatrix):
        return [TableBlock(_matrix_table(body))] if body.concepts else []
    if isinstance(body, ChangeColumns):
        return [TableBlock(body.table)]
    if isinstance(body, FigureCards):
        return [TableBlock(_figure_table(body, language))] if body.cards else []
    if isinstance(body, MeasureCharts):
        return [ChartBlock(chart) for chart in body.charts]
    if isinstance(body, Timeline):
        return [TableBlock(body.table, verbatim=(2,))]
    return []


def _instruments_blocks(
    rows: Sequence[InstrumentRow], number: int, sources: Sequence[Source], language: str
) -> list[Block]:
    """The instruments the articles cite, as the Instruments page lists them, with their sources."""
    frame = instruments_frame(rows, language)
    table = Table(
        tuple(str(column) for column in frame.columns),
        tuple(tuple(str(value) for value in row) for row in frame.itertuples(index=False)),
    )
    cited = {doc for row in rows for doc in row.documents}
    numbered = [(n, source) for n, source in enumerate(sources, start=1) if source.doc in cited]
    line = source_line(((source.outlet, source.published) for _, source in numbered), language)
    refs = ", ".join(f"[{n}]" for n, _ in numbered)
    title = translate(
        "instruments_section", language, count=len(rows), mentions=sum(len(r.mentions) for r in rows)
    )
    return [
        Heading(f"{number}. {title}", 2, _section_anchor(number)),
        TableBlock(table, verbatim=(4,)),
        Paragraph(f"{line} — {refs}", "source"),
    ]


def build_brief(story: Story, *, day: date | None = None, instruments: Sequence[InstrumentRow] = ()) -> Brief:
    """The handout's blocks for a story built with ``paged=False``: the findings, one section per
    slide (the source list excepted: it closes the brief, numbered), sources cited by number.

    >>> brief = build_brief(build_story(corpus, paged=False))  # doctest: +SKIP
    >>> [type(block).__name__ for block in brief.blocks][:3]  # doctest: +SKIP
    ['Heading', 'Paragraph', 'Heading']
    """
    language = story.language
    sources = _numbered_sources(story)
    numbers = {source.doc: number for number, source in enumerate(sources, start=1)}
    opening = story.slides[0] if story.slides and isinstance(story.slides[0].body, Findings) else None
    sections = [
        slide for slide in story.slides if slide is not opening and not isinstance(slide.body, SourceList)
    ]
    section_of = {id(slide): number for number, slide in enumerate(sections, start=1)}
    subject = translate("story_subject_national", language)
    title = opening.title if opening else translate("deck_title", language, subject=subject, span="")
    blocks: list[Block] = [Heading(title, 1)]
    if opening:
        blocks.append(Paragraph(opening.message, "message"))
    if day is not None:
        blocks.append(
            Paragraph(
                translate(
                    "handout_generated", language, day=format_day(day, language), articles=len(sources)
                ),
                "note",
            )
        )
    if opening and isinstance(opening.body, Findings):
        blocks.append(Heading(translate("md_summary", language), 2))
        items, targets = [], []
        for finding in opening.body.items:
            target = story.slides[finding.slide - 1]
            number = section_of.get(id(target))
            items.append(f"{finding.text} (→ {number})" if number else finding.text)
            targets.append(_section_anchor(number) if number else None)
        blocks.append(NumberedList(tuple(items), tuple(targets)))
    for number, slide in enumerate(sections, start=1):
        blocks.append(Heading(f"{number}. {slide.title}", 2, _section_anchor(number)))
        if slide.message:
            blocks.append(Paragraph(slide.message, "message"))
        blocks += _body_blocks(slide, language)
        if slide.untranslated:  # once per section, never a mark per item
            blocks.append(Paragraph(slide.untranslated, "note"))
        cited = sorted({numbers[source.doc] for source in slide.sources})
        refs = ", ".join(f"[{n}]" for n in cited)  # into the numbered list at the end
        blocks.append(Paragraph(f"{slide.source_line} — {refs}", "source"))
    if instruments:  # a section of its own, after the story's: no slide shows them yet
        blocks += _instruments_blocks(instruments, len(sections) + 1, sources, language)
    blocks.append(Heading(translate("handout_sources", language), 2, "sources"))
    blocks.append(NumberedList(tuple(source_entry(source, language) for source in sources)))
    return Brief(language, title, tuple(blocks), sources, len(sections) + bool(instruments), story.years)


def brief_of(
    corpus: CorpusAnalysis, *, language: str, day: date | None = None, curation: Curation | None = None
) -> Brief:
    """The briefing of a (filtered) corpus, as the handout and the Markdown report print it: the
    whole story (tables not split into slides) and the instruments its articles cite.

    >>> brief_of(corpus, language="en").title  # doctest: +SKIP
    'National digital transformation 2022–2024: 5 key findings'
    """
    years = {a.document.id: a.document.year for a in corpus.documents}
    instruments = summarize_instruments(corpus.instruments, doc_years=years, language=language)
    story = build_story(corpus, language=language, paged=False, curation=curation)
    return build_brief(story, day=day, instruments=instruments)
