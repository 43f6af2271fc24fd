"""The year an article is about: named days, the headline, the publication date, the years reported on."""

from __future__ import annotations

from datetime import datetime

import pytest

from analysis.documents.build import build_document
from analysis.documents.year import infer_year


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


@pytest.mark.parametrize(
    ("title", "body", "published", "year"),
    [
        # a headline's relative year, read against the publication date
        (
            "Quảng Nam chốt 30 nhiệm vụ chuyển đổi số cho năm sau",
            "Năm 2023, tỉnh đạt 52% hồ sơ trực tuyến.",
            datetime(2023, 12, 18),
            2024,
        ),
        (
            "Sang năm, mọi trường học dùng học bạ số",
            "Bộ đã thí điểm ở 20 tỉnh.",
            datetime(2022, 11, 30),
            2023,
        ),
        ("Năm nay, 5G phủ sóng các khu công nghiệp", "Năm 2022 mới có 3 tỉnh.", datetime(2023, 3, 2), 2023),
        # a count before the words makes a span, not the next year
        (
            "Lộ trình dữ liệu số cho hai năm tới",
            "Năm 2024, tỉnh số hóa 70% hồ sơ.",
            datetime(2024, 12, 10),
            2024,
        ),
        # a review published in the first weeks of a year looks back on the year before, even when it
        # names the new year as often as the old one
        (
            "Nhìn lại một năm thanh toán số ở Vĩnh Phúc",
            "Năm 2022, tỉnh có 61% giao dịch không dùng tiền mặt. Năm 2023, tỉnh tiếp tục mở rộng.",
            datetime(2023, 1, 9),
            2022,
        ),
        (
            "Dữ liệu dân cư: nhiều dấu ấn",
            "Năm qua, Bộ Công an làm sạch 90% dữ liệu. Trong năm 2024, ngành kết nối 14 bộ. "
            "Năm 2025 sẽ mở rộng.",
            datetime(2025, 2, 3),
            2024,
        ),
        # "những năm qua" is a span of years, no review
        (
            "Tin",
            "Những năm qua, tỉnh luôn chú trọng chuyển đổi số. Năm 2025, tỉnh phấn đấu 80% hồ sơ trực tuyến.",
            datetime(2025, 1, 20),
            2025,
        ),
        # ... but a review published late in its own year is about that year
        (
            "Khép lại năm chuyển đổi số nhiều kết quả",
            "Năm 2024, tỉnh hoàn thành 95% chỉ tiêu. Năm 2025, tỉnh tập trung dữ liệu.",
            datetime(2024, 12, 27),
            2024,
        ),
    ],
)
def test_a_headline_s_relative_year_and_a_review_s_cues_give_the_year(
    title: str, body: str, published: datetime, year: int
) -> None:
    assert infer_year(title, body, published) == year


