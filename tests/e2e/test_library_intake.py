"""Links and pasted text on the Library page in a real browser: fetched with a progress bar from
a local web server, reviewed, saved, and listed with their source address."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analysis.read.web import ALLOW_PRIVATE_ENV
from analysis.store import CorpusStore
from benchmarks.article_server import seed_pages, serve_articles
from tests.e2e.conftest import run_dashboard
from tests.e2e.test_browser import _assert_no_errors, _open, _screenshot, _wait_until_idle

pytestmark = pytest.mark.browser

PAGES = dict(list(seed_pages(8).items())[5:])  # not seeds: those are in the corpus already


@pytest.fixture(scope="module")
def intake_url(
    tmp_path_factory: pytest.TempPathFactory, chromium_path: Path
) -> Iterator[tuple[str, str, Path]]:
    """A dashboard allowed to fetch from loopback, the local server of article pages, and the
    dashboard's store."""
    workdir = tmp_path_factory.mktemp("intake-dashboard")
    with pytest.MonkeyPatch.context() as patch, serve_articles(PAGES) as server:
        patch.setenv(ALLOW_PRIVATE_ENV, "1")
        with run_dashboard(workdir) as base:
            yield base, server, workdir / "corpus.sqlite3"


def test_links_and_a_paste_are_reviewed_saved_and_listed_with_their_source(
    page: Any, intake_url: tuple[str, str, Path], screenshots_dir: Path
) -> None:
    base, server, store = intake_url
    links = [f"{server}/bai/{name}" for name in PAGES]
    _open(page, base, "library")
    page.get_by_role("tab", name="Đường dẫn").click()
    page.get_by_role("textbox", name="Đường dẫn tới bài viết, mỗi dòng một địa chỉ").fill("\n".join(links))
    page.get_by_role("button", name="Tải các bài viết").click()
    page.get_by_text("Đã tải 3 bài").wait_for(timeout=60_000)
    _wait_until_idle(page)
    _assert_no_errors(page)
    page.get_by_role("tab", name="Dán nội dung").click()
    paste = page.locator(".st-key-library_paste")
    paste.get_by_role("textbox", name="Tiêu đề", exact=True).fill("Cà Mau đưa hộ kinh doanh lên sàn")
    paste.get_by_role("textbox", name="Nguồn tin (không bắt buộc)").fill("Báo Cà Mau")
    paste.get_by_role("textbox", name="Nội dung bài viết").fill(
        "Năm 2024, tỉnh đưa 1.450 hộ kinh doanh lên sàn thương mại điện tử, đạt 82,5% kế hoạch."
    )
    page.get_by_role("button", name="Đưa vào danh sách kiểm tra").click()
    _wait_until_idle(page)
    _assert_no_errors(page)
    review = page.locator('[data-testid="stDataFrame"]').first
    review.wait_for()
    _screenshot(page, screenshots_dir, "library-links-paste-review")
    page.get_by_role("button", name="Lưu vào kho").click()
    page.get_by_text("Đã lưu 4 bài viết").wait_for(timeout=120_000)
    _wait_until_idle(page)
    _assert_no_errors(page)
    _screenshot(page, screenshots_dir, "library-links-saved")
    # The list is drawn on a canvas; what it shows is what the store lists.
    with CorpusStore(store) as saved:
        sources = {document.title: document.source_url for document in saved.list_documents()}
    assert sorted(filter(None, sources.values())) == sorted(links)
    assert sources["Cà Mau đưa hộ kinh doanh lên sàn"] is None


def test_the_links_tab_in_english(
    page: Any, intake_url: tuple[str, str, Path], screenshots_dir: Path
) -> None:
    base, _, _ = intake_url
    _open(page, base, "library?lang=English")
    page.get_by_role("tab", name="Links").click()
    _wait_until_idle(page)
    assert page.get_by_role("button", name="Fetch the articles").count() == 1
    _assert_no_errors(page)
    _screenshot(page, screenshots_dir, "library-links-en")


def test_an_uploaded_archive_offers_its_articles_and_names_what_it_left_out(
    page: Any, intake_url: tuple[str, str, Path], screenshots_dir: Path
) -> None:
    base, _, _ = intake_url
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "bai-viet/2023/hau-giang.txt", "Hậu Giang số hóa hồ sơ\nNăm 2023, tỉnh số hóa 95% hồ sơ."
        )
        archive.writestr(
            "bai-viet/2024/quy-1/ca-mau.txt", "Cà Mau có 120 dịch vụ công\nNăm 2024, tỉnh có 120 dịch vụ."
        )
        archive.writestr("../../ngoai.txt", "Năm 2022, bài ở ngoài.")
        archive.writestr("bai-viet/anh.png", b"\x89PNG\r\n\x1a\n")
    _open(page, base, "library")
    page.locator('input[type="file"]').set_input_files(
        [{"name": "tuyen-tap.zip", "mimeType": "application/zip", "buffer": buffer.getvalue()}]
    )
    page.get_by_text("Kiểm tra và sửa thông tin trước khi lưu").wait_for()
    _wait_until_idle(page)
    shown = page.locator('[data-testid="stMain"]').inner_text()
    assert "tuyen-tap.zip/../../ngoai.txt: đường dẫn trỏ ra ngoài tệp nén" in shown
    assert "tuyen-tap.zip/bai-viet/anh.png: định dạng .png" in shown
    _screenshot(page, screenshots_dir, "library-archive-review")
