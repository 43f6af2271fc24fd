"""The figure grammar measured on the gold set: precision, recall and agreement per kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.evaluate.gold import GoldFigure, load_gold, load_gold_articles
from analysis.evaluate.scoring import evaluate_figures
from analysis.evaluate.tables import render_evaluation
from analysis.pipeline import analyze_corpus
from analysis.types import CorpusAnalysis, Figure
from tests.analysis.evaluate.conftest import GOLD

# Share of found gold figures whose measure agrees (see analysis/evaluate/ for the rule). Measured on
# the gold set: 0.600 (48 of 80) before the measure rules of analysis/figures/measure/, 0.900 (72 of 80)
# after. The floor lets two of the 80 slip (a tagger update, a cue added for another shape) and still
# fails long before the old 0.600 comes back.
MEASURE_FLOOR = 0.875


def test_grammar_reaches_the_targets_on_the_gold_set(
    figures_corpus: CorpusAnalysis, gold: tuple[list[GoldFigure], dict[str, list[str]]]
) -> None:
    figures, traps = gold
    evaluation = evaluate_figures(figures, figures_corpus.figures, traps=traps)
    report = render_evaluation(evaluation)
    assert evaluation.overall.recall >= 0.9, report
    assert evaluation.overall.precision >= 0.9, report
    assert evaluation.trap_hits == (), report
    for score in evaluation.scores:
        assert score.recall >= 0.75 and score.precision >= 0.75, report


def test_measures_reach_their_floor_on_the_gold_set(
    figures_corpus: CorpusAnalysis, gold: tuple[list[GoldFigure], dict[str, list[str]]]
) -> None:
    figures, traps = gold
    assert sum(1 for figure in figures if figure.measure) >= 60
    evaluation = evaluate_figures(figures, figures_corpus.figures, traps=traps)
    report = render_evaluation(evaluation)
    assert len(evaluation.measures_right) + len(evaluation.measures_wrong) >= 75, report
    assert evaluation.measure_accuracy is not None and evaluation.measure_accuracy >= MEASURE_FLOOR, report


# What a figure means, on the gold set and on the meaning set (30 passages and pages written for issue 15,
# see tests/fixtures/figures/README.md): values paired by document and value, and of those the share with
# the right year, measure, place and goal; each article's title, outlet, date and year. Measured when this
# was written: gold set values 1.000/1.000, year 1.000, measure 0.915; meaning set values 0.995/0.985,
# year 1.000, measure 0.836, place 0.900, is_target 0.990, article facts 1.000. After the measure rules of
# December 2026 (subject frames, blocks, an index named earlier): measure 0.841 (169 of 201), so the floor
# is raised to 0.82, four figures below it. After the measure rounds of 6 December 2026: 0.910 (183 of
# 201); the floor is now the bar for the gold set, 0.90, two figures below it. Place read 0.980, then
# 1.000 (201 of 201) after the place round of 6 December 2026 (helper place18); its floor is raised to 0.95.
MEANING_FLOORS = {"year": 0.95, "place": 0.95, "is_target": 0.95}


MEANING_MEASURE_FLOOR = 0.90


def test_figures_mean_what_their_sentence_says_on_the_gold_set(
    figures_corpus: CorpusAnalysis, gold: tuple[list[GoldFigure], dict[str, list[str]]]
) -> None:
    figures, traps = gold
    evaluation = evaluate_figures(figures, figures_corpus.figures, traps=traps)
    report = render_evaluation(evaluation)
    assert evaluation.values is not None
    assert evaluation.values.recall >= 0.95 and evaluation.values.precision >= 0.95, report
    year, measure = evaluation.attribute("year"), evaluation.attribute("measure")
    assert year is not None and year.accuracy is not None and year.accuracy >= 0.95, report
    assert measure is not None and measure.accuracy is not None and measure.accuracy >= 0.9, report


def test_figures_and_articles_mean_what_they_say_on_the_meaning_set(meaning_corpus: CorpusAnalysis) -> None:
    path = GOLD.parent / "meaning" / "gold.json"
    figures, traps = load_gold(path)
    articles = load_gold_articles(path)
    assert len(traps) >= 30 and len(figures) >= 200 and len(articles) >= 30
    documents = [analysis.document for analysis in meaning_corpus.documents]
    evaluation = evaluate_figures(
        figures, meaning_corpus.figures, traps=traps, articles=articles, documents=documents
    )
    report = render_evaluation(evaluation)
    assert evaluation.values is not None
    assert evaluation.values.recall >= 0.95 and evaluation.values.precision >= 0.95, report
    assert evaluation.trap_hits == (), report
    for name, floor in MEANING_FLOORS.items():
        tally = evaluation.attribute(name)
        assert tally is not None and tally.accuracy is not None and tally.accuracy >= floor, report
    measure = evaluation.attribute("measure")
    assert measure is not None and measure.accuracy is not None and measure.accuracy >= MEANING_MEASURE_FLOOR
    assert evaluation.article_accuracy is not None and evaluation.article_accuracy >= 0.95, report


def test_evaluate_scores_measures_of_found_figures_only() -> None:
    gold = [
        GoldFigure("d", "percent", 25.0, "% GRDP", 2030, measure=("kinh tế số",)),
        GoldFigure("d", "rank", 38.0, "", 2024, measure=("Chỉ số chuyển đổi số (DTI)", "DTI")),
        GoldFigure("d", "count", 3.0, "tỉnh", 2024, measure=("tỉnh",)),  # not found: not scored
        GoldFigure("d", "percent", 9.5, "% GRDP", 2024),  # no gold measure: not scored
    ]
    found = [
        Figure(25.0, "% GRDP", None, "25% GRDP", None, 2030, "d", "s", kind="percent", measure="kinh tế số"),
        Figure(38.0, "", None, "xếp thứ 38", None, 2024, "d", "s", kind="rank", measure="DTI) của Quảng Trị"),
        Figure(9.5, "% GRDP", None, "9,5% GRDP", None, 2024, "d", "s", kind="percent", measure="bất kỳ"),
    ]
    evaluation = evaluate_figures(gold, found)
    assert [want.value for want, _ in evaluation.measures_right] == [25.0]
    assert [want.value for want, _ in evaluation.measures_wrong] == [38.0]
    assert evaluation.measure_accuracy == 0.5
    text = render_evaluation(evaluation)
    assert "measure accuracy 0.500 (1 of 2 found gold measures)" in text
    assert "d: 'xếp thứ 38' measure “DTI) của Quảng Trị”, want “Chỉ số chuyển đổi số (DTI) | DTI”" in text
    assert "measure accuracy: no gold figure names a measure" in render_evaluation(evaluate_figures([], []))


def test_evaluate_counts_a_wrong_kind_as_missed_and_spurious() -> None:
    gold = [GoldFigure("d", "percent", 45.0, "%", 2024), GoldFigure("d", "count", 3.0, "tỉnh", 2024)]
    found = [
        Figure(45.0, "%", None, "45%", None, 2024, "d", "s", kind="percent"),
        Figure(3.0, "tỉnh", None, "3 tỉnh", None, 2024, "d", "s", kind="number_word"),
        Figure(9.0, "tỉnh", None, "9 tỉnh", None, 2024, "other", "s", kind="count"),  # not a gold document
    ]
    evaluation = evaluate_figures(gold, found, traps={"d": ["3 tỉnh"]})
    assert (evaluation.overall.gold, evaluation.overall.found) == (2, 2)
    assert (evaluation.overall.recall, evaluation.overall.precision) == (0.5, 0.5)
    assert [score.kind for score in evaluation.scores] == ["count", "percent", "number_word"]
    assert evaluation.missed == (gold[1],)
    assert [figure.kind for figure in evaluation.spurious] == ["number_word"]
    assert [trap for trap, _ in evaluation.trap_hits] == ["3 tỉnh"]
    text = render_evaluation(evaluation)
    assert "missed (1):" in text and "spurious (1):" in text and "overall" in text


def test_article_facts_are_scored_where_the_gold_gives_them(tmp_path: Path) -> None:
    from datetime import date, datetime

    from analysis.evaluate.gold import load_gold_articles
    from analysis.evaluate.scoring import evaluate_articles
    from analysis.types import Document

    path = tmp_path / "gold.json"
    articles = {
        "a": {
            "article": {
                "title": "Tiêu đề A",
                "outlet": ["VOV", "VOV.VN"],
                "published": "2024-03-07",
                "year": 2024,
            }
        },
        "b": {"article": {"title": "Tiêu đề B", "outlet": None, "published": None}},
        "c": {"figures": []},
    }
    path.write_text(json.dumps({"documents": articles}, ensure_ascii=False), encoding="utf-8")
    gold = load_gold_articles(path)
    assert [want.doc for want in gold] == ["a", "b"]
    assert gold[0].published == date(2024, 3, 7)
    documents = [
        Document("a", "a.txt", "Tiêu đề A.", "VOV.VN", datetime(2024, 3, 7, 14, 20), 2023, "", (), ""),
        Document("b", "b.txt", "Tag", "Báo Nam Định", None, 2022, "", (), ""),
    ]
    tallies = {t.name: (t.right, t.scored) for t in evaluate_articles(gold, documents)}
    assert tallies == {"title": (1, 2), "outlet": (1, 2), "published": (2, 2), "article_year": (0, 1)}
    year = next(t for t in evaluate_articles(gold, documents) if t.name == "article_year")
    assert year.wrong == ("a: year 2023, want 2024",)


# Whole pages written for each article's own facts (tests/fixtures/figures/README.md, "Article shapes" and
# "Article years"): title, outlet, publication date and year, read from pages with their furniture. Both
# are dev sets and read 1.000 on all four facts; the bar for article facts is 0.95.
@pytest.mark.parametrize("name", ["article_shapes", "article_year_shapes"])
def test_each_article_names_its_own_title_outlet_date_and_year(name: str) -> None:
    path = GOLD.parent / name / "gold.json"
    articles = load_gold_articles(path)
    assert len(articles) >= 14
    corpus = analyze_corpus([path.parent], cache_path=None)
    documents = [analysis.document for analysis in corpus.documents]
    evaluation = evaluate_figures([], corpus.figures, traps={}, articles=articles, documents=documents)
    report = render_evaluation(evaluation)
    assert evaluation.article_accuracy is not None and evaluation.article_accuracy >= 0.95, report
