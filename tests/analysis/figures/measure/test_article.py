"""The place an article is about: a district, town or ward its headline names takes its figures from the
province its lead puts it in (articles written here, read by the real tagger)."""

from __future__ import annotations

import pytest

from analysis.documents.build import build_document
from analysis.evaluate.matching import place_agrees
from analysis.figures.measure.article import find_article_locality
from analysis.pipeline import analyze_document
from analysis.types import Sentence


def _places(text: str) -> dict[str, str | None]:
    figures = analyze_document(build_document("d", text, overrides={"year": 2024})).figures
    return {figure.text: figure.place for figure in figures}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a district named bare in the headline and with its head and province in the lead
        (
            "Côn Đảo: người dân đặt lịch khám qua ứng dụng\n(Báo Bà Rịa - Vũng Tàu) - Năm 2024, Trung tâm "
            "Y tế huyện Côn Đảo (tỉnh Bà Rịa - Vũng Tàu) tiếp nhận 4.200 lượt đặt lịch khám. Có 62% người "
            "bệnh đã thanh toán viện phí bằng mã QR.",
            {"4.200 lượt": "Côn Đảo", "62%": "Côn Đảo"},
        ),
        # a ward: "Phường có …" is that ward's
        (
            "Chuyện ở phường Tân Lập: họp dân qua Zalo\nTừ năm 2024, phường Tân Lập (thành phố Buôn Ma "
            "Thuột) họp dân qua nhóm Zalo. Phường có 18 tổ dân phố. Đến nay 15/18 tổ đã lập nhóm.",
            {"18 tổ dân phố": "Tân Lập", "15/18 tổ": "Tân Lập"},
        ),
        # a city of a province whose paper reports it
        (
            "Hội An số hóa 120 di tích\n(Báo Quảng Nam) - UBND TP Hội An vừa số hóa 120 di tích bằng công "
            "nghệ 3D. Thành phố đầu tư 4,5 tỷ đồng cho dự án.",
            {"120 di tích": "Hội An", "4,5 tỷ đồng": "Hội An"},
        ),
        # a commune; the province's own total stays the province's
        (
            "Xã Đông Hải bán nông sản qua sàn điện tử\nNăm 2023, xã Đông Hải (huyện Trần Đề, tỉnh Sóc "
            "Trăng) có 46 hộ đưa sản phẩm lên sàn. Toàn tỉnh Sóc Trăng có 1.350 hộ bán hàng trên sàn.",
            {"46 hộ": "Đông Hải", "1.350 hộ": "Sóc Trăng"},
        ),
    ],
)
def test_figures_of_an_article_about_a_locality_are_that_locality_s(
    text: str, wanted: dict[str, str]
) -> None:
    places = _places(text)
    for number, place in wanted.items():
        found = [found for written, found in places.items() if written.startswith(number)]
        assert len(found) == 1, places
        assert place_agrees(found[0], [place]), (number, found[0])


def test_a_province_article_and_a_news_agency_s_name_keep_the_province_and_the_country() -> None:
    # "Thông tấn xã Việt Nam" is no commune; a locality the headline does not name is where things happen
    places = _places(
        "Việt Nam phủ sóng 5G\nVIETNAM+ | Thông tấn xã Việt Nam\nNăm 2024, mạng 5G đã phủ 91% dân số cả nước."
    )
    assert places["91%"] is None
    places = _places(
        "Long An: 95% hồ sơ được giải quyết trực tuyến\nNăm 2024, tỉnh Long An giải quyết 95% hồ sơ trực "
        "tuyến; riêng huyện Cần Giuộc đạt 98%."
    )
    assert place_agrees(places["95%"], ["Long An"]), places
    # a city of its own written with "TP" is a province, no locality
    lines = ["TP HCM thí điểm bệnh án điện tử", "Sở Y tế TP HCM cho biết 25 bệnh viện đã triển khai."]
    assert find_article_locality([Sentence("d", index, text) for index, text in enumerate(lines)]) is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a lead that ranks the province "among the largest in the country" does not speak of the country
        (
            "Bắc Giang: 1.200 trang trại lên bản đồ số\nĐến cuối năm 2024, ngành nông nghiệp tỉnh đã đưa "
            "1.200 trang trại chăn nuôi lên bản đồ số.\nTỉnh có tổng đàn gà khoảng 20 triệu con, thuộc nhóm "
            "lớn nhất cả nước.\nNăm 2024, 85% trang trại đã dùng sổ nhật ký điện tử.",
            {"1.200 trang trại": "Bắc Giang", "85%": "Bắc Giang"},
        ),
        # "Việt Nam" in a quoted app's name is no country the lead speaks of
        (
            "Nam Định: 95.000 đoàn viên dùng thẻ điện tử\nĐến tháng 9/2024, Liên đoàn Lao động tỉnh đã cấp "
            '95.000 thẻ đoàn viên điện tử.\nThẻ được tích hợp trên ứng dụng "Công đoàn Việt Nam", thay '
            "cho thẻ nhựa.\nNăm 2024, 1.120 công đoàn cơ sở nộp kinh phí qua ngân hàng.",
            {"95.000 thẻ đoàn viên điện tử": "Nam Định", "1.120 công đoàn cơ sở": "Nam Định"},
        ),
        (
            "Thái Bình: 62% hộ dùng ví điện tử\nNăm 2024, toàn tỉnh có 62% hộ gia đình dùng ví điện tử.\n"
            "Ví được liên kết với ứng dụng “Bưu điện Việt Nam” để trả tiền điện, nước.\n"
            "Có 3.400 hộ đã trả học phí qua ví.",
            {"62%": "Thái Bình", "3.400 hộ": "Thái Bình"},
        ),
    ],
)
def test_a_lead_comparing_with_the_country_or_quoting_a_name_keeps_the_province(
    text: str, wanted: dict[str, str]
) -> None:
    places = _places(text)
    assert {number: places.get(number) for number in wanted} == wanted
