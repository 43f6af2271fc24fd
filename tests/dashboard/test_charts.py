"""Figure builders on the seeds: the traces carry the right values, labels and axes."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import plotly.graph_objects as go
import pytest

from analysis.pipeline import count_terms_by_year
from analysis.present.i18n import concept_label, event_kind_label, translate
from analysis.present.selection import document_titles, priority_matrix, year_summary
from analysis.present.tables import documents_per_year_outlet
from analysis.present.terms import (
    TermRow,
    TrendPoint,
    distinctive_term_rows,
    documents_by_year,
    term_trend_points,
)
from analysis.types import CorpusAnalysis
from dashboard.charts import (
    LEGEND_BELOW,
    PLOTLY_CONFIG,
    TIMELINE_LABEL_WIDTH,
    build_documents_bar,
    build_instruments_by_year,
    build_priority_flow,
    build_priority_heatmap,
    build_priority_matrix_slide,
    build_term_trends,
    build_terms_bar,
    build_timeline,
    for_projector,
    wrap_label,
    wrap_text,
)

SEED_YEARS = [2022, 2023, 2024]
LANGUAGES = ["vi", "en"]


# --- one builder per chart, so the language tests can run over all of them ------------------------


def _heatmap(corpus: CorpusAnalysis, language: str) -> go.Figure:
    concepts, counts = priority_matrix(corpus, SEED_YEARS)
    return build_priority_heatmap(concepts, counts, SEED_YEARS, language=language)


def _flow(corpus: CorpusAnalysis, language: str) -> go.Figure:
    return build_priority_flow(corpus.comparison, SEED_YEARS, language=language)


def _timeline(corpus: CorpusAnalysis, language: str) -> go.Figure:
    return build_timeline(corpus.timeline, language=language, titles=document_titles(corpus))


def _term_rows(corpus: CorpusAnalysis) -> list:
    summary = year_summary(corpus, 2024)
    assert summary is not None
    return distinctive_term_rows(
        summary.top_terms,
        year=2024,
        counts_by_year=count_terms_by_year(corpus.documents),
        year_documents=documents_by_year(corpus.documents)[2024],
        limit=10,
    )


def _terms(corpus: CorpusAnalysis, language: str) -> go.Figure:
    return build_terms_bar(_term_rows(corpus), year=2024, language=language)


def _trend_points(corpus: CorpusAnalysis) -> list:
    counts = count_terms_by_year(corpus.documents)
    return term_trend_points(counts, ["kinh tế số", "dữ liệu số"], documents_by_year(corpus.documents))


def _trends(corpus: CorpusAnalysis, language: str) -> go.Figure:
    return build_term_trends(_trend_points(corpus), language=language)


def _documents(corpus: CorpusAnalysis, language: str) -> go.Figure:
    rows = documents_per_year_outlet(corpus, language).to_dict("records")
    return build_documents_bar(rows, language=language)


Builder = Callable[[CorpusAnalysis, str], go.Figure]


def _title(figure: go.Figure) -> str:
    """The chart's title as one line (a long title is drawn on several)."""
    return figure.layout.title.text.replace("<br>", " ")


# builder, title key, x-axis title key (None: the chart has no x axis title)
CHARTS: list[tuple[Builder, str, str | None]] = [
    (_heatmap, "heatmap_title", "year_axis"),
    (_flow, "flow_title", None),
    (_timeline, "timeline_title", None),  # dates run down the y axis
    (_trends, "term_trends", "year_axis"),
    (_documents, "documents_per_year", "year_axis"),
]
CHART_IDS = ["heatmap", "flow", "timeline", "trends", "documents"]


