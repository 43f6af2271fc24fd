"""Tables the dashboard shows and lets users download: columns per language, values, CSV bytes."""

from __future__ import annotations

import csv
import io
import unicodedata

import pandas as pd
import pytest

from analysis.kwic import find_keyword_in_context
from analysis.present.i18n import format_figure, translate
from analysis.present.selection import document_titles, items_for_cell
from analysis.present.tables import (
    cell_items_table,
    documents_per_year_outlet,
    documents_table,
    events_table,
    figures_table,
    hits_table,
    terms_table,
    to_csv_bytes,
)
from analysis.types import CorpusAnalysis

LANGUAGES = ["vi", "en"]
BOM = b"\xef\xbb\xbf"


def _read_csv(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)


# --- CSV ------------------------------------------------------------------------------------------


def test_csv_starts_with_the_utf8_bom() -> None:
    data = to_csv_bytes(pd.DataFrame({"Từ": ["dữ liệu số"]}))
    assert data.startswith(BOM)
    assert not data[len(BOM) :].startswith(BOM)


@pytest.mark.parametrize(
    "text",
    [
        "Chuyển đổi số quốc gia",
        "Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới",
        'Chủ đề "Phát triển kinh tế số", gồm: công nghệ thông tin; số hóa',
        "nhiều dòng\nthứ hai",
        "ỹ ữ ặ ậ ờ ộ Đ đ",
    ],
)
def test_csv_round_trips_vietnamese(text: str) -> None:
    frame = pd.DataFrame({"Tiêu đề": [text], "Năm": [2024]})
    data = to_csv_bytes(frame)
    assert data.startswith(BOM + "Tiêu đề,Năm".encode())  # plain UTF-8 after the mark, not escaped
    back = _read_csv(data)
    assert list(back.columns) == ["Tiêu đề", "Năm"]
    assert back.iloc[0, 0] == text
    assert unicodedata.is_normalized("NFC", back.iloc[0, 0])
    assert back.iloc[0, 1] == 2024


def test_csv_has_no_index_column() -> None:
    back = _read_csv(to_csv_bytes(pd.DataFrame({"a": [1, 2]}, index=[5, 6])))
    assert list(back.columns) == ["a"]
    assert back["a"].tolist() == [1, 2]


def test_csv_of_an_empty_table() -> None:
    assert to_csv_bytes(pd.DataFrame()).startswith(BOM)


# --- documents ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_table(seed_corpus: CorpusAnalysis, language: str) -> None:
    frame = documents_table(seed_corpus, language)
    keys = ["title", "outlet", "published", "year", "words"]
    assert list(frame.columns) == ["id"] + [translate(key, language) for key in keys]
    assert len(frame) == len(seed_corpus.documents)
    row = frame.set_index("id").loc["003_58bd2110ae835d9e"]
    assert row[translate("title", language)] == "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024"
    assert row[translate("year", language)] == 2024
    assert row[translate("words", language)] > 100
    unknown = frame.set_index("id").loc["001_d02360e2110805a5", translate("outlet", language)]
    assert unknown == translate("unknown_outlet", language)


def test_documents_table_csv_round_trip(seed_corpus: CorpusAnalysis) -> None:
    frame = documents_table(seed_corpus, "vi")
    back = _read_csv(to_csv_bytes(frame))
    assert back["Tiêu đề"].tolist() == frame["Tiêu đề"].tolist()


@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_per_year_outlet(seed_corpus: CorpusAnalysis, language: str) -> None:
    frame = documents_per_year_outlet(seed_corpus, language)
    assert list(frame.columns) == ["year", "outlet", "articles"]
    assert frame["articles"].sum() == len(seed_corpus.documents)
    assert frame.groupby("year")["articles"].sum().to_dict() == {"2022": 1, "2023": 1, "2024": 3}
    assert translate("unknown_outlet", language) in set(frame["outlet"])


def test_documents_per_year_outlet_of_unknown_year(fixture_corpus: CorpusAnalysis) -> None:
    frame = documents_per_year_outlet(fixture_corpus, "en")
    assert "Year unknown" in set(frame["year"])


def test_documents_per_year_outlet_of_nothing() -> None:
    from analysis.pipeline import summarize_corpus

    frame = documents_per_year_outlet(summarize_corpus([]), "vi")
    assert frame.empty
    assert list(frame.columns) == ["year", "outlet", "articles"]