@pytest.mark.parametrize(
    ("title", "body", "published", "year"),
    [
        # a plan's headline late in a year, its body naming next year's plan most: about next year
        (
            "Sóc Trăng giao 28 chỉ tiêu chuyển đổi số cho các huyện",
            "Chiều 5/12, tỉnh ban hành Kế hoạch chuyển đổi số năm 2024. Năm 2024, tỉnh phấn đấu 60% hồ sơ "
            "trực tuyến. Năm 2023, tỷ lệ này ước đạt 41%.",
            datetime(2023, 12, 6),
            2024,
        ),
        # an index's year after its name is the year its result reports on, announced the year after
        (
            "Kon Tum tăng 5 bậc về chuyển đổi số",
            "Sáng 9/4, Bộ công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022. Kon Tum xếp thứ 40/63.",
            datetime(2023, 4, 10),
            2022,
        ),
        (
            "Xếp hạng PCI: Long An vào top 10",
            "Theo PCI 2023 công bố sáng 8/5, Long An đạt 68,9 điểm.",
            datetime(2024, 5, 9),
            2023,
        ),
        # a baseline year before the latest result year: the result year, when the page's own is not named
        (
            "Thanh toán số ở An Giang tăng mạnh",
            "Năm 2020, tỉnh có 150.000 tài khoản ví điện tử. Năm 2022, số tài khoản lên 410.000.",
            datetime(2023, 6, 2),
            2022,
        ),
        # this year's plan ("năm nay tỉnh dự kiến …") is no result of this year
        (
            "Sơn La: chợ số phủ 30 xã",
            "Năm 2023, 30 xã có chợ thanh toán bằng mã QR. Năm 2023 cũng có 12 hợp tác xã lên sàn. "
            "Năm nay tỉnh dự kiến mở thêm 20 chợ.",
            datetime(2024, 3, 25),
            2023,
        ),
        # an event dated in the year next to the page's, around the turn of the year, and no other year
        (
            "Lễ khai mạc tuần lễ số",
            "Tối 29/12/2023, tỉnh khai mạc tuần lễ số với 90 gian hàng.",
            datetime(2024, 1, 3),
            2023,
        ),
        ("Hội thảo dữ liệu mở", "Hội thảo diễn ra ngày 9/1/2025 tại Hà Nội.", datetime(2024, 12, 20), 2025),
        # an event of the new year ("Sáng 8/1") outweighs a single mention of the year before
        (
            "Tỉnh ra mắt tổng đài số",
            "Sáng 8/1, tỉnh ra mắt tổng đài 1022. Năm 2023 tỉnh đã số hóa hồ sơ hộ tịch.",
            datetime(2024, 1, 9),
            2024,
        ),
        # a review's own words widen its months: "Nhìn lại …" in March is still about the year before
        (
            "Nhìn lại năm đầu số hóa hộ tịch",
            "Năm qua, tỉnh số hóa 800.000 trang hộ tịch. Trong năm 2023, 100% xã dùng phần mềm mới.",
            datetime(2024, 3, 8),
            2023,
        ),
        # a goal year in the headline that the body never names: the body's result year
        (
            "Đích năm 2030: mọi xã có trạm 5G",
            "Hết năm 2023, 40% xã đã có trạm 5G. Trong năm 2023, nhà mạng lắp 120 trạm.",
            datetime(2024, 7, 1),
            2023,
        ),
    ],
)
def test_the_year_an_article_is_about_beside_its_publication_year(
    title: str, body: str, published: datetime, year: int
) -> None:
    assert infer_year(title, body, published) == year


@pytest.mark.parametrize(
    ("title", "body", "published", "year"),
    [
        # a headline that says the plan was done reports the year it appears in, whatever comes next
        (
            "Tỉnh hoàn thành 18/20 chỉ tiêu chuyển đổi số",
            "Năm 2024, tỉnh hoàn thành 18/20 chỉ tiêu. Năm 2025, tỉnh phấn đấu 90% hồ sơ trực tuyến; "
            "năm 2025 cũng mở rộng dữ liệu mở.",
            datetime(2024, 12, 20),
            2024,
        ),
        # a series of past results in a report of the page's own days ("Sáng 12/6, …") is background
        (
            "Sơ kết ba năm Đề án 06",
            "Sáng 12/6, tỉnh sơ kết ba năm thực hiện Đề án 06. Năm 2021 tỉnh cấp 200.000 thẻ căn cước; "
            "năm 2023 cấp 650.000 thẻ.",
            datetime(2024, 6, 13),
            2024,
        ),
        # a review conference in January is about the year before, though it is dated in the new year
        (
            "Hội nghị tổng kết chuyển đổi số",
            "Hội nghị tổng kết chuyển đổi số\nNgày 7/1, Sở tổ chức hội nghị tổng kết công tác năm 2024. "
            "Tỉnh hoàn thành 95% nhiệm vụ.",
            datetime(2025, 1, 8),
            2024,
        ),
        # the review's own words in the opening paragraph below the headline
        (
            "Bức tranh số của miền Tây",
            "Bức tranh số của miền Tây\nNăm qua, tỉnh đưa vào dùng 12 nền tảng số. Năm 2025 tỉnh sẽ mở rộng.",
            datetime(2025, 1, 4),
            2024,
        ),
    ],
)
def test_a_review_and_a_done_plan_keep_the_year_they_report(
    title: str, body: str, published: datetime, year: int
) -> None:
    assert infer_year(title, body, published) == year