@pytest.mark.parametrize(("builder", "title_key", "axis_key"), CHARTS, ids=CHART_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_titles_and_axes_follow_the_language(
    seed_corpus: CorpusAnalysis, builder: Builder, title_key: str, axis_key: str | None, language: str
) -> None:
    figure = builder(seed_corpus, language)
    assert _title(figure) == translate(title_key, language)
    if axis_key is not None:
        assert figure.layout.xaxis.title.text == translate(axis_key, language)


@pytest.mark.parametrize(("builder", "title_key", "axis_key"), CHARTS, ids=CHART_IDS)
def test_english_differs_from_vietnamese(
    seed_corpus: CorpusAnalysis, builder: Builder, title_key: str, axis_key: str | None
) -> None:
    vi, en = builder(seed_corpus, "vi"), builder(seed_corpus, "en")
    assert vi.layout.title.text != en.layout.title.text
    if axis_key is not None:
        assert vi.layout.xaxis.title.text != en.layout.xaxis.title.text


@pytest.mark.parametrize("builder", [c[0] for c in CHARTS] + [_terms], ids=[*CHART_IDS, "terms"])
@pytest.mark.parametrize("projector", [False, True], ids=["page", "projector"])
def test_legends_sit_below_the_plot_clear_of_the_title(
    seed_corpus: CorpusAnalysis, builder: Builder, projector: bool
) -> None:
    """A legend above the plot covered the title at 390 px: every legend hangs from the figure's
    bottom edge (plotly reserves that strip), in rows, left-aligned, also on a projector slide."""
    figure = builder(seed_corpus, "vi")
    if projector:
        figure = for_projector(figure, height=600)
    legend = figure.layout.legend
    assert legend.orientation == "h"
    assert (legend.yref, legend.y, legend.yanchor) == ("container", 0, "bottom")
    assert (legend.xref, legend.x, legend.xanchor) == ("paper", 0, "left")
    assert {key: legend[key] for key in LEGEND_BELOW if key != "title"} == {
        key: value for key, value in LEGEND_BELOW.items() if key != "title"
    }
    assert figure.layout.title.x == 0 and figure.layout.title.xanchor == "left"


@pytest.mark.parametrize("builder", [c[0] for c in CHARTS] + [_terms], ids=[*CHART_IDS, "terms"])
def test_every_chart_serialises(seed_corpus: CorpusAnalysis, builder: Builder) -> None:
    figure = builder(seed_corpus, "vi")
    assert figure.data, "the seeds give every chart something to draw"
    assert figure.to_json()


# --- heatmap --------------------------------------------------------------------------------------


def test_heatmap_matches_priority_matrix(seed_corpus: CorpusAnalysis) -> None:
    concepts, counts = priority_matrix(seed_corpus, SEED_YEARS)
    figure = _heatmap(seed_corpus, "vi")
    trace, cells = figure.data
    assert trace.type == "heatmap"
    assert [list(row) for row in trace.z] == counts
    assert list(trace.x) == ["2022", "2023", "2024"]
    assert list(trace.y) == [wrap_label(concept_label(concept, "vi")) for concept in concepts]
    assert [row[0] for row in trace.customdata] == concepts
    assert all(len(set(row)) == 1 for row in trace.customdata)
    assert [list(row) for row in trace.text] == [[str(v) if v else "" for v in row] for row in counts]
    # plotly heatmaps emit no click selection in Streamlit: one clickable marker per cell does,
    # carrying that cell's concept and year, at the cell's own coordinates
    assert cells.type == "scatter" and cells.mode == "markers"
    assert len(cells.customdata) == len(concepts) * len(SEED_YEARS)
    for (concept, year), x, y in zip(cells.customdata, cells.x, cells.y, strict=True):
        assert x == str(year) and y == wrap_label(concept_label(concept, "vi"))
    assert figure.layout.clickmode == "event+select"
    assert trace.hoverinfo == "skip"


def test_heatmap_years_are_categories(seed_corpus: CorpusAnalysis) -> None:
    figure = _heatmap(seed_corpus, "vi")
    assert figure.layout.xaxis.type == "category"
    assert figure.layout.yaxis.type == "category"
    assert all(isinstance(x, str) for x in figure.data[0].x)


def test_heatmap_digital_data_cell(seed_corpus: CorpusAnalysis) -> None:
    figure = _heatmap(seed_corpus, "vi")
    trace = figure.data[0]
    row = list(trace.y).index("Dữ liệu số")
    assert trace.z[row][list(trace.x).index("2023")] >= 1
    assert trace.z[row][list(trace.x).index("2022")] == 0


def test_heatmap_english_labels(seed_corpus: CorpusAnalysis) -> None:
    concepts, _ = priority_matrix(seed_corpus, SEED_YEARS)
    trace = _heatmap(seed_corpus, "en").data[0]
    assert list(trace.y) == [wrap_label(concept_label(concept, "en")) for concept in concepts]
    assert "Digital data" in trace.y
    assert trace.colorbar.title.text == translate("heatmap_colorbar", "en")


def test_heatmap_of_nothing() -> None:
    figure = build_priority_heatmap([], [], [], language="vi")
    assert list(figure.data[0].z) == []


# --- flow (slope view) ----------------------------------------------------------------------------


def _stated_years(trace: go.Scatter) -> list[str]:
    return [x for x, y in zip(trace.x, trace.y, strict=True) if y is not None]


def test_flow_has_one_line_per_concept_with_dots_in_its_stated_years(seed_corpus: CorpusAnalysis) -> None:
    figure = _flow(seed_corpus, "vi")
    assert [trace.name for trace in figure.data] == [
        concept_label(row.concept, "vi") for row in seed_corpus.comparison
    ]
    for trace, row in zip(figure.data, seed_corpus.comparison, strict=True):
        assert trace.type == "scatter" and trace.connectgaps is False
        assert list(trace.x) == [str(year) for year in SEED_YEARS]
        assert _stated_years(trace) == [str(year) for year in row.years]


def test_flow_digital_data_persists_2023_to_2024_and_platforms_are_dropped(
    seed_corpus: CorpusAnalysis,
) -> None:
    traces = {trace.name: trace for trace in _flow(seed_corpus, "en").data}
    assert _stated_years(traces["Digital data"]) == ["2023", "2024"]
    assert _stated_years(traces["Digital platforms"]) == ["2023"]
    # A gap (None) between two stated years breaks the line: dropped, then stated again.
    assert _stated_years(traces["Online public services"]) == ["2022", "2023"]


def test_flow_rows_follow_the_taxonomy_from_top_to_bottom(seed_corpus: CorpusAnalysis) -> None:
    figure = _flow(seed_corpus, "vi")
    labels = [wrap_label(concept_label(row.concept, "vi")) for row in seed_corpus.comparison]
    assert list(figure.layout.yaxis.categoryarray) == list(reversed(labels))
    assert figure.layout.xaxis.type == "category"


# --- timeline -------------------------------------------------------------------------------------


def _events_by_row(figure: go.Figure) -> dict[int, tuple[str, str, str, str]]:
    """Each drawn event by its row (0 at the top): its kind (trace name), label, date and hover title."""
    rows = {}
    for trace in figure.data:
        for y, text, data in zip(trace.y, trace.text, trace.customdata, strict=True):
            assert y not in rows, f"two events drawn on row {y}"
            rows[y] = (trace.name, text, data[1], data[2])
    return rows


def test_timeline_draws_each_event_once_on_its_own_row_oldest_first(seed_corpus: CorpusAnalysis) -> None:
    events = seed_corpus.timeline
    figure = _timeline(seed_corpus, "vi")
    kinds = list(dict.fromkeys(event.kind for event in sorted(events, key=lambda e: e.date)))
    # one trace per kind (the legend), one point per event
    assert [trace.name for trace in figure.data] == [event_kind_label(kind, "vi") for kind in kinds]
    assert sum(len(trace.y) for trace in figure.data) == len(events)
    rows = _events_by_row(figure)
    assert sorted(rows) == list(range(len(events)))
    ordered = sorted(events, key=lambda event: event.date)
    for row, event in enumerate(ordered):
        kind, _, day, title = rows[row]
        assert kind == event_kind_label(event.kind, "vi")
        assert day == event.date.strftime("%d/%m/%Y")
        assert title == event.title  # the seeds' titles carry no angle brackets
    # a point's first customdata is the event's position in the list given (what a click opens)
    for trace in figure.data:
        for data in trace.customdata:
            assert events[data[0]].title == data[2]
    # two events on 10/10/2022 get two rows, not one point on top of the other
    assert [rows[row][2] for row in range(len(events))].count("10/10/2022") == 2


def test_timeline_axis_reads_dates_top_down_in_the_language(seed_corpus: CorpusAnalysis) -> None:
    ordered = sorted(seed_corpus.timeline, key=lambda event: event.date)
    vi, en = _timeline(seed_corpus, "vi"), _timeline(seed_corpus, "en")
    for figure in (vi, en):
        axis = figure.layout.yaxis
        assert axis.tickmode == "array"
        assert list(axis.tickvals) == list(range(len(ordered)))
        assert tuple(axis.range) == (len(ordered) - 0.5, -0.5), "reversed: the oldest event on top"
        assert figure.layout.xaxis.visible is False
    assert list(vi.layout.yaxis.ticktext) == [event.date.strftime("%d/%m/%Y") for event in ordered]
    assert vi.layout.yaxis.ticktext[0] == "10/10/2022"
    assert en.layout.yaxis.ticktext[0] == "Oct 10, 2022"
    assert en.layout.yaxis.ticktext[-1] == "Oct 10, 2024"
    assert "Apr 24, 2024" in en.layout.yaxis.ticktext
    assert vi.layout.yaxis.title.text is None, "no axis title: a phone needs the width for the labels"


def test_timeline_labels_wrap_beside_their_markers(seed_corpus: CorpusAnalysis) -> None:
    figure = _timeline(seed_corpus, "vi")
    labels = [text for trace in figure.data for text in trace.text]
    assert all(trace.textposition == "middle right" and trace.cliponaxis is False for trace in figure.data)
    for text in labels:
        lines = text.split("<br>")
        assert 1 <= len(lines) <= 3
        assert all(len(line) <= TIMELINE_LABEL_WIDTH for line in lines), text
    meeting = next(text for text in labels if text.startswith("Phiên họp lần thứ 8"))
    assert meeting == "Phiên họp lần thứ 8 của Ủy<br>ban"
    assert "Ngày Chuyển đổi số Quốc<br>gia năm 2022" in labels


def test_timeline_keeps_its_kinds_in_a_legend_below_the_plot(seed_corpus: CorpusAnalysis) -> None:
    figure = _timeline(seed_corpus, "en")
    assert figure.layout.showlegend is True
    legend = figure.layout.legend
    assert (legend.orientation, legend.yref, legend.y, legend.yanchor) == ("h", "container", 0, "bottom")
    assert {trace.name for trace in figure.data} == {
        event_kind_label(event.kind, "en") for event in seed_corpus.timeline
    }
    assert figure.layout.clickmode == "event+select"


def test_timeline_has_the_april_2024_meeting(seed_corpus: CorpusAnalysis) -> None:
    figure = _timeline(seed_corpus, "en")
    meeting = next(trace for trace in figure.data if trace.name == event_kind_label("meeting", "en"))
    days = [data[1] for data in meeting.customdata]
    assert "Apr 24, 2024" in days
    _, _, event_title, article = meeting.customdata[days.index("Apr 24, 2024")]
    assert event_title == "8th meeting of the Committee"  # the curated English name
    assert article in document_titles(seed_corpus).values()
    assert all("%{customdata[1]}" in trace.hovertemplate for trace in figure.data)


def test_timeline_of_nothing() -> None:
    figure = build_timeline([], language="vi", titles={})
    assert figure.data == ()
    assert list(figure.layout.yaxis.ticktext) == []


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        ("Phiên họp thứ 7", "Phiên họp thứ 7"),
        (
            "Hội nghị trực tuyến toàn quốc về chuyển đổi số ngành Công an nhân dân lần thứ hai",
            "Hội nghị trực tuyến toàn<br>quốc về chuyển đổi số<br>ngành Công an nhân dân lầ…",
        ),
        (
            "<b>đậm</b> <br><img src=x> và một dòng nữa",
            "&lt;b&gt;đậm&lt;/b&gt; &lt;br&gt;&lt;img src=x&gt;<br>và một dòng nữa",
        ),
        ("https://example.com/mot-duong-dan-rat-dai", "https://example.com/mot-du<br>ong-dan-rat-dai"),
        ("", ""),
    ],
)
def test_event_titles_wrap_escaped(text: str, wrapped: str) -> None:
    assert wrap_text(text) == wrapped


