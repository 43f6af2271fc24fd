"""What each dashboard view shows: filtering, key figures, the priority matrix and its cells."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from analysis.pipeline import analyze_corpus, summarize_corpus
from analysis.present.selection import (
    available_years,
    changes_between,
    default_compare_years,
    document_titles,
    figures_for_year,
    filter_corpus,
    find_document,
    group_priority_lists,
    items_for_cell,
    priorities_for_year,
    priority_matrix,
    statement_years,
    trend_term_options,
    year_summary,
)
from analysis.priorities import load_taxonomy
from analysis.types import CorpusAnalysis, LoadProblem, Scope

SCOPE_PASSAGES = Path(__file__).resolve().parents[2] / "fixtures" / "scope" / "dev"

SEED_YEARS = [2022, 2023, 2024]
SEED_IDS = {
    "000_bad03276209439be": 2023,
    "001_d02360e2110805a5": 2024,
    "002_cc862bba0fbd9ef4": 2024,
    "003_58bd2110ae835d9e": 2024,
    "004_ceed97d4935bf166": 2022,
}


# --- filter_corpus --------------------------------------------------------------------------------


def test_no_filter_keeps_everything(seed_corpus: CorpusAnalysis) -> None:
    everything = filter_corpus(seed_corpus, years=None, documents=None)
    assert [a.document.id for a in everything.documents] == [a.document.id for a in seed_corpus.documents]
    assert [s.year for s in everything.years] == [s.year for s in seed_corpus.years]
    assert everything.figures == seed_corpus.figures
    assert everything.timeline == seed_corpus.timeline
    assert everything.priorities == seed_corpus.priorities
    # the same as summarising the documents afresh, without the cache bookkeeping of the load
    assert everything == summarize_corpus(seed_corpus.documents, problems=seed_corpus.problems)
    assert everything.documents


@pytest.mark.parametrize("year", SEED_YEARS)
def test_year_filter_keeps_only_articles_and_facts_of_that_year(
    seed_corpus: CorpusAnalysis, year: int
) -> None:
    filtered = filter_corpus(seed_corpus, years=[year], documents=None)
    assert {a.document.id for a in filtered.documents} == {d for d, y in SEED_IDS.items() if y == year}
    assert [s.year for s in filtered.years] == [year]
    # Facts an article states about another year leave with that year: a 2024 article's figure
    # about 2023 is not a 2024 figure, nor is an event dated 2023 a 2024 event.
    assert all(f.year in (year, None) for f in filtered.figures)
    assert all(p.year in (year, None) for p in filtered.priorities)
    assert all(e.date.year == year for e in filtered.timeline)
    assert all(c.from_year == year or c.to_year == year for c in filtered.changes)
    assert all(set(row.years) <= {year} for row in filtered.comparison)


def test_year_filter_on_2024_drops_the_2023_figures_of_2024_articles(seed_corpus: CorpusAnalysis) -> None:
    filtered = filter_corpus(seed_corpus, years=[2024], documents=None)
    assert {(f.value, f.unit) for f in filtered.figures} == {(63.0, "tỉnh, thành phố")}
    assert "2023-12-28" not in {e.date.isoformat() for e in filtered.timeline}
    assert "2024-04-24" in {e.date.isoformat() for e in filtered.timeline}


def test_year_filter_on_2023_shows_the_2023_figures_stated_in_a_2024_article(
    seed_corpus: CorpusAnalysis,
) -> None:
    filtered = filter_corpus(seed_corpus, years=[2023], documents=None)
    figures = {(f.value, f.unit, f.doc) for f in filtered.figures}
    assert (80000.0, "tổ", "003_58bd2110ae835d9e") in figures
    assert (380000.0, "thành viên", "003_58bd2110ae835d9e") in figures
    assert "2023-12-28" in {e.date.isoformat() for e in filtered.timeline}
    # The article itself is about 2024, so it does not count towards 2023's words and terms.
    assert [s.documents for s in filtered.years] == [("000_bad03276209439be",)]


def test_two_years_keep_both(seed_corpus: CorpusAnalysis) -> None:
    filtered = filter_corpus(seed_corpus, years=[2023, 2024], documents=None)
    assert {a.document.year for a in filtered.documents} == {2023, 2024}
    assert [s.year for s in filtered.years] == [2023, 2024]
    assert [(c.from_year, c.to_year) for c in filtered.changes] == [(2023, 2024)]
    assert (80000.0, "tổ") in {(f.value, f.unit) for f in filtered.figures}


def test_empty_year_filter_leaves_nothing(seed_corpus: CorpusAnalysis) -> None:
    filtered = filter_corpus(seed_corpus, years=[], documents=None)
    assert filtered.documents == ()
    assert filtered.years == ()
    assert filtered.figures == ()
    assert filtered.timeline == ()


def test_document_filter(seed_corpus: CorpusAnalysis) -> None:
    filtered = filter_corpus(seed_corpus, years=None, documents=["004_ceed97d4935bf166"])
    assert [a.document.id for a in filtered.documents] == ["004_ceed97d4935bf166"]
    assert {f.doc for f in filtered.figures} == {"004_ceed97d4935bf166"}
    assert {p.doc for p in filtered.priorities} == {"004_ceed97d4935bf166"}
    assert [s.year for s in filtered.years] == [2022]


def test_year_and_document_filters_combine(seed_corpus: CorpusAnalysis) -> None:
    both = filter_corpus(
        seed_corpus, years=[2024], documents=["004_ceed97d4935bf166", "003_58bd2110ae835d9e"]
    )
    assert [a.document.id for a in both.documents] == ["003_58bd2110ae835d9e"]


def test_unknown_document_id_leaves_nothing(seed_corpus: CorpusAnalysis) -> None:
    assert filter_corpus(seed_corpus, years=None, documents=["nope"]).documents == ()


def test_year_filter_keeps_terms_scored_against_all_years(seed_corpus: CorpusAnalysis) -> None:
    full = {s.year: s.top_terms for s in seed_corpus.years}
    one = {s.year: s.top_terms for s in filter_corpus(seed_corpus, years=[2024], documents=None).years}
    assert one[2024] == full[2024]
    assert one[2024][0].score > 0


def test_document_filter_rescores_terms_against_the_chosen_articles(seed_corpus: CorpusAnalysis) -> None:
    full = {s.year: s.top_terms for s in seed_corpus.years}
    chosen = [a.document.id for a in seed_corpus.documents if a.document.year != 2022]
    two = {s.year: s.top_terms for s in filter_corpus(seed_corpus, years=None, documents=chosen).years}
    assert two[2024] != full[2024]


def test_filtering_keeps_load_problems(seed_corpus: CorpusAnalysis) -> None:
    problem = LoadProblem("bad.txt", "bad.txt: is not UTF-8 text")
    with_problem = replace(seed_corpus, problems=(problem,))
    assert filter_corpus(with_problem, years=[2023], documents=None).problems == (problem,)
    assert filter_corpus(with_problem, years=None, documents=["nope"]).problems == (problem,)


def test_articles_of_unknown_year_stay_without_a_year_filter(fixture_corpus: CorpusAnalysis) -> None:
    unknown = {a.document.id for a in fixture_corpus.documents if a.document.year is None}
    assert unknown, "the fixture articles include one whose year cannot be told"
    kept = {a.document.id for a in filter_corpus(fixture_corpus, years=None, documents=None).documents}
    assert unknown <= kept
    years = available_years(fixture_corpus)
    dropped = {a.document.id for a in filter_corpus(fixture_corpus, years=years, documents=None).documents}
    assert not unknown & dropped


# --- years, documents -----------------------------------------------------------------------------


def test_available_years_of_seeds(seed_corpus: CorpusAnalysis) -> None:
    assert available_years(seed_corpus) == SEED_YEARS


def test_available_years_come_from_the_articles(fixture_corpus: CorpusAnalysis) -> None:
    years = available_years(fixture_corpus)
    assert 2025 in years
    assert years == sorted(set(years))
    assert None not in years


def test_statement_years_add_the_years_lists_are_stated_for(seed_corpus: CorpusAnalysis) -> None:
    assert statement_years(seed_corpus) == SEED_YEARS
    # a 2024 review stating its 2025 tasks makes 2025 a year to compare, with no 2025 article
    ahead = replace(seed_corpus.priorities[0], year=2025)
    corpus = replace(seed_corpus, priorities=(*seed_corpus.priorities, ahead))
    assert statement_years(corpus) == [*SEED_YEARS, 2025]
    assert available_years(corpus) == SEED_YEARS


@pytest.mark.parametrize(
    ("years", "expected"),
    [
        ([2022, 2023, 2024], [2022, 2023, 2024]),
        ([2024, 2022, 2023, 2020], [2022, 2023, 2024]),
        ([2023, 2024], [2023, 2024]),
        ([2024], [2024]),
        ([], []),
    ],
)
def test_default_compare_years(years: list[int], expected: list[int]) -> None:
    assert default_compare_years(years) == expected


def test_default_compare_years_count() -> None:
    assert default_compare_years([2021, 2022, 2023, 2024], count=2) == [2023, 2024]


def test_document_titles(seed_corpus: CorpusAnalysis) -> None:
    titles = document_titles(seed_corpus)
    assert set(titles) == set(SEED_IDS)
    assert titles["003_58bd2110ae835d9e"] == "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024"


def test_find_document(seed_corpus: CorpusAnalysis) -> None:
    found = find_document(seed_corpus, "000_bad03276209439be")
    assert found is not None and found.document.year == 2023
    assert find_document(seed_corpus, "missing") is None
    filtered = filter_corpus(seed_corpus, years=[2024], documents=None)
    assert find_document(filtered, "000_bad03276209439be") is None


@pytest.mark.parametrize(
    ("year", "theme_start"),
    [
        (2022, "Chuyển đổi số giải quyết các vấn đề của xã hội"),
        (2023, "Tạo lập và khai thác dữ liệu số"),
        (2024, "Phát triển kinh tế số với 4 trụ cột"),
    ],
)
def test_year_summary(seed_corpus: CorpusAnalysis, year: int, theme_start: str) -> None:
    summary = year_summary(seed_corpus, year)
    assert summary is not None
    assert summary.official_theme is not None
    assert summary.official_theme.text.startswith(theme_start)
    assert set(summary.documents) == {d for d, y in SEED_IDS.items() if y == year}


def test_year_summary_of_missing_year(seed_corpus: CorpusAnalysis) -> None:
    assert year_summary(seed_corpus, 2019) is None


def test_figures_and_priorities_for_year(seed_corpus: CorpusAnalysis) -> None:
    assert {(f.value, f.unit) for f in figures_for_year(seed_corpus, 2023)} == {
        (80000.0, "tổ"),
        (380000.0, "thành viên"),
    }
    assert figures_for_year(seed_corpus, 2019) == []
    lists = priorities_for_year(seed_corpus, 2023)
    assert [p.heading for p in lists] == ["04 ưu tiên chính"]
    assert all(p.year == 2024 for p in priorities_for_year(seed_corpus, 2024))


# --- priority matrix and its cells ----------------------------------------------------------------


def test_items_for_cell_digital_data_2023(seed_corpus: CorpusAnalysis) -> None:
    cells = items_for_cell(seed_corpus, concept="digital_data", year=2023)
    assert [cell.item.text for cell in cells] == ["Ưu tiên phát triển dữ liệu số"]
    cell = cells[0]
    assert (cell.year, cell.concept, cell.doc) == (2023, "digital_data", "000_bad03276209439be")
    assert cell.heading == "04 ưu tiên chính"
    assert "Ưu tiên phát triển dữ liệu số" in cell.item.sentence
    assert "04 ưu tiên chính" in cell.item.sentence


def test_items_for_cell_only_holds_that_concept_and_year(seed_corpus: CorpusAnalysis) -> None:
    cells = items_for_cell(seed_corpus, concept="digital_data", year=2024)
    assert cells
    assert all(c.concept == "digital_data" and c.item.concept == "digital_data" for c in cells)
    assert all(c.year == 2024 for c in cells)
    assert items_for_cell(seed_corpus, concept="digital_platforms", year=2022) == []
    assert items_for_cell(seed_corpus, concept="digital_data", year=2019) == []


def test_priority_matrix_shape_and_order(seed_corpus: CorpusAnalysis) -> None:
    concepts, counts = priority_matrix(seed_corpus, SEED_YEARS)
    order = [concept.id for concept in load_taxonomy()]
    assert concepts == [c for c in order if c in set(concepts)]
    assert len(counts) == len(concepts)
    assert all(len(row) == len(SEED_YEARS) for row in counts)
    assert all(any(row) for row in counts), "a concept appears only when some year states it"


def test_priority_matrix_agrees_with_cells(seed_corpus: CorpusAnalysis) -> None:
    concepts, counts = priority_matrix(seed_corpus, SEED_YEARS)
    for concept, row in zip(concepts, counts, strict=True):
        for year, value in zip(SEED_YEARS, row, strict=True):
            cells = items_for_cell(seed_corpus, concept=concept, year=year)
            assert (value > 0) == bool(cells), (concept, year)
            assert value <= len(cells)


@pytest.mark.parametrize(
    ("concept", "stated_in"),
    [
        ("digital_data", {2023, 2024}),
        ("online_public_services", {2022, 2023}),
        ("digital_platforms", {2023}),
        ("digital_infrastructure", {2024}),
    ],
)
def test_priority_matrix_rows(seed_corpus: CorpusAnalysis, concept: str, stated_in: set[int]) -> None:
    concepts, counts = priority_matrix(seed_corpus, SEED_YEARS)
    row = counts[concepts.index(concept)]
    assert {year for year, value in zip(SEED_YEARS, row, strict=True) if value} == stated_in


def test_priority_matrix_restricted_to_years(seed_corpus: CorpusAnalysis) -> None:
    concepts, counts = priority_matrix(seed_corpus, [2023])
    assert set(concepts) == {"digital_data", "online_public_services", "digital_platforms", "cybersecurity"}
    assert all(row == [1] for row in counts)
    assert priority_matrix(seed_corpus, []) == ([], [])


def test_group_priority_lists_shows_a_repeated_list_once_with_its_articles(
    seed_corpus: CorpusAnalysis,
) -> None:
    lists_2024 = [p for p in seed_corpus.priorities if p.year == 2024]
    grouped = group_priority_lists(lists_2024)
    assert len(grouped) < len(lists_2024)
    pillars = [docs for first, docs in grouped if first.heading == "4 trụ cột"]
    assert pillars == [("001_d02360e2110805a5", "003_58bd2110ae835d9e")]
    # every list is still represented by a group with the same concepts
    concept_rows = {tuple(i.concept for i in first.items) for first, _ in grouped}
    assert all(tuple(i.concept for i in p.items) in concept_rows for p in lists_2024)


@pytest.mark.parametrize(
    ("years", "pairs"),
    [([2022, 2023, 2024], [(2022, 2023), (2023, 2024)]), ([2024, 2022], [(2022, 2024)]), ([2023], [])],
)
def test_changes_between_chosen_years_in_order(
    seed_corpus: CorpusAnalysis, years: list[int], pairs: list[tuple[int, int]]
) -> None:
    assert [(c.from_year, c.to_year) for c in changes_between(seed_corpus, years)] == pairs


def test_trend_term_options_put_suggestions_first_without_repeats(seed_corpus: CorpusAnalysis) -> None:
    options = trend_term_options(seed_corpus, ["kinh tế số", "xã hội số"])
    assert options[:2] == ["kinh tế số", "xã hội số"]
    assert len(options) == len(set(options))
    assert {t.term for s in seed_corpus.years for t in s.top_terms[:12]} <= set(options)


def test_default_cell_opens_on_a_stated_priority(seed_corpus) -> None:
    from analysis.present.selection import default_cell, items_for_cell, priority_matrix

    years = [2022, 2023, 2024]
    concepts, counts = priority_matrix(seed_corpus, years)
    concept, year = default_cell(concepts, counts, years)
    assert year == 2024
    assert items_for_cell(seed_corpus, concept=concept, year=year)
    # a year without priorities at the end is skipped, an empty matrix opens nothing
    assert default_cell(concepts, [[*row, 0] for row in counts], [*years, 2025])[1] == 2024
    assert default_cell([], [], years) is None


def test_new_means_first_stated_among_the_chosen_years(seed_corpus) -> None:
    from analysis.present.selection import restated_between

    three = {(c.from_year, c.to_year): c for c in changes_between(seed_corpus, [2022, 2023, 2024])}
    later = three[(2023, 2024)]
    # stated in 2022, absent in 2023, stated again in 2024: not "new" in 2024
    assert "sector_digitalisation" not in later.new
    assert "digital_infrastructure" in later.new
    assert "sector_digitalisation" in restated_between(seed_corpus, later, [2022, 2023, 2024])
    # with only 2023 and 2024 shown, nothing earlier is in view: it is new
    two = changes_between(seed_corpus, [2023, 2024])[0]
    assert "sector_digitalisation" in two.new
    assert restated_between(seed_corpus, two, [2023, 2024]) == []


# --- scope ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_and_province(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> CorpusAnalysis:
    """The seeds (national) and one province's portal article setting "5 nhiệm vụ" for 2026."""
    folder = tmp_path_factory.mktemp("province")
    shutil.copy(SCOPE_PASSAGES / "d02_quang_tri_nhiem_vu_2026.txt", folder)
    return analyze_corpus([seeds_dir, folder], cache_path=None, workers=1)


