"""Dashboard fixtures: a private analysis cache, no extra corpus, and empty Streamlit caches.

The app is driven with ``streamlit.testing.v1.AppTest`` from its entry script, exactly as
``streamlit run dashboard/app.py`` would run it; the pages are reached with ``switch_page``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import data

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dashboard" / "app.py"
PAGES = ("overview", "themes", "compare", "priorities", "timeline", "explore")
FIRST_RUN_TIMEOUT = 120  # the first run of a session loads underthesea's models
RUN_TIMEOUT = 60


@pytest.fixture(autouse=True)
def isolated_dashboard(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Every test gets its own SQLite cache, document store and folder of added articles (the
    user's stay untouched and unread), cold ``st.cache_data`` and ``st.cache_resource`` and no
    corpus in the dashboard's own memo."""
    cache = tmp_path / "cache" / "analysis.sqlite3"
    monkeypatch.setenv("DXPOLICY_CACHE", str(cache))
    monkeypatch.setenv("DXPOLICY_USER_CORPUS", str(tmp_path / "user-articles"))
    monkeypatch.setenv("DXPOLICY_STORE", str(tmp_path / "store" / "corpus.sqlite3"))
    monkeypatch.delenv("DXPOLICY_CORPUS", raising=False)
    monkeypatch.delenv("DXPOLICY_NO_SEEDS", raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    data.forget_corpora()
    yield cache
    st.cache_data.clear()
    st.cache_resource.clear()
    data.forget_corpora()


@pytest.fixture
def start_app() -> Callable[[], AppTest]:
    """Run the entry script once (overview page) and hand back the AppTest."""

    def start() -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)
        at.run(timeout=FIRST_RUN_TIMEOUT)
        return at

    return start


@pytest.fixture
def app(start_app: Callable[[], AppTest]) -> AppTest:
    """The dashboard on the bundled seeds, after its first run."""
    return start_app()


def metrics(at: AppTest) -> list[tuple[str, str]]:
    """The key-figure cards as (label, value with unit)."""
    cards = []
    for element in at.main:
        body = getattr(getattr(element, "proto", None), "body", "")
        if getattr(element, "type", None) == "html" and 'class="figure-card"' in body:
            label, value = re.findall(r'class="figure-(?:label|value)"[^>]*>([^<]*)<', body)
            cards.append((html.unescape(label), html.unescape(value)))
    return cards
