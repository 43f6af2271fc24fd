"""Page furniture: counters, menus, date lines, related links and portal names split off the article."""

from __future__ import annotations

from datetime import datetime

import pytest

from analysis.furniture import is_furniture, page_date, split_furniture


@pytest.mark.parametrize(
    "line",
    [
        # a party paper's tagline under its masthead
        "Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hà Nam",
        "Tiếng nói của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Yên Bái",
        # any paper's tagline of the body it speaks for
        "Cơ quan của Bộ Công Thương",
        "Cơ quan ngôn luận của Hội Nông dân Việt Nam",
        # visit and view counters
        "Tổng truy cập: 2247912",
        "Đang truy cập: 1",
        "View count: 4030",
        "Lượt xem: 1520",
        "Lượt xem: 1.520",
        "lượt xem 1520",
        "Hôm nay: 150",
        # metadata and bare timestamps
        "Publish date 10/01/2024 | 14:14  | View count: 4030",
        "Publish date 15/06/2020 | 08:30 | View count: 812",
        "Cập nhật: 09:30 10/10/2024",
        "Cập nhật lúc 14:14, 10/01/2024",
        "Ngày đăng: 2024-04-25 07:33",
        "2024-04-25 07:33:00.0",
        "10/01/2024 14:14",
        "Thứ năm, 10/10/2024 - 09:30",
        # image captions and credits
        "Thủ tướng Phạm Minh Chính - Chủ tịch Ủy ban chủ trì phiên họp lần thứ 8 của Ủy ban. Ảnh: VGP.",
        "Ủy ban Quốc gia về chuyển đổi số thống nhất 5 nhiệm vụ trọng tâm năm 2021. Ảnh: VGP/Nhật Bắc",
        "Thủ tướng chủ trì phiên họp thứ 7 của Ủy ban được tổ chức ngày 28/12/2023. (Ảnh: Nhật Bắc/VPG)",
        "(Ảnh: Nhật Bắc/VPG)",
        "Ảnh: TTXVN",
        "Các Tổ công nghệ số cộng đồng là lực lượng hỗ trợ đắc lực. (Ảnh minh họa: V.Sỹ)",
        "Thủ tướng gửi Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia. Ảnh: Chinhphu.vn",
        "Hội nghị chuyển đổi số tỉnh Bình Dương năm 2023. Ảnh: Báo Bình Dương",
        # captions glued to the text by copy-paste
        "Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi - ảnh 1Thủ tướng Phạm Minh Chính phát biểu "
        "tại Ngày Chuyển đổi Số Quốc gia (10/10) - Ảnh: Dương Giang/TTXVN",
        "Thủ tướng: Chuyển đổi số phải đi vào từng người dân - ảnh 2 Thủ tướng phát biểu",
        # sources and bare domains
        "Nguồn: vietnamnet.vn",
        "Nguồn: Báo Bình Dương",
        "nguồn : baochinhphu.vn",
        "nongnghiep.vn",
        "vnexpress.net",
        "https://www.baochinhphu.vn/tin-tuc-123.htm",
        "www.example.com",
        # navigation and widgets, in any case and with a trailing colon
        "Tin liên quan",
        "Tin liên quan:",
        "  TIN LIÊN QUAN  ",
        "Phản hồi",
        "Đọc thêm",
        "Các tin/bài khác",
        "Thống kê truy cập",
        "Thông báo giấy mời",
        "Anh-tin-bai",
        "Bình luận",
        "Truy cập nội dung luôn",
        # breadcrumbs, tags, counters with the count first, widgets
        "Trang chủ > Tin tức > Chuyển đổi số",
        "Trang chủ / Thời sự",
        "Trang chủ",
        "Tin tức » Kinh tế",
        "Tag",
        "Tags: 5G, hạ tầng số, chuyển đổi số",
        "Từ khóa: DTI",
        "Lượt xem: 1.245",
        "1245 lượt xem",
        "Lượt xem: 320",
        "Chia sẻ",
        "In bài",
        "Cỡ chữ: A A A",
        # menus and section labels
        "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
        "Thời sự Kinh tế Xã hội Văn hóa Thể thao",
        # the page's date lines
        "Thứ Năm, 07/03/2024 - 14:20",
        "Xã hội 03/08/2023 09:05",
        "Cập nhật lúc 16:40 ngày 12/9/2022",
        "12/09/2022 16:40 GMT+7",
        "Ngày đăng: 05/01/2025",
        "Thứ hai, 4/12/2023, 08:30 (GMT+7)",
        "15:20 | 20/10/2023",
        # lines that name the outlet
        "Theo VnExpress",
        "Theo Báo Nhân Dân",
        "© Bản quyền thuộc Báo Điện tử Dân trí",
        "Bản quyền © 2024 Báo Cà Mau. Địa chỉ: 39 Phan Ngọc Hiển",
        "Cơ quan chủ quản: Thành ủy Đà Nẵng",
        "Báo điện tử VnExpress",
        "Báo Quảng Ninh điện tử",
        "Website: Báo Quảng Ninh điện tử",
        # menu and share bars, related links with their dates
        "Thời sự | Kinh tế | Pháp luật | Đời sống | Công nghệ",
        "Chia sẻ Facebook | Zalo | In bài",
        "- Tỉnh ra mắt nền tảng bản đồ số du lịch (12/08/2023)",
    ],
)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "Thủ tướng nhấn mạnh vai trò của ảnh hưởng xã hội.",
        "Ảnh hưởng của chuyển đổi số: rất lớn.",
        "Việc chia sẻ dữ liệu - ảnh hưởng lớn đến người dân.",
        "Tin liên quan đến chuyển đổi số được đăng tải rộng rãi.",
        "Nguồn lực cho chuyển đổi số rất quan trọng.",
        "Cập nhật dữ liệu dân cư là nhiệm vụ trọng tâm năm 2023.",
        "Cập nhật 5 triệu hồ sơ trong năm 2023.",
        "Hôm nay, 10/10, Thủ tướng dự lễ.",
        "Thứ năm, tăng cường truyền thông về lợi ích của chuyển đổi số.",
        "Hơn 5 triệu lượt người dân được tiếp cận kỹ năng số cơ bản.",
        "Sáng 24/4, Thủ tướng chủ trì phiên họp lần thứ 8 của Ủy ban.",
        "Trang chủ của Bộ được nâng cấp.",
        "Đăng ký tài khoản định danh điện tử cho người dân.",
        "Chia sẻ kinh nghiệm chuyển đổi số của Bộ Công an.",
        "Phản hồi của người dân về dịch vụ công trực tuyến rất tích cực.",
        "Thủ tướng thăm gian hàng tại Hội nghị chuyển đổi số ngành Công an nhân dân.",
        "Chuyển đổi số - Lựa chọn chiến lược phát triển",
        # a source of a claim inside the body is not a "Theo …" outlet line
        "Theo Bộ TT&TT, kinh tế số năm 2023 chiếm 14,26% GDP.",
        "Theo kế hoạch",
        "Báo Nhân Dân ra mắt ấn phẩm mới",
        "Báo cáo của Bộ Thông tin và Truyền thông",
        "Kinh tế số",
        "Công nghệ số phát triển mạnh",
        "Ngày 2/8/2023, thành phố sơ kết Đề án 06.",
        "AI - cơ hội và thách thức",
        "Tỷ lệ > 50% hồ sơ được xử lý trực tuyến.",
        # a sentence about an agency's body, with its full stop or its number, is prose
        "Cơ quan của Bộ đã số hóa toàn bộ hồ sơ.",
        "Cơ quan của tỉnh có 12 phòng ban",
    ],
)
def test_prose_lines_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_split_furniture_separates_body_and_furniture_and_tidies_lines() -> None:
    text = (
        "## Kinh tế số   phát triển\n"
        "\n"
        "Publish date 10/01/2024 | 14:14  | View count: 4030\n"
        "\tThủ tướng\tchủ trì phiên họp.  \n"
        "Tin liên quan\n"
        "Đang truy cập: 1\n"
    )
    body, furniture = split_furniture(text)
    assert body == ["Kinh tế số phát triển", "Thủ tướng chủ trì phiên họp."]
    assert furniture == [
        "Publish date 10/01/2024 | 14:14 | View count: 4030",
        "Tin liên quan",
        "Đang truy cập: 1",
    ]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Thứ Năm, 07/03/2024 - 14:20", datetime(2024, 3, 7, 14, 20)),
        ("Xã hội 03/08/2023 09:05", datetime(2023, 8, 3, 9, 5)),
        ("Cập nhật lúc 16:40 ngày 12/9/2022", datetime(2022, 9, 12, 16, 40)),
        ("12/09/2022 16:40 GMT+7", datetime(2022, 9, 12, 16, 40)),
        ("Ngày đăng: 05/01/2025", datetime(2025, 1, 5)),
        ("Thứ hai, 4/12/2023, 08:30 (GMT+7)", datetime(2023, 12, 4, 8, 30)),
        ("15:20 | 20/10/2023", datetime(2023, 10, 20, 15, 20)),
        ("Ngày đăng: 2024-06-10 07:45", datetime(2024, 6, 10, 7, 45)),
        # a date inside a sentence is not the page's date
        ("Ngày 2/8/2023, UBND thành phố Đà Nẵng tổ chức sơ kết.", None),
        ("Phiên họp thứ 7 diễn ra ngày 28/12/2023 tại Hà Nội.", None),
        ("Thời sự Kinh tế", None),
    ],
)
def test_page_date(line: str, published: datetime | None) -> None:
    assert page_date(line) == published


