"""The meeting story as a 16:9 PowerPoint deck (python-pptx), editable in PowerPoint or LibreOffice.

Charts are native chart objects (their numbers sit in the deck's embedded workbook), the
priorities matrix is a table with shaded cells, word clouds are PNG images drawn with a font that
has Vietnamese glyphs. The deck opens with the findings, each a link to its slide; a source line
(outlets and dates) sits under every slide's chart or table, and the speaker notes quote the
sentences in full.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from analysis.present.story import (
    ChangeColumns,
    CorpusGlance,
    FigureCards,
    Findings,
    MeasureCharts,
    PriorityMatrix,
    SeriesChart,
    Slide,
    SourceList,
    Story,
    Table,
    ThemeQuote,
    Timeline,
    count_axis_step,
    max_value,
)
from analysis.present.style import PALETTE
from analysis.present.wordcloud import SLIDE_MIN_FONT_SIZE, render_wordcloud
from analysis.text import neutralise_formula

SLIDE_WIDTH, SLIDE_HEIGHT = Emu(12_192_000), Emu(6_858_000)  # PowerPoint's 16:9 widescreen, 13.33 × 7.5 in
TITLE_PT = 32  # at least 28 pt: read from the back of a room
MESSAGE_PT = 22
BODY_PT = 18
MAX_LINES = 8  # no text box holds more lines than this
# Arial is on every PowerPoint machine and has Vietnamese glyphs; LibreOffice substitutes the
# metric-compatible Liberation Sans, which has them too.
FONT = "Arial"
# Average advance of a character in Arial, in ems: used to estimate how many lines a text wraps to.
CHAR_EM = 0.52

_LEFT, _WIDTH = Inches(0.6), Inches(12.13)
_BODY_TOP, _BODY_BOTTOM = Inches(2.25), Inches(6.9)
_ROW_LINE = 1.6  # a table row's height per point of type, as LibreOffice draws one line of Arial
_MATRIX_MARGIN = 0.01  # inches above and below a matrix cell's text
_SOURCE_TOP, _SOURCE_HEIGHT, SOURCE_PT = Inches(6.95), Inches(0.45), 14  # under the body, above the edge
_INK, _MUTED, _LIGHT = RGBColor(0x22, 0x22, 0x22), RGBColor(0x55, 0x55, 0x55), RGBColor(0xF3, 0xF6, 0xFA)
_ACCENT = RGBColor.from_string(PALETTE[0].lstrip("#"))
_CHANGE_COLOURS = (PALETTE[2], PALETTE[0], PALETTE[3])  # persisted green, new blue, dropped red


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#"))


def estimate_lines(text: str, *, width: Emu | int, size_pt: float) -> int:
    """Lines ``text`` wraps to in a box ``width`` wide at ``size_pt`` (a deliberate over-estimate).

    >>> estimate_lines("Chủ đề năm 2024", width=Inches(6), size_pt=32)
    1
    """
    per_line = max(1, int((width / 12700 - 14) / (size_pt * CHAR_EM)))  # 14 pt of inner margins
    return sum(max(1, math.ceil(len(paragraph) / per_line)) for paragraph in text.split("\n"))


def fit_size(text: str, *, width: Emu | int, height: Emu | int, start: int, smallest: int) -> int:
    """The largest size from ``start`` down to ``smallest`` at which ``text`` fits the box in at
    most :data:`MAX_LINES` lines."""
    for size in range(start, smallest - 1, -1):
        lines = estimate_lines(text, width=width, size_pt=size)
        if lines <= MAX_LINES and lines * size * 1.25 <= height / 12700:
            return size
    return smallest


def _text(
    slide: object,
    text: str,
    *,
    left: int,
    top: int,
    width: int,
    height: int,
    size: int,
    bold: bool = False,
    italic: bool = False,
    colour: RGBColor = _INK,
    align: PP_ALIGN = PP_ALIGN.LEFT,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
) -> object:
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    for index, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run()
        run.text = line
        run.font.size, run.font.bold, run.font.italic, run.font.name = Pt(size), bold, italic, FONT
        run.font.color.rgb = colour
    return box


def _header(slide: object, item: Slide) -> None:
    """The accent bar, the title (a real title placeholder, so outlines and screen readers see it)
    and the slide's one message."""
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, SLIDE_WIDTH, Inches(0.18))
    bar.fill.solid()
    bar.fill.fore_color.rgb = _ACCENT
    bar.line.fill.background()
    size = fit_size(item.title, width=_WIDTH, height=_TITLE_HEIGHT, start=TITLE_PT + 4, smallest=28)
    # a title too long for two lines at the smallest size takes the room of the message below it (up
    # to three lines), never its place: "Tỷ lệ hộ kinh doanh sử dụng hóa đơn điện tử …: 38 % (2024); …"
    text = _within_lines(item.title, size=size, lines=_TITLE_MOST_LINES)
    height = max(
        _TITLE_HEIGHT, Emu(int(estimate_lines(text, width=_WIDTH, size_pt=size) * size * 1.25 * 12700))
    )
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = _LEFT, _TITLE_TOP, _WIDTH, height
    frame = title.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.text = text
    for paragraph in frame.paragraphs:
        paragraph.alignment = PP_ALIGN.LEFT
        for run in paragraph.runs:
            run.font.size, run.font.bold, run.font.name = Pt(size), True, FONT
            run.font.color.rgb = _ACCENT
    if item.message:
        top = _TITLE_TOP + height
        room = Emu(max(Inches(0.3), _MESSAGE_BOTTOM - top))
        size = fit_size(item.message, width=_WIDTH, height=room, start=MESSAGE_PT, smallest=14)
        _text(
            slide,
            _within_lines(item.message, size=size, lines=max(1, int(room / 12700 / (size * 1.25)))),
            left=_LEFT,
            top=top,
            width=_WIDTH,
            height=room,
            size=size,
            colour=_MUTED,
        )


