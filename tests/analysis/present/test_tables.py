"""Tables the dashboard shows and lets users download: columns per language, values, CSV bytes."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from analysis.kwic import Collocate, count_hits_by_year, find_keyword_in_context
from analysis.pipeline import count_terms_by_year
from analysis.present.i18n import translate
from analysis.present.localize import format_day
from analysis.present.selection import document_titles, items_for_cell
from analysis.present.tables import (
    cell_items_table,
    collocates_table,
    documents_per_year_outlet,
    documents_table,
    events_table,
    export_file_name,
    hits_per_year_table,
    hits_table,
    terms_table,
    to_csv_bytes,
)
from analysis.present.terms import distinctive_term_rows, documents_by_year
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
    key = translate("article_key", language)
    assert list(frame.columns) == [key] + [translate(k, language) for k in keys]
    assert len(frame) == len(seed_corpus.documents)
    # the short key of 003_58bd2110ae835d9e.txt, not its hash stem
    row = frame.set_index(key).loc["003"]
    assert row[translate("title", language)] == "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024"
    assert row[translate("year", language)] == 2024
    words = row[translate("words", language)]
    assert int(words.replace(".", "").replace(",", "")) > 100
    unknown = frame.set_index(key).loc["001", translate("outlet", language)]
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


@pytest.mark.parametrize(("language", "rate", "ratio"), [("vi", "283", "×5,3"), ("en", "283", "×5.3")])
def test_terms_table_reads_in_the_languages_units(
    seed_corpus: CorpusAnalysis, language: str, rate: str, ratio: str
) -> None:
    summary = next(s for s in seed_corpus.years if s.year == 2024)
    rows = distinctive_term_rows(
        summary.top_terms,
        year=2024,
        counts_by_year=count_terms_by_year(seed_corpus.documents),
        year_documents=documents_by_year(seed_corpus.documents)[2024],
    )
    frame = terms_table(rows, year=2024, language=language)
    columns = [
        translate("term", language),
        translate("term_kind", language),
        translate("rate_in_year", language, year=2024),
        translate("rate_other_years", language),
        translate("ratio_vs_others", language),
        translate("count", language),
        translate("term_documents", language),
    ]
    first = frame.iloc[0]
    if language == "en":  # the glossary's English, the Vietnamese beside it
        assert list(frame.columns) == [columns[0], translate("term_vietnamese", "en"), *columns[1:]]
        assert (first[columns[0]], first["Vietnamese"]) == ("digital economy", "kinh tế số")
    else:
        assert list(frame.columns) == columns
        assert first[columns[0]] == "kinh tế số"
    assert first[columns[2]] == rate  # 24 uses in 848 content words, per 10,000: 283.02
    assert first[columns[4]] == ratio
    assert first[columns[6]] == "3/3"
    alone = frame[frame[columns[3]] == "0"]
    assert not alone.empty and set(alone[columns[4]]) == {translate("only_this_year", language)}


@pytest.mark.parametrize(
    ("language", "concept", "heading", "item"),
    [
        ("vi", "Dữ liệu số", "4 ưu tiên chính", "Ưu tiên phát triển dữ liệu số"),
        ("en", "Digital data", "4 main priorities", "Give priority to developing digital data"),
    ],
)
def test_cell_items_table(
    seed_corpus: CorpusAnalysis, language: str, concept: str, heading: str, item: str
) -> None:
    items = items_for_cell(seed_corpus, concept="digital_data", year=2023)
    frame = cell_items_table(items, document_titles(seed_corpus), language)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row[translate("item", language)] == item  # in English, the curated rendering
    assert row[translate("concept", language)] == concept
    assert row[translate("heading", language)] == heading  # described, not the raw "04 ưu tiên chính"
    assert row[translate("article", language)] == "Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi"
    assert "Ưu tiên phát triển dữ liệu số" in row[translate("source_sentence", language)]


def test_cell_items_table_of_nothing() -> None:
    assert cell_items_table([], {}, "vi").empty


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_table(seed_corpus: CorpusAnalysis, language: str) -> None:
    frame = events_table(seed_corpus.timeline, document_titles(seed_corpus), language)
    dates = frame[translate("date", language)].tolist()
    assert dates == [format_day(event.date, language) for event in seed_corpus.timeline]
    written = {"vi": ("24/04/2024", "10/10/2024"), "en": ("Apr 24, 2024", "Oct 10, 2024")}[language]
    assert written[0] in dates
    meeting = frame[frame[translate("date", language)] == written[0]].iloc[0]
    assert (
        meeting[translate("event_kind", language)] == {"vi": "Phiên họp", "en": "Committee meeting"}[language]
    )
    sentences = dict(zip(dates, frame[translate("source_sentence", language)], strict=True))
    # the 2024 Day's date is the fixed annual one, and the table says so
    assert sentences[written[1]].endswith(f"({translate('calendar_date', language)})")
    assert not sentences[written[0]].endswith(")")


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
    "cell", ['=HYPERLINK("http://evil.example","bấm")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "{=SUM(A1)}"]
)
def test_csv_cells_that_would_run_as_formulas_are_plain_text(cell: str) -> None:
    frame = pd.DataFrame({"Câu": [cell, "80.000 tổ"], "Số": [-5, 3]})
    rows = list(csv.reader(io.StringIO(to_csv_bytes(frame).decode("utf-8-sig"))))
    assert rows[1] == ["'" + cell, "-5"]  # text neutralised, a real negative number left alone
    assert rows[2] == ["80.000 tổ", "3"]


@pytest.mark.parametrize(
    ("kind", "language", "detail", "name"),
    [
        ("file_priorities", "vi", "2022-2024", "uu-tien-2022-2024_dxpolicy_2026-11-30.png"),
        ("file_priorities", "en", "2022-2024", "priorities-2022-2024_dxpolicy_2026-11-30.png"),
        (
            "file_terms",
            "vi",
            "Tổ công nghệ số / 2024",
            "tu-khoa-to-cong-nghe-so-2024_dxpolicy_2026-11-30.png",
        ),
        ("file_concordance", "en", "", "concordance_dxpolicy_2026-11-30.png"),
        ("file_concordance", "vi", "<b>đ</b>", "tra-cuu-b-d-b_dxpolicy_2026-11-30.png"),
    ],
)
def test_export_file_names_say_what_source_and_when(kind: str, language: str, detail: str, name: str) -> None:
    assert export_file_name(kind, language, detail=detail, day=date(2026, 11, 30), extension="png") == name


def test_export_file_name_is_bounded() -> None:
    name = export_file_name("file_terms", "vi", detail="dữ liệu " * 50, day=date(2026, 1, 2), extension="csv")
    assert len(name) <= 80 + len("_dxpolicy_2026-01-02.csv")


@pytest.mark.parametrize("language", LANGUAGES)
def test_hits_per_year_table(seed_corpus: CorpusAnalysis, language: str) -> None:
    hits = find_keyword_in_context(seed_corpus.documents, "dữ liệu số")
    frame = hits_per_year_table(count_hits_by_year(hits), language)
    assert frame[translate("year", language)].tolist() == ["2023", "2024"]
    assert frame[translate("occurrences", language)].tolist() == ["5", "6"]
    assert frame[translate("articles", language)].tolist() == ["1", "3"]


def test_collocates_table_columns() -> None:
    frame = collocates_table([Collocate("phát triển", 6, 3, 3)], "en")
    assert frame.to_dict("records") == [{"Neighbour": "phát triển", "Total": 6, "Before": 3, "After": 3}]


def _with_many_outlets(seed_corpus: CorpusAnalysis, count: int) -> CorpusAnalysis:
    first = seed_corpus.documents[0]
    many = [
        replace(first, document=replace(first.document, id=f"x{n}", outlet=f"Báo {n:02d}"))
        for n in range(count)
    ]
    return replace(seed_corpus, documents=(*seed_corpus.documents, *many))


def test_outlets_past_the_top_are_counted_together(seed_corpus: CorpusAnalysis) -> None:
    corpus = _with_many_outlets(seed_corpus, 14)
    frame = documents_per_year_outlet(corpus, "vi", top_outlets=7)
    assert frame["articles"].sum() == len(corpus.documents)  # nothing is lost
    assert len(set(frame["outlet"])) == 8
    assert "Nguồn khác" in set(frame["outlet"])


def test_one_outlet_past_the_top_is_shown_by_name(seed_corpus: CorpusAnalysis) -> None:
    corpus = _with_many_outlets(seed_corpus, 14)
    distinct = len({a.document.outlet or "Không rõ" for a in corpus.documents})
    for top, folded in ((distinct, False), (distinct - 1, False), (distinct - 2, True)):
        outlets = set(documents_per_year_outlet(corpus, "vi", top_outlets=top)["outlet"])
        assert ("Nguồn khác" in outlets) == folded, top
