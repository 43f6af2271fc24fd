"""The headline: the first short line, never a masthead or a portal's title."""

from __future__ import annotations

import pytest

from analysis.documents.build import build_document
from analysis.documents.title import infer_title


def test_a_masthead_between_bars_is_no_headline() -> None:
    page = "BÁO NGHỆ AN | Cơ quan của Đảng bộ tỉnh Nghệ An\n\nNghệ An số hóa 80% hồ sơ\n\nNội dung bài."
    assert build_document("a", page).title == "Nghệ An số hóa 80% hồ sơ"


def test_a_portal_title_is_no_headline_and_an_outlet_loses_its_tagline() -> None:
    page = (
        "Trang thông tin điện tử huyện Mộc Châu\n\nMộc Châu có 42 Tổ công nghệ số cộng đồng\n\n"
        "Trong năm 2024, huyện thành lập 42 tổ.\n\n© Báo Sơn La - Cơ quan của Đảng bộ tỉnh Sơn La"
    )
    document = build_document("a", page)
    assert document.title == "Mộc Châu có 42 Tổ công nghệ số cộng đồng"
    assert document.outlet == "Báo Sơn La"


def test_a_paper_name_in_capitals_with_its_tagline_heads_the_page_and_is_not_the_title() -> None:
    page = "HÀ TĨNH ĐIỆN TỬ - Cơ quan của Đảng bộ, chính quyền tỉnh\n\nHà Tĩnh số hóa 90% hồ sơ\n\nNội dung."
    document = build_document("a", page)
    assert document.title == "Hà Tĩnh số hóa 90% hồ sơ"
    assert "HÀ TĨNH ĐIỆN TỬ" not in document.body


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["Chuyển đổi số phải để người dân hưởng lợi", "Sáng nay, Thủ tướng dự lễ."],
            "Chuyển đổi số phải để người dân hưởng lợi",
        ),
        # the first line ends with a full stop: the headline is the next short line without one
        (
            ["Đây là sự kiện quan trọng.", "Chuyển đổi số - Lựa chọn chiến lược"],
            "Chuyển đổi số - Lựa chọn chiến lược",
        ),
        # only long sentences: the opening words with an ellipsis
        (
            ["Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn mười lăm."],
            "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai…",
        ),
        ([], ""),
    ],
)
def test_infer_title(lines: list[str], title: str) -> None:
    assert infer_title(lines) == title


def test_a_kicker_in_capitals_above_the_headline_is_not_the_headline() -> None:
    lines = ["ĐỜI SỐNG SỐ", "Người cao tuổi Thái Bình học dùng ví điện tử", "Nội dung bài viết."]
    assert infer_title(lines) == "Người cao tuổi Thái Bình học dùng ví điện tử"
    # a headline in capitals stays the headline
    assert infer_title(["KINH TẾ SỐ TĂNG TỐC", "Năm 2024, kinh tế số tăng 20%."]) == "KINH TẾ SỐ TĂNG TỐC"


def test_a_page_s_accessibility_links_widgets_and_language_switch_are_not_the_headline() -> None:
    page = (
        "Chuyển đến nội dung chính\nQuay lại\nTiếng Việt | English\nHotline: 0987 654 321\n"
        "Hải Phòng 31°C\n\nCảng Hải Phòng dùng chứng từ điện tử\nThứ Ba, 11/06/2024 - 09:20\n"
        "Thời gian đọc: 4 phút\n\nCảng Hải Phòng chuyển 80% chứng từ sang dạng điện tử.\n"
    )
    document = build_document("hp", page)
    assert document.title == "Cảng Hải Phòng dùng chứng từ điện tử"
    assert "Thời gian đọc" not in document.body and "31°C" not in document.body


@pytest.mark.parametrize(
    "header",
    [
        "BÁO ĐỒNG THÁP\nĐăng nhập | Quên mật khẩu\nTHỜI SỰ   KINH TẾ   NÔNG NGHIỆP   VĂN HÓA   MEDIA",
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE\nTrang chủ    Tổng quan    Chính quyền    Du lịch    Văn bản",
        "Đăng ký / Đăng nhập\nGiới thiệu\t\tTin tức\t\tHỏi đáp\t\tLiên hệ",
    ],
)
def test_account_links_and_spaced_menus_are_not_the_headline(header: str) -> None:
    page = f"{header}\n\nĐồng Tháp mở 200 gian hàng nông sản trên sàn số\n\nNăm 2024, tỉnh mở 200 gian hàng."
    assert build_document("a", page).title == "Đồng Tháp mở 200 gian hàng nông sản trên sàn số"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # what is left of a portal's menu above the headline is no headline
        (
            "Giới thiệu\nVăn bản chỉ đạo điều hành\nThủ tục hành chính\nLiên hệ\nSở Tư pháp cấp 10.612 phiếu "
            "lý lịch tư pháp trong năm\nNgày 20/12, Sở Tư pháp tổng kết năm.",
            "Sở Tư pháp cấp 10.612 phiếu lý lịch tư pháp trong năm",
        ),
        # a short headline over its lead stays the headline
        ("Hà Nội số hóa hồ sơ\nNgày 3/5, Hà Nội số hóa 1,2 triệu hồ sơ hộ tịch.", "Hà Nội số hóa hồ sơ"),
    ],
)
def test_a_menu_left_on_a_page_is_no_headline(page: str, title: str) -> None:
    assert build_document("d", page).title == title
