"""Odd upload names (NUL, escapes, bidi overrides, folders, 10,000 characters) are cleaned with a
note, or refused with a message when nothing usable is left; the file itself is still read."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.intake import prepare_uploads
from analysis.present.problems import describe_problem
from analysis.read import ReadError
from analysis.read.names import MAX_UPLOAD_NAME, clean_upload_name
from tests.analysis.read.conftest import ARTICLE


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bài viết.docx", "bài viết.docx"),
        ("bai\x00.txt", "bai.txt"),
        ("\x1b[31mđỏ\x07.txt", "[31mđỏ.txt"),
        ("Hoa\x00\u0300.txt", "Hoà.txt"),  # the mark after a removed NUL joins the letter: NFC after
        ("tin\u202egpj.docx", "tingpj.docx"),  # a right-to-left override would show "xcod.jpg"
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\a\\bài.md", "bài.md"),
        ("  hai   dấu   cách .txt", "hai dấu cách.txt"),
        ("Bài mới.txt".replace("à", "a\u0300"), "Bài mới.txt"),  # NFD from a Mac: NFC, not renamed
        ("x" * 10_000 + ".pdf", "x" * (MAX_UPLOAD_NAME - 4) + ".pdf"),
        ("y" * 10_000, "y" * MAX_UPLOAD_NAME),
    ],
)
def test_an_odd_upload_name_is_cleaned(name: str, expected: str) -> None:
    clean = clean_upload_name(name)
    assert clean == expected and len(clean) <= MAX_UPLOAD_NAME
    assert all(unicodedata.category(char)[0] != "C" for char in clean)


@pytest.mark.parametrize("name", ["", "\x00", "\x00\x00.", " . ", "../", "\u200b\u200b", ".txt"])
def test_a_name_with_nothing_usable_is_refused(name: str) -> None:
    with pytest.raises(ReadError) as refused:
        clean_upload_name(name)
    assert refused.value.code == "upload_name_empty"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_upload_name_is_cleaned_or_refused(name: str) -> None:
    try:
        clean = clean_upload_name(name)
    except ReadError as error:
        assert error.code == "upload_name_empty"
        return
    assert clean and clean == clean.strip() and len(clean) <= MAX_UPLOAD_NAME
    assert not {"/", "\\"} & set(clean) and unicodedata.is_normalized("NFC", clean)
    assert all(unicodedata.category(char)[0] != "C" for char in clean)
    assert clean_upload_name(clean) == clean  # a clean name stays as it is


def test_an_upload_with_an_odd_name_is_read_with_a_note_in_both_languages() -> None:
    data = ARTICLE.encode()
    candidates, refused = prepare_uploads(
        [("ca-mau\x00.txt", data), ("x" * 10_000 + ".txt", data.replace(b"1.450", b"1.451")), ("\x00", data)]
    )
    assert [candidate.name for candidate in candidates] == [
        "ca-mau.txt",
        "x" * (MAX_UPLOAD_NAME - 4) + ".txt",
    ]
    assert [candidate.doc_id for candidate in candidates] == ["ca-mau", "x" * 80]
    notes = [candidate.warnings[0] for candidate in candidates]
    assert [note.code for note in notes] == ["upload_name", "upload_name"]
    assert (
        describe_problem(notes[0])
        == "ca-mau?.txt: tên tệp có ký tự điều khiển hoặc quá dài nên được đổi thành “ca-mau.txt”."
    )
    assert describe_problem(notes[0], language="en").startswith(
        "ca-mau?.txt: the file name had control characters"
    )
    assert len(describe_problem(notes[1])) < 400  # the 10,000 characters are not repeated in the note
    (problem,) = refused
    assert problem.code == "upload_name_empty" and "\x00" not in describe_problem(problem, language="en")
    assert describe_problem(problem, language="en").startswith("A file has no usable name")