# --- terms ----------------------------------------------------------------------------------------


def test_terms_bar_shows_rates_the_year_against_the_others(seed_corpus: CorpusAnalysis) -> None:
    rows = _term_rows(seed_corpus)
    others, year = _terms(seed_corpus, "vi").data
    assert year.orientation == others.orientation == "h"
    # highest first: plotly draws the last bar at the top
    assert [label.replace("<br>", " ") for label in year.y] == [row.term for row in reversed(rows)]
    assert list(year.x) == [row.per_10k for row in reversed(rows)]
    assert list(others.x) == [row.other_per_10k or 0 for row in reversed(rows)]
    assert year.y[-1] == "kinh tế số"
    # a click on a bar names its term, which opens its concordance
    assert list(year.customdata) == [row.term for row in reversed(rows)]


@pytest.mark.parametrize(("language", "number"), [("vi", "53,6"), ("en", "53.6")])
def test_terms_bar_labels(seed_corpus: CorpusAnalysis, language: str, number: str) -> None:
    figure = _terms(seed_corpus, language)
    assert _title(figure) == f"{translate('distinctive_terms', language)} — 2024"
    assert figure.layout.xaxis.title.text == translate("rate_axis", language)
    assert figure.layout.separators == {"vi": ",.", "en": ".,"}[language]
    assert number in figure.data[-1].hovertext[-1]


