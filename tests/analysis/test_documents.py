"""Reading articles: NFC text, page furniture removed, metadata inferred, sidecar overrides, bad inputs."""

from __future__ import annotations

import json
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from analysis.documents import (
    build_document,
    infer_outlet,
    infer_title,
    infer_year,
    is_furniture,
    load_corpus,
    page_date,
    split_furniture,
    strip_outlet_prefix,
)
from analysis.read import describe
from analysis.types import DocumentAnalysis

SEED_000 = "000_bad03276209439be"
SEED_001 = "001_d02360e2110805a5"
SEED_002 = "002_cc862bba0fbd9ef4"
SEED_003 = "003_58bd2110ae835d9e"
SEED_004 = "004_ceed97d4935bf166"


# --- furniture -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
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


# --- metadata inference --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["(VOV5) - Việt Nam sẽ trở thành quốc gia số"], "VOV5"),
        (["(PLVN) – Thủ tướng nhấn mạnh"], "PLVN"),
        (["(TTXVN) - Sáng nay (10/10), tại Hà Nội"], "TTXVN"),
        (["Thủ tướng phát biểu.", "Nguồn: vietnamnet.vn"], "vietnamnet.vn"),
        (["Nguồn: Báo Bình Dương."], "Báo Bình Dương"),
        (["nongnghiep.vn"], "nongnghiep.vn"),
        (["https://www.baochinhphu.vn/tin-tuc"], "baochinhphu.vn"),
        (["Thủ tướng phát biểu tại sự kiện."], None),
        ([], None),
        # datelines with Vietnamese letters, a domain, no dash, or the place they were filed from
        (["(Báo Quảng Trị) - Theo kết quả vừa công bố"], "Báo Quảng Trị"),
        (["(Chinhphu.vn) - Chiều 14/1, Thủ tướng chủ trì"], "Chinhphu.vn"),
        (["(TTXVN) Chiều 12/3/2025, tại hội nghị tổng kết"], "TTXVN"),
        (["Hà Nội (TTXVN) - Sáng 5/3, Bộ Khoa học và Công nghệ"], "TTXVN"),
        (["QUẢNG TRỊ (Báo Quảng Trị) - Sáng nay"], "Báo Quảng Trị"),
        (["(Dân trí) – Năm 2024, kinh tế số"], "Dân trí"),
        (["(Báo Nhân Dân) Sáng nay, tại Hà Nội"], "Báo Nhân Dân"),
        (["Tin mới", "(baotintuc.vn) Ngày 5/3, …"], "baotintuc.vn"),
        # datelines without parentheses, as the outlet writes its name
        (["VOV.VN - Sáng 20/10, Bộ tổ chức hội nghị"], "VOV.VN"),
        (["VTV.vn - Nhiều doanh nghiệp Việt Nam"], "VTV.vn"),
        (["ĐNO - Ngày 2/8, UBND thành phố"], "ĐNO"),
        (["(Báo Nam Định) - Sáng nay"], "Báo Nam Định"),
        # source lines, footers, name lines, the portal's name, the owner, the page's site name
        (["Nguồn: Báo Bình Định"], "Báo Bình Định"),
        (["Thủ tướng phát biểu.", "Theo VnExpress"], "VnExpress"),
        (["Theo Báo Nhân Dân."], "Báo Nhân Dân"),
        (["© Bản quyền thuộc Báo Điện tử Dân trí"], "Báo Điện tử Dân trí"),
        (["Copyright © 2024 VnExpress"], "VnExpress"),
        (["Bản quyền thuộc về Chinhphu.vn"], "Chinhphu.vn"),
        (["Báo điện tử VnExpress", "Cơ quan chủ quản: Bộ Khoa học và Công nghệ"], "Báo điện tử VnExpress"),
        (["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH"], "Cổng thông tin điện tử tỉnh Nam Định"),
        (["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], "Bộ Khoa học và Công nghệ"),
        (["Cơ quan chủ quản: Bộ Thông tin và Truyền thông."], "Bộ Thông tin và Truyền thông"),
        (["Website: Báo Quảng Ninh điện tử"], "Báo Quảng Ninh điện tử"),
        # the stronger evidence wins wherever it stands
        (["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Theo VnExpress"], "VnExpress"),
        (["Website: Dân trí", "(Dân trí) - Năm 2023"], "Dân trí"),
        (["Cơ quan chủ quản: Thành ủy Đà Nẵng", "ĐNO - Ngày 2/8"], "ĐNO"),
        # a claim's source in a sentence, a short line without a name, a headline starting with "Báo"
        (["Theo Bộ TT&TT, kinh tế số năm 2023 chiếm 14,26% GDP."], None),
        (["Theo kế hoạch"], None),
        (["Báo Nhân Dân ra mắt ấn phẩm mới"], None),
        (["AI - cơ hội và thách thức"], None),
    ],
)
def test_infer_outlet(lines: list[str], outlet: str | None) -> None:
    assert infer_outlet(lines) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "(DTI) của Quảng Trị xếp thứ 38/63 tỉnh, thành phố.",
        "(1) Thứ nhất, hoàn thiện thể chế.",
        "(khoảng 12,3%) cao hơn cùng kỳ.",
        "(Ảnh: TTXVN)",
        "(10/10) - Thủ tướng dự lễ",
        "(Xem thêm) Các bài liên quan",
        "Thủ tướng (PLVN) - nhấn mạnh",
        "Chỉ số chuyển đổi số cấp tỉnh (DTI) - kết quả năm 2024",
        "Kinh tế số (KTS) chiếm 18,3% GDP.",
    ],
)
def test_ordinary_parentheses_name_no_outlet(line: str) -> None:
    assert infer_outlet([line]) is None
    assert strip_outlet_prefix(line) == line