def test_a_lone_section_name_is_furniture_only_above_the_headline() -> None:
    page = "Trang chủ\nCông nghệ\nDoanh nghiệp ứng dụng AI\nKinh tế\nNăm 2023 tăng 5%."
    assert split_furniture(page) == (
        ["Doanh nghiệp ứng dụng AI", "Kinh tế", "Năm 2023 tăng 5%."],
        ["Trang chủ", "Công nghệ"],
    )
    # a first line with no furniture around it is the article's own
    assert split_furniture("Kinh tế\nsố.") == (["Kinh tế", "số."], [])


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Thứ Hai, ngày 3 tháng 3 năm 2025 | 08:15", datetime(2025, 3, 3, 8, 15)),
        ("ngày 14 tháng 11, 2024", datetime(2024, 11, 14)),
    ],
)
def test_a_date_line_in_words_gives_the_publication_date(line: str, published: datetime) -> None:
    assert page_date(line) == published


def test_links_under_a_related_heading_are_furniture_but_a_list_in_the_article_is_not() -> None:
    page = (
        "Tỉnh số hóa hồ sơ\n\nTỉnh đã làm ba việc:\n- số hóa 90% hồ sơ\n- mở 12 lớp kỹ năng số\n\n"
        "Đọc thêm\n- Ra mắt 4 nền tảng số mới\n- Huyện A: 77% hộ dùng ví điện tử"
    )
    body, furniture = split_furniture(page)
    assert "- số hóa 90% hồ sơ" in body and "- mở 12 lớp kỹ năng số" in body
    assert furniture == ["Đọc thêm", "- Ra mắt 4 nền tảng số mới", "- Huyện A: 77% hộ dùng ví điện tử"]