def test_term_trends(seed_corpus: CorpusAnalysis) -> None:
    points = _trend_points(seed_corpus)
    figure = build_term_trends(points, language="vi")
    assert [trace.name for trace in figure.data] == ["kinh tế số", "dữ liệu số"]
    for trace in figure.data:
        expected = [point for point in points if point.term == trace.name]
        assert list(trace.x) == ["2022 (1 bài)", "2023 (1 bài)", "2024 (3 bài)"]
        assert list(trace.y) == [point.per_10k for point in expected]
        # thin years are hollow markers
        colours = list(trace.marker.color)
        assert colours[:2] == ["white", "white"] and colours[2] != "white"
    assert figure.layout.xaxis.type == "category"
    assert figure.layout.yaxis.title.text == translate("relative_frequency", "vi")
    economy = figure.data[0]
    assert economy.y[2] > economy.y[0], "kinh tế số is the 2024 theme"


# --- documents ------------------------------------------------------------------------------------


def test_documents_bar_stacks_outlets_per_year(seed_corpus: CorpusAnalysis) -> None:
    figure = _documents(seed_corpus, "vi")
    assert figure.layout.barmode == "stack"
    assert figure.layout.xaxis.type == "category"
    totals: dict[str, int] = {}
    for trace in figure.data:
        assert list(trace.x) == ["2022", "2023", "2024"]
        for year, count in zip(trace.x, trace.y, strict=True):
            totals[year] = totals.get(year, 0) + count
    assert totals == {"2022": 1, "2023": 1, "2024": 3}
    names = {trace.name for trace in figure.data}
    assert {"VOV5", "PLVN", "vietnamnet.vn", "nongnghiep.vn", translate("unknown_outlet", "vi")} == names