@pytest.mark.parametrize(
    ("line", "stripped"),
    [
        ("(VOV5) - Việt Nam sẽ trở thành quốc gia số", "Việt Nam sẽ trở thành quốc gia số"),
        ("(PLVN) – Thủ tướng nhấn mạnh", "Thủ tướng nhấn mạnh"),
        ("Thủ tướng (PLVN) - nhấn mạnh", "Thủ tướng (PLVN) - nhấn mạnh"),
        ("(10/10) - Thủ tướng dự lễ", "(10/10) - Thủ tướng dự lễ"),
        ("(Báo Quảng Trị) - Theo kết quả vừa công bố", "Theo kết quả vừa công bố"),
        ("Hà Nội (TTXVN) - Sáng 5/3, Bộ họp", "Sáng 5/3, Bộ họp"),
        ("(TTXVN) Chiều 12/3/2025, tại hội nghị", "Chiều 12/3/2025, tại hội nghị"),
    ],
)
def test_strip_outlet_prefix(line: str, stripped: str) -> None:
    assert strip_outlet_prefix(line) == stripped


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


def test_links_under_a_related_heading_are_furniture_but_a_list_in_the_article_is_not() -> None:
    page = (
        "Tỉnh số hóa hồ sơ\n\nTỉnh đã làm ba việc:\n- số hóa 90% hồ sơ\n- mở 12 lớp kỹ năng số\n\n"
        "Đọc thêm\n- Ra mắt 4 nền tảng số mới\n- Huyện A: 77% hộ dùng ví điện tử"
    )
    body, furniture = split_furniture(page)
    assert "- số hóa 90% hồ sơ" in body and "- mở 12 lớp kỹ năng số" in body
    assert furniture == ["Đọc thêm", "- Ra mắt 4 nền tảng số mới", "- Huyện A: 77% hộ dùng ví điện tử"]


def test_a_paper_name_in_capitals_with_its_tagline_heads_the_page_and_is_not_the_title() -> None:
    page = "HÀ TĨNH ĐIỆN TỬ - Cơ quan của Đảng bộ, chính quyền tỉnh\n\nHà Tĩnh số hóa 90% hồ sơ\n\nNội dung."
    document = build_document("a", page)
    assert document.title == "Hà Tĩnh số hóa 90% hồ sơ"
    assert "HÀ TĨNH ĐIỆN TỬ" not in document.body


