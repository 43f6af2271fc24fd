"""The library in a real browser: uploads land on every page at once, and article text, file
names and the URL are shown as inert text everywhere (no link, image or script can appear)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import pytest
from playwright.sync_api import expect

from analysis.intake import add_files
from analysis.store import CorpusStore
from tests.e2e.conftest import run_dashboard
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
def library_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dashboard's store file, already holding an article full of markup in its title and text."""
    store = tmp_path_factory.mktemp("library-dashboard") / "corpus.sqlite3"
    with CorpusStore(store) as opened:
        article = f"{HOSTILE_TITLE}\n{HOSTILE_SENTENCE}\n"
        result = add_files(opened, [(f"<b>[x](http://{EVIL})</b>.txt", article.encode())])
        assert len(result.added) == 1
    return store


@pytest.fixture(scope="module")
def library_url(library_store: Path, chromium_path: Path) -> Iterator[str]:
    """A dashboard on the seeds and ``library_store``."""
    with run_dashboard(library_store.parent, store=library_store) as base:
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
    # A new session's Overview counts it: the article is Cần Thơ's, so under the national scope it
    # has no theme heading, but the chart of articles per year (drawn, not just laid out) has 2026.
    _open(page, library_url, "")
    wait_for_charts_drawn(page)
    ticks = page.evaluate(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot .xtick text'), (t) => t.textContent)"
    )
    assert "2026" in ticks, ticks


def test_library_in_english(page: Any, library_url: str, screenshots_dir: Path) -> None:
    _open(page, library_url, "library?lang=English")
    _assert_no_errors(page)
    assert page.locator(f"{MAIN} h1").first.inner_text().strip() == "Your articles"
    assert "Added articles" in page.locator(MAIN).inner_text()
    _screenshot(page, screenshots_dir, "library-en")


# --- the uploader's own texts --------------------------------------------------------------------

# Every text a person sees in the uploader: text nodes with a non-empty box whose element is
# rendered (display, visibility, opacity), and the content of visible ::before/::after boxes.
# Material icon names ("upload") are glyphs, not words, and are left out.
_VISIBLE_TEXTS_JS = """(root) => {
    const seen = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        const element = node.parentElement;
        if (!node.textContent.trim() || element.closest('[data-testid="stIconMaterial"]')) continue;
        if (!element.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && box.height > 0) seen.push(node.textContent.trim());
    }
    for (const element of root.querySelectorAll('*')) {
        if (!element.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
        for (const pseudo of ['::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            const content = style.content;
            if (!content || content === 'none' || content === 'normal' || style.display === 'none') continue;
            seen.push(content.replace(/^"|"$/g, ''));
        }
    }
    return seen;
}"""

_DRAG_FILE_JS = """(zone) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'bai.txt', {type: 'text/plain'}));
    zone.dispatchEvent(new DragEvent('dragenter', {bubbles: true, cancelable: true, dataTransfer: transfer}));
}"""
_DROP_ZONE = '[data-testid="stFileUploaderDropzone"]'
# The reader's limits, each kept on one line by no-break spaces.
LIMITS = "3\xa0MB\xa0(TXT,\xa0MD) · 5\xa0MB\xa0(HTML,\xa0HTM) · 10\xa0MB\xa0(DOCX,\xa0PDF)"
_STREAMLIT_ENGLISH = ("Drag and drop", "Browse files", "Upload", "200MB", "per file •")