def test_documents_bar_english_legend(seed_corpus: CorpusAnalysis) -> None:
    figure = _documents(seed_corpus, "en")
    assert figure.layout.legend.title.text == "Outlet"
    assert figure.layout.yaxis.title.text == "Articles"
    assert "Unknown" in {trace.name for trace in figure.data}


# --- export ------------------------------------------------------------------------


def test_plotly_export_is_a_sharp_png() -> None:
    options = PLOTLY_CONFIG["toImageButtonOptions"]
    assert options["format"] == "png"
    assert options["scale"] >= 2
    assert PLOTLY_CONFIG["displaylogo"] is False


def test_measure_series_points_carry_their_position_and_article() -> None:
    from analysis.present.figures import MeasureSeries, SeriesPoint
    from dashboard.charts import build_measure_series

    series = MeasureSeries(
        "tỷ trọng kinh tế số trong GDP",
        "%",
        "percent",
        (SeriesPoint(2022, 14.26, "14,26 %", "a", "s1"), SeriesPoint(2024, 18.3, "18,3 %", "b", "s2")),
    )
    figure = build_measure_series(series, language="vi", titles={"a": "Bài <b>A</b>"})
    (trace,) = figure.data
    assert list(trace.x) == ["2022", "2024"]
    assert list(trace.y) == [14.26, 18.3]
    assert [list(row) for row in trace.customdata] == [[0, "Bài &lt;b&gt;A&lt;/b&gt;"], [1, "b"]]
    assert figure.layout.xaxis.type == "category"
    assert _title(figure) == f"{translate('measure_across_years', 'vi')}: tỷ trọng kinh tế số trong GDP"


