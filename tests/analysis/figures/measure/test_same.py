"""When two figures state the same measure."""

from __future__ import annotations

from analysis.figures.measure.same import measure_key, most_stated, named_measure
from analysis.present.figures import figures_frame, find_disagreements
from analysis.present.i18n import translate
from analysis.types import Figure
from tests.analysis.figures.measure.conftest import _figure


def test_two_provinces_figures_are_two_measures_not_a_disagreement() -> None:
    sentence = "Năm 2024, tỷ lệ hồ sơ trực tuyến của Hà Nội đạt 87,5%, của Quảng Ninh đạt 84,1%."
    hanoi, quang_ninh = (_figure(sentence, value, doc=doc) for value, doc in [(87.5, "a"), (84.1, "b")])
    assert hanoi.measure == quang_ninh.measure == "tỷ lệ hồ sơ trực tuyến"
    assert measure_key(hanoi) != measure_key(quang_ninh)
    assert find_disagreements([hanoi, quang_ninh]) == []
    frame, _ = figures_frame([hanoi, quang_ninh], {}, "vi")
    assert list(frame[translate("measure", "vi")]) == [
        "tỷ lệ hồ sơ trực tuyến · Hà Nội",
        "tỷ lệ hồ sơ trực tuyến · Quảng Ninh",
    ]


def test_a_shares_head_and_its_years_do_not_make_another_measure() -> None:
    def share(value: float, doc: str, measure: str, place: str | None = None) -> Figure:
        text = f"{value:g}% GDP".replace(".", ",")
        return Figure(
            value, "% GDP", None, text, None, 2024, doc, "s", kind="percent", measure=measure, place=place
        )

    share_2024 = share(18.3, "a", "Tỷ trọng kinh tế số năm 2024")
    plain = share(18.3, "b", "kinh tế số")
    assert measure_key(share_2024) == measure_key(plain) == ("kinh tế số", "", "% gdp", "percent")
    place_only = share(44.1, "b", "Long An", place="Long An")
    assert named_measure(place_only) is None and measure_key(place_only) is None
    # the value most articles give stands for the year, not the first stated
    assert most_stated([share(12.0, "c", "kinh tế số"), share_2024, plain]) is share_2024


def test_one_province_named_two_ways_is_one_measure() -> None:
    # two articles: "của tỉnh Bình Phước" in one, "Bình Phước" in the other; one line across the years
    first = _figure(
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Bình Phước đạt 53,2%.", 53.2, doc="a"
    )
    second = _figure("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của Bình Phước đạt 71,4%.", 71.4, doc="b")
    assert {first.place, second.place} == {"tỉnh Bình Phước", "Bình Phước"}
    assert measure_key(first) == measure_key(second) is not None
