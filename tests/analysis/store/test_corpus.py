"""The SQLite document store (:class:`~analysis.store.corpus.CorpusStore`): what it keeps, duplicates,
ids, corrections, one transaction per batch (killed mid-batch, two writers at once), and a store
opened for viewing that refuses every change."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.intake import add_files, clean_corrections, revise_document
from analysis.pipeline import analyze_corpus, known_documents
from analysis.present.problems import describe_problem
from analysis.store import CorpusStore, StoreError
from analysis.types import Curation
from tests.analysis.store.conftest import SEEDS, rows
from tests.cli import ROOT

ARTICLE = (
    "Bình Phước ra mắt 111 Tổ công nghệ số cộng đồng năm 2025\n"
    "Sáng 12/3/2025, tỉnh Bình Phước ra mắt 111 Tổ công nghệ số cộng đồng với gần 600 thành viên.\n"
)


OTHER = "Hậu Giang số hóa 95% hồ sơ hành chính năm 2023\nNăm 2023, Hậu Giang đã số hóa 95% hồ sơ.\n"


@pytest.fixture
def store(tmp_path: Path) -> CorpusStore:
    with CorpusStore(tmp_path / "corpus.sqlite3") as opened:
        yield opened


def test_a_document_keeps_its_bytes_text_metadata_and_corrections(store: CorpusStore) -> None:
    original = ARTICLE.encode("utf-16")
    result = add_files(
        store, [("Bình Phước.txt", original)], corrections={"Bình Phước.txt": {"outlet": "Báo Bình Phước"}}
    )
    assert result.added == ("Bình-Phước",) and result.problems == ()
    assert store.original("Bình-Phước") == ("Bình Phước.txt", original)
    (listed,) = store.list_documents()
    assert (listed.title, listed.outlet, listed.year, listed.format) == (
        ARTICLE.split("\n")[0],
        "Báo Bình Phước",
        2025,
        "txt",
    )
    assert listed.corrected == ("outlet",)
    (document,) = store.documents()
    assert document.body.endswith("gần 600 thành viên.")
    assert ("outlet", "Báo Bình Phước") in document.overrides


def test_the_same_text_in_another_format_or_name_is_a_duplicate_naming_the_first(
    store: CorpusStore, tmp_path: Path
) -> None:
    import docx

    add_files(store, [("a.txt", ARTICLE.encode())])
    word = docx.Document()
    for line in ARTICLE.strip().split("\n"):
        word.add_paragraph(line)
    word.save(tmp_path / "b.docx")
    result = add_files(
        store, [("b.docx", (tmp_path / "b.docx").read_bytes()), ("c.md", ("\n\n" + ARTICLE).encode())]
    )
    assert result.added == ()
    assert [(problem.code, dict(problem.values)["other"]) for problem in result.problems] == [
        ("duplicate", "a"),
        ("duplicate", "a"),
    ]
    assert "“a”" in describe_problem(result.problems[0], language="en")


def test_a_seed_uploaded_again_is_a_duplicate_of_the_seed(store: CorpusStore) -> None:
    seed = SEEDS / "003_58bd2110ae835d9e.txt"
    result = add_files(store, [("copy.txt", seed.read_bytes())], known=known_documents([SEEDS]))
    assert result.added == ()
    assert dict(result.problems[0].values)["other"] == "003_58bd2110ae835d9e"


def test_a_taken_stem_never_replaces_the_existing_document(store: CorpusStore) -> None:
    add_files(store, [("bai.txt", ARTICLE.encode())])
    result = add_files(store, [("bai.md", OTHER.encode())], known={"k": "bai-2"})
    assert result.added == ("bai-3",)
    assert [problem.code for problem in result.problems] == ["renamed"]
    assert result.problems[0].kept
    assert store.original("bai")[1] == ARTICLE.encode()


def test_bad_files_in_a_batch_are_reported_and_the_good_ones_saved(store: CorpusStore) -> None:
    result = add_files(
        store,
        [
            ("rong.txt", b""),
            ("ok.txt", ARTICLE.encode()),
            ("anh.txt", b"\x89PNG\r\n\x1a\n\x00"),
            ("x.exe", b"MZ"),
        ],
    )
    assert result.added == ("ok",)
    assert [problem.code for problem in result.problems] == ["empty", "binary", "unsupported"]


def test_remove_and_correct(store: CorpusStore) -> None:
    add_files(store, [("a.txt", ARTICLE.encode()), ("b.txt", OTHER.encode())])
    assert store.correct("b", clean_corrections({"year": "2022", "title": "Hậu Giang"}))
    assert {d.id: d.year for d in store.documents()} == {"a": 2025, "b": 2022}
    assert store.remove(["a", "nope"]) == ["a"]
    assert [d.id for d in store.list_documents()] == ["b"]
    assert not store.correct("a", {"year": 2020})


def test_a_store_opened_for_viewing_refuses_every_change(tmp_path: Path, three_articles_store: Path) -> None:
    path = three_articles_store
    before = rows(path)
    with CorpusStore(path, read_only=True) as store:
        assert len(store.list_documents()) == 3
        for change in (
            lambda: store.remove(["ha-giang"]),
            lambda: revise_document(store, "ha-giang", {"year": "2020"}),
            lambda: store.correct("ha-giang", {"year": 2020}),
            lambda: add_files(store, [("moi.txt", "Cà Mau năm 2025\nNăm 2025, Cà Mau số hóa.\n".encode())]),
            lambda: store.import_records([]),
        ):
            with pytest.raises(StoreError) as refused:
                change()
            assert refused.value.problem.code == "store_view_only"
            assert "nothing was changed" in describe_problem(refused.value.problem, language="en")
    assert rows(path) == before


def test_a_store_opened_for_viewing_refuses_to_save(tmp_path: Path) -> None:
    path = tmp_path / "corpus.sqlite3"
    with CorpusStore(path) as store:
        store.save_curation(Curation(pinned=("a",)))
    before = path.read_bytes()
    with CorpusStore(path, read_only=True) as store, pytest.raises(StoreError) as refused:
        store.save_curation(Curation())
    assert refused.value.problem.code == "store_view_only"
    with CorpusStore(path) as store:
        assert store.curation().pinned == ("a",)
    assert path.read_bytes() == before


# --- the analysis after a change: only what changed is analysed again ------------------------------


def test_after_an_edit_the_cache_serves_the_corrected_details(tmp_path: Path) -> None:
    store_path, cache = tmp_path / "corpus.sqlite3", tmp_path / "cache.sqlite3"
    with CorpusStore(store_path) as store:
        add_files(store, [("hau-giang.txt", OTHER.encode())])
    first = analyze_corpus([], store_path=store_path, cache_path=cache)
    assert [summary.year for summary in first.years] == [2023]
    with CorpusStore(store_path) as store:
        assert not revise_document(store, "hau-giang", {"year": "2019", "title": "Hậu Giang 2019"}).problems
    second = analyze_corpus([], store_path=store_path, cache_path=cache)
    assert second.analysed == ("hau-giang",)  # the overrides are part of the cache key
    (analysis,) = second.documents
    assert (analysis.document.year, analysis.document.title) == (2019, "Hậu Giang 2019")
    assert [summary.year for summary in second.years] == [2019]
    third = analyze_corpus([], store_path=store_path, cache_path=cache)
    assert third.from_cache == ("hau-giang",) and third.documents[0].document.year == 2019


def test_after_an_add_only_the_new_document_is_analysed(tmp_path: Path) -> None:
    store_path, cache = tmp_path / "corpus.sqlite3", tmp_path / "cache.sqlite3"
    first = analyze_corpus([SEEDS], store_path=store_path, cache_path=cache)
    assert len(first.analysed) == 5
    with CorpusStore(store_path) as store:
        add_files(store, [("binh-phuoc.txt", ARTICLE.encode())])
    second = analyze_corpus([SEEDS], store_path=store_path, cache_path=cache)
    assert second.analysed == ("binh-phuoc",)
    assert len(second.from_cache) == 5
    assert 2025 in [summary.year for summary in second.years]
    with CorpusStore(store_path) as store:
        store.remove(["binh-phuoc"])
    third = analyze_corpus([SEEDS], store_path=store_path, cache_path=cache)
    assert third.analysed == () and len(third.documents) == 5


# --- durability: real processes ------------------------------------------------------------------


def _cli(*args: str, store: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, DXPOLICY_STORE=str(store), PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", *args], cwd=ROOT, env=env, text=True, encoding="utf-8",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("batch")
    files = []
    for index in range(40):
        path = folder / f"bai-{index:02d}.txt"
        path.write_text(
            f"Bài số {index} về kinh tế số năm 2024\nTỉnh thứ {index} có {index + 100} tổ.\n", "utf-8"
        )
        files.append(path)
    return files


def _count(store: Path) -> int:
    connection = sqlite3.connect(store)
    try:
        return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def big_batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """1000 articles with long names: their "… id" progress lines overflow a 64 kB pipe."""
    folder = tmp_path_factory.mktemp("big-batch")
    files = []
    for index in range(1000):
        path = folder / f"bai-viet-ve-chuyen-doi-so-cua-tinh-va-thanh-pho-so-{index:04d}-nam-2024.txt"
        path.write_text(
            f"Bài {index} về kinh tế số năm 2024\nTỉnh thứ {index} có {index + 100} tổ.\n", "utf-8"
        )
        files.append(path)
    return files


def test_a_batch_killed_mid_transaction_leaves_the_store_as_before(
    tmp_path: Path, batch: list[Path], big_batch: list[Path]
) -> None:
    store = tmp_path / "corpus.sqlite3"
    first = _cli("add", str(batch[0]), store=store)
    assert first.wait(timeout=60) == 0
    process = _cli("add", *map(str, big_batch), store=store)
    # A "… id" line is printed inside the open transaction before each insert. This test reads only
    # the first one, so the writer blocks on a full pipe long before its COMMIT: killed with
    # SIGKILL it is, without doubt, in the middle of the batch.
    assert process.stdout.readline().startswith("… ")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert _count(store) == 1  # before, not half
    with CorpusStore(store) as reopened:
        assert [document.id for document in reopened.list_documents()] == ["bai-00"]
        result = add_files(reopened, [(path.name, path.read_bytes()) for path in big_batch])
    assert len(result.added) == 1000 and _count(store) == 1001  # and the batch can simply be added again


def test_two_processes_adding_at_once_both_land(tmp_path: Path, batch: list[Path]) -> None:
    store = tmp_path / "corpus.sqlite3"
    processes = [
        _cli("add", *map(str, batch[:20]), store=store),
        _cli("add", *map(str, batch[20:]), store=store),
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    assert _count(store) == 40
    listed = subprocess.run(
        [sys.executable, "-m", "analysis", "list", "--store", str(store), "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    assert sorted(row["id"] for row in json.loads(listed.stdout)) == [f"bai-{i:02d}" for i in range(40)]


def test_two_processes_adding_the_same_stem_get_different_ids(tmp_path: Path) -> None:
    store = tmp_path / "corpus.sqlite3"
    one, two = tmp_path / "a", tmp_path / "b"
    one.mkdir(), two.mkdir()
    (one / "tin.txt").write_text(ARTICLE, "utf-8")
    (two / "tin.txt").write_text(OTHER, "utf-8")
    processes = [
        _cli("add", str(one / "tin.txt"), store=store),
        _cli("add", str(two / "tin.txt"), store=store),
    ]
    for process in processes:
        process.communicate(timeout=120)
    with CorpusStore(store) as opened:
        assert sorted(opened.ids()) == ["tin", "tin-2"]
