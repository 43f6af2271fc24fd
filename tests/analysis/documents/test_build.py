"""Raw text to a Document: NFC, line endings, outlet, date and year read together."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from analysis.documents.build import build_document
from analysis.types import DocumentAnalysis


def test_build_document_normalises_nfd_crlf_bom_and_nbsp() -> None:
    nfc = "Tổ công nghệ số cộng đồng\n(VOV5) - Ngày Chuyển đổi số quốc gia năm 2023 có hơn 80.000 tổ."
    raw = "\ufeff" + unicodedata.normalize("NFD", nfc).replace("\n", "\r\n").replace("hơn ", "hơn\u00a0")
    document = build_document("x", raw)
    reference = build_document("x", nfc)
    assert unicodedata.is_normalized("NFC", document.body)
    assert document.title == "Tổ công nghệ số cộng đồng"
    assert document.body == reference.body
    assert "hơn 80.000 tổ" in document.body
    assert document.content_hash == reference.content_hash
    assert (document.outlet, document.year) == ("VOV5", 2023)


def test_document_without_a_year_has_year_none(fixture_docs: dict[str, DocumentAnalysis]) -> None:
    assert fixture_docs["no_year"].document.year is None
    assert build_document("x", "Tiêu đề\nChuyển đổi số là chuyển đổi cách phục vụ.").year is None


@pytest.mark.parametrize(
    ("line", "outlet", "published"),
    [
        ("Nguồn: báo Tin tức, 15/06/2022", "báo Tin tức", datetime(2022, 6, 15)),
        (
            "Nguồn: Cổng thông tin điện tử Chính phủ - 26/06/2025",
            "Cổng thông tin điện tử Chính phủ",
            datetime(2025, 6, 26),
        ),
        ("Nguồn: vietnamnet.vn", "vietnamnet.vn", None),
    ],
)
def test_source_line_gives_outlet_and_publication_date(
    line: str, outlet: str, published: datetime | None
) -> None:
    document = build_document("a", f"Tiêu đề\nNgày 10/10, Bộ tổ chức hội nghị.\n{line}")
    assert (document.outlet, document.published) == (outlet, published)
    # an undated "Ngày 10/10" takes its year from the publication line
    assert document.year == (published.year if published else None)


def test_a_saved_page_s_masthead_ticker_and_dated_section_are_not_its_headline() -> None:
    page = (
        "Tiền Phong\n"
        "Thời sự | Kinh tế | Giáo dục | Sức khỏe | Công nghệ\n"
        "Tin nóng: Giá xăng tăng nhẹ | Lịch nghỉ Tết 2025\n\n"
        "Sinh viên Cần Thơ dùng thẻ căn cước thay thẻ thư viện\n"
        "17-10-2024 - 08:05 | Giáo dục\n\n"
        "Từ học kỳ này, sinh viên Đại học Cần Thơ mượn sách bằng thẻ căn cước gắn chip.\n"
    )
    document = build_document("tp", page)
    assert document.title == "Sinh viên Cần Thơ dùng thẻ căn cước thay thẻ thư viện"
    assert document.outlet == "Tiền Phong"
    assert document.published == datetime(2024, 10, 17, 8, 5)
    assert document.year == 2024


def test_the_date_line_beside_the_headline_wins_over_today_s_date_in_the_header() -> None:
    page = (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG\n"
        "Thứ Sáu, 06/12/2024\n"
        "Trang chủ | Giới thiệu | Tin tức | Liên hệ\n\n"
        "Tuyên Quang đưa 300 thủ tục lên ứng dụng di động\n"
        "Ngày đăng: 22/08/2024 | 15:10\n\n"
        "Từ tháng 8/2024, người dân có thể nộp 300 thủ tục trên ứng dụng di động của tỉnh.\n"
        "Minh Khuê - 23/08/2024 08:00\n"
        "Ứng dụng rất tiện lợi.\n"
    )
    document = build_document("tq", page)
    assert document.title == "Tuyên Quang đưa 300 thủ tục lên ứng dụng di động"
    assert document.published == datetime(2024, 8, 22, 15, 10)
