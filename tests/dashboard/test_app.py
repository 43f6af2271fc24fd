"""The dashboard driven through its entry script with Streamlit's AppTest.

Plotly charts come back from AppTest as unknown elements; where a test needs a chart's content it
reads the spec Streamlit sends to the browser, and the builders themselves are unit-tested in
``tests/analysis/test_charts.py``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis.present.i18n import format_figure, translate
from analysis.types import Figure
from tests.dashboard.conftest import APP, metrics

ROOT = Path(__file__).resolve().parents[2]
NDT_2025 = ROOT / "tests" / "fixtures" / "articles" / "ndt_2025.txt"
PAGES = ["overview", "themes", "compare", "priorities", "timeline", "figures", "instruments", "explore"]
TITLES = {
    "vi": {
        "overview": "Tổng quan",
        "themes": "Chủ đề theo năm",
        "compare": "So sánh các năm",
        "priorities": "Ưu tiên 2022–2024",
        "timeline": "Dòng thời gian",
        "figures": "Số liệu",
        "instruments": "Văn bản và mục tiêu",
        "explore": "Tra cứu",
    },
    "en": {
        "overview": "Overview",
        "themes": "Themes by year",
        "compare": "Compare years",
        "priorities": "Priorities 2022–2024",
        "timeline": "Timeline",
        "figures": "Figures",
        "instruments": "Policies and targets",
        "explore": "Explore",
    },
}


def go(at: AppTest, page: str) -> AppTest:
    return at.switch_page(f"views/{page}.py").run()


def assert_healthy(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def plotly_specs(at: AppTest) -> list[dict[str, Any]]:
    """The plotly figures of the page, as the JSON Streamlit would send to the browser."""
    return [
        json.loads(element.proto.spec)
        for element in at.main
        if getattr(element, "type", None) == "plotly_chart"
    ]


def strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold()).replace("đ", "d")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- every page -----------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_runs(app: AppTest, page: str, language: str) -> None:
    if language != "vi":
        app.sidebar.segmented_control(key="lang").set_value(language).run()
    go(app, page)
    assert_healthy(app)
    assert not app.warning, [w.value for w in app.warning]
    assert [t.value for t in app.title] == [TITLES[language][page]]


def test_seeds_load_without_problems(app: AppTest) -> None:
    assert_healthy(app)
    assert not app.warning
    years = app.sidebar.multiselect(key="years")
    assert years.options == ["2022", "2023", "2024"]
    assert years.value == [2022, 2023, 2024]
    # articles go by short keys ("003"), shown by title: links stay short
    docs = app.sidebar.multiselect(key="doc_filter")
    assert docs.options[0] == "Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi"
    assert len(docs.options) == 5


# --- overview and language ------------------------------------------------------------------------


def test_overview_key_figures(app: AppTest) -> None:
    values = [value for _, value in metrics(app)]
    assert "hơn 80.000 tổ" in values
    assert "gần 380.000 thành viên" in values
    # the card reads as its sentence: value with unit, what it measures, its year; the most recent first
    assert ("Tổ công nghệ số cộng đồng · 2023", "hơn 80.000 tổ") in metrics(app)
    years = [int(label.rsplit(" ", 1)[-1]) for label, _ in metrics(app)]  # "… · 2023", or "2024" alone
    assert years == sorted(years, reverse=True)
    assert [h.value for h in app.main.header] == [
        translate(key, "vi") for key in ("key_figures", "official_themes", "corpus_at_a_glance")
    ]
    assert [s.value for s in app.main.subheader] == ["2022", "2023", "2024"]
    documents = app.main.dataframe[0].value
    assert len(documents) == 5
    assert app.main.download_button, "every table has a CSV download"


def _html_texts(at: AppTest) -> list[str]:
    return [
        html.unescape(re.sub(r"<[^>]+>", "", element.proto.body))
        for element in at.main
        if getattr(element, "type", None) == "html"
    ]


def test_official_themes_carry_their_english_gloss_in_english(app: AppTest) -> None:
    texts = _html_texts(app)
    theme_2023 = "Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới"
    assert theme_2023 in texts
    assert not any(text.startswith("English gloss") for text in texts)  # Vietnamese: verbatim only
    app.sidebar.segmented_control(key="lang").set_value("en").run()
    texts = _html_texts(app)
    assert theme_2023 in texts  # the official wording stays, verbatim
    assert "English gloss: Creating and exploiting digital data to generate new value" in texts
    go(app, "compare")
    assert "English gloss: Creating and exploiting digital data to generate new value" in _html_texts(app)


@pytest.mark.parametrize(
    ("asked", "title"),
    [("en", "Overview"), ("EN", "Overview"), ("english", "Overview"), ("English", "Overview"),
     ("vi", "Tổng quan"), ("Tieng Viet", "Tổng quan"), ("fr", "Tổng quan"), ("", "Tổng quan")],
)  # fmt: skip
def test_a_link_may_name_the_language_by_code(asked: str, title: str) -> None:
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.query_params["lang"] = asked
    at.run(timeout=120)
    assert_healthy(at)
    assert at.title[0].value == title
    assert not at.warning, [w.value for w in at.warning]  # no "set via Session State" warning


def test_switching_to_english(app: AppTest) -> None:
    app.sidebar.segmented_control(key="lang").set_value("en").run()
    assert_healthy(app)
    assert app.title[0].value == "Overview"
    values = [value for _, value in metrics(app)]
    # "hơn" reads as labels.toml's [qualifiers_en] says ("over"; "more than" in earlier wording)
    assert f"{format_figure(80000, 'hơn', 'en')} teams" in values
    assert "nearly 380,000 members" in values
    assert not any("tổ" in value or "thành viên" in value for value in values)
    assert not any(value.startswith("hơn") for value in values)
    assert app.main.header[0].value == "Key figures"
    assert "Title" in app.main.dataframe[0].value.columns
    # the language stays when moving to another page
    go(app, "compare")
    assert app.title[0].value == "Compare years"
    app.sidebar.segmented_control(key="lang").set_value("vi").run()
    assert app.title[0].value == "So sánh các năm"


@pytest.mark.parametrize("year", [2022, 2023, 2024])
def test_year_filter_leaves_only_that_year(app: AppTest, year: int) -> None:
    app.sidebar.multiselect(key="years").set_value([year]).run()
    assert_healthy(app)
    shown = metrics(app)
    assert all(label.rsplit(" ", 1)[-1] == str(year) for label, _ in shown), shown
    if not shown:
        assert [i.value for i in app.main.info] == [translate("no_figures", "vi")]
    assert [s.value for s in app.main.subheader] == [str(year)]
    documents = app.main.dataframe[0].value
    assert set(documents["Năm"]) == {year}
    go(app, "timeline")
    assert_healthy(app)
    dates = app.main.dataframe[0].value["Ngày"]
    assert all(d.endswith(f"/{year}") for d in dates), list(dates)  # read the Vietnamese way


def test_year_filter_2024_drops_the_2023_figures(app: AppTest) -> None:
    app.sidebar.multiselect(key="years").set_value([2024]).run()
    # 2024's only figure is the setting of an event ("kết nối trực tuyến với 63 tỉnh, thành phố")
    assert metrics(app) == []
    assert translate("no_figures", "vi") in [i.value for i in app.info]


def test_article_filter(app: AppTest) -> None:
    title = "Phải có chiến lược chuyển đổi số quốc gia một cách bài bản"
    docs = app.sidebar.multiselect(key="doc_filter")
    assert title in docs.options  # the picker shows titles; its values are short keys
    docs.set_value(["004"]).run()
    assert app.query_params["docs"] in ("004", ["004"])  # the link holds the key, not the title
    assert_healthy(app)
    assert app.main.dataframe[0].value["Tiêu đề"].tolist() == [title]
    assert set(metrics(app)) == {
        ("Nền tảng số · 2022", "16 nhóm nền tảng số"),
        # the counted noun with what says which ones: "lượt người dân được tiếp cận, phổ biến kỹ năng số"
        ("Lượt người dân được tiếp cận · 2022", "hơn 5 triệu lượt người dân"),
    }


def test_no_year_chosen_says_so(app: AppTest) -> None:
    app.sidebar.multiselect(key="years").set_value([]).run()
    assert_healthy(app)
    # the page keeps its title, says what happened in the interface language and offers a reset
    assert [t.value for t in app.main.title] == ["Tổng quan"]
    assert [i.value for i in app.main.info] == [translate("no_years_selected", "vi")]
    reset = next(b for b in app.main.button if b.label == translate("reset_filters", "vi"))
    reset.click().run()
    assert_healthy(app)
    assert app.sidebar.multiselect(key="years").value == [2022, 2023, 2024]
    assert "hơn 80.000 tổ" in [value for _, value in metrics(app)]


def test_no_year_chosen_in_english(app: AppTest) -> None:
    app.sidebar.segmented_control(key="lang").set_value("en").run()
    app.sidebar.multiselect(key="years").set_value([]).run()
    assert [t.value for t in app.main.title] == ["Overview"]
    assert [i.value for i in app.main.info] == [translate("no_years_selected", "en")]
    assert translate("reset_filters", "en") in [b.label for b in app.main.button]


# --- themes ---------------------------------------------------------------------------------------


def test_themes_page(app: AppTest) -> None:
    go(app, "themes")
    assert_healthy(app)
    picker = app.segmented_control(key="year")
    assert picker.value == 2024
    cloud = next(h.proto.body for h in app.main.get("html") if "dx-wordcloud" in h.proto.body)
    # a PNG (sharp letters) with a link over every word to that word's concordance
    assert "data:image/png;base64," in cloud
    # a word of the 2024 cloud searches 2024 (issue 16: it searched every year)
    assert 'href="explore?years=2024&amp;q=kinh+t%E1%BA%BF+s%E1%BB%91"' in cloud
    assert "thứ trưởng" not in cloud and "Phạm Minh Chính" not in cloud  # names only on request
    terms = app.main.dataframe[0].value
    assert terms.iloc[0]["Từ"] == "kinh tế số"
    assert terms.iloc[0]["Năm 2024"] == "283"
    assert "thứ trưởng" not in terms["Từ"].tolist()
    specs = plotly_specs(app)
    bars = next(spec for spec in specs if spec["data"][0]["type"] == "bar")
    assert bars["data"][-1]["y"][-1] == "kinh tế số"
    app.toggle(key="names").set_value(True).run()
    assert "thứ trưởng" in app.main.dataframe[0].value["Từ"].tolist()
    picker.set_value(2022).run()
    assert_healthy(app)
    assert app.main.dataframe[0].value.iloc[0]["Từ"] != "kinh tế số"


# --- compare --------------------------------------------------------------------------------------


def test_compare_two_years(app: AppTest) -> None:
    go(app, "compare")
    picker = app.multiselect(key="cmp")
    assert picker.value == [2022, 2023, 2024]
    picker.set_value([2023, 2024]).run()
    assert_healthy(app)
    headers = [h.value for h in app.main.header]
    # the answer first, then each year's detail (issue 16: "Compare at a glance")
    assert headers == [translate("changes", "vi"), translate("compare_details", "vi")]
    assert [s.value for s in app.main.subheader] == ["2023 → 2024", "2023", "2024"]
    changes = [m.value for m in app.main.markdown][:3]
    assert changes == ["**Duy trì** (2)", "**Mới** (9)", "**Không còn nêu** (2)"]
    html = " ".join(h.proto.body for h in app.main.html)
    assert "Tạo lập và khai thác dữ liệu số" in html
    assert "hơn 80.000" in html


COMPARE_LISTS = {
    "vi": [
        "Danh sách 5 mục: Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia… · PLVN",
        "4 ưu tiên chính · VOV5",
        "4 trụ cột · vietnamnet.vn, 10/01/2024 · 2 bài nêu",
        "“3 tăng cường” — 3 việc cần tăng cường · nongnghiep.vn, 25/04/2024",
        "“5 đẩy mạnh” — 5 việc cần đẩy mạnh · nongnghiep.vn, 25/04/2024",
        "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024 · vietnamnet.vn, 10/01/2024",
    ],
    "en": [
        "List of 5 items: “Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia…” · PLVN",
        "4 main priorities · VOV5",
        "4 pillars · vietnamnet.vn, Jan 10, 2024 · stated in 2 articles",
        "“3 tăng cường” (Vietnamese slogan) — 3 things to strengthen · nongnghiep.vn, Apr 25, 2024",
        "“5 đẩy mạnh” (Vietnamese slogan) — 5 things to step up · nongnghiep.vn, Apr 25, 2024",
        "4 main priorities of national digital transformation for 2024 · vietnamnet.vn, Jan 10, 2024",
    ],
}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_compare_titles_lists_by_what_they_are_and_where_from(app: AppTest, language: str) -> None:
    if language != "vi":
        app.sidebar.segmented_control(key="lang").set_value(language).run()
    go(app, "compare")
    assert_healthy(app)
    # labels are Markdown-escaped ("nongnghiep\\.vn"); read them as the browser shows them
    labels = [re.sub(r"\\(.)", r"\1", expander.label).replace("\u2060", "") for expander in app.main.expander]
    folded = (translate("distinctive_terms", language), translate("figures", language))
    labels = [label for label in labels if not label.startswith(folded)]  # each year's terms and figures
    assert labels == COMPARE_LISTS[language]
    assert not any(label.startswith(("04 ", "3 tăng cường", "Thủ tướng gửi")) for label in labels)
    # the whole heading sentence the 2022 title shortens is still shown, inside its list
    shown = " ".join(h.proto.body for h in app.main.html)
    assert (
        "Thủ tướng gửi Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia trong thời gian tới"
        in shown
    )
    assert translate("list_heading_original", language) in [c.value for c in app.main.caption]


def test_compare_needs_two_years(app: AppTest) -> None:
    go(app, "compare")
    app.multiselect(key="cmp").set_value([2024]).run()
    assert_healthy(app)
    assert [i.value for i in app.main.info] == [translate("pick_two_years", "vi")]
    assert not app.main.header


# --- explore --------------------------------------------------------------------------------------


def test_explore_finds_a_phrase(app: AppTest) -> None:
    go(app, "explore")
    app.text_input(key="q").set_value("dữ liệu số").run()
    assert_healthy(app)
    hits = app.main.dataframe[0].value
    assert isinstance(hits, pd.DataFrame)
    assert len(hits) > 0
    assert {match.casefold() for match in hits["Từ khóa"]} == {"dữ liệu số"}
    assert "doc" not in hits.columns
    count = translate("hits", "vi", count=len(hits), docs=hits["Bài viết"].nunique())
    assert count in [c.value for c in app.main.caption]


def test_explore_without_diacritics(app: AppTest) -> None:
    go(app, "explore")
    app.text_input(key="q").set_value("du lieu so").run()
    assert not app.main.dataframe, "with diacritics respected, the plain spelling matches nothing"
    offer = app.button(key="try_nodia")  # the page offers the search that would find it
    assert offer.label.startswith("Tìm không phân biệt dấu: ")
    offer.click().run()
    assert_healthy(app)
    assert app.toggle(key="nodia").value is True
    hits = app.main.dataframe[0].value
    assert len(hits) > 0
    assert {strip_marks(match) for match in hits["Từ khóa"]} == {"du lieu so"}
    assert "dữ liệu số" in {match.casefold() for match in hits["Từ khóa"]}


def test_explore_without_hits(app: AppTest) -> None:
    go(app, "explore")
    app.text_input(key="q").set_value("xyzzy blockchain").run()
    assert_healthy(app)
    assert not app.main.dataframe
    assert [i.value for i in app.main.info] == [translate("no_hits", "vi", query="xyzzy blockchain")]
    assert not [b for b in app.main.button if b.key == "try_nodia"]  # nothing to offer: no spelling finds it


def test_explore_reader_shows_the_chosen_article(app: AppTest) -> None:
    go(app, "explore")
    app.selectbox(key="reader_doc").set_value("003").run()
    assert_healthy(app)
    assert "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024" in [s.value for s in app.main.subheader]


# --- priorities -----------------------------------------------------------------------------------


def test_priorities_cell_items(app: AppTest) -> None:
    go(app, "priorities")
    app.selectbox(key="concept").set_value("digital_data")
    app.selectbox(key="cell_year").set_value(2023).run()
    assert_healthy(app)
    assert translate("items_for", "vi", concept="Dữ liệu số", year=2023) in [
        s.value for s in app.main.subheader
    ]
    items = app.main.dataframe[0].value
    assert items["Mục"].tolist() == ["Ưu tiên phát triển dữ liệu số"]
    assert "Ưu tiên phát triển dữ liệu số" in items["Câu gốc"].iloc[0]


def test_priorities_cell_without_items(app: AppTest) -> None:
    go(app, "priorities")
    app.selectbox(key="concept").set_value("digital_platforms")
    app.selectbox(key="cell_year").set_value(2022).run()
    assert_healthy(app)
    assert not app.main.dataframe
    assert translate("no_items", "vi", concept="Nền tảng số", year=2022) in [i.value for i in app.main.info]


def test_priorities_heatmap_years_are_categories(app: AppTest) -> None:
    go(app, "priorities")
    heatmap = next(spec for spec in plotly_specs(app) if spec["data"][0]["type"] == "heatmap")
    assert heatmap["data"][0]["x"] == ["2022", "2023", "2024"]
    assert heatmap["layout"]["xaxis"]["type"] == "category"
    assert "Dữ liệu số" in heatmap["data"][0]["y"]


# --- timeline -------------------------------------------------------------------------------------


def test_timeline_table(app: AppTest) -> None:
    go(app, "timeline")
    assert_healthy(app)
    events = app.main.dataframe[0].value
    assert "24/04/2024" in events["Ngày"].tolist()
    in_order = [tuple(reversed(day.split("/"))) for day in events["Ngày"]]
    assert in_order == sorted(in_order)


def test_timeline_kind_filter(app: AppTest) -> None:
    go(app, "timeline")
    app.multiselect(key="kinds").set_value(["meeting"]).run()
    assert_healthy(app)
    assert set(app.main.dataframe[0].value["Loại sự kiện"]) == {"Phiên họp"}
    app.multiselect(key="kinds").set_value([]).run()
    assert [i.value for i in app.main.info] == [translate("no_events", "vi")]


# --- a corpus beyond the seeds --------------------------------------------------------------------


@pytest.fixture
def extra_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(NDT_2025, folder / NDT_2025.name)
    monkeypatch.setenv("DXPOLICY_CORPUS", str(folder))
    return folder


def test_years_come_from_the_corpus(extra_corpus: Path, start_app: Callable[[], AppTest]) -> None:
    at = start_app()
    assert_healthy(at)
    assert not at.warning
    years = at.sidebar.multiselect(key="years")
    assert years.options == ["2022", "2023", "2024", "2025"]
    assert years.value == [2022, 2023, 2024, 2025]
    go(at, "compare")
    picker = at.multiselect(key="cmp")
    assert "2025" in picker.options
    assert picker.value == [2023, 2024, 2025]
    assert "2025" in [h.value for h in at.main.subheader]  # a year column, under the changes
    go(at, "priorities")
    assert at.title[0].value == "Ưu tiên 2022–2025"


def _unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_a_bad_file_is_a_warning_and_a_legacy_encoding_a_note(
    extra_corpus: Path, start_app: Callable[[], AppTest]
) -> None:
    (extra_corpus / "anh.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (extra_corpus / "cu.txt").write_bytes(b"Ti\xeau \xf0\xe0 bad\n\nN\xe4m 2025 \xff\xfe\n")
    at = start_app()
    assert_healthy(at)
    warnings = [_unescaped(w.value) for w in at.sidebar.warning]
    assert len(warnings) == 1
    # the file is named within its folder; the server's folders are never shown to a visitor
    assert "Không đọc được: corpus/anh.txt: là tệp nhị phân (PNG)" in warnings[0]
    notes = [_unescaped(note.value) for note in at.sidebar.info]
    assert any("corpus/cu.txt: được đọc theo bảng mã" in note for note in notes)
    assert not [text for text in warnings + notes if str(extra_corpus.parent) in text]
    assert "2025" in at.sidebar.multiselect(key="years").options
    assert len(at.sidebar.multiselect(key="doc_filter").options) == 7  # the legacy file is read
    assert "hơn 80.000 tổ" in [value for _, value in metrics(at)]
    go(at, "explore")
    assert_healthy(at)


def test_figures_page_table_filters_and_opens_a_sentence(app: AppTest) -> None:
    go(app, "figures")
    assert_healthy(app)
    table = app.main.dataframe[0].value
    assert len(table) == 5
    assert "hơn 80.000 tổ" in list(table[translate("figures", "vi")])
    app.main.multiselect(key="figure_years").set_value([2023]).run()
    assert_healthy(app)
    table = app.main.dataframe[0].value
    assert list(table[translate("year", "vi")]) == ["2023", "2023"]
    kinds = app.main.multiselect(key="figure_kinds")
    assert kinds.options == [translate("kind_count", "vi")]  # only the kinds the seeds state
    kinds.set_value(["count"]).run()
    assert list(app.main.dataframe[0].value[translate("kind", "vi")]) == [translate("kind_count", "vi")] * 2
    # the seeds state no measure in two years
    assert translate("no_series", "vi") in [c.value for c in app.main.caption]


def test_compare_draws_a_few_figures_and_shows_more_on_demand(
    extra_corpus: Path, start_app: Callable[[], AppTest]
) -> None:
    # 14 short articles of 2023, each with its own figure, and one more repeating the first
    for number in range(15):
        thousands = 2 + (number % 14)
        (extra_corpus / f"tinh_{number:02d}.txt").write_text(
            f"Tin tỉnh số {number}\n\nNgày 10/10/2023, tỉnh có hơn {thousands}.000 doanh nghiệp số "
            "tham gia chuyển đổi số năm 2023.\n",
            encoding="utf-8",
        )
    at = start_app()
    assert_healthy(at)
    go(at, "compare")
    at.multiselect(key="cmp").set_value([2023, 2024]).run()
    assert_healthy(at)

    def figure_lines() -> list[str]:
        bodies = [e.proto.body for e in at.main.get("html")]
        return [body for body in bodies if " — " in body and "doanh nghiệp số" in body]

    shown = figure_lines()
    assert 0 < len(shown) < 14  # ten figures of 2023 are drawn: the seeds' first, then some of ours
    assert any("2.000 doanh nghiệp số" in line and "· 2 bài nêu" in line for line in shown)  # two articles
    more = at.button(key="more_figures_2023")
    assert more.label.startswith("Xem thêm")
    more.click().run()
    assert_healthy(at)
    assert len(figure_lines()) == 14  # twenty more fit all of them


def test_compare_writes_a_rank_as_every_view_does(
    extra_corpus: Path, start_app: Callable[[], AppTest]
) -> None:
    from analysis.present.figures import figure_value_text

    (extra_corpus / "dti.txt").write_text(
        "Chỉ số DTI của Kon Tum\n\nNăm 2023, chỉ số chuyển đổi số cấp tỉnh (DTI) của Kon Tum xếp thứ 21/63 "
        "tỉnh, thành phố.\n",
        encoding="utf-8",
    )
    at = start_app()
    go(at, "compare")
    at.sidebar.selectbox(key="scope").set_value("all").run()  # Kon Tum's figure is provincial
    at.multiselect(key="cmp").set_value([2023, 2024]).run()
    assert_healthy(at)
    texts = _html_texts(at)
    # a rank, never "21 tỉnh, thành phố"; with its label beside it
    assert any(text.startswith("thứ 21/63 tỉnh, thành phố — ") for text in texts)
    assert not any(text.startswith("21 tỉnh") for text in texts)
    rank = figure_value_text(
        Figure(21, "tỉnh, thành phố", None, "", None, 2023, "d", "s", kind="rank", out_of=63), "vi"
    )
    assert any(text.startswith(f"{rank} — ") for text in texts)


# --- analyst features (issue 10) -------------------------------------------------------------------


def test_priorities_open_on_a_stated_cell(app: AppTest) -> None:
    go(app, "priorities")
    assert_healthy(app)
    assert app.selectbox(key="cell_year").value == 2024
    assert not app.main.info, "the page opened on an empty cell"
    assert len(app.main.dataframe[0].value) >= 1


@pytest.mark.parametrize("language", ["vi", "en"])
def test_explore_concordance_tools(app: AppTest, language: str) -> None:
    if language == "en":
        app.sidebar.segmented_control(key="lang").set_value("en").run()
    go(app, "explore")
    app.text_input(key="q").set_value("dữ liệu số").run()
    assert_healthy(app)
    hits, per_year, neighbours = (frame.value for frame in app.main.dataframe[:3])
    assert len(hits) == 11
    assert per_year[translate("occurrences", language)].tolist() == ["5", "6"]
    assert neighbours.iloc[0][translate("collocate", language)] == "phát triển"
    left = translate("left_context", language)
    app.segmented_control(key="sort").set_value("left").run()
    lasts = [text.split()[-1].casefold() for text in app.main.dataframe[0].value[left] if text.split()]
    assert lasts == sorted(lasts)
    app.slider(key="w").set_value(30).run()
    assert all(len(text.lstrip("…")) <= 30 for text in app.main.dataframe[0].value[left])
    # the concordance and its neighbours can be exported (names are checked in the browser test)
    labels = [button.label for button in app.main.get("download_button")]
    assert labels == [translate("download_csv", language), translate("download_collocates", language)]


def test_a_link_to_a_sentence_marks_it_in_the_reader(app: AppTest) -> None:
    app.query_params["doc"] = "003"
    app.query_params["s"] = "3"
    go(app, "explore")
    assert_healthy(app)
    reader = next(h.proto.body for h in app.main.get("html") if "dx-reader" in h.proto.body)
    assert reader.count('id="dx-focus"') == 1
    assert translate("reader_focus", "vi") in [c.value for c in app.main.caption]


def test_a_spawned_worker_rerunning_the_entry_script_draws_and_loads_nothing() -> None:
    """multiprocessing's "spawn" runs the script that started the process again in every pool
    worker, as ``__mp_main__`` (Streamlit makes app.py that script): nothing may route, draw or
    analyse there, and the dashboard is not even imported."""
    script = (
        "import runpy, sys\n"
        f"runpy.run_path({str(APP)!r}, run_name='__mp_main__')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'dashboard', 'streamlit', 'analysis'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=APP.parents[1],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip() == "[]"
    assert result.stderr == ""