def test_long_titles_wrap_and_push_the_plot_down() -> None:
    from analysis.present.figures import MeasureSeries, SeriesPoint
    from dashboard.charts import TITLE_WIDTH, build_measure_series

    points = (SeriesPoint(2022, 1.0, "1 %", "a", "s"), SeriesPoint(2024, 2.0, "2 %", "b", "s"))
    short = build_measure_series(MeasureSeries("GDP", "%", "percent", points), language="vi", titles={})
    measure = "tỷ trọng kinh tế số trong tổng sản phẩm quốc nội của cả nước"
    long = build_measure_series(MeasureSeries(measure, "%", "percent", points), language="vi", titles={})
    lines = long.layout.title.text.split("<br>")
    assert len(lines) >= 2 and all(len(line) <= TITLE_WIDTH for line in lines), lines
    assert "<br>" not in short.layout.title.text
    extra = len(lines) - 1
    assert long.layout.margin.t == short.layout.margin.t + 22 * extra
    assert long.layout.height == short.layout.height + 22 * extra


def test_a_top_axis_gets_room_under_the_title(seed_corpus: CorpusAnalysis) -> None:
    heatmap, documents = _heatmap(seed_corpus, "vi"), _documents(seed_corpus, "vi")
    assert heatmap.layout.xaxis.side == "top"
    assert heatmap.layout.margin.t >= documents.layout.margin.t + 50
    colorbar = heatmap.data[0].colorbar
    assert (colorbar.orientation, colorbar.yref, colorbar.y) == ("h", "container", 0)


# An article's title or term that is also markup: every builder must draw it as written.
HOSTILE = '<b>đậm</b> <a href="http://evil.example">bấm</a><br>hai <img src=x onerror=alert(1)> %{y}'
_RAW_MARKUP = ("<b>đậm", "<a ", "</a><br>", "<img")


def _hostile_measure() -> go.Figure:
    from analysis.present.figures import MeasureSeries, SeriesPoint
    from dashboard.charts import build_measure_series

    points = (SeriesPoint(2022, 1.0, HOSTILE, "a", "s"), SeriesPoint(2024, 2.0, HOSTILE, "a", "s"))
    series = MeasureSeries(HOSTILE, HOSTILE, "percent", points)
    return build_measure_series(series, language="vi", titles={"a": HOSTILE})


def _hostile_series_chart() -> go.Figure:
    from analysis.present.story import Series, SeriesChart
    from dashboard.charts import build_series_chart

    series = Series(HOSTILE, (3.0, 4.0), (HOSTILE, HOSTILE))
    return build_series_chart(SeriesChart("bar", HOSTILE, (HOSTILE, "2024"), (series,), HOSTILE))


