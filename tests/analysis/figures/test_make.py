"""The one constructor of a figure: what it reads from the sentence around the number."""

from __future__ import annotations

from analysis.figures.make import make_figure
from analysis.types import Sentence


def test_a_figure_reads_its_year_goal_and_measure_from_its_sentence() -> None:
    text = "Năm 2026, tỉnh phấn đấu 85% hồ sơ thủ tục hành chính được giải quyết trực tuyến."
    start = text.index("85%")
    figure = make_figure(
        Sentence("d", 3, text),
        start=start,
        end=start + 3,
        value=85.0,
        unit="%",
        kind="percent",
        doc_year=2025,
    )
    assert (figure.year, figure.is_target, figure.text, figure.sentence_index) == (2026, True, "85%", 3)
    assert figure.subject == "thủ tục hành chính"


def test_a_measure_and_place_given_by_the_caller_win() -> None:
    text = "Đà Nẵng xếp thứ 1 về chuyển đổi số năm 2024."
    start = text.index("thứ 1")
    figure = make_figure(
        Sentence("d", 0, text), start=start, end=start + 5, value=1.0, unit="", kind="rank", doc_year=2024,
        measure="Chỉ số chuyển đổi số (DTI)", place="Đà Nẵng",
    )  # fmt: skip
    assert (figure.measure, figure.place, figure.year, figure.is_target) == (
        "Chỉ số chuyển đổi số (DTI)", "Đà Nẵng", 2024, False
    )  # fmt: skip
