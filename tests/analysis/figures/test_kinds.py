"""What kind of figure a number is, from the cue words around it and the unit after it."""

from __future__ import annotations

import pytest

from analysis.figures.kinds import kind_of
from analysis.figures.reading import read_numbers
from analysis.figures.units import read_unit, tag_pieces


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Doanh thu gấp 2,5 lần năm trước", "multiplier"),
        ("Tỉnh tăng 5 bậc so với năm 2023", "change"),
        ("Tỷ lệ tăng 3,2 điểm phần trăm", "change"),
        ("Hệ thống xử lý 1.200 giao dịch/ngày", "rate"),
        ("Doanh thu đạt 2,1 triệu tỷ đồng", "money"),
        ("Kinh tế số chiếm 18,3% GDP", "percent"),
        ("Tỉnh có 12 chỉ số thành phần", "count"),
    ],
)
def test_the_kind_of_the_first_number(text: str, kind: str) -> None:
    pieces = tag_pieces(text)
    reading = read_numbers(text)[0]
    index = next((i for i, piece in enumerate(pieces) if piece.start >= reading.end), len(pieces))
    assert kind_of(text, reading, read_unit(pieces, index)) == kind
