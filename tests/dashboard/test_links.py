"""A pasted link with a value the dashboard cannot use ("?slide=²", 5,000 digits, a NUL, a year or
language it does not know): the page shows its default, a toast says so in the interface language,
the address is corrected, and nothing fails. Driven through the entry script (AppTest)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from analysis.present.i18n import translate
from tests.dashboard.conftest import APP, FIRST_RUN_TIMEOUT, RUN_TIMEOUT

DIGITS = "9" * 5000
TITLES = {
    "overview": "Tổng quan",
    "themes": "Chủ đề theo năm",
    "compare": "So sánh các năm",
    "priorities": "Ưu tiên 2022–2024",
    "timeline": "Dòng thời gian",
    "figures": "Số liệu",
    "explore": "Tra cứu",
    "library": "Bài viết của bạn",
}


@pytest.fixture(scope="module")
def shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("links")


@pytest.fixture(autouse=True)
def isolated_dashboard(monkeypatch: pytest.MonkeyPatch, shared_folder: Path) -> Iterator[Path]:
    """These cases only read the seeds, so they share one analysis cache and Streamlit memo (in a
    folder of their own; the user's cache, store and articles stay untouched)."""
    cache = shared_folder / "analysis.sqlite3"
    monkeypatch.setenv("DXPOLICY_CACHE", str(cache))
    monkeypatch.setenv("DXPOLICY_USER_CORPUS", str(shared_folder / "user-articles"))
    monkeypatch.setenv("DXPOLICY_STORE", str(shared_folder / "corpus.sqlite3"))
    monkeypatch.delenv("DXPOLICY_CORPUS", raising=False)
    monkeypatch.delenv("DXPOLICY_NO_SEEDS", raising=False)
    yield cache
    st.cache_resource.clear()


def open_link(page: str, params: dict[str, str]) -> AppTest:
    """The dashboard opened from a link to ``page`` with ``params``, as a new visitor would."""
    at = AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)
    if page != "overview":
        at.switch_page(f"views/{page}.py")
    for key, value in params.items():
        at.query_params[key] = value
    return at.run(timeout=FIRST_RUN_TIMEOUT)


def notice(name: str, language: str = "vi") -> str:
    return translate("link_value_ignored", language, name=name)


BAD_LINKS = [
    # (page, the link's parameters, the one that cannot be used)
    ("overview", {"present": "1", "slide": "²"}, "slide"),
    ("overview", {"present": "1", "slide": DIGITS}, "slide"),
    ("overview", {"present": "1", "slide": "-1"}, "slide"),
    ("overview", {"present": "1", "slide": "0"}, "slide"),
    ("overview", {"present": "²"}, "present"),
    ("overview", {"years": "1999"}, "years"),
    ("overview", {"years": "²"}, "years"),
    ("overview", {"years": DIGITS}, "years"),
    ("overview", {"years": "-2024"}, "years"),
    ("overview", {"lang": "fr"}, "lang"),
    ("overview", {"lang": "\x00"}, "lang"),
    ("overview", {"docs": "\x00"}, "docs"),
    ("overview", {"docs": "999"}, "docs"),
    ("overview", {"unknown": "a\x00b"}, "unknown"),
    ("themes", {"year": "1999"}, "year"),
    ("themes", {"year": "²"}, "year"),
    ("themes", {"names": "²"}, "names"),
    ("themes", {"terms": "\x00"}, "terms"),
    ("compare", {"cmp": "-1"}, "cmp"),
    ("compare", {"cmp": DIGITS}, "cmp"),
    ("priorities", {"concept": "\x00"}, "concept"),
    ("priorities", {"cell_year": "1999"}, "cell_year"),
    ("timeline", {"kinds": "²"}, "kinds"),
    ("figures", {"years": "-1"}, "years"),
    ("explore", {"w": "²"}, "w"),
    ("explore", {"w": "-10"}, "w"),
    ("explore", {"w": DIGITS}, "w"),
    ("explore", {"sort": "²"}, "sort"),
    ("explore", {"nodia": "²"}, "nodia"),
    ("explore", {"q": "dữ liệu\x00"}, "q"),
    ("explore", {"doc": "²"}, "doc"),
    ("explore", {"doc": "003", "s": "²"}, "s"),
    ("explore", {"doc": "003", "s": DIGITS}, "s"),
    ("explore", {"doc": "003", "s": "-1"}, "s"),
    ("explore", {"doc": "003", "s": "100000"}, "s"),
    ("library", {"years": "\x00"}, "years"),
]


@pytest.mark.parametrize(
    ("page", "params", "bad"), BAD_LINKS, ids=[f"{p}-{b}-{v[b][:8]!r}" for p, v, b in BAD_LINKS]
)
def test_a_bad_link_value_falls_back_with_a_notice(page: str, params: dict[str, str], bad: str) -> None:
    at = open_link(page, params)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert [toast.value for toast in at.toast] == [notice(bad)]
    # the address corrected: a default is not written, but the reader's open article is
    assert bad not in at.query_params or (bad, at.query_params[bad]) == ("doc", "000")
    for key, value in params.items():  # the usable parameters stay
        if key != bad:
            assert at.query_params[key] == value
    if params.get("present") == "1":
        counter = next(e.proto.body for e in at.main if "slide-counter" in getattr(e.proto, "body", ""))
        assert "Trang 1/" in counter
    else:
        assert at.title[0].value == TITLES[page]


def test_a_slide_past_the_end_shows_the_last_and_corrects_the_link() -> None:
    at = open_link("overview", {"present": "1", "slide": "999"})
    assert not at.exception and not at.error
    assert [toast.value for toast in at.toast] == [notice("slide")]
    assert at.query_params["slide"] == "11"


def test_the_notice_is_in_the_links_language() -> None:
    at = open_link("overview", {"lang": "en", "years": "1999"})
    assert [toast.value for toast in at.toast] == [notice("years", "en")]
    assert at.title[0].value == "Overview"


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("overview", {"present": "1", "slide": "3", "years": "2023"}),
        ("overview", {"lang": "en", "docs": "003"}),
        ("themes", {"year": "2023", "names": "True"}),
        ("explore", {"q": "dữ liệu số", "w": "90", "sort": "Từ đứng trước", "nodia": "true"}),
        ("explore", {"doc": "003", "s": "3"}),
        ("priorities", {"cell_year": "2024"}),
    ],
)
def test_a_good_link_gives_no_notice(page: str, params: dict[str, str]) -> None:
    at = open_link(page, params)
    assert not at.exception and not at.error
    assert not at.toast, [toast.value for toast in at.toast]
