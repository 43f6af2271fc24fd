"""In a real headless Chromium: article titles in the Figures chart's tooltip read as written (no
"&quot;"), and a link with a value the dashboard cannot use opens the default view with a notice.
Screenshots: ``figures-tooltip.png`` and ``bad-link-notice.png`` under tests/artifacts/screenshots."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analysis.present.i18n import translate
from tests.e2e.conftest import VIEWPORT, run_dashboard
from tests.e2e.test_browser import _assert_no_errors, _open, _plotly_charts, _wait_until_idle

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
# Two fixture articles hold the same measure in 2021 and 2025, so the Figures page draws it.
MEASURE_ARTICLES = ("committee_2021", "ndt_2025")
TITLE = 'Bài "trích dẫn" <b>đậm</b> & <i>nghiêng</i>'


@pytest.fixture(scope="module")
def titled_dashboard(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    """The dashboard on the seeds and, as the user's added articles, the two measure articles
    titled with quotes, tags and an ampersand."""
    workdir = tmp_path_factory.mktemp("titled")
    added = workdir / "user-articles"
    added.mkdir()
    for stem in MEASURE_ARTICLES:
        shutil.copy(ROOT / "tests" / "fixtures" / "articles" / f"{stem}.txt", added)
    sidecar = {stem: {"title": TITLE} for stem in MEASURE_ARTICLES}
    (added / "metadata.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    with run_dashboard(workdir) as base:
        yield base


@pytest.fixture
def wide_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=VIEWPORT, locale="vi-VN")
    context.set_default_timeout(60_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_figures_tooltip_shows_the_title_as_written(
    wide_page: Any, titled_dashboard: str, screenshots_dir: Path
) -> None:
    page = wide_page
    _open(page, titled_dashboard, "figures")
    _assert_no_errors(page)
    _plotly_charts(page)
    points = page.locator(".js-plotly-plot .scatterlayer .point")
    shown = []
    for index in range(points.count()):
        points.nth(index).scroll_into_view_if_needed()
        points.nth(index).hover(force=True)
        hover = page.locator(".hoverlayer .hovertext").first
        hover.wait_for()
        shown.append(hover.text_content())
        if TITLE in shown[-1]:
            page.screenshot(path=str(screenshots_dir / "figures-tooltip.png"))
    assert any(TITLE in text for text in shown), shown
    assert not any(entity in text for text in shown for entity in ("&quot;", "&lt;", "&gt;", "&amp;"))
    assert page.locator(".hoverlayer .hovertext tspan[style*='bold']").count() == 0


def test_a_bad_slide_in_a_link_shows_the_first_slide_and_a_notice(
    wide_page: Any, titled_dashboard: str, screenshots_dir: Path
) -> None:
    page = wide_page
    page.goto(f"{titled_dashboard}/?present=1&slide=%C2%B2", wait_until="domcontentloaded")
    toast = page.locator('[data-testid="stToast"]')
    toast.first.wait_for(timeout=300_000)
    text = toast.first.inner_text()
    page.screenshot(path=str(screenshots_dir / "bad-link-notice.png"))
    assert translate("link_value_ignored", "vi", name="slide") in text
    _wait_until_idle(page)
    assert page.locator(".slide-counter").first.inner_text().startswith("Trang 1/")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "slide=%C2%B2" not in page.url and "²" not in page.url
