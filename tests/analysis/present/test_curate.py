"""The analyst's curation applied to the key figures of the real seeds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.curation import CAPTION_LIMIT, clean_caption, figure_key, hide, pin, relabel
from analysis.present.curate import chosen_first, curate_key_figures, measure_id
from analysis.present.figures import MeasureSeries, SeriesPoint, is_backdrop, pick_key_figures
from analysis.types import CorpusAnalysis, Curation, Figure, Scope


def _by_value(corpus: CorpusAnalysis, value: float) -> Figure:
    return next(f for f in corpus.figures if f.value == value)


def test_the_seeds_lead_with_the_community_teams_and_their_members(seed_corpus: CorpusAnalysis) -> None:
    # The seeds state "hơn 80.000 Tổ công nghệ số cộng đồng với gần 380.000 thành viên" (2023) and an
    # event "kết nối trực tuyến với 63 tỉnh, thành phố" (2024): the setting, not a result.
    picked = pick_key_figures(seed_corpus.figures)
    assert [f.value for f in picked[:2]] == [80000.0, 380000.0]
    event = _by_value(seed_corpus, 63.0)
    assert "kết nối trực tuyến với 63 tỉnh, thành phố" in event.sentence and is_backdrop(event)
    assert event not in picked
    cards = curate_key_figures(seed_corpus.figures, None, "vi", limit=6).cards
    assert [c.value for c in cards[:2]] == ["hơn 80.000 tổ", "gần 380.000 thành viên"]
    assert "63 tỉnh, thành phố" not in [c.value for c in cards]


def test_national_results_come_before_a_provinces_and_before_goals(seed_corpus: CorpusAnalysis) -> None:
    teams = _by_value(seed_corpus, 80000.0)
    province = replace(
        teams, value=9_000.0, place="Quảng Trị", scope=Scope("province", "Quảng Trị"), doc="qt"
    )
    goal = replace(teams, value=100_000.0, year=2030, is_target=True, measure="tổ mục tiêu")
    picked = pick_key_figures([province, goal, *seed_corpus.figures])
    assert picked.index(province) > picked.index(teams) and picked.index(goal) > picked.index(teams)


def test_the_most_cited_measure_leads(seed_corpus: CorpusAnalysis) -> None:
    members = _by_value(seed_corpus, 380000.0)
    restated = [replace(members, doc=f"other_{n}", year=2022) for n in range(2)]
    assert pick_key_figures([*seed_corpus.figures, *restated])[0].value == 380000.0


def test_pins_hides_and_captions(seed_corpus: CorpusAnalysis) -> None:
    platforms, teams = _by_value(seed_corpus, 16.0), _by_value(seed_corpus, 80000.0)
    event, people = _by_value(seed_corpus, 63.0), _by_value(seed_corpus, 5_000_000.0)
    curation = Curation(
        pinned=(figure_key(event), figure_key(platforms)),
        hidden=(figure_key(teams),),
        captions=((figure_key(platforms), "Nền tảng số quốc gia <b>*</b>"),),
    )
    result = curate_key_figures(seed_corpus.figures, curation, "vi", limit=4)
    assert [c.figure for c in result.cards] == [event, platforms, _by_value(seed_corpus, 380000.0), people]
    assert result.cards[1].label == "Nền tảng số quốc gia <b>*</b>"  # text, escaped where rendered
    assert result.cards[1].caption == "Nền tảng số quốc gia <b>*</b> · 2022"
    assert result.missing == ()


def test_a_pin_whose_figure_is_gone_is_reported(seed_corpus: CorpusAnalysis) -> None:
    gone = "removed_article~42~tổ~42 tổ~r"
    result = curate_key_figures(seed_corpus.figures, Curation(pinned=(gone,)), "vi")
    assert result.missing == (gone,)
    assert result.cards[0].figure.value == 80000.0


def test_a_figure_key_survives_new_offsets_and_sentence_splitting(seed_corpus: CorpusAnalysis) -> None:
    teams = _by_value(seed_corpus, 80000.0)
    again = replace(
        teams, start=teams.start + 7, end=teams.end + 7, sentence_index=9, sentence="…" + teams.sentence
    )
    assert figure_key(again) == figure_key(teams)
    assert figure_key(replace(teams, value=81000.0)) != figure_key(teams)


def test_edits_toggle() -> None:
    curation = pin(Curation(hidden=("a",)), "a")
    assert (curation.pinned, curation.hidden) == (("a",), ())
    assert pin(curation, "a").pinned == ()
    assert hide(curation, "a") == Curation(hidden=("a",))
    assert relabel(relabel(curation, "a", "x"), "a", "  ").captions == ()


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("Tổ công nghệ số", "Tổ công nghệ số"),
        ("To\u0302\u0301 công nghệ", "Tố công nghệ"),  # NFD → NFC
        ("a\nb\tc", "a b c"),
        ("x\u202egnp.exe", "x gnp.exe"),  # a direction override is not kept
        ("\x00\x07", ""),
        ("ê" * 500, "ê" * CAPTION_LIMIT),
        ("[link](javascript:alert(1))", "[link](javascript:alert(1))"),  # kept as text; escaped where shown
    ],
)
def test_captions_are_cleaned_user_text(written: str, kept: str) -> None:
    assert clean_caption(written) == kept


def test_the_chosen_measure_opens_the_chart(seed_corpus: CorpusAnalysis) -> None:
    teams = _by_value(seed_corpus, 80000.0)
    members = _by_value(seed_corpus, 380000.0)

    def line(figure: Figure) -> MeasureSeries:
        points = tuple(
            SeriesPoint(year, figure.value, "", figure.doc, figure.sentence, replace(figure, year=year))
            for year in (2022, 2023)
        )
        return MeasureSeries(figure.measure or "", figure.unit, figure.kind, points)

    lines = [line(teams), line(members)]
    assert chosen_first(lines, measure_id(lines[1])) == [lines[1], lines[0]]
    assert chosen_first(lines, "") == lines and chosen_first(lines, "gone") == lines
    assert len(measure_id(lines[0])) == 8 and measure_id(lines[0]) != measure_id(lines[1])


def test_a_pin_finds_its_figure_read_with_a_word_more(seed_corpus: CorpusAnalysis) -> None:
    teams = _by_value(seed_corpus, 80000.0)
    older = figure_key(replace(teams, text="80.000 tổ"))  # as an earlier reading stated it
    curation = Curation(pinned=(older,), captions=((older, "Tổ công nghệ số"),))
    result = curate_key_figures([*seed_corpus.figures[:1], *seed_corpus.figures[2:], teams], curation, "vi")
    assert result.missing == () and result.cards[0].figure == teams
    assert result.cards[0].label == "Tổ công nghệ số"


def test_an_undated_figure_never_leads_however_often_it_is_stated(seed_corpus: CorpusAnalysis) -> None:
    # a notes file dropped in the corpus restates "4 lớp" twice, with no year: a card no meeting can place
    layers = replace(_by_value(seed_corpus, 16.0), value=4.0, unit="lớp", measure="mô hình bảo vệ", year=None)
    undated = [replace(layers, doc=f"notes_{n}") for n in range(3)]
    picked = pick_key_figures([*seed_corpus.figures, *undated])
    assert picked[0].year is not None
    assert picked.index(next(f for f in picked if f.value == 4.0)) > 0