def _hostile_progress() -> go.Figure:
    from analysis.present.instruments import ProgressRow
    from analysis.types import TargetProgress, TargetSource
    from dashboard.charts import build_progress_board

    target = TargetProgress(
        HOSTILE, None, "%", "percent", 90.0, 2025, (TargetSource("d", HOSTILE),), (), "behind"
    )
    row = ProgressRow(
        HOSTILE, HOSTILE, 2025, HOSTILE, 2022, HOSTILE, 2024, "", "behind", HOSTILE, (HOSTILE,), False, target
    )
    return build_progress_board([row], language="vi")


def _hostile_timeline() -> go.Figure:
    from analysis.types import Event

    event = Event(date(2025, 10, 10), HOSTILE, "ndt", "d", HOSTILE)
    return build_timeline([event], language="vi", titles={"d": HOSTILE})


def _hostile_source_line() -> go.Figure:
    from dashboard.charts import with_source_line

    return with_source_line(build_documents_bar([], language="vi"), HOSTILE)


# Every builder that draws an article's words (the heatmap and the flow draw only the taxonomy's
# labels), each given the hostile text wherever an article's words go in.
HOSTILE_CHARTS: dict[str, Callable[[], go.Figure]] = {
    "terms": lambda: build_terms_bar(
        [TermRow(HOSTILE, "term", 4, 1.5, 0.5, 3.0, 2, 2)], year=2025, language="vi"
    ),
    "trends": lambda: build_term_trends([TrendPoint(HOSTILE, 2025, 2, 1.0, 1, 1, 900, True)], language="vi"),
    "timeline": _hostile_timeline,
    "documents": lambda: build_documents_bar(
        [{"year": 2025, "outlet": HOSTILE, "articles": 1}], language="vi"
    ),
    "measure": _hostile_measure,
    "measure_on_a_slide": lambda: for_projector(_hostile_measure(), height=470),
    "series_chart": _hostile_series_chart,
    "instruments": lambda: build_instruments_by_year(
        [(2024, HOSTILE, 2)], language="vi", titles={HOSTILE: HOSTILE}
    ),
    "progress": _hostile_progress,
    "source_line": _hostile_source_line,
}


def _drawn_text(figure: go.Figure) -> list[str]:
    """Every string of the figure plotly draws: the layout's and the traces' (a ``customdata``
    cell only when a template shows it; otherwise it is what a click hands back, never drawn)."""

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [text for item in value.values() for text in strings(item)]
        if isinstance(value, list | tuple):
            return [text for item in value for text in strings(item)]
        return []

    spec = figure.to_plotly_json()
    drawn = strings(spec["layout"])
    for trace in spec["data"]:
        drawn += strings({key: value for key, value in trace.items() if key != "customdata"})
        templates = " ".join(strings([trace.get("hovertemplate"), trace.get("texttemplate")]))
        shown = {int(index) for index in re.findall(r"%\{customdata\[(\d+)\]", templates)}
        for row in trace.get("customdata", []) if shown else []:
            drawn += [str(row[index]) for index in shown]
    return drawn


@pytest.mark.parametrize("build", HOSTILE_CHARTS.values(), ids=HOSTILE_CHARTS.keys())
def test_article_markup_is_drawn_as_text_by_every_chart(build: Callable[[], go.Figure]) -> None:
    drawn = _drawn_text(build())
    for markup in _RAW_MARKUP:
        assert not [text for text in drawn if markup in text], markup
    # the words are there, escaped: "<b>" and the article's own "<br>" show as written
    assert any("&lt;b&gt;đậm&lt;/b&gt;" in text for text in drawn)
    assert any("&lt;br&gt;hai" in text for text in drawn)


