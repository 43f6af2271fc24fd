"""What a figure measures, read by the real tagger in sentences written here, not in the gold sets."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.measure import is_place, strip_measure
from analysis.present.figures import figures_frame, find_disagreements, measure_key
from analysis.present.i18n import translate
from analysis.types import Figure, Sentence


def _figure(sentence: str, value: float, *, doc: str = "d") -> Figure:
    figures = extract_figures([Sentence(doc, 1, sentence)], doc_year=2025)
    matching = [figure for figure in figures if figure.value == value]
    assert len(matching) == 1, [(f.value, f.unit, f.measure) for f in figures]
    return matching[0]


@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        # a subject and a goal's frame before the measure
        ("Tỉnh phấn đấu đến năm 2030 kinh tế số chiếm 25% GRDP.", 25, "kinh tế số", None),
        (
            "Thành phố đặt mục tiêu đến năm 2026 doanh thu thương mại điện tử đạt 9.000 tỷ đồng.",
            9e12,
            "doanh thu thương mại điện tử",
            None,
        ),
        (
            "UBND tỉnh cho biết tổng vốn đầu tư cho hạ tầng số năm 2025 ước đạt 2.400 tỷ đồng.",
            2.4e12,
            "tổng vốn đầu tư cho hạ tầng số",
            None,
        ),
        # a parenthesised acronym stays with its index; the province it belongs to is the place
        (
            "Chỉ số chuyển đổi số (DTI) của Quảng Trị xếp thứ 38/63 tỉnh, thành phố.",
            38,
            "Chỉ số chuyển đổi số (DTI)",
            "Quảng Trị",
        ),
        (
            "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 của Long An đạt 70,2 điểm, "
            "đứng thứ 4 cả nước.",
            4,
            "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI)",
            "Long An",
        ),
        # "của <tỉnh X>" is a place; "của ngành …" is part of what is measured
        (
            "Tỷ lệ người dân có tài khoản thanh toán của tỉnh Đắk Lắk là 78%.",
            78,
            "Tỷ lệ người dân có tài khoản thanh toán",
            "tỉnh Đắk Lắk",
        ),
        (
            "Năng suất lao động của ngành bán lẻ trực tuyến cao gấp 3 lần bình quân chung.",
            3,
            "Năng suất lao động của ngành bán lẻ trực tuyến",
            None,
        ),
        # an elliptic second figure takes the first one's measure, with its own place
        (
            "Năm 2024, tỷ lệ thanh toán không dùng tiền mặt của Cần Thơ đạt 65%, của An Giang đạt 52%.",
            52,
            "tỷ lệ thanh toán không dùng tiền mặt",
            "An Giang",
        ),
        # a bare country takes the index the sentence opens with
        (
            "Theo Bảng xếp hạng Đổi mới sáng tạo toàn cầu (GII) năm 2024, "
            "Việt Nam xếp thứ 44/133 nền kinh tế.",
            44,
            "Bảng xếp hạng Đổi mới sáng tạo toàn cầu (GII)",
            "Việt Nam",
        ),
        # a change after a comparison: the counted noun of the figure before it
        (
            "Trong năm 2024, toàn tỉnh tiếp nhận 310.000 hồ sơ trực tuyến, tăng 21% so với năm 2023.",
            21,
            "hồ sơ trực tuyến",
            None,
        ),
        # after "X%", what is counted runs on to the end of its clause
        (
            "Hơn 76% người cao tuổi đã có điện thoại thông minh.",
            76,
            "người cao tuổi đã có điện thoại thông minh",
            None,
        ),
    ],
)
def test_measure_of_a_figure(sentence: str, value: float, measure: str, place: str | None) -> None:
    figure = _figure(sentence, value)
    assert (figure.measure, figure.place) == (measure, place)


@pytest.mark.parametrize(
    ("label", "stripped"),
    [
        ("Tỉnh phấn đấu đến năm 2030 kinh tế số chiếm", "kinh tế số"),
        ("Chỉ số chuyển đổi số (DTI) năm 2024 của Quảng Trị", "Chỉ số chuyển đổi số (DTI)"),
        ("tăng trưởng GDP được đặt mục tiêu từ", "tăng trưởng GDP"),  # a passive frame follows its measure
        ("Bộ đặt chỉ tiêu mỗi năm có thêm từ", ""),  # only who set the goal: nothing measured
        (
            "Tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt tối thiểu",
            "Tỷ lệ dịch vụ công trực tuyến",
        ),
        ("Kinh phí thực hiện giai đoạn 2024-2030 khoảng", "Kinh phí thực hiện"),
        ("mức bình quân cả nước (khoảng", "mức bình quân cả nước"),
    ],
)
def test_strip_measure(label: str, stripped: str) -> None:
    assert strip_measure(label) == stripped


@pytest.mark.parametrize(
    ("label", "place"),
    [("Việt Nam", True), ("tỉnh", True), ("TP Hồ Chí Minh", True), ("kinh tế số", False), ("DTI", False)],
)
def test_is_place(label: str, place: bool) -> None:
    assert is_place(label) is place


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
