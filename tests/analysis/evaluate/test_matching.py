"""A found figure against a gold one: the measure rule and pairing in text order."""

from __future__ import annotations

import pytest

from analysis.evaluate.gold import GoldFigure
from analysis.evaluate.matching import measure_agrees, place_agrees
from analysis.evaluate.scoring import evaluate_figures
from analysis.evaluate.tables import render_evaluation
from analysis.types import Figure


@pytest.mark.parametrize(
    ("found", "phrases", "agrees"),
    [
        ("kinh tế số", ["kinh tế số"], True),
        ("Kinh tế số", ["kinh tế số"], True),  # case
        ("kinh tế số của tỉnh", ["kinh tế số"], True),  # two syllables more
        ("Chỉ số chuyển đổi số (DTI)", ["DTI", "Chỉ số chuyển đổi số (DTI)"], True),
        ("Chỉ số chuyển đổi số DTI", ["Chỉ số chuyển đổi số (DTI)"], True),  # punctuation dropped
        ("Tỉnh phấn đấu đến năm 2030 kinh tế số", ["kinh tế số"], False),  # filler kept
        ("DTI) của Quảng Trị", ["Chỉ số chuyển đổi số (DTI)", "DTI"], False),  # 4 syllables for 1
        ("lệ dân số trưởng thành", ["tỷ lệ dân số trưởng thành"], False),  # head cut off
        ("kinh tế", ["kinh tế số"], False),  # shorter is not enough
        (None, ["kinh tế số"], False),
        # aspect words say when, on either side: "đã", "đang" are read as absent
        ("hộ gia đình đã dùng cáp quang", ["hộ gia đình dùng cáp quang"], True),
        ("người dân dùng VNeID", ["người dân đang dùng VNeID"], True),
        ("doanh nghiệp nhỏ và vừa", ["doanh nghiệp nhỏ và vừa chuyển đổi số"], False),  # "vừa" is a size
        # a full name ending in the acronym the gold accepts names that index; a fragment does not
        ("Chỉ số đánh giá mức độ chuyển đổi số (DTI)", ["Chỉ số chuyển đổi số cấp tỉnh", "DTI"], True),
        ("Chỉ số đánh giá mức độ chuyển đổi số (DTI)", ["Chỉ số chuyển đổi số cấp tỉnh"], False),
        ("Chỉ số đổi mới sáng tạo toàn cầu (GII)", ["DTI"], False),
        ("", ["kinh tế số"], False),
        # which ones and what they did, each a gold phrase, joined by at most two words
        ("số xã kết nối mạng truyền số liệu", ["số xã", "mạng truyền số liệu"], True),
        ("xã, phường hoàn thành số hóa hộ tịch", ["xã, phường", "số hóa hộ tịch"], True),
        ("số xã trong tỉnh đã được kết nối mạng truyền số liệu", ["số xã", "mạng truyền số liệu"], False),
        ("số xã", ["số xã kết nối", "mạng truyền số liệu"], False),
    ],
)
def test_measure_match_rule(found: str | None, phrases: list[str], agrees: bool) -> None:
    assert measure_agrees(found, phrases) is agrees


def test_two_mentions_of_one_value_pair_in_text_order_and_attributes_are_tallied() -> None:
    gold = [
        GoldFigure("d", "percent", 100.0, "%", 2024, measure=("sở, ngành dùng văn bản điện tử",), place=None),
        GoldFigure("d", "percent", 100.0, "%", 2024, measure=("huyện có trung tâm một cửa",), place=None),
        GoldFigure("d", "percent", 44.1, "%", 2023, place=("Long An",), is_target=False),
    ]
    found = [
        Figure(100.0, "%", None, "100%", None, 2024, "d", "s", kind="percent", measure="sở, ngành", start=0),
        Figure(100.0, "%", None, "100%", None, 2024, "d", "s", kind="percent", measure="huyện", start=40),
        Figure(44.1, "%", None, "44,1%", None, 2022, "d", "t", kind="percent", place="tỉnh Long An", start=9),
    ]
    evaluation = evaluate_figures(gold, found)
    assert evaluation.values is not None
    assert (evaluation.values.recall, evaluation.values.precision) == (1.0, 1.0)
    assert (evaluation.overall.recall, evaluation.overall.precision) == (
        2 / 3,
        2 / 3,
    )  # 44,1 has the wrong year
    tallies = {tally.name: (tally.right, tally.scored) for tally in evaluation.attributes}
    assert tallies == {
        "kind": (3, 3),
        "unit": (3, 3),
        "year": (2, 3),
        "measure": (0, 2),
        "place": (3, 3),
        "is_target": (1, 1),
    }
    year = evaluation.attribute("year")
    assert year is not None and year.wrong == ("d: “44,1%” year 2022, want 2023",)
    text = render_evaluation(evaluation)
    assert "year       0.667 (2 of 3 of found gold figures)" in text
    assert "wrong year (1):" in text


@pytest.mark.parametrize(
    ("found", "gold", "agrees"),
    [
        (None, ["Việt Nam"], True),  # Việt Nam's own rank is a national figure
        ("Việt Nam", None, True),
        (None, ["Viet Nam", "Việt Nam"], True),
        ("Lào", ["Việt Nam"], False),  # another country is a place of its own
        (None, ["Việt Nam", "Hà Nội"], False),  # a gold that also accepts a province still wants one
        ("Hà Nội", ["Việt Nam", "Hà Nội"], True),
        ("Việt Nam", ["Singapore"], False),
    ],
)
def test_the_country_itself_is_no_place(found: str | None, gold: list[str] | None, agrees: bool) -> None:
    assert place_agrees(found, gold) is agrees
