"""An analyst's clicks in a real browser: every chart element that stands for text opens it,
numbers and dates read the interface language's way, and pages fit a phone and a projector."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.test_browser import MAIN, RENDER_TIMEOUT_MS, _assert_no_errors, _open, _title, _wait_until_idle

pytestmark = pytest.mark.browser

PAGES = ["", "themes", "compare", "priorities", "timeline", "explore"]
CHARTS = {"": 1, "themes": 2, "compare": 0, "priorities": 2, "timeline": 1, "explore": 0}

# The viewport centre of a heatmap cell, from plotly's own axes.
_CELL_JS = """([concept, year]) => {
    const el = Array.from(document.querySelectorAll('.js-plotly-plot'))
        .find((e) => (e.data || []).some((t) => t.type === 'heatmap'));
    const cells = el._fullData.find((t) => t.type === 'scatter');
    const i = cells.customdata.findIndex((c) => c[0] === concept && String(c[1]) === String(year));
    const xa = el._fullLayout.xaxis, ya = el._fullLayout.yaxis, box = el.getBoundingClientRect();
    return {x: box.left + xa._offset + xa.l2p(xa.d2c(cells.x[i])),
            y: box.top + ya._offset + ya.l2p(ya.d2c(cells.y[i]))};
}"""
# The viewport centre of the top bar of the distinctive-terms chart and its term.
_TOP_BAR_JS = """() => {
    const el = Array.from(document.querySelectorAll('.js-plotly-plot'))
        .find((e) => (e.data || []).some((t) => t.type === 'bar'));
    const bars = el.querySelectorAll('.trace.bars')[el._fullData.length - 1].querySelectorAll('.point path');
    const top = bars[bars.length - 1].getBoundingClientRect();
    const trace = el._fullData[el._fullData.length - 1];
    return {x: top.left + top.width / 2, y: top.top + top.height / 2, term: trace.y[trace.y.length - 1]};
}"""


def _ticks(page: Any, axis: str) -> list[str]:
    _charts_drawn(page)
    return page.evaluate(
        "(axis) => Array.from(document.querySelectorAll(`.js-plotly-plot .${axis}tick text`))"
        ".map((t) => t.textContent)",
        axis,
    )


def _charts_drawn(page: Any) -> None:
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).some((e) => e._fullData)",
        timeout=RENDER_TIMEOUT_MS,
    )


def test_clicking_a_heatmap_cell_opens_its_items(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "priorities")
    _charts_drawn(page)
    items = page.locator(f"{MAIN} h3").first
    expect(items).to_have_text("Các mục về «Dữ liệu số» năm 2024")  # opens on a stated cell
    for concept, year, heading in [
        ("digital_data", 2023, "Các mục về «Dữ liệu số» năm 2023"),
        ("online_public_services", 2022, "Các mục về «Dịch vụ công trực tuyến» năm 2022"),
    ]:
        point = page.evaluate(_CELL_JS, [concept, year])
        page.mouse.click(point["x"], point["y"])
        expect(items).to_have_text(heading, timeout=RENDER_TIMEOUT_MS)
        _wait_until_idle(page)
    assert parse_qs(urlsplit(page.url).query)["cell_year"] == ["2022"]
    _assert_no_errors(page)


def test_a_term_bar_opens_its_concordance(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "themes")
    _charts_drawn(page)
    bar = page.evaluate(_TOP_BAR_JS)
    assert bar["term"] == "kinh tế số"
    page.mouse.click(bar["x"], bar["y"])
    page.wait_for_url("**/explore?**", timeout=RENDER_TIMEOUT_MS)
    _wait_until_idle(page)
    assert _title(page) == "Tra cứu"
    expect(page.locator(f'{MAIN} [data-testid="stTextInput"] input').first).to_have_value("kinh tế số")
    expect(page.locator(f"{MAIN} mark").first).to_have_text(bar["term"], ignore_case=True)
    _assert_no_errors(page)
    # the bar was 2024's: the search is 2024's too (issue 16), and the link says so
    page.wait_for_function(
        "() => new URL(location.href).searchParams.getAll('years').join() === '2024'",
        timeout=RENDER_TIMEOUT_MS,
    )


def test_a_word_cloud_word_opens_its_concordance(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "themes")
    word = page.locator(f'{MAIN} .dx-wordcloud a[aria-label="phát triển"]')
    expect(word).to_have_count(1)
    box = word.bounding_box()
    assert box["width"] > 20 and box["height"] > 10, box  # a real target over the drawn word
    # A smaller word may be drawn in the gaps of a big one, its link on top there: click a point of
    # the word's box where its own link is what the pointer reaches, as a user aiming at it would.
    point = page.evaluate(
        """([label, left, top, width, height]) => {
            for (let fy = 0.5; fy > 0.05; fy -= 0.1) for (const sy of [1, -1])
              for (let fx = 0.5; fx > 0.05; fx -= 0.1) for (const sx of [1, -1]) {
                const x = left + width * (0.5 + sx * (0.5 - fx)), y = top + height * (0.5 + sy * (0.5 - fy));
                const hit = document.elementFromPoint(x, y);
                if (hit && hit.getAttribute("aria-label") === label) return [x, y];
              }
            return null;
        }""",
        ["phát triển", box["x"], box["y"], box["width"], box["height"]],
    )
    assert point, "no visible point of the word's box opens that word"
    page.mouse.click(*point)
    page.wait_for_url("**/explore?**", timeout=RENDER_TIMEOUT_MS)
    _wait_until_idle(page)
    expect(page.locator(f'{MAIN} [data-testid="stTextInput"] input').first).to_have_value("phát triển")
    _assert_no_errors(page)


def test_a_figure_source_opens_the_reader_at_its_sentence(page: Any, dashboard_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 720})
    _open(page, dashboard_url, "")
    page.locator(f'{MAIN} [data-testid="stPopover"] button').first.click()
    link = page.locator('[data-testid="stPopoverBody"] a').first
    href = link.get_attribute("href")
    query = parse_qs(urlsplit(href).query)
    assert set(query) >= {"doc", "s"} and len(query["doc"][0]) <= 24, href  # a key, not a title
    link.click()
    page.wait_for_url("**/explore?**", timeout=RENDER_TIMEOUT_MS)
    _wait_until_idle(page)
    focus = page.locator(f"{MAIN} #dx-focus")
    expect(focus).to_have_count(1)
    expect(focus).to_be_in_viewport(timeout=RENDER_TIMEOUT_MS)  # scrolled to the sentence
    _assert_no_errors(page)


def test_overview_path_and_unknown_pages_speak_the_interface_language(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "overview")
    assert _title(page) == "Tổng quan"
    _assert_no_errors(page)
    _open(page, dashboard_url, "khong-co-trang-nay?lang=English")
    assert _title(page) == "Overview"
    expect(page.locator('[data-testid="stAlertContentWarning"]')).to_contain_text("no such page")
    assert page.locator('[role="dialog"]').filter(has_text="Page not found").count() == 0


def test_english_mode_is_english(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "timeline?lang=English")
    assert _title(page) == "Timeline"
    expect(page).to_have_title("National digital transformation")
    with page.expect_download() as download:
        page.locator(f'{MAIN} [data-testid="stDownloadButton"] button').first.click()
    name = download.value.suggested_filename
    assert name.startswith("timeline_dxpolicy_") and name.endswith(".csv"), name
    # dates in the table and down the timeline's axis read the English way
    ticks = _ticks(page, "y")
    assert "Oct 10, 2022" in ticks and "Apr 24, 2024" in ticks, ticks


def test_vietnamese_numbers_and_dates(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "timeline")
    expect(page).to_have_title("Chuyển đổi số quốc gia")
    ticks = _ticks(page, "y")
    assert "10/10/2022" in ticks and "24/04/2024" in ticks, ticks  # never "Apr 24, 2024"


def test_a_filtered_link_is_short(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "?docs=003&docs=004")
    _wait_until_idle(page)
    assert len(page.url) < len(dashboard_url) + 60, page.url
    picker = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').nth(1)
    expect(picker).to_contain_text("4 ưu tiên chính của chuyển đổi số quốc gia năm 2024")
    expect(picker).to_contain_text("Phải có chiến lược chuyển đổi số quốc gia một cách bài bản")


@pytest.mark.parametrize("path", PAGES, ids=[p or "overview" for p in PAGES])
@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 720)], ids=["phone", "projector"])
@pytest.mark.parametrize("language", ["Tiếng Việt", "English"])
def test_pages_fit_without_clipping(
    browser: Any, dashboard_url: str, screenshots_dir: Path, path: str, width: int, height: int, language: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        separator = "&" if "?" in path else "?"
        _open(page, dashboard_url, f"{path}{separator}lang={quote(language)}")
        _assert_no_errors(page)
        # the checks below must see the charts drawn, or they could not fail
        page.wait_for_function(
            """(count) => Array.from(document.querySelectorAll('.js-plotly-plot'))
                .filter((el) => el._fullLayout && el.querySelector('.main-svg')).length >= count""",
            arg=CHARTS[path],
            timeout=RENDER_TIMEOUT_MS,
        )
        overflow = page.evaluate(
            "() => document.querySelector('[data-testid=\"stMain\"]').scrollWidth - window.innerWidth"
        )
        assert overflow <= 1, f"the page scrolls sideways by {overflow} px"
        clipped = page.evaluate(
            """() => Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap((el) => {
                const box = el.getBoundingClientRect();
                return Array.from(el.querySelectorAll('.ytick text, .xtick text, .gtitle'))
                    .map((t) => t.getBoundingClientRect())
                    .filter((r) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
                    .map((r) => [r.left, r.right, box.left, box.right]);
            })"""
        )
        assert not clipped, f"chart labels cut off at the chart's edges: {clipped[:3]}"
    finally:
        context.close()


def _toolbar_titles(page: Any) -> list[str]:
    page.wait_for_selector(f"{MAIN} .modebar-btn", state="attached", timeout=RENDER_TIMEOUT_MS)
    return page.eval_on_selector_all(
        f"{MAIN} .modebar-btn", "els => els.map((e) => e.getAttribute('data-title'))"
    )


def test_chart_toolbar_speaks_the_interface_language(page: Any, dashboard_url: str) -> None:
    _open(page, dashboard_url, "themes")
    titles = _toolbar_titles(page)
    assert {"Tải biểu đồ dạng ảnh PNG", "Phóng to", "Đặt lại trục"} <= set(titles), titles
    assert not {"Download plot as a PNG", "Zoom in", "Reset axes"} & set(titles), titles
    # switching the language redraws the toolbar in English, with no reload
    page.locator('[data-testid="stSidebar"] button', has_text="English").click()
    expect(page.locator(f"{MAIN} h1").first).to_have_text("Themes by year", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('.modebar-btn'))"
        ".some((e) => e.dataset.title === 'Zoom in')",
        timeout=RENDER_TIMEOUT_MS,
    )
    titles = _toolbar_titles(page)
    assert "Phóng to" not in titles and "Download plot as a PNG" in titles, titles
