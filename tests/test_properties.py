"""Property tests: arbitrary Unicode, odd whitespace and random bytes never raise anything but the
project's own documented input error (:class:`analysis.read.ReadError`)."""

from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.dates import find_dates, find_published, find_years
from analysis.documents import build_document
from analysis.figures import extract_figures
from analysis.numbers import find_numbers, parse_vietnamese_number
from analysis.present.lists import HEADING_CHARACTERS, describe_priority_list
from analysis.present.report import escape_inline
from analysis.priorities import extract_priorities, split_items
from analysis.read import ReadError, document_id_for, read_article
from analysis.read.metadata import OVERRIDABLE_FIELDS, clean_field
from analysis.types import PriorityItem, PriorityList, Sentence

# Pieces that reach the tricky paths: number and scale words (with Turkish ı, German ß, ligatures,
# which case folding and IGNORECASE treat differently), dates, list markers and odd whitespace.
TOKENS = [
    "hai", "haı", "HAI", "HAİ", "trıệu", "triệu", "TRIỆU", "tỷ", "tỉ", "nghìn", "năm", "mươi", "lăm",
    "80.000", "1,5", "13,17%", "2.247.912", "12.34", "9" * 320, "0", "2023", "2025", "10/10", "28/12/2023",
    "2024-04-25", "07:33", "Thứ", "nhất", "thứ haı", "Một là", "Haı là", "ba nhiệm vụ trọng tâm", "gồm",
    ":", ";", ",", ".", "-", "(", ")", "•", "ß", "STRASSE", "ﬁ", "ﬀ", "ǅ", "İ", "ı", "tổ", "đồng", "%",
    "04 ưu tiên", "tăng cường", "Thủ tướng gửi", "\"", "“", "gồm có", "như sau",
    "\u00a0", "\u2028", "\u200b", "\ufeff", "\t", "\r\n", "\n", "\u0301", "hơn", "gần", "khoảng",
]  # fmt: skip
phrases = st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=40).map(" ".join)
texts = phrases | st.text(max_size=300)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texts)
def test_number_and_date_parsing_never_raise(text: str) -> None:
    for mention in find_numbers(text):
        assert 0 <= mention.start <= mention.end <= len(text) + 1
        assert not math.isnan(mention.value)
    find_dates(text)
    find_published(text)
    find_years(text)
    value = parse_vietnamese_number(text)
    assert value is None or not math.isnan(value)


@FAST
@given(texts, st.none() | st.integers(min_value=-5, max_value=50))
def test_enumeration_parsing_never_raises(text: str, count: int | None) -> None:
    items = split_items(text, count=count)
    assert all(isinstance(item, str) for item in items)
    sentences = [Sentence("d", index, part, index) for index, part in enumerate(text.split("."))]
    extract_priorities(sentences, doc_year=None)
    extract_figures(sentences, doc_year=2024)


@FAST
@given(texts, st.integers(min_value=2, max_value=12), st.sampled_from(["vi", "en"]))
def test_any_list_heading_is_described(heading: str, count: int, language: str) -> None:
    items = tuple(PriorityItem(f"mục {n}", None) for n in range(count))
    description = describe_priority_list(PriorityList(2024, heading, items, "d", heading), language=language)
    assert description.title.strip()
    assert str(count) in description.title  # the real number of items, or the stated one and it
    # a heading's wording is cut, never the description around it: title = frame + ≤ 61 characters
    assert len(description.title) <= HEADING_CHARACTERS + 120


@FAST
@given(texts)
def test_building_a_document_from_any_text_never_raises(text: str) -> None:
    document = build_document("d", text)
    assert document.year is None or 1900 <= document.year <= 2100


@FAST
@given(st.text(max_size=40), st.binary(max_size=2000))
def test_reading_any_bytes_gives_an_article_or_a_read_error(name: str, data: bytes) -> None:
    for suffix in (".txt", ".md", ".html", ".docx", ".pdf", ""):
        try:
            article = read_article(name + suffix, data)
        except ReadError as error:
            assert error.code
        else:
            assert article.text.strip()


@FAST
@given(st.text())
def test_any_file_name_gives_a_safe_id(name: str) -> None:
    doc_id = document_id_for(name)
    assert doc_id and len(doc_id) <= 80 and ".." not in doc_id and "/" not in doc_id and "\\" not in doc_id


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)


@FAST
@given(st.sampled_from(OVERRIDABLE_FIELDS), json_values)
def test_metadata_values_are_clean_or_a_read_error(field: str, value: object) -> None:
    try:
        cleaned = clean_field(field, value)
    except ReadError as error:
        assert error.code == "sidecar_value"
    else:
        json.dumps(cleaned, allow_nan=False)  # what is kept is always strict JSON


@FAST
@given(texts)
def test_escaped_markdown_is_one_line_without_markup_characters(text: str) -> None:
    escaped = escape_inline(text)
    assert "\n" not in escaped
    for char in "[]<>`*_|":
        assert escaped.count(char) == escaped.count("\\" + char)
