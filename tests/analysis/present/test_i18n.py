"""Interface labels in Vietnamese and English: figures, keys, concepts, event kinds, titles."""

from __future__ import annotations

import string

import pytest

from analysis import resources as core_resources
from analysis.present.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    PLURAL_CHOICE,
    concept_label,
    event_kind_label,
    format_figure,
    instrument_kind_label,
    issuer_label,
    priorities_title,
    progress_message,
    translate,
)
from analysis.present.resources import load_toml
from analysis.priorities import load_taxonomy
from analysis.timeline import event_kinds

LABELS = load_toml("labels.toml")
CONCEPT_IDS = [concept.id for concept in load_taxonomy()]
KIND_IDS = [str(kind["id"]) for kind in event_kinds()]


def _placeholders(text: str) -> set[str]:
    # a plural choice "{docs|article|articles}" uses the placeholder "docs"
    plural_names = {match["name"] for match in PLURAL_CHOICE.finditer(text)}
    text = PLURAL_CHOICE.sub("", text)
    return {name for _, name, _, _ in string.Formatter().parse(text) if name} | plural_names


@pytest.mark.parametrize(
    ("key", "values", "english", "vietnamese"),
    [
        ("hits", {"count": 1, "docs": 1}, "1 hit in 1 article", "1 kết quả trong 1 bài viết"),
        ("hits", {"count": 2, "docs": 1}, "2 hits in 1 article", "2 kết quả trong 1 bài viết"),
        ("hits", {"count": 0, "docs": 0}, "0 hits in 0 articles", "0 kết quả trong 0 bài viết"),
        ("year_articles", {"year": 2022, "count": 1}, "2022 (1 article)", "2022 (1 bài)"),
        ("year_articles", {"year": 2024, "count": "3"}, "2024 (3 articles)", "2024 (3 bài)"),
        ("stated_by", {"count": 1}, "stated in 1 article", "1 bài nêu"),
        ("library_removed", {"count": 11}, "Removed 11 articles.", "Đã xóa 11 bài viết."),
    ],
)
def test_english_nouns_agree_with_their_numbers(
    key: str, values: dict[str, object], english: str, vietnamese: str
) -> None:
    assert translate(key, "en", **values) == english
    assert translate(key, "vi", **values) == vietnamese


@pytest.mark.parametrize("language", ["vi", "en"])
def test_plural_choices_name_a_placeholder_of_their_label(language: str) -> None:
    for key, text in LABELS[language].items():
        names = {name for _, name, _, _ in string.Formatter().parse(PLURAL_CHOICE.sub("", text)) if name}
        for match in PLURAL_CHOICE.finditer(text):
            assert match["name"] in names, (key, match[0])


# --- figures --------------------------------------------------------------------------------------


# English qualifiers are data (``[qualifiers_en]`` of labels.toml): "hơn 80.000" reads "over 80,000".
QUALIFIERS_EN = LABELS["qualifiers_en"]


@pytest.mark.parametrize(
    ("value", "qualifier", "vi", "en_number"),
    [
        (80000, "hơn", "hơn 80.000", "80,000"),
        (380000, "gần", "gần 380.000", "380,000"),
        (5_000_000, "hơn", "hơn 5 triệu", "5 million"),
        (1_200_000, "hơn", "hơn 1,2 triệu", "1.2 million"),
        (95.5, "khoảng", "khoảng 95,5", "95.5"),
        (63, None, "63", "63"),
        (16, "", "16", "16"),
        (2500, "ít nhất", "ít nhất 2.500", "2,500"),
        (1000, "trên", "trên 1.000", "1,000"),
    ],
)
def test_format_figure(value: float, qualifier: str | None, vi: str, en_number: str) -> None:
    assert format_figure(value, qualifier, "vi") == vi
    en = f"{QUALIFIERS_EN[qualifier]} {en_number}" if qualifier else en_number
    assert format_figure(value, qualifier, "en") == en


@pytest.mark.parametrize(("qualifier", "english"), sorted(QUALIFIERS_EN.items()))
def test_every_qualifier_reads_as_english(qualifier: str, english: str) -> None:
    assert english.strip() and english.isascii()
    assert format_figure(80000, qualifier, "en") == f"{english} 80,000"
    assert format_figure(80000, qualifier, "vi") == f"{qualifier} 80.000"


