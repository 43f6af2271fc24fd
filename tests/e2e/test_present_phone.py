"""Presentation mode on a 390×844 phone, in a real headless Chromium: every slide, in Vietnamese and
English, moved through with the Next button. The main area never scrolls sideways, no chart text runs
past its chart's box, no table cell clips its text, nothing runs off the screen's edges, the
navigation bar takes at most a fifth of the screen, and the slide's last line scrolls clear of it.
Turning the phone (or opening the same slide on a projector) gives the projector layout.

Screenshots: ``tests/artifacts/screenshots/present-phone-<lang>-NN.png``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.e2e.test_phone import _GEOMETRY_JS
from tests.e2e.test_present import LANGUAGES, PROJECTOR, _wait_for_slide, _wait_until_idle
from tests.e2e.waits import wait_for_charts_drawn

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
NAV = ".st-key-slide_nav"

# Sideways overflow: of the page, of the main area, of each table cell, and every visible line of
# text in the main area (outside plotly's SVG) measured against the screen's edges.
_LAYOUT_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const root = document.documentElement;
    const cells = Array.from(main.querySelectorAll('table td, table th'))
        .filter((cell) => cell.getClientRects().length && cell.textContent.trim())
        .map((cell) => {
            const box = cell.getBoundingClientRect();
            return {text: cell.textContent.trim().slice(0, 40), scroll: cell.scrollWidth,
                    client: cell.clientWidth, left: box.left, right: box.right};
        });
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const lines = [];
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const element = node.parentElement;
        if (!node.textContent.trim() || !element || element.closest('style, script, svg')) continue;
        // the folded speaker notes: only their label shows until opened
        if (element.closest('details:not([open])') && !element.closest('summary')) continue;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
            if (r.width === 0) continue;
            lines.push({text: node.textContent.trim().slice(0, 40), left: r.left, right: r.right,
                        top: r.top, bottom: r.bottom, size: parseFloat(style.fontSize),
                        nav: Boolean(element.closest('.st-key-slide_nav'))});
        }
    }
    return {pageScroll: root.scrollWidth, pageWidth: root.clientWidth,
            mainScroll: main.scrollWidth, mainWidth: main.clientWidth, cells, lines,
            charts: document.querySelectorAll('[data-testid="stPlotlyChart"]').length};
}"""

# Pairs of axis tick labels drawn over each other (a wrapped concept running into the next row's).
_TICK_OVERLAPS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
    .flatMap((el) => ['.xtick text', '.ytick text'].flatMap((selector) => {
        const boxes = Array.from(el.querySelectorAll(selector))
            .map((t) => ({text: t.textContent, box: t.getBoundingClientRect()}))
            .filter((t) => t.text.trim() && t.box.width > 0);
        return boxes.flatMap((a, i) => boxes.slice(i + 1)
            .filter((b) => a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1
                           && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1)
            .map((b) => [a.text, b.text]));
    }))"""

# Labels in the navigation bar that Streamlit cut short with an ellipsis.
_CUT_LABELS_JS = """() => Array.from(document.querySelectorAll('.st-key-slide_nav p'))
    .filter((p) => p.getClientRects().length && p.scrollWidth > p.clientWidth + 1)
    .map((p) => p.textContent)"""

_HEATMAP_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
    .some((el) => (el._fullData || []).some((trace) => trace.type === 'heatmap'))"""

_SCROLL_TO_END_JS = """() => {
    const scrollers = '[data-testid="stMain"], [data-testid="stAppViewContainer"]';
    for (const el of document.querySelectorAll(scrollers)) el.scrollTop = el.scrollHeight;
    window.scrollTo(0, document.documentElement.scrollHeight);
}"""

# Every scrolling area, and the page, at the end of its scroll.
_SCROLLED_TO_END_JS = """() => {
    const scrollers = '[data-testid="stMain"], [data-testid="stAppViewContainer"]';
    const root = document.documentElement;
    return Array.from(document.querySelectorAll(scrollers)).concat([root])
        .every((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1
                       || (el === root && window.scrollY + window.innerHeight >= root.scrollHeight - 1));
}"""

# The screen has the width it was turned to (the page has been laid out again).
_WIDTH_IS_JS = "(width) => window.innerWidth === width && document.documentElement.clientWidth <= width"


def _charts(page: Any) -> list[dict[str, Any]]:
    """The charts on screen (a layout hidden by the screen's width has a zero-width box)."""
    wait_for_charts_drawn(page)
    return [chart for chart in page.evaluate(_GEOMETRY_JS) if chart["box"]["width"] > 0]


