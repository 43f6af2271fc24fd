"""The meeting story: its slides in order, their numbers, messages and sources, in both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis.pipeline import analyze_corpus
from analysis.present.figures import measure_series
from analysis.present.glosses import shows_vietnamese
from analysis.present.i18n import translate
from analysis.present.selection import filter_corpus, priority_matrix, story_documents
from analysis.present.sources import documents_source_line, source_line
from analysis.present.story import (
    ChangeColumns,
    CorpusGlance,
    FigureCards,
    Findings,
    MeasureCharts,
    PriorityMatrix,
    Series,
    SeriesChart,
    Slide,
    Story,
    ThemeQuote,
    Timeline,
    build_story,
    count_axis_step,
    page_sizes,
    story_subject,
)
from analysis.types import CorpusAnalysis, Figure
from tests.conftest import SEEDS_DIR

SEED_YEARS = [2022, 2023, 2024]


@pytest.fixture(scope="module")
def seed_stories(seed_corpus: CorpusAnalysis) -> dict[str, Story]:
    chosen = filter_corpus(seed_corpus, years=SEED_YEARS, documents=None)
    return {language: build_story(chosen, language=language) for language in ("vi", "en")}


@pytest.fixture(scope="module")
def everything(seeds_dir, fixture_articles_dir) -> CorpusAnalysis:  # type: ignore[no-untyped-def]
    # The fixture articles themselves, as fixture_corpus reads them: the pages below are a set of their own.
    return analyze_corpus([seeds_dir, fixture_articles_dir], cache_path=None, recursive=False)


def test_story_follows_the_meeting_order(seed_stories: dict[str, Story]) -> None:
    kinds = [slide.kind for slide in seed_stories["vi"].slides]
    assert kinds == [
        "findings",
        "corpus",
        "theme",
        "theme",
        "theme",
        "matrix",
        "changes",
        "changes",
        "figures",
        "timeline",
        "sources",
    ]
    assert seed_stories["vi"].years == tuple(SEED_YEARS)
    assert [s.kind for s in seed_stories["en"].slides] == kinds


def test_one_theme_slide_per_year_with_the_theme_verbatim(
    seed_stories: dict[str, Story], seed_corpus: CorpusAnalysis
) -> None:
    official = {s.year: s.official_theme.text for s in seed_corpus.years if s.official_theme}
    for language, story in seed_stories.items():
        quotes = [slide.body for slide in story.slides if isinstance(slide.body, ThemeQuote)]
        assert {quote.year: quote.text for quote in quotes} == official
        for quote in quotes:
            if language == "en":
                assert quote.original_label == "Vietnamese original"
                assert quote.gloss and quote.gloss.isascii()
            else:
                assert quote.original_label is None and quote.gloss is None
            # whole words, never syllables; in English the glossary's rendering
            word = "digital transformation" if language == "en" else "chuyển đổi số"
            assert dict(quote.words)[word] > 0
            # the dashboard's cloud words: no person names, titles or places (2022 quotes the PM)
            assert not {"Phạm Minh Chính", "thủ tướng", "Thủ tướng", "Việt Nam"} & set(dict(quote.words))


def test_corpus_chart_counts_articles_per_year_and_outlet(seed_stories: dict[str, Story]) -> None:
    glance = next(s.body for s in seed_stories["vi"].slides if isinstance(s.body, CorpusGlance))
    assert glance.chart.categories == ("2022", "2023", "2024")
    series = {s.name: s.values for s in glance.chart.series}
    assert series["nongnghiep.vn"] == (0.0, 0.0, 1.0)
    assert series["Không rõ"] == (0.0, 0.0, 1.0)  # the article without an outlet is still counted
    assert sum(sum(values) for values in series.values()) == 5
    assert glance.stats[0] == ("5", "bài viết")


def test_matrix_slide_holds_the_priority_matrix(
    seed_stories: dict[str, Story], seed_corpus: CorpusAnalysis
) -> None:
    matrix = next(s.body for s in seed_stories["en"].slides if isinstance(s.body, PriorityMatrix))
    concepts, counts = priority_matrix(
        filter_corpus(seed_corpus, years=SEED_YEARS, documents=None), SEED_YEARS
    )
    assert matrix.concepts == tuple(concepts)
    assert matrix.counts == tuple(tuple(row) for row in counts)
    assert matrix.labels[0] == "Digital data"


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "vi",
            [
                "Các danh sách ưu tiên:",
                "- 2023: 4 ưu tiên chính · VOV5",
                "- 2024: “3 tăng cường” — 3 việc cần tăng cường · nongnghiep.vn, 25/04/2024",
            ],
        ),
        (
            "en",
            [
                "Priority lists:",
                "- 2023: 4 main priorities · VOV5",
                "- 2024: “5 đẩy mạnh” (Vietnamese slogan) — 5 things to step up"
                " · nongnghiep.vn, Apr 25, 2024",
            ],
        ),
    ],
)
def test_matrix_notes_name_the_lists_as_compare_does(
    seed_stories: dict[str, Story], language: str, lines: list[str]
) -> None:
    matrix = next(s for s in seed_stories[language].slides if isinstance(s.body, PriorityMatrix))
    notes = matrix.notes.splitlines()
    assert all(line in notes for line in lines), notes
    listed = [line for line in notes if line.startswith("- ")]
    assert len(listed) == 6  # one 2022 list, one 2023, four 2024 (the "4 trụ cột" pair once)
    assert not any("04 ưu tiên" in line for line in listed)


def test_changes_slides_pair_consecutive_years(seed_stories: dict[str, Story]) -> None:
    changes = [s for s in seed_stories["vi"].slides if isinstance(s.body, ChangeColumns)]
    assert [(c.body.from_year, c.body.to_year) for c in changes] == [(2022, 2023), (2023, 2024)]
    last = changes[1]
    # "new" is first stated among the chosen years: areas of 2022 stated again in 2024 are not new
    assert last.message == "2 duy trì, 5 mới, 2 không còn nêu"
    # the title states the message: how many areas are new and which the lists name most
    assert last.title == "2023 → 2024: 5 ưu tiên mới, trọng tâm Quản trị số, Chính phủ số"
    assert last.body.table.header == ("Duy trì (2)", "Mới (5)", "Không còn nêu (2)")
    assert [row[0] for row in last.body.table.rows if row[0]] == [
        "Dữ liệu số",
        "An ninh mạng, an toàn thông tin",
    ]


def test_english_figure_cards_read_in_english(seed_stories: dict[str, Story]) -> None:
    cards = next(s.body for s in seed_stories["en"].slides if isinstance(s.body, FigureCards)).cards
    teams = next(card for card in cards if card.value == "over 80,000 teams")
    assert (teams.label, teams.when) == ("Community digital technology teams", "2023")
    assert all(card.value.isascii() and card.label.isascii() for card in cards)
    # results before goals, the most recent first
    assert [c.figure.is_target for c in cards] == sorted(c.figure.is_target for c in cards)
    stated = [c.figure.year for c in cards if not c.figure.is_target]
    assert stated == sorted(stated, reverse=True)


def test_every_slide_names_its_sources(seed_stories: dict[str, Story], seed_corpus: CorpusAnalysis) -> None:
    titles = {a.document.id: a.document.title for a in seed_corpus.documents}
    for story in seed_stories.values():
        for slide in story.slides:
            assert slide.sources, slide.kind
            for source in slide.sources:
                assert source.title == titles[source.doc]
                assert f"• {source.title} — " in slide.notes
            if slide.kind == "figures":  # each figure shown is defended by its own sentence
                for card in slide.body.cards:
                    assert f"“{card.figure.sentence}”" in slide.notes


def test_english_titles_and_messages_are_english(seed_stories: dict[str, Story]) -> None:
    for slide in seed_stories["en"].slides:
        assert slide.title.replace("—", "").isascii() or "→" in slide.title or "–" in slide.title, slide.title
        assert slide.message.replace("→", "").replace("–", "").isascii(), slide.message


def _figure(value: float, unit: str, year: int | None, doc: str, measure: str | None = None) -> Figure:
    return Figure(
        value, unit, None, f"{value} {unit}", None, year, doc, f"Câu về {value} {unit}.", measure=measure
    )


def _lined_up(figures: list[Figure], years: list[int]) -> list[tuple[str, list[int], list[float]]]:
    return [
        (s.unit, [p.year for p in s.points], [p.value for p in s.points])
        for s in measure_series(figures, years=years)
    ]


def test_same_measure_lines_up_across_years() -> None:
    online = "tỷ lệ dịch vụ công trực tuyến"
    figures = [
        _figure(63, "tỉnh, thành phố", 2021, "a", "tỉnh, thành phố"),
        _figure(5000, "hồ sơ", 2021, "a", "hồ sơ"),  # one year only: not a measure across years
        _figure(34, "Tỉnh, thành phố", 2025, "b", "Tỉnh, thành phố"),  # written differently, same measure
        _figure(63, "tỉnh, thành phố", 2024, "c", "tỉnh, thành phố"),
        _figure(70, "%", 2021, "a"),  # a share of something unnamed is never lined up
        _figure(90, "%", 2025, "b"),
        _figure(80, "%", 2023, "d", online),
        _figure(95, "%", 2024, "e", online),
        _figure(12, "bộ, ngành", None, "f", "bộ, ngành"),  # no year: cannot be placed
    ]
    assert _lined_up(figures, [2021, 2023, 2024, 2025]) == [
        ("%", [2023, 2024], [80, 95]),
        ("tỉnh, thành phố", [2021, 2024, 2025], [63, 63, 34]),  # counting every province: last, if longer
    ]
    # only the chosen years count
    assert [len(p) for _, p, _ in _lined_up(figures, [2021, 2024])] == [2]


def test_three_measures_sharing_a_unit_are_three_measures() -> None:
    figures = [
        _figure(7, "bậc", 2022, "a", "chỉ số phát triển Chính phủ điện tử"),
        _figure(25, "bậc", 2023, "b", "tốc độ truy cập Internet di động"),
        _figure(5, "bậc", 2024, "c", "chỉ số sẵn sàng trí tuệ nhân tạo"),
    ]
    assert _lined_up(figures, [2022, 2023, 2024]) == []


def test_a_year_with_several_values_keeps_the_one_most_articles_state() -> None:
    figures = [
        _figure(60, "tỉnh", 2020, "a", "tỉnh"),
        _figure(63, "tỉnh", 2020, "b", "tỉnh"),
        _figure(63, "tỉnh", 2020, "c", "tỉnh"),
        _figure(34, "tỉnh", 2025, "d", "tỉnh"),
    ]
    (series,) = measure_series(figures, years=[2020, 2025])
    assert [(p.value, p.doc) for p in series.points] == [(63, "b"), (34, "d")]


def test_the_seeds_repeat_no_measure_across_years(seed_corpus: CorpusAnalysis) -> None:
    # So their story has no "same measure" slide: it appears where figures allow.
    assert measure_series(seed_corpus.figures, years=SEED_YEARS) == []


def test_measure_slide_with_the_fixture_articles(everything: CorpusAnalysis) -> None:
    story = build_story(everything, language="en")
    slide = next(s for s in story.slides if s.kind == "measure")
    charts = slide.body
    assert isinstance(charts, MeasureCharts)
    provinces = charts.charts[0]
    assert provinces.title == "provinces and cities"
    assert provinces.categories == ("2021", "2024", "2025")
    assert provinces.series[0].values == (63, 63, 34)
    # the measure as written, but a title begins with a capital
    assert slide.title == "Provinces and cities: 63 (2021) → 63 (2024) → 34 (2025)"
    assert len(story.slides) >= 8
    assert not [s.title for s in story.slides if s.title[:1].islower()]


def test_english_theme_without_a_gloss_is_marked(everything: CorpusAnalysis) -> None:
    # Shown in Vietnamese and labelled once as the original; never "no curated English gloss yet".
    story = build_story(everything, language="en")
    slide = next(s for s in story.slides if isinstance(s.body, ThemeQuote) and s.body.year == 2026)
    quote = slide.body
    assert quote.text and not quote.text.isascii()
    assert quote.gloss is None
    assert quote.original_label == translate("vietnamese_original", "en")
    assert "gloss yet" not in repr(slide)


def _shown_items(slide: Slide) -> list[str]:
    """What a slide shows item by item: cloud words, table cells, figure values and labels."""
    body = slide.body
    if isinstance(body, ThemeQuote):
        return [word for word, _ in body.words]
    if isinstance(body, Timeline):
        return [cell for row in body.table.rows for cell in row]
    if isinstance(body, FigureCards):
        return [part for card in body.cards for part in (card.value, card.label)]
    if isinstance(body, MeasureCharts):
        return [text for chart in body.charts for text in (chart.title, chart.value_axis)]
    if isinstance(body, PriorityMatrix):
        return list(body.labels)
    return []


def test_seed_english_story_has_no_per_item_vietnamese_marks(seed_stories: dict[str, Story]) -> None:
    story = seed_stories["en"]
    for slide in story.slides:
        for item in _shown_items(slide):
            assert "Vietnamese original" not in item and "gloss" not in item, (slide.kind, item)
    timeline = [s for s in story.slides if s.kind == "timeline"]
    names = [row[2] for s in timeline for row in s.body.table.rows]
    assert "National Digital Transformation Day 2024" in names
    assert all(not shows_vietnamese(name) for name in names), names
    assert all(s.untranslated == "" for s in timeline)  # every event name is rendered: no note
    words = [word for s in story.slides if isinstance(s.body, ThemeQuote) for word, _ in s.body.words]
    english = [word for word in words if not shows_vietnamese(word)]
    assert "digital transformation" in words and len(english) / len(words) > 0.8


def test_untranslated_items_keep_vietnamese_with_one_note_per_slide(seed_stories: dict[str, Story]) -> None:
    note = translate("untranslated_note", "en")
    for slide in seed_stories["en"].slides:
        vietnamese = [item for item in _shown_items(slide) if shows_vietnamese(item)]
        if isinstance(slide.body, ThemeQuote | Timeline | FigureCards | MeasureCharts):
            assert slide.untranslated == (note if vietnamese else ""), (slide.kind, vietnamese)
    assert any(slide.untranslated == note for slide in seed_stories["en"].slides)  # some words stay
    assert all(slide.untranslated == "" for slide in seed_stories["vi"].slides)


def test_hostile_event_names_stay_text() -> None:
    from analysis.present.glosses import render_event

    for title in ("<b>Hội nghị</b> năm 2024", "[x](javascript:alert(1)) năm 2024"):
        rendering = render_event(title, "en")
        assert (rendering.text, rendering.glossed) == (title, False)


def test_long_tables_are_split_across_slides(everything: CorpusAnalysis) -> None:
    story = build_story(everything, language="vi")
    timeline = [s for s in story.slides if s.kind == "timeline"]
    assert len(timeline) == 2
    # split evenly: no page carries one leftover row
    half = (len(everything.timeline) + 1) // 2
    assert [len(s.body.table.rows) for s in timeline] == [half, len(everything.timeline) - half]
    assert timeline[0].title.endswith(" (1/2)") and timeline[0].title.startswith("15 sự kiện có ngày")
    # dates as Vietnamese write them, never ISO
    assert timeline[0].body.table.rows[0][0] == "03/06/2020"
    assert "10/10/2026" in timeline[0].title


def test_a_tenfold_jump_is_two_scopes_not_one_measure() -> None:
    # the nation's members in 2023 beside one province's in 2024: the same words, not the same measure
    figures = [
        _figure(380000, "thành viên", 2023, "a", "thành viên"),
        _figure(6300, "thành viên", 2024, "b", "thành viên"),
        _figure(63, "tỉnh, thành phố", 2023, "a", "tỉnh, thành phố"),
        _figure(34, "tỉnh, thành phố", 2025, "b", "tỉnh, thành phố"),
    ]
    assert [(u, v) for u, _, v in _lined_up(figures, [2023, 2024, 2025])] == [("tỉnh, thành phố", [63, 34])]


def test_the_story_opens_with_findings_that_lead_to_their_slides(seed_stories: dict[str, Story]) -> None:
    for language, story in seed_stories.items():
        opening = story.slides[0]
        assert isinstance(opening.body, Findings)
        findings = opening.body.items
        assert 3 <= len(findings) <= 5
        national = translate("story_subject_national", language)
        title = translate("findings_title", language, subject=national, span="2022–2024", count=len(findings))
        assert opening.title == title
        for finding in findings:
            target = story.slides[finding.slide - 1]
            assert target.kind != "findings"
            # a finding is its slide's message title, or that slide's theme quoted
            assert finding.text == target.title or (
                isinstance(target.body, ThemeQuote) and str(target.body.year) in finding.text
            )
    findings = [f.text for f in seed_stories["vi"].slides[0].body.items]
    assert findings[0] == "2023 → 2024: 5 ưu tiên mới, trọng tâm Quản trị số, Chính phủ số"
    assert "Chủ đề năm 2024: “Phát triển kinh tế số với 4 trụ cột" in findings[3]


def test_every_slide_carries_a_source_line_of_outlets_and_local_dates(
    seed_stories: dict[str, Story],
) -> None:
    changes = [s for s in seed_stories["vi"].slides if s.kind == "changes"][-1]
    assert changes.source_line == "Nguồn: VOV5; Không rõ; nongnghiep.vn, 25/04/2024 +1"
    theme = [s for s in seed_stories["en"].slides if s.kind == "theme"][-1]
    assert theme.source_line == "Sources: Unknown; nongnghiep.vn, Apr 25, 2024; vietnamnet.vn, Jan 10, 2024"
    for story in seed_stories.values():
        for slide in story.slides:
            assert slide.source_line.startswith(translate("source_line", story.language, sources=""))
            assert "2024-" not in slide.source_line + slide.notes  # no ISO date anywhere
            outlets = {
                source.outlet or translate("unknown_outlet", story.language) for source in slide.sources
            }
            assert any(outlet in slide.source_line for outlet in outlets)


@pytest.mark.parametrize(
    ("cited", "language", "line"),
    [
        ([], "vi", ""),
        ([("VOV5", date(2023, 1, 2)), ("VOV5", date(2023, 1, 2))], "vi", "Nguồn: VOV5, 02/01/2023"),
        ([(None, None)], "en", "Sources: Unknown"),
        (
            [("A", date(2024, 3, 5)), ("B", None), ("A", date(2022, 10, 10)), ("C", None), ("D", None)],
            "en",
            "Sources: A, Mar 5, 2024, Oct 10, 2022; B +2",
        ),
    ],
)
def test_source_line_names_each_source_once_and_caps_the_rest(
    cited: list[tuple[str | None, date | None]], language: str, line: str
) -> None:
    assert source_line(cited, language) == line


@pytest.mark.parametrize(
    ("rows", "size", "pages"),
    [(0, 8, [0]), (8, 8, [8]), (9, 8, [5, 4]), (15, 8, [8, 7]), (17, 8, [6, 6, 5]), (40, None, [40])],
)
def test_pages_are_even_so_no_row_spills_alone(rows: int, size: int | None, pages: list[int]) -> None:
    assert page_sizes(rows, size) == pages


def test_an_unpaged_story_keeps_each_table_whole(everything: CorpusAnalysis) -> None:
    story = build_story(everything, language="vi", paged=False)
    (timeline,) = [s for s in story.slides if s.kind == "timeline"]
    assert len(timeline.body.table.rows) == len(everything.timeline)
    assert len([s for s in story.slides if s.kind == "sources"]) == 1


@pytest.mark.parametrize(
    ("values", "step"),
    [((1.0, 2.0, 3.0), 1), ((12.0, 40.0), 10), ((0.0,), 1), ((1.5, 2.0), None), ((380000.0,), 100000)],
)
def test_a_count_axis_steps_in_whole_numbers(values: tuple[float, ...], step: float | None) -> None:
    chart = SeriesChart("bar", "", tuple(str(i) for i in range(len(values))), (Series("a", values),), "")
    assert count_axis_step(chart) == step


def test_a_chart_of_some_articles_names_them_by_outlet_and_date(seed_corpus: CorpusAnalysis) -> None:
    documents = [a.document for a in seed_corpus.documents]
    dated = [d for d in documents if d.published]
    line = documents_source_line(documents, [dated[0].id, "no-such-id", dated[0].id], "vi")
    assert line == f"Nguồn: {dated[0].outlet}, {dated[0].published:%d/%m/%Y}"
    assert documents_source_line(documents, [], "en") == ""


_PHU_CAT = """Bình Định: Ngư dân Phù Cát dùng nhật ký khai thác điện tử
(Báo Bình Định) - Năm 2024, huyện Phù Cát có 412 tàu cá cài đặt ứng dụng nhật ký khai thác điện tử.
Tỉnh Bình Định đặt mục tiêu đến năm 2025 có 100% tàu cá ghi nhật ký điện tử.
"""


def test_the_story_names_whose_digital_transformation_it_tells(
    seed_corpus: CorpusAnalysis, tmp_path: Path
) -> None:
    (tmp_path / "phu_cat.txt").write_text(_PHU_CAT, encoding="utf-8")
    local = analyze_corpus([tmp_path], cache_path=None)
    province = filter_corpus(local, years=None, documents=None, scope="province")
    assert province.figures, "the article's figures are the province's"
    assert story_subject(province, "vi") == "Chuyển đổi số Bình Định"
    assert story_subject(province, "en") == "Digital transformation in Bình Định"
    national = filter_corpus(seed_corpus, years=None, documents=None, scope="national")
    assert story_subject(national, "vi") == "Chuyển đổi số quốc gia"
    together = analyze_corpus([tmp_path, SEEDS_DIR], cache_path=None)
    mixed = filter_corpus(together, years=None, documents=None, scope="all")
    assert story_subject(mixed, "en") == "Digital transformation"
    opening = build_story(province, language="vi").slides[0]
    assert opening.title.startswith("Chuyển đổi số Bình Định ")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_provinces_story_is_drawn_from_the_articles_that_speak_for_it(
    tmp_path: Path, language: str
) -> None:
    (tmp_path / "phu_cat.txt").write_text(_PHU_CAT, encoding="utf-8")
    together = analyze_corpus([tmp_path, SEEDS_DIR], cache_path=None)
    province = filter_corpus(together, years=None, documents=None, scope="province")
    assert len(province.documents) == 6, "every chosen article stays readable"
    assert [a.document.id for a in story_documents(province)] == ["phu_cat"]
    story = build_story(province, language=language)
    cover, glance, *_ = story.slides
    assert cover.body.__class__.__name__ == "Findings"
    assert cover.message == translate("cover_message", language, articles=1, outlets=1)
    assert glance.body.stats[0][0] == "1"
    (sources,) = [s for s in story.slides if s.kind == "sources"]
    assert [s.title for s in sources.sources] == ["Bình Định: Ngư dân Phù Cát dùng nhật ký khai thác điện tử"]
    # the whole corpus still tells of all six, from the seeds' four named outlets and Báo Bình Định
    everything = filter_corpus(together, years=None, documents=None, scope="all")
    cover = build_story(everything, language=language).slides[0]
    assert cover.message == translate("cover_message", language, articles=6, outlets=5)