def test_portal_name_in_capitals_is_furniture_only_at_the_page_edges() -> None:
    lines = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH", "Tin đầu", *(f"Câu thứ {i}." for i in range(14))]
    text = "\n".join([*lines[:6], "BỘ TT&TT CÔNG BỐ CHỈ SỐ DTI", *lines[6:]])
    body, furniture = split_furniture(text)
    assert furniture == ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH"]
    assert "BỘ TT&TT CÔNG BỐ CHỈ SỐ DTI" in body


PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "pages"
PAGE_EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem", sorted(PAGE_EXPECTED))
def test_whole_page_gives_headline_outlet_date_and_year(stem: str) -> None:
    """Small whole pages with their furniture (portals, national outlets, a ministry; .txt and .html)."""
    expected = PAGE_EXPECTED[stem]
    (document,), problems = load_corpus(sorted(PAGES.glob(f"{stem}.*")))
    assert problems == ()
    assert document.title == expected["title"]
    assert document.outlet in expected["outlet"]
    assert document.published == datetime.fromisoformat(expected["published"])
    assert document.year == expected["year"]
    for furniture in ("Trang chủ", "Lượt xem", "Chia sẻ", "Tags", "Theo VnExpress", "Website:"):
        assert furniture not in document.body


MEASURE_SHAPES = Path(__file__).resolve().parents[1] / "fixtures" / "figures" / "measure_shapes"


@pytest.mark.parametrize(
    ("stem", "outlet", "opening"),
    [
        ("h01_quang_tri_dti", "Báo Quảng Trị", "Theo kết quả Bộ Khoa học và Công nghệ vừa công bố"),
        ("h02_ha_tang_so", "Chinhphu.vn", "Theo báo cáo của Bộ Khoa học và Công nghệ"),
        ("h05_binh_duong_ttxvn", "TTXVN", "Chiều 12/3/2025, tại hội nghị tổng kết"),
        ("h07_so_sanh_tinh", "Báo Quảng Ninh", "Năm 2024, tỷ lệ hồ sơ trực tuyến"),
    ],
)
def test_dateline_names_the_outlet_and_leaves_the_body(stem: str, outlet: str, opening: str) -> None:
    path = MEASURE_SHAPES / f"{stem}.txt"
    document = build_document(stem, path.read_text(encoding="utf-8"), path=str(path))
    assert document.outlet == outlet
    body_lines = document.body.splitlines()
    assert any(line.startswith(opening) for line in body_lines), body_lines[:3]
    assert f"({outlet})" not in document.body


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


