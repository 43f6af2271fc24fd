"""The briefing on A4: the brief's blocks (:mod:`analysis.present.brief`) as a Word file
(python-docx) and as a PDF (fpdf2), charts drawn as images by matplotlib.

The PDF embeds DejaVu Sans, the font matplotlib ships (so it is there wherever the package is):
it has every Vietnamese glyph, and a reader without the font still sees the diacritics.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import matplotlib
from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace
from matplotlib.figure import Figure as ChartFigure
from matplotlib.ticker import FuncFormatter, MultipleLocator

from analysis.present.brief import (
    Brief,
    ChartBlock,
    CloudBlock,
    Heading,
    NumberedList,
    Paragraph,
    TableBlock,
)
from analysis.present.localize import format_number
from analysis.present.story import SeriesChart, count_axis_step
from analysis.present.style import PALETTE
from analysis.present.wordcloud import render_wordcloud

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
PAGE_MM = (210, 297)
MARGIN_MM = 20
TEXT_MM = PAGE_MM[0] - 2 * MARGIN_MM
CHART_MM = (TEXT_MM, 85)
CLOUD_MM = 80
_ACCENT = PALETTE[0]
_MUTED = "#555555"


def render_chart_png(chart: SeriesChart, *, language: str, width_mm: float, height_mm: float) -> bytes:
    """A story chart as a PNG at 200 dpi: bars (stacked or side by side) or a line with its labels;
    numbers the reader's way; a count axis in whole steps (:func:`count_axis_step`)."""
    # A Figure of its own, not pyplot's shared state: the dashboard draws from several threads.
    # Its default font, DejaVu Sans, has the Vietnamese glyphs.
    figure = ChartFigure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=200)
    axes = figure.subplots()
    positions = list(range(len(chart.categories)))
    bottoms = [0.0] * len(positions)
    width = 0.7 if chart.stacked or chart.kind == "line" else 0.7 / max(1, len(chart.series))
    for index, series in enumerate(chart.series):
        values = [value or 0.0 for value in series.values]
        colour = PALETTE[index % len(PALETTE)]
        if chart.kind == "line":
            axes.plot(positions, values, marker="o", linewidth=2.5, color=colour, label=series.name)
            for x, y, label in zip(positions, values, series.labels or (), strict=False):
                axes.annotate(
                    label, (x, y), textcoords="offset points", xytext=(0, 8), ha="center", fontsize=8
                )
            continue
        shift = 0 if chart.stacked else (index - (len(chart.series) - 1) / 2) * width
        bars = axes.bar(
            [p + shift for p in positions],
            values,
            width,
            bottom=bottoms if chart.stacked else None,
            color=colour,
            label=series.name,
        )
        if series.labels:  # the number as people read it ("about 18.5 % of GDP"), on its bar
            axes.bar_label(bars, labels=list(series.labels), fontsize=8, padding=2)
        if chart.stacked:
            bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    axes.set_xticks(positions, list(chart.categories), fontsize=8)
    axes.set_ylabel(chart.value_axis, fontsize=8)
    axes.set_title(chart.title, fontsize=10, loc="left", color=_ACCENT, fontweight="bold")
    axes.tick_params(axis="y", labelsize=8)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: format_number(value, language)))
    step = count_axis_step(chart)
    if step is not None:
        axes.yaxis.set_major_locator(MultipleLocator(step))
    axes.set_ylim(bottom=0, top=max(1.0, axes.get_ylim()[1] * (1.15 if chart.kind == "line" else 1)))
    axes.spines[["top", "right"]].set_visible(False)
    if len(chart.series) > 1:
        axes.legend(
            fontsize=7,
            ncols=min(4, len(chart.series)),
            loc="upper center",
            bbox_to_anchor=(0.5, -0.12),
            frameon=False,
        )
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _cloud_png(block: CloudBlock) -> bytes:
    return render_wordcloud(dict(block.words), width=1100, height=700, min_font_size=10)


def _chart_png(block: ChartBlock, language: str) -> bytes:
    return render_chart_png(block.chart, language=language, width_mm=CHART_MM[0], height_mm=CHART_MM[1])


# ---- Word ----------------------------------------------------------------------------------------