# --- figures, terms, cells, events, hits ----------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_figures_table(seed_corpus: CorpusAnalysis, language: str) -> None:
    # English reads the unit in English; the "unit" column keeps the Vietnamese as written
    shown = f"{format_figure(80000, 'hơn', language)} {'teams' if language == 'en' else 'tổ'}"
    frame = figures_table(seed_corpus.figures, document_titles(seed_corpus), language)
    assert len(frame) == len(seed_corpus.figures)
    column = translate("figures", language)
    assert shown in frame[column].tolist()
    row = frame[frame[column] == shown].iloc[0]
    assert row["value"] == 80000.0
    assert row["unit"] == "tổ"
    assert row[translate("year", language)] == 2023
    assert row[translate("article", language)] == "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024"
    assert "80.000" in row[translate("source_sentence", language)]
    assert row["doc"] == "003_58bd2110ae835d9e"


@pytest.mark.parametrize("language", LANGUAGES)
def test_terms_table(seed_corpus: CorpusAnalysis, language: str) -> None:
    summary = next(s for s in seed_corpus.years if s.year == 2024)
    frame = terms_table(summary.top_terms, language)
    assert list(frame.columns) == [translate(k, language) for k in ("term", "score", "count", "per_10k")]
    assert frame.iloc[0, 0] == "kinh tế số"
    assert frame[translate("score", language)].tolist() == [t.score for t in summary.top_terms]
    assert frame[translate("count", language)].tolist() == [t.count for t in summary.top_terms]


@pytest.mark.parametrize(("language", "concept"), [("vi", "Dữ liệu số"), ("en", "Digital data")])
def test_cell_items_table(seed_corpus: CorpusAnalysis, language: str, concept: str) -> None:
    items = items_for_cell(seed_corpus, concept="digital_data", year=2023)
    frame = cell_items_table(items, document_titles(seed_corpus), language)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row[translate("item", language)] == "Ưu tiên phát triển dữ liệu số"
    assert row[translate("concept", language)] == concept
    assert row[translate("heading", language)] == "04 ưu tiên chính"
    assert row[translate("article", language)] == "Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi"
    assert "Ưu tiên phát triển dữ liệu số" in row[translate("source_sentence", language)]


def test_cell_items_table_of_nothing() -> None:
    assert cell_items_table([], {}, "vi").empty


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_table(seed_corpus: CorpusAnalysis, language: str) -> None:
    frame = events_table(seed_corpus.timeline, document_titles(seed_corpus), language)
    dates = frame[translate("date", language)].tolist()
    assert dates == [event.date.isoformat() for event in seed_corpus.timeline]
    assert "2024-04-24" in dates
    assert dates == sorted(dates)
    meeting = frame[frame[translate("date", language)] == "2024-04-24"].iloc[0]
    assert (
        meeting[translate("event_kind", language)] == {"vi": "Phiên họp", "en": "Committee meeting"}[language]
    )
    sentences = dict(zip(dates, frame[translate("source_sentence", language)], strict=True))
    # the 2024 Day's date is the fixed annual one, and the table says so
    assert sentences["2024-10-10"].endswith(f"({translate('calendar_date', language)})")
    assert not sentences["2024-04-24"].endswith(")")


@pytest.mark.parametrize("language", LANGUAGES)
def test_hits_table(seed_corpus: CorpusAnalysis, language: str) -> None:
    hits = find_keyword_in_context(seed_corpus.documents, "dữ liệu số")
    frame = hits_table(hits, document_titles(seed_corpus), language)
    keys = ["left_context", "match", "right_context", "year", "article"]
    assert list(frame.columns) == [translate(key, language) for key in keys] + ["doc"]
    assert len(frame) == len(hits) > 0
    assert {m.casefold() for m in frame[translate("match", language)]} == {"dữ liệu số"}
    assert set(frame["doc"]) <= {a.document.id for a in seed_corpus.documents}


@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("http://evil.example","bấm")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"]
)
def test_csv_cells_that_would_run_as_formulas_are_plain_text(cell: str) -> None:
    frame = pd.DataFrame({"Câu": [cell, "80.000 tổ"], "Số": [-5, 3]})
    rows = list(csv.reader(io.StringIO(to_csv_bytes(frame).decode("utf-8-sig"))))
    assert rows[1] == ["'" + cell, "-5"]  # text neutralised, a real negative number left alone
    assert rows[2] == ["80.000 tổ", "3"]