_TITLE_TOP, _TITLE_HEIGHT, _TITLE_MOST_LINES = Inches(0.35), Inches(1.05), 3
_MESSAGE_BOTTOM = Inches(2.15)  # the body begins at _BODY_TOP


def _within_lines(text: str, *, size: int, lines: int) -> str:
    """``text`` cut at a word, with "…", to what wraps to at most ``lines`` lines of the slide's width
    (:func:`estimate_lines`): three lines of a title hold some 170 characters, so a cut is rare."""
    if estimate_lines(text, width=_WIDTH, size_pt=size) <= lines:
        return text
    words = text.split()
    while len(words) > 1 and estimate_lines(" ".join(words) + " …", width=_WIDTH, size_pt=size) > lines:
        words.pop()
    return " ".join(words).rstrip(",;:—–-") + " …"


def _style_chart(chart: object, spec: SeriesChart) -> None:
    chart.font.size, chart.font.name = Pt(16), FONT
    chart.has_title = True
    chart.chart_title.text_frame.text = spec.title
    for paragraph in chart.chart_title.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size, run.font.bold, run.font.name = Pt(18), True, FONT
    chart.has_legend = len(spec.series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(14)
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    value_axis.has_title = True
    value_axis.axis_title.text_frame.text = spec.value_axis
    for paragraph in value_axis.axis_title.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size, run.font.name = Pt(14), FONT
    for index, series in enumerate(chart.plots[0].series):
        colour = _rgb(PALETTE[index % len(PALETTE)])
        if spec.kind == "line":
            series.format.line.color.rgb = colour
            series.format.line.width = Pt(4)
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
            series.marker.size = 12
            series.smooth = False
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = colour


# xlsxwriter, which writes the chart's embedded workbook, makes a cell starting with these a link.
_LINK_STARTS = re.compile(r"(?:ftp|http)s?://|mailto:|(?:in|ex)ternal:|file://")


def workbook_text(text: str) -> str:
    """Article text (an outlet, a unit) as it goes into a chart and its embedded workbook: never a
    formula (:func:`~analysis.text.neutralise_formula`) nor a link, always the text as written.

    >>> workbook_text("=HYPERLINK(1)"), workbook_text("http://x.vn"), workbook_text("Báo Nhân Dân")
    ("'=HYPERLINK(1)", "'http://x.vn", 'Báo Nhân Dân')
    """
    text = str(neutralise_formula(text))
    return "'" + text if _LINK_STARTS.match(text) else text


def _chart(slide: object, spec: SeriesChart, *, left: int, top: int, width: int, height: int) -> object:
    """A native bar or line chart whose series hold exactly the story's numbers."""
    data = CategoryChartData(number_format="#,##0.##")
    data.categories = [workbook_text(category) for category in spec.categories]
    for series in spec.series:
        data.add_series(workbook_text(series.name), list(series.values))
    if spec.kind == "line":
        kind = XL_CHART_TYPE.LINE_MARKERS
    else:
        kind = XL_CHART_TYPE.COLUMN_STACKED if spec.stacked else XL_CHART_TYPE.COLUMN_CLUSTERED
    chart = slide.shapes.add_chart(kind, left, top, width, height, data).chart
    _style_chart(chart, spec)
    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.font.size, labels.font.name = Pt(16), FONT
    # Zero-height segments of a stacked bar get no "0" label (the third, empty format section).
    labels.number_format, labels.number_format_is_linked = "#,##0.##;-#,##0.##;;", False
    for series, numbers in zip(plot.series, spec.series, strict=True):
        for index, label in enumerate(numbers.labels or ()):
            if numbers.values[index] is not None:  # the number as people read it, the value unchanged
                data_label = series.points[index].data_label
                data_label.position = (
                    XL_LABEL_POSITION.ABOVE if spec.kind == "line" else XL_LABEL_POSITION.CENTER
                )
                frame = data_label.text_frame
                frame.text = label
                frame.word_wrap = False  # LibreOffice otherwise wraps "1.5 quadrillion" into syllables
                for run in frame.paragraphs[0].runs:
                    run.font.size, run.font.name = Pt(16), FONT
    if max_value(spec) >= 1e6:  # axis numbers that long do not fit; the labels carry the values
        chart.value_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
    if spec.kind == "bar":
        plot.gap_width = 60
        labels.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)  # on the palette's dark fills
        labels.font.bold = True
    step = count_axis_step(spec)
    if step is not None:  # articles and teams are counted in whole numbers, never in halves
        chart.value_axis.major_unit = step
        chart.value_axis.tick_labels.number_format = "#,##0"
        chart.value_axis.tick_labels.number_format_is_linked = False
    return chart