def test_article_text_stays_out_of_hover_templates() -> None:
    """A "%{y}" in an instrument's title is shown, not filled in by plotly: the title is a value
    the template names, never part of the template."""
    (trace,) = HOSTILE_CHARTS["instruments"]().data
    assert "evil" not in trace.hovertemplate and "đậm" not in trace.hovertemplate
    assert trace.hovertemplate.count("%{") == 4  # name, x, y and the hover text: the builder's own
    assert all("%{y}" in text for text in trace.hovertext)


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        ("Dữ liệu số", "Dữ liệu số"),
        ("Truyền thông, nâng cao nhận thức", "Truyền thông, nâng<br>cao nhận thức"),
        ("An ninh mạng, an toàn thông tin", "An ninh mạng, an<br>toàn thông tin"),
        ("", ""),
    ],
)
def test_long_axis_labels_wrap(text: str, wrapped: str) -> None:
    assert wrap_label(text) == wrapped


@pytest.mark.parametrize("language", LANGUAGES)
def test_projector_titles_wrap_shorter_in_larger_type(seed_corpus: CorpusAnalysis, language: str) -> None:
    from dashboard.charts import PROJECTOR_TITLE_WIDTH

    page = _documents(seed_corpus, language)
    slide = for_projector(_documents(seed_corpus, language), height=470)
    title = translate("documents_per_year", language)
    lines = slide.layout.title.text.split("<br>")
    assert " ".join(lines) == title
    assert all(len(line) <= PROJECTOR_TITLE_WIDTH for line in lines), lines
    assert slide.layout.title.font.size == 26 and slide.layout.height == 470
    assert slide.layout.margin.t == page.layout.margin.t + 20 + 32 * (len(lines) - 1)
    assert all(size >= 20 for size in (slide.layout.font.size, slide.layout.legend.font.size))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_matrix_slide_has_a_projector_and_a_phone_layout(
    seed_corpus: CorpusAnalysis, language: str
) -> None:
    """A projector keeps each concept on one line within the slide's height; a phone wraps them so no
    label is wider than 16 characters, and grows each row for its longest label in 16 px type."""
    concepts, counts = priority_matrix(seed_corpus, SEED_YEARS)
    labels = [concept_label(concept, language) for concept in concepts]
    assert max(len(label) for label in labels) > 16  # the seeds hold labels a phone must wrap
    projector = build_priority_matrix_slide(concepts, counts, SEED_YEARS, language=language, height=470)
    phone = build_priority_matrix_slide(
        concepts, counts, SEED_YEARS, language=language, height=470, phone=True
    )
    for figure in (projector, phone):
        assert figure.layout.title.text is None
        assert figure.data[0].showscale is False
        assert [list(row) for row in figure.data[0].z] == [list(row) for row in counts]
        assert [label.replace("<br>", " ") for label in figure.data[0].y] == labels
    assert list(projector.data[0].y) == labels and projector.layout.height == 470
    assert projector.layout.yaxis.tickfont.size >= 20
    lines = [label.split("<br>") for label in phone.data[0].y]
    assert max(len(line) for label in lines for line in label) <= 16
    tallest = max(len(label) for label in lines)
    assert tallest >= 2
    assert phone.layout.yaxis.tickfont.size == 16
    # every row holds its tallest label and a gap (a 16 px line is about 21 px high; at 45 px a row
    # two-line labels touched in the browser), so the chart is taller than a projector's 470 px
    plot_height = phone.layout.height - phone.layout.margin.t - phone.layout.margin.b
    assert plot_height / len(concepts) >= 24 * tallest and phone.layout.height > 470


@pytest.mark.parametrize(("counts", "dtick"), [((1, 2, 1), 1), ((3, 40, 12), None)])
def test_citations_per_year_are_counted_in_whole_steps(counts: tuple[int, ...], dtick: int | None) -> None:
    points = [
        (2022 + offset, f"{n}/QĐ-TTg", count)
        for offset, (n, count) in enumerate(zip((749, 411, 6), counts, strict=True))
    ]
    figure = build_instruments_by_year(points, language="vi", titles={})
    assert figure.layout.yaxis.tickformat == "d" and figure.layout.yaxis.dtick == dtick
    assert [list(trace.y) for trace in figure.data] == [
        [count if column == row else 0 for column in range(3)] for row, count in enumerate(counts)
    ]