def test_portal_name_in_capitals_is_furniture_only_at_the_page_edges() -> None:
    lines = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH", "Tin đầu", *(f"Câu thứ {i}." for i in range(14))]
    text = "\n".join([*lines[:6], "BỘ TT&TT CÔNG BỐ CHỈ SỐ DTI", *lines[6:]])
    body, furniture = split_furniture(text)
    assert furniture == ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH"]
    assert "BỘ TT&TT CÔNG BỐ CHỈ SỐ DTI" in body


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a month written in words, Vietnamese or English
        ("12 Tháng Mười Hai 2022 | 10:05", datetime(2022, 12, 12, 10, 5)),
        ("Ngày 03 Tháng Tư 2024", datetime(2024, 4, 3)),
        ("Thứ Ba, 1 tháng Giêng 2025", datetime(2025, 1, 1)),
        ("Feb 14, 2023 | 16:40", datetime(2023, 2, 14, 16, 40)),
        ("Posted: 9 September 2024", datetime(2024, 9, 9)),
        ("Updated: 30 Oct 2022 | 07:15", datetime(2022, 10, 30, 7, 15)),
        # a section label after the date, as it stands after it on many pages
        ("08-03-2023 - 11:20 | Xã hội", datetime(2023, 3, 8, 11, 20)),
        ("14/02/2024 07:00 · Giáo dục", datetime(2024, 2, 14, 7, 0)),
    ],
)
def test_a_date_line_with_its_month_in_words_or_a_section_after_it_is_the_page_date(
    line: str, published: datetime
) -> None:
    assert page_date(line) == published


@pytest.mark.parametrize(
    "line",
    ["Ngày mai tháng Ba 2024 sẽ có mưa lớn", "Sáng 3 tháng Tư, tỉnh họp bàn kế hoạch năm 2024 với 12 sở"],
)
def test_prose_with_a_month_in_words_is_no_page_date(line: str) -> None:
    assert page_date(line) is None


def test_the_site_name_above_the_menu_is_furniture_not_the_headline() -> None:
    text = (
        "Tuổi Trẻ Online\nThời sự | Thế giới | Kinh doanh | Công nghệ | Giáo dục\n\n"
        "Đà Nẵng mở rộng wifi miễn phí ra các bãi biển\nTP Đà Nẵng vừa lắp thêm 40 điểm phát wifi."
    )
    body, furniture = split_furniture(text)
    assert body[0] == "Đà Nẵng mở rộng wifi miễn phí ra các bãi biển"
    assert "Tuổi Trẻ Online" in furniture