def _table(
    slide: object,
    table: Table,
    *,
    widths: Sequence[float],
    size: int = BODY_PT,
    header_fill: Sequence[str] | None = None,
    top: int = _BODY_TOP,
) -> object:
    rows = len(table.rows) + 1
    height = min(Inches(0.5) * rows, _BODY_BOTTOM - top)
    shape = slide.shapes.add_table(rows, len(table.header), _LEFT, top, Inches(sum(widths)), height)
    grid = shape.table
    for column, width in enumerate(widths):
        grid.columns[column].width = Inches(width)
    for row in grid.rows:
        row.height = int(height / rows)
    for row_index, values in enumerate([table.header, *table.rows]):
        for column, value in enumerate(values):
            cell = grid.cell(row_index, column)
            _cell(cell, value, size=size, bold=row_index == 0)
            if row_index == 0 and header_fill:
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb(header_fill[column % len(header_fill)])
                _colour_text(cell, RGBColor(0xFF, 0xFF, 0xFF))
    return grid


def _cell(
    cell: object,
    value: str,
    *,
    size: int,
    bold: bool = False,
    align: PP_ALIGN = PP_ALIGN.LEFT,
    margin: float = 0.03,
) -> None:
    cell.margin_top = cell.margin_bottom = Inches(margin)
    cell.margin_left = cell.margin_right = Inches(0.08)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame = cell.text_frame
    frame.word_wrap = True
    frame.text = value
    for paragraph in frame.paragraphs:
        paragraph.alignment = align
        for run in paragraph.runs:
            run.font.size, run.font.bold, run.font.name = Pt(size), bold, FONT


def _colour_text(cell: object, colour: RGBColor) -> None:
    for paragraph in cell.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.color.rgb = colour


def _shade(count: int, highest: int) -> tuple[RGBColor, RGBColor]:
    """Cell fill from pale (no article) to the accent blue (most articles), and a readable ink."""
    if count <= 0 or highest <= 0:
        return _LIGHT, _MUTED
    share = 0.35 + 0.65 * count / highest
    pale, dark = (0xCF, 0xE2, 0xF3), (0x0B, 0x53, 0x94)
    fill = RGBColor(*(round(p + (d - p) * share) for p, d in zip(pale, dark, strict=True)))
    return fill, RGBColor(0xFF, 0xFF, 0xFF) if share > 0.6 else _INK


def _render_findings(slide: object, body: Findings, item: Slide) -> list[tuple[object, int]]:
    """One numbered box per finding; returns each box with the slide number it leads to."""
    links = []
    count = max(1, len(body.items))
    height = min(Inches(0.95), int((_BODY_BOTTOM - _BODY_TOP - Inches(0.6)) / count))
    for index, finding in enumerate(body.items):
        top = _BODY_TOP + index * height
        text = f"{index + 1}. {finding.text}"
        size = fit_size(text, width=_WIDTH, height=height, start=22, smallest=16)
        box = _text(slide, text, left=_LEFT, top=top, width=_WIDTH, height=height, size=size, colour=_INK)
        links.append((box, finding.slide))
    _text(
        slide,
        body.note,
        left=_LEFT,
        top=_BODY_BOTTOM - Inches(0.5),
        width=_WIDTH,
        height=Inches(0.5),
        size=16,
        italic=True,
        colour=_MUTED,
    )
    return links


