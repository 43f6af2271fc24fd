"""View data for figures: values read with their unit, the same measure across years, disagreements."""

from __future__ import annotations

import pytest

from analysis.present.figures import (
    figure_value_text,
    figures_frame,
    find_disagreements,
    key_figure_cards,
    measure_series,
)
from analysis.present.i18n import translate
from analysis.types import CorpusAnalysis, Figure

SHARE = "tỷ trọng kinh tế số trong GDP"


def _share(value: float, year: int, doc: str, *, target: bool = False, measure: str = SHARE) -> Figure:
    return Figure(
        value, "%", None, f"{value}%", None, year, doc, f"Năm {year}, {measure} đạt {value}%.",
        kind="percent", measure=measure, is_target=target, sentence_index=1,
    )  # fmt: skip


FIGURES = [
    _share(14.26, 2022, "a"),
    _share(16.5, 2023, "b"),
    _share(18.3, 2024, "c"),
    _share(17.9, 2024, "d"),
    _share(30.0, 2030, "c", target=True),
    Figure(
        76000.0, "doanh nghiệp", None, "76.000 doanh nghiệp", None, 2024, "c", "s", measure="doanh nghiệp"
    ),
]


@pytest.mark.parametrize(
    ("figure", "language", "text"),
    [
        (_share(45.0, 2024, "a"), "vi", "45 %"),
        (Figure(80000.0, "tổ", None, "", "hơn", 2023, "d", "s"), "vi", "hơn 80.000 tổ"),
        (Figure(80000.0, "tổ", None, "", "hơn", 2023, "d", "s"), "en", "over 80,000 teams"),
        (Figure(7.5, "%", None, "", None, 2024, "d", "s", kind="range", value_high=8.0), "vi", "7,5–8 %"),
        (
            Figure(64.0, "quốc gia", None, "", None, 2023, "d", "s", kind="rank", out_of=190.0),
            "vi",
            "thứ 64/190 quốc gia",
        ),
        (Figure(15.0, "thế giới", None, "", None, 2023, "d", "s", kind="rank"), "en", "no. 15 in the world"),
    ],
)
def test_a_value_reads_with_its_unit(figure: Figure, language: str, text: str) -> None:
    assert figure_value_text(figure, language) == text


def test_the_same_measure_across_years_leaves_goals_out() -> None:
    [share] = measure_series(FIGURES)
    assert (share.measure, share.unit, share.kind) == (SHARE, "%", "percent")
    assert [(p.year, p.value, p.doc) for p in share.points] == [
        (2022, 14.26, "a"),
        (2023, 16.5, "b"),
        (2024, 18.3, "c"),
    ]
    assert share.points[0].sentence == FIGURES[0].sentence


def test_measures_match_without_their_years() -> None:
    figures = [
        _share(14.0, 2022, "a", measure="tỷ trọng kinh tế số trong GDP năm 2022"),
        _share(16.0, 2023, "b"),
    ]
    assert [len(s.points) for s in measure_series(figures)] == [2]


def test_figures_that_disagree_are_flagged() -> None:
    [disagreement] = find_disagreements(FIGURES)
    assert (disagreement.measure, disagreement.year) == (SHARE, 2024)
    assert [f.value for f in disagreement.figures] == [18.3, 17.9]
    assert find_disagreements(FIGURES[:3]) == []
    # the same value twice, or two values in one article, is no disagreement between articles
    assert find_disagreements([_share(18.3, 2024, "c"), _share(18.3, 2024, "d")]) == []


def test_figures_table_filters_by_kind_and_year_and_keeps_each_row_figure() -> None:
    frame, shown = figures_frame(FIGURES, {"c": "Bài C"}, "vi", kinds=["percent"], years=[2024])
    assert shown == [FIGURES[2], FIGURES[3]]
    assert list(frame[translate("figures", "vi")]) == ["18,3 %", "17,9 %"]
    assert list(frame[translate("disagrees", "vi")]) == ["⚠", "⚠"]
    assert list(frame[translate("article", "vi")]) == ["Bài C", "d"]
    assert list(frame[translate("kind", "vi")]) == ["Tỷ lệ", "Tỷ lệ"]
    everything, all_shown = figures_frame(FIGURES, {}, "en")
    assert len(everything) == len(all_shown) == len(FIGURES)
    assert list(everything[translate("target", "en")]).count("yes") == 1


@pytest.mark.parametrize(
    ("language", "measure", "qualifier"),
    [("vi", "thành viên", "gần"), ("en", "members", "nearly")],
)
def test_figures_table_measure_and_qualifier_read_in_the_interface_language(
    language: str, measure: str, qualifier: str
) -> None:
    members = Figure(
        380000.0, "thành viên", None, "gần 380.000 thành viên", "gần", 2023, "b", "s", measure="thành viên"
    )
    frame, _ = figures_frame([members], {}, language)
    assert list(frame[translate("measure", language)]) == [measure]
    assert list(frame[translate("qualifier", language)]) == [qualifier]
    groups = Figure(16.0, "nhóm nền tảng số", None, "16 nhóm nền tảng số", None, 2022, "a", "s",
                    measure="nhóm nền tảng số")  # fmt: skip
    composed = figures_frame([groups], {}, "en")[0]
    assert list(composed[translate("measure", "en")]) == ["groups of digital platforms"]
    # a measure with no curated English is written as the article has it, unmarked in a table cell
    share = figures_frame([FIGURES[0]], {}, "en")[0]
    assert list(share[translate("measure", "en")]) == [SHARE]


def test_key_figure_cards_read_as_their_sentence_ordered_by_year() -> None:
    cards = key_figure_cards(FIGURES, "vi", limit=4)
    assert [(c.value, c.label) for c in cards] == [
        ("14,26 %", f"{SHARE} · 2022"),
        ("16,5 %", f"{SHARE} · 2023"),
        ("18,3 %", f"{SHARE} · 2024"),
        ("76.000 doanh nghiệp", "Số lượng · 2024"),
    ]


def test_seed_key_figure_cards(seed_corpus: CorpusAnalysis) -> None:
    cards = key_figure_cards(seed_corpus.figures, "vi")
    assert ("hơn 80.000 tổ", "Tổ công nghệ số cộng đồng · 2023") in [(c.value, c.label) for c in cards]
    assert [c.figure.year for c in cards] == sorted(c.figure.year for c in cards)


@pytest.mark.parametrize(
    ("values", "one_scale"),
    [
        ([14.26, 16.5, 18.3], True),
        ([63, 63, 34], True),
        ([380000, 6300], False),  # a nation's count beside a province's
        ([1.5e15, 1.1e12], False),
        ([0, 5], False),
        ([0, 0], True),
        ([42], True),
        ([], True),
    ],
)
def test_on_one_scale(values: list[float], one_scale: bool) -> None:
    from analysis.present.figures import on_one_scale

    assert on_one_scale(values) is one_scale


def test_measure_series_leaves_out_a_tenfold_jump() -> None:
    def members(value: float, year: int, doc: str) -> Figure:
        return Figure(value, "thành viên", None, "", None, year, doc, "s", kind="count", measure="thành viên")

    assert measure_series([members(380000, 2023, "a"), members(6300, 2024, "b")]) == []
    steady = measure_series([members(380000, 2023, "a"), members(390000, 2024, "b")])
    assert [len(series.points) for series in steady] == [2]