def test_national_scope_keeps_a_provinces_list_and_year_out(seeds_and_province: CorpusAnalysis) -> None:
    national = filter_corpus(seeds_and_province, years=None, documents=None, scope="national")
    assert statement_years(national) == SEED_YEARS
    assert all(change.to_year != 2026 for change in national.changes)
    assert not [p for p in national.priorities if p.year == 2026]
    assert not [f for f in national.figures if f.text.startswith("1.120")]
    assert len(national.documents) == len(seeds_and_province.documents)  # every article stays readable


def test_all_scopes_show_the_province_beside_the_country(seeds_and_province: CorpusAnalysis) -> None:
    everything = filter_corpus(seeds_and_province, years=None, documents=None, scope="all")
    assert statement_years(everything) == [*SEED_YEARS, 2026]
    (listed,) = [p for p in everything.priorities if p.year == 2026]
    assert listed.scope == Scope("province", "Quảng Trị")
    assert [f.scope for f in everything.figures if f.text.startswith("1.120")] == [
        Scope("province", "Quảng Trị")
    ]


def test_provincial_scope_shows_only_the_province(seeds_and_province: CorpusAnalysis) -> None:
    province = filter_corpus(seeds_and_province, years=None, documents=None, scope="province")
    assert statement_years(province) == [2026]
    assert {f.scope.name for f in province.figures} == {"Quảng Trị"}
    assert {p.doc for p in province.priorities} == {"d02_quang_tri_nhiem_vu_2026"}


def test_scope_and_years_together(seeds_and_province: CorpusAnalysis) -> None:
    scoped = filter_corpus(seeds_and_province, years=[2024, 2026], documents=None, scope="national")
    assert {p.year for p in scoped.priorities} <= {2024}
    assert all(f.scope == Scope() for f in scoped.figures)