def _render_corpus(slide: object, body: CorpusGlance, item: Slide) -> None:
    _chart(slide, body.chart, left=_LEFT, top=_BODY_TOP, width=Inches(8.2), height=_BODY_BOTTOM - _BODY_TOP)
    top = _BODY_TOP + Inches(0.2)
    for number, label in body.stats:
        _text(
            slide,
            number,
            left=Inches(9.2),
            top=top,
            width=Inches(3.5),
            height=Inches(0.8),
            size=44,
            bold=True,
            colour=_ACCENT,
        )
        _text(
            slide,
            label,
            left=Inches(9.2),
            top=top + Inches(0.8),
            width=Inches(3.5),
            height=Inches(0.5),
            size=20,
            colour=_MUTED,
        )
        top += Inches(1.55)


def _render_theme(slide: object, body: ThemeQuote, item: Slide) -> None:
    width = Inches(6.5)
    top = _BODY_TOP
    if body.original_label:
        _text(
            slide,
            body.original_label,
            left=_LEFT,
            top=top,
            width=width,
            height=Inches(0.45),
            size=18,
            italic=True,
            colour=_MUTED,
        )
        top += Inches(0.45)
    quote_height = Inches(2.5) if body.original_label else _BODY_BOTTOM - top
    if body.text:
        quote = f"“{body.text}”"
        size = fit_size(quote, width=width, height=quote_height, start=32, smallest=20)
        _text(
            slide,
            quote,
            left=_LEFT,
            top=top,
            width=width,
            height=quote_height,
            size=size,
            bold=True,
            colour=_ACCENT,
        )
        top += quote_height + Inches(0.1)
    if body.original_label:
        gloss = body.gloss or ""
        if gloss:
            height = _BODY_BOTTOM - top
            size = fit_size(gloss, width=width, height=height, start=24, smallest=18)
            _text(
                slide,
                gloss,
                left=_LEFT,
                top=top,
                width=width,
                height=height,
                size=size,
                colour=_INK if body.gloss else _MUTED,
                italic=not body.gloss,
            )
    if body.words:
        png = render_wordcloud(dict(body.words), width=1200, height=900, min_font_size=SLIDE_MIN_FONT_SIZE)
        picture_width = Inches(5.4)
        slide.shapes.add_picture(io.BytesIO(png), Inches(7.33), _BODY_TOP, width=picture_width)
        _text(
            slide,
            body.caption,
            left=Inches(7.33),
            top=_BODY_TOP + Inches(4.1),
            width=picture_width,
            height=Inches(0.55),
            size=14,
            italic=True,
            colour=_MUTED,
        )


def _render_matrix(slide: object, body: PriorityMatrix, item: Slide) -> None:
    rows = len(body.concepts) + 1
    label_width = 6.5
    year_width = min(2.0, (12.1 - label_width) / max(1, len(body.years)))
    height = min(Inches(0.45) * rows, _BODY_BOTTOM - _BODY_TOP)
    # The largest size whose row (as LibreOffice and PowerPoint draw it) still fits above the source line.
    row_pt = height / rows / 12700
    size = next((pt for pt in (16, 14, 12, 11, 10) if pt * _ROW_LINE + 2 * _MATRIX_MARGIN * 72 <= row_pt), 10)
    shape = slide.shapes.add_table(
        rows,
        len(body.years) + 1,
        _LEFT,
        _BODY_TOP,
        Inches(label_width + year_width * len(body.years)),
        height,
    )
    grid = shape.table
    grid.columns[0].width = Inches(label_width)
    for column in range(1, len(body.years) + 1):
        grid.columns[column].width = Inches(year_width)
    for row in grid.rows:
        row.height = int(height / rows)
    tight = {"size": size, "margin": _MATRIX_MARGIN}
    _cell(grid.cell(0, 0), f"{body.corner} ({body.legend.lower()})", bold=True, **tight)
    for column, year in enumerate(body.years, start=1):
        _cell(grid.cell(0, column), str(year), bold=True, align=PP_ALIGN.CENTER, **tight)
    highest = max((value for row in body.counts for value in row), default=0)
    for row_index, (label, counts) in enumerate(zip(body.labels, body.counts, strict=True), start=1):
        _cell(grid.cell(row_index, 0), label, **tight)
        for column, count in enumerate(counts, start=1):
            cell = grid.cell(row_index, column)
            _cell(cell, str(count) if count else "", bold=True, align=PP_ALIGN.CENTER, **tight)
            fill, ink = _shade(count, highest)
            cell.fill.solid()
            cell.fill.fore_color.rgb = fill
            _colour_text(cell, ink)


