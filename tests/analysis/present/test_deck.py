"""The slide deck as a user makes it (``python -m analysis deck``), opened with python-pptx and
checked against the JSON report of the same articles; then converted to PDF by LibreOffice.

The PDF pages are rendered to ``tests/artifacts/deck/<lang>-NN.png`` for people to look at.
"""

from __future__ import annotations

import io
import json
import math
import re
import subprocess
import unicodedata
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from PIL import Image, ImageStat
from pptx import Presentation
from pptx.util import Emu, Pt

from analysis.present.deck import SLIDE_HEIGHT, SLIDE_WIDTH, _header
from analysis.present.glosses import render_unit
from analysis.present.i18n import translate
from analysis.present.localize import format_day
from analysis.present.resources import load_toml
from tests.analysis.present.conftest import require_tool
from tests.cli import start_cli
from tests.conftest import HOSTILE_OUTLET_FORMULA, HOSTILE_OUTLET_LINK

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
# The fixture articles themselves (a folder is read with its subfolders, which hold other sets).
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
ARTIFACTS = ROOT / "tests" / "artifacts" / "deck"
VI_YEARS = ("2022", "2023", "2024")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The JSON report and two decks of the seeds and fixture articles, made by three CLI runs at once:
    a Vietnamese deck of 2022–2024 and an English deck of every year; the report is of the national
    facts, the deck's default scope, so the two are of the same story."""
    tmp = tmp_path_factory.mktemp("deck")
    runs = {
        "report": start_cli(
            "report", SEEDS, *FIXTURES, "--no-cache", "--format", "json", "--scope", "national", tmp=tmp
        ),
        "vi": start_cli(
            "deck", SEEDS, *FIXTURES, "--no-cache", "-o", tmp / "vi.pptx", "--years", *VI_YEARS, tmp=tmp
        ),
        "en": start_cli(
            "deck", SEEDS, *FIXTURES, "--no-cache", "-o", tmp / "en.pptx", "--lang", "en", tmp=tmp
        ),
    }
    outputs = {}
    for name, process in runs.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"{name}: {stderr}"
        outputs[name] = stdout
    return {
        "report": json.loads(outputs["report"]),
        "vi": tmp / "vi.pptx",
        "en": tmp / "en.pptx",
        "stdout": outputs,
    }


@pytest.fixture(scope="module", params=["vi", "en"])
def deck(request: pytest.FixtureRequest, made: dict[str, Any]) -> tuple[str, Any]:
    return request.param, Presentation(str(made[request.param]))


def _years(report: dict[str, Any], language: str) -> list[str]:
    return list(VI_YEARS) if language == "vi" else sorted(report["years"])


def _slide_text(slide: Any, *, interface_only: bool = False) -> str:
    """All the text of a slide; ``interface_only`` leaves out what is marked as verbatim Vietnamese:
    quoted themes, table columns headed "… (Vietnamese original)" and, on a slide whose note says
    that untranslated items are in Vietnamese, the table cells left in Vietnamese."""
    parts = []
    noted = any(
        shape.has_text_frame and translate("untranslated_note", "en") in shape.text_frame.text
        for shape in slide.shapes
    )
    for shape in slide.shapes:
        if shape.has_text_frame and not (interface_only and shape.text_frame.text.startswith("“")):
            parts.append(shape.text_frame.text)
        if shape.has_table:
            header = [cell.text for cell in shape.table.rows[0].cells]
            verbatim = {
                i for i, name in enumerate(header) if interface_only and "(Vietnamese original)" in name
            }
            parts.extend(
                cell.text
                for row in shape.table.rows
                for i, cell in enumerate(row.cells)
                if i not in verbatim and not (interface_only and noted and not cell.text.isascii())
            )
        if shape.has_chart and shape.chart.has_title:
            parts.append(shape.chart.chart_title.text_frame.text)
    return "\n".join(parts)


def _slides_titled(presentation: Any, title: str) -> list[Any]:
    """Slides whose title starts with ``title`` or whose message (what the slide shows) is it."""
    return [
        s
        for s in presentation.slides
        if s.shapes.title.text_frame.text.startswith(title)
        or any(shape.has_text_frame and shape.text_frame.text == title for shape in s.shapes)
    ]