@pytest.mark.parametrize(
    ("title", "body", "published", "year"),
    [
        # a named annual day with its year is the strongest evidence, stronger than the publication date
        ("Tin", "Chào mừng Ngày Chuyển đổi số quốc gia năm 2023.", datetime(2024, 1, 1), 2023),
        ("Kế hoạch chuyển đổi số năm 2020", "Năm 2021 sẽ tiếp tục.", datetime(2019, 12, 1), 2020),
        ("Tin", "Năm 2021 sẽ tiếp tục.", datetime(2022, 5, 1), 2022),
        ("Tin", "Trong năm 2021, và năm 2021 nữa, năm 2019.", None, 2021),
        ("Tin", "Phiên họp ngày 7/4/2021 đã kết thúc.", None, 2021),
        # strategy horizons say nothing about the year an article is about
        ("Tin", "Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.", None, None),
        ("Tin", "Không có năm nào ở đây.", None, None),
        # a review published early in the next year is about the year it reviews ...
        (
            "Tin",
            "Trong năm 2024, tỉnh tiếp nhận 215.400 hồ sơ, gấp đôi năm 2023.",
            datetime(2025, 1, 14),
            2024,
        ),
        ("Tin", "Kết quả năm 2022: năm 2022 có 5.000 tổ.", datetime(2023, 2, 27), 2022),
        # ... but not a plan for the new year, a tie, a review published later, or a text without years
        ("Tin", "Năm 2025, tỉnh phấn đấu đạt 70%; năm 2024 mới đạt 60%.", datetime(2025, 1, 5), 2025),
        ("Tin", "Năm 2024 đạt 60%, năm 2025 phấn đấu 70%.", datetime(2025, 1, 5), 2025),
        ("Tin", "Trong năm 2024, tỉnh tiếp nhận 215.400 hồ sơ.", datetime(2025, 3, 2), 2025),
        ("Tin", "Tỉnh tiếp nhận 215.400 hồ sơ.", datetime(2025, 1, 14), 2025),
        # a strategy horizon is not a year the article reviews
        ("Tin", "Chương trình đến năm 2024, định hướng đến năm 2030.", datetime(2025, 1, 14), 2025),
        # results announced later in the next year: the article never names its own year
        ("Tin", "Năm 2023, tỉnh xếp thứ nhất; năm 2023 đạt 0,6 điểm.", datetime(2024, 6, 10), 2023),
        # ... unless it does, says "năm nay", or names the earlier year only as a comparison base
        (
            "Tin",
            "Năm 2023 xếp thứ nhất; năm 2023 đạt 0,6 điểm; năm 2024 giữ vững.",
            datetime(2024, 6, 10),
            2024,
        ),
        ("Tin", "Năm 2023 xếp thứ nhất, năm 2023 đạt 0,6; năm nay giữ vững.", datetime(2024, 6, 10), 2024),
        (
            "Tin",
            "Sáng 20/5/2024 tỉnh công bố: năm 2023 đạt 0,6; năm 2023 xếp thứ 2.",
            datetime(2024, 6, 10),
            2024,
        ),
        ("Tin", "Tăng 12% so với năm 2023, tăng 5% so với cùng kỳ năm 2023.", datetime(2024, 6, 10), 2024),
        ("Tin", "Năm 2023 đạt 0,6 điểm.", datetime(2024, 6, 10), 2024),
        # a headline's year needs no "năm"; a horizon in it is no year
        (
            "Hà Giang tăng 6 bậc về chỉ số PAPI 2024",
            "Ngày 2/4/2025, UNDP công bố.",
            datetime(2025, 4, 3),
            2024,
        ),
        ("Đào tạo 20.000 kỹ sư đến năm 2030", "Năm 2024, tỉnh có 900 kỹ sư.", None, 2024),
        # the tasks of next year are a plan, not what the article reports on
        (
            "Tin",
            "Đến cuối năm 2023, tỉnh có 800 tổ. Các nhiệm vụ trọng tâm năm 2024 gồm ba việc.",
            None,
            2023,
        ),
        (
            "Tin",
            "Tổng kết năm học 2023-2024, 92% trường dùng học bạ số. Mục tiêu năm học 2024-2025 là 100%.",
            None,
            2024,
        ),
        # "năm nay" after a series of past years: the text's own date says which year it is
        (
            "Tin",
            "Ngày 4/7/2024, Sở cho biết: năm 2022 có 12 xã, 2023 có 30 xã và năm nay có 41 xã.",
            None,
            2024,
        ),
        # "đến tháng 6/2025" is as of that month, not a horizon
        ("Tin", "Đến tháng 6/2025, tỉnh có 95 sản phẩm trên sàn.", None, 2025),
        # a school year reports on the year it ends
        ("Tin", "Trong năm học 2024-2025, 60% trường dùng học bạ số.", None, 2025),
        # a named year outweighs an announcement date; a tie goes to the latest year a result is given for
        ("Tin", "Ngày 3/5/2025, Bộ công bố: năm 2024 tỉnh xếp thứ 7.", None, 2024),
        ("Tin", "Năm 2022 đạt 12 tỷ USD, năm 2024 ước đạt 18 tỷ USD.", None, 2024),
        # a plan's year, later in a ranking published in spring, is not the year reported on
        (
            "Tin",
            "Năm 2024, tỉnh xếp thứ 12; năm 2024 điểm số đạt 0,52. Năm 2025, tỉnh phấn đấu vào top 10.",
            datetime(2025, 4, 2),
            2024,
        ),
    ],
)
def test_infer_year(title: str, body: str, published: datetime | None, year: int | None) -> None:
    assert infer_year(title, body, published) == year


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