def _hex(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#"))


_WORD_TABLE_PT = 9


def _word_table(
    document: object, header: Sequence[str], rows: Sequence[Sequence[str]], *, ruler: FPDF
) -> None:
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    # Word's cells pad 1.9 mm a side; DejaVu is a little wider than the Arial they are set in.
    widths = _column_widths(ruler, header, rows, size=_WORD_TABLE_PT, padding_mm=4.2)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
    for row_index, cells in enumerate([header, *rows]):
        for column, value in enumerate(cells):
            cell = table.cell(row_index, column)
            cell.width = Mm(widths[column])  # Word reads the cells' widths, LibreOffice the grid's
            cell.text = value
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(_WORD_TABLE_PT)
                    run.font.bold = row_index == 0
    document.add_paragraph()


def render_handout_docx(brief: Brief) -> bytes:
    """The brief as an A4 Word file: headings, tables, charts and word clouds as pictures, the
    numbered source list last."""
    document = WordDocument()
    ruler = _pages()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10.5)
    document.core_properties.title = brief.title
    document.core_properties.language = "vi-VN" if brief.language == "vi" else "en-GB"
    for block in brief.blocks:
        if isinstance(block, Heading):
            heading = document.add_heading(block.text, level=block.level)
            for run in heading.runs:
                run.font.color.rgb = _hex(_ACCENT)
        elif isinstance(block, Paragraph):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block.text)
            run.italic = block.style in ("message", "note", "source")
            run.bold = block.style == "quote"
            if block.style in ("note", "source"):
                run.font.size = Pt(9)
                run.font.color.rgb = _hex(_MUTED)
        elif isinstance(block, NumberedList):
            for number, item in enumerate(block.items, start=1):
                document.add_paragraph(f"{number}. {item}")
        elif isinstance(block, TableBlock):
            _word_table(document, block.table.header, block.table.rows, ruler=ruler)
        elif isinstance(block, ChartBlock):
            document.add_picture(io.BytesIO(_chart_png(block, brief.language)), width=Mm(CHART_MM[0]))
        elif isinstance(block, CloudBlock):
            document.add_picture(io.BytesIO(_cloud_png(block)), width=Mm(CLOUD_MM))
            caption = document.add_paragraph().add_run(block.caption)
            caption.italic, caption.font.size = True, Pt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---- PDF -----------------------------------------------------------------------------------------


class _Pages(FPDF):
    """A4 pages in DejaVu Sans with a page number in the footer."""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(0x55, 0x55, 0x55)
        self.cell(0, 6, f"{self.page_no()}", align="C")


def _pages() -> _Pages:
    """An empty A4 document with its fonts: the PDF to write, or the ruler for a Word table."""
    pdf = _Pages(format="A4", unit="mm")
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=18)
    for style, name in _FONT_FILES.items():
        pdf.add_font("DejaVu", style, str(FONT_DIR / name))
    return pdf


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _pdf_text(
    pdf: FPDF,
    text: str,
    *,
    size: float,
    style: str = "",
    colour: str = "#222222",
    link: int | str = "",
    space: float = 2,
) -> None:
    pdf.set_font("DejaVu", style, size)
    pdf.set_text_color(*_rgb(colour))
    pdf.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT, link=link, align="L")
    pdf.ln(space)


def _pdf_table(pdf: FPDF, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_text_color(0x22, 0x22, 0x22)
    widths = _column_widths(pdf, header, rows)
    with pdf.table(
        col_widths=widths,
        width=TEXT_MM,
        line_height=4.2,
        headings_style=_heading_style(),
        borders_layout=TableBordersLayout.HORIZONTAL_LINES,
        first_row_as_headings=True,
        text_align="LEFT",  # justified cells stretch "Ngày   Chuyển   đổi   số" across narrow columns
    ) as table:
        for cells in [header, *rows]:
            row = table.row()
            for value in cells:
                row.cell(value)
    pdf.ln(3)


def _heading_style() -> FontFace:
    return FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=_rgb(_ACCENT))


_CELL_PADDING_MM = 2.5  # both sides of a cell's text, with a little to spare for rounding
_WIDEST_WORD_SHARE = 0.45  # a longer unbreakable word (a URL) may break rather than starve the rest