@pytest.mark.parametrize(
    ("title", "body", "published", "year"),
    [
        # a period in the headline: the page's year inside it, its last year after it, its first before it
        (
            "Tổng kết Đề án chính quyền số giai đoạn 2020-2024",
            "Sáng 19/12, tỉnh tổng kết đề án.",
            datetime(2024, 12, 20),
            2024,
        ),
        (
            "Nhìn lại chặng đường 2021-2025",
            "Sau 5 năm, tỉnh đạt 36/40 chỉ tiêu.",
            datetime(2026, 1, 10),
            2025,
        ),
        (
            "Chuyển đổi số giai đoạn 2021-2025: tỉnh đi trước",
            "Tỉnh đã đạt 30/40 chỉ tiêu.",
            datetime(2023, 6, 1),
            2023,
        ),
        (
            "Kế hoạch dữ liệu số 2026-2030 được thông qua",
            "Chiều 9/12, HĐND tỉnh thông qua.",
            datetime(2025, 12, 10),
            2026,
        ),
    ],
)
def test_a_headline_s_period_gives_the_page_s_year_within_it(
    title: str, body: str, published: datetime, year: int
) -> None:
    assert infer_year(title, body, published) == year


@pytest.mark.parametrize(
    ("title", "body", "published", "year"),
    [
        # an index announced on a dated day of the new year reports on the year before: the day is the
        # announcement's, not a result of the year it falls in
        (
            "Hậu Giang tăng 5 bậc về PAPI",
            "Ngày 9/4/2024, Trung tâm Nghiên cứu phát triển công bố Chỉ số PAPI năm 2023. Hậu Giang đạt"
            " 43,2 điểm, tăng 5 bậc so với năm 2022.\nNăm 2024, tỉnh phấn đấu vào nhóm cao nhất.",
            datetime(2024, 4, 10),
            2023,
        ),
        (
            "Bến Tre vào nhóm khá về chuyển đổi số",
            "Sáng 20/6/2025, Bộ Khoa học và Công nghệ công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024."
            " Bến Tre đạt 0,52 điểm, xếp thứ 19/63.",
            datetime(2025, 6, 21),
            2024,
        ),
        # a plan issued on a dated day under a headline naming its horizon is about the year it is issued
        (
            "Cà Mau đặt mục tiêu 100% xã có cáp quang vào năm 2030",
            "Ngày 3/4/2024, UBND tỉnh Cà Mau ban hành Kế hoạch phát triển hạ tầng số đến năm 2030. Theo kế"
            " hoạch, đến năm 2030, 100% xã có cáp quang.\nNăm 2023, tỉnh đạt 82% xã có cáp quang; năm 2022"
            " là 75%.",
            None,
            2024,
        ),
        (
            "Lâm Đồng hướng tới 40% doanh nghiệp dùng nền tảng số năm 2030",
            "Chiều 15/8/2025, HĐND tỉnh Lâm Đồng thông qua Nghị quyết về kinh tế số đến năm 2030, với mục"
            " tiêu đến năm 2030 có 40% doanh nghiệp dùng nền tảng số.\nNăm 2024, tỷ lệ này đạt 21%.",
            datetime(2025, 8, 16),
            2025,
        ),
    ],
)
def test_an_index_s_announcement_and_a_plan_s_horizon_are_no_article_year(
    title: str, body: str, published: datetime | None, year: int
) -> None:
    assert infer_year(title, body, published) == year


@pytest.mark.xfail(
    strict=True,
    reason="kept aside, not tuned on: an index named in nine words before its acronym and year is not read"
    " as an index (the name pattern allows eight words, and an acronym in index_names must meet its year)",
)
def test_article_year_kept_aside_index_with_a_long_name() -> None:
    """Kept aside, written before the rule and not tuned on; it still fails (see the mark)."""
    sipas = (
        "Chiều 28/3/2025, Bộ Nội vụ công bố Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024."
        " Sóc Trăng đạt 84,6%, xếp thứ 12."
    )
    assert infer_year("Sóc Trăng xếp thứ 12 về SIPAS", sipas, datetime(2025, 3, 29)) == 2024