def test_nfd_file_is_read_as_nfc(fixture_articles_dir: Path) -> None:
    path = fixture_articles_dir / "nfd_2023.txt"
    raw = path.read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", raw)  # the fixture really is stored decomposed
    (document,), problems = load_corpus([path])
    assert problems == ()
    assert unicodedata.is_normalized("NFC", document.body)
    assert unicodedata.is_normalized("NFC", document.title)
    assert "3.200 Tổ công nghệ số cộng đồng" in document.body
    assert document.title == "Bình Dương: Chuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống chính trị"
    assert document.outlet == "Báo Bình Dương"
    assert document.year == 2023


def test_nfd_file_name_gives_an_nfc_id(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "bài_số_1.txt")
    (tmp_path / name).write_text("Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", encoding="utf-8")
    (document,), _ = load_corpus([tmp_path])
    assert document.id == "bài_số_1"
    assert unicodedata.is_normalized("NFC", document.id)


def test_markdown_article_is_read(tmp_path: Path) -> None:
    (tmp_path / "tin.md").write_text("# Kinh tế số năm 2024\n\nNội dung bài viết.\n", encoding="utf-8")
    (document,), problems = load_corpus([tmp_path])
    assert problems == ()
    assert (document.id, document.title, document.year) == ("tin", "Kinh tế số năm 2024", 2024)


# --- the seeds -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc_id", "year", "published", "outlet"),
    [
        (SEED_000, 2023, None, "VOV5"),
        (SEED_001, 2024, None, None),
        (SEED_002, 2024, datetime(2024, 4, 25, 7, 33), "nongnghiep.vn"),
        (SEED_003, 2024, datetime(2024, 1, 10, 14, 14), "vietnamnet.vn"),
        (SEED_004, 2022, None, "PLVN"),
    ],
)
def test_seed_metadata(
    seed_docs: dict[str, DocumentAnalysis],
    doc_id: str,
    year: int,
    published: datetime | None,
    outlet: str | None,
) -> None:
    document = seed_docs[doc_id].document
    assert document.year == year
    assert document.published == published
    assert document.outlet == outlet


@pytest.mark.parametrize(
    ("doc_id", "title"),
    [
        (SEED_000, "Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi"),
        (SEED_001, "Chuyển đổi số - Lựa chọn chiến lược phát triển"),
        (SEED_002, "Thủ tướng: Mỗi Bộ, ngành, địa phương phải có 1 đề án chuyển đổi số"),
        (SEED_003, "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024"),
        (SEED_004, "Phải có chiến lược chuyển đổi số quốc gia một cách bài bản"),
    ],
)
def test_seed_titles(seed_docs: dict[str, DocumentAnalysis], doc_id: str, title: str) -> None:
    assert seed_docs[doc_id].document.title == title


def test_seed_ids_are_file_stems_in_order(seed_docs: dict[str, DocumentAnalysis], seeds_dir: Path) -> None:
    assert list(seed_docs) == sorted(path.stem for path in seeds_dir.glob("*.txt"))


@pytest.mark.parametrize(
    ("doc_id", "furniture_line"),
    [
        (SEED_000, "Tin liên quan"),
        (SEED_000, "Các tin/bài khác"),
        (SEED_002, "Tổng truy cập: 2247912"),
        (SEED_002, "Đang truy cập: 1"),
        (SEED_002, "2024-04-25 07:33:00.0"),
        (SEED_002, "nongnghiep.vn"),
        (SEED_003, "Publish date 10/01/2024 | 14:14 | View count: 4030"),
        (SEED_003, "Nguồn: vietnamnet.vn"),
        (
            SEED_003,
            "Các Tổ công nghệ số cộng đồng, với nòng cốt là các đoàn viên thanh niên, đã và đang là lực "
            "lượng "
            "hỗ trợ đắc lực cho công cuộc chuyển đổi số quốc gia. (Ảnh minh họa: V.Sỹ)",
        ),
        (
            SEED_004,
            "Thủ tướng gửi Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia. Ảnh: Chinhphu.vn",
        ),
        (SEED_004, "Đọc thêm"),
    ],
)
def test_seed_furniture_is_removed_from_the_body(
    seed_docs: dict[str, DocumentAnalysis], doc_id: str, furniture_line: str
) -> None:
    document = seed_docs[doc_id].document
    assert furniture_line in document.furniture
    assert furniture_line not in document.body.split("\n")