def test_cli_says_what_it_wrote(made: dict[str, Any]) -> None:
    assert made["stdout"]["vi"].startswith(f"Đã ghi {made['vi']} (")  # in the interface language
    assert "năm 2022, 2023, 2024" in made["stdout"]["vi"]
    assert made["stdout"]["en"].startswith(f"Wrote {made['en']} (")


def _told_nationally(report: dict[str, Any], years: list[str], language: str) -> list[dict[str, Any]]:
    """The report's articles the national deck is drawn from: those of its years (every year in the
    English deck), except Báo Bình Dương's (nfd_2023), which tells only of its province."""
    return [
        d
        for d in report["documents"]
        if (language == "en" or str(d["year"]) in years) and d["id"] != "nfd_2023"
    ]


def test_deck_is_16_9_with_the_story_in_order(deck: tuple[str, Any], made: dict[str, Any]) -> None:
    language, presentation = deck
    assert presentation.slide_width * 9 == presentation.slide_height * 16
    titles = [slide.shapes.title.text_frame.text for slide in presentation.slides]
    years = _years(made["report"], language)
    # the findings open the deck, then each slide's title states its message
    national = translate("story_subject_national", language)
    assert titles[0].startswith(
        translate("deck_title", language, subject=national, span=f"{years[0]}–{years[-1]}") + ": "
    )
    documents = _told_nationally(made["report"], years, language)
    assert titles[1].startswith(f"{len(documents)} ")
    for title, year in zip(titles[2 : 2 + len(years)], years, strict=True):
        assert title.startswith(translate("slide_theme", language, year=year))
    assert (
        _slides_titled(presentation, translate("heatmap_title", language))[0]
        == presentation.slides[2 + len(years)]
    )
    assert _slides_titled(presentation, translate("sources_message", language))[-1] == presentation.slides[-1]
    assert len(titles) >= 8


def test_corpus_chart_holds_the_report_counts(deck: tuple[str, Any], made: dict[str, Any]) -> None:
    language, presentation = deck
    report = made["report"]
    years = _years(report, language)
    documents = _told_nationally(report, years, language)
    expected: Counter[tuple[str, str]] = Counter(
        (str(d["year"]) if d["year"] else translate("unknown_year", language),
         d["outlet"] or translate("unknown_outlet", language))
        for d in documents
    )  # fmt: skip
    (slide,) = _slides_titled(presentation, translate("documents_per_year", language))
    (chart,) = [shape.chart for shape in slide.shapes if shape.has_chart]
    plot = chart.plots[0]
    categories = list(plot.categories)
    assert set(categories) == {year for year, _ in expected}
    found = {
        (category, series.name): value
        for series in plot.series
        for category, value in zip(categories, series.values, strict=True)
    }
    assert {key: value for key, value in found.items() if value} == {k: float(v) for k, v in expected.items()}
    assert sum(found.values()) == len(documents)


def test_priorities_matrix_is_a_shaded_table_of_the_report(
    deck: tuple[str, Any], made: dict[str, Any]
) -> None:
    language, presentation = deck
    report = made["report"]
    years = [int(year) for year in _years(report, language)]
    stated: dict[tuple[str, int], set[str]] = {}
    for priority in report["priorities"]:
        if priority["year"] in years:
            for item in priority["items"]:
                if item["concept"]:
                    stated.setdefault((item["concept"], priority["year"]), set()).add(priority["doc"])
    labels = {c["id"]: c["label_en" if language == "en" else "label_vi"] for c in report["concepts"]}
    (slide,) = _slides_titled(presentation, translate("heatmap_title", language))
    (table,) = [shape.table for shape in slide.shapes if shape.has_table]
    header = [cell.text for cell in table.rows[0].cells]
    assert header[1:] == [str(year) for year in years]
    rows = {row.cells[0].text: row for row in list(table.rows)[1:]}
    assert set(rows) == {labels[concept] for concept, _ in stated}
    fills = set()
    for concept, label in labels.items():
        if label not in rows:
            continue
        for column, year in enumerate(years, start=1):
            cell = rows[label].cells[column]
            count = len(stated.get((concept, year), ()))
            assert cell.text == (str(count) if count else ""), (label, year)
            fills.add((count, str(cell.fill.fore_color.rgb)))
    # the same count always gets the same shade, and more articles a darker one than none
    assert len({count for count, _ in fills}) == len(fills)
    assert dict(fills)[0] != dict(fills)[1]