def _column_widths(
    pdf: FPDF,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    size: float = 8.5,
    padding_mm: float = _CELL_PADDING_MM,
) -> tuple[float, ...]:
    """Widths in mm: each column at least as wide as its longest word ("749/QĐ-TTg", "03/06/2020"
    never break), the rest of the line shared by how much each column still needs to hold its
    longest cell on one line: short columns on one line first, long titles and excerpts share the rest."""
    columns = range(len(header))

    def width(text: str, *, bold: bool) -> float:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        return pdf.get_string_width(text) + padding_mm

    words = [
        max(
            [
                *(width(word, bold=True) for word in header[column].split()),
                *(width(word, bold=False) for row in rows for word in row[column].split()),
                padding_mm,
            ]
        )
        for column in columns
    ]
    floors = [min(word, TEXT_MM * _WIDEST_WORD_SHARE) for word in words]
    lines = [
        max([0.0, *(width(row[column], bold=False) for row in rows)])  # a heading may wrap
        for column in columns
    ]
    pdf.set_font("DejaVu", "", 8.5)
    if sum(floors) >= TEXT_MM:
        return tuple(floor * TEXT_MM / sum(floors) for floor in floors)  # too many columns: all shrink
    spare = TEXT_MM - sum(floors)
    wants = [max(0.0, line - floor) for line, floor in zip(lines, floors, strict=True)]
    if sum(wants) <= spare:  # every cell fits on one line; the room left goes by the columns' widths
        natural = [floor + want for floor, want in zip(floors, wants, strict=True)]
        return tuple(w * TEXT_MM / sum(natural) for w in natural)
    # Water-filling: short columns ("Quyết định", "Thủ tướng Chính phủ") get all they want, the
    # longest ones share what is left equally.
    level, left, waiting = 0.0, spare, sorted(wants)
    while waiting:
        share = left / len(waiting)
        if waiting[0] > share:
            level = share
            break
        left -= waiting.pop(0)
        level = TEXT_MM
    return tuple(floor + min(want, level) for floor, want in zip(floors, wants, strict=True))


def _pdf_image(pdf: FPDF, png: bytes, width_mm: float, height_mm: float) -> None:
    if pdf.get_y() + height_mm > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.image(io.BytesIO(png), x=pdf.l_margin, w=width_mm, h=height_mm)
    pdf.ln(2)


def render_handout_pdf(brief: Brief) -> bytes:
    """The brief as an A4 PDF with DejaVu Sans embedded; each finding links to its section."""
    pdf = _pages()
    pdf.set_title(brief.title)
    pdf.set_lang("vi" if brief.language == "vi" else "en")
    pdf.set_creator("dxpolicy")
    pdf.add_page()
    anchors: dict[str, int] = {}
    for block in brief.blocks:
        if isinstance(block, NumberedList):
            for target in block.targets:
                if target and target not in anchors:
                    anchors[target] = pdf.add_link()
    for block in brief.blocks:
        if isinstance(block, Heading):
            if block.level == 2 and pdf.get_y() > pdf.h - 80:
                pdf.add_page()  # a section heading never sits alone at the foot of a page
            if block.anchor in anchors:
                pdf.set_link(anchors[block.anchor], y=pdf.get_y(), page=pdf.page)
            _pdf_text(
                pdf, block.text, size=16 if block.level == 1 else 12.5, style="B", colour=_ACCENT, space=1.5
            )
        elif isinstance(block, Paragraph):
            style = {"quote": "B", "message": "I", "note": "I", "source": "I"}.get(block.style, "")
            size = 8.5 if block.style in ("note", "source") else 10.5
            colour = _MUTED if block.style in ("note", "source", "message") else "#222222"
            _pdf_text(pdf, block.text, size=size, style=style, colour=colour)
        elif isinstance(block, NumberedList):
            for number, item in enumerate(block.items, start=1):
                target = block.targets[number - 1] if number <= len(block.targets) else None
                _pdf_text(pdf, f"{number}. {item}", size=10, link=anchors.get(target or "", ""), space=0.8)
            pdf.ln(2)
        elif isinstance(block, TableBlock):
            _pdf_table(pdf, block.table.header, block.table.rows)
        elif isinstance(block, ChartBlock):
            _pdf_image(pdf, _chart_png(block, brief.language), CHART_MM[0], CHART_MM[1])
        elif isinstance(block, CloudBlock):
            _pdf_image(pdf, _cloud_png(block), CLOUD_MM, CLOUD_MM * 700 / 1100)
            _pdf_text(pdf, block.caption, size=8.5, style="I", colour=_MUTED)
    return bytes(pdf.output())


def render_handout(brief: Brief, *, kind: str) -> bytes:
    """The brief (:func:`~analysis.present.brief.brief_of`) as an A4 handout, ``kind`` "pdf" or "docx".

    >>> render_handout(brief_of(corpus, language="vi"), kind="pdf")[:5]  # doctest: +SKIP
    b'%PDF-'
    """
    return render_handout_pdf(brief) if kind == "pdf" else render_handout_docx(brief)