def _render_changes(slide: object, body: ChangeColumns, item: Slide) -> None:
    _table(slide, body.table, widths=(4.04, 4.04, 4.04), header_fill=_CHANGE_COLOURS)


def _render_figures(slide: object, body: FigureCards, item: Slide) -> None:
    columns = 3
    width, height, gap = Inches(3.85), Inches(2.3), Inches(0.29)
    for index, card in enumerate(body.cards):
        left = _LEFT + (width + gap) * (index % columns)
        top = _BODY_TOP + (height + Inches(0.2)) * (index // columns)
        box = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, left, top, width, height)
        box.adjustments[0] = 0.08
        box.fill.solid()
        box.fill.fore_color.rgb = _LIGHT
        box.line.color.rgb = _ACCENT
        frame = box.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.margin_left = frame.margin_right = Inches(0.15)
        # the value on one line where it fits: "over 1.2 million teams" gets a smaller size than "63 %"
        value_size = max(20, min(40, int((width / 12700 - 24) / (len(card.value) * CHAR_EM))))
        lines = [(card.value, value_size, True, _ACCENT), (card.label, 18, True, _INK)]
        if card.when:
            lines.append((card.when, 16, False, _MUTED))
        for number, (text, size, bold, colour) in enumerate(lines):
            paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.LEFT
            run = paragraph.add_run()
            run.text = text
            run.font.size, run.font.bold, run.font.name = Pt(size), bold, FONT
            run.font.color.rgb = colour


def _render_measures(slide: object, body: MeasureCharts, item: Slide) -> None:
    count = len(body.charts)
    columns = 1 if count == 1 else 2
    rows = math.ceil(count / columns)
    width = int((_WIDTH - Inches(0.3) * (columns - 1)) / columns)
    height = int((_BODY_BOTTOM - _BODY_TOP - Inches(0.2) * (rows - 1)) / rows)
    for index, spec in enumerate(body.charts):
        left = _LEFT + (width + Inches(0.3)) * (index % columns)
        top = _BODY_TOP + (height + Inches(0.2)) * (index // columns)
        _chart(slide, spec, left=left, top=top, width=width, height=height)


def _render_timeline(slide: object, body: Timeline, item: Slide) -> None:
    _table(slide, body.table, widths=(1.7, 4.0, 6.4), size=16, header_fill=(PALETTE[0],))


def _render_sources(slide: object, body: SourceList, item: Slide) -> None:
    _table(slide, body.table, widths=(7.6, 2.6, 1.9), size=16, header_fill=(PALETTE[0],))


_RENDERERS = {
    Findings: _render_findings,
    CorpusGlance: _render_corpus,
    ThemeQuote: _render_theme,
    PriorityMatrix: _render_matrix,
    ChangeColumns: _render_changes,
    FigureCards: _render_figures,
    MeasureCharts: _render_measures,
    Timeline: _render_timeline,
    SourceList: _render_sources,
}


def render_deck(story: Story) -> bytes:
    """The story as the bytes of a 16:9 .pptx file, one slide per story slide, a source line on
    each and notes quoting the sentences.

    >>> render_deck(build_story(corpus, language="en"))[:2]  # doctest: +SKIP
    b'PK'
    """
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    deck.core_properties.title = story.slides[0].title if story.slides else ""
    deck.core_properties.language = "vi-VN" if story.language == "vi" else "en-GB"
    title_only = deck.slide_layouts[5]
    links: list[tuple[object, int]] = []
    for item in story.slides:
        slide = deck.slides.add_slide(title_only)
        _header(slide, item)
        links += _RENDERERS[type(item.body)](slide, item.body, item) or []
        # the note that untranslated items are in Vietnamese goes once, with the source line
        line = " · ".join(part for part in (item.source_line, item.untranslated) if part)
        if line:
            _text(
                slide,
                line,
                left=_LEFT,
                top=_SOURCE_TOP,
                width=_WIDTH,
                height=_SOURCE_HEIGHT,
                size=SOURCE_PT,
                colour=_MUTED,
            )
        slide.notes_slide.notes_text_frame.text = item.notes
    for box, number in links:  # a finding opens its slide when clicked in a slide show
        box.click_action.target_slide = deck.slides[number - 1]
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def write_deck(story: Story, path: Path) -> Path:
    """Write :func:`render_deck` to ``path`` (parent folders created) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_deck(story))
    return path
