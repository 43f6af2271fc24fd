"""The outlet an article names: datelines, source lines, footers, the portal's name; datelines stripped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.documents.build import build_document
from analysis.outlets import infer_outlet, names_outlet, strip_outlet_prefix


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
        (["Báo Thái Nguyên - Năm 2025, bệnh viện tổ chức 1.260 ca hội chẩn"], "Báo Thái Nguyên"),
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
        # a paper's capitalised name without brackets; "Báo cáo của Sở" is no name
        ("Báo Thái Nguyên - Năm 2025, bệnh viện hội chẩn", "Năm 2025, bệnh viện hội chẩn"),
        ("Báo Ấp Bắc – Sáng 5/3, tỉnh họp", "Sáng 5/3, tỉnh họp"),
        ("Báo cáo của Sở - năm 2025 có 1.260 ca", "Báo cáo của Sở - năm 2025 có 1.260 ca"),
    ],
)
def test_strip_outlet_prefix(line: str, stripped: str) -> None:
    assert strip_outlet_prefix(line) == stripped


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
    ("line", "outlet"),
    [
        # the paper's name opening its footer, before the editor or the licence
        (
            "Báo Sài Gòn Giải Phóng điện tử. Tổng biên tập: Nguyễn Văn A. Giấy phép số 12/GP-BTTTT.",
            "Báo Sài Gòn Giải Phóng điện tử",
        ),
        (
            "Tạp chí Điện tử Tri thức. Giấy phép số 200/GP-BTTTT. Địa chỉ: 1 Lý Thường Kiệt.",
            "Tạp chí Điện tử Tri thức",
        ),
        ("Zing News. Tổng biên tập: Trần Văn B. © 2023.", "Zing News"),
        # "Toàn bộ bản quyền thuộc …" after other footer text
        ("© 2005-2024. Toàn bộ bản quyền thuộc Dân Việt.", "Dân Việt"),
    ],
)
def test_a_footer_that_opens_with_the_outlet_s_name_names_it(line: str, outlet: str) -> None:
    assert infer_outlet([line]) == outlet
    assert names_outlet(line)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # a source in parentheses, alone or after the writer's name
        ("(Theo Tiền Phong)", "Tiền Phong"),
        ("Lan Hương (theo Báo Đắk Lắk)", "Báo Đắk Lắk"),
        # the writer's name, then the agency
        ("Quang Huy (TTXVN)", "TTXVN"),
        # a source line with a full address gives the site; "Nguồn tin:" is a source line too
        ("Nguồn: https://baodaklak.vn/kinh-te/chuyen-doi-so-12345.html", "baodaklak.vn"),
        ("Nguồn tin: Báo Kon Tum", "Báo Kon Tum"),
        # copyright words after the year, or doubled
        ("© 2023 Bản quyền thuộc Báo Bắc Giang", "Báo Bắc Giang"),
        ("© Copyright 2025 Báo Điện tử Tổ Quốc", "Báo Điện tử Tổ Quốc"),
        # the footer's request to cite the outlet
        ('Ghi rõ nguồn "Báo Yên Bái" khi phát hành lại thông tin từ website này.', "Báo Yên Bái"),
    ],
)
def test_more_source_and_footer_shapes_name_the_outlet(line: str, outlet: str) -> None:
    assert infer_outlet([line]) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 45,2% trong quý II (theo Văn phòng UBND tỉnh).",
        "Nguồn ảnh: TTXVN",
        "Ông Nguyễn Văn Nam (Sở TT&TT) cho biết tỉnh đã cấp 10.000 chữ ký số.",
    ],
)
def test_a_sentence_citing_a_source_names_no_outlet(line: str) -> None:
    assert infer_outlet([line]) is None


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        # a dateline's short form and the footer's full name of the same outlet: the name wins
        (
            ["(BPO) - Sáng 3/6, tỉnh khai trương", "Báo Bình Phước điện tử. Giấy phép số 10/GP-BTTTT."],
            "Báo Bình Phước điện tử",
        ),
        (["NLĐO - Chiều 2/8, thành phố", "© Bản quyền thuộc Báo Người Lao Động"], "Báo Người Lao Động"),
        (["HNM - Ngày 12/9, Sở", "Nguồn: Báo Hà Nội Mới"], "Báo Hà Nội Mới"),
        # another outlet's footer, or a name that is not the short form's, leaves the dateline
        (["VOV.VN - Sáng 20/10, Bộ", "© Bản quyền thuộc Báo Nhân Dân"], "VOV.VN"),
        (["(TTXVN) - Sáng nay", "Nguồn: Báo Tin tức"], "TTXVN"),
        (["LSO - Sáng nay", "Website: Cổng thông tin điện tử tỉnh Lào Cai"], "LSO"),
    ],
)
def test_a_name_beats_its_abbreviation_when_both_name_the_outlet(lines: list[str], outlet: str) -> None:
    assert infer_outlet(lines) == outlet


def test_a_name_beats_its_abbreviation_kept_aside() -> None:
    """Kept aside, written before the rule and not tuned on."""
    assert infer_outlet(["(QNO) - Sáng 14/5, Sở", "© Báo Quảng Ninh điện tử"]) == "Báo Quảng Ninh điện tử"


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        # the closing byline: the writer's name, then the paper's or the portal's name in parentheses
        (["Tỉnh đã cấp 5.000 chữ ký số.", "Hoàng Yến (Báo Hưng Yên)"], "Báo Hưng Yên"),
        (["Tỉnh đã cấp 5.000 chữ ký số.", "(Báo Sơn La)"], "Báo Sơn La"),
        (["Quốc Tuấn (Báo Quảng Bình điện tử)."], "Báo Quảng Bình điện tử"),
        (["Thảo Vy (Cổng TTĐT tỉnh Ninh Thuận)"], "Cổng TTĐT tỉnh Ninh Thuận"),
        (["(Tạp chí Thông tin và Truyền thông)"], "Tạp chí Thông tin và Truyền thông"),
        # a copyright line's words on the rights after the name are no part of it
        (["© 2023 VietTimes, All rights reserved"], "VietTimes"),
        (["Copyright © 2024 Báo Phú Yên - All Rights Reserved."], "Báo Phú Yên"),
        (
            ["Bản quyền © 2025 Cổng thông tin điện tử tỉnh Lai Châu | Bảo lưu mọi quyền"],
            "Cổng thông tin điện tử tỉnh Lai Châu",
        ),
        # a name printed without its diacritics, spelled as an outlet's name or the page spells it
        (["© Copyright 2024 NguoiLaoDong, All rights reserved"], "Người Lao Động"),
        (["Website: DAN TRI"], "Dân Trí"),
        (["© 2024 BaoLangSon", "Website: Báo Lạng Sơn"], "Báo Lạng Sơn"),
        # the owning agency is the outlet only when nothing else names one
        (
            [
                "Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Gia Lai",
                "Website: Cổng TTĐT tỉnh Gia Lai",
            ],
            "Cổng TTĐT tỉnh Gia Lai",
        ),
        (
            ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI", "Cơ quan chủ quản: UBND tỉnh Gia Lai"],
            "Cổng thông tin điện tử tỉnh Gia Lai",
        ),
        (["Cơ quan chủ quản: UBND tỉnh Gia Lai"], "UBND tỉnh Gia Lai"),
    ],
)
def test_closing_bylines_copyright_lines_and_spelling_name_the_outlet(lines: list[str], outlet: str) -> None:
    assert infer_outlet(lines) == outlet


@pytest.mark.parametrize(
    "line",
    [
        # a report in parentheses, a lower-case head, a company keeping its rights, a sentence
        "Tỷ lệ này đạt 62% (báo cáo của Sở)",
        "Nguyễn Văn An (báo cáo viên)",
        "Tỷ lệ đạt 62% (Báo cáo của Sở)",
        "Doanh nghiệp giữ bản quyền phần mềm do mình phát triển",
        "Tỉnh đã cấp 3.000 chữ ký số (Báo Cà Mau đưa tin hôm qua).",
    ],
)
def test_parentheses_and_rights_in_a_sentence_name_no_outlet(line: str) -> None:
    assert infer_outlet([line]) is None


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        # a committee holding the copyright owns the portal; the portal name in capitals is the outlet
        (
            ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH", "Tin tức", "© 2024 Bản quyền thuộc UBND tỉnh Trà Vinh"],
            "Cổng thông tin điện tử tỉnh Trà Vinh",
        ),
        # with nothing else on the page, the owner is still said (as "Cơ quan chủ quản" is)
        (["Tin tức", "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Trà Vinh"], "Ủy ban nhân dân tỉnh Trà Vinh"),
        # a ministry's own site holds its own copyright: that is its name
        (["© Bản quyền thuộc Bộ Tư pháp"], "Bộ Tư pháp"),
    ],
)
def test_a_committee_holding_the_copyright_owns_the_portal_it_does_not_name_it(
    lines: list[str], outlet: str
) -> None:
    assert infer_outlet(lines) == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # a dateline whose outlet's name holds a dash
        ("(Báo Bà Rịa - Vũng Tàu) - Năm 2024, huyện Côn Đảo khám 1.120 ca.", "Báo Bà Rịa - Vũng Tàu"),
        ("(BR-VT) - Năm 2024, huyện Côn Đảo khám 1.120 ca.", "BR-VT"),
    ],
)
def test_a_dateline_outlet_may_hold_a_dash(line: str, outlet: str) -> None:
    assert build_document("d", f"Tin\n{line}").outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "(Ảnh minh họa) - Năm 2024, huyện Côn Đảo khám 1.120 ca.",
        "(Video) - Năm 2024, huyện Côn Đảo khám 1.120 ca.",
        "(Ảnh: Thanh Hà) - Năm 2024, huyện Côn Đảo khám 1.120 ca.",
    ],
)
def test_a_captions_brackets_before_a_dash_name_no_outlet(line: str) -> None:
    assert build_document("d", f"Tin\n{line}").outlet is None


@pytest.mark.parametrize(
    ("text", "outlet", "opening"),
    [
        # a paper's short tag in capitals opens the body, then a capitalised word or a number
        ("Tuyên Quang số hóa hồ sơ\nBTQ - Năm 2022, tỉnh số hóa 1,2 triệu trang.", "BTQ", "Năm 2022, tỉnh"),
        ("Hòa Bình: 68% hộ dùng mã QR\nHBĐT - Đến cuối năm 2023, 68% hộ dùng mã QR.", "HBĐT", "Đến cuối năm"),
        ("Phú Yên nộp thuế qua mạng\nBPY - 95.300 hồ sơ khai thuế được nộp qua mạng.", "BPY", "95.300 hồ sơ"),
        # the tag yields to the paper's name where the page gives it, "ĐT" standing for its "điện tử" edition
        (
            "Báo Yên Bái\nThời sự | Kinh tế\n\nYên Bái: chợ vùng cao dùng mã QR\n"
            "Thứ Ba, 19/03/2024 | 10:30\n\n"
            "YBĐT - Năm 2023, toàn tỉnh có 42 chợ dùng mã QR.",
            "Báo Yên Bái",
            "Năm 2023, toàn tỉnh",
        ),
        (
            "Ninh Bình chứng thực điện tử\nBNB - Năm 2021, tỉnh chứng thực 62.418 bản sao.\n"
            "© Bản quyền thuộc Báo Ninh Bình.",
            "Báo Ninh Bình",
            "Năm 2021, tỉnh",
        ),
    ],
)
def test_a_paper_s_short_tag_opening_the_body_names_it_and_leaves_the_body(
    text: str, outlet: str, opening: str
) -> None:
    document = build_document("d", text)
    assert document.outlet == outlet
    assert any(line.startswith(opening) for line in document.body.splitlines()), document.body
    assert not any(re.match(r"[A-ZĐ]{2,5} - ", line) for line in document.body.splitlines())


@pytest.mark.parametrize(
    "text",
    [
        # an acronym a lead opens with, before a lower-case word or listed as no outlet's tag
        "Trợ lý ảo ở bộ phận một cửa\nAI - công cụ hỗ trợ mới. Năm 2024, 227 bộ phận một cửa dùng trợ lý ảo.",
        "Kế hoạch năm 2024\nUBND - Cơ quan thường trực của Ban Chỉ đạo giao chỉ tiêu cho 65 xã.",
        "Kế hoạch năm 2024\nUBND - cơ quan thường trực của Ban Chỉ đạo - đã giao chỉ tiêu cho 65 xã.",
        # a glossary line far down the body is no dateline
        "Thuật ngữ\nNăm 2024 tỉnh có 12 khu.\nĐoạn hai.\nĐoạn ba.\nĐoạn bốn.\nĐoạn năm.\n"
        "KCNC - Khu công nghệ cao.",
    ],
)
def test_an_acronym_before_a_dash_is_no_paper_s_tag(text: str) -> None:
    document = build_document("d", text)
    assert document.outlet is None
    assert re.search(r"^[A-ZĐ]{2,5} - ", document.body, re.MULTILINE), document.body  # the line stays whole


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Tin\nNăm 2024, tỉnh có 2.013 tổ.\nThu Hà (Báo Hà Giang) thực hiện", "Báo Hà Giang"),
        (
            "Tin\nNăm 2023, 12/12 bệnh viện dùng bệnh án điện tử.\nPhóng viên Lê Mai (Báo Sơn La) thực hiện.",
            "Báo Sơn La",
        ),
        ("Tin\nNăm 2023, 12/12 bệnh viện dùng bệnh án điện tử.\nHà An (Báo Lai Châu) ghi", "Báo Lai Châu"),
    ],
)
def test_an_interview_s_closing_byline_names_the_paper(text: str, outlet: str) -> None:
    assert build_document("d", text).outlet == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Phòng họp không giấy\nNăm 2022, HĐND tỉnh đưa phòng họp không giấy vào vận hành. "
            "Phóng viên Báo Hà Tĩnh đã có cuộc trao đổi với ông Phan Đình Lộc.\nThu Hương (thực hiện)",
            "Báo Hà Tĩnh",
        ),
        ("Tin\nPV Báo Lạng Sơn phỏng vấn bà Hoàng Thị Mai về chuyển đổi số.", "Báo Lạng Sơn"),
        # a reporter of no named paper credits none
        ("Tin\nPhóng viên báo chí đã có cuộc trao đổi với ông Nguyễn Văn A.", None),
    ],
)
def test_an_interview_s_lead_crediting_the_paper_s_reporter_names_it(text: str, outlet: str | None) -> None:
    assert build_document("d", text).outlet == outlet


def test_a_lead_crediting_the_reporter_stays_in_the_body() -> None:
    text = (
        "Tin\n(BSL) - Năm 2023, 225/225 cơ sở khám, chữa bệnh đã tiếp đón người bệnh bằng căn cước. "
        "Phóng viên Báo Sơn La có cuộc trao đổi với ông Cầm Văn Thủy về kết quả này."
    )
    document = build_document("d", text)
    assert document.outlet in {"BSL", "Báo Sơn La"}
    assert "225/225 cơ sở" in document.body
