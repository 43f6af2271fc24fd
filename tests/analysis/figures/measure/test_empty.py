"""A measure that names no quantity: none, a place, a list's frame, names listed, or who acted."""

from __future__ import annotations

import pytest

from analysis.figures.measure.empty import (
    _lists_names,
    _names_an_agent,
    _only_acts,
    is_empty_measure,
    is_list_frame,
)


@pytest.mark.parametrize(
    ("measure", "empty"),
    [
        (None, True),
        ("  ", True),
        ("Long An", True),  # a place is whom a figure is for
        ("tỷ lệ", True),  # a bare head
        ("năm", True),
        ("tỷ lệ bình quân cả nước", True),  # an average of a quantity named elsewhere
        ("Đứng đầu bảng xếp hạng năm nay là", True),  # a list's frame
        ("Vietcombank, BIDV và VietinBank", True),  # names listed
        ("Sở Tài chính đã bố trí", True),  # who acted
        ("tỉnh dành", True),  # what was done, by whom
        ("đạt tỷ lệ", True),  # a verb before a bare head
        ("huyện Minh Hóa và huyện Tuyên Hóa", True),  # places listed, each with its head
        ("huyện, thị xã", False),  # kinds of place, as a count counts them ("tại 12 huyện, thị xã")
        ("tỷ lệ hồ sơ trực tuyến", False),
        ("Chỉ số chuyển đổi số", False),
    ],
)
def test_a_measure_naming_no_quantity_is_empty(measure: str | None, empty: bool) -> None:
    assert is_empty_measure(measure) is empty


def test_the_figures_own_place_and_a_ranks_field_are_no_measure() -> None:
    assert is_empty_measure("hồ sơ trực tuyến", "Hồ sơ  trực tuyến")
    assert not is_empty_measure("vùng lãnh thổ")
    assert is_empty_measure("vùng lãnh thổ", unit="quốc gia và vùng lãnh thổ")


def test_a_lists_frame_opens_with_its_head_or_ends_soon_after_it() -> None:
    assert is_list_frame("Đứng đầu bảng xếp hạng năm nay là")
    assert is_list_frame("Nhóm dẫn đầu cả nước gồm")
    assert not is_list_frame("tỷ lệ hồ sơ cao nhất khu vực miền núi phía Bắc")
    assert not is_list_frame("tỷ lệ hồ sơ trực tuyến")
    assert not is_list_frame(None)


def test_who_acted_and_what_was_done_name_nothing_measured() -> None:
    assert _names_an_agent("Sở Tài chính đã bố trí")
    assert not _names_an_agent("Số hồ sơ đã tiếp nhận")  # a measure's head: what was counted
    assert not _names_an_agent("sở tài chính đã bố trí")  # an agent is named with a capital
    assert _only_acts("xử lý") and _only_acts("tỉnh dành") and _only_acts("cả nước triển khai")
    assert not _only_acts("triển khai dịch vụ công")


def test_names_listed_with_a_comma_or_and_are_no_measure() -> None:
    assert _lists_names("Vietcombank, BIDV và VietinBank") and _lists_names("Agribank và MB")
    assert not _lists_names("Hà Nội") and not _lists_names("BIDV và tỷ lệ")


@pytest.mark.parametrize(
    "measure",
    [
        "cao hơn nhiều so với bình quân chung",
        "thấp hơn mức bình quân cả nước",
        "Bình quân toàn tỉnh",
        "trước",
    ],
)
def test_a_comparison_or_an_average_names_no_quantity(measure: str) -> None:
    assert is_empty_measure(measure)
