"""Targets beside their results: statuses on hand-made series, conflicting targets, registry targets."""

from __future__ import annotations

import io

import pytest
from pptx import Presentation

from analysis.figures import extract_figures
from analysis.figures.measure.same import measure_key
from analysis.instruments import load_registry
from analysis.pipeline import analyze_corpus
from analysis.present.deck import render_deck
from analysis.present.i18n import translate
from analysis.present.story import build_story
from analysis.progress import fit_line, judge_progress, track_progress
from analysis.types import CorpusAnalysis, Figure, Sentence
from tests.dashboard.test_instruments_page import ARTICLES


def _figure(
    value: float, year: int, *, doc: str = "a", target: bool = False, measure: str = "tỷ lệ hồ sơ"
) -> Figure:
    sentence = f"Năm {year}, {measure} đạt {value}%."
    return Figure(
        value, "%", None, f"{value}%", None, year, doc, sentence, "percent", measure=measure, is_target=target
    )


@pytest.mark.parametrize(
    ("series", "target", "deadline", "status"),
    [
        # the latest result already at the target
        ([(2022, 60.0), (2024, 82.0)], 80.0, 2025, "reached"),
        # the line through the results falls short at the deadline
        ([(2021, 10.0), (2022, 11.0), (2023, 12.0)], 30.0, 2025, "behind"),
        # ahead: the line through the results gets there before the deadline
        ([(2021, 10.0), (2022, 16.0), (2023, 22.0)], 30.0, 2025, "on_track"),
        # a single result: no line
        ([(2023, 16.5)], 20.0, 2025, "not_enough_data"),
        # no result at all
        ([], 20.0, 2025, "not_enough_data"),
        # a series falling away from a target above it
        ([(2021, 50.0), (2022, 45.0), (2023, 40.0)], 60.0, 2025, "behind"),
        # a target to come down to, and the series falls fast enough
        ([(2021, 50.0), (2022, 40.0), (2023, 30.0)], 15.0, 2025, "on_track"),
        # the deadline has passed without the target
        ([(2019, 10.0), (2021, 15.0), (2023, 19.0)], 20.0, 2022, "behind"),
        # the deadline has passed and the target was reached
        ([(2019, 10.0), (2023, 21.0)], 20.0, 2022, "reached"),
    ],
)
def test_status_of_hand_made_series(
    series: list[tuple[int, float]], target: float, deadline: int, status: str
) -> None:
    assert judge_progress(series, target=target, deadline=deadline)[0] == status


def test_the_straight_line_is_least_squares() -> None:
    assert fit_line([(2021, 10.0), (2022, 16.0), (2023, 22.0)], 2025) == pytest.approx(34.0)
    assert fit_line([(2023, 1.0), (2023, 3.0)], 2025) is None


def test_a_target_beside_its_results_with_baseline_latest_and_gap() -> None:
    figures = [
        _figure(40.0, 2021),
        _figure(55.0, 2022, doc="b"),
        _figure(54.0, 2022, doc="c"),
        _figure(55.0, 2022, doc="d"),
        _figure(70.0, 2023),
        _figure(90.0, 2025, target=True),
        _figure(12.0, 2023, measure="tỷ lệ khác"),
    ]
    (row,) = [r for r in track_progress(figures, registry=()) if r.measure == "tỷ lệ hồ sơ"]
    assert [(f.year, f.value) for f in row.results] == [(2021, 40.0), (2022, 55.0), (2023, 70.0)]
    assert row.baseline is not None and row.baseline.value == 40.0
    assert row.latest is not None and (row.latest.year, row.latest.value) == (2023, 70.0)
    assert row.gap == pytest.approx(20.0) and (row.target, row.deadline) == (90.0, 2025)
    assert row.status == "on_track" and row.projected == pytest.approx(100.0)
    assert [source.doc for source in row.sources] == ["a"]
    assert all(f.sentence for f in row.results)  # every number keeps its sentence


