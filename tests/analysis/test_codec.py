"""The cache's JSON codec: every result type round-trips exactly, anything else is refused."""

from __future__ import annotations

import dataclasses
import inspect
import json
import math
from datetime import UTC, date, datetime

import pytest

import analysis.types as types_module
from analysis.codec import CodecError, decode_value, encode_value
from analysis.types import (
    Concept,
    ConceptYears,
    CorpusAnalysis,
    Curation,
    DateMention,
    Document,
    DocumentAnalysis,
    Event,
    Figure,
    Instrument,
    InstrumentMention,
    InstrumentTarget,
    KeywordHit,
    LoadProblem,
    NumberMention,
    PriorityChange,
    PriorityItem,
    PriorityList,
    Scope,
    Sentence,
    TargetProgress,
    TargetSource,
    TermScore,
    Theme,
    YearSummary,
)

DOCUMENT = Document(
    id="bai-1",
    path="kho/bài 1.txt",
    title="Ngày Chuyển đổi số quốc gia 2025",
    outlet=None,
    published=datetime(2025, 10, 10, 8, 30, tzinfo=UTC),
    year=2025,
    body="Năm 2025, hơn 80.000 tổ công nghệ số cộng đồng.\nDòng thứ hai.",
    furniture=("Trang chủ", "Đăng nhập"),
    content_hash="ab" * 32,
    overrides=(("year", "2025"), ("outlet", "Báo Cần Thơ")),
)
THEME = Theme(2025, "Dữ liệu số – Động lực phát triển", "chủ đề", "bai-1", "Chủ đề năm 2025 là …")
ITEM = PriorityItem("Phát triển hạ tầng số", "infrastructure", "Nhiệm vụ: phát triển hạ tầng số")
PRIORITIES = PriorityList(None, "Các nhiệm vụ trọng tâm", (ITEM, PriorityItem("Khác", None)), "bai-1", "…")
FIGURE = Figure(
    value=87.5,
    unit="%",
    subject="dịch vụ công",
    text="đạt 87,5%",
    qualifier=None,
    year=2025,
    doc="bai-1",
    sentence="Tỷ lệ dịch vụ công trực tuyến đạt 87,5%.",
    kind="percent",
    value_high=None,
    out_of=190.0,
    measure="tỷ lệ dịch vụ công trực tuyến",
    is_target=True,
    start=3,
    end=12,
    sentence_index=4,
    place="Quảng Trị",
    scope=Scope("province", "Quảng Trị"),
)
EVENT = Event(
    date(2025, 10, 10),
    "Ngày Chuyển đổi số quốc gia",
    "ngày",
    "bai-1",
    "…",
    "calendar",
    Scope("sector", "Bộ Y tế"),
)
TERM = TermScore("dữ liệu số", 3.25, 12, 4.5)
MENTION = InstrumentMention(
    key="749/QĐ-TTg",
    kind="Quyết định",
    text="Quyết định số 749/QĐ-TTg",
    doc="bai-1",
    sentence="Theo Quyết định số 749/QĐ-TTg ngày 3/6/2020 phê duyệt Chương trình …",
    sentence_index=2,
    start=5,
    end=29,
    symbol="749/QĐ-TTg",
    issuer="TTg",
    issued=date(2020, 6, 3),
    title="phê duyệt Chương trình …",
)
TARGET = InstrumentTarget(
    "Kinh tế số chiếm 20% GDP", "kinh tế số", 20.0, "% GDP", "percent", 2025, "https://a.vn/b"
)
ANALYSIS = DocumentAnalysis(
    document=DOCUMENT,
    sentences=(Sentence("bai-1", 0, "Năm 2025, hơn 80.000 tổ.", 0), Sentence("bai-1", 1, "Dòng thứ hai.", 1)),
    terms=(("dữ liệu", 3), ("số", 2)),
    words=14,
    themes=(THEME,),
    priorities=(PRIORITIES,),
    figures=(FIGURE,),
    events=(EVENT,),
    instruments=(MENTION,),
    scope=Scope("international", "Đan Mạch"),
)
PROBLEM = LoadProblem("a.txt", "a.txt: tệp rỗng", "empty", (("name", "a.txt"),), kept=True)
EXAMPLES = {
    NumberMention: NumberMention(4, 10, 80000.0, "80.000", "hơn"),
    DateMention: DateMention(0, 9, "12/3/2025", 12, 3, None),
    LoadProblem: PROBLEM,
    Document: DOCUMENT,
    Sentence: Sentence("bai-1", 3, "Câu thứ tư.", 2),
    Theme: THEME,
    PriorityItem: ITEM,
    PriorityList: PRIORITIES,
    Concept: Concept("data", "Dữ liệu", ("dữ liệu", "dữ liệu số")),
    ConceptYears: ConceptYears("data", "Dữ liệu", (2023, 2025)),
    PriorityChange: PriorityChange(2024, 2025, ("data",), (), ("ai",)),
    Figure: FIGURE,
    Event: EVENT,
    InstrumentMention: MENTION,
    InstrumentTarget: TARGET,
    Instrument: Instrument(
        "749/QĐ-TTg",
        "Quyết định",
        "749/QĐ-TTg",
        date(2020, 6, 3),
        "phê duyệt …",
        "TTg",
        ("Chương trình …",),
        "https://a.vn",
        (TARGET,),
    ),
    TargetSource: TargetSource("749/QĐ-TTg", "Kinh tế số chiếm 20% GDP", "749/QĐ-TTg", "https://a.vn/b"),
    TargetProgress: TargetProgress(
        "tỷ lệ dịch vụ công trực tuyến",
        "Quảng Trị",
        "%",
        "percent",
        90.0,
        2025,
        (TargetSource("bai-1", "Mục tiêu 90%"),),
        (FIGURE,),
        "reached",
        88.0,
        True,
    ),
    Scope: Scope("province", "Huế"),
    Curation: Curation(
        pinned=("bai-1|80000|tổ|hơn 80.000 tổ|result",),
        hidden=("bai-1|63|tỉnh, thành phố|63 tỉnh, thành phố|result",),
        captions=(("bai-1|80000|tổ|hơn 80.000 tổ|result", "Tổ công nghệ số ‹cộng đồng›"),),
        measure="3fa9c1d2",
    ),
    TermScore: TERM,
    KeywordHit: KeywordHit("bai-1", None, 0, "Năm 2025, ", "hơn", " 80.000", 10, 13),
    DocumentAnalysis: ANALYSIS,
    YearSummary: YearSummary(2025, ("bai-1",), THEME, (THEME,), (TERM,), 14),
    CorpusAnalysis: CorpusAnalysis(
        documents=(ANALYSIS,),
        years=(YearSummary(2025, ("bai-1",), None, (), (), 14),),
        priorities=(PRIORITIES,),
        comparison=(),
        changes=(),
        figures=(FIGURE,),
        timeline=(EVENT,),
        instruments=(MENTION,),
        problems=(PROBLEM,),
        analysed=("bai-1",),
        from_cache=(),
    ),
}