@pytest.mark.parametrize("fragment", ["truy cập", "View count", "Publish date", "Ảnh:", "- ảnh 1", "Nguồn:"])
def test_no_seed_body_holds_furniture_fragments(
    seed_docs: dict[str, DocumentAnalysis], fragment: str
) -> None:
    for analysis in seed_docs.values():
        assert fragment not in analysis.document.body, analysis.document.id


def test_body_keeps_article_prose(seed_docs: dict[str, DocumentAnalysis]) -> None:
    body = seed_docs[SEED_003].document.body
    assert "với hơn 80.000 tổ, gần 380.000 thành viên tham gia." in body
    # the byline "(VOV5) - " is stripped, the paragraph kept
    assert "\nViệt Nam sẽ trở thành quốc gia số" in seed_docs[SEED_000].document.body


# --- sidecar metadata.json -----------------------------------------------------------------------


@pytest.fixture
def seed_copies(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id in (SEED_000, SEED_001):
        shutil.copy(seeds_dir / f"{doc_id}.txt", folder)
    return folder


def _by_id(paths: list[Path]) -> tuple[dict[str, object], tuple]:
    documents, problems = load_corpus(paths)
    return {document.id: document for document in documents}, problems


def test_sidecar_overrides_year_outlet_and_published(seed_copies: Path) -> None:
    sidecar = {SEED_000: {"year": 2030, "outlet": "Báo Thử", "published": "2023-10-10T08:00"}}
    (seed_copies / "metadata.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    documents, problems = _by_id([seed_copies])
    assert problems == ()
    overridden, untouched = documents[SEED_000], documents[SEED_001]
    assert (overridden.year, overridden.outlet, overridden.published) == (
        2030,
        "Báo Thử",
        datetime(2023, 10, 10, 8),
    )
    assert ("year", "2030") in overridden.overrides
    # the title is still inferred, and the other article keeps what its text says
    assert overridden.title == "Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi"
    assert (untouched.year, untouched.outlet, untouched.overrides) == (2024, None, ())


def test_sidecar_can_clear_a_field_and_applies_to_files_given_directly(seed_copies: Path) -> None:
    sidecar = {SEED_000: {"outlet": None, "year": "2031"}}
    (seed_copies / "metadata.json").write_text(json.dumps(sidecar), encoding="utf-8")
    documents, problems = _by_id([seed_copies / f"{SEED_000}.txt"])
    assert problems == ()
    assert (documents[SEED_000].outlet, documents[SEED_000].year) == (None, 2031)


def test_invalid_sidecar_is_a_problem_and_the_rest_still_loads(seed_copies: Path) -> None:
    sidecar = seed_copies / "metadata.json"
    sidecar.write_text('{"000_bad03276209439be": {"year": 2030,,}', encoding="utf-8")
    documents, problems = _by_id([seed_copies])
    assert sorted(documents) == [SEED_000, SEED_001]
    assert documents[SEED_000].year == 2023  # not overridden
    assert len(problems) == 1
    assert problems[0].path == str(sidecar)
    assert "không phải JSON UTF-8 hợp lệ" in problems[0].message  # Vietnamese by default
    assert "not valid UTF-8 JSON" in describe(problems[0], "en")
    assert "fix it" in describe(problems[0], "en")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("[1, 2]", "expected"),
        ('{"000_bad03276209439be": 2030}', "expected"),
        (b"\xff\xfe{}", "not valid UTF-8 JSON"),
    ],
)
def test_malformed_sidecar_shapes_are_problems(
    seed_copies: Path, content: str | bytes, fragment: str
) -> None:
    sidecar = seed_copies / "metadata.json"
    if isinstance(content, bytes):
        sidecar.write_bytes(content)
    else:
        sidecar.write_text(content, encoding="utf-8")
    documents, problems = _by_id([seed_copies])
    assert sorted(documents) == [SEED_000, SEED_001]
    assert [problem.path for problem in problems] == [str(sidecar)]
    assert fragment in describe(problems[0], "en")


