"""Library view data: the review table, corrections, search, the stored list, the year carry-over."""

from __future__ import annotations

import pytest

from analysis.present.library import (
    carry_year_selection,
    corrections_from_review,
    review_rows,
    search_stored,
    stored_table,
)
from analysis.store import StoredDocument, prepare_upload

ARTICLE = "Long An có 188 Tổ công nghệ số cộng đồng\nNăm 2023, Long An có 188 Tổ công nghệ số cộng đồng.\n"


@pytest.mark.parametrize(
    ("chosen", "previous", "years", "expected"),
    [
        ([2022, 2023, 2024], [2022, 2023, 2024], [2022, 2023, 2024, 2025], [2022, 2023, 2024, 2025]),
        ([2023], [2022, 2023, 2024], [2022, 2023, 2024, 2025], [2023]),
        ([2023, 2025], [2022, 2023, 2025], [2022, 2023], [2023]),
        ([2022, 2025], [2022, 2025], [2022], [2022]),
        ([], [], [2025], [2025]),
    ],
)
def test_a_new_year_joins_only_an_all_years_selection(
    chosen: list[int], previous: list[int], years: list[int], expected: list[int]
) -> None:
    assert carry_year_selection(chosen, previous, years) == expected


def test_review_rows_show_what_was_inferred_and_only_changes_become_corrections() -> None:
    candidate = prepare_upload("long-an.txt", ARTICLE.encode())
    (row,) = review_rows([candidate])
    assert row == {
        "file": "long-an.txt",
        "id": "long-an",
        "title": "Long An có 188 Tổ công nghệ số cộng đồng",
        "outlet": "",
        "published": "",
        "year": 2023,
    }
    unchanged, problems = corrections_from_review([candidate], [row])
    assert unchanged == {"long-an.txt": {}} and problems == []
    edited = dict(row, year=2024.0, outlet="Báo Long An", published="2024-01-05")
    corrections, problems = corrections_from_review([candidate], [edited])
    assert corrections == {
        "long-an.txt": {"outlet": "Báo Long An", "published": "2024-01-05T00:00:00", "year": 2024}
    }
    assert problems == []


@pytest.mark.parametrize(("field", "value"), [("year", 99999), ("published", "mai"), ("title", "  ")])
def test_bad_corrections_are_problems_naming_the_file(field: str, value: object) -> None:
    candidate = prepare_upload("long-an.txt", ARTICLE.encode())
    (row,) = review_rows([candidate])
    _, problems = corrections_from_review([candidate], [dict(row, **{field: value})])
    (problem,) = problems
    assert problem.code == "sidecar_value" and problem.message.startswith("long-an.txt: ")


def test_search_and_table_of_stored_documents() -> None:
    added = "2025-01-02T03:04:05+00:00"
    stored = [
        StoredDocument("long-an", "long-an.txt", "txt", 90, added, "Long An số hóa", None, None, None, ()),
        StoredDocument("ca-mau", "ca mau.docx", "docx", 9, added, "Cà Mau", "Báo CM", None, 2024, ("year",)),
    ]
    assert [d.id for d in search_stored(stored, "ca mau")] == ["ca-mau"]
    assert [d.id for d in search_stored(stored, "SỐ HÓA")] == ["long-an"]
    assert [d.id for d in search_stored(stored, " ")] == ["long-an", "ca-mau"]
    table = stored_table(stored, "vi")
    assert list(table["Năm"]) == ["Không rõ năm", "2024"]
    assert list(table["Đã sửa"]) == ["", "năm"]
    assert list(stored_table(stored, "en")["Year"]) == ["Year unknown", "2024"]
