"""The dashboard's own memo of the corpus: shared by every session, kept through Streamlit's "clear
cache" message, and updated in the background while the last good corpus is served.

Real analyses of the bundled seeds, a real SQLite store and real worker processes; the entry script
runs under ``AppTest`` as ``streamlit run`` would run it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from analysis.intake import add_files
from analysis.store import CorpusStore
from dashboard import data
from tests.dashboard.conftest import APP, metrics

ARTICLE = (
    "Bình Dương ra mắt 512 tổ công nghệ số cộng đồng\n\n"
    "Năm 2024, tỉnh Bình Dương đã thành lập 512 tổ công nghệ số cộng đồng tại các khu phố.\n"
)


def _save_article(text: str = ARTICLE) -> None:
    with CorpusStore(Path(os.environ["DXPOLICY_STORE"])) as store:
        result = add_files(store, [("binh_duong.txt", text.encode())])
    assert result.added


def _titles(served: data.ServedCorpus) -> list[str]:
    return [analysis.document.title for analysis in served.corpus.documents]


def _serve() -> data.ServedCorpus:
    paths = data.corpus_paths()
    data.forget_fingerprint()
    return data.serve_corpus(paths, data.cache_file(), data.current_fingerprint(paths))


def test_clearing_streamlits_caches_keeps_the_corpus_and_its_views(app: AppTest) -> None:
    paths, cache = data.corpus_paths(), data.cache_file()
    served = _serve()
    names = data.document_names(data.CorpusKey(paths, cache, served.fingerprint))
    # what Streamlit does for any session that sends the clear-cache message
    st.cache_data.clear()
    st.cache_resource.clear()
    again = _serve()
    assert again.corpus is served.corpus
    assert data.document_names(data.CorpusKey(paths, cache, again.fingerprint)) is names
    app.run()
    assert not app.exception and len(metrics(app)) > 0


def test_a_change_is_analysed_in_the_background_while_the_last_corpus_is_served(app: AppTest) -> None:
    before = _serve()
    assert not before.updating
    _save_article()
    during = _serve()  # returns at once: the new article is analysed in a worker process
    assert during.updating
    assert during.corpus is before.corpus and during.fingerprint == before.fingerprint
    after = data.refresh_corpus(data.corpus_paths(), data.cache_file(), timeout=120)
    assert not after.updating and after.fingerprint != before.fingerprint
    assert "Bình Dương ra mắt 512 tổ công nghệ số cộng đồng" in _titles(after)
    assert "Bình Dương ra mắt 512 tổ công nghệ số cộng đồng" not in _titles(before)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_another_session_is_told_the_articles_are_being_updated(
    start_app: Callable[[], AppTest], language: str
) -> None:
    start_app()  # the first visitor: the corpus is in memory
    _save_article()  # saved by another process (the command line): no session waits for it
    data.forget_fingerprint()
    other = AppTest.from_file(str(APP), default_timeout=60)
    other.query_params["lang"] = language
    other.run()
    assert not other.exception
    notice = {"vi": "Đang cập nhật kho bài viết", "en": "Updating the articles"}[language]
    assert [info.value for info in other.sidebar.info if info.value.startswith(notice)]
    assert len(metrics(other)) > 0  # the last good figures, not an empty page
    assert len(other.sidebar.multiselect(key="doc_filter").options) == 5  # the seeds
    data.refresh_corpus(data.corpus_paths(), data.cache_file(), timeout=120)
    other.run()
    assert not [info.value for info in other.sidebar.info if info.value.startswith(notice)]
    assert len(other.sidebar.multiselect(key="doc_filter").options) == 6  # and the new article


@pytest.mark.parametrize("page", ["overview", "library"])
def test_no_page_shows_the_servers_folders(app: AppTest, tmp_path: Path, page: str) -> None:
    """The store, the cache and the article folders live under ``tmp_path`` here: no text a visitor
    sees (captions, help, notices, markdown) names that folder; the upload caption says only that
    the server keeps the articles."""
    app.switch_page(f"views/{page}.py").run()
    assert not app.exception
    shown = [
        str(getattr(element, "value", "")) + " " + str(getattr(getattr(element, "proto", None), "help", ""))
        for kind in ("markdown", "caption", "info", "warning", "error", "success", "text")
        for element in getattr(app, kind)
    ]
    shown += [str(element.proto) for element in app.get("file_uploader")]
    assert shown
    assert not [text for text in shown if str(tmp_path) in text or "/tmp/" in text or "sqlite3" in text]
    if page == "library":
        assert any("kho bài viết của máy chủ" in text.replace("\\", "") for text in shown)
