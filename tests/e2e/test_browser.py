"""Every dashboard page in a real headless Chromium: it renders, without errors, with its key content.

Run with ``python -m pytest tests/e2e -q -s`` (``-s`` prints where the screenshots went). Full-page
screenshots are saved to ``tests/artifacts/screenshots/<page>.png``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from dashboard.widgets import WRAPPED_ROW_HEIGHT
from tests.e2e.waits import RENDER_TIMEOUT_MS
from tests.e2e.waits import wait_until_idle as _wait_until_idle

pytestmark = pytest.mark.browser

MAIN = '[data-testid="stMain"]'

# Each plotly chart on the page, with its traces and how many points each trace carries.
_PLOTLY_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map((el) => {
    const size = (value) => {
        if (value == null) return 0;
        if (typeof value.length === 'number') return value.length;
        if (value.bdata) return 1;  // a base64 typed array that plotly has not decoded in place
        return 0;
    };
    const traces = (el._fullData && el._fullData.length ? el._fullData : el.data) || [];
    return {
        traces: (el.data || []).length,
        types: traces.map((t) => t.type),
        points: traces.map((t) => Math.max(
            size(t.x), size(t.y), size(t.z), size(t.values),
            size(t.node && t.node.label), size(t.link && t.link.value))),
    };
})"""


def _open(page: Any, base: str, path: str) -> None:
    page.goto(f"{base}/{path}", wait_until="domcontentloaded")
    _wait_until_idle(page)


def _title(page: Any) -> str:
    return page.locator(f"{MAIN} h1").first.inner_text().strip()


def _assert_no_errors(page: Any) -> None:
    exceptions = page.locator('[data-testid="stException"]')
    assert exceptions.count() == 0, f"exception shown: {exceptions.first.inner_text()}"
    assert page.get_by_text("Traceback").count() == 0, "a traceback is shown on the page"
    dialogs = page.locator('[role="dialog"]').filter(has_text="Page not found")
    assert dialogs.count() == 0, "Streamlit says the page does not exist"
    for kind in ("Error", "Warning"):
        alerts = page.locator(f'[data-testid="stAlertContent{kind}"]')
        shown = [alerts.nth(i).inner_text() for i in range(alerts.count())]
        assert not shown, f"{kind.lower()} message(s) shown: {shown}"


def _plotly_charts(page: Any, count: int = 1) -> list[dict[str, Any]]:
    """Wait until at least ``count`` plotly charts have traces with points; return their summary."""
    page.wait_for_function(
        f"() => ({_PLOTLY_JS})().filter((c) => c.traces > 0 && c.points.some((n) => n > 0))"
        f".length >= {count}",
        timeout=RENDER_TIMEOUT_MS,
    )
    return page.evaluate(_PLOTLY_JS)


def _screenshot(page: Any, directory: Path, name: str) -> Path:
    """A full-page screenshot; the viewport is grown first in case the app scrolls inside a container."""
    height = page.evaluate(
        """() => Math.max(document.documentElement.scrollHeight, ...Array.from(document.querySelectorAll(
            '[data-testid="stMain"], [data-testid="stAppViewContainer"], [data-testid="stSidebarContent"]'
        )).map((el) => el.scrollHeight))"""
    )
    viewport = page.viewport_size
    tall = min(max(viewport["height"], height), 12_000)
    page.set_viewport_size({"width": viewport["width"], "height": tall})
    _wait_for_charts_laid_out(page)
    path = directory / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)
    print(f"\nscreenshot: {path}")
    return path


def _wait_for_charts_laid_out(page: Any) -> None:
    """Every plotly chart as wide as its container (it re-lays out after a resize)."""
    page.wait_for_function(
        """() => Array.from(document.querySelectorAll('.js-plotly-plot')).every((el) => {
            const svg = el.querySelector('.main-svg');
            return !svg || Math.abs(svg.getBoundingClientRect().width - el.getBoundingClientRect().width) < 2;
        })""",
        timeout=RENDER_TIMEOUT_MS,
    )


