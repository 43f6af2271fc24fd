"""Presentation mode through the entry script (AppTest), and the plotly renderings of story charts."""

from __future__ import annotations

import json
from collections.abc import Callable

import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from analysis.present.i18n import translate
from analysis.present.selection import filter_corpus
from analysis.present.story import MeasureCharts, Series, SeriesChart, build_story
from analysis.types import CorpusAnalysis
from dashboard.charts import build_series_chart, for_projector, with_source_line
from tests.dashboard.conftest import APP, FIRST_RUN_TIMEOUT, RUN_TIMEOUT, metrics


def presenting(query: dict[str, str | list[str]]) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run(timeout=FIRST_RUN_TIMEOUT)


def slide_html(at: AppTest) -> list[str]:
    return [element.proto.body for element in at.main if getattr(element, "type", None) == "html"]


def slide_title(at: AppTest) -> str:
    heading = next(body for body in slide_html(at) if 'class="slide-title' in body)
    return heading.split("<h1", 1)[1].split(">", 1)[1].split("</h1>", 1)[0]


def healthy(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def test_a_link_opens_on_its_slide_and_the_buttons_move_through_the_url() -> None:
    at = presenting({"present": "1", "slide": "3"})
    healthy(at)
    assert slide_title(at) == "Chủ đề năm 2022 do 1 bài viết nêu nguyên văn"
    assert any('lang="vi">“Chuyển đổi số giải quyết' in body for body in slide_html(at))
    assert not at.main.title, "no page is shown under the slide"
    at.button(key="slide_next").click().run()
    assert at.query_params["slide"] == "4"
    assert slide_title(at).startswith("Chủ đề năm 2023")
    at.button(key="slide_prev").click().run().button(key="slide_prev").click().run()
    assert at.query_params["slide"] == "2"
    assert slide_title(at) == "5 bài viết từ 4 nguồn tin, 2022–2024"


@pytest.mark.parametrize(("asked", "shown"), [("0", 1), ("abc", 1), ("-2", 1), ("999", 11)])
def test_a_slide_number_outside_the_story_is_kept_inside(asked: str, shown: int) -> None:
    at = presenting({"present": "1", "slide": asked})
    healthy(at)
    counter = next(body for body in slide_html(at) if "slide-counter" in body)
    assert f"Trang {shown}/11" in counter
    assert at.button(key="slide_prev").disabled == (shown == 1)
    assert at.button(key="slide_next").disabled == (shown == 11)


def test_every_slide_runs_in_both_languages() -> None:
    for language in ("vi", "en"):
        query = {"present": "1", "slide": "1"} | ({"lang": "English"} if language == "en" else {})
        at = presenting(query)
        titles = []
        for number in range(1, 12):
            healthy(at)
            titles.append(slide_title(at))
            if number < 11:
                at.button(key="slide_next").click().run()
        national = translate("story_subject_national", language)
        assert titles[0].startswith(
            translate("deck_title", language, subject=national, span="2022–2024") + ": "
        )
        assert titles[-1] == translate("sources_title", language, articles=5)
        assert len(set(titles)) == 11
        if language == "en":
            assert all(t.replace("→", "").replace("–", "").replace("—", "").isascii() for t in titles), titles


def test_the_sidebar_switch_writes_the_url_and_leaving_returns_to_the_page(
    start_app: Callable[[], AppTest],
) -> None:
    at = start_app()
    assert at.title[0].value == "Tổng quan"
    at.sidebar.toggle(key="present_switch").set_value(True).run()
    healthy(at)
    assert at.query_params["present"] == "1" and at.query_params["slide"] == "1"
    assert slide_title(at) == "Chuyển đổi số quốc gia 2022–2024: 5 điểm chính"
    at.button(key="slide_leave").click().run()
    healthy(at)
    assert "present" not in at.query_params and "slide" not in at.query_params
    assert at.title[0].value == "Tổng quan"
    assert at.sidebar.toggle(key="present_switch").value is False


def test_the_chosen_years_carry_into_the_story() -> None:
    at = presenting({"present": "1", "slide": "1", "years": ["2023", "2024"]})
    healthy(at)
    assert slide_title(at).startswith("Chuyển đổi số quốc gia 2023–2024: ")
    at.button(key="slide_next").click().run().button(key="slide_next").click().run()
    assert slide_title(at).startswith("Chủ đề năm 2023")


def test_the_deck_can_be_downloaded_from_the_sidebar_and_the_slides(start_app: Callable[[], AppTest]) -> None:
    at = start_app()
    labels = [button.proto.label for button in at.sidebar.get("download_button")]
    assert translate("download_deck", "vi") in labels
    # the handout beside it, on every page (the Overview too)
    assert {translate("download_handout_pdf", "vi"), translate("download_handout_docx", "vi")} <= set(labels)
    at.sidebar.toggle(key="present_switch").set_value(True).run()
    assert translate("present_deck", "vi") in [b.proto.label for b in at.main.get("download_button")]


def test_story_charts_render_the_story_numbers_at_projector_size(
    fixture_corpus: CorpusAnalysis, seed_corpus: CorpusAnalysis
) -> None:
    story = build_story(filter_corpus(seed_corpus, years=None, documents=None), language="en")
    glance = story.slides[1].body.chart
    figure = for_projector(build_series_chart(glance), height=470)
    assert [trace.name for trace in figure.data] == [series.name for series in glance.series]
    assert [list(trace.y) for trace in figure.data] == [list(series.values) for series in glance.series]
    assert figure.layout.barmode == "stack" and figure.layout.height == 470
    assert figure.layout.font.size >= 20 and figure.layout.xaxis.tickfont.size >= 20
    assert all(trace.textfont.size >= 20 for trace in figure.data)

    measures = next(s.body for s in build_story(fixture_corpus, language="en").slides if s.kind == "measure")
    assert isinstance(measures, MeasureCharts)
    chart = measures.charts[0]
    line = build_series_chart(chart)
    (trace,) = line.data
    assert list(trace.x) == list(chart.categories) and list(trace.y) == list(chart.series[0].values)
    assert list(trace.text) == list(chart.series[0].labels)
    assert line.layout.xaxis.type == "category"  # never "2,022.5"


def test_english_key_figures_read_in_english_with_the_vietnamese_in_the_source_panel(
    start_app: Callable[[], AppTest],
) -> None:
    at = start_app()
    at.sidebar.segmented_control(key="lang").set_value("en").run()
    healthy(at)
    cards = [(label, value) for label, value in metrics(at)]
    values = [value for _, value in cards]
    assert "over 80,000 teams" in values
    assert "nearly 380,000 members" in values
    assert "over 5 million citizen participations" in values
    assert "63 provinces and cities" not in values  # the setting of an event, no key figure
    assert not any("tổ" in text or "thành viên" in text for card in cards for text in card)
    panels = [body for body in slide_html(at) if "hơn 80.000 tổ" in body]
    assert panels, "the source panel keeps the Vietnamese wording beside the English label"


def test_findings_open_their_slides_and_every_slide_shows_its_sources() -> None:
    at = presenting({"present": "1", "slide": "1"})
    healthy(at)
    findings = [button for button in at.main.button if button.key and button.key.startswith("finding_")]
    assert 3 <= len(findings) <= 5
    assert findings[0].proto.label == "1. 2023 → 2024: 5 ưu tiên mới, trọng tâm Quản trị số, Chính phủ số"
    handouts = {button.proto.label for button in at.main.get("download_button")}
    assert {translate("download_handout_pdf", "vi"), translate("download_handout_docx", "vi")} <= handouts
    findings[0].click().run()
    healthy(at)
    assert at.query_params["slide"] == "8"
    assert slide_title(at) == "2023 → 2024: 5 ưu tiên mới, trọng tâm Quản trị số, Chính phủ số"
    for number in range(1, 12):
        at = presenting({"present": "1", "slide": str(number)})
        lines = [body for body in slide_html(at) if 'class="slide-source"' in body]
        assert len(lines) == 1 and ">Nguồn: " in lines[0], number
        assert at.main.expander[0].label == translate("notes_show", "vi")  # the notes the slides promise


def test_a_count_axis_ticks_whole_articles(seed_corpus: CorpusAnalysis) -> None:
    glance = build_story(seed_corpus, language="vi").slides[1].body.chart
    figure = build_series_chart(glance)
    assert figure.layout.yaxis.dtick == 1 and figure.layout.yaxis.tickformat == ",d"


def test_a_page_chart_carries_its_source_line_into_the_png(start_app: Callable[[], AppTest]) -> None:
    at = start_app()
    healthy(at)
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    bar = next(
        spec for spec in specs if spec["layout"]["title"]["text"] == translate("documents_per_year", "vi")
    )
    subtitle = bar["layout"]["title"]["subtitle"]["text"].replace("<br>", " ")  # wrapped for a phone
    assert subtitle.startswith("Nguồn: ") and subtitle.endswith(" +2")  # five articles: three named, two more


def test_with_source_line_escapes_and_makes_room() -> None:
    figure = build_series_chart(SeriesChart("bar", "Số bài", ("2024",), (Series("a", (1.0,)),), "bài"))
    top, height = figure.layout.margin.t, figure.layout.height
    with_source_line(figure, "Nguồn: <b>VOV5</b> & PLVN")
    assert figure.layout.title.subtitle.text == "Nguồn: &lt;b&gt;VOV5&lt;/b&gt; &amp; PLVN"
    assert figure.layout.margin.t > top and figure.layout.height > height
    assert with_source_line(go.Figure(), "").layout.title.subtitle.text is None
