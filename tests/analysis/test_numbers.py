"""Reading numbers the Vietnamese way: dot for thousands, comma for decimals, scale words."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.numbers import find_number_words, find_numbers, parse_vietnamese_number
from analysis.types import NumberMention


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("80.000", 80000.0),
        ("380.000", 380000.0),
        ("2.247.912", 2247912.0),
        ("1,5", 1.5),
        ("13,17", 13.17),
        ("1.234,5", 1234.5),
        ("04", 4.0),
        ("63", 63.0),
        ("0,5", 0.5),
        ("1.000.000,25", 1000000.25),
        # Odd whitespace around the number is not part of it.
        ("  80.000  ", 80000.0),
        ("\u00a080.000", 80000.0),
        ("\u200b1,5\ufeff", 1.5),
        ("\t63\n", 63.0),
    ],
)
def test_parse_reads_vietnamese_numbers(raw: str, expected: float) -> None:
    assert parse_vietnamese_number(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "abc",
        "",
        "   ",
        "1.2.3",
        "12.34",  # a dot before two digits is neither thousands nor a decimal mark
        "1.0000",
        "1,234.5",  # English grouping
        "1,",
        ",5",
        "1,5,6",
        "80.000 tổ",
        "5 triệu",  # scale words are find_numbers' business
        "-5",
        "1 000",
        "CNTT4",
    ],
)
def test_parse_rejects_what_is_not_a_number(raw: str) -> None:
    assert parse_vietnamese_number(raw) is None


def _read(text: str) -> list[tuple[str, float, str | None]]:
    return [(mention.raw, mention.value, mention.qualifier) for mention in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("với hơn 80.000 tổ", [("80.000", 80000.0, "hơn")]),
        ("gần 380.000 thành viên", [("380.000", 380000.0, "gần")]),
        ("dân số 2.247.912 người", [("2.247.912", 2247912.0, None)]),
        ("kết nối với 63 tỉnh, thành phố", [("63", 63.0, None)]),
        ("Quyết định 04 của Thủ tướng", [("04", 4.0, None)]),
        ("tăng 0,5 điểm", [("0,5", 0.5, None)]),
        ("đạt 1.234,5 tỷ đồng", [("1.234,5 tỷ", 1234.5e9, None)]),
        ("chiếm 13,17% GDP", [("13,17", 13.17, None)]),
        ("tỷ lệ 13,17 %", [("13,17", 13.17, None)]),
        ("5 triệu người dùng", [("5 triệu", 5_000_000.0, None)]),
        ("khoảng 1,5 triệu tỷ đồng", [("1,5 triệu tỷ", 1.5e15, "khoảng")]),
        ("2 tỷ USD", [("2 tỷ", 2e9, None)]),
        ("2 tỉ USD", [("2 tỉ", 2e9, None)]),
        ("3 nghìn doanh nghiệp", [("3 nghìn", 3000.0, None)]),
        ("3 ngàn doanh nghiệp", [("3 ngàn", 3000.0, None)]),
        ("2,2 triệu", [("2,2 triệu", 2_200_000.0, None)]),
        ("300 nghìn tỷ đồng", [("300 nghìn tỷ", 3e14, None)]),
        ("5 Triệu", [("5 Triệu", 5_000_000.0, None)]),
        # "tỷ lệ", "tỷ phú" are words of their own, not the scale.
        ("10 tỷ phú công nghệ", [("10", 10.0, None)]),
        # Number words count only in front of a scale word.
        ("hai trăm người", [("hai trăm", 200.0, None)]),
        ("năm triệu tài khoản", [("năm triệu", 5_000_000.0, None)]),
        ("Một tỷ đồng", [("Một tỷ", 1e9, None)]),
        ("mười nghìn", [("mười nghìn", 10_000.0, None)]),
        ("hơn hai triệu người", [("hai triệu", 2e6, "hơn")]),
        ("hai bộ, ba ngành", []),
        ("năm 2023", [("2023", 2023.0, None)]),
        ("trong năm nay", []),
        # Compound number words are not read rather than misread.
        ("hai mươi lăm triệu", []),
        ("hai trăm năm mươi triệu", []),
        ("hai trăm năm lịch sử", [("hai trăm", 200.0, None)]),
        # Qualifiers, longest first.
        ("khoảng gần 10 tỉnh", [("10", 10.0, "khoảng gần")]),
        ("gần như 100% hồ sơ", [("100", 100.0, "gần như")]),
        ("chưa đến 5 năm", [("5", 5.0, "chưa đến")]),
        ("chưa tới 5 năm", [("5", 5.0, "chưa tới")]),
        ("ít nhất 3 nền tảng", [("3", 3.0, "ít nhất")]),
        ("tối thiểu 30%", [("30", 30.0, "tối thiểu")]),
        ("tối đa 20%", [("20", 20.0, "tối đa")]),
        ("xấp xỉ 2,5 triệu", [("2,5 triệu", 2_500_000.0, "xấp xỉ")]),
        ("dưới 1%", [("1", 1.0, "dưới")]),
        ("trên 63 tỉnh", [("63", 63.0, "trên")]),
        # bare "tới"/"đến" are prepositions ("kết nối tới 63 tỉnh"); "lên tới" is "up to"
        ("tới 70%", [("70", 70.0, None)]),
        ("đến 80%", [("80", 80.0, None)]),
        ("kết nối tới 63 tỉnh", [("63", 63.0, None)]),
        ("lên tới 70%", [("70", 70.0, "lên tới")]),
        ("lên đến 80%", [("80", 80.0, "lên đến")]),
        ("Hơn 80.000 tổ", [("80.000", 80000.0, "hơn")]),
        ("khoảng\u00a0 gần   10", [("10", 10.0, "khoảng gần")]),
        # A qualifier must be a word of its own.
        ("thơn 5 hộ", [("5", 5.0, None)]),
        # Ranges: each end is a number, only the last takes the scale.
        ("từ 5-10 triệu", [("5", 5.0, None), ("10 triệu", 10_000_000.0, None)]),
        ("giai đoạn 2021-2025", [("2021", 2021.0, None), ("2025", 2025.0, None)]),
        # End of sentence punctuation is not part of the number.
        ("đạt 80.000.", [("80.000", 80000.0, None)]),
        (
            "với hơn 80.000 tổ, gần 380.000 thành viên",
            [("80.000", 80000.0, "hơn"), ("380.000", 380000.0, "gần")],
        ),
    ],
)
def test_find_numbers_reads_mentions(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "CNTT4",
        "virus H5N1",
        "mạng 5G",
        "COVID-19",
        "Cách mạng công nghiệp 4.0",
        "giá 80.000đ",
        "Sáng nay (10/10)",
        "ngày 28/12/2023",
        "Sáng 24/4",
        "2024-04-25",
        "lúc 07:33",
        "2024-04-25 07:33:00.0",
        "ngày 10-10-2022",
        "ngày 10.10.2022",
        "ngày 10 tháng 10 năm 2022",
        "mã 12.34",
        "phiên bản 1.2.3",
        "",
        "không có số nào",
    ],
)
def test_find_numbers_ignores_dates_glued_and_malformed(text: str) -> None:
    assert find_numbers(text) == []


def test_find_numbers_span_covers_qualifier_and_scale() -> None:
    text = "Tổng vốn hơn 1,5 triệu tỷ đồng."
    [mention] = find_numbers(text)
    assert mention == NumberMention(start=9, end=25, value=1.5e15, raw="1,5 triệu tỷ", qualifier="hơn")
    assert text[mention.start : mention.end] == "hơn 1,5 triệu tỷ"


def test_find_numbers_skips_date_but_keeps_figures_in_the_same_sentence() -> None:
    text = "Ngày 10/10, hơn 80.000 tổ công nghệ số với gần 380.000 thành viên"
    mentions = find_numbers(text)
    assert [(m.raw, m.value, m.qualifier) for m in mentions] == [
        ("80.000", 80000.0, "hơn"),
        ("380.000", 380000.0, "gần"),
    ]
    assert [text[m.start : m.end] for m in mentions] == ["hơn 80.000", "gần 380.000"]


@pytest.mark.parametrize(
    "text",
    [
        "80.000  tổ",
        "80.000\u00a0tổ",
        "\u00a080.000 tổ",
        "  80.000\ttổ  ",
    ],
)
def test_find_numbers_tolerates_odd_spacing(text: str) -> None:
    [mention] = find_numbers(text)
    assert (mention.raw, mention.value, mention.qualifier) == ("80.000", 80000.0, None)
    assert text[mention.start : mention.end] == "80.000"


def test_find_numbers_nbsp_between_number_and_scale() -> None:
    [mention] = find_numbers("hơn\u00a05\u00a0triệu người")
    assert (mention.raw, mention.value, mention.qualifier) == ("5\u00a0triệu", 5e6, "hơn")


def test_find_numbers_reads_nfd_text_with_offsets_into_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Có hơn 80.000 tổ và gần 380.000 thành viên")
    composed = unicodedata.normalize("NFC", decomposed)
    assert len(decomposed) > len(composed)

    mentions = find_numbers(decomposed)

    assert [(m.raw, m.value, m.qualifier) for m in mentions] == [
        ("80.000", 80000.0, "hơn"),
        ("380.000", 380000.0, "gần"),
    ]
    assert mentions[0].qualifier == unicodedata.normalize("NFC", "hơn")
    assert [composed[m.start : m.end] for m in mentions] == ["hơn 80.000", "gần 380.000"]


def test_find_numbers_reads_nfd_scale_words() -> None:
    [mention] = find_numbers(unicodedata.normalize("NFD", "khoảng 1,5 triệu tỷ đồng"))
    assert (mention.raw, mention.value, mention.qualifier) == ("1,5 triệu tỷ", 1.5e15, "khoảng")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ba cấp chính quyền", [("ba", 3.0, None)]),
        ("hai mươi lăm tỉnh", [("hai mươi lăm", 25.0, None)]),
        ("mười lăm tỉnh", [("mười lăm", 15.0, None)]),
        ("mười hai bộ", [("mười hai", 12.0, None)]),
        ("hai mươi mốt xã", [("hai mươi mốt", 21.0, None)]),
        ("ba mươi tư huyện", [("ba mươi tư", 34.0, None)]),
        ("một trăm hai mươi doanh nghiệp", [("một trăm hai mươi", 120.0, None)]),
        ("ba trăm linh năm xã", [("ba trăm linh năm", 305.0, None)]),
        ("năm mươi tỉnh", [("năm mươi", 50.0, None)]),
        ("năm nền tảng số", [("năm", 5.0, None)]),
        ("năm triệu tài khoản", [("năm triệu", 5e6, None)]),
        ("hai triệu năm trăm nghìn người", [("hai triệu năm trăm nghìn", 2.5e6, None)]),
        ("một triệu tỷ đồng", [("một triệu tỷ", 1e15, None)]),
        ("hơn hai triệu người", [("hai triệu", 2e6, "hơn")]),
        # after "mươi" the word "năm" is the year: twenty years
        ("hai mươi năm qua", [("hai mươi", 20.0, None), ("năm", 5.0, None)]),
        # "một" alone is an article; "hàng trăm" and "lăm" alone are no number
        ("một số địa phương, một cách", []),
        ("Hàng trăm ứng dụng", []),
        ("lăm le", []),
        # "tỷ lệ" is a word of its own, and punctuation ends a number
        ("hai tỷ lệ", [("hai", 2.0, None)]),
        ("hai, ba tỉnh", [("hai", 2.0, None), ("ba", 3.0, None)]),
    ],
)
def test_find_number_words(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [(m.raw, m.value, m.qualifier) for m in find_number_words(text)] == expected


def test_find_number_words_span_covers_the_qualifier() -> None:
    text = "Có khoảng hai mươi lăm tỉnh"
    [mention] = find_number_words(text)
    assert text[mention.start : mention.end] == "khoảng hai mươi lăm"
