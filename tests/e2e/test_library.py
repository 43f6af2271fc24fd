"""The library in a real browser: uploads land on every page at once, and article text, file
names and the URL are shown as inert text everywhere (no link, image or script can appear)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import pytest

from analysis.store import CorpusStore, add_files
from tests.e2e.conftest import run_dashboard
from tests.e2e.test_browser import MAIN, _assert_no_errors, _open, _screenshot, _wait_until_idle

pytestmark = pytest.mark.browser

EVIL = "evil.example"
HOSTILE_TITLE = (
    '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> '
    f"[bấm](http://{EVIL}/a) ![ảnh](http://{EVIL}/x.png) :red[đỏ] Hà Giang năm 2025"
)
HOSTILE_SENTENCE = (
    f"Ngày 10/10/2025, Hà Giang có hơn 1.000 tổ công nghệ số [bấm](http://{EVIL}/b) "
    f'<img src=x onerror="window.__pwned=3"> <script>window.__pwned=4</script> ![ảnh](http://{EVIL}/y.png) '
    ":red[đỏ] **đậm**."
)
HOSTILE_QUERY = (
    f'<img src=x onerror="window.__pwned=5"> [q](http://{EVIL}/q) ![q](http://{EVIL}/q.png) :red[q]'
)
NEW_ARTICLE = [
    "Cần Thơ công bố kế hoạch chuyển đổi số năm 2026",
    "Năm 2026, thành phố Cần Thơ đặt mục tiêu có 2.100 Tổ công nghệ số cộng đồng.",
]

# Anything an article could smuggle in: a link or resource pointing at the evil host, the "x"
# image of onerror, a script mentioning the flag, or the flag itself set by a running script.
_INJECTED_JS = f"""() => {{
    const found = [];
    for (const el of document.querySelectorAll('*')) {{
        for (const name of ['href', 'src', 'xlink:href', 'action', 'srcset']) {{
            const value = el.getAttribute(name);
            if (value && (value.includes('{EVIL}') || (name === 'src' && value === 'x'))) {{
                found.push(el.tagName + ' ' + name + '=' + value);
            }}
        }}
        if (el.tagName === 'SCRIPT' && el.textContent.includes('__pwned')) found.push('script');
    }}
    if (window.__pwned !== undefined) found.push('ran ' + window.__pwned);
    return found;
}}"""


@pytest.fixture(scope="module")
def library_url(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    """A dashboard whose store already holds an article full of markup, in its title and text."""
    workdir = tmp_path_factory.mktemp("library-dashboard")
    store = workdir / "corpus.sqlite3"
    with CorpusStore(store) as opened:
        article = f"{HOSTILE_TITLE}\n{HOSTILE_SENTENCE}\n"
        result = add_files(opened, [(f"<b>[x](http://{EVIL})</b>.txt", article.encode())])
        assert len(result.added) == 1
    with run_dashboard(workdir, store=store) as base:
        yield base


@pytest.fixture
def requests_to_evil(page: Any) -> list[str]:
    seen: list[str] = []
    page.on(
        "request",
        lambda request: seen.append(request.url) if urlparse(request.url).hostname == EVIL else None,
    )
    return seen


@pytest.mark.parametrize(
    "path",
    ["", "themes", "compare", "priorities", "timeline", f"explore?q={quote(HOSTILE_QUERY)}", "library"],
)
def test_text_from_articles_and_the_url_is_inert(
    page: Any, library_url: str, requests_to_evil: list[str], path: str
) -> None:
    _open(page, library_url, path)
    _assert_no_errors(page)
    assert page.evaluate(_INJECTED_JS) == []
    assert requests_to_evil == []


def test_the_reader_shows_the_markup_as_text(
    page: Any, library_url: str, requests_to_evil: list[str], screenshots_dir: Path
) -> None:
    _open(page, library_url, f"explore?q={quote(HOSTILE_QUERY)}")
    main = page.locator(MAIN)
    main.get_by_role("combobox").last.click()
    page.get_by_role("option").filter(has_text="Hà Giang năm 2025").first.click()
    _wait_until_idle(page)
    text = main.inner_text().replace("\u2060", "")  # the word joiner that stops Streamlit's autolinks
    assert f"[bấm](http://{EVIL}/b)" in text  # shown as written
    assert "<script>window.__pwned=4</script>" in text
    assert ":red[đỏ]" in text
    assert HOSTILE_QUERY in text  # the no-hits message repeats the query as text
    assert page.evaluate(_INJECTED_JS) == []
    assert requests_to_evil == []
    _screenshot(page, screenshots_dir, "explore-hostile")


def test_uploading_articles_updates_every_page_and_refuses_bad_files(
    page: Any, library_url: str, screenshots_dir: Path
) -> None:
    import docx

    word = docx.Document()
    for line in NEW_ARTICLE:
        word.add_paragraph(line)
    buffer = io.BytesIO()
    word.save(buffer)
    _open(page, library_url, "library")
    years = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    assert "2026" not in years.inner_text()
    page.locator('input[type="file"]').set_input_files(
        [
            {"name": "can-tho.docx", "mimeType": "application/octet-stream", "buffer": buffer.getvalue()},
            {"name": "anh.txt", "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n\x00\x00"},
        ]
    )
    page.get_by_text("Kiểm tra và sửa thông tin trước khi lưu").wait_for()
    _wait_until_idle(page)
    assert "anh.txt: là tệp nhị phân (PNG)" in page.locator(MAIN).inner_text()
    _screenshot(page, screenshots_dir, "library-review")
    page.get_by_role("button", name="Lưu vào kho").click()
    page.get_by_text("Đã lưu 1 bài viết").wait_for(timeout=120_000)
    _wait_until_idle(page)
    _assert_no_errors(page)
    # All years were selected, so the new year joins the filter in this very tab.
    assert "2026" in years.inner_text()
    _screenshot(page, screenshots_dir, "library")
    _open(page, library_url, "")
    assert (
        "2026" in [h.inner_text().strip() for h in page.locator(f"{MAIN} h3").all()]
        or "2026" in page.locator(MAIN).inner_text()
    )


def test_library_in_english(page: Any, library_url: str, screenshots_dir: Path) -> None:
    _open(page, library_url, "library?lang=English")
    _assert_no_errors(page)
    assert page.locator(f"{MAIN} h1").first.inner_text().strip() == "Your articles"
    assert "Added articles" in page.locator(MAIN).inner_text()
    _screenshot(page, screenshots_dir, "library-en")