def _uploader_texts(page: Any) -> list[str]:
    """The uploader's visible texts once its own labels are drawn: the stylesheet that relabels it may land
    a moment after the uploader itself on a loaded machine (Streamlit's "Upload", "200MB per file" still
    showing), so they are read once Streamlit's label is gone, or as they are after the render timeout."""
    uploader = page.locator(f"{MAIN} [data-testid='stFileUploader']")
    for _ in range(RENDER_TIMEOUT_MS // 250):
        texts = uploader.evaluate(_VISIBLE_TEXTS_JS)
        if "Upload" not in texts and not any("200MB" in text for text in texts):
            return texts
        page.wait_for_timeout(250)
    return uploader.evaluate(_VISIBLE_TEXTS_JS)


def _dragging_texts(page: Any) -> tuple[list[str], str]:
    """The uploader's visible texts while a file is dragged over it, and its DOM text then."""
    zone = page.locator(f"{MAIN} {_DROP_ZONE}")
    zone.evaluate(_DRAG_FILE_JS)
    page.locator(f"{MAIN} {_DROP_ZONE} > div:not([data-testid])").wait_for()
    return _uploader_texts(page), zone.inner_html()


def test_the_uploader_speaks_vietnamese_and_its_button_still_uploads(
    page: Any, library_url: str, screenshots_dir: Path
) -> None:
    _open(page, library_url, "library")
    uploader = page.locator(f"{MAIN} [data-testid='stFileUploader']")
    # Streamlit's English texts are still in the page, only not shown: the check is on what is seen.
    assert "200MB per file" in uploader.inner_html()
    texts = _uploader_texts(page)
    shown = " | ".join(texts)
    assert "Chọn tệp" in texts
    assert "Kéo và thả tệp vào đây. Giới hạn mỗi tệp: " + LIMITS in texts
    for english in _STREAMLIT_ENGLISH:
        assert english not in shown, f"{english!r} is visible in the uploader: {shown}"
    _screenshot(page, screenshots_dir, "library-uploader-vi")

    dragging, dom = _dragging_texts(page)
    assert "Drag and drop files here" in dom
    assert "Thả tệp vào đây" in dragging
    assert not any("Drag and drop" in text for text in dragging), dragging

    # The localised button keeps its role and name, and opens the file chooser that uploads.
    page.reload(wait_until="domcontentloaded")
    _wait_until_idle(page)
    button = page.locator(MAIN).get_by_role("button", name="Chọn tệp", exact=True)
    assert button.is_visible()
    with page.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files(
        [{"name": "anh.txt", "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n\x00\x00"}]
    )
    page.get_by_text("anh.txt: là tệp nhị phân (PNG)").wait_for()


def test_the_uploader_speaks_english_in_english(page: Any, library_url: str, screenshots_dir: Path) -> None:
    _open(page, library_url, "library?lang=English")
    assert page.locator(f"{MAIN} h1").first.inner_text().strip() == "Your articles"
    texts = _uploader_texts(page)
    assert "Browse files" in texts
    assert "Drag and drop files here. Size limit per file: " + LIMITS in texts
    shown = " | ".join(texts)
    assert "200MB" not in shown and "Upload" not in texts  # Streamlit's wrong limit and its own label
    assert not any(ch in shown for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ"), shown
    assert page.locator(MAIN).get_by_role("button", name="Browse files", exact=True).is_visible()
    dragging, _ = _dragging_texts(page)
    assert "Drop files here" in dragging
    _screenshot(page, screenshots_dir, "library-uploader-en")


# --- editing and removing stored articles --------------------------------------------------------

EDIT_ARTICLE = (
    "Bình Dương số hóa hồ sơ hành chính\n"
    "Năm 2024, tỉnh Bình Dương số hóa 95% hồ sơ thủ tục hành chính và có 91 Tổ công nghệ số cộng đồng.\n"
)
REMOVE_ARTICLE = (
    "Lạng Sơn mở rộng thanh toán không dùng tiền mặt\n"
    "Năm 2023, Lạng Sơn có 120.000 tài khoản thanh toán điện tử mới tại các chợ biên giới.\n"
)


def _add_to_store(store: Path, name: str, text: str) -> str:
    with CorpusStore(store) as opened:
        (doc_id,) = add_files(opened, [(name, text.encode())]).added
    return doc_id


def _stored(store: Path) -> dict[str, Any]:
    with CorpusStore(store) as opened:
        return {document.id: document for document in opened.list_documents()}


def _choose(page: Any, label: str, doc_id: str) -> None:
    """Pick the article ``doc_id`` in the menu labelled ``label``, as a user would: type, then click."""
    combobox = page.locator(MAIN).get_by_role("combobox", name=label, exact=True)
    combobox.click()
    combobox.press_sequentially(doc_id)
    page.get_by_role("option").filter(has_text=f"· {doc_id}").first.click()
    combobox.press("Escape")  # a multiselect stays open, and sends its choice once closed
    _wait_until_idle(page)


def _open_menu(combobox: Any) -> list[str]:
    """The options of a menu, opened from the keyboard (a first click just after loading only focuses)."""
    combobox.click()
    combobox.press("ArrowDown")
    options = combobox.page.get_by_role("option")
    options.first.wait_for()
    texts = options.all_inner_texts()
    combobox.press("Escape")
    return texts


def _year_menu(page: Any) -> str:
    return page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.inner_text()


def test_editing_a_saved_article_checks_values_and_updates_every_page(
    page: Any, library_url: str, library_store: Path, screenshots_dir: Path
) -> None:
    doc_id = _add_to_store(library_store, "binh-duong.txt", EDIT_ARTICLE)
    try:
        _open(page, library_url, "library")
        assert "2019" not in _year_menu(page)
        _choose(page, "Bài cần sửa", doc_id)
        form = page.locator(f"{MAIN} [data-testid='stForm']")
        assert form.get_by_label("Năm", exact=True).input_value() == "2024"

        # Three bad values at once: each gets its message, the store is untouched, the typing stays.
        form.get_by_label("Tiêu đề", exact=True).fill("   ")
        form.get_by_label("Ngày đăng", exact=True).fill("31/12/2019")
        form.get_by_label("Năm", exact=True).fill("2200")
        form.get_by_role("button", name="Lưu thay đổi").click()
        _wait_until_idle(page)
        errors = page.locator('[data-testid="stAlertContentError"]')
        messages = " ".join(errors.nth(i).inner_text() for i in range(errors.count()))
        assert errors.count() == 3, messages
        assert f"{doc_id}: tiêu đề đang để trống" in messages
        assert "ngày đăng “31/12/2019” không hợp lệ; hãy nhập ngày dạng YYYY-MM-DD" in messages
        assert "năm “2200” không hợp lệ; hãy nhập một năm từ 1945 đến 2100" in messages
        assert messages.count("Chưa có gì thay đổi.") == 3
        assert form.get_by_label("Năm", exact=True).input_value() == "2200"
        unchanged = _stored(library_store)[doc_id]
        assert (unchanged.title, unchanged.year, unchanged.corrected) == (
            "Bình Dương số hóa hồ sơ hành chính",
            2024,
            (),
        )
        _screenshot(page, screenshots_dir, "library-edit-refused")

        form.get_by_label("Tiêu đề", exact=True).fill("Bình Dương: hồ sơ số năm 2019")
        form.get_by_label("Nguồn tin", exact=True).fill("Báo Bình Dương")
        form.get_by_label("Ngày đăng", exact=True).fill("2019-12-31")
        form.get_by_label("Năm", exact=True).fill("2019")
        navigation = page.locator('[data-testid="stSidebarNav"]')
        national_title = navigation.get_by_text("Ưu tiên ").inner_text()
        form.get_by_role("button", name="Lưu thay đổi").click()
        page.get_by_text(
            "Đã cập nhật tiêu đề, nguồn tin, ngày đăng, năm của “Bình Dương: hồ sơ số năm 2019”"
        ).wait_for(timeout=120_000)
        _wait_until_idle(page)
        _assert_no_errors(page)
        saved = _stored(library_store)[doc_id]
        assert (saved.title, saved.outlet, saved.published, saved.year) == (
            "Bình Dương: hồ sơ số năm 2019",
            "Báo Bình Dương",
            "2019-12-31T00:00:00",
            2019,
        )
        assert saved.corrected == ("outlet", "published", "title", "year")
        # The menu names the article by its new title and year, and the form shows what was saved.
        menu = page.locator(MAIN).get_by_role("combobox", name="Bài cần sửa", exact=True)
        assert menu.input_value() == f"Bình Dương: hồ sơ số năm 2019 (2019) · {doc_id}"
        assert form.get_by_label("Ngày đăng", exact=True).input_value() == "2019-12-31"
        # The analysed corpus follows at once: the year menu, the navigation and the list.
        assert "2019" in _year_menu(page)
        # Bình Dương's article is a province's: the national priorities (the default scope) keep their years.
        assert navigation.get_by_text("Ưu tiên ").inner_text() == national_title
        assert "2019" not in national_title
        cells = page.locator(f"{MAIN} [data-testid='stDataFrame'] [role='gridcell']")
        expect(cells.filter(has_text="Bình Dương: hồ sơ số năm 2019")).to_have_count(1)
        expect(cells.filter(has_text="Báo Bình Dương")).to_have_count(1)
        _screenshot(page, screenshots_dir, "library-edited")
        _open(page, library_url, "priorities")
        assert page.locator(f"{MAIN} h1").first.inner_text() == national_title
        _open(page, library_url, "priorities?scope=all")  # every scope: the province's 2019 joins
        assert page.locator(f"{MAIN} h1").first.inner_text().startswith("Ưu tiên 2019–")
    finally:
        with CorpusStore(library_store) as opened:
            opened.remove([doc_id])


def test_removing_a_saved_article_asks_first_and_leaves_the_seeds(
    page: Any, library_url: str, library_store: Path, screenshots_dir: Path
) -> None:
    from analysis.pipeline import BUNDLED_SEEDS, load_documents

    seeds_before = {path.name: path.read_bytes() for path in BUNDLED_SEEDS.iterdir()}
    seed_titles = [document.title for document in load_documents([BUNDLED_SEEDS])[0]]
    doc_id = _add_to_store(library_store, "lang-son.txt", REMOVE_ARTICLE)
    others = set(_stored(library_store)) - {doc_id}
    title = "Lạng Sơn mở rộng thanh toán không dùng tiền mặt"
    _open(page, library_url, "library")
    table = page.locator(f"{MAIN} [data-testid='stDataFrame'] [role='gridcell']")
    expect(table.filter(has_text=title)).to_have_count(1)  # the grid fills its cells after the run
    remove_button = page.locator(MAIN).get_by_role("button", name="Xóa 1 bài đã chọn")

    # Cancelling the confirmation removes nothing.
    _choose(page, "Bài cần xóa", doc_id)
    remove_button.click()
    _wait_until_idle(page)
    assert f"Xóa vĩnh viễn 1 bài khỏi kho: “{title}”?" in page.locator(MAIN).inner_text()
    assert doc_id in _stored(library_store)  # asking is not removing
    _screenshot(page, screenshots_dir, "library-remove-confirm")
    page.locator(MAIN).get_by_role("button", name="Hủy").click()
    _wait_until_idle(page)
    assert "Xóa vĩnh viễn" not in page.locator(MAIN).inner_text()
    assert doc_id in _stored(library_store)

    remove_button.click()
    _wait_until_idle(page)
    page.locator(MAIN).get_by_role("button", name="Xóa hẳn").click()
    page.get_by_text("Đã xóa 1 bài viết.").wait_for(timeout=120_000)
    _wait_until_idle(page)
    _assert_no_errors(page)
    expect(table.filter(has_text=title)).to_have_count(0)
    expect(table.filter(has_text="Hà Giang năm 2025")).to_have_count(1)  # the other stored article stays
    assert set(_stored(library_store)) == others
    options = _open_menu(page.locator(MAIN).get_by_role("combobox", name="Bài cần xóa", exact=True))
    assert sorted(option.rsplit(" · ", 1)[-1] for option in options) == sorted(others)

    # The seeds are untouched on disk and every one of them is still in the corpus.
    assert {path.name: path.read_bytes() for path in BUNDLED_SEEDS.iterdir()} == seeds_before
    documents = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').nth(1)
    options = _open_menu(documents.get_by_role("combobox"))
    for seed_title in seed_titles:
        assert any(option.startswith(seed_title[:40]) for option in options), (seed_title, options)
    assert not any(option.startswith(title) for option in options)
