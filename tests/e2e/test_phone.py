"""The charts on a 390 px phone, measured in a real browser: no chart text runs past the chart's
edges or is set under 12 px, no legend covers a title, the timeline's event labels do not overlap,
and a tap on an event opens its source sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.test_browser import (
    MAIN,
    RENDER_TIMEOUT_MS,
    _assert_no_errors,
    _open,
    _screenshot,
    _wait_until_idle,
)
from tests.e2e.waits import wait_for_charts_drawn

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# The geometry of every plotly chart on the page, in viewport pixels: the chart's box, each SVG text
# that reaches past it, the legend's and the title's boxes, and the boxes of the labels drawn beside
# points (the timeline's event titles).
_GEOMETRY_JS = """() => {
    const rect = (node) => {
        const r = node.getBoundingClientRect();
        return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height};
    };
    const charts = document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot');
    return Array.from(charts).map((el) => {
        const box = rect(el);
        const texts = Array.from(el.querySelectorAll('.main-svg text'))
            .filter((t) => t.textContent.trim() && t.getBoundingClientRect().width > 0);
        const outside = texts.map((t) => ({text: t.textContent, ...rect(t)})).filter((r) =>
            r.left < box.left - 1 || r.right > box.right + 1
            || r.top < box.top - 1 || r.bottom > box.bottom + 1);
        const legend = el.querySelector('.legend');
        const title = el.querySelector('.gtitle');
        return {
            title: title ? title.textContent : '',
            box,
            texts: texts.length,
            outside,
            small: texts.map((t) => ({text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize)}))
                .filter((t) => t.size < 12),
            legend: legend && legend.getBoundingClientRect().width > 0 ? rect(legend) : null,
            titleBox: title ? rect(title) : null,
            labels: Array.from(el.querySelectorAll('.textpoint text'))
                .map((t) => ({text: t.textContent, ...rect(t)})),
        };
    });
}"""

# The viewport centre of the timeline marker whose date reads ``day``.
_EVENT_JS = """(day) => {
    const el = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
    const ya = el._fullLayout.yaxis, xa = el._fullLayout.xaxis, box = el.getBoundingClientRect();
    for (const trace of el._fullData) {
        const i = (trace.customdata || []).findIndex((c) => c[1] === day);
        if (i >= 0) return {x: box.left + xa._offset + xa.l2p(xa.d2c(trace.x[i])),
                            y: box.top + ya._offset + ya.l2p(ya.d2c(trace.y[i])),
                            title: trace.customdata[i][2]};
    }
    return null;
}"""


def _intersect(a: dict[str, float], b: dict[str, float], slack: float = 1.0) -> bool:
    return (
        a["left"] < b["right"] - slack
        and b["left"] < a["right"] - slack
        and a["top"] < b["bottom"] - slack
        and b["top"] < a["bottom"] - slack
    )


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    context.set_default_timeout(30_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def _geometry(page: Any, charts: int) -> list[dict[str, Any]]:
    wait_for_charts_drawn(page, count=charts, timeout_ms=RENDER_TIMEOUT_MS)
    return page.evaluate(_GEOMETRY_JS)


@pytest.mark.parametrize(
    ("path", "charts"),
    [("timeline", 1), ("timeline?lang=English", 1), ("themes", 2), ("themes?lang=English", 2)],
    ids=["timeline-vi", "timeline-en", "themes-vi", "themes-en"],
)
def test_chart_text_fits_a_phone(
    phone: Any, dashboard_url: str, screenshots_dir: Path, path: str, charts: int
) -> None:
    _open(phone, dashboard_url, path)
    _assert_no_errors(phone)
    geometry = _geometry(phone, charts)
    assert len(geometry) >= charts, geometry
    for chart in geometry:
        name = chart["title"]
        assert chart["texts"] > 3, f"{name}: the chart drew no text to measure"
        assert not chart["outside"], f"{name}: text past the chart's edges: {chart['outside'][:3]}"
        assert not chart["small"], f"{name}: text under 12 px: {chart['small'][:3]}"
        if chart["legend"] is not None and chart["titleBox"] is not None:
            assert not _intersect(chart["legend"], chart["titleBox"]), (
                f"{name}: the legend {chart['legend']} covers the title {chart['titleBox']}"
            )
        labels = chart["labels"]
        overlaps = [
            (first["text"], second["text"])
            for index, first in enumerate(labels)
            for second in labels[index + 1 :]
            if _intersect(first, second)
        ]
        assert not overlaps, f"{name}: labels drawn over each other: {overlaps[:3]}"
    timeline = [chart for chart in geometry if len(chart["labels"]) >= 5]
    if path.startswith("timeline"):
        assert timeline, "the timeline draws a label beside every event"
    _screenshot(phone, screenshots_dir, f"phone_{path.replace('?lang=', '_')}")


def test_tapping_an_event_on_a_phone_shows_its_source(phone: Any, dashboard_url: str) -> None:
    _open(phone, dashboard_url, "timeline")
    _geometry(phone, 1)
    phone.locator(f'{MAIN} [data-testid="stPlotlyChart"]').first.scroll_into_view_if_needed()
    point = phone.evaluate(_EVENT_JS, "24/04/2024")
    assert point and point["title"].startswith("Phiên họp lần thứ 8"), point
    assert 0 < point["x"] < PHONE["width"] and 0 < point["y"] < PHONE["height"], point
    phone.mouse.click(point["x"], point["y"])
    heading = phone.locator(f"{MAIN} h4").filter(has_text="Phiên họp lần thứ 8")
    expect(heading).to_have_count(1, timeout=RENDER_TIMEOUT_MS)
    _wait_until_idle(phone)
    expect(phone.locator(f"{MAIN} blockquote").first).to_contain_text(
        "chủ trì phiên họp lần thứ 8 của Ủy ban"
    )
    link = phone.locator(f"{MAIN} a").filter(has_text="Mở câu này trong bài")
    expect(link).to_have_count(1)
    assert "explore" in (link.get_attribute("href") or "")
    _assert_no_errors(phone)
