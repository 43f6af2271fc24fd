"""A text with a few damaged bytes is read with a warning saying where; a mostly binary one is refused."""

from __future__ import annotations

import pytest

from analysis.present.problems import describe_problem
from analysis.read import ReadError, read_article
from tests.analysis.read.conftest import ARTICLE

FIRST, SECOND, THIRD = ARTICLE.split("\n")


@pytest.mark.parametrize(
    ("data", "count", "line", "char"),
    [
        pytest.param(
            f"{FIRST}\n{SECOND}\nTỉnh\x00 đặt".encode() + THIRD[9:].encode(), 1, 3, 5, id="stray NUL"
        ),
        pytest.param(b"\x00" + ARTICLE.encode(), 1, 1, 1, id="NUL first"),
        pytest.param(f"{FIRST}\n".encode() + b"N\xe1\xbbm " + SECOND.encode(), 1, 2, 2, id="cut sequence"),
        pytest.param(f"{FIRST}\n{SECOND}\nab".encode() + b"\xff", 1, 3, 3, id="lone byte"),
        pytest.param(
            f"{FIRST}\n".encode() + b"x\x00y\x00" + SECOND.encode(), 2, 2, 2, id="two NULs on a line"
        ),
        pytest.param(
            f"{FIRST}\n".encode() + b"\xc3(" + SECOND.encode() + b"\n\x00" + THIRD.encode(),
            2,
            2,
            1,
            id="both kinds",
        ),
    ],
)
def test_a_few_damaged_bytes_are_read_with_a_warning_saying_where(
    data: bytes, count: int, line: int, char: int
) -> None:
    article = read_article("hong.txt", data)
    assert FIRST in article.text and "\x00" not in article.text
    (warning,) = article.warnings
    assert warning.kept and warning.code == "damaged"
    assert dict(warning.values) == {
        "name": "hong.txt",
        "count": str(count),
        "line": str(line),
        "char": str(char),
    }
    assert f"line {line}, character {char}" in describe_problem(warning, language="en")
    assert f"dòng {line}, ký tự thứ {char}" in warning.message
    # The place named is the place of the first damage in the text as read.
    lines = article.text.split("\n")
    assert lines[line - 1][char - 1] == "\ufffd"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(bytes(range(256)) * 40, "not_text", id="all byte values"),
        pytest.param(ARTICLE.encode("utf-16-le"), "binary", id="UTF-16 without a mark"),
        pytest.param(b"\x00\x01\x02\x03" * 2000 + ARTICLE.encode(), "binary", id="binary head"),
        pytest.param(ARTICLE.encode()[:60] + b"\x00" * 5, "binary", id="a short text with many NULs"),
        pytest.param(b"\x7fELF\x02\x01" + ARTICLE.encode(), "binary", id="a program"),
    ],
)
def test_a_mostly_binary_file_is_still_refused(data: bytes, code: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_article("nhi-phan.txt", data)
    assert caught.value.code == code
