"""Odd upload names and hostile files in a real browser: a NUL-bearing, a 10,000-character and an
unsupported name get a message on the Library page (no bare red icon, no crash screen); hostile
files are refused with a message naming the limit; the good files are still offered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import run_dashboard
from tests.e2e.test_browser import MAIN, _open, _screenshot, _wait_until_idle

pytestmark = pytest.mark.browser

ARTICLE = (
    "Đồng Tháp công bố kế hoạch chuyển đổi số năm 2026\n"
    "Năm 2026, tỉnh Đồng Tháp đặt mục tiêu có 1.200 Tổ công nghệ số cộng đồng."
).encode()


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    with run_dashboard(tmp_path_factory.mktemp("upload-names")) as base:
        yield base


_REFUSED_BY_SERVER_JS = """() => Array.from(
    document.querySelectorAll('[data-testid="stTooltipErrorHoverTarget"]')
).map((el) => getComputedStyle(el, '::after').content)"""


def test_odd_upload_names_get_a_message_not_a_crash(page: Any, dashboard: str, screenshots_dir: Path) -> None:
    _open(page, dashboard, "library")
    page.locator('input[type="file"]').set_input_files(
        [
            {"name": "dong-thap\x00.txt", "mimeType": "text/plain", "buffer": ARTICLE},
            {
                "name": "d" * 500 + ".txt",
                "mimeType": "text/plain",
                "buffer": ARTICLE.replace(b"1.200", b"1.300"),
            },
            {
                "name": "e" * 10_000 + ".txt",
                "mimeType": "text/plain",
                "buffer": ARTICLE.replace(b"1.200", b"1.400"),
            },
            {"name": "anh.exe", "mimeType": "application/octet-stream", "buffer": b"MZ\x90\x00"},
        ]
    )
    page.get_by_text("Kiểm tra và sửa thông tin trước khi lưu").wait_for()
    page.locator('[data-testid="stFileChipIconError"]').wait_for()
    _wait_until_idle(page)
    text = page.locator(MAIN).inner_text()
    _screenshot(page, screenshots_dir, "library-odd-names")
    assert page.locator('[data-testid="stException"]').count() == 0
    # NUL: read, with a note on the new name (Streamlit's type check would have raised instead).
    assert (
        "dong-thap?.txt: tên tệp có ký tự điều khiển hoặc quá dài nên được đổi thành “dong-thap.txt”." in text
    )
    # 500 characters: read under a name cut to 120, the note itself cut too.
    assert "quá dài nên được đổi thành “" + "d" * 116 + ".txt”" in text
    assert "d" * 200 not in text.replace("d" * 116 + ".txt", "")
    assert "anh.exe: định dạng .exe không được hỗ trợ" in text
    # 10,000 characters: Streamlit's server refuses the upload; its chip says what to do.
    (refused,) = page.evaluate(_REFUSED_BY_SERVER_JS)
    assert refused.startswith('"Máy chủ không nhận tệp này (thường vì tên tệp quá dài)')


def test_hostile_files_are_refused_on_the_page_and_the_good_one_offered(
    page: Any, dashboard: str, screenshots_dir: Path
) -> None:
    from benchmarks.hostile_files import paragraph_bomb_docx, shared_stream_pdf

    _open(page, dashboard, "library")
    page.locator('input[type="file"]').set_input_files(
        [
            {"name": "bom.docx", "mimeType": "application/octet-stream", "buffer": paragraph_bomb_docx()},
            {"name": "cham.pdf", "mimeType": "application/pdf", "buffer": shared_stream_pdf(5)},
            {"name": "trang.pdf", "mimeType": "application/pdf", "buffer": shared_stream_pdf(99_000)},
            {"name": "dong-thap.txt", "mimeType": "text/plain", "buffer": ARTICLE},
        ]
    )
    page.get_by_text("Kiểm tra và sửa thông tin trước khi lưu").wait_for()
    _wait_until_idle(page)
    text = page.locator(MAIN).inner_text()
    _screenshot(page, screenshots_dir, "library-hostile-files")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "bom.docx: phần word/document.xml được nén" in text and "quá giới hạn 100 lần" in text
    assert "cham.pdf: trang 1 của tệp PDF cần hơn 1 giây để đọc" in text
    assert "trang.pdf: tệp PDF có 99.000 trang, quá giới hạn 2.000 trang" in text
    # The review table (drawn on a canvas) and its save button appear only for readable files.
    assert page.get_by_role("button", name="Lưu vào kho").is_visible()