def test_every_result_type_has_an_example() -> None:
    defined = {
        value
        for value in vars(types_module).values()
        if inspect.isclass(value)
        and dataclasses.is_dataclass(value)
        and value.__module__ == types_module.__name__
    }
    assert defined == set(EXAMPLES)


@pytest.mark.parametrize("kind", list(EXAMPLES), ids=lambda kind: kind.__name__)
def test_every_result_type_round_trips_exactly(kind: type) -> None:
    value = EXAMPLES[kind]
    text = encode_value(value)
    decoded = decode_value(kind, text)
    assert decoded == value
    assert type(decoded) is kind
    assert encode_value(decoded) == text
    assert json.loads(text)  # plain JSON: nothing but lists, strings, numbers, booleans and nulls


def test_real_analyses_round_trip(seed_corpus: CorpusAnalysis) -> None:
    for analysis in seed_corpus.documents:
        assert decode_value(DocumentAnalysis, encode_value(analysis)) == analysis
    assert decode_value(CorpusAnalysis, encode_value(seed_corpus)) == seed_corpus


def test_floats_json_cannot_hold_are_written_as_strings() -> None:
    value = TermScore("số", math.inf, 1, -math.inf)
    text = encode_value(value)
    assert text == '["số","inf",1,"-inf"]'
    assert decode_value(TermScore, text) == value
    not_a_number = decode_value(TermScore, encode_value(TermScore("số", math.nan, 1, 0.1)))
    assert math.isnan(not_a_number.score) and not_a_number.per_10k == 0.1


def test_a_remembered_reading_round_trips() -> None:
    kind = tuple[Document, tuple[LoadProblem, ...]]
    assert decode_value(kind, encode_value((DOCUMENT, (PROBLEM,)), kind)) == (DOCUMENT, (PROBLEM,))


def _figure_with(**changes: object) -> str:
    data = json.loads(encode_value(FIGURE))
    names = [item.name for item in dataclasses.fields(Figure)]
    for name, value in changes.items():
        data[names.index(name)] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    ("kind", "text", "says"),
    [
        (Figure, "", "not JSON"),
        (Figure, b"\xff\xfe", "not JSON"),
        (Figure, "{}", "Figure: unexpected {}"),
        (Figure, "[]", "0 values for 18 fields"),
        (Figure, json.dumps([*json.loads(encode_value(FIGURE)), 1]), "19 values for 18 fields"),
        (Figure, _figure_with(kind="formula"), "Literal"),
        (Figure, _figure_with(value="87,5"), "float: unexpected '87,5'"),
        (Figure, _figure_with(value="Infinity"), "float: unexpected 'Infinity'"),
        (Figure, _figure_with(value=True), "float: unexpected True"),
        (Figure, _figure_with(year="2025"), "int: unexpected '2025'"),
        (Figure, _figure_with(year=2025.0), "int: unexpected 2025.0"),
        (Figure, _figure_with(start=False), "int: unexpected False"),
        (Figure, _figure_with(scope=["regional", ""]), "Literal"),
        (Figure, _figure_with(is_target=1), "bool: unexpected 1"),
        (Figure, _figure_with(doc=None), "str: unexpected None"),
        (Event, encode_value(EVENT).replace("2025-10-10", "2025-13-40"), "date: unexpected '2025-13-40'"),
        (Event, encode_value(EVENT).replace('"2025-10-10"', '"2025-10-10T08:00"'), "date: unexpected"),
        (Document, encode_value(DOCUMENT).replace("2025-10-10T08:30:00+00:00", "hôm qua"), "datetime"),
        (Document, encode_value(DOCUMENT).replace('[["year","2025"]', '[["year"]'), "tuple"),
        (DocumentAnalysis, "[" * 50_000 + "]" * 50_000, "nested too deeply"),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else str(value)[:30],
)
def test_anything_but_a_valid_encoding_is_refused(kind: type, text: str, says: str) -> None:
    with pytest.raises(CodecError, match=None) as refused:
        decode_value(kind, text)
    assert says in str(refused.value)
