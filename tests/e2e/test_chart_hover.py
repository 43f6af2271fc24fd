"""Article text in a plotly hover, as a reader sees it in headless Chromium: quotes, "&" and tags
show as written (no "&quot;", no bold, no link). The figure is the dashboard's own
(:func:`dashboard.charts.build_measure_series`), drawn by the plotly.js that ships with plotly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from analysis.present.figures import MeasureSeries, SeriesPoint
from dashboard.charts import build_measure_series

pytestmark = pytest.mark.browser

TITLE = 'Chỉ số "DTI" <b>đậm</b> & <a href="http://evil.example">bấm</a> &amp; &#60;'
UNIT = 'điểm "DTI"'


def test_measure_hover_shows_quotes_and_tags_literally(browser: Any, screenshots_dir: Path) -> None:
    points = (SeriesPoint(2022, 0.5, '0,5 "điểm"', "a", "s"), SeriesPoint(2024, 0.7, "0,7", "a", "s"))
    figure = build_measure_series(
        MeasureSeries(TITLE, UNIT, "index", points), language="vi", titles={"a": TITLE}
    )
    context = browser.new_context(viewport={"width": 900, "height": 600})
    try:
        page = context.new_page()
        page.set_content(figure.to_html(include_plotlyjs=True, full_html=True))
        page.wait_for_selector(".js-plotly-plot .scatterlayer .point")
        page.locator(".js-plotly-plot .scatterlayer .point").first.hover(force=True)
        hover = page.locator(".hoverlayer .hovertext")
        hover.wait_for()
        shown = hover.text_content()
        page.screenshot(path=str(screenshots_dir / "figures-hover-literal.png"))
        title = page.locator(".gtitle").text_content()
        axis = page.locator(".ytitle").text_content()
        bold = page.locator(".hoverlayer .hovertext tspan[style*='bold']").count()
        links = page.locator(".hoverlayer a, .gtitle a").count()
    finally:
        context.close()
    assert not any(entity in shown for entity in ("&quot;", "&lt;", "&gt;"))
    assert '2022: 0,5 "điểm"' in shown
    assert TITLE in shown  # the article's title, every character as written
    assert not any(entity in title + axis for entity in ("&quot;", "&lt;", "&gt;"))  # nor cut in two
    assert '"DTI"' in title and "</a>" in title and "&amp; &#60;" in title and UNIT in axis
    assert (bold, links) == (0, 0)