def _assert_fits(page: Any, where: tuple[Any, ...], width: int) -> dict[str, Any]:
    layout = page.evaluate(_LAYOUT_JS)
    assert layout["pageScroll"] <= layout["pageWidth"] + 1, (where, "the page scrolls sideways", layout)
    assert layout["mainScroll"] <= layout["mainWidth"] + 1, (where, "the main area scrolls sideways", layout)
    clipped = [
        cell
        for cell in layout["cells"]
        if cell["scroll"] > cell["client"] + 1 or cell["right"] > width + 1 or cell["left"] < -1
    ]
    assert not clipped, (where, "table cells clip their text", clipped[:3])
    off = [line for line in layout["lines"] if line["left"] < -1 or line["right"] > width + 1]
    assert not off, (where, "text runs off the screen", off[:3])
    small = [line for line in layout["lines"] if line["size"] < 12]
    assert not small, (where, "text under 12 px", small[:3])
    if layout["charts"]:
        charts = _charts(page)
        assert charts, (where, "no chart is shown")
        for chart in charts:
            assert chart["texts"] > 3, (where, chart["title"], "the chart drew no text to measure")
            outside = chart["outside"]
            assert not outside, (where, chart["title"], "text past the chart's box", outside[:3])
            assert chart["box"]["left"] >= -1 and chart["box"]["right"] <= width + 1, (where, chart["box"])
        overlaps = page.evaluate(_TICK_OVERLAPS_JS)
        assert not overlaps, (where, "axis labels drawn over each other", overlaps[:3])
    return layout


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_slide_is_usable_on_a_phone(
    browser: Any, dashboard_url: str, screenshots_dir: Path, language: str
) -> None:
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        lang = quote(LANGUAGES[language])
        page.goto(f"{dashboard_url}/?lang={lang}&present=1&slide=1", wait_until="domcontentloaded")
        _wait_until_idle(page)
        total = int(re.search(r"(\d+)\D*$", page.locator(".slide-counter").inner_text()).group(1))
        assert total >= 8
        for number in range(1, total + 1):
            if number > 1:
                page.locator(f"{NAV} .st-key-slide_next button").tap()
                _wait_for_slide(page, number)
            title = page.locator('[data-testid="stMain"] h1').first.inner_text().strip()
            where = (language, number, title)
            assert page.locator('[data-testid="stException"]').count() == 0, where

            nav = page.locator(NAV).bounding_box()
            assert nav is not None, where
            assert nav["height"] <= 0.2 * PHONE["height"], (where, "the navigation bar is too tall", nav)
            assert nav["y"] >= 0 and nav["y"] + nav["height"] <= PHONE["height"] + 1, (where, nav)
            for key in ("slide_prev", "slide_next", "present_deck", "slide_leave"):
                button = page.locator(f"{NAV} .st-key-{key} button:visible").first.bounding_box()
                assert button and button["height"] >= 32 and button["width"] >= 32, (where, key, button)
                assert button["x"] >= 0 and button["x"] + button["width"] <= PHONE["width"] + 1, (where, key)
                top, bottom = nav["y"], nav["y"] + nav["height"]
                assert top - 1 <= button["y"] <= bottom - button["height"] + 1, (where, key)

            cut = page.evaluate(_CUT_LABELS_JS)
            assert not cut, (where, "button labels cut short", cut)
            _assert_fits(page, where, PHONE["width"])
            page.screenshot(path=str(screenshots_dir / f"present-phone-{language}-{number:02d}.png"))
            # the slide's last line can be scrolled clear of the fixed navigation bar
            page.evaluate(_SCROLL_TO_END_JS)
            page.wait_for_function(_SCROLLED_TO_END_JS)
            lines = [line for line in page.evaluate(_LAYOUT_JS)["lines"] if not line["nav"]]
            assert lines, where
            last = max(lines, key=lambda line: line["bottom"])
            assert last["bottom"] <= nav["y"] + 1, (where, "the slide ends under the buttons", last, nav)

            if page.evaluate(_HEATMAP_JS):  # the priority matrix: turned sideways, the projector layout
                page.set_viewport_size(PROJECTOR)
                page.wait_for_function(_WIDTH_IS_JS, arg=PROJECTOR["width"])
                wait_for_charts_drawn(page)
                _assert_fits(page, (*where, "projector"), PROJECTOR["width"])
                charts = _charts(page)
                assert len(charts) == 1 and charts[0]["box"]["width"] >= 0.45 * PROJECTOR["width"], where
                assert charts[0]["box"]["bottom"] <= PROJECTOR["height"], (where, charts)
                page.set_viewport_size(PHONE)
                page.wait_for_function(_WIDTH_IS_JS, arg=PHONE["width"])
                wait_for_charts_drawn(page)
    finally:
        context.close()
