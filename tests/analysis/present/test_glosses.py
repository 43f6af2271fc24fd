"""English renderings of units, subjects and themes come from the curated files, never silently missing."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.present.glosses import (
    render_event,
    render_place,
    render_priority_item,
    render_subject,
    render_term,
    render_unit,
    shows_vietnamese,
    theme_gloss,
    theme_note,
    untranslated_note,
)
from analysis.present.i18n import translate
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
        # a share of an acronym reads the same in English, without a "Vietnamese original" mark
        ("% GRDP", "% of GRDP"),
        ("%  GRDP", "% of GRDP"),
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
def test_a_unit_without_a_rendering_stays_vietnamese_unmarked(unit: str) -> None:
    # The view says once that untranslated items are in Vietnamese; no mark per item.
    rendering = render_unit(unit, "en")
    assert not rendering.glossed
    assert rendering.text == unit
    assert untranslated_note([rendering], "en") == translate("untranslated_note", "en")
    assert untranslated_note([rendering], "vi") == ""


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


def test_a_theme_without_a_gloss_is_labelled_as_the_original_not_as_missing(
    fixture_corpus: CorpusAnalysis,
) -> None:
    theme = next(s.official_theme for s in fixture_corpus.years if s.year == 2026)
    assert theme is not None
    assert theme_note(theme.text, "en") == "Vietnamese original"


@pytest.mark.parametrize(
    ("term", "english"),
    [
        ("kinh tế số", "digital economy"),  # units_en.toml [terms]
        ("phát triển", "development"),  # terms_en.toml [terms]
        ("Số hoá", "digitalisation"),  # the other spelling, capitalised
        ("Xã hội số, công dân số", "Digital society and citizens"),  # the taxonomy's label
        (unicodedata.normalize("NFD", "người  dân"), "citizens"),
    ],
)
def test_terms_read_in_english_from_the_glossary(term: str, english: str) -> None:
    assert render_term(term, "en").text == english
    assert render_term(term, "en").glossed
    assert render_term(term, "vi").text == term


@pytest.mark.parametrize("term", ["khinh khí cầu", "<b>đậm</b>", "[liên kết](javascript:alert(1))", ""])
def test_a_term_without_a_gloss_stays_as_written(term: str) -> None:
    rendering = render_term(term, "en")
    assert (rendering.text, rendering.glossed) == (term, False)


def test_every_seed_event_name_reads_in_english(seed_corpus: CorpusAnalysis) -> None:
    names = {event.title: render_event(event.title, "en") for event in seed_corpus.timeline}
    assert names and all(rendering.glossed for rendering in names.values()), names
    assert render_event("Ngày Chuyển đổi số quốc gia năm 2023", "en").text == (
        "National Digital Transformation Day 2023"
    )


def test_short_seed_priority_items_read_in_english(seed_corpus: CorpusAnalysis) -> None:
    items = {item.text for p in seed_corpus.priorities for item in p.items}
    short = {text for text in items if len(text) <= 70}
    assert short and all(render_priority_item(text, "en").glossed for text in short), [
        text for text in short if not render_priority_item(text, "en").glossed
    ]
    assert render_priority_item("Quản trị số", "en").text == "Digital governance"


def test_english_renderings_are_presentation_data() -> None:
    # Editing the partners' glossary must not send a user's corpus back through the analysis: the
    # English files live beside the view code, out of analysis/data (the cache key's files).
    from analysis.present.resources import DATA_DIR as PRESENT_DATA
    from analysis.resources import DATA_DIR

    for name in ("terms_en.toml", "units_en.toml", "themes_en.toml"):
        assert (PRESENT_DATA / name).is_file() and not (DATA_DIR / name).exists()


@pytest.mark.parametrize(("text", "vietnamese"), [("63 provinces", False), ("63 tỉnh", True), ("đ", True)])
def test_shows_vietnamese(text: str, vietnamese: bool) -> None:
    assert shows_vietnamese(text) is vietnamese


@pytest.mark.parametrize(
    ("place", "english"),
    [
        ("huyện Côn Đảo", "Côn Đảo district"),
        ("phường Tân Lập", "Tân Lập ward"),
        ("xã Đông Hải", "Đông Hải commune"),
        ("thị xã Điện Bàn", "Điện Bàn town"),
        ("TP Hội An", "Hội An city"),
        ("cấp huyện", "district level"),  # a level, not a locality
        ("Trường Đại học Cần Thơ", "Trường Đại học Cần Thơ"),  # a name as written
        ("huyện", "huyện"),  # a bare head names no one to put first
    ],
)
def test_a_locality_reads_in_english_with_its_name_first(place: str, english: str) -> None:
    assert render_place(place, "en") == english
    assert render_place(place, "vi") == place


@pytest.mark.parametrize(
    ("unit", "english"),
    [
        ("di tích", "heritage sites"),
        ("bệnh viện tuyến huyện", "district-level hospitals"),
        ("cơ sở y tế", "health facilities"),
        ("ca", "cases"),
        ("bác sĩ", "doctors"),
        ("tàu cá", "fishing boats"),
    ],
)
def test_units_seen_on_local_articles_read_in_english(unit: str, english: str) -> None:
    assert render_unit(unit, "en").text == english
