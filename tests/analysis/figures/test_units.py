"""What follows a number: a sentence cut into tagged pieces, and the unit read after the number."""

from __future__ import annotations

import pytest

from analysis.figures.reading import read_numbers
from analysis.figures.units import pieces_of, read_unit, tag_pieces


def _unit_after_first_number(text: str) -> tuple[str, str, str | None] | None:
    pieces = tag_pieces(text)
    reading = read_numbers(text)[0]
    index = next((i for i, piece in enumerate(pieces) if piece.start >= reading.end), len(pieces))
    unit = read_unit(pieces, index)
    return None if unit is None else (unit.text, unit.category, unit.per)


def test_pieces_split_syllables_and_punctuation_with_their_spans() -> None:
    assert pieces_of("15%/năm") == [("15", 0, 2), ("%", 2, 3), ("/", 3, 4), ("năm", 4, 7)]


def test_tagged_pieces_carry_the_tag_of_their_word() -> None:
    pieces = tag_pieces("Tỉnh có 12 chỉ số thành phần")
    assert [(p.text, p.tag) for p in pieces] == [
        ("Tỉnh", "N"),
        ("có", "V"),
        ("12", "M"),
        ("chỉ", "N"),
        ("số", "N"),
        ("thành", "N"),
        ("phần", "N"),
    ]
    # "chỉ số" is one word: its two syllables share a word number
    assert pieces[3].word == pieces[4].word != pieces[5].word


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tỉnh có 12 chỉ số thành phần được đánh giá", ("chỉ số thành phần", "noun", None)),
        ("Tốc độ tăng trưởng đạt 15%/năm", ("%/năm", "percent", "năm")),
        ("Kinh tế số chiếm 18,3% GDP", ("% GDP", "percent", None)),
        ("Doanh thu đạt 2,1 triệu tỷ đồng", ("đồng", "money", None)),
        ("Doanh thu gấp 2,5 lần năm trước", ("lần", "multiplier", None)),
        ("Tỉnh tăng 5 bậc so với năm 2023", ("bậc", "change", None)),
        ("Tỷ lệ tăng 3,2 điểm phần trăm", ("điểm phần trăm", "change", None)),
        ("Hệ thống xử lý 1.200 giao dịch/ngày", ("giao dịch/ngày", "noun", "ngày")),
    ],
)
def test_the_unit_after_a_number(text: str, unit: tuple[str, str, str | None]) -> None:
    assert _unit_after_first_number(text) == unit


def test_nothing_counted_after_a_number_is_no_unit() -> None:
    assert _unit_after_first_number("Kết quả là 12.") is None
