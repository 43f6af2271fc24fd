"""Dates, years and publication timestamps, day first as Vietnamese writes them."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

from analysis.dates import (
    find_dates,
    find_named_year_spans,
    find_published,
    find_years,
    named_day_pattern,
    resolve_date,
    split_closing_year,
)
from analysis.types import DateMention


def _read(text: str) -> list[tuple[str, int, int, int | None]]:
    return [(mention.raw, mention.day, mention.month, mention.year) for mention in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 28/12/2023", [("28/12/2023", 28, 12, 2023)]),
        ("Sáng nay (10/10), tại Hà Nội", [("10/10", 10, 10, None)]),
        ("Sáng 24/4, Thủ tướng chủ trì", [("24/4", 24, 4, None)]),
        ("vào ngày 29/12, Bộ trưởng", [("29/12", 29, 12, None)]),
        ("ngày 10-10-2022", [("10-10-2022", 10, 10, 2022)]),
        ("ngày 10.10.2022", [("10.10.2022", 10, 10, 2022)]),
        ("ngày 10 tháng 10 năm 2022", [("ngày 10 tháng 10 năm 2022", 10, 10, 2022)]),
        ("Ngày 10 tháng 10, Thủ tướng", [("Ngày 10 tháng 10", 10, 10, None)]),
        ("mùng 2 tháng 9", [("mùng 2 tháng 9", 2, 9, None)]),
        ("ngày 10 tháng 10 năm nay", [("ngày 10 tháng 10", 10, 10, None)]),
        ("2024-04-25 07:33:00.0", [("2024-04-25", 25, 4, 2024)]),
        ("2024-04-25T07:33", [("2024-04-25", 25, 4, 2024)]),
        ("ngày 01/02/2024.", [("01/02/2024", 1, 2, 2024)]),
        ("29/2 hằng năm", [("29/2", 29, 2, None)]),
        ("ngày 29/2/2024", [("29/2/2024", 29, 2, 2024)]),
        (
            "Phiên họp thứ 7 ngày 28/12/2023 và hội nghị ngày 29/12",
            [("28/12/2023", 28, 12, 2023), ("29/12", 29, 12, None)],
        ),
        # Documented limitation: a fraction whose parts fit a day and month reads as a date.
        ("1/2 số hồ sơ", [("1/2", 1, 2, None)]),
    ],
)
def test_find_dates_reads_written_dates(text: str, expected: list[tuple[str, int, int, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "32/13",
        "ngày 31/2",
        "29/2/2023",  # 2023 is not a leap year
        "31/4/2024",
        "ngày 32 tháng 1",
        "2024-13-01",
        "hơn 80.000 tổ",
        "380.000 thành viên",
        "10.10.22",  # the dotted form needs a four-digit year
        "từ 5-10 triệu",
        "Nghị định 13/2023/NĐ-CP",
        "Quyết định 749/QĐ-TTg",
        "lúc 07:33",
        "CNTT4/5",
        "",
        "không có ngày",
    ],
)
def test_find_dates_rejects_impossible_and_non_dates(text: str) -> None:
    assert find_dates(text) == []


def test_find_dates_span_and_raw_agree() -> None:
    text = "Phát biểu tại phiên họp thứ 7 diễn ra ngày 28/12/2023, tổng kết"
    [mention] = find_dates(text)
    assert mention == DateMention(start=43, end=53, raw="28/12/2023", day=28, month=12, year=2023)
    assert text[mention.start : mention.end] == mention.raw


def test_find_dates_nfd_text_offsets_refer_to_nfc() -> None:
    composed = "Ngày 10 tháng 10 năm 2022, Thủ tướng"
    [mention] = find_dates(unicodedata.normalize("NFD", composed))
    assert (mention.day, mention.month, mention.year) == (10, 10, 2022)
    assert composed[mention.start : mention.end] == mention.raw == "Ngày 10 tháng 10 năm 2022"


def _mention(day: int, month: int, year: int | None = None) -> DateMention:
    return DateMention(start=0, end=0, raw="", day=day, month=month, year=year)


@pytest.mark.parametrize(
    ("mention", "reference", "fallback_year", "expected"),
    [
        # A written year always wins.
        (_mention(28, 12, 2023), date(2024, 1, 10), 2020, date(2023, 12, 28)),
        (_mention(28, 12, 2023), None, None, date(2023, 12, 28)),
        # With the publication date: the latest such day not after it.
        (_mention(29, 12), date(2024, 1, 10), None, date(2023, 12, 29)),
        (_mention(24, 4), date(2024, 4, 25), None, date(2024, 4, 24)),
        (_mention(10, 10), date(2022, 10, 10), None, date(2022, 10, 10)),
        (_mention(11, 10), date(2022, 10, 10), None, date(2021, 10, 11)),
        (_mention(29, 2), date(2023, 3, 1), None, date(2020, 2, 29)),
        # The reference beats the fallback year.
        (_mention(29, 12), date(2024, 1, 10), 2024, date(2023, 12, 29)),
        # Without a reference, the year the article is about.
        (_mention(10, 10), None, 2023, date(2023, 10, 10)),
        (_mention(29, 2), None, 2024, date(2024, 2, 29)),
        (_mention(29, 2), None, 2023, None),
        # Neither: the year is unknown.
        (_mention(10, 10), None, None, None),
        # A hand-made impossible mention resolves to nothing.
        (_mention(31, 2, 2024), None, None, None),
    ],
)
def test_resolve_date(
    mention: DateMention, reference: date | None, fallback_year: int | None, expected: date | None
) -> None:
    assert resolve_date(mention, reference=reference, fallback_year=fallback_year) == expected


def test_resolve_found_dates_against_the_publication_date() -> None:
    text = "Hội nghị ngày 29/12 và phiên họp ngày 28/12/2023"
    resolved = [resolve_date(mention, reference=date(2024, 1, 10)) for mention in find_dates(text)]
    assert resolved == [date(2023, 12, 29), date(2023, 12, 28)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-04-25 07:33:00.0", datetime(2024, 4, 25, 7, 33)),
        ("2024-04-25", datetime(2024, 4, 25)),
        ("Publish date 10/01/2024 | 14:14  | View count: 4030", datetime(2024, 1, 10, 14, 14)),
        ("Ngày đăng: 10/01/2024", datetime(2024, 1, 10)),
        ("Cập nhật: 08:15 10/01/2024", datetime(2024, 1, 10, 8, 15)),
        ("Thứ năm, 10/10/2024 - 09:30", datetime(2024, 10, 10, 9, 30)),
        ("10/10/2024 09:30 GMT+7", datetime(2024, 10, 10, 9, 30)),
        ("Thứ Năm, 10/10/2024 02:30 CH", datetime(2024, 10, 10, 14, 30)),
        ("  Chủ nhật, 13/10/2024 - 20:05  ", datetime(2024, 10, 13, 20, 5)),
        ("2024-04-25T07:33:12.5", datetime(2024, 4, 25, 7, 33, 12, 500000)),
        ("Cập nhật 10-01-2024 14h14", datetime(2024, 1, 10, 14, 14)),
        # A time that cannot be read leaves the date at midnight.
        ("Ngày đăng: 10/01/2024 25:99", datetime(2024, 1, 10)),
    ],
)
def test_find_published_reads_metadata_lines(text: str, expected: datetime) -> None:
    assert find_published(text) == expected


def test_find_published_takes_the_first_metadata_line_not_prose() -> None:
    article = "\n".join(
        [
            "Thông báo giấy mời",
            "",
            "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024",
            "Phát biểu tại phiên họp thứ 7 diễn ra ngày 28/12/2023",
            "Publish date 10/01/2024 | 14:14  | View count: 4030",
            "Cập nhật: 08:15 11/01/2024",
            "",
            "Bộ TT&TT đã xác định 4 ưu tiên chính.",
        ]
    )
    assert find_published(article) == datetime(2024, 1, 10, 14, 14)


def test_find_published_nfd_labels() -> None:
    assert find_published(unicodedata.normalize("NFD", "Ngày đăng: 10/01/2024")) == datetime(2024, 1, 10)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "phiên họp thứ 7 diễn ra ngày 28/12/2023",
        "Khai mạc ngày 28/12/2023",
        "Sáng nay (10/10), tại Hà Nội",  # no year
        "Ngày đăng: 10/01",
        "Ngày đăng: 31/02/2024",  # impossible date
        "Publish date 10/01/2024 | 14:14 | " + "x" * 60,  # too long to be a metadata line
        "Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị tổng kết công tác năm 2023 ngày 28/12/2023.",
        "hơn 80.000 tổ, gần 380.000 thành viên",
    ],
)
def test_find_published_ignores_prose_and_incomplete_dates(text: str) -> None:
    assert find_published(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("năm 2023", [(4, 8, 2023)]),
        ("Năm 2024 sẽ là năm phổ cập hạ tầng số", [(4, 8, 2024)]),
        ("đến năm 2025, định hướng đến năm 2030", [(8, 12, 2025), (33, 37, 2030)]),
        ("Chiến lược 2030", [(11, 15, 2030)]),
        ("giai đoạn 2021-2025", [(10, 14, 2021), (15, 19, 2025)]),
        ("giai đoạn 2021–2025", [(10, 14, 2021), (15, 19, 2025)]),
        ("năm 2023.", [(4, 8, 2023)]),
        ("(2022)", [(1, 5, 2022)]),
        ("năm 1990 và năm 2100", [(4, 8, 1990), (16, 20, 2100)]),
        # Outside the range, inside dates and timestamps, or part of a longer number.
        ("năm 1989 và năm 2101", []),
        ("ngày 28/12/2023", []),
        ("ngày 10 tháng 10 năm 2022", []),
        ("2024-04-25 07:33:00.0", []),
        ("10-10-2022 và 10.10.2022", []),
        ("mã 12024 và 20245", []),
        ("hơn 2.024 hồ sơ", []),
        ("2.000.000 người", []),
        ("Nghị định 13/2023/NĐ-CP", []),
        ("CNTT2023", []),
        # Amounts are not years.
        ("2000 tỷ đồng", []),
        ("tăng 2023%", []),
        ("", []),
    ],
)
def test_find_years(text: str, expected: list[tuple[int, int, int]]) -> None:
    assert find_years(text) == expected


def test_find_years_spans_are_the_digits() -> None:
    text = "Phát biểu tại phiên họp ngày 28/12/2023, tổng kết hoạt động năm 2023 và nhiệm vụ năm 2024"
    assert [text[start:end] for start, end, _ in find_years(text)] == ["2023", "2024"]
    assert [year for _, _, year in find_years(text)] == [2023, 2024]


# --- a named day with its year, a year closing a name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Chào mừng Ngày Chuyển đổi số quốc gia năm 2023.", ["2023"]),
        ("ngày chuyển đổi số quốc gia   năm 2024 và Ngày Sách Việt Nam năm 2025", ["2024", "2025"]),
        # a name without "năm", a name glued to a word, a year out of range, a period
        ("Ngày Chuyển đổi số quốc gia 2023", []),
        ("XNgày Chuyển đổi số quốc gia năm 2023", []),
        ("Ngày Sách Việt Nam năm 1850", []),
        ("Ngày Chuyển đổi số quốc gia đến năm 2030", []),
    ],
)
def test_named_day_pattern_reads_the_year_after_the_name(text: str, years: list[str]) -> None:
    pattern = named_day_pattern(["Ngày Chuyển đổi số quốc gia", "Ngày Sách Việt Nam"])
    assert pattern.findall(text) == years


def test_named_day_pattern_takes_names_literally() -> None:
    pattern = named_day_pattern(["Ngày C.Đ.S (quốc gia)"])
    assert pattern.findall("Ngày C.Đ.S (quốc gia) năm 2023") == ["2023"]
    assert pattern.findall("Ngày CxĐxS (quốc gia) năm 2023") == []


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        ("của chuyển đổi số quốc gia năm 2024", True, ("của chuyển đổi số quốc gia", 2024)),
        ("trọng tâm trong năm 2025", True, ("trọng tâm", 2025)),
        ("năm 2024", True, ("", 2024)),
        ("ngày chuyển đổi số quốc gia năm 2023", False, ("ngày chuyển đổi số quốc gia", 2023)),
        ("chỉ số papi 2023", False, ("chỉ số papi", 2023)),
        # a bare year needs "năm" when named; no year at the end, a year glued to a word, a longer number
        ("chỉ số papi 2023", True, None),
        ("đến năm 2030 đạt 80%", False, None),
        ("papi2023", False, None),
        ("mã số 12023", False, None),
        ("giai đoạn 2021-2025", True, None),
    ],
)
def test_split_closing_year(text: str, named: bool, expected: tuple[str, int] | None) -> None:
    assert split_closing_year(text, named=named) == expected
    assert split_closing_year(unicodedata.normalize("NFC", text.upper()), named=named) == (
        None if expected is None else (expected[0].upper(), expected[1])
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2025, tỉnh xác định 3 nhiệm vụ", [(0, 8, 2025)]),
        ("trong năm 2023 và năm  2024", [(6, 14, 2023), (18, 27, 2024)]),
        ("kỷ niệm năm 1945", [(8, 16, 1945)]),
        # a period, a longer number, "năm" inside a word, a year without "năm"
        ("giai đoạn năm 2021-2025", []),
        ("năm 20245", []),
        ("thămnăm 2023", []),
        ("chỉ số PAPI 2023", []),
    ],
)
def test_find_named_year_spans(text: str, expected: list[tuple[int, int, int]]) -> None:
    assert find_named_year_spans(text) == expected
    assert [text[start:end].split()[-1] for start, end, _ in expected] == [str(y) for *_, y in expected]
