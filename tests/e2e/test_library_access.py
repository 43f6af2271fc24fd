"""Only editors change the library, in a real browser: a viewer (read-only server, or not signed
in) finds no upload, edit or remove anywhere on the Library page; an editor signs in with the
passphrase and removes an article; everybody can download the backup, which imports back."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from analysis.access import hash_passphrase
from analysis.backup import read_archive
from analysis.intake import add_files
from analysis.store import CorpusStore
from tests.e2e.conftest import run_dashboard
from tests.e2e.server import ROOT, free_port, serving
from tests.e2e.test_browser import MAIN, _assert_no_errors, _open, _screenshot, _wait_until_idle
from tests.e2e.test_library import _choose

pytestmark = pytest.mark.browser

PASSPHRASE = "biên tập viên Sở TT&TT 2025"
ARTICLES = [
    ("binh-phuoc.txt", "Bình Phước ra mắt 111 Tổ công nghệ số năm 2025\nNăm 2025, Bình Phước có 111 tổ.\n"),
    ("ha-giang.txt", "Hà Giang phát triển chính quyền số năm 2024\nNăm 2024, Hà Giang có 1.200 điểm 4G.\n"),
]


def _store_with_articles(folder: Path) -> Path:
    store = folder / "corpus.sqlite3"
    with CorpusStore(store, read_only=False) as opened:  # whatever the other server's setting
        assert len(add_files(opened, [(name, text.encode()) for name, text in ARTICLES]).added) == 2
    return store


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[tuple[str, Path]]:
    """A dashboard whose editors sign in with a passphrase, on a store of two articles."""
    folder = tmp_path_factory.mktemp("guarded")
    store = _store_with_articles(folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DXPOLICY_EDITOR_PASSPHRASE_HASH", hash_passphrase(PASSPHRASE))
        patch.delenv("DXPOLICY_READ_ONLY", raising=False)
        with run_dashboard(folder, store=store) as base:
            yield base, store


@pytest.fixture(scope="module")
def read_only(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[tuple[str, Path]]:
    """``dxpolicy --read-only`` as an administrator starts it (``python -m dashboard``, the flag,
    no read-only variable in its environment), on a store of two articles."""
    folder = tmp_path_factory.mktemp("read-only")
    store = _store_with_articles(folder)
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("DXPOLICY_")}
    env.update(
        DXPOLICY_STORE=str(store),
        DXPOLICY_CACHE=str(folder / "cache.sqlite3"),
        DXPOLICY_USER_CORPUS=str(folder / "articles"),
        PYTHONPATH=str(ROOT),
    )
    command = [sys.executable, "-m", "dashboard", "--read-only", "--headless", "--port", str(port)]
    with serving(command, port=port, cwd=folder, env=env, log=folder / "server.log") as server:
        yield server.base, store


def _no_way_to_change(page: Any) -> None:
    main = page.locator(MAIN)
    assert page.locator("input[type=file]").count() == 0
    assert main.get_by_role("combobox", name="Bài cần xóa", exact=True).count() == 0
    assert main.get_by_role("combobox", name="Bài cần sửa", exact=True).count() == 0
    for name in ("Lưu vào kho", "Lưu thay đổi", "Xóa hẳn"):
        assert main.get_by_role("button", name=name).count() == 0, name
    assert main.get_by_role("button", name="Xóa", exact=False).count() == 0
    assert main.get_by_role("tab").count() == 0  # no files, links or paste tabs either
    expect(main.locator("[data-testid='stDataFrame']")).to_have_count(1)  # the library itself is shown


def _ids(store: Path) -> list[str]:
    with CorpusStore(store, read_only=True) as opened:
        return [document.id for document in opened.list_documents()]


def test_a_read_only_server_offers_no_change_nor_sign_in(
    page: Any, read_only: tuple[str, Path], screenshots_dir: Path, tmp_path: Path
) -> None:
    base, store = read_only
    _open(page, base, "library")
    _assert_no_errors(page)
    _no_way_to_change(page)
    expect(page.locator(MAIN).get_by_text("Thư viện đang ở chế độ chỉ xem")).to_have_count(1)
    assert page.locator("input[type=password]").count() == 0
    _screenshot(page, screenshots_dir, "library-read-only")

    with page.expect_download() as download:
        page.locator(MAIN).get_by_role("button", name="Tải bản sao lưu (2 bài)").click()
    saved = tmp_path / "backup.zip"
    download.value.save_as(saved)
    assert download.value.suggested_filename.startswith("dxpolicy-library-")
    assert [record["id"] for record in read_archive(saved)] == ["binh-phuoc", "ha-giang"]
    assert _ids(store) == ["binh-phuoc", "ha-giang"]


def test_a_viewer_cannot_change_and_an_editor_signs_in_and_removes(
    page: Any, guarded: tuple[str, Path], screenshots_dir: Path
) -> None:
    base, store = guarded
    _open(page, base, "library")
    _assert_no_errors(page)
    _no_way_to_change(page)
    expect(page.locator(MAIN).get_by_text("Bạn đang xem thư viện")).to_have_count(1)
    _screenshot(page, screenshots_dir, "library-viewer")

    password = page.locator(MAIN).locator("input[type=password]")
    password.fill("sai mật khẩu")
    page.locator(MAIN).get_by_role("button", name="Đăng nhập").click()
    _wait_until_idle(page)
    expect(page.locator(MAIN).get_by_text("Mật khẩu không đúng")).to_have_count(1)
    _no_way_to_change(page)

    password.fill(PASSPHRASE)
    page.locator(MAIN).get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("Bạn đang biên tập thư viện.").wait_for(timeout=60_000)
    _wait_until_idle(page)
    _assert_no_errors(page)
    assert page.locator("input[type=file]").count() == 1
    _screenshot(page, screenshots_dir, "library-editor")

    _choose(page, "Bài cần xóa", "ha-giang")
    page.locator(MAIN).get_by_role("button", name="Xóa 1 bài đã chọn").click()
    _wait_until_idle(page)
    page.locator(MAIN).get_by_role("button", name="Xóa hẳn").click()
    page.get_by_text("Đã xóa 1 bài viết.").wait_for(timeout=120_000)
    _wait_until_idle(page)
    assert _ids(store) == ["binh-phuoc"]

    # Another browser, another session: a viewer again, whatever this one did.
    other = page.context.browser.new_context(viewport=page.viewport_size, locale="vi-VN")
    try:
        viewer = other.new_page()
        _open(viewer, base, "library")
        _no_way_to_change(viewer)
    finally:
        other.close()