def test_same_measure_chart_holds_the_report_figures(made: dict[str, Any]) -> None:
    presentation = Presentation(str(made["en"]))
    (slide,) = _slides_titled(presentation, translate("slide_measure", "en"))
    charts = [shape.chart for shape in slide.shapes if shape.has_chart]
    assert charts
    figures = made["report"]["figures"]
    for chart in charts:
        plot = chart.plots[0]
        assert chart.chart_type is not None and len(plot.series) == 1
        series = plot.series[0]
        for year, value in zip(plot.categories, series.values, strict=True):
            assert any(
                f["year"] == int(year)
                and f["value"] == value
                and render_unit(f["unit"], "en").text == series.name
                for f in figures
            ), (series.name, year, value)
    provinces = next(c for c in charts if c.chart_title.text_frame.text == "provinces and cities")
    assert list(provinces.plots[0].categories) == ["2021", "2024", "2025"]
    assert list(provinces.plots[0].series[0].values) == [63.0, 63.0, 34.0]


def test_themes_are_verbatim_and_glossed_in_english(deck: tuple[str, Any], made: dict[str, Any]) -> None:
    language, presentation = deck
    report = made["report"]
    glosses = load_toml("themes_en.toml")["themes"]
    for year in _years(report, language):
        theme = report["years"][year]["official_theme"]
        (slide,) = _slides_titled(presentation, translate("slide_theme", language, year=year))
        text = _slide_text(slide)
        pictures = [shape for shape in slide.shapes if shape.shape_type == 13]  # the word cloud
        assert len(pictures) == 1
        if theme is None:
            assert translate("no_theme", language) in text
            continue
        assert f"“{theme}”" in text
        assert unicodedata.is_normalized("NFC", text)
        if language == "en":
            assert "Vietnamese original" in text
            assert glosses.get(theme, "") in text
            assert "gloss yet" not in text


def test_notes_name_every_source(deck: tuple[str, Any], made: dict[str, Any]) -> None:
    language, presentation = deck
    documents = {d["title"]: d for d in made["report"]["documents"]}
    for slide in presentation.slides:
        notes = slide.notes_slide.notes_text_frame.text
        named = [line[2:] for line in notes.splitlines() if line.startswith("• ")]
        assert named, slide.shapes.title.text_frame.text
        for line in named:
            title, _, rest = line.rpartition(" — ")
            document = documents[title]
            outlet = document["outlet"] or translate("unknown_outlet", language)
            published = document["published"] and date.fromisoformat(document["published"][:10])
            when = format_day(published, language) if published else translate("no_date", language)
            assert rest == f"{outlet}, {when}"  # the date as the reader writes it
    (figures,) = _slides_titled(presentation, translate("figures_message", language))
    notes = figures.notes_slide.notes_text_frame.text
    shown = [f for f in made["report"]["figures"] if f["sentence"] in notes]
    assert len(shown) >= 4  # every key figure (the event's "63 tỉnh, thành phố" is none)


def test_titles_are_large_and_no_text_box_runs_over_eight_lines(deck: tuple[str, Any]) -> None:
    _, presentation = deck
    for slide in presentation.slides:
        title = slide.shapes.title
        sizes = [run.font.size for p in title.text_frame.paragraphs for run in p.runs]
        assert sizes and all(size >= Pt(28) for size in sizes), title.text_frame.text
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text:
                continue
            width_pt = Emu(shape.width).pt - 14
            lines = 0
            for paragraph in shape.text_frame.paragraphs:
                size = max((run.font.size.pt for run in paragraph.runs if run.font.size), default=18)
                assert size >= 14, paragraph.text
                # half an em per character: Arial's average over Vietnamese text is below that
                lines += max(1, math.ceil(len(paragraph.text) * size * 0.5 / width_pt))
            assert lines <= 8, shape.text_frame.text


def test_english_deck_uses_no_vietnamese_interface_label(made: dict[str, Any]) -> None:
    labels = load_toml("labels.toml")
    vietnamese = {
        value.split("{")[0].strip()
        for key, value in labels["vi"].items()
        if value != labels["en"].get(key) and len(value.split("{")[0].strip()) > 4
    }
    outlets = {d["outlet"] for d in made["report"]["documents"] if d["outlet"]}  # proper names
    presentation = Presentation(str(made["en"]))
    for slide in presentation.slides:
        text = _slide_text(slide, interface_only=True)
        plain = text
        for name in outlets:
            plain = plain.replace(name, "")
        # Everything else on an English slide is English: ASCII and a little typography.
        assert set(plain) - set("“”–—→·…") <= {c for c in plain if c.isascii()}, (
            slide.shapes.title.text,
            plain,
        )
        for label in vietnamese:
            assert label not in text, (label, slide.shapes.title.text_frame.text)


