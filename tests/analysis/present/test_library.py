"""Library view data: the review table, corrections, search, the stored list, the year carry-over,
the uploader's own texts and the edit and remove menus."""

from __future__ import annotations

import re

import pytest

from analysis.intake import prepare_upload
from analysis.present.library import (
    _css_string,
    carry_year_selection,
    corrections_from_review,
    edit_defaults,
    fields_text,
    review_rows,
    search_stored,
    stored_choice,
    stored_table,
    upload_help,
    upload_limits,
    uploader_css,
)
from analysis.read.formats import MAX_BYTES, MB
from analysis.store import StoredDocument

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
        "source": "",
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


# --- the uploader's texts ------------------------------------------------------------------------


def test_the_stated_limits_are_the_readers_own() -> None:
    stated = upload_limits()
    assert [" " not in group for group in stated.split(" · ")] == [True, True, True]  # one line each
    stated = stated.replace("\xa0", " ")
    for suffix, size in MAX_BYTES.items():
        group = re.search(rf"(\d+) MB \([A-Z, ]*\b{suffix.lstrip('.').upper()}\b", stated)
        assert group is not None and int(group.group(1)) * MB == size, (suffix, stated)
    assert "200" not in stated


@pytest.mark.parametrize(
    ("language", "button", "instructions", "drop", "failed"),
    [
        (
            "vi",
            "Chọn tệp",
            "Kéo và thả tệp vào đây. Giới hạn mỗi tệp: ",
            "Thả tệp vào đây",
            "Máy chủ không nhận",
        ),
        (
            "en",
            "Browse files",
            "Drag and drop files here. Size limit per file: ",
            "Drop files here",
            "The server did",
        ),
    ],
)
def test_the_uploader_css_draws_the_apps_texts_in_place_of_streamlits(
    language: str, button: str, instructions: str, drop: str, failed: str
) -> None:
    css = uploader_css("library_uploader", language)
    contents = [
        re.sub(r"\\([0-9a-f]+) ", lambda escape: chr(int(escape.group(1), 16)), content)
        for content in re.findall(r'content: "([^"]*)"', css)
    ]
    assert contents[:3] == [button, instructions + upload_limits(), drop]
    assert len(contents) == 4 and contents[3].startswith(failed)
    # Every rule is scoped to the one uploader, and each of Streamlit's texts is hidden.
    selectors = [rule.split("{")[0].strip() for rule in css.split("}") if "{" in rule]
    assert selectors and all(sel.startswith(".st-key-library_uploader ") for sel in selectors)
    hidden = [sel for sel in selectors if "display: none" in css.split(sel, 1)[1].split("}", 1)[0]]
    assert len(hidden) == 4 and any("stFileUploaderDropzoneInstructions" in sel for sel in hidden)


@pytest.mark.parametrize("scope", ["", "a b", "x{color:red}", "k'], body", "ưu-tiên"])
def test_the_uploader_css_refuses_a_scope_that_is_not_a_plain_key(scope: str) -> None:
    with pytest.raises(ValueError, match="widget key"):
        uploader_css(scope, "vi")


@pytest.mark.parametrize(
    "text", ['"; } body { display: none', "</style><script>alert(1)</script>", "a\\", "dòng\nmới", "{}"]
)
def test_a_css_string_cannot_break_out(text: str) -> None:
    literal = _css_string(text)
    inner = literal[1:-1]
    assert literal[0] == literal[-1] == '"'
    assert re.fullmatch(r'(?:[^"\\<>{}\n]|\\[0-9a-f]+ )*', inner), literal


def test_the_upload_help_states_the_length_limit_in_each_language_and_no_server_path() -> None:
    assert upload_help("vi") == (
        "Mỗi tệp một bài, tối đa 1 triệu ký tự. Bài được lưu trong kho bài viết của máy chủ."
    )
    assert upload_help("en") == (
        "One article per file, at most 1 million characters. Articles are kept in the server's library."
    )


# --- editing and removing stored articles --------------------------------------------------------


def test_the_edit_form_starts_from_the_saved_details() -> None:
    added = "2025-01-02T03:04:05+00:00"
    dated = StoredDocument("a", "a.txt", "txt", 9, added, "Cà Mau", "Báo CM", "2024-03-05T09:30:00", 2024, ())
    bare = StoredDocument("b", "b.txt", "txt", 9, added, "Long An", None, None, None, ())
    assert edit_defaults(dated) == {
        "title": "Cà Mau",
        "outlet": "Báo CM",
        "published": "2024-03-05",
        "year": "2024",
    }
    assert edit_defaults(bare) == {"title": "Long An", "outlet": "", "published": "", "year": ""}
    assert stored_choice(bare, "vi") == "Long An (Không rõ năm) · b"
    assert stored_choice(bare, "en") == "Long An (Year unknown) · b"
    long_title = StoredDocument("c", "c.txt", "txt", 9, added, "Rất dài\n" + "x" * 200, None, None, 2023, ())
    shown = stored_choice(long_title, "vi")
    assert shown.endswith("… (2023) · c") and "\n" not in shown and len(shown) < 110
    assert fields_text(("outlet", "year"), "en") == "outlet, year"
