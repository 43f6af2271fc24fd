"""Who or where a figure is measured for: places, the whole country, a province's article."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.measure.places import article_place, is_place, named_place, place_name
from analysis.types import Sentence


@pytest.mark.parametrize(
    ("label", "place"),
    [
        ("Việt Nam", True),
        ("tỉnh", True),
        ("TP Hồ Chí Minh", True),
        ("kinh tế số", False),
        ("DTI", False),
        ("Bộ Tài chính", True),
        ("Sở Thông tin và Truyền thông", True),
        ("khối bộ, ngành", True),
        ("khối tỉnh, thành", True),
        ("Thừa Thiên Huế", True),
        ("tỉnh Lâm Đồng", True),
        ("Bà Rịa - Vũng Tàu", True),
        ("Cao Bằng", True),
        ("khối lượng dữ liệu", False),
        # a lower-case place head with what kind of place it is; not a noun that only starts like one
        ("các xã vùng cao", True),
        ("huyện biên giới", True),
        ("xã hội số", False),
        ("tỉnh ủy", False),
        # a school or a hospital by its name is whom a figure is for, like a ministry
        ("Trường THCS Nguyễn Du", True),
        ("Bệnh viện Đa khoa Phú Yên", True),
        ("trường học", False),
    ],
)
def test_is_place(label: str, place: bool) -> None:
    assert is_place(label) is place


def test_the_whole_country_is_no_place() -> None:
    assert [named_place(p) for p in ("cả nước", "toàn quốc", "tỉnh", "Yên Bái", "khối địa phương")] == [
        None,
        None,
        None,
        "Yên Bái",
        "khối địa phương",
    ]


def test_a_provinces_article_measures_its_figures_for_that_province() -> None:
    sentences = [
        Sentence("d", 0, "Nam Định tăng 12 bậc về chỉ số chuyển đổi số"),
        Sentence("d", 1, "Năm 2023, 100% xã, phường có Tổ công nghệ số cộng đồng."),
        Sentence("d", 2, "Tỉnh có 1.200 thành viên tổ công nghệ số."),
        Sentence("d", 3, "Tỷ lệ hồ sơ trực tuyến của cả nước đạt 45%."),
        Sentence("d", 4, "Thái Bình đạt 60%."),
    ]
    figures = article_place(extract_figures(sentences, doc_year=2023), sentences)
    assert [(f.value, f.place) for f in figures] == [
        (12, "Nam Định"),
        (100, "Nam Định"),
        (1200, "Nam Định"),
        (45, None),
        (60, "Thái Bình"),
    ]


def test_an_article_about_the_whole_country_gives_no_province() -> None:
    sentences = [
        Sentence("d", 0, "Long An dẫn đầu về tỷ lệ thanh toán trực tuyến"),
        Sentence("d", 1, "Tỷ lệ thanh toán trực tuyến năm 2023 chênh lệch lớn giữa các địa phương."),
        Sentence("d", 2, "Tổng số tiền thanh toán trực tuyến đạt hơn 7.400 tỷ đồng."),
    ]
    assert [f.place for f in article_place(extract_figures(sentences, doc_year=2023), sentences)] == [None]


def test_a_provincial_paper_gives_its_figures_its_province() -> None:
    sentences = [
        Sentence("d", 0, "Ứng dụng đô thị thông minh vượt mốc 500.000 lượt tải", 0),
        Sentence("d", 1, "Sau một năm, ứng dụng có 520.000 lượt tải, 91% phản ánh được xử lý đúng hạn.", 1),
        Sentence("d", 2, "Ứng dụng do Sở Thông tin và Truyền thông vận hành.", 1),
        Sentence("d", 3, "Cả nước hiện có 48 tỉnh, thành phố triển khai ứng dụng tương tự.", 2),
    ]
    found = extract_figures(sentences, doc_year=2024, outlet="Báo Bắc Giang")
    assert [(f.value, f.place) for f in found] == [
        (500000.0, "Bắc Giang"),
        (520000.0, "Bắc Giang"),
        (91.0, "Bắc Giang"),
        (48.0, None),
    ]
    assert [f.place for f in extract_figures(sentences, doc_year=2024)] == [None, None, None, None]


def test_a_figure_of_ho_chi_minh_city_written_short_names_it() -> None:
    sentences = [
        Sentence("d", 0, "TP.HCM đẩy mạnh thanh toán số", 0),
        Sentence("d", 1, "Năm 2024, 86% hộ kinh doanh trong chợ nhận thanh toán qua mã QR.", 1),
    ]
    assert [f.place for f in extract_figures(sentences, doc_year=2024)] == ["TP.HCM"]


def test_a_ranks_field_in_the_lead_is_no_national_article() -> None:
    # "xếp thứ 12/63 tỉnh, thành phố", "đứng thứ 5 cả nước": the field a rank is counted in, not the country
    sentences = [
        Sentence("d", 0, "Phú Yên tăng 7 bậc về chỉ số cải cách hành chính", 0),
        Sentence("d", 1, "Năm 2023, Phú Yên xếp thứ 12/63 tỉnh, thành phố về chỉ số cải cách hành chính.", 1),
        Sentence("d", 2, "Tỉnh đứng thứ 5 cả nước về dịch vụ công, với 1.350 hồ sơ trực tuyến mỗi tháng.", 1),
        Sentence("d", 3, "Điểm chỉ số của tỉnh đạt 88,4 điểm.", 2),
    ]
    found = extract_figures(sentences, doc_year=2023)
    assert [(f.value, f.place) for f in found] == [
        (7.0, "Phú Yên"),
        (12.0, "Phú Yên"),
        (5.0, "Phú Yên"),
        (1350.0, "Phú Yên"),
        (88.4, "Phú Yên"),
    ]


def test_the_country_in_a_later_clause_is_not_the_figures_place() -> None:
    # "…, thấp hơn bình quân cả nước", "…, trong khi cả nước …": the country is compared with, the figure is
    # the province's
    sentences = [
        Sentence("d", 0, "Phú Yên phát triển thương mại điện tử", 0),
        Sentence("d", 1, "Sở Công Thương tổ chức hội nghị tổng kết năm.", 1),
        Sentence("d", 2, "Các doanh nghiệp chia sẻ kinh nghiệm bán hàng.", 1),
        Sentence("d", 3, "Tỉnh có 3.400 cửa hàng bán trực tuyến, cao hơn bình quân cả nước.", 2),
        Sentence("d", 4, "Cả nước có 1,2 triệu cửa hàng bán trực tuyến.", 2),
    ]
    found = extract_figures(sentences, doc_year=2023)
    assert [(f.value, f.place) for f in found] == [(3400.0, "Phú Yên"), (1200000.0, None)]


def test_a_name_ending_in_the_country_or_a_leading_group_is_no_national_article() -> None:
    # "Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam công bố", "nhóm dẫn đầu cả nước gồm …": a publisher's name
    # and a rank's field, the article is still the province's
    sentences = [
        Sentence("d", 0, "Phú Yên vào nhóm khá về chỉ số chính phủ số", 0),
        Sentence(
            "d",
            1,
            "Theo bảng xếp hạng do Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam công bố, Phú Yên tăng 5 bậc.",
            1,
        ),
        Sentence("d", 2, "Nhóm dẫn đầu cả nước vẫn là các thành phố lớn.", 1),
        Sentence("d", 3, "Tỉnh có 420 điểm truy cập Internet công cộng.", 2),
        Sentence("d", 4, "Điểm trung vị của bảng xếp hạng là 0,61.", 2),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.place) for f in found] == [(5.0, "Phú Yên"), (420.0, "Phú Yên"), (0.61, None)]
    sentences[1] = Sentence("d", 1, "Theo Tổng công ty Bưu điện Việt Nam (VNPost), Phú Yên tăng 5 bậc.", 1)
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.place) for f in found] == [(5.0, "Phú Yên"), (420.0, "Phú Yên"), (0.61, None)]


def test_an_area_within_the_province_or_its_own_budget_is_not_the_country() -> None:
    # "khu vực nông thôn" is part of the province, "ngân sách địa phương" its own budget; "các địa phương" are
    # many provinces
    sentences = [
        Sentence("d", 0, "Phú Yên mở rộng thanh toán không dùng tiền mặt", 0),
        Sentence("d", 1, "Sở Thông tin và Truyền thông tổ chức hội nghị sơ kết.", 1),
        Sentence("d", 2, "Các ngân hàng trình bày kết quả.", 1),
        Sentence("d", 3, "Có 76% hộ gia đình ở khu vực nông thôn dùng ví điện tử.", 2),
        Sentence("d", 4, "Chi cho hạ tầng số chiếm 2,4% tổng chi ngân sách địa phương.", 2),
        Sentence("d", 5, "Các địa phương chi bình quân 1,6% cho hạ tầng số.", 2),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.place) for f in found] == [(76.0, "Phú Yên"), (2.4, "Phú Yên"), (1.6, None)]


def test_a_school_named_as_the_subject_is_the_figures_place() -> None:
    sentence = "Trường THCS Nguyễn Du đạt 85/100 điểm chuyển đổi số, cao nhất huyện."
    found = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [f.place for f in found] == ["Trường THCS Nguyễn Du"]


@pytest.mark.parametrize(
    ("place", "name"),
    [
        ("tỉnh Bình Phước", "Bình Phước"),
        ("Bình Phước", "Bình Phước"),
        ("UBND thành phố Cần Thơ", "Cần Thơ"),
        ("toàn tỉnh Lào Cai", "Lào Cai"),
        # anything but one province with the province's own words before it stays as written
        ("khối bộ, ngành", "khối bộ, ngành"),
        ("Hà Nội và Đà Nẵng", "Hà Nội và Đà Nẵng"),
        ("huyện Lộc Ninh", "huyện Lộc Ninh"),
        ("Sở Y tế tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An"),
        ("Bộ Tài chính", "Bộ Tài chính"),
    ],
)
def test_a_province_is_one_place_however_the_article_names_it(place: str, name: str) -> None:
    assert place_name(place) == name
