"""Presentation mode in a real headless Chromium at projector size (1280×720): every slide of the
story, reached with the arrow keys, with no text under 20 px, charts that fill the slide and, in
English, no Vietnamese outside what is marked as verbatim (``lang="vi"``).

Screenshots of each slide are saved to ``tests/artifacts/screenshots/present-<lang>-NN.png``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlparse

import pytest

from tests.e2e.waits import RUN_TIMEOUT_MS, wait_for_charts_drawn, wait_until_idle

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1280, "height": 720}
MAIN = '[data-testid="stMain"]'
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
SEED_OUTLETS = ("VOV5", "nongnghiep.vn", "vietnamnet.vn", "PLVN")

_IDLE_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return Boolean(app)
        && app.dataset.testConnectionState === 'CONNECTED'
        && app.dataset.testScriptState === 'notRunning'
        && Boolean(document.querySelector('[data-testid="stMain"] h1'));
}"""

# Visible text of the main area: [text, font size in px, inside a lang="vi" element, tag].
_TEXT_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const found = [];
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const text = node.textContent.trim();
        const element = node.parentElement;
        if (!text || !element || element.closest('style, script, [data-testid="stTooltipContent"]')) continue;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const shown = style.display !== 'none' && style.visibility !== 'hidden';
        if (!shown || box.width === 0 || box.height === 0) continue;
        if (element.closest('.hoverlayer, .modebar')) continue;  // plotly's hover and toolbar layers
        // the folded speaker notes: only their label shows until opened
        if (element.closest('details:not([open])') && !element.closest('summary')) continue;
        const inNav = Boolean(element.closest('.st-key-slide_nav'));
        const verbatim = Boolean(element.closest('[lang="vi"]'));
        found.push([text, parseFloat(style.fontSize), verbatim, element.tagName, inNav ? 0 : box.bottom]);
    }
    return found;
}"""

# Each plotly chart on screen: its box, and whether its traces hold points (a slide may also send a
# phone's layout of a chart, hidden by the style sheet at this width).
_CHARTS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
    .filter((el) => el.getClientRects().length > 0).map((el) => {
    const box = el.getBoundingClientRect();
    const data = el._fullData || el.data || [];
    return {width: box.width, height: box.height, top: box.top, bottom: box.bottom,
            points: data.reduce((n, t) => n + ((t.y && t.y.length) || (t.z && t.z.length) || 0), 0)};
})"""


def _wait_until_idle(page: Any) -> None:
    # this page's own idle markers (_IDLE_JS above), settled as every page's are
    wait_until_idle(page, RUN_TIMEOUT_MS, idle_js=_IDLE_JS)


def _query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def _title(page: Any) -> str:
    return page.locator(f"{MAIN} h1").first.inner_text().strip()


