"""Splitting a list's text into clean items."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.priorities.items import split_items

# --- split_items ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "items"),
    [
        (
            "dữ liệu số, quản trị số và số hóa các ngành kinh tế.",
            3,
            ["Dữ liệu số", "Quản trị số", "Số hóa các ngành kinh tế"],
        ),
        (
            "dữ liệu số, quản trị số và số hóa các ngành kinh tế.",
            None,
            ["Dữ liệu số", "Quản trị số", "Số hóa các ngành kinh tế"],
        ),
        # ";" separates items before commas do, and "và" inside an item stays
        ("Ưu tiên A và B; ưu tiên C, D; ưu tiên E.", None, ["Ưu tiên A và B", "Ưu tiên C, D", "Ưu tiên E"]),
        # an item with "và" of its own: the final "và" splits only what the count still needs
        (
            "Công nghiệp CNTT và Truyền thông, số hóa các ngành, quản trị số và dữ liệu số.",
            4,
            ["Công nghiệp CNTT và Truyền thông", "Số hóa các ngành", "Quản trị số", "Dữ liệu số"],
        ),
        # the count cuts the tail of the sentence off
        (
            "công nghiệp CNTT, số hóa các ngành kinh tế, quản trị số, dữ liệu số, tạo ra động lực để phát "
            "triển.",
            4,
            ["Công nghiệp CNTT", "Số hóa các ngành kinh tế", "Quản trị số", "Dữ liệu số"],
        ),
        ("a và b", 2, ["A", "B"]),
        # odd spacing, quotes, leading "và", trailing punctuation
        ("  hạ tầng số ,\tdữ liệu số  và   nhân lực số . ", 3, ["Hạ tầng số", "Dữ liệu số", "Nhân lực số"]),
        ('"3 tăng cường"; và “5 đẩy mạnh”.', None, ["3 tăng cường", "5 đẩy mạnh"]),
        (
            'phổ cập kỹ năng số qua phong trào "Bình dân học vụ số"; bảo đảm an ninh mạng.',
            None,
            ['Phổ cập kỹ năng số qua phong trào "Bình dân học vụ số"', "Bảo đảm an ninh mạng"],
        ),
        # missing parts
        ("", 3, []),
        ("  ;  ; ", None, []),
        ("…", 2, []),
        ("chỉ một mục", 3, ["Chỉ một mục"]),
    ],
)
def test_split_items(text: str, count: int | None, items: list[str]) -> None:
    assert split_items(text, count=count) == items
    assert split_items(unicodedata.normalize("NFD", text), count=count) == items
