"""The scope filter in a real browser: a province's article joins the corpus; under the national scope
(the default) its list and figure are absent from Priorities and Compare, under "all" they are there,
each saying whose it is. Screenshots of Compare in both languages go to tests/artifacts/screenshots/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import run_dashboard
from tests.e2e.test_browser import MAIN, _assert_no_errors, _open, _screenshot, _title, _wait_until_idle

pytestmark = pytest.mark.browser
PASSAGES = Path(__file__).resolve().parents[1] / "fixtures" / "scope" / "dev"


@pytest.fixture(scope="module")
def province_url(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    """The dashboard on the seeds and Quảng Trị's portal article ("Năm 2026, tỉnh xác định 5 nhiệm vụ",
    "1.120 Tổ công nghệ số cộng đồng")."""
    folder = tmp_path_factory.mktemp("province-articles")
    shutil.copy(PASSAGES / "d02_quang_tri_nhiem_vu_2026.txt", folder)
    with run_dashboard(tmp_path_factory.mktemp("scope"), env_extra={"DXPOLICY_CORPUS": str(folder)}) as base:
        yield base


def _main_text(page: Any) -> str:
    return page.locator(MAIN).inner_text()


def _unfold(page: Any) -> None:
    """Open every folded list and figure column, as a reader checking the details would."""
    for summary in page.locator(f"{MAIN} details summary").all():
        summary.click()
    _wait_until_idle(page)


def test_national_scope_leaves_the_province_out(page: Any, province_url: str, screenshots_dir: Path) -> None:
    _open(page, province_url, "priorities")
    _assert_no_errors(page)
    assert _title(page) == "Ưu tiên 2022–2024"  # no 2026 column from the province's list
    _open(page, province_url, "compare?cmp=2023&cmp=2024")
    _assert_no_errors(page)
    text = _main_text(page)
    assert text.index("Thay đổi giữa các năm") < text.index("Chi tiết từng năm")  # the answer first
    _screenshot(page, screenshots_dir, "scope_compare_national_vi")
    _unfold(page)
    text = _main_text(page)
    assert "1.120" not in text and "Quảng Trị" not in text
    assert " — " in text  # each figure with its label


def test_all_scopes_show_the_province_with_its_name(
    page: Any, province_url: str, screenshots_dir: Path
) -> None:
    _open(page, province_url, "priorities?scope=all")
    _assert_no_errors(page)
    assert _title(page) == "Ưu tiên 2022–2026"
    _open(page, province_url, "compare?scope=all&cmp=2024&cmp=2026")
    _assert_no_errors(page)
    _unfold(page)
    text = _main_text(page)
    assert "1.120" in text
    assert "Tỉnh, thành phố: Quảng Trị" in text  # whose the list and the figure are
    _screenshot(page, screenshots_dir, "scope_compare_all_vi")


def test_english_and_the_scope_survive_moving_between_pages(
    page: Any, province_url: str, screenshots_dir: Path
) -> None:
    _open(page, province_url, "compare?lang=en&scope=all&cmp=2024&cmp=2026")
    _assert_no_errors(page)
    assert _title(page) == "Compare years"
    _unfold(page)
    assert "Province: Quảng Trị" in _main_text(page)
    _screenshot(page, screenshots_dir, "scope_compare_all_en")
    page.locator('[data-testid="stSidebarNav"] a', has_text="Timeline").first.click()
    _wait_until_idle(page)
    assert _title(page) == "Timeline"
    assert "lang=English" in page.url and "scope=all" in page.url


@pytest.mark.parametrize("language", ["vi", "en"])
def test_tables_wrap_and_keep_their_key_columns(
    page: Any, province_url: str, screenshots_dir: Path, language: str
) -> None:
    lang = "&lang=English" if language == "en" else ""
    _open(page, province_url, f"explore?q=d%E1%BB%AF+li%E1%BB%87u{lang}")
    _assert_no_errors(page)
    _screenshot(page, screenshots_dir, f"scope_explore_{language}")
    grid = page.locator(f'{MAIN} [data-testid="stDataFrame"]').first
    # the grid is drawn on a canvas; its accessible copy (built a moment later) lists the columns drawn
    year, article = ("Năm", "Bài viết") if language == "vi" else ("Year", "Article")
    for column in (year, article):  # on screen at 1600 px, not scrolled off
        grid.locator("th", has_text=column).first.wait_for(state="attached", timeout=10_000)
    _open(page, province_url, f"priorities?scope=all{lang}")
    _assert_no_errors(page)
    page.locator(f'{MAIN} [data-testid="stDataFrame"]').first.wait_for()
    _screenshot(page, screenshots_dir, f"scope_priorities_all_{language}")