@pytest.mark.parametrize(
    "line",
    [
        "Tin nóng: Giá vàng lập đỉnh mới | Lịch thi tốt nghiệp THPT 2024",
        "Tiêu điểm: Bão số 3 | Kỳ họp thứ 8",
        "Xu hướng: AI tạo sinh | Ví điện tử",
    ],
)
def test_a_ticker_of_hot_headlines_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a byline beside the date: labelled, a bare name, a counter or a widget
        ("Tác giả: Ngọc Lan | 21/11/2023", datetime(2023, 11, 21)),
        ("Bài và ảnh: Quốc Việt | 04/03/2022 15:30", datetime(2022, 3, 4, 15, 30)),
        ("Đức Anh · 19/06/2025 10:12", datetime(2025, 6, 19, 10, 12)),
        ("Nhóm PV - 02/09/2024 20:00", datetime(2024, 9, 2, 20, 0)),
        ("Thứ Bảy, 13/01/2024 | 07:00 | Tác giả: Bảo Ngọc", datetime(2024, 1, 13, 7, 0)),
        ("Ngày đăng: 28/08/2023 | Lượt xem: 512 | Cỡ chữ: A A A", datetime(2023, 8, 28)),
    ],
)
def test_a_date_line_with_its_byline_is_the_page_date(line: str, published: datetime) -> None:
    assert page_date(line) == published


@pytest.mark.parametrize(
    "line",
    [
        "Hà Nội - 19/06/2025 là hạn cuối nộp hồ sơ trực tuyến",
        "Tác giả bài viết cho biết ngày 21/11/2023 tỉnh đã họp",
        "Sơ kết 6 tháng | 30/6/2024 | Sở TT&TT tỉnh tổ chức hội nghị sơ kết công tác chuyển đổi số",
    ],
)
def test_prose_beside_a_date_is_no_byline(line: str) -> None:
    assert page_date(line) is None


@pytest.mark.parametrize(
    "menu",
    [
        # a menu copied from a page keeps the gaps between its items, in words or in capitals
        "Trang chủ    Tổng quan    Hệ thống chính trị    Công khai ngân sách    Hỏi đáp",
        "TIN TỨC   NÔNG THÔN MỚI   DU LỊCH   PHÁP LUẬT   ẢNH",
        "Giới thiệu\tThủ tục hành chính\tLịch công tác",
    ],
)
def test_a_menu_set_apart_by_runs_of_spaces_is_furniture(menu: str) -> None:
    body, furniture = split_furniture(f"{menu}\nTỉnh số hóa 80% hồ sơ\nNăm 2024, tỉnh số hóa 80% hồ sơ.")
    assert menu.split()[0] in furniture[0] and body[0] == "Tỉnh số hóa 80% hồ sơ"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence typed with double spaces, two names, figures in a table's row
        "Tỉnh có 3  trường đạt chuẩn.  Huyện có 2.",
        "Hà Nội  Đà Nẵng dẫn đầu",
        "Huyện Tân Uyên    12.500    13.100    14.200",
    ],
)
def test_text_with_runs_of_spaces_is_no_menu(line: str) -> None:
    body, _ = split_furniture(f"Tiêu đề bài\n{line}")
    assert " ".join(line.split()) in body


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # the account links of a page's header
        ("Đăng ký | Đăng nhập", True),
        ("Đăng nhập / Quên mật khẩu", True),
        ("Đăng nhập • Đổi mật khẩu", True),
        # one of them beside other words is not
        ("Đăng nhập | Cổng dịch vụ công tỉnh", False),
        ("Đăng ký / thay đổi thông tin doanh nghiệp trực tuyến tăng 20%", False),
    ],
)
def test_account_links_between_bars_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_dated_headlines_under_a_related_heading_are_furniture_without_bullets() -> None:
    text = (
        "Kho bạc Nhà nước: 100% đơn vị giao dịch qua dịch vụ công trực tuyến\n"
        "Năm 2024, 100% đơn vị sử dụng ngân sách giao dịch trực tuyến.\n"
        "Tin liên quan\n"
        "Kho bạc Hà Nội: 3.200 đơn vị giao dịch điện tử (12/11/2024)\n"
        "Thanh toán số tăng mạnh (05/11/2024 08:30)\n"
        "Kho bạc sẽ mở rộng dịch vụ trong năm tới.\n"
    )
    body, furniture = split_furniture(text)
    assert furniture == [
        "Tin liên quan",
        "Kho bạc Hà Nội: 3.200 đơn vị giao dịch điện tử (12/11/2024)",
        "Thanh toán số tăng mạnh (05/11/2024 08:30)",
    ]
    assert body[-1] == "Kho bạc sẽ mở rộng dịch vụ trong năm tới."
