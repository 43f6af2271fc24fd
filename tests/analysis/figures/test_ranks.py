"""Ranks in a sentence, with their field, and the ranks of a series after the first."""

from __future__ import annotations

import pytest

from analysis.figures.ranks import read_ranks
from analysis.figures.units import tag_pieces
from analysis.types import Sentence


def _ranks(text: str) -> list[tuple[float, float | None, str, str | None]]:
    found, _ = read_ranks(Sentence("d", 0, text), tag_pieces(text), 2024)
    return [(c.figure.value, c.figure.out_of, c.figure.unit, c.figure.place) for c in found]


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        (
            "Năm 2024, Bình Định xếp thứ 12/63 tỉnh, thành phố về DTI.",
            [(12.0, 63.0, "tỉnh, thành phố", "Bình Định")],
        ),
        ("Việt Nam xếp 71/193 quốc gia về chính phủ điện tử.", [(71.0, 193.0, "quốc gia", None)]),
        ("Tỉnh đứng thứ ba cả nước về dịch vụ công.", [(3.0, None, "cả nước", None)]),
        (
            "Về chỉ số này, Hàn Quốc đứng thứ 2, Nhật Bản 14, Trung Quốc 23.",
            [(2.0, None, "", "Hàn Quốc"), (14.0, None, "", "Nhật Bản"), (23.0, None, "", "Trung Quốc")],
        ),
    ],
)
def test_ranks_are_read_with_their_field_and_series(
    text: str, ranks: list[tuple[float, float | None, str, str | None]]
) -> None:
    assert _ranks(text) == ranks


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        # each rank of a series is one figure, however many of its members say "đứng thứ" again
        (
            "Indonesia đứng đầu, Philippines đứng thứ 4, Lào đứng thứ 7 và Việt Nam đứng thứ 6.",
            [(4.0, None, "", "Philippines"), (7.0, None, "", "Lào"), (6.0, None, "", None)],
        ),
        (
            "Campuchia xếp thứ 9, Myanmar xếp thứ 10.",
            [(9.0, None, "", "Campuchia"), (10.0, None, "", "Myanmar")],
        ),
        (  # the field is the one written after each rank, not the first one's
            "Singapore đứng thứ 1 thế giới, Brunei đứng thứ 50, Lào 90 khu vực châu Á.",
            [
                (1.0, None, "thế giới", "Singapore"),
                (50.0, None, "", "Brunei"),
                (90.0, None, "khu vực", "Lào"),
            ],
        ),
        (
            "Ở chỉ số con, Việt Nam đứng thứ 3, Thái Lan đứng thứ 2.",
            [(3.0, None, "", None), (2.0, None, "", "Thái Lan")],
        ),
    ],
)
def test_a_series_of_ranks_gives_each_rank_once_and_the_country_itself_no_place(
    text: str, ranks: list[tuple[float, float | None, str, str | None]]
) -> None:
    assert _ranks(text) == ranks


@pytest.mark.parametrize("text", ["Tỉnh vào nhóm năm địa phương dẫn đầu.", "Có 14 tỉnh khác tham gia."])
def test_no_rank_without_a_rank_word(text: str) -> None:
    assert _ranks(text) == []