def test_the_main_english_qualifiers() -> None:
    assert format_figure(80000, "hơn", "en") in {"more than 80,000", "over 80,000"}
    assert format_figure(380000, "gần", "en") == "nearly 380,000"


def test_format_figure_defaults_to_vietnamese() -> None:
    assert format_figure(80000, "hơn") == "hơn 80.000"


def test_format_figure_keeps_an_unknown_qualifier() -> None:
    assert format_figure(10, "chừng", "en") == "chừng 10"


def test_format_figure_reads_decomposed_qualifiers() -> None:
    import unicodedata

    assert format_figure(80000, unicodedata.normalize("NFD", "hơn"), "en") == format_figure(
        80000, "hơn", "en"
    )


# --- label keys -----------------------------------------------------------------------------------


def test_both_languages_have_the_same_keys() -> None:
    assert set(LABELS["vi"]) == set(LABELS["en"])


@pytest.mark.parametrize("key", sorted(LABELS["vi"]))
def test_every_label_is_translated_with_the_same_placeholders(key: str) -> None:
    vi, en = LABELS["vi"][key], LABELS["en"][key]
    assert vi.strip() and en.strip()
    assert _placeholders(vi) == _placeholders(en)


@pytest.mark.parametrize(
    ("key", "vi", "en"),
    [
        ("page_overview", "Tổng quan", "Overview"),
        ("page_compare", "So sánh các năm", "Compare years"),
        ("year_axis", "Năm", "Year"),
        ("download_csv", "Tải CSV", "Download CSV"),
    ],
)
def test_translate(key: str, vi: str, en: str) -> None:
    assert translate(key, "vi") == vi
    assert translate(key, "en") == en
    assert translate(key) == vi


def test_translate_fills_placeholders() -> None:
    assert translate("hits", "vi", count=3, docs=2) == "3 kết quả trong 2 bài viết"
    assert translate("hits", "en", count=3, docs=2) == "3 hits in 2 articles"
    assert translate("no_hits", "vi", query="{x}") == "Không tìm thấy «{x}» trong các bài viết đã chọn."


def test_translate_unknown_language_falls_back_to_vietnamese() -> None:
    assert translate("page_overview", "fr") == "Tổng quan"


def test_translate_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError):
        translate("no_such_label", "en")


def test_languages() -> None:
    assert LANGUAGES == ("vi", "en")
    assert DEFAULT_LANGUAGE == "vi"


# --- concepts and event kinds ---------------------------------------------------------------------


@pytest.mark.parametrize("concept", CONCEPT_IDS)
def test_every_concept_has_a_label_in_both_languages(concept: str) -> None:
    vi, en = concept_label(concept, "vi"), concept_label(concept, "en")
    assert vi.strip() and en.strip()
    assert vi != translate("unclassified", "vi")
    assert en != translate("unclassified", "en")
    assert en.isascii(), "the English label is written in English"


def test_concept_labels_are_distinct() -> None:
    for language in LANGUAGES:
        labels = [concept_label(concept, language) for concept in CONCEPT_IDS]
        assert len(labels) == len(set(labels))


@pytest.mark.parametrize(("language", "label"), [("vi", "Dữ liệu số"), ("en", "Digital data")])
def test_digital_data_label(language: str, label: str) -> None:
    assert concept_label("digital_data", language) == label


@pytest.mark.parametrize("concept", [None, "no_such_concept"])
def test_unknown_concept_is_unclassified(concept: str | None) -> None:
    assert concept_label(concept, "vi") == "Chưa phân loại"
    assert concept_label(concept, "en") == "Unclassified"


@pytest.mark.parametrize("kind", KIND_IDS)
def test_every_event_kind_has_a_label_in_both_languages(kind: str) -> None:
    vi, en = event_kind_label(kind, "vi"), event_kind_label(kind, "en")
    assert vi.strip() and en.strip()
    assert vi != kind and en != kind