def _grid_rows(page: Any, index: int = 0) -> int:
    """Data rows of the ``index``-th dataframe in the main area, from the grid's accessible table
    (the cells themselves are drawn on a canvas)."""
    grid = page.locator(f'{MAIN} [data-testid="stDataFrame"]').nth(index).locator('table[role="grid"]')
    grid.wait_for(state="attached", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function(
        "(grid) => Number(grid.getAttribute('aria-rowcount')) > 1",
        arg=grid.element_handle(),
        timeout=RENDER_TIMEOUT_MS,
    )
    return int(grid.get_attribute("aria-rowcount")) - 1  # the header row is counted too


def _year_headers(page: Any, count: int) -> list[str]:
    # each year's column is headed by a subheader, under the summary of what changed
    years = page.locator(f"{MAIN} h3").filter(has_text=re.compile(r"^\d{4}$"))
    expect(years).to_have_count(count, timeout=RENDER_TIMEOUT_MS)
    headers = page.locator(f"{MAIN} h3")
    texts = [headers.nth(i).inner_text().strip() for i in range(headers.count())]
    return [text for text in texts if re.fullmatch(r"\d{4}", text)]


def test_overview(page: Any, dashboard_url: str, screenshots_dir: Path) -> None:
    # The default page is served at the root: Streamlit answers /overview with a "Page not found"
    # dialog (then runs the default page anyway), so the overview is visited at /.
    _open(page, dashboard_url, "")
    assert _title(page) == "Tổng quan"
    _assert_no_errors(page)
    values = page.locator(".figure-card .figure-value")
    # Streamlit draws some elements (metrics, HTML) a moment after the script has finished
    expect(values).to_have_count(4, timeout=RENDER_TIMEOUT_MS)
    texts = [values.nth(i).inner_text().strip() for i in range(values.count())]
    # the national results lead; the provinces an online event reached are no key figure
    assert set(texts[:2]) == {"hơn 80.000 tổ", "gần 380.000 thành viên"}, texts
    assert not any(text.startswith("63 ") for text in texts), texts
    # each card quotes its article around the number, the number in bold as the sentence writes it
    excerpts = page.locator(".figure-card .figure-excerpt")
    expect(excerpts).to_have_count(4, timeout=RENDER_TIMEOUT_MS)
    for index, text in enumerate(texts):
        number = excerpts.nth(index).locator("b").inner_text().strip()
        assert re.sub(r"\D", "", number) == re.sub(r"\D", "", text), (number, text)
        assert len(excerpts.nth(index).inner_text().split()) > len(number.split())
    _plotly_charts(page)
    assert _grid_rows(page) >= 5  # one row per seed article
    _screenshot(page, screenshots_dir, "overview")


def test_language_round_trips_through_the_url(
    page: Any, browser: Any, dashboard_url: str, screenshots_dir: Path
) -> None:
    _open(page, dashboard_url, "")
    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
    page.wait_for_function("() => new URL(location.href).searchParams.has('lang')", timeout=RENDER_TIMEOUT_MS)
    _wait_until_idle(page)
    assert _title(page) == "Overview"
    shared = page.url  # what a user would copy: it holds the control's label, ?lang=English
    # a new session (another browser context) opened on the shared link shows the same view
    other = browser.new_context(viewport=page.viewport_size)
    try:
        fresh = other.new_page()
        fresh.goto(shared, wait_until="domcontentloaded")
        _wait_until_idle(fresh)
        assert _title(fresh) == "Overview", shared
        _assert_no_errors(fresh)
        _screenshot(fresh, screenshots_dir, "overview_en")
    finally:
        other.close()


def test_overview_in_english_from_a_typed_link(page: Any, dashboard_url: str) -> None:
    # Bound widgets carry their option label in the URL, so the documented form is ?lang=English.
    _open(page, dashboard_url, "?lang=English")
    assert _title(page) == "Overview"


def test_themes(page: Any, dashboard_url: str, screenshots_dir: Path) -> None:
    _open(page, dashboard_url, "themes")
    assert _title(page) == "Chủ đề theo năm"
    _assert_no_errors(page)
    cloud = page.locator(f"{MAIN} .dx-wordcloud img")
    cloud.first.wait_for(state="visible", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function(
        "(img) => img.complete && img.naturalWidth > 0",
        arg=cloud.first.element_handle(),
        timeout=RENDER_TIMEOUT_MS,
    )
    charts = _plotly_charts(page, count=2)  # distinctive terms bar and term trends
    assert all(chart["traces"] >= 1 for chart in charts), charts
    _screenshot(page, screenshots_dir, "themes")


def test_compare(page: Any, dashboard_url: str, screenshots_dir: Path) -> None:
    _open(page, dashboard_url, "compare")
    assert _title(page) == "So sánh các năm"
    _assert_no_errors(page)
    assert _year_headers(page, 3) == ["2022", "2023", "2024"]
    _screenshot(page, screenshots_dir, "compare")


def test_compare_two_years_from_url(page: Any, dashboard_url: str, screenshots_dir: Path) -> None:
    # bind="query-params" stores a multiselect as repeated parameters: ?cmp=2023&cmp=2024
    _open(page, dashboard_url, "compare?cmp=2023&cmp=2024")
    assert _title(page) == "So sánh các năm"
    _assert_no_errors(page)
    assert _year_headers(page, 2) == ["2023", "2024"]
    assert "cmp=2023" in page.url and "cmp=2024" in page.url, page.url
    _screenshot(page, screenshots_dir, "compare_2023_2024")


def test_priorities(page: Any, dashboard_url: str, screenshots_dir: Path) -> None:
    _open(page, dashboard_url, "priorities")
    assert _title(page) == "Ưu tiên 2022–2024"
    _assert_no_errors(page)
    charts = _plotly_charts(page, count=2)  # the heatmap and the carry-over chart, drawn in either order
    heatmaps = [c for c in charts if "heatmap" in c["types"]]
    assert heatmaps and max(heatmaps[0]["points"]) > 0, charts
    _screenshot(page, screenshots_dir, "priorities")


def test_timeline(page: Any, dashboard_url: str, screenshots_dir: Path) -> None:
    _open(page, dashboard_url, "timeline")
    assert _title(page) == "Dòng thời gian"
    _assert_no_errors(page)
    _plotly_charts(page, count=1)
    assert _grid_rows(page) >= 1
    _screenshot(page, screenshots_dir, "timeline")


def test_explore(page: Any, dashboard_url: str, screenshots_dir: Path) -> None:
    _open(page, dashboard_url, f"explore?q={quote('dữ liệu số')}")
    assert _title(page) == "Tra cứu"
    _assert_no_errors(page)
    expect(page.locator(f'{MAIN} [data-testid="stTextInput"] input').first).to_have_value("dữ liệu số")
    # hits, occurrences per year and neighbours: the hits grid is the first
    expect(page.locator(f'{MAIN} [data-testid="stDataFrame"]')).to_have_count(3, timeout=RENDER_TIMEOUT_MS)
    assert _grid_rows(page) >= 1, "the hits table has no rows"
    hits_grid = page.locator(f'{MAIN} [data-testid="stDataFrame"]').first
    # The keyword column's position depends on whether the grid shows a row-selection column.
    first_row = [hits_grid.locator(f'[data-testid="glide-cell-{column}-0"]').first for column in range(6)]
    cells = [cell.text_content().strip().lower() for cell in first_row if cell.count()]
    assert "dữ liệu số" in cells, cells
    marks = page.locator(f"{MAIN} mark")
    expect(marks.first).to_have_text("dữ liệu số", ignore_case=True, timeout=RENDER_TIMEOUT_MS)
    _screenshot(page, screenshots_dir, "explore")


def test_source_link_opens_its_article_in_the_reader(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "explore")
    first_article = page.locator(f"{MAIN} h3").last.inner_text().strip()  # the reader's default
    _open(page, dashboard_url, "")
    popovers = page.locator(f'{MAIN} [data-testid="stPopover"]')
    target = None
    for index in range(popovers.count()):
        popovers.nth(index).locator("button").first.click()
        link = page.locator('[data-testid="stPopoverBody"] a').first
        link.wait_for(state="visible")
        text, href = link.inner_text().strip(), link.get_attribute("href")
        page.keyboard.press("Escape")
        link.wait_for(state="hidden")
        if not text.startswith(first_article):
            target = (text, href)
            break
    assert target is not None, "no source popover links to an article other than the reader's default"
    text, href = target
    _open(page, dashboard_url, href)
    _assert_no_errors(page)
    assert _title(page) == "Tra cứu"
    shown = page.locator(f"{MAIN} h3").last.inner_text().strip()
    assert text.startswith(shown), f"{href} opened {shown!r}, not {text!r}"


def test_picking_a_search_hit_opens_its_article_in_the_reader(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, f"explore?q={quote('dữ liệu số')}")
    reader_heading = page.locator(f"{MAIN} h3").last
    expect(reader_heading).to_have_text("Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi")
    assert _grid_rows(page) >= 6  # the grid is drawn (it appears after the script ends)
    grid = page.locator(f'{MAIN} [data-testid="stDataFrame"]').first
    expect(grid).to_be_visible()
    box = grid.bounding_box()
    # Hits are in corpus order: rows 1–5 come from the 2023 article, row 6 from 001 (2024). The rows
    # are tall enough to wrap a sentence (issue 16), under a header of the usual height.
    header, row_height = 35, WRAPPED_ROW_HEIGHT
    page.mouse.click(box["x"] + 16, box["y"] + header + row_height * 5 + row_height // 2)
    # the link names the article by its short key
    page.wait_for_function(
        "() => new URL(location.href).searchParams.get('doc') === '001'", timeout=RENDER_TIMEOUT_MS
    )
    _wait_until_idle(page)
    expect(reader_heading).to_have_text("Chuyển đổi số - Lựa chọn chiến lược phát triển")
    expect(page.locator(f"{MAIN} mark").first).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    _assert_no_errors(page)