def test_vietnamese_deck_keeps_diacritics(made: dict[str, Any]) -> None:
    presentation = Presentation(str(made["vi"]))
    text = "\n".join(_slide_text(slide) for slide in presentation.slides)
    for phrase in ("Chủ đề năm 2023", "Dữ liệu số", "Tổ công nghệ số cộng đồng", "2023 → 2024: "):
        assert phrase in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--years", "1999"), "lỗi: không bài viết nào nói về năm 1999; các năm có bài: 2022, 2023, 2024."),
        (("--years", "1999", "--lang", "en"), "error: no article is about 1999; years: 2022, 2023, 2024."),
        (("--lang", "fr"), "invalid choice: 'fr'"),
    ],
)
def test_deck_cli_refuses_bad_options_in_one_line(
    args: tuple[str, ...], message: str, tmp_path: Path
) -> None:
    process = start_cli("deck", "--no-cache", "-o", tmp_path / "x.pptx", *args, tmp=tmp_path)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 2
    assert message in stderr and "Traceback" not in stderr
    assert not (tmp_path / "x.pptx").exists()


def test_deck_cli_explains_an_unwritable_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    process = start_cli("deck", "--no-cache", "-o", blocker / "deck.pptx", tmp=tmp_path)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 1
    assert stderr.startswith(f"lỗi: không ghi được {blocker / 'deck.pptx'}") and "Traceback" not in stderr


_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')


