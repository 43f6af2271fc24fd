"""Articles from links, pastes and archives, through the review step into the real store."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.intake import links_in, prepare_files, prepare_links, prepare_paste, revise_document
from analysis.read import describe
from analysis.read.web import ALLOW_PRIVATE_ENV, FetchLimits
from analysis.store import CorpusStore
from benchmarks.article_server import seed_pages, serve_articles

ALLOWED = FetchLimits(allow_private=True, seconds=10.0)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve_articles(seed_pages(6)) as base:
        yield base


def _details(candidate) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    document = candidate.document
    return (
        candidate.doc_id,
        candidate.text,
        document.title,
        document.outlet,
        document.published,
        document.year,
    )


def test_a_linked_article_reads_as_its_saved_file_and_keeps_its_link(server: str, tmp_path: Path) -> None:
    pages = seed_pages(3)
    links = [f"{server}/bai/{name}" for name in pages]
    fetched, problems = prepare_links(links, limits=ALLOWED)
    saved, _ = prepare_files(list(pages.items()))
    assert problems == []
    assert [_details(candidate) for candidate in fetched] == [_details(candidate) for candidate in saved]
    assert [candidate.source_url for candidate in fetched] == links
    store_path = tmp_path / "kho.sqlite3"
    with CorpusStore(store_path) as store:
        store.add(fetched)
    with CorpusStore(store_path) as store:
        listed = store.list_documents()
        documents = store.documents()
    assert [document.source_url for document in listed] == links
    assert [document.source_url for document in documents] == links


def test_progress_is_reported_for_each_link(server: str) -> None:
    seen: list[tuple[int, int]] = []
    prepare_links(
        [f"{server}/bai/{name}" for name in seed_pages(2)],
        limits=ALLOWED,
        on_progress=lambda done, total, _: seen.append((done, total)),
    )
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_without_a_network_a_link_says_so_and_nothing_is_lost(server: str, tmp_path: Path) -> None:
    store_path = tmp_path / "kho.sqlite3"
    with CorpusStore(store_path) as store:
        store.add(prepare_files([("tin.txt", "Kinh tế số năm 2024 tăng trưởng.".encode())])[0])
        before = (store.revision(), store.list_documents())
    good = f"{server}/bai/{next(iter(seed_pages(1)))}"
    candidates, problems = prepare_links(["http://khong-co-mang.invalid/bai.html", good], limits=ALLOWED)
    assert [candidate.source_url for candidate in candidates] == [good]
    (problem,) = problems
    assert problem.code == "url_unresolved" and problem.path == "http://khong-co-mang.invalid/bai.html"
    assert "no network" in describe(problem, "en") and "không có mạng" in problem.message
    with CorpusStore(store_path) as store:
        assert (store.revision(), store.list_documents()) == before


def test_links_are_found_in_pasted_text() -> None:
    text = "https://a.vn/1.html\r\n  (https://a.vn/2.html), và https://a.vn/1.html\nhttp://b.vn/?q=1;\n"
    assert links_in(text) == ["https://a.vn/1.html", "https://a.vn/2.html", "http://b.vn/?q=1"]


def test_a_paste_goes_to_review_with_its_details_and_is_saved_with_them(tmp_path: Path) -> None:
    text = "Năm 2024, tỉnh đưa 1.450 hộ kinh doanh lên sàn thương mại điện tử.\nĐạt 82,5% kế hoạch."
    candidate, problems = prepare_paste(
        "Cà Mau đưa hộ kinh doanh lên sàn", text, outlet="Báo Cà Mau", published="2024-12-20"
    )
    assert problems == [] and candidate is not None
    assert (candidate.document.title, candidate.document.outlet, candidate.document.year) == (
        "Cà Mau đưa hộ kinh doanh lên sàn",
        "Báo Cà Mau",
        2024,
    )
    assert candidate.doc_id == "Cà-Mau-đưa-hộ-kinh-doanh-lên-sàn"
    with CorpusStore(tmp_path / "kho.sqlite3") as store:
        store.add([candidate])
        (stored,) = store.list_documents()
    assert (stored.title, stored.outlet, stored.published, stored.year) == (
        "Cà Mau đưa hộ kinh doanh lên sàn",
        "Báo Cà Mau",
        "2024-12-20T00:00:00",
        2024,
    )
    assert stored.source_url is None and stored.format == "txt"


@pytest.mark.parametrize(
    ("title", "text", "published", "code"),
    [
        pytest.param("", "Năm 2024, kinh tế số tăng.", "", "edit_title_empty", id="no title"),
        pytest.param("Tin", "  \n ", "", "empty", id="no text"),
        pytest.param("Tin", "Năm 2024, kinh tế số tăng.", "20/13/2024", "edit_published", id="bad date"),
        pytest.param("Tin", "\x00\x01\x02\x03" * 100, "", "binary", id="control characters"),
    ],
)
def test_a_bad_paste_says_what_to_fix(title: str, text: str, published: str, code: str) -> None:
    candidate, problems = prepare_paste(title, text, published=published)
    assert candidate is None
    assert [problem.code for problem in problems] == [code]
    assert describe(problems[0], "en") != problems[0].message


def test_an_uploaded_archive_becomes_candidates_named_by_their_place(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("2023/tin.txt", "Kinh tế số năm 2023 tăng 10%.")
        archive.writestr("2024/tin.txt", "Kinh tế số năm 2024 tăng 20%.")
        archive.writestr("../thoat.txt", "Kinh tế số năm 2022.")
    candidates, problems = prepare_files(
        [("kho.zip", buffer.getvalue()), ("rieng.txt", "Năm 2025, AI.".encode())]
    )
    assert [(c.name, c.doc_id, c.document.year) for c in candidates] == [
        ("kho.zip/2023/tin.txt", "tin", 2023),
        ("kho.zip/2024/tin.txt", "tin", 2024),
        ("rieng.txt", "rieng", 2025),
    ]
    assert [(problem.path, problem.code) for problem in problems] == [
        ("kho.zip/../thoat.txt", "archive_unsafe_path")
    ]
    with CorpusStore(tmp_path / "kho.sqlite3") as store:
        result = store.add(candidates)
    assert result.added == ("tin", "tin-2", "rieng")


def test_the_cli_adds_links_and_archives_and_refuses_loopback_without_the_option(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    store = str(tmp_path / "kho.sqlite3")
    name = list(seed_pages(6))[5]  # not a seed: the seeds are in every corpus already
    link = f"{server}/bai/{name}"
    assert main(["add", link, "--store", store, "--lang", "en"]) == 1
    assert "points into a private network" in capsys.readouterr().err
    archive = tmp_path / "kho.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("nam/2025.txt", "Năm 2025, tỉnh có 120 dịch vụ công trực tuyến toàn trình.")
    assert main(["add", link, str(archive), "--store", store, "--allow-private-addresses"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-2:] == ["2025", Path(name).stem]  # files first, then links
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    assert main(["list", "--store", store, "--format", "json"]) == 0
    assert f'"source_url": "{link}"' in capsys.readouterr().out


def test_a_store_from_before_links_is_migrated_with_its_records_sound(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite3"
    with CorpusStore(path) as store:
        store.add(prepare_files([("cu.txt", "Kinh tế số năm 2023 tăng 10%.".encode())])[0])
    with sqlite3.connect(path) as connection:  # as version 1 left it
        connection.execute("ALTER TABLE documents DROP COLUMN source_url")
        connection.execute("PRAGMA user_version = 1")
    with CorpusStore(path) as store:
        documents, problems = store.read_documents()
        assert problems == [] and [document.id for document in documents] == ["cu"]
        assert revise_document(store, "cu", {"year": "2024"}).problems == ()
        assert [document.year for document in store.documents()] == [2024]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 3