def test_conflicting_targets_are_kept_side_by_side_and_a_repeated_one_lists_its_sources() -> None:
    figures = [
        _figure(16.5, 2023, measure="kinh tế số"),
        _figure(20.0, 2025, doc="a", target=True, measure="kinh tế số"),
        _figure(20.0, 2025, doc="b", target=True, measure="kinh tế số"),
        _figure(30.0, 2025, doc="c", target=True, measure="kinh tế số"),
    ]
    rows = track_progress(figures, registry=())
    assert [(r.target, r.conflicting, [s.doc for s in r.sources]) for r in rows] == [
        (20.0, True, ["a", "b"]),
        (30.0, True, ["c"]),
    ]
    assert {r.status for r in rows} == {"not_enough_data"}


def test_registry_targets_meet_the_results_articles_state() -> None:
    text = [
        "Năm 2022, tỷ trọng kinh tế số đạt 14,26% GDP.",
        "Năm 2023, tỷ trọng kinh tế số đạt 16,5% GDP.",
        "Năm 2024, tỷ trọng kinh tế số đạt 18,3% GDP.",
    ]
    sentences = [Sentence("bai", index, line) for index, line in enumerate(text)]
    figures = extract_figures(sentences, doc_year=2024)
    # "tỷ trọng kinh tế số" and "kinh tế số" in % GDP are one measure: every instrument's target for it
    rows = [
        r
        for r in track_progress(figures)
        if r.results and measure_key(r.results[0]) == measure_key(figures[0])
    ]
    by_deadline = {row.deadline: row for row in rows}
    assert set(by_deadline) == {2025, 2030}
    due = by_deadline[2025]
    assert [(f.year, f.value) for f in due.results] == [(2022, 14.26), (2023, 16.5), (2024, 18.3)]
    assert due.status == "on_track" and due.projected == pytest.approx(20.3933, abs=1e-3)
    by_instrument = {source.instrument: source for source in due.sources}
    assert {"411/QĐ-TTg", "52-NQ/TW", "749/QĐ-TTg"} <= set(by_instrument)
    source = by_instrument["411/QĐ-TTg"]
    assert source.url and source.sentence.startswith("Mục tiêu")
    assert not due.conflicting  # three instruments, one value: 20 %
    assert by_deadline[2030].status == "on_track"
    assert any(instrument.targets for instrument in load_registry())


@pytest.fixture(scope="module")
def kinh_te_so(tmp_path_factory: pytest.TempPathFactory) -> CorpusAnalysis:
    """Three short articles stating the digital economy's share of GDP in 2022, 2023 and 2024."""
    folder = tmp_path_factory.mktemp("kinh-te-so")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze_corpus([folder], cache_path=None)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_progress_slide_charts_results_then_target_and_names_every_source(
    kinh_te_so: CorpusAnalysis, language: str
) -> None:
    story = build_story(kinh_te_so, language=language)
    (slide,) = [s for s in story.slides if s.kind == "progress"]
    assert slide.message == translate("progress_board", language)  # the title states the message
    kinds = [s.kind for s in story.slides]
    assert kinds[kinds.index("measure") + 1] == "progress" and kinds[-1] == "sources"
    chart = slide.body.charts[0]
    assert chart.categories == (
        "2022",
        "2023",
        "2024",
        translate("progress_target_category", language, deadline=2025),
    )
    assert chart.series[0].values == (14.26, 16.5, 18.3, 20.0)
    assert chart.series[0].name == translate("progress_on_track", language)
    assert "Năm 2023, tỷ trọng kinh tế số đạt 16,5% GDP." in slide.notes
    assert (
        "411/QĐ-TTg" in slide.notes
        and "“Mục tiêu đến năm 2025, tỷ trọng kinh tế số đạt 20% GDP”" in slide.notes
    )
    deck = Presentation(io.BytesIO(render_deck(story)))
    shown = deck.slides[kinds.index("progress")]
    chart_shape = next(shape for shape in shown.shapes if shape.has_chart)
    assert next(iter(chart_shape.chart.plots[0].series)).values == (14.26, 16.5, 18.3, 20.0)
    assert "411/QĐ-TTg" in shown.notes_slide.notes_text_frame.text