@pytest.mark.parametrize(
    ("kind", "vi", "en"),
    [("meeting", "Phiên họp", "Committee meeting"), ("ndt_day", "Ngày Chuyển đổi số quốc gia", None)],
)
def test_event_kind_label(kind: str, vi: str, en: str | None) -> None:
    assert event_kind_label(kind, "vi") == vi
    if en is not None:
        assert event_kind_label(kind, "en") == en


def test_unknown_event_kind_shows_its_id() -> None:
    assert event_kind_label("picnic", "en") == "picnic"


# --- English names of what the core names (names_en.toml) -----------------------------------------

GRAMMAR = core_resources.load_toml("instrument_grammar.toml")


@pytest.mark.parametrize(
    ("table", "core_names"),
    [
        ("concepts", CONCEPT_IDS),
        ("event_kinds", KIND_IDS),
        ("instrument_kinds", [kind["name"] for kind in (*GRAMMAR["kinds"], GRAMMAR["fallback"])]),
        ("issuers", list(GRAMMAR["issuers"])),
    ],
)
def test_every_name_of_the_core_has_one_english_name(table: str, core_names: list[str]) -> None:
    english = load_toml("names_en.toml")[table]
    assert sorted(english) == sorted(core_names)  # none missing, none left over from a removed id
    assert all(name.strip() and name.isascii() for name in english.values())


@pytest.mark.parametrize(
    ("kind", "vi", "en"),
    [
        ("Nghị quyết", "Nghị quyết", "Resolution"),
        ("Văn bản", "Văn bản", "Document"),
        ("Tờ trình", "Tờ trình", "Tờ trình"),
    ],
)
def test_instrument_kind_label(kind: str, vi: str, en: str) -> None:
    assert instrument_kind_label(kind, "vi") == vi and instrument_kind_label(kind, "en") == en


@pytest.mark.parametrize(
    ("code", "vi", "en"),
    [
        ("TTg", "Thủ tướng Chính phủ", "Prime Minister"),
        ("UBND", "Ủy ban nhân dân", "People's Committee"),
        ("QH15", "Quốc hội", "National Assembly"),  # a term number is dropped
        ("XYZ", "XYZ", "XYZ"),  # unknown: as written
        (None, None, None),
    ],
)
def test_issuer_label(code: str | None, vi: str | None, en: str | None) -> None:
    assert issuer_label(code) == vi and issuer_label(code, "en") == en


# --- page titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("years", "language", "title"),
    [
        ([2022, 2023, 2024], "vi", "Ưu tiên 2022–2024"),
        ([2022, 2023, 2024], "en", "Priorities 2022–2024"),
        ([2024, 2022, 2025], "vi", "Ưu tiên 2022–2025"),
        ([2023, 2024], "en", "Priorities 2023–2024"),
        ([2024], "vi", translate("page_priorities", "vi")),
        ([], "en", translate("page_priorities", "en")),
    ],
)
def test_priorities_title(years: list[int], language: str, title: str) -> None:
    assert priorities_title(years, language) == title


@pytest.mark.parametrize(
    ("done", "total", "elapsed", "done_at_start", "language", "message"),
    [
        # too few articles analysed to know the pace: the count only
        (0, 1000, 0.0, 0, "vi", "Đã phân tích 0/1000 bài viết"),
        (12, 1000, 1.0, 10, "vi", "Đã phân tích 12/1000 bài viết"),
        # 20 analysed in 60 s, 970 to go: 48.5 minutes
        (30, 1000, 60.0, 10, "vi", "Đã phân tích 30/1000 bài viết · còn khoảng 48 phút"),
        (30, 1000, 60.0, 10, "en", "Analysed 30 of 1000 articles · about 48 min left"),
        # under a minute and a half: seconds, in steps of five
        (50, 100, 20.0, 0, "vi", "Đã phân tích 50/100 bài viết · còn khoảng 20 giây"),
        (99, 100, 30.0, 0, "en", "Analysed 99 of 100 articles · about 5 s left"),
        (100, 100, 30.0, 0, "en", "Analysed 100 of 100 articles"),
    ],
)
def test_progress_message(
    done: int, total: int, elapsed: float, done_at_start: int, language: str, message: str
) -> None:
    assert (
        progress_message(done, total, elapsed=elapsed, done_at_start=done_at_start, language=language)
        == message
    )