@pytest.mark.xfail(
    strict=True,
    reason="kept aside, not tuned on: a headline year with no goal word ('… vào năm 2030') that the body"
    " names only as a horizon still stands for the article's year",
)
def test_article_year_kept_aside_horizon() -> None:
    """Kept aside, written before the rule and not tuned on; it still fails (see the mark)."""
    plan = (
        "Ngày 20/2/2025, UBND tỉnh Gia Lai ban hành Kế hoạch chuyển đổi số năm 2025, định hướng đến năm"
        " 2030. Đến năm 2030, 90% dịch vụ công được cung cấp trực tuyến toàn trình.\nNăm 2024, tỷ lệ này"
        " đạt 61%."
    )
    assert infer_year("Gia Lai: 90% dịch vụ công trực tuyến toàn trình vào năm 2030", plan, None) == 2025


@pytest.mark.parametrize(
    ("body", "published", "year"),
    [
        # a comparison base with a word between "so với" and its year is no year the text reports on;
        # an undated text then takes the year of its as-of date
        (
            "Tính đến ngày 31/10/2025, cả nước có 8,9 triệu người dùng thẻ bảo hiểm y tế trên ứng dụng."
            " So với cuối năm 2024, số người dùng tăng 2,1 lần.",
            None,
            2025,
        ),
        (
            "Tính đến ngày 15/5/2022, 96% trường học tại Cần Thơ đã thu học phí không dùng tiền mặt, tăng"
            " 27 điểm phần trăm so với giữa năm 2021.",
            None,
            2022,
        ),
        (
            "Sở Tư pháp Phú Yên cho biết, đến ngày 30/6/2024, tỉnh đã số hóa 1,15 triệu bản ghi hộ tịch,"
            " gấp 3 lần so với thời điểm cuối năm 2022.",
            None,
            2024,
        ),
        (
            "Tính đến hết ngày 20/8/2025, Bình Định đã lắp 1.640 camera giám sát giao thông, nhiều hơn 520"
            " camera so với hết năm 2024.",
            None,
            2025,
        ),
        (
            "Từ đầu năm đến ngày 31/7/2023, Lâm Đồng tiếp nhận 48.500 hồ sơ đất đai trực tuyến. So với cùng"
            " thời điểm đầu năm 2022, tỷ lệ này tăng gần gấp đôi.",
            None,
            2023,
        ),
        # a base early in a year is no review of the year before either
        (
            "Đến hết tháng 1/2025, toàn tỉnh có 1,2 triệu tài khoản định danh điện tử, tăng 15% so với đầu"
            " năm 2024.",
            datetime(2025, 2, 10),
            2025,
        ),
        # ... while a year the text reports on, and a base without words between, keep their answers
        ("Năm 2023, tỉnh có 52.000 doanh nghiệp số, tăng 12% so với cuối năm 2022.", None, 2023),
        ("Năm 2024 cả nước có 3 triệu thuê bao, tăng 40% so với cùng kỳ năm 2023.", None, 2024),
    ],
)
def test_a_comparison_base_with_words_before_its_year_is_no_article_year(
    body: str, published: datetime | None, year: int
) -> None:
    assert infer_year("Tin", body, published) == year


def test_a_text_with_only_a_comparison_base_reports_on_the_year_after_it() -> None:
    assert infer_year("Tin", "Số bạn đọc đạt 126.000 người, tăng 35% so với năm 2023.", None) == 2024
    assert infer_year("Tin", "Doanh thu tăng 12,7% so với cùng kỳ năm 2022.", None) == 2023
    assert infer_year("Tin", "Doanh thu tăng mạnh so với cùng kỳ.", None) is None