def _source_line_gaps(pdf: Path) -> list[float]:
    """Per page, the points between the source line's top and the lowest text above it (pdftotext's
    word boxes; negative when they overlap)."""
    xml = subprocess.run(
        [require_tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    gaps = []
    for page in xml.split("<page ")[1:]:
        words = [(float(top), float(bottom), word) for top, bottom, word in _WORD.findall(page)]
        openers = {translate("source_line", language, sources="").split()[0] for language in ("vi", "en")}
        source_top = max(top for top, _, word in words if word in openers)
        above = [bottom for top, bottom, _ in words if top < source_top - 1.5]
        gaps.append(source_top - max(above))
    return gaps


@pytest.mark.parametrize("language", ["vi", "en"])
def test_libreoffice_converts_the_deck_to_pdf(language: str, made: dict[str, Any], tmp_path: Path) -> None:
    soffice, pdftoppm, pdfinfo = require_tool("soffice"), require_tool("pdftoppm"), require_tool("pdfinfo")
    profile = tmp_path / "profile"  # a private LibreOffice profile: parallel runs do not collide
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(made[language])],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    pdf = tmp_path / f"{language}.pdf"
    assert result.returncode == 0 and pdf.is_file(), result.stderr
    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    slides = len(Presentation(str(made[language])).slides)
    assert f"Pages:           {slides}\n" in info
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{language}-*.png"):
        old.unlink()
    subprocess.run(
        [pdftoppm, "-r", "72", "-png", str(pdf), str(ARTIFACTS / language)], check=True, timeout=300
    )
    pages = sorted(ARTIFACTS.glob(f"{language}-*.png"))
    assert len(pages) == slides
    # As LibreOffice lays the slides out, nothing runs into the source line (a long matrix once did).
    for number, gap in enumerate(_source_line_gaps(pdf), start=1):
        assert gap >= 3, f"slide {number}: {gap:.1f} pt between the text and the source line"
    for page in pages:
        image = Image.open(page)
        assert abs(image.size[0] / image.size[1] - 16 / 9) < 0.01
        assert ImageStat.Stat(image.convert("L")).stddev[0] > 15, f"{page.name} looks blank"


def test_embedded_workbooks_hold_no_formula_or_link_from_article_text(
    hostile_articles_dir: Path, tmp_path: Path
) -> None:
    """A deck of articles whose outlets are "=HYPERLINK(…)" and "https://…": every cell of every
    chart's embedded workbook, opened with openpyxl, is a plain value, and the text is still there."""
    output = tmp_path / "deck.pptx"
    process = start_cli("deck", hostile_articles_dir, "--no-seeds", "--no-cache", "-o", output, tmp=tmp_path)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr
    workbooks = [
        part.blob
        for part in Presentation(str(output)).part.package.iter_parts()
        if str(part.partname).endswith(".xlsx")
    ]
    assert workbooks
    texts = []
    for blob in workbooks:
        book = openpyxl.load_workbook(io.BytesIO(blob))
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (cell.coordinate, cell.value)
                    assert cell.hyperlink is None, (cell.coordinate, cell.value)
                    texts.append(cell.value)
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
            assert not any(b"<f>" in archive.read(name) or b"<f " in archive.read(name) for name in sheets)
    assert f"'{HOSTILE_OUTLET_FORMULA}" in texts
    assert f"'{HOSTILE_OUTLET_LINK}" in texts


def test_every_slide_carries_its_source_line_and_the_findings_open_their_slides(
    deck: tuple[str, Any], made: dict[str, Any]
) -> None:
    language, presentation = deck
    prefix = translate("source_line", language, sources="")
    outlets = {d["outlet"] or translate("unknown_outlet", language) for d in made["report"]["documents"]}
    slides = list(presentation.slides)
    for slide in slides:
        lines = [
            s.text_frame.text
            for s in slide.shapes
            if s.has_text_frame and s.text_frame.text.startswith(prefix)
        ]
        assert len(lines) == 1, slide.shapes.title.text_frame.text
        assert any(outlet in lines[0] for outlet in outlets)
        assert not re.search(r"\d{4}-\d{2}-\d{2}", lines[0])  # dates as the reader writes them
    opening = slides[0]
    linked = [shape for shape in opening.shapes if shape.has_text_frame and shape.click_action.target_slide]
    assert 3 <= len(linked) <= 5
    for number, shape in enumerate(linked, start=1):
        text = shape.text_frame.text
        assert text.startswith(f"{number}. ")
        target = shape.click_action.target_slide
        assert target.slide_id != opening.slide_id
        # the finding is the title of the slide it opens (its first page), or its year's theme
        title = target.shapes.title.text_frame.text
        finding = text[len(f"{number}. ") :]
        assert title.startswith(finding) or title.startswith(translate("slide_theme", language, year=""))


def test_a_count_axis_never_counts_in_halves(made: dict[str, Any]) -> None:
    presentation = Presentation(str(made["vi"]))
    (slide,) = _slides_titled(presentation, translate("documents_per_year", "vi"))
    (chart,) = [shape.chart for shape in slide.shapes if shape.has_chart]
    assert chart.value_axis.major_unit == 1


@pytest.mark.parametrize(
    "title",
    [
        "Kinh tế số: 18,3 % (2025)",
        # a target's title with a long measure: three lines at 28 pt, pushing the message down
        "Tỷ lệ hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền: 38 % (2024); mục tiêu 80 % "
        "vào năm 2025 — Chưa đủ số liệu",
        # longer than three lines hold: cut at a word
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý và trả kết quả trực tuyến toàn trình trên "
        "Cổng Dịch vụ công quốc gia và hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh của các "
        "địa phương: 61 % (2024); mục tiêu 80 % vào năm 2025 — Chậm",
    ],
)
def test_a_long_title_takes_the_message_s_room_never_its_place(title: str) -> None:
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    _header(slide, SimpleNamespace(title=title, message="Tiến độ so với mục tiêu"))
    shown = slide.shapes.title
    message = next(
        s for s in slide.shapes if s.has_text_frame and s.text_frame.text == "Tiến độ so với mục tiêu"
    )
    size = shown.text_frame.paragraphs[0].runs[0].font.size.pt
    text = shown.text_frame.text
    # half an em per character, as above: the lines the title wraps to fit its box, above the message
    lines = math.ceil(len(text) * size * 0.5 / (Emu(shown.width).pt - 14))
    assert size >= 28 and lines <= 3, (size, lines)
    assert lines * size * 1.2 <= Emu(shown.height).pt
    assert shown.top + shown.height <= message.top < Emu(914400 * 2.25)  # the body begins at 2.25 in
    assert text == title or (text.endswith(" …") and title.startswith(text[:-2]))
