"""View data for figures: values read with their unit, the same measure across years, disagreements."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pptx import Presentation

from analysis.figures import extract_figures
from analysis.present.brief import build_brief
from analysis.present.curate import curate_key_figures
from analysis.present.deck import render_deck
from analysis.present.figures import (
    figure_caption,
    figure_label,
    figure_value_text,
    figures_frame,
    find_disagreements,
    group_repeats,
    measure_key,
    measure_series,
    measure_text,
    pick_key_figures,
)
from analysis.present.i18n import translate
from analysis.present.markdown import render_markdown
from analysis.present.story import FigureCards, build_story
from analysis.types import CorpusAnalysis, Figure, Sentence

SHARE = "tỷ trọng kinh tế số trong GDP"
SHARE_LABEL = "Tỷ trọng kinh tế số trong GDP"  # a card's label, capitalised


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


def _f(value: float, unit: str, kind: str = "count", **more: object) -> Figure:
    """A figure as the extractor builds it, with only what a test needs."""
    fields = {"qualifier": None, "year": 2023, "doc": "d", "sentence": "s"} | more
    return Figure(
        value, unit, fields.pop("subject", None), fields.pop("text", ""), fields.pop("qualifier"),
        fields.pop("year"), fields.pop("doc"), fields.pop("sentence"), kind=kind, **fields,  # type: ignore[arg-type]
    )  # fmt: skip


RANK = _f(
    21, "tỉnh, thành phố", "rank", out_of=63, measure="chỉ số chuyển đổi số cấp tỉnh (DTI)", place="Kon Tum"
)
SHARE_OF_HOMES = _f(1, "hộ", "share", out_of=3, qualifier="hơn", measure="hộ gia đình có cáp quang")


@pytest.mark.parametrize(
    ("figure", "vi", "en"),
    [
        (_f(80000, "tổ", qualifier="hơn"), "hơn 80.000 tổ", "over 80,000 teams"),
        (_f(380000, "thành viên", qualifier="gần"), "gần 380.000 thành viên", "nearly 380,000 members"),
        (_f(45, "%", "percent"), "45 %", "45 %"),
        (_f(87.5, "%", "percent", qualifier="khoảng"), "khoảng 87,5 %", "about 87.5 %"),
        (_f(18.5, "% GDP", "percent"), "18,5 % GDP", "18.5 % of GDP"),
        (RANK, "thứ 21/63 tỉnh, thành phố", "no. 21 of 63 provinces and cities"),
        (_f(64, "quốc gia", "rank", out_of=190), "thứ 64/190 quốc gia", "no. 64 of 190 countries"),
        (_f(7, "cả nước", "rank"), "thứ 7 cả nước", "no. 7 nationwide"),  # never "7 cả nước"
        (_f(15, "thế giới", "rank"), "thứ 15 thế giới", "no. 15 in the world"),
        (_f(3, "nước", "rank"), "thứ 3 nước", "no. 3 among countries"),  # never "3 nước"
        (_f(5, "", "rank"), "thứ 5", "no. 5"),
        (SHARE_OF_HOMES, "hơn 1/3 số hộ", "over 1/3 of households"),
        (_f(2, "số hộ", "share", out_of=3), "2/3 số hộ", "2/3 of số hộ"),
        # a count out of a larger whole, as articles write it: no "số"
        (_f(214, "trường học", "share", out_of=297), "214/297 trường học", "214/297 of schools"),
        (_f(640, "điểm", "score", out_of=1000), "640/1.000 điểm", "640/1,000 points"),
        # an index below one keeps the four places it is published with: provinces are a thousandth apart
        (_f(0.6512, "điểm", "score"), "0,6512 điểm", "0.6512 points"),
        (_f(7.5, "%", "range", value_high=8.0), "7,5–8 %", "7.5–8 %"),
        (_f(12, "ngày", "range", value_high=15), "12–15 ngày", "12–15 days"),
        (_f(4, "giờ", "count"), "4 giờ", "4 hours"),
        (_f(1, "ngày", "count"), "1 ngày", "1 day"),
        (_f(1e12, "đồng", "range", value_high=2e12), "1–2 nghìn tỷ đồng", "1–2 trillion VND"),
        (_f(23e6, "giao dịch/ngày", "rate"), "23 triệu giao dịch/ngày", "23 million transactions/day"),
        (_f(25, "%/năm", "rate"), "25 %/năm", "25 %/year"),
        (
            _f(1.5e15, "đồng", "money", qualifier="khoảng"),
            "khoảng 1,5 triệu tỷ đồng",
            "about 1.5 quadrillion VND",
        ),
        (_f(20.5e9, "USD", "money"), "20,5 tỷ USD", "20.5 billion USD"),
        (_f(2.5, "lần", "multiplier"), "2,5 lần", "2.5 times"),
        (_f(7, "bậc", "change"), "7 bậc", "7 places"),
        (_f(1.4, "điểm phần trăm", "change"), "1,4 điểm phần trăm", "1.4 percentage points"),
        (_f(8, "lĩnh vực", "number_word"), "8 lĩnh vực", "8 lĩnh vực"),
    ],
)
def test_a_value_reads_with_its_unit_in_both_languages(figure: Figure, vi: str, en: str) -> None:
    assert (figure_value_text(figure, "vi"), figure_value_text(figure, "en")) == (vi, en)


@pytest.mark.parametrize(
    ("figure", "vi", "en"),
    [
        # the measure and whom it is measured for
        (
            _f(44.1, "%", "percent", measure="Tỷ lệ thanh toán trực tuyến", place="Long An"),
            "Tỷ lệ thanh toán trực tuyến · Long An",
            "Percentage · Long An",  # no curated English for the measure: never Vietnamese on an English card
        ),
        # a place taken for the measure is never shown alone as if it were one
        (
            _f(48.2, "%", "percent", measure="Hậu Giang", place="Hậu Giang"),
            "Tỷ lệ · Hậu Giang",
            "Percentage · Hậu Giang",
        ),
        # a measure that only repeats the unit gives way to what the figure is about
        (
            _f(80000, "tổ", measure="tổ", subject="Tổ công nghệ số cộng đồng"),
            "Tổ công nghệ số cộng đồng",
            "community digital technology teams",
        ),
        # … and a count whose value names what it counts needs no label of its own
        (_f(63, "tỉnh, thành phố", measure="tỉnh, thành phố"), "", ""),
        (_f(3, "doanh nghiệp viễn thông", "number_word", place="Đồng Tháp"), "Đồng Tháp", "Đồng Tháp"),
        (_f(18.5, "% GDP", "percent", measure="kinh tế số"), "kinh tế số", "digital economy"),
        (RANK, "chỉ số chuyển đổi số cấp tỉnh (DTI) · Kon Tum", "Rank · Kon Tum"),
        # a level or a block a figure is measured for reads in English; a name stays as written
        (
            _f(83.2, "%", "percent", measure="tỷ lệ hồ sơ được số hóa", place="cấp xã"),
            "tỷ lệ hồ sơ được số hóa · cấp xã",
            "Percentage · commune level",
        ),
        # a measure of its own never gives way to a subject only named nearby, in either language
        (
            _f(
                7.8e6,
                "hộ",
                measure="hộ, cá nhân kinh doanh",
                subject="thương mại điện tử",
                sentence="Có 7,8 triệu hộ, cá nhân kinh doanh trên sàn thương mại điện tử được quản lý thuế.",
                start=3,
                end=15,
            ),
            "hộ, cá nhân kinh doanh",
            "",
        ),
    ],
)
def test_a_label_names_the_measure_then_the_place(figure: Figure, vi: str, en: str) -> None:
    assert (figure_label(figure, "vi"), figure_label(figure, "en")) == (vi, en)


def test_a_caption_adds_the_year_and_marks_a_goal() -> None:
    goal = _f(30, "% GDP", "percent", measure="kinh tế số", year=2030, is_target=True)
    assert figure_caption(goal, "vi") == "kinh tế số · 2030 · mục tiêu"
    assert figure_caption(goal, "en", year=False) == "digital economy · target"


def _result(value: float, year: int, measure: str | None, **more: object) -> Figure:
    return _f(value, "%", "percent", year=year, measure=measure, **more)


@pytest.mark.parametrize(
    ("figures", "picked"),
    [
        # stated results before targets, however recent the target; one card for a measure
        ([_result(30, 2030, "kinh tế số", is_target=True), _result(16.5, 2023, "kinh tế số")], [16.5]),
        ([_result(30, 2030, "kinh tế số", is_target=True), _result(16.5, 2023, "dịch vụ công")], [16.5, 30]),
        # one per measure and place: its most recent statement
        (
            [
                _result(14.3, 2022, "kinh tế số"),
                _result(18.3, 2024, "kinh tế số"),
                _result(16.5, 2023, "kinh tế số"),
            ],
            [18.3],
        ),
        # the same measure in two places is two cards
        (
            [
                _result(44.1, 2023, "thanh toán trực tuyến", place="Long An"),
                _result(39.8, 2023, "thanh toán trực tuyến", place="Yên Bái"),
            ],
            [44.1, 39.8],
        ),
        # the most recent year first
        ([_result(70, 2021, "a"), _result(80, 2024, "b"), _result(75, 2023, "c")], [80, 75, 70]),
        # a figure without a measure after the ones with one, and once per value and unit
        ([_result(90, 2025, None), _result(60, 2022, "d"), _result(90, 2025, None, doc="e")], [60, 90]),
        # a place alone is no measure
        ([_result(48.2, 2025, "Hậu Giang", place="Hậu Giang"), _result(60, 2022, "d")], [60, 48.2]),
        # a count of places that names nothing they have or did is no card ("Ngược lại, 5 tỉnh còn dưới 50%")
        ([_f(5, "tỉnh", measure="tỉnh", year=2025), _result(60, 2022, "d")], [60]),
        (
            [_f(212, "xã, phường", measure="xã, phường kết nối hội nghị trực tuyến", year=2025)],
            [212],
        ),
    ],
)
def test_pick_key_figures(figures: list[Figure], picked: list[float]) -> None:
    assert [f.value for f in pick_key_figures(figures)] == picked


def test_pick_key_figures_stops_at_the_limit() -> None:
    figures = [_result(float(n), 2000 + n, f"m{n}") for n in range(10)]
    assert [f.year for f in pick_key_figures(figures, limit=3)] == [2009, 2008, 2007]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (_result(14, 2022, "kinh tế số"), _result(16, 2023, "Kinh tế  số"), True),
        (_result(14, 2022, "kinh tế số năm 2022"), _result(16, 2023, "kinh tế số"), True),  # years removed
        (
            _result(14, 2022, "kinh tế số", place="Huế"),
            _result(16, 2023, "kinh tế số", place="Hà Nội"),
            False,
        ),
        (_f(7, "bậc", "change", measure="EGDI"), _f(25, "bậc", "change", measure="tốc độ Internet"), False),
        (_f(7, "bậc", "change", measure="EGDI"), _f(7, "điểm", "score", measure="EGDI"), False),  # unit, kind
        (_f(7, "bậc", "change"), _f(5, "bậc", "change"), False),  # the unit alone is no measure
        # a share said with or without its head word: "tỷ trọng kinh tế số" and "kinh tế số" in % GDP
        (_result(16.5, 2023, "Tỷ trọng kinh tế số"), _result(20, 2025, "kinh tế số"), True),
        (_result(12, 2023, "quy mô thương mại điện tử"), _result(10, 2025, "thương mại điện tử"), True),
        (_result(50, 2023, "tỷ lệ"), _result(40, 2024, "quy mô"), False),  # a head word alone stays itself
        (
            _f(3, "lần", "multiplier", measure="quy mô kinh tế số"),
            _f(3, "lần", "multiplier", measure="kinh tế số"),
            False,
        ),
    ],
)
def test_the_same_measure_is_measure_place_unit_and_kind(first: Figure, second: Figure, same: bool) -> None:
    assert (measure_key(first) is not None and measure_key(first) == measure_key(second)) is same


def test_three_measures_in_bac_are_three_lines_not_one() -> None:
    figures = [
        _f(7, "bậc", "change", year=2022, doc="a", measure="chỉ số phát triển Chính phủ điện tử"),
        _f(25, "bậc", "change", year=2023, doc="b", measure="tốc độ truy cập Internet di động"),
        _f(5, "bậc", "change", year=2024, doc="c", measure="chỉ số sẵn sàng trí tuệ nhân tạo"),
    ]
    assert measure_series(figures) == []


def test_group_repeats_states_a_fact_once_and_keeps_two_facts_two() -> None:
    a = _result(100, 2023, "sở, ngành dùng văn bản điện tử", doc="a")
    again = replace(a, doc="b")
    other = _result(100, 2023, "huyện có trung tâm một cửa", doc="a")
    nearer = replace(a, qualifier="gần", doc="c")
    assert [(f.measure, docs) for f, docs in group_repeats([a, again, other, nearer])] == [
        ("sở, ngành dùng văn bản điện tử", ("a", "b")),
        ("huyện có trung tâm một cửa", ("a",)),
        ("sở, ngành dùng văn bản điện tử", ("c",)),
    ]


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


def test_key_figure_cards_read_as_their_sentence_most_recent_first() -> None:
    cards = curate_key_figures(FIGURES, None, "vi", limit=4).cards
    assert [(c.value, c.label, c.when) for c in cards] == [
        ("18,3 %", SHARE_LABEL, "2024"),
        ("76.000 doanh nghiệp", "", "2024"),
    ]
    goal = curate_key_figures([FIGURES[4]], None, "vi").cards[0]
    assert (goal.value, goal.label, goal.when) == ("30 %", SHARE_LABEL, "2030 · mục tiêu")
    assert cards[0].caption == f"{SHARE_LABEL} · 2024"


def test_seed_key_figure_cards(seed_corpus: CorpusAnalysis) -> None:
    cards = curate_key_figures(seed_corpus.figures, None, "vi").cards
    assert ("hơn 80.000 tổ", "Tổ công nghệ số cộng đồng · 2023") in [(c.value, c.caption) for c in cards]
    assert [c.figure.year for c in cards] == sorted((c.figure.year for c in cards), reverse=True)
    assert not any(c.figure.is_target for c in cards[:-1] if not cards[-1].figure.is_target)


@pytest.fixture(scope="module")
def rank_and_share(seed_corpus: CorpusAnalysis) -> CorpusAnalysis:
    """The seeds with only a rank and a share, stated in two seed articles."""
    docs = [a.document.id for a in seed_corpus.documents]
    figures = (
        replace(
            RANK, doc=docs[0], year=2024, sentence="Kon Tum xếp thứ 21/63 tỉnh, thành phố về chỉ số DTI."
        ),
        replace(SHARE_OF_HOMES, doc=docs[1], year=2023, sentence="Hơn 1/3 số hộ gia đình có cáp quang."),
    )
    return replace(seed_corpus, figures=figures)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_view_writes_a_rank_and_a_share_the_same_way(
    rank_and_share: CorpusAnalysis, language: str
) -> None:
    expected = [figure_value_text(f, language) for f in rank_and_share.figures]
    assert expected[0] == (
        "thứ 21/63 tỉnh, thành phố" if language == "vi" else "no. 21 of 63 provinces and cities"
    )
    # the story's key-figure slide
    story = build_story(rank_and_share, language=language)
    slide = next(s for s in story.slides if isinstance(s.body, FigureCards))
    assert sorted(card.value for card in slide.body.cards) == sorted(expected)
    # the deck drawn from it
    deck = Presentation(__import__("io").BytesIO(render_deck(story)))
    texts = {
        shape.text_frame.paragraphs[0].text
        for page in deck.slides
        for shape in page.shapes
        if shape.has_text_frame and shape.text_frame.paragraphs
    }
    assert set(expected) <= texts
    # the Overview's cards and the Compare page's lines
    cards = curate_key_figures(rank_and_share.figures, None, language).cards
    assert sorted(c.value for c in cards) == sorted(expected)
    assert [figure_value_text(f, language) for f, _ in group_repeats(rank_and_share.figures)] == expected
    # the Figures page's table
    frame, _ = figures_frame(list(rank_and_share.figures), {}, language)
    assert list(frame[translate("figures", language)]) == expected
    # the Markdown brief, in either language
    markdown = render_markdown(build_brief(build_story(rank_and_share, language=language, paged=False)))
    for value in expected:
        assert f"| {value} | " in markdown


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


def test_figures_that_share_only_a_counted_noun_never_disagree() -> None:
    surveyed = Figure(
        19536.0, "người dân", None, "19.536 người dân", None, 2023, "a", "s", measure="người dân"
    )
    recorded = Figure(
        4e7, "người dân", None, "hơn 40 triệu người dân", "hơn", 2023, "b", "t", measure="người dân"
    )
    assert find_disagreements([surveyed, recorded]) == []
    named = [replace(f, measure="người dân có sổ sức khỏe điện tử") for f in (surveyed, recorded)]
    assert len(find_disagreements(named)) == 1


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_measure_that_repeats_the_unit_shows_what_the_unit_counts(
    seed_corpus: CorpusAnalysis, language: str
) -> None:
    # "… các Tổ công nghệ số cộng đồng, với hơn 80.000 tổ": the reader names them in full; a measure
    # that only repeats the unit shows what the unit counts in the table's measure column and the card,
    # by the same rule
    (seed,) = [f for f in seed_corpus.figures if f.value == 80000]
    assert seed.measure == "tổ công nghệ số cộng đồng"
    teams = replace(seed, measure="tổ")
    expected = {"vi": "Tổ công nghệ số cộng đồng", "en": "Community digital technology teams"}[language]
    # (an English rendering is lower case in a table cell; the card capitalises it)
    assert measure_text(teams, language=language).casefold() == expected.casefold()
    assert figure_label(teams, language).casefold() == expected.casefold()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_province_shows_by_its_name_beside_the_measure(language: str) -> None:
    figure = Figure(
        71.4, "%", None, "71,4%", None, 2024, "d", "s", kind="percent",
        measure="tỷ lệ hồ sơ giải quyết đúng hạn", place="tỉnh Bình Phước",
    )  # fmt: skip
    expected = {"vi": "tỷ lệ hồ sơ giải quyết đúng hạn", "en": "share of applications settled on time"}
    assert measure_text(figure, language=language) == f"{expected[language]} · Bình Phước"
    assert figure_label(figure, language).endswith(" · Bình Phước")


@pytest.mark.parametrize(("language", "label"), [("vi", "Không rõ năm"), ("en", "Year unknown")])
def test_a_figure_with_no_year_says_so_in_the_table(language: str, label: str) -> None:
    undated = Figure(4.0, "lớp", None, "4 lớp", None, None, "d", "Mô hình có 4 lớp.")
    dated = Figure(12.0, "xã", None, "12 xã", None, 2024, "d", "Có 12 xã.")
    frame, _ = figures_frame([undated, dated], {}, language)
    assert list(frame[translate("year", language)]) == [label, "2024"]


def test_a_key_card_shows_the_value_a_change_reached_not_the_one_it_left() -> None:
    sentence = "Thời gian chờ mua vé giảm từ 15 phút xuống còn 3 phút nhờ vé điện tử."
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert sorted(figure.value for figure in figures) == [3, 15]
    assert [figure.value for figure in pick_key_figures(figures)] == [3]


def test_certificates_read_in_english() -> None:
    # seen as "3,260 giấy" on the English Overview of my Phù Cát article
    assert figure_value_text(_f(3260, "giấy", "count"), "en") == "3,260 certificates"


def _figure_in(text: str, number: str, year: int = 2024) -> Figure:
    (figure,) = [f for f in extract_figures([Sentence("d", 0, text)], doc_year=year) if number in f.text]
    return figure


@pytest.mark.parametrize(
    ("text", "number", "vi", "en"),
    [
        # a rise or a fall the sentence states is written as one: a bare "17,5 %" would read as a level
        (
            "Doanh thu bán lẻ trực tuyến đạt 1.200 tỷ đồng, tăng 17,5% so với năm 2022.",
            "17,5%",
            "tăng 17,5 %",
            "up 17.5 %",
        ),
        (
            "Nhờ cảm biến, lượng giấy in giảm khoảng 70% so với trước.",
            "70%",
            "giảm khoảng 70 %",
            "down about 70 %",
        ),
        (
            "Năm 2024, chỉ số DTI của tỉnh xếp thứ 19/63, tăng 8 bậc so với năm 2023.",
            "8 bậc",
            "tăng 8 bậc",
            "up 8 places",
        ),
        ("Năm 2023, số vụ lừa đảo trực tuyến sụt giảm 23% so với cùng kỳ.", "23%", "giảm 23 %", "down 23 %"),
        ("Năm 2024, Việt Nam mất 3 bậc so với năm 2023.", "3 bậc", "giảm 3 bậc", "down 3 places"),
        # a level, however it was reached, stays a level
        ("Tỷ lệ hồ sơ trực tuyến tăng từ 40% lên 62%.", "62%", "62 %", "62 %"),
        ("Tỷ lệ hồ sơ trực tuyến tăng từ 40% lên 62%.", "40%", "40 %", "40 %"),
        ("Tỷ lệ này tăng lên 85% vào cuối năm 2024.", "85%", "85 %", "85 %"),
        ("Thời gian xử lý giảm từ 5 ngày xuống còn 2 ngày.", "2 ngày", "2 ngày", "2 days"),
        # "mất" is a fall only of steps: "chỉ mất 15 phút" takes a quarter of an hour
        ("Năm 2024, làm thủ tục chỉ mất 15 phút.", "15 phút", "15 phút", "15 minutes"),
    ],
)
def test_a_rise_or_fall_is_written_as_one(text: str, number: str, vi: str, en: str) -> None:
    figure = _figure_in(text, number)
    assert figure_value_text(figure, "vi") == vi
    assert figure_value_text(figure, "en") == en


def test_a_rise_is_no_point_on_the_line_of_its_level_nor_a_value_that_disagrees() -> None:
    level = _figure_in("Năm 2023, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 61%.", "61%", 2023)
    rise = replace(
        _figure_in("Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh tăng 9% so với năm 2023.", "9%"), doc="b"
    )
    again = replace(_figure_in("Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 70%.", "70%"), doc="c")
    assert measure_key(level) == measure_key(rise) == measure_key(again)
    # the rise is neither the 2024 point of the line nor a 2024 value disagreeing with 70 %
    (series,) = measure_series([level, rise, again])
    assert [(point.year, point.value) for point in series.points] == [(2023, 61.0), (2024, 70.0)]
    assert find_disagreements([level, rise, again]) == []