@pytest.mark.parametrize(
    ("body", "year"),
    [
        # a date the results stand as of names their year, beside the years a series recalls
        (
            "Tính đến ngày 30/9/2024, toàn tỉnh có 1.250 hộ kinh doanh dùng hóa đơn điện tử. Con số này "
            "năm 2022 là 400 hộ, năm 2023 là 820 hộ.",
            2024,
        ),
        (
            "Đến hết ngày 31/12/2023, cổng dịch vụ công tiếp nhận 2,1 triệu hồ sơ; năm 2021 chỉ là 0,6 "
            "triệu, năm 2022 là 1,2 triệu hồ sơ.",
            2023,
        ),
        # how long a rule or an offer holds is no such date, by day or by year
        (
            "Trong năm 2023, Cục Thuế tiếp nhận 5.400 hồ sơ hoàn thuế điện tử. Mức phí ưu đãi có hiệu lực "
            "đến hết năm 2025.",
            2023,
        ),
        (
            "Năm 2024, 41.000 hộ dùng ví điện tử. Chương trình miễn phí chuyển tiền áp dụng đến hết ngày "
            "31/12/2026.",
            2024,
        ),
        # a goal word counted as a noun ("tổng số yêu cầu") sets no goal: its year is reported on
        (
            "Sở Tư pháp tiếp nhận 3.920 yêu cầu qua VNeID, chiếm 55% tổng số yêu cầu của cả năm 2023. Năm "
            "2024, Sở đặt mục tiêu 70%.",
            2023,
        ),
        # a date that only says when something was signed is no such date
        (
            "Ngày 12/3/2024, tỉnh ký kết hợp tác; năm 2023 tỉnh đạt 61% hồ sơ trực tuyến, năm 2023 tăng 9%.",
            2023,
        ),
    ],
)
def test_a_date_results_stand_as_of_names_the_article_year(body: str, year: int) -> None:
    assert infer_year("Tin", body, None) == year


@pytest.mark.parametrize(
    ("title", "body", "published", "year"),
    [
        # an as-of date beside a plan of the next year: the plan's year names no result
        (
            "Tin",
            "Tính đến 31/12/2022, cổng dịch vụ công có 1,2 triệu tài khoản. Từ ngày 1/3/2023, mọi hồ sơ phải "
            "nộp trực tuyến. Năm 2023, tỉnh phấn đấu đạt 2 triệu tài khoản.",
            None,
            2022,
        ),
        # a page of early January whose lead reports the year before, its new year only a plan
        (
            "Điện lực tỉnh: 97% khách hàng thanh toán không dùng tiền mặt",
            "Điện lực tỉnh: 97% khách hàng thanh toán không dùng tiền mặt\nNăm 2024, Công ty phục vụ 380.000 "
            "khách hàng; 97% thanh toán không dùng tiền mặt.\nNăm 2025, Công ty phấn đấu đạt 99%.",
            datetime(2025, 1, 9),
            2024,
        ),
    ],
)
def test_an_as_of_date_and_a_january_lead_give_the_year_reported(
    title: str, body: str, published: datetime | None, year: int
) -> None:
    assert infer_year(title, body, published) == year