def test_sidecar_unknown_field_is_reported_and_known_fields_still_apply(seed_copies: Path) -> None:
    sidecar = {SEED_000: {"year": 2030, "author": "X"}, SEED_001: {"year": "hai nghìn"}}
    (seed_copies / "metadata.json").write_text(json.dumps(sidecar), encoding="utf-8")
    documents, problems = _by_id([seed_copies])
    assert documents[SEED_000].year == 2030
    assert documents[SEED_001].year == 2024  # the bad entry is ignored
    messages = [describe(problem, "en") for problem in problems]
    assert len(messages) == 2
    assert any('unknown field(s) "author"' in message for message in messages)
    assert any(SEED_001 in message and "a whole number 1945–2100" in message for message in messages)


# --- unreadable inputs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "advice"),
    [
        ("empty.txt", b"", "is empty, there is no text in it; add the article text"),
        ("blank.txt", b"  \n\t\r\n", "is empty, there is no text in it; add the article text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file (PNG), not text"),
        ("article.pdf", b"%PDF-1.4\n", "the PDF is damaged or encrypted"),
        ("article.odt", b"PK\x03\x04", ".odt files are not supported; save the article as .txt"),
    ],
)
def test_unreadable_file_is_a_problem_with_advice(
    tmp_path: Path, name: str, content: bytes, advice: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    documents, problems = load_corpus([good, bad])
    assert [document.id for document in documents] == ["good"]
    assert len(problems) == 1
    assert problems[0].path == str(bad)
    assert problems[0].message.startswith(f"{bad}: ")
    assert advice in describe(problems[0], "en")


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "article.txt"
    documents, problems = load_corpus([missing])
    assert documents == ()
    assert [(problem.path, describe(problem, "en")) for problem in problems] == [
        (str(missing), f"{missing}: no such file or folder; check the path.")
    ]
    assert problems[0].message == f"{missing}: không có tệp hay thư mục này; hãy kiểm tra lại đường dẫn."


def test_unreadable_files_in_a_folder_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tiêu đề A\nNội dung năm 2022.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n not an article")
    (tmp_path / "c.txt").write_text("Tiêu đề C\nNội dung năm 2024.", encoding="utf-8")
    (tmp_path / "notes.odt").write_bytes(b"PK")  # not an article suffix: skipped, and named
    documents, problems = load_corpus([tmp_path])
    assert [(document.id, document.year) for document in documents] == [("a", 2022), ("c", 2024)]
    assert [(problem.path, problem.code) for problem in problems] == [
        (str(tmp_path / "notes.odt"), "skipped_unsupported"),
        (str(tmp_path / "b.txt"), "binary"),
    ]


def test_folder_without_articles_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "readme.odt").write_bytes(b"PK")
    documents, problems = load_corpus([tmp_path])
    assert documents == ()
    assert [problem.code for problem in problems] == ["empty_folder", "skipped_unsupported"]
    assert "the folder holds no articles (.txt, .md, .html, .docx, .pdf)" in describe(problems[0], "en")


def test_same_name_in_two_folders_is_a_problem(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "tin.txt").write_text(f"Tiêu đề {folder}\nNội dung.", encoding="utf-8")
    documents, problems = load_corpus([tmp_path / "a", tmp_path / "b"])
    assert [document.path for document in documents] == [str(tmp_path / "a" / "tin.txt")]
    assert len(problems) == 1
    assert "rename one" in describe(problems[0], "en")


def test_same_file_given_twice_loads_once(seeds_dir: Path) -> None:
    path = seeds_dir / f"{SEED_000}.txt"
    documents, problems = load_corpus([path, seeds_dir])
    assert problems == ()
    assert [document.id for document in documents].count(SEED_000) == 1
    assert len(documents) == 5


# --- no year -------------------------------------------------------------------------------------


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


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("Chỉ số sản xuất quý III/2023 tăng 11,2%", 2023),
        ("Xuất khẩu tháng 6/2024 tăng mạnh", 2024),
        ("Đào tạo 50.000 kỹ sư bán dẫn đến năm 2030", None),
    ],
)
def test_article_year_from_the_title_never_a_target_year(title: str, year: int | None) -> None:
    assert build_document("a", f"{title}\nNội dung không nêu năm.").year == year
