"""Policies and targets in a real browser: click an instrument's bar, read its citing sentence, open it
in its article; the progress board drawn; screenshots in Vietnamese and English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.dashboard.test_instruments_page import ARTICLES
from tests.e2e.conftest import run_dashboard
from tests.e2e.test_browser import (
    MAIN,
    RENDER_TIMEOUT_MS,
    _assert_no_errors,
    _open,
    _plotly_charts,
    _screenshot,
    _title,
    _wait_until_idle,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def policies_url(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    """The dashboard on three short articles citing 411/QĐ-TTg, 57-NQ/TW and Đề án 06 (no seeds)."""
    folder = tmp_path_factory.mktemp("policies")
    articles = folder / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    env = {"DXPOLICY_CORPUS": str(articles), "DXPOLICY_NO_SEEDS": "1"}
    with run_dashboard(folder, env_extra=env) as base:
        yield base


def test_clicking_an_instrument_reaches_its_sentence(
    page: Any, policies_url: str, screenshots_dir: Path
) -> None:
    _open(page, policies_url, "policies")
    assert _title(page) == "Văn bản và mục tiêu"
    _assert_no_errors(page)
    charts = _plotly_charts(page, count=2)
    assert charts[0]["types"] == ["bar", "bar", "bar"]  # one colour per instrument cited
    _screenshot(page, screenshots_dir, "policies")
    # the 411/QĐ-TTg bar (one citation, in 2022), clicked where it is drawn
    traces = page.evaluate("() => document.querySelector('.js-plotly-plot').data.map((t) => t.name)")
    bar = page.locator(".js-plotly-plot").first.locator(".trace.bars").nth(traces.index("411/QĐ-TTg"))
    box = bar.locator("path").first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    _wait_until_idle(page)
    picked = page.locator(f"{MAIN} h4").first  # the picked instrument, named with its title
    expect(picked).to_contain_text("411/QĐ-TTg phê duyệt Chiến lược quốc gia", timeout=RENDER_TIMEOUT_MS)
    sentence = page.locator(f"{MAIN} blockquote").filter(has_text="Thực hiện Quyết định số 411/QĐ-TTg")
    expect(sentence.first).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    link = page.locator(f"{MAIN} a").filter(has_text="Kinh tế số năm 2022").first
    href = link.get_attribute("href")
    assert href and "doc=a_2022" in href
    _open(page, policies_url, href)
    _assert_no_errors(page)
    assert _title(page) == "Tra cứu"
    marked = page.locator(f"{MAIN} mark.dx-focus")  # the reader marks the sentence the link points at
    expect(marked).to_contain_text("Thực hiện Quyết định số 411/QĐ-TTg", timeout=RENDER_TIMEOUT_MS)


def test_policies_in_english(page: Any, policies_url: str, screenshots_dir: Path) -> None:
    _open(page, policies_url, "policies?lang=en")
    assert _title(page) == "Policies and targets"
    _assert_no_errors(page)
    _plotly_charts(page, count=2)
    expect(page.locator(MAIN)).to_contain_text("Progress against targets")
    expect(page.locator(MAIN)).to_contain_text("On track")
    _screenshot(page, screenshots_dir, "policies-en")