@pytest.mark.parametrize(
    ("title", "body", "year"),
    [
        # a value of an earlier year set against the reported one is a base, whatever compares them
        (
            "Chợ Đông Ba bán hàng qua mã QR",
            "Doanh thu qua mã QR đạt 38%, cao hơn nhiều so với mức 12% của năm 2021. Đến năm 2025, chợ "
            "phấn đấu 100% tiểu thương có mã QR.",
            2022,
        ),
        ("Trường thu học phí không tiền mặt", "Tỷ lệ này cao hơn hẳn mức 45% của năm 2022.", 2023),
        ("Thư viện số", "Lượt mượn sách điện tử đạt 12.000, gấp 3 lần con số 4.000 của năm 2020.", 2021),
        # a result against its base comes before a plan's year
        (
            "Bệnh viện huyện dùng bệnh án điện tử",
            "Tỷ lệ bệnh nhân có bệnh án điện tử đạt 91%, vượt xa mức 40% năm 2022. Bệnh viện dự kiến năm "
            "2026 bỏ hẳn bệnh án giấy.",
            2023,
        ),
        # a value reached in a year is that year's
        ("Bãi đỗ xe", "Tỷ lệ giao dịch không dùng tiền mặt đạt mức 63% trong năm 2023.", 2023),
        # what began in a year is reported on in that year at the earliest; the year before is how things were
        (
            "Xã Tân Lập họp dân qua Zalo",
            "Từ đầu năm 2024, xã lấy ý kiến người dân qua nhóm Zalo. Năm 2023, mỗi cuộc họp thôn chỉ có "
            "30% số hộ dự. Nay tỷ lệ hộ góp ý đạt 70%, trong khi năm 2023 chỉ 30%.",
            2024,
        ),
        (
            "Phường số hóa hồ sơ hộ tịch",
            "Từ tháng 3/2023, phường số hóa sổ hộ tịch. Năm 2022, cán bộ mất 2 ngày để tra một hồ sơ.",
            2023,
        ),
        # a start that is a plan, or a period, bounds nothing
        ("Thu phí", "Năm 2024, 60% bãi đỗ thu phí điện tử. Từ năm 2026, thành phố sẽ bỏ vé giấy.", 2024),
        ("Kho", "Từ năm 2019 đến năm 2021, kho số hóa 1,2 triệu trang. Năm 2020 đạt 400.000 trang.", 2020),
    ],
)
def test_an_earlier_value_and_a_start_bound_the_year_reported(title: str, body: str, year: int) -> None:
    assert infer_year(title, f"{title}\n{body}", None) == year


@pytest.mark.parametrize(
    ("body", "year"),
    [
        # a school year stands for its last year, but for its first where the text speaks of its start
        ("Năm học 2021-2022 khởi đầu khi dịch còn phức tạp, 412.000 học sinh học trực tuyến.", 2021),
        ("Khai giảng năm học 2023-2024, toàn tỉnh có 98% trường có mạng cáp quang.", 2023),
        ("Kết thúc năm học 2022-2023, 95% học sinh có học bạ số.", 2023),
        ("Trong năm học 2023-2024, ngành giáo dục số hóa 1.200 bài giảng.", 2024),
    ],
)
def test_a_school_year_is_its_first_year_at_its_start(body: str, year: int) -> None:
    assert infer_year("Giáo dục số", f"Giáo dục số\n{body}", None) == year


@pytest.mark.parametrize(
    ("title", "body", "year"),
    [
        (
            "Bắc Kạn: 5.400 chữ ký số cấp cho người dân",
            "Theo Luật Giao dịch điện tử năm 2023, chữ ký số có giá trị pháp lý như chữ ký tay. Tỉnh đã cấp "
            "5.400 chữ ký số, tăng 3 bậc so với năm 2024. Năm 2026, tỉnh phấn đấu cấp thêm 10.000 chữ ký số.",
            2025,
        ),
        (
            "Hà Giang: sổ sức khỏe điện tử cho người cao tuổi",
            "Thực hiện Luật Người cao tuổi năm 2009 và Đề án 06, ngành y tế đã lập 61.200 sổ sức khỏe điện "
            "tử, tăng 18% so với năm 2022.",
            2023,
        ),
        (
            "Điện Biên: hợp đồng lao động điện tử",
            "Theo Bộ luật Lao động năm 2019, hợp đồng có thể giao kết điện tử. Năm 2023, 46 doanh nghiệp ký "
            "3.120 hợp đồng lao động điện tử.",
            2023,
        ),
        # a plan's "năm 2024" is no law's: "Kế hoạch chuyển đổi số năm 2024" still names its year
        ("Kế hoạch mới", "Tỉnh ban hành Kế hoạch chuyển đổi số năm 2024, giao 35 chỉ tiêu.", 2024),
    ],
)
def test_the_year_a_law_was_passed_is_no_article_year(title: str, body: str, year: int) -> None:
    assert infer_year(title, body, None) == year
