"""Articles from links, pastes and archives, through the review step into the real store; the
user's corrections checked and saved, and kept as the user's even when they equal what is
inferred; the list of stored articles shows what every page shows."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.intake import (
    add_files,
    clean_corrections,
    links_in,
    prepare_files,
    prepare_links,
    prepare_paste,
    revise_corrections,
    revise_document,
    text_key,
)
from analysis.pipeline import analyze_corpus
from analysis.present.problems import describe_problem
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
    assert "no network" in describe_problem(problem, language="en") and "không có mạng" in problem.message
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
    assert describe_problem(problems[0], language="en") != problems[0].message


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


OTHER = "Hậu Giang số hóa 95% hồ sơ hành chính năm 2023\nNăm 2023, Hậu Giang đã số hóa 95% hồ sơ.\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CorpusStore]:
    with CorpusStore(tmp_path / "corpus.sqlite3") as opened:
        yield opened


# --- editing a stored document's details ------------------------------------------------------------

INFERRED = {"title": "Hậu Giang số hóa", "outlet": None, "published": "2023-05-04T08:30:00", "year": 2023}


@pytest.mark.parametrize(
    ("changes", "code", "shown"),
    [
        ({"year": "2200"}, "edit_year", "năm “2200” không hợp lệ; hãy nhập một năm từ 1945 đến 2100"),
        ({"year": "1944"}, "edit_year", "năm “1944” không hợp lệ"),
        ({"year": "hai nghìn"}, "edit_year", "năm “hai nghìn” không hợp lệ"),
        ({"year": "2024.5"}, "edit_year", "năm “2024.5” không hợp lệ"),
        ({"year": True}, "edit_year", "năm “True” không hợp lệ"),
        (
            {"published": "31/12/2023"},
            "edit_published",
            "ngày đăng “31/12/2023” không hợp lệ; hãy nhập ngày dạng",
        ),
        ({"published": "2023-02-30"}, "edit_published", "ngày đăng “2023-02-30” không hợp lệ"),
        ({"published": "hôm qua"}, "edit_published", "ngày đăng “hôm qua” không hợp lệ"),
        ({"title": ""}, "edit_title_empty", "tiêu đề đang để trống; hãy nhập tiêu đề (tối đa 300 ký tự)"),
        ({"title": " \t\n "}, "edit_title_empty", "tiêu đề đang để trống"),
        ({"title": None}, "edit_title_empty", "tiêu đề đang để trống"),
        (
            {"title": "Tiêu đề " * 60},
            "edit_title",
            "tiêu đề “Tiêu đề Tiêu đề Tiêu đề Tiêu đề Tiêu đề…” quá dài; tiêu đề dài tối đa 300 ký tự",
        ),
        ({"outlet": "Báo " * 100}, "edit_outlet", "nguồn tin “Báo Báo"),
    ],
)
def test_a_bad_edit_is_refused_with_a_message_and_changes_nothing(
    store: CorpusStore, changes: dict[str, object], code: str, shown: str
) -> None:
    add_files(store, [("hau-giang.txt", OTHER.encode())], corrections={"hau-giang.txt": {"outlet": "Báo HG"}})
    before = store.list_documents()
    revision = revise_document(
        store, "hau-giang", {**changes, "outlet" if "outlet" not in changes else "year": "2024"}
    )
    (problem,) = revision.problems
    assert problem.code == code and revision.changed == ()
    assert problem.message.startswith(f"hau-giang: {shown}"), problem.message
    assert problem.message.endswith("Chưa có gì thay đổi.")
    assert describe_problem(problem, language="en").endswith("Nothing was changed.")
    assert store.list_documents() == before  # the good value given alongside is not saved either
    assert store.revision() == "1"


def test_every_bad_value_of_one_edit_is_reported_at_once() -> None:
    corrections, problems = revise_corrections(
        INFERRED, {}, {"title": "", "published": "mai", "year": "0"}, name="hau-giang"
    )
    assert corrections == {}
    assert [problem.code for problem in problems] == ["edit_title_empty", "edit_published", "edit_year"]


@pytest.mark.parametrize(
    ("corrections", "changes", "expected"),
    [
        ({}, {"year": " 2024 "}, {"year": 2024}),
        ({}, {"title": "  Hậu  Giang   số hóa 2024 "}, {"title": "Hậu Giang số hóa 2024"}),
        ({}, {"outlet": "Báo Hậu Giang"}, {"outlet": "Báo Hậu Giang"}),
        ({}, {"published": "2024-01-02"}, {"published": "2024-01-02T00:00:00"}),
        # The form shows the inferred date without its time: sending it back changes nothing.
        ({}, {"published": "2023-05-04", "year": "2023", "title": "Hậu Giang số hóa", "outlet": ""}, {}),
        # Typing the inferred value again is the user's value too (a later inference never
        # overrides it); typing the current one keeps things as they are.
        (
            {"year": 2020, "outlet": "Báo HG"},
            {"year": "2023", "outlet": "Báo HG"},
            {"year": 2023, "outlet": "Báo HG"},
        ),
        # Emptying a field the article states means "unknown", which is a correction too.
        ({}, {"year": "", "published": ""}, {"year": None, "published": None}),
        ({"outlet": "Báo HG"}, {"outlet": "  "}, {"outlet": None}),
    ],
)
def test_an_edit_becomes_the_corrections_that_differ_from_the_inferred_details(
    corrections: dict[str, object], changes: dict[str, object], expected: dict[str, object]
) -> None:
    assert revise_corrections(INFERRED, corrections, changes, name="hau-giang") == (expected, [])


def test_a_saved_edit_is_what_every_reader_of_the_store_sees(store: CorpusStore) -> None:
    add_files(store, [("hau-giang.txt", OTHER.encode())])
    revision = revise_document(
        store,
        "hau-giang",
        {
            "title": "Hậu Giang: 95% hồ sơ số",
            "outlet": "Báo Hậu Giang",
            "published": "2022-12-30",
            "year": "2022",
        },
    )
    assert revision == type(revision)(("title", "outlet", "published", "year"), ())
    (listed,) = store.list_documents()
    assert (listed.title, listed.outlet, listed.published, listed.year) == (
        "Hậu Giang: 95% hồ sơ số",
        "Báo Hậu Giang",
        "2022-12-30T00:00:00",
        2022,
    )
    (document,) = store.documents()
    assert (document.title, document.outlet, document.year) == (
        "Hậu Giang: 95% hồ sơ số",
        "Báo Hậu Giang",
        2022,
    )
    assert document.published is not None and document.published.date().isoformat() == "2022-12-30"
    revision_number = store.revision()
    assert revise_document(store, "hau-giang", {"year": "2022"}).changed == ()
    assert store.revision() == revision_number  # nothing to write, nothing rewritten


def test_editing_a_missing_document_says_so(store: CorpusStore) -> None:
    (problem,) = revise_document(store, "khong-co", {"year": "2024"}).problems
    assert problem.code == "not_in_store" and describe_problem(problem, language="en").startswith(
        "khong-co: no article"
    )


def test_corrections_are_checked() -> None:
    with pytest.raises(Exception) as caught:
        clean_corrections({"year": float("inf")})
    assert getattr(caught.value, "code", "") == "sidecar_value"


def test_a_correction_equal_to_the_inferred_value_is_kept_as_the_users(store: CorpusStore) -> None:
    add_files(store, [("hau-giang.txt", OTHER.encode())])  # its text says 2023
    assert revise_document(store, "hau-giang", {"year": "2020"}).changed == ("year",)
    revision = revise_document(store, "hau-giang", {"year": "2023"})  # the user sets it back
    assert revision == type(revision)(("year",), ())
    (listed,) = store.list_documents()
    assert (listed.year, listed.corrected) == (2023, ("year",))
    (document,) = store.documents()
    # The user's value, not "whatever is inferred": a later change of inference cannot move it.
    assert ("year", "2023") in document.overrides


def _as_an_earlier_version_wrote_it(path: Path, doc_id: str, inferred: dict[str, object]) -> None:
    """Give a record the inferred copy an earlier version kept (one whose inference differed),
    with its details hash made as that version made it, so the record is sound."""
    columns = ("id", "name", "format", "text_key", "inferred", "corrections", "added_at")
    with contextlib.closing(sqlite3.connect(path)) as connection:
        row = connection.execute(
            f"SELECT {', '.join(columns)}, source_url FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        details = dict(zip(columns, row[:-1], strict=True))
        details["inferred"] = json.dumps(inferred, ensure_ascii=False)
        parts = [str(details[column]).encode("utf-8") for column in columns]
        parts += [row[-1].encode("utf-8")] if row[-1] is not None else []
        digest = hashlib.sha256(b"\x1f".join(parts)).hexdigest()
        connection.execute(
            "UPDATE documents SET inferred = ?, details_sha256 = ? WHERE id = ?",
            (details["inferred"], digest, doc_id),
        )
        connection.commit()


def test_the_list_shows_what_every_page_shows_whatever_an_earlier_version_inferred(tmp_path: Path) -> None:
    path = tmp_path / "corpus.sqlite3"
    with CorpusStore(path) as store:
        add_files(
            store, [("hau-giang.txt", OTHER.encode())], corrections={"hau-giang.txt": {"outlet": "Báo HG"}}
        )
    stale = {"title": "Tiêu đề cũ", "outlet": None, "published": None, "year": 1999}
    _as_an_earlier_version_wrote_it(path, "hau-giang", stale)
    with CorpusStore(path) as store:
        (listed,) = store.list_documents()
    (analysis,) = analyze_corpus([], store_path=path).documents
    shown = analysis.document
    assert not listed.damaged
    assert (listed.title, listed.outlet, listed.year) == (shown.title, shown.outlet, shown.year)
    assert (listed.title, listed.outlet, listed.year) == (OTHER.split("\n")[0], "Báo HG", 2023)
    assert listed.corrected == ("outlet",)


def test_the_duplicate_key_ignores_spacing_and_line_breaks() -> None:
    (first,), _ = prepare_files([("a.txt", OTHER.encode())])
    (second,), _ = prepare_files([("b.md", OTHER.replace(" ", "  ").replace("\n", "\n\n").encode())])
    assert first.key == second.key == text_key(first.document)
    (third,), _ = prepare_files([("c.txt", OTHER.replace("95%", "96%").encode())])
    assert third.key != first.key
