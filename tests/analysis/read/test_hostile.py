"""Hostile files (issue 20) are refused by the check made for them, with a message naming the limit,
and refusing them leaves the store and the other files of the batch as they were.

Time and memory of each refusal are measured by ``benchmarks/hostile.py`` (see BENCHMARKS.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.intake import add_files
from analysis.present.problems import describe_problem
from analysis.read import ReadError, read_article
from analysis.store import CorpusStore

# The check each file must meet, and a piece of the limit its message names.
EXPECTED = [
    ("pdf-shared-stream-99000-pages", "pdf_pages", "2.000 trang"),
    ("pdf-shared-stream-5-pages", "pdf_slow_page", "1 giây"),
    ("docx-paragraph-bomb", "zip_ratio", "100 lần"),
    ("docx-250000-empty-runs", "docx_runs", "200.000 đoạn"),
    ("docx-wordy-26mb", "too_long", "1.000.000 ký tự"),
    ("docx-zip-bomb", "zip_ratio", "100 lần"),
    ("docx-50000-entries", "zip_entries", "2.000 phần"),
    ("docx-xml-entities", "xml_declarations", "DOCTYPE"),
    ("html-nested-100000", "html_depth", "255 tầng"),
    ("html-350000-paragraphs", "html_elements", "30.000 phần tử"),
]


def test_every_hostile_file_has_an_expectation() -> None:
    from benchmarks.hostile_files import HOSTILE_FILES

    assert sorted(HOSTILE_FILES) == sorted(name for name, _, _ in EXPECTED)


@pytest.mark.parametrize(("name", "code", "limit"), EXPECTED)
def test_a_hostile_file_is_refused_by_its_check_naming_the_limit(
    hostile_file: Callable[[str], tuple[str, bytes]], name: str, code: str, limit: str
) -> None:
    suffix, data = hostile_file(name)
    with pytest.raises(ReadError) as refused:
        read_article(f"{name}{suffix}", data)
    assert refused.value.code == code
    problem = refused.value.problem(f"{name}{suffix}")
    assert problem.message.startswith(f"{name}{suffix}: ") and limit in problem.message
    english = describe_problem(problem, language="en")
    assert english != problem.message and english.startswith(f"{name}{suffix}: ")


def test_a_hostile_file_in_a_batch_costs_only_itself(
    tmp_path: Path, hostile_file: Callable[[str], tuple[str, bytes]], make_docx: Callable[[list[str]], bytes]
) -> None:
    earlier = make_docx(["Hà Giang năm 2025", "Năm 2025, Hà Giang có hơn 1.000 tổ công nghệ số cộng đồng."])
    good = make_docx(
        ["Cần Thơ năm 2026", "Năm 2026, Cần Thơ đặt mục tiêu có 2.100 tổ công nghệ số cộng đồng."]
    )
    hostile = [(f"{name}{hostile_file(name)[0]}", hostile_file(name)[1]) for name, _, _ in EXPECTED]
    with CorpusStore(tmp_path / "corpus.sqlite3") as store:
        assert add_files(store, [("ha-giang.docx", earlier)]).added == ("ha-giang",)
        result = add_files(store, [*hostile, ("can-tho.docx", good)])
        kept = {document.id: store.original(document.id) for document in store.list_documents()}
    assert result.added == ("can-tho",)
    assert sorted(problem.code for problem in result.problems) == sorted(code for _, code, _ in EXPECTED)
    assert kept == {"ha-giang": ("ha-giang.docx", earlier), "can-tho": ("can-tho.docx", good)}
