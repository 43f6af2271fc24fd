"""Records that check themselves (:mod:`analysis.store.records`): a record damaged in its text, its
original bytes, its details or its id is one problem naming it, and can be removed by that name.

Damage is made the way a bad disk or a hostile writer would make it: bytes overwritten in the
SQLite file with no SQLite in between.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.intake import revise_document
from analysis.pipeline import analyze_corpus
from analysis.present.problems import describe_problem
from analysis.store import CorpusStore
from tests.analysis.store.conftest import SEEDS, new_article, run_on_store

SOUND = ["binh-phuoc", "ha-giang"]


@pytest.mark.parametrize(
    ("found", "replacement", "nth"),
    [
        ("đã số hóa 95%".encode(), "đã số hóa 59%".encode(), 1),  # the text: a figure silently changed
        ("đã số hóa 95%".encode(), b"\xff\xfe\xfd\xfc s\xe1\xbb\x91 h\xc3\xb3a 95%", 1),  # not UTF-8
        ("đã số hóa 95%".encode(), "đã số hóa 96%".encode(), 0),  # the original bytes
        (b"hau-giang.txt", b"hau-giang.TXT", 0),  # the details: the file name changed
        (b"hau-giang.txt", b"hau-giang\xff\xfeet", 0),  # the file name, not UTF-8 any more
    ],
    ids=["text-changed", "text-not-utf8", "original", "details", "name-not-utf8"],
)
def test_a_damaged_record_is_one_problem_and_can_be_removed(
    tmp_path: Path,
    found: bytes,
    replacement: bytes,
    nth: int,
    three_articles_store: Path,
    overwrite_in_file: Callable[..., None],
) -> None:
    path = three_articles_store
    overwrite_in_file(path, found, replacement, nth=nth)

    with CorpusStore(path) as store:
        documents, problems = store.read_documents()
        listed = store.list_documents()
        assert store.original("hau-giang") is None
        edit = revise_document(store, "hau-giang", {"year": "2020"})  # an edit would hide the damage: refused
    assert [document.id for document in documents] == SOUND
    assert "95%" not in " ".join(document.body for document in documents)
    assert [(problem.path, problem.code) for problem in problems] == [("hau-giang", "store_damaged_record")]
    assert "remove hau-giang" in describe_problem(problems[0], language="en")
    assert [(document.id, document.damaged) for document in listed] == [
        ("binh-phuoc", False),
        ("ha-giang", False),
        ("hau-giang", True),
    ]
    assert [problem.code for problem in edit.problems] == ["store_damaged_record"]

    corpus = analyze_corpus([SEEDS], store_path=path)
    ids = [analysis.document.id for analysis in corpus.documents]
    assert len(ids) == 7 and ids[-2:] == SOUND
    assert [problem.path for problem in corpus.problems] == ["hau-giang"]

    with CorpusStore(path) as store:
        assert store.remove(["hau-giang"]) == ["hau-giang"]
        documents, problems = store.read_documents()
    assert [document.id for document in documents] == SOUND and problems == []


def test_a_record_whose_id_is_damaged_is_named_and_removed_by_its_row(
    tmp_path: Path, three_articles_store: Path, overwrite_in_file: Callable[..., None]
) -> None:
    path = three_articles_store
    # in the record, the id is followed by the file name
    overwrite_in_file(path, b"hau-gianghau-giang.txt", b"hau-gi\xffnghau-giang.txt")
    listing = run_on_store("list", store=path, lang="en")
    assert "#2\t2023\ttxt\t[damaged] Hậu Giang" in listing.stdout
    report = run_on_store("report", "--no-cache", "--no-seeds", store=path, lang="en")
    assert report.returncode == 0 and "error: #2: this article's record" in report.stderr
    article = tmp_path / "ca-mau.txt"
    article.write_text(new_article(), encoding="utf-8")
    # it still takes articles
    assert run_on_store("add", str(article), store=path).stdout.splitlines()[-1] == "ca-mau"
    assert run_on_store("remove", "#2", store=path).stdout == "#2\n"
    with CorpusStore(path) as store:
        assert store.read_documents() == (store.documents(), [])
        assert [document.id for document in store.documents()] == [*SOUND, "ca-mau"]
