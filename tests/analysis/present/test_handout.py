"""The handout as a user makes it (``python -m analysis brief -o brief.pdf|brief.docx``), in both
languages, read back as text (pdftotext, python-docx): findings first, figures, tables, the
numbered sources, diacritics intact; the PDF's pages rendered to
``tests/artifacts/handout/<lang>-NN.png`` for people to look at.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from docx import Document as WordDocument
from docx.table import Table as DocxTable
from PIL import Image, ImageStat

from analysis.present.i18n import translate
from tests.analysis.present.conftest import require_tool
from tests.cli import start_cli

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
ARTIFACTS = ROOT / "tests" / "artifacts" / "handout"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Four handouts of the seeds and fixture articles, made by four CLI runs at once: PDF and Word,
    Vietnamese for 2022–2024 and English for every year."""
    tmp = tmp_path_factory.mktemp("handout")
    common = ("--no-seeds", SEEDS, *FIXTURES, "--no-cache")
    runs = {
        ("vi", "pdf"): start_cli(
            "brief", *common, "-o", tmp / "vi.pdf", "--years", "2022", "2023", "2024", tmp=tmp
        ),
        ("vi", "docx"): start_cli(
            "brief", *common, "-o", tmp / "vi.docx", "--years", "2022", "2023", "2024", tmp=tmp
        ),
        ("en", "pdf"): start_cli("brief", *common, "-o", tmp / "en.pdf", "--lang", "en", tmp=tmp),
        ("en", "docx"): start_cli("brief", *common, "-o", tmp / "en.docx", "--lang", "en", tmp=tmp),
    }
    outputs = {}
    for key, process in runs.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"{key}: {stderr}"
        outputs[key] = stdout
    return {"tmp": tmp, "stdout": outputs}


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        [require_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _docx_text(path: Path) -> tuple[str, Any]:
    """The text of paragraphs and tables in the order a reader meets them."""
    document = WordDocument(str(path))
    parts = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxTable):
            parts += [cell.text for row in block.rows for cell in row.cells]
        else:
            parts.append(block.text)
    return "\n".join(parts), document


PM_TITLE = "Thủ tướng: Mỗi Bộ, ngành, địa phương phải có 1 đề án chuyển đổi số"
EXPECTED = {
    "vi": {
        "findings": "Tóm tắt",
        "finding": "2023 → 2024: 5 ưu tiên mới, trọng tâm Quản trị số, Chính phủ số",
        "figure": "hơn 80.000 tổ",
        "table": "Dữ liệu số",
        "sources": "Danh sách nguồn",
        "source": f"{PM_TITLE} — nongnghiep.vn, 25/04/2024",
        "line": "Nguồn: ",
    },
    "en": {
        "findings": "Summary",
        "finding": "2023 → 2024: 3 new priorities, led by Digital governance",
        "figure": "about 18.5 % of GDP",
        "table": "Digital data",
        "sources": "Sources",
        "source": f"{PM_TITLE} — nongnghiep.vn, Apr 25, 2024",
        "line": "Sources: ",
    },
}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_cli_says_what_it_wrote_in_the_interface_language(made: dict[str, Any], language: str) -> None:
    stdout = made["stdout"][(language, "pdf")]
    word = "Đã ghi" if language == "vi" else "Wrote"
    assert stdout.startswith(f"{word} {made['tmp'] / f'{language}.pdf'} (")


@pytest.mark.parametrize("kind", ["pdf", "docx"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_handout_tells_the_story_with_its_sources(made: dict[str, Any], language: str, kind: str) -> None:
    path = made["tmp"] / f"{language}.{kind}"
    if kind == "pdf":
        text = _pdf_text(path)
        flat = re.sub(r"\s+", " ", text)
    else:
        text, document = _docx_text(path)
        flat = re.sub(r"\s+", " ", text)
        assert len(document.inline_shapes) >= 3  # charts and word clouds as pictures
        section = document.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    expected = EXPECTED[language]
    assert unicodedata.is_normalized("NFC", text)
    # findings first, then sections, then the numbered sources
    summary = flat.index(expected["findings"])
    assert flat.index(expected["finding"]) > summary
    assert flat.index(expected["finding"]) < flat.index("1. ", flat.index(expected["finding"]) + 5)
    assert expected["figure"] in flat and expected["table"] in flat
    assert flat.rindex(expected["sources"]) > flat.index(expected["figure"])
    assert re.search(r"\b\d+\. " + re.escape(expected["source"]), flat), expected["source"]
    assert flat.count(expected["line"]) >= 8  # a source line under every section
    assert not re.search(r"\d{4}-\d{2}-\d{2}", flat)  # no ISO date
    assert "Chủ đề năm" in flat or "Theme of" in flat
    assert "chuyển đổi số" in flat  # diacritics intact (verbatim themes, titles)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_pdf_embeds_its_font_and_its_pages_render(made: dict[str, Any], language: str) -> None:
    path = made["tmp"] / f"{language}.pdf"
    fonts = subprocess.run(
        [require_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all("DejaVu" in row[0] and row[-5] == "yes" for row in rows), fonts  # emb yes
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{language}-*.png"):
        old.unlink()
    subprocess.run(
        [require_tool("pdftoppm"), "-r", "60", "-png", str(path), str(ARTIFACTS / language)], check=True
    )
    pages = sorted(ARTIFACTS.glob(f"{language}-*.png"))
    assert len(pages) >= 3
    for page in pages:
        with Image.open(page) as image:
            assert image.width < image.height  # A4 upright
            assert ImageStat.Stat(image.convert("L")).stddev[0] > 10, page  # never a blank page


def test_an_unknown_handout_format_is_refused_before_any_work(tmp_path: Path) -> None:
    process = start_cli("brief", "--no-cache", "-o", tmp_path / "brief.txt", tmp=tmp_path)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2
    assert stderr == f"lỗi: {translate('cli_brief_format', 'vi', path=tmp_path / 'brief.txt')}\n"
    assert not (tmp_path / "brief.txt").exists()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_pdf_tables_keep_numbers_and_dates_whole(made: dict[str, Any], language: str) -> None:
    """A narrow column once broke "749/QĐ-TTg" and "03/06/2020" across lines, and justified short
    cells into "Ngày   Chuyển   đổi"; each column is now at least as wide as its longest word."""
    lines = _pdf_text(made["tmp"] / f"{language}.pdf").splitlines()
    for whole in ("749/QĐ-TTg", "06/QĐ-TTg"):
        assert any(whole in line for line in lines), whole
    if language == "vi":
        assert any("03/06/2020" in line for line in lines)
        assert not any(re.search(r"Ngày {3,}Chuyển", line) for line in lines)


def test_word_tables_give_each_column_its_room(made: dict[str, Any]) -> None:
    """Word tables were split evenly, so the excerpt of a decision ran down a sixth of the page;
    columns now fit their longest word and fill the text width together."""
    _, document = _docx_text(made["tmp"] / "vi.docx")
    instruments = next(t for t in document.tables if "749/QĐ-TTg" in {c.text for c in t.columns[0].cells})
    widths = [column.width.mm for column in instruments.columns]
    assert sum(widths) == pytest.approx(210 - 2 * 20, abs=1)  # A4 less its margins
    header = [cell.text for cell in instruments.rows[0].cells]
    excerpt = widths[header.index("Trích yếu")]
    assert excerpt == max(widths) and excerpt > 2 * widths[0] > 2 * 17
