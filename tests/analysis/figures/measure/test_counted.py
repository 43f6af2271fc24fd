"""What a count counts: the noun run after its number, up to what the counted ones did or the next figure."""

from __future__ import annotations

from tests.analysis.figures.measure.conftest import (
    _measures,
)


def test_a_count_names_which_ones_up_to_what_they_did() -> None:
    found = _measures([(1, "Năm 2024 có 4.260 tài khoản doanh nghiệp bị chiếm đoạt đã được khôi phục.", 1)])
    assert found == [(4260.0, "tài khoản doanh nghiệp bị chiếm đoạt")]


def test_a_count_names_which_ones_but_never_runs_into_the_next_figure() -> None:
    found = _measures([(1, "Tỉnh có hơn 2.400 tổ, gần 11.000 thành viên tham gia hướng dẫn người dân.", 1)])
    assert found == [(2400.0, "tổ"), (11000.0, "thành viên tham gia hướng dẫn người dân")]