def _wait_for_slide(page: Any, number: int) -> None:
    page.wait_for_function(
        f"() => new URLSearchParams(location.search).get('slide') === '{number}'", timeout=60_000
    )
    _wait_until_idle(page)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_slide_reads_from_the_back_of_the_room(
    browser: Any, dashboard_url: str, screenshots_dir: Path, language: str
) -> None:
    context = browser.new_context(viewport=PROJECTOR, locale="vi-VN")
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        lang = quote(LANGUAGES[language])
        page.goto(f"{dashboard_url}/?lang={lang}&present=1&slide=1", wait_until="domcontentloaded")
        _wait_until_idle(page)
        counter = page.locator(".slide-counter").inner_text()
        total = int(re.search(r"(\d+)\D*$", counter).group(1))
        assert total >= 8, counter
        titles = []
        for number in range(1, total + 1):
            if number > 1:
                page.locator("body").press("ArrowRight")  # the next button's keyboard shortcut
                _wait_for_slide(page, number)
            query = _query(page)
            # the default language leaves the URL, as every bound widget at its default does
            assert query["present"] == ["1"] and query.get("lang", [LANGUAGES["vi"]]) == [LANGUAGES[language]]
            # charts finish drawing before the screenshot
            page.wait_for_function(f"() => ({_CHARTS_JS})().every((c) => c.points > 0)", timeout=60_000)
            if page.evaluate(_CHARTS_JS):
                wait_for_charts_drawn(page)
            page.screenshot(path=str(screenshots_dir / f"present-{language}-{number:02d}.png"))
            titles.append(_title(page))

            assert not page.locator('[data-testid="stSidebar"]').is_visible()
            assert not page.locator('[data-testid="stHeader"]').is_visible()
            assert page.locator('[data-testid="stException"]').count() == 0
            texts = page.evaluate(_TEXT_JS)
            small = [(text, size, tag) for text, size, _, tag, _ in texts if size < 20]
            assert not small, (number, titles[-1], small)
            charts = page.evaluate(_CHARTS_JS)
            assert charts or not page.locator(".js-plotly-plot").count(), (number, "every chart is hidden")
            for chart in charts:
                assert chart["width"] >= 0.45 * PROJECTOR["width"], (number, chart)
                assert chart["height"] >= 200 and chart["bottom"] <= PROJECTOR["height"], (number, chart)
            nav = page.locator(".st-key-slide_nav").bounding_box()
            assert nav and nav["y"] + nav["height"] <= PROJECTOR["height"] + 1  # the buttons stay on screen
            hidden = [(text, bottom) for text, _, _, _, bottom in texts if bottom > nav["y"] + 1]
            assert not hidden, (number, titles[-1], "text runs under the buttons", hidden)
            if language == "en":
                english = " ".join(t for t, _, verbatim, _, _ in texts if not verbatim)
                for outlet in SEED_OUTLETS:
                    english = english.replace(outlet, "")
                foreign = sorted({ch for ch in english if not ch.isascii()} - set("“”–—→·…←"))
                assert not foreign, (number, titles[-1], foreign, english[:300])
        # one slide per screen, in the story's order; Vietnamese titles keep their diacritics
        assert len(set(titles)) == total
        if language == "vi":
            # the findings first, then titles that state each slide's message
            assert titles[:5] == [
                "Chuyển đổi số quốc gia 2022–2024: 5 điểm chính",
                "5 bài viết từ 4 nguồn tin, 2022–2024",
                "Chủ đề năm 2022 do 1 bài viết nêu nguyên văn",
                "Chủ đề năm 2023 do 1 bài viết nêu nguyên văn",
                "Chủ đề năm 2024 do 1 bài viết nêu nguyên văn",
            ]
            assert "2023 → 2024: 5 ưu tiên mới, trọng tâm Quản trị số, Chính phủ số" in titles
        else:
            assert [title[:13] for title in titles[2:5]] == [
                "Theme of 2022",
                "Theme of 2023",
                "Theme of 2024",
            ]

        # back with the previous button, then out of presentation mode with the years and language kept
        page.get_by_role("button", name=re.compile("Trước|Previous")).click()
        _wait_for_slide(page, total - 1)
        page.get_by_role("button", name=re.compile("Thoát trình chiếu|Leave presentation")).click()
        page.wait_for_function("() => !new URLSearchParams(location.search).has('present')", timeout=60_000)
        _wait_until_idle(page)
        assert page.locator('[data-testid="stSidebar"]').is_visible()
        assert _query(page).get("lang", [LANGUAGES["vi"]]) == [LANGUAGES[language]]
    finally:
        context.close()


def test_a_link_opens_on_its_slide_with_the_chosen_years(browser: Any, dashboard_url: str) -> None:
    context = browser.new_context(viewport=PROJECTOR, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{dashboard_url}/?years=2023&years=2024&present=1&slide=3", wait_until="domcontentloaded")
        _wait_until_idle(page)
        assert _title(page).startswith("Chủ đề năm 2023")  # findings, corpus, then the first chosen year
        assert page.locator(".slide-counter").inner_text().startswith("Trang 3/")
        assert _query(page)["years"] == ["2023", "2024"]
    finally:
        context.close()
