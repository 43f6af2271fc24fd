"""English renderings of units, subjects and themes come from the curated files, never silently missing."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.present.glosses import render_subject, render_unit, theme_gloss
from analysis.resources import load_lines
from analysis.types import CorpusAnalysis


@pytest.mark.parametrize(
    ("unit", "english"),
    [
        ("tổ", "teams"),
        ("thành viên", "members"),
        ("tỉnh, thành phố", "provinces and cities"),
        ("lượt người dân", "citizen participations"),
        # a count noun extended by a modifier: English puts the modifier first
        ("hồ sơ trực tuyến", "online applications"),
        ("giáo viên cốt cán", "core teachers"),
        ("bài giảng điện tử", "electronic lectures"),
        # a count noun extended by a domain term
        ("nhóm nền tảng số", "groups of digital platforms"),
        # how the text arrives: decomposed accents, capitals, doubled spaces, end punctuation
        (unicodedata.normalize("NFD", "Thành  viên."), "members"),
    ],
)
def test_units_read_in_english(unit: str, english: str) -> None:
    rendering = render_unit(unit, "en")
    assert rendering.text == english
    assert rendering.glossed
    assert rendering.original == unit


def test_vietnamese_keeps_the_unit_as_written() -> None:
    assert render_unit("tỉnh, thành phố", "vi").text == "tỉnh, thành phố"


@pytest.mark.parametrize("unit", ["khinh khí cầu", "chiếc xuồng máy"])
def test_a_unit_without_a_rendering_is_marked_as_vietnamese(unit: str) -> None:
    rendering = render_unit(unit, "en")
    assert not rendering.glossed
    assert rendering.text == f"{unit} (Vietnamese original)"


def test_every_count_noun_has_an_english_rendering() -> None:
    missing = [noun for noun in load_lines("count_nouns.txt") if not render_unit(noun, "en").glossed]
    assert missing == []


def test_every_glossary_term_has_an_english_rendering() -> None:
    missing = [term for term in load_lines("glossary.txt") if not render_subject(term, "en").glossed]
    assert missing == []


def test_units_and_subjects_of_the_seed_figures_all_read_in_english(seed_corpus: CorpusAnalysis) -> None:
    for figure in seed_corpus.figures:
        assert render_unit(figure.unit, "en").glossed, figure.unit
        if figure.subject:
            assert render_subject(figure.subject, "en").glossed, figure.subject


def test_seed_official_themes_have_curated_glosses(seed_corpus: CorpusAnalysis) -> None:
    themes = [summary.official_theme for summary in seed_corpus.years if summary.official_theme]
    assert len(themes) == 3
    for theme in themes:
        gloss = theme_gloss(theme.text)
        assert gloss and gloss.isascii(), theme.text


def test_theme_gloss_ignores_form_case_and_end_punctuation() -> None:
    written = unicodedata.normalize("NFD", "TẠO LẬP VÀ KHAI THÁC DỮ LIỆU SỐ ĐỂ TẠO RA GIÁ TRỊ MỚI.")
    assert theme_gloss(written) == "Creating and exploiting digital data to generate new value"


def test_a_theme_without_a_curated_gloss_has_none(fixture_corpus: CorpusAnalysis) -> None:
    # The 2026 fixture theme is deliberately not in themes_en.toml: it must come back as None,
    # so the deck marks it "Vietnamese original" instead of inventing a translation.
    theme = next(s.official_theme for s in fixture_corpus.years if s.year == 2026)
    assert theme is not None
    assert theme_gloss(theme.text) is None
