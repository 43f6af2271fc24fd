"""Builders of real files in every supported format, written with the same libraries users' tools use."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# Written for these tests: an article none of the extractors was tuned on.
ARTICLE = (
    "Cà Mau đưa 1.450 hộ kinh doanh lên sàn thương mại điện tử năm 2024\n"
    "Năm 2024, tỉnh Cà Mau đã hỗ trợ hơn 1.450 hộ kinh doanh mở gian hàng trên sàn thương mại điện tử, "
    "đạt 82,5% kế hoạch đề ra.\n"
    "Tỉnh đặt mục tiêu đến năm 2025 có 3 nhiệm vụ trọng tâm: phát triển hạ tầng số; đào tạo kỹ năng số; "
    "bảo đảm an toàn thông tin."
)


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf(lines: list[str], *, with_text: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if with_text:
        pdf.add_font("DejaVu", fname=str(FONT))
        pdf.set_font("DejaVu", size=11)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    else:  # a "scan": shapes only, no text layer
        pdf.rect(20, 20, 120, 60, style="F")
    return bytes(pdf.output())


@pytest.fixture(scope="session")
def make_docx() -> Callable[[list[str]], bytes]:
    """A real .docx written with python-docx, one paragraph per string."""
    return _docx


@pytest.fixture(scope="session")
def make_pdf() -> Callable[..., bytes]:
    """A real PDF written with fpdf2 (DejaVu Sans, so Vietnamese is in the text layer)."""
    if not FONT.is_file():
        pytest.skip(f"{FONT} is missing: install fonts-dejavu-core")
    return _pdf


@pytest.fixture(scope="session")
def hostile_file() -> Callable[[str], tuple[str, bytes]]:
    """The suffix and bytes of a hostile file by its name in ``benchmarks.hostile_files``, built once."""
    from benchmarks.hostile_files import HOSTILE_FILES

    built: dict[str, tuple[str, bytes]] = {}

    def build(name: str) -> tuple[str, bytes]:
        if name not in built:
            suffix, builder = HOSTILE_FILES[name]
            built[name] = (suffix, builder())
        return built[name]

    return build


@pytest.fixture
def fresh_pool() -> Callable[..., object]:
    """A reader pool of its own with the given limits (``BoxLimits`` fields), closed after the test."""
    from analysis.read.sandbox import BoxLimits, ReaderPool

    pools: list[ReaderPool] = []

    def make(**limits: object) -> ReaderPool:
        pool = ReaderPool(limits=BoxLimits(**limits))  # type: ignore[arg-type]
        pools.append(pool)
        return pool

    yield make
    for pool in pools:
        pool.close()
