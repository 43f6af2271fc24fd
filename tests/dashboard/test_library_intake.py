"""The Library page takes links (fetched with a progress bar) and pasted text into the review step,
and saves them with their source; a link that cannot be fetched says why and loses nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from streamlit.testing.v1 import AppTest

from analysis.present.i18n import translate
from analysis.read.web import ALLOW_PRIVATE_ENV
from analysis.store import CorpusStore, default_store_path
from analysis.text import escape_markdown
from benchmarks.article_server import seed_pages, serve_articles

# Pages made from articles that are not seeds (the seeds are in the corpus already).
PAGES = dict(list(seed_pages(7).items())[5:])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve_articles(PAGES) as base:
        yield base


@pytest.fixture
def library(start_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")  # the pages are served on loopback
    at = start_app()
    at.switch_page("views/library.py").run()
    assert not at.exception
    return at


def test_links_are_fetched_reviewed_and_saved_with_their_source(library: AppTest, server: str) -> None:
    links = [f"{server}/bai/{name}" for name in PAGES] + ["http://khong-co-mang.invalid/bai.html"]
    library.text_area(key="library_links_0").input("\n".join(links)).run()
    library.button(key="library_fetch_0").click().run()
    assert not library.exception
    assert [s.value for s in library.success] == [translate("library_fetched", "vi", count=2)]
    (warning,) = [w.value for w in library.warning if "khong" in w.value]
    assert "không có mạng" in warning
    review = library.data_editor[0].value
    assert list(review["source"]) == links[:2]
    library.button(key="library_save_0").click().run()
    assert not library.exception
    assert library.success[0].value == escape_markdown(translate("library_saved", "vi", count=2))
    with CorpusStore(default_store_path()) as store:
        stored = store.list_documents()
    assert [document.source_url for document in stored] == links[:2]
    table = library.dataframe[0].value
    assert list(table[translate("library_source", "vi")]) == links[:2]


def test_a_pasted_article_goes_to_review_and_is_saved_with_its_details(library: AppTest) -> None:
    library.text_input(key="library_paste_title_0").input("Cà Mau đưa hộ kinh doanh lên sàn")
    library.text_input(key="library_paste_outlet_0").input("Báo Cà Mau")
    library.text_input(key="library_paste_published_0").input("2024-12-20")
    library.text_area(key="library_paste_text_0").input(
        "Năm 2024, tỉnh đưa 1.450 hộ kinh doanh lên sàn thương mại điện tử, đạt 82,5% kế hoạch."
    )
    library.button[
        [b.label for b in library.button].index(translate("library_paste_add", "vi"))
    ].click().run()
    assert not library.exception and not library.error, [e.value for e in library.error]
    row = library.data_editor[0].value.iloc[0]
    assert (row["title"], row["outlet"], row["published"], row["year"]) == (
        "Cà Mau đưa hộ kinh doanh lên sàn",
        "Báo Cà Mau",
        "2024-12-20",
        2024,
    )
    library.button(key="library_save_0").click().run()
    with CorpusStore(default_store_path()) as store:
        (stored,) = store.list_documents()
    assert (stored.title, stored.outlet, stored.year) == (
        "Cà Mau đưa hộ kinh doanh lên sàn",
        "Báo Cà Mau",
        2024,
    )


def test_a_bad_paste_says_what_to_fix_and_queues_nothing(library: AppTest) -> None:
    library.text_input(key="library_paste_title_0").input("Tin")
    library.text_input(key="library_paste_published_0").input("20/13/2024")
    library.text_area(key="library_paste_text_0").input("Năm 2024, kinh tế số tăng.")
    library.button[
        [b.label for b in library.button].index(translate("library_paste_add", "vi"))
    ].click().run()
    assert not library.exception
    assert len(library.error) == 1 and "20/13/2024" in library.error[0].value
    assert len(library.data_editor) == 0
