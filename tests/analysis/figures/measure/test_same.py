"""When two figures state the same measure."""

from __future__ import annotations

from analysis.present.figures import figures_frame, find_disagreements, measure_key
from analysis.present.i18n import translate
from tests.analysis.figures.measure.conftest import (
    _figure,
)


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
