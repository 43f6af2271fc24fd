"""Waits on a condition the browser polls (the script idle, the charts drawn), never a fixed time:
a fixed wait is too short on a busy machine and wasted on a quiet one.

Shared by the browser tests and ``benchmarks/browser.py``.
"""

from __future__ import annotations

from typing import Any

# The first page load runs the whole NLP (underthesea model load included), so waits are generous.
RUN_TIMEOUT_MS = 300_000
RENDER_TIMEOUT_MS = 60_000

# Streamlit's own markers: connected, no script running, no "Running…" widget, a page title drawn.
IDLE_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return Boolean(app)
        && app.dataset.testConnectionState === 'CONNECTED'
        && app.dataset.testScriptState === 'notRunning'
        && !document.querySelector('[data-testid="stStatusWidget"]')
        && Boolean(document.querySelector('[data-testid="stMain"] h1'));
}"""


def _settled_js(idle_js: str, quiet_ms: int) -> str:
    """Idle, and idle for ``quiet_ms`` without interruption: bound widgets and URL writes may
    trigger a rerun just after the first one ends."""
    return f"""() => {{
        if (!({idle_js})()) {{ window.__dxIdleSince = 0; return false; }}
        window.__dxIdleSince = window.__dxIdleSince || performance.now();
        return performance.now() - window.__dxIdleSince > {quiet_ms};
    }}"""


# Every visible plotly chart drawn (a layout, some text) at its container's width (plotly lays a
# chart out again once its container settles), at least ``count`` of them, and the same shapes at
# two polls in a row, so that a chart being redrawn is not measured half-way.
_CHARTS_DRAWN_JS = """(count) => {
    const charts = Array.from(document.querySelectorAll('.js-plotly-plot'))
        .filter((el) => el.getBoundingClientRect().width > 0);
    const drawn = charts.filter((el) => el._fullLayout && el.querySelector('.main-svg text')
        && Math.abs(el._fullLayout.width - el.getBoundingClientRect().width) < 2);
    if (drawn.length < Math.max(count, charts.length)) { window.__dxCharts = ''; return false; }
    const shape = JSON.stringify(drawn.map((el) => {
        const box = el.getBoundingClientRect();
        return [Math.round(box.width), Math.round(box.height), el.querySelectorAll('.main-svg text').length];
    }));
    const same = window.__dxCharts === shape;
    window.__dxCharts = shape;
    return same;
}"""


def wait_until_idle(
    page: Any, timeout_ms: int = RUN_TIMEOUT_MS, *, idle_js: str = IDLE_JS, quiet_ms: int = 600
) -> None:
    """Wait until the script has finished and stays finished for ``quiet_ms`` (``idle_js`` says
    what finished means)."""
    page.evaluate("() => { window.__dxIdleSince = 0; }")
    page.wait_for_function(_settled_js(idle_js, quiet_ms), timeout=timeout_ms, polling=100)


def wait_for_charts_drawn(page: Any, *, count: int = 1, timeout_ms: int = RENDER_TIMEOUT_MS) -> None:
    """Wait until at least ``count`` plotly charts, and every visible one, are drawn at their
    container's size and no longer change."""
    page.evaluate("() => { window.__dxCharts = ''; }")
    page.wait_for_function(_CHARTS_DRAWN_JS, arg=count, timeout=timeout_ms, polling=150)
