"""What a visitor may see of a message that quotes a server path: file names, never folders."""

from __future__ import annotations

import pytest

from analysis.resources import phrases
from analysis.text import phrase_pattern, public_text


@pytest.mark.parametrize(
    ("message", "hidden", "shown"),
    [
        # a configured path keeps its own name, spaces in its folders included
        ("/srv/dx data/kho.sqlite3: hỏng", ["/srv/dx data/kho.sqlite3"], "kho.sqlite3: hỏng"),
        ("/work/main/seeds/000_a.txt: lỗi", ["/work/main/seeds"], "seeds/000_a.txt: lỗi"),
        # any other absolute path keeps only its file name (POSIX, home, Windows)
        (
            "[Errno 13] Permission denied: '/home/an/.cache/a.sqlite3'",
            [],
            "[Errno 13] Permission denied: 'a.sqlite3'",
        ),
        ("không mở được ~/du_lieu/x.txt", [], "không mở được x.txt"),
        (r"C:\Users\an\kho.sqlite3 bị khoá", [], "kho.sqlite3 bị khoá"),
        # what is not a server path stays as written: URLs, dates, fractions, plain names
        ("xem https://a.vn/b/c", [], "xem https://a.vn/b/c"),
        ("ngày 10/10/2022, tỉ lệ 1/2", [], "ngày 10/10/2022, tỉ lệ 1/2"),
        ("bai_moi.txt: trùng với 003", [], "bai_moi.txt: trùng với 003"),
    ],
)
def test_public_text_leaves_out_the_servers_folders(message: str, hidden: list[str], shown: str) -> None:
    assert public_text(message, hidden=hidden) == shown


def test_phrase_pattern_takes_the_longest_phrase_whole_words_any_spacing() -> None:
    pattern = phrase_pattern(("gần", "gần như", "khoảng gần"))
    assert [m.group() for m in pattern.finditer("khoảng  gần 5, gần như 7, gầnđây")] == [
        "khoảng  gần",
        "gần như",
    ]


def test_phrases_reads_a_line_file_and_a_list_inside_a_toml_file() -> None:
    qualifiers = phrases("number_qualifiers.txt")
    assert qualifiers.index("khoảng gần") < qualifiers.index("gần") and len(set(qualifiers)) == len(
        qualifiers
    )
    assert "cả nước" in phrases("scope.toml:national.cues")
