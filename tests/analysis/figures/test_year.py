"""The year a figure is about, and whether it is a goal."""

from __future__ import annotations

import pytest

from analysis.documents.build import build_document
from analysis.figures import extract_figures
from analysis.figures.year import year_and_target
from analysis.pipeline import analyze_document
from analysis.types import Sentence


def _year_of(text: str, figure: str, doc_year: int | None = 2024) -> tuple[int | None, bool]:
    start = text.index(figure)
    return year_and_target(text, start, start + len(figure), doc_year)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a year in the sentence before the figure
        ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 84%.", "84%", (2023, False)),
        # a year right after the figure binds to it
        ("Tỷ lệ này đạt 6,3% năm 2022 và 7,1% năm 2023.", "6,3%", (2022, False)),
        # a base year compared with is not the figure's year: the article's year is
        ("Tỷ lệ đạt 84%, tăng 8 điểm phần trăm so với năm 2021.", "84%", (2024, False)),
        # … nor is the year of an earlier count or survey of the same ones
        ("Tỉnh còn 1.130 bếp lò, giảm 12% so với lần kiểm kê năm 2019.", "12%", (2024, False)),
        ("Điểm hài lòng đạt 8,4, cao hơn kỳ khảo sát năm 2022.", "8,4", (2024, False)),
        # no year written: the article's year
        ("Tỷ lệ hồ sơ trực tuyến đạt 84%.", "84%", (2024, False)),
        # a goal: "phấn đấu đến năm 2030"
        ("Phấn đấu đến năm 2030, kinh tế số chiếm 30% GDP.", "30%", (2030, True)),
    ],
)
def test_the_year_and_goal_of_a_figure(text: str, figure: str, expected: tuple[int, bool]) -> None:
    assert _year_of(text, figure) == expected


def test_a_year_after_the_articles_own_is_a_goal() -> None:
    assert _year_of("Năm 2026, tỷ lệ đạt 90%.", "90%") == (2026, True)


def test_no_year_anywhere_leaves_it_unknown() -> None:
    assert _year_of("Tỷ lệ đạt 84%.", "84%", doc_year=None) == (None, False)


def test_a_compared_year_that_opens_its_own_value_is_that_values_year() -> None:
    text = "Số doanh nghiệp dùng hóa đơn điện tử đạt 9.800, trong khi cùng kỳ năm trước chỉ có 7.200."
    assert _year_of(text, "9.800") == (2024, False)
    assert _year_of(text, "7.200") == (2023, False)


def test_the_year_of_an_earlier_survey_compared_with_is_not_the_figures() -> None:
    text = "Chỉ số của tỉnh tăng 5 bậc so với kỳ đánh giá năm 2022, điểm số đạt 0,68."
    assert _year_of(text, "0,68") == (2024, False)


def test_a_goal_after_a_contrast_keeps_the_plans_year() -> None:
    text = "Mục tiêu đến năm 2030, tỷ lệ dân có chữ ký số đạt 60%, trong khi cả nước phấn đấu đạt 70%."
    assert _year_of(text, "70%") == (2030, True)


def test_a_present_word_inside_a_clause_leaves_an_earlier_year_behind() -> None:
    # "hiện", "đến nay" after the subject mark what stands now: the article's year, not 2021
    text = "Năm 2021 tỉnh cấp 9.000 chứng thư số và toàn tỉnh hiện có 25.000 người dùng ví điện tử."
    assert _year_of(text, "9.000", doc_year=2023) == (2021, False)
    assert _year_of(text, "25.000", doc_year=2023) == (2023, False)
    text = "Sau đợt rà soát năm 2022, kho dữ liệu của huyện đến nay lưu trữ 48.000 hồ sơ."
    assert _year_of(text, "48.000", doc_year=2024) == (2024, False)


def test_a_plan_then_what_stands_now_in_the_same_clause_is_no_goal() -> None:
    text = "Tỉnh đặt mục tiêu năm 2025 có 70% hộ dùng cáp quang, nhiều huyện hiện đạt 74%."
    assert _year_of(text, "70%", doc_year=2024) == (2025, True)
    assert _year_of(text, "74%", doc_year=2024) == (2024, False)


def test_hien_inside_a_word_marks_no_present() -> None:
    # "thực hiện", "hiện đại" are words of their own, so the sentence's year still governs
    text = "Năm 2022 Sở đã thực hiện 140 cuộc kiểm tra và hiện đại hóa 12 phòng máy."
    assert _year_of(text, "140", doc_year=2024) == (2022, False)
    assert _year_of(text, "12", doc_year=2024) == (2022, False)


def _paragraph_years(texts: list[str], doc_year: int) -> list[tuple[float, int | None]]:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    sentences = [Sentence("d", index + 1, text, paragraph=1) for index, text in enumerate(texts)]
    return [(f.value, f.year) for f in extract_figures(sentences, doc_year=doc_year)]


def test_what_stands_now_takes_no_year_from_the_sentence_before() -> None:
    texts = [
        "Năm 2020, Bình Thuận xếp thứ 27/63 tỉnh, thành phố về chuyển đổi số.",
        "Trung tâm điều hành của tỉnh hiện kết nối 860 thiết bị cảm biến.",
    ]
    assert _paragraph_years(texts, 2021) == [(27.0, 2020), (860.0, 2021)]


def test_a_sentence_about_now_ends_an_earlier_years_reach() -> None:
    texts = [
        "Năm 2021, tỷ lệ hồ sơ nộp trực tuyến của huyện đạt 38%.",
        "Đến nay, tỷ lệ này đã lên 66%.",
        "Số hồ sơ được số hóa là 420.000.",
    ]
    assert _paragraph_years(texts, 2024) == [(38.0, 2021), (66.0, 2024), (420000.0, 2024)]


def test_a_thuc_hien_sentence_still_takes_the_paragraphs_year() -> None:
    texts = ["Năm 2022, huyện cấp 3.100 chữ ký số.", "Huyện đã thực hiện 45 cuộc diễn tập an toàn thông tin."]
    assert _paragraph_years(texts, 2024) == [(3100.0, 2022), (45.0, 2022)]


def test_a_headline_figure_takes_the_year_the_body_gives_it() -> None:
    from analysis.figures import extract_figures
    from analysis.figures.year import date_headlines
    from analysis.types import Sentence

    title = "Hậu Giang: 1,2 triệu hồ sơ được số hóa"
    sentences = [
        Sentence("d", 0, "Cổng thông tin điện tử tỉnh Hậu Giang"),
        Sentence("d", 1, title, paragraph=1),
        Sentence("d", 2, "Trong năm 2023, ngành tư pháp đã số hóa 1,2 triệu hồ sơ hộ tịch.", paragraph=2),
    ]
    figures = [figure for sentence in sentences for figure in extract_figures([sentence], doc_year=2024)]
    assert [(f.value, f.year) for f in figures] == [(1.2e6, 2024), (1.2e6, 2023)]
    dated = date_headlines(figures, sentences, 2024, title=title)
    assert [(f.value, f.year) for f in dated] == [(1.2e6, 2023), (1.2e6, 2023)]


def test_a_headline_rank_takes_the_year_of_the_ranking_the_body_reports() -> None:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    sentences = [
        Sentence("d", 0, "Bắc Giang vào top 5 địa phương dẫn đầu về cải cách hành chính"),
        Sentence(
            "d", 1, "Theo Chỉ số PAR INDEX năm 2023, Bắc Giang xếp thứ 4/63 tỉnh, thành phố.", paragraph=1
        ),
        Sentence("d", 2, "Tỉnh có 210 thủ tục được cắt giảm thời gian.", paragraph=2),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.kind, f.year) for f in found] == [
        (5.0, "rank", 2023),
        (4.0, "rank", 2023),
        (210.0, "count", 2024),
    ]


def _goal_of(text: str, figure: str, doc_year: int, *, money: bool = False) -> tuple[int | None, bool]:
    start = text.index(figure)
    return year_and_target(text, start, start + len(figure), doc_year, money=money)


def test_money_a_plan_sets_aside_is_a_budget_not_a_goal() -> None:
    text = "Tỉnh dự kiến bố trí 60-75 tỷ đồng để xây dựng kho dữ liệu đất đai giai đoạn 2025-2027."
    assert _goal_of(text, "60-75 tỷ đồng", 2025, money=True) == (2027, False)
    text = "Các nhà mạng dự kiến đầu tư khoảng 9.000 tỷ đồng cho cáp quang trong năm 2026."
    assert _goal_of(text, "khoảng 9.000 tỷ đồng", 2025, money=True) == (2026, False)
    # a sum a firm goal word governs is still a goal
    text = "Tỉnh phấn đấu doanh thu thương mại điện tử đạt 1.500 tỷ đồng vào năm 2027."
    assert _goal_of(text, "1.500 tỷ đồng", 2025, money=True) == (2027, True)
    # a sum a goal word sets aside in its clause is a goal; a plan's budget in a clause of its own is not
    text = "Huyện phấn đấu dành 25 tỷ đồng cho hạ tầng số trong năm 2026."
    assert _goal_of(text, "25 tỷ đồng", 2025, money=True) == (2026, True)
    text = "Mục tiêu đến năm 2027 có 90% hồ sơ trực tuyến; kinh phí thực hiện khoảng 64 tỷ đồng."
    assert _goal_of(text, "khoảng 64 tỷ đồng", 2025, money=True) == (2027, False)
    # a sum to reach, not to spend, is a goal under a plan's year too
    text = "Đến năm 2030, doanh thu công nghiệp công nghệ số đạt 12 tỷ USD."
    assert _goal_of(text, "12 tỷ USD", 2025, money=True) == (2030, True)


def test_a_forecast_is_no_goal() -> None:
    text = "Nhân lực bán dẫn còn thiếu, trong khi nhu cầu đến năm 2026 ước khoảng 60.000 kỹ sư."
    assert _goal_of(text, "khoảng 60.000 kỹ sư", 2024) == (2026, False)
    text = "Báo cáo dự báo đến năm 2030 số thuê bao 5G có thể đạt 70 triệu."
    assert _goal_of(text, "70 triệu", 2025) == (2030, False)
    # a goal set after a forecast is a goal again
    text = "Theo dự báo nhu cầu tăng mạnh, tỉnh phấn đấu đến năm 2027 có 2.000 kỹ sư."
    assert _goal_of(text, "2.000 kỹ sư", 2025) == (2027, True)
    # "có thể" and "nhu cầu" inside a goal leave it a goal
    text = "Mục tiêu đến năm 2026, dân có thể nộp hồ sơ trên cổng, đáp ứng nhu cầu của 90% doanh nghiệp."
    assert _goal_of(text, "90%", 2025) == (2026, True)


@pytest.mark.parametrize(
    ("text", "figure", "doc_year", "expected"),
    [
        # the results a goal is built on are results of their own year, no goal
        (
            "Mục tiêu này được đề ra trên cơ sở kết quả năm 2025: tỷ lệ thanh toán không dùng tiền mặt đạt"
            " 52,3%, số doanh nghiệp công nghệ số là 410.",
            "52,3%",
            2026,
            (2025, False),
        ),
        (
            "Chiều 20/12/2022, Tỉnh ủy Kon Tum đặt ra các chỉ tiêu chuyển đổi số năm 2023 căn cứ vào kết quả"
            " năm 2022: 64% hộ gia đình có cáp quang, 46,7% người dân có tài khoản thanh toán.",
            "46,7%",
            2023,
            (2022, False),
        ),
        (
            "Mục tiêu kinh tế số chiếm 15% GRDP vào năm 2027 được tỉnh Hưng Yên đặt ra từ kết quả năm 2024,"
            " khi kinh tế số đóng góp 8,1% GRDP.",
            "8,1%",
            2024,
            (2024, False),
        ),
        (
            "Năm 2025, Bình Thuận đặt ra chỉ tiêu số hóa hồ sơ trên cơ sở kết quả đạt được năm 2024: 82,5%"
            " hồ sơ giải quyết thủ tục hành chính đã được số hóa.",
            "82,5%",
            2025,
            (2024, False),
        ),
        (
            "Các chỉ tiêu được đề ra trên cơ sở kết quả năm 2021: doanh thu thương mại điện tử đạt 420 tỷ"
            " đồng, tỷ lệ người dân có danh tính số đạt 27%.",
            "27%",
            2022,
            (2021, False),
        ),
        # the goal itself stays one, and so does a goal set after its basis or one about a result index
        (
            "Mục tiêu kinh tế số chiếm 15% GRDP vào năm 2027 được tỉnh Hưng Yên đặt ra từ kết quả năm 2024.",
            "15%",
            2024,
            (2027, True),
        ),
        (
            "Trên cơ sở kết quả năm 2024, tỉnh phấn đấu năm 2025 đạt 65% hồ sơ trực tuyến toàn trình.",
            "65%",
            2025,
            (2025, True),
        ),
        (
            "Năm 2025, Hà Nam phấn đấu cải thiện kết quả Chỉ số DTI, đạt 0,65 điểm.",
            "0,65",
            2025,
            (2025, True),
        ),
        # a base with words between "so với" and its year is no figure's year
        (
            "Đến ngày 30/6/2024, tỉnh đã số hóa 1,15 triệu bản ghi, gấp 3 lần so với thời điểm cuối"
            " năm 2022.",
            "3 lần",
            2024,
            (2024, False),
        ),
    ],
)
def test_the_results_a_goal_is_built_on_are_no_goal(
    text: str, figure: str, doc_year: int, expected: tuple[int, bool]
) -> None:
    assert _goal_of(text, figure, doc_year) == expected


def test_a_plan_named_as_what_is_carried_out_sets_no_goal() -> None:
    text = "Triển khai Kế hoạch 35/KH-UBND của tỉnh, năm 2024 huyện đã cấp 8.400 chữ ký số cho người dân."
    assert _goal_of(text, "8.400 chữ ký số", 2024) == (2024, False)


def test_a_plan_frame_up_to_its_comma_sets_no_goal() -> None:
    text = "Thực hiện Đề án 06 và Kế hoạch số 21/KH-UBND của tỉnh, thành phố đã cấp 5.300 tài khoản."
    assert _goal_of(text, "5.300 tài khoản", 2024) == (2024, False)
    # a goal word after the frame is still a goal
    text = "Thực hiện Chương trình chuyển đổi số, tỉnh phấn đấu có 90% hộ dùng cáp quang."
    assert _goal_of(text, "90%", 2024) == (2024, True)


def test_a_lead_result_and_a_later_goal_of_the_same_value_are_two_figures() -> None:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    sentences = [
        Sentence("d", 0, "Ninh Bình đẩy mạnh trường học số"),
        Sentence("d", 1, "Tổng kết năm học 2023-2024, 100% trường trong tỉnh có cáp quang.", paragraph=1),
        Sentence("d", 2, "Giáo viên dùng sổ điểm điện tử ở 420 trường.", paragraph=2),
        Sentence("d", 3, "Mục tiêu năm học 2024-2025 là 100% trường dùng học bạ số.", paragraph=3),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.year, f.is_target) for f in found] == [
        (100.0, 2024, False),
        (420.0, 2024, False),
        (100.0, 2025, True),
    ]


def test_a_headline_printed_twice_is_one_headline() -> None:
    from analysis.figures import extract_figures
    from analysis.types import Sentence

    title = "Sóc Trăng: 88% hồ sơ đất đai được số hóa"
    body = "Năm 2023, Sở Tài nguyên và Môi trường đã số hóa 88% hồ sơ đất đai của tỉnh."
    sentences = [
        Sentence("d", 0, title),
        Sentence("d", 1, title, paragraph=1),
        Sentence("d", 2, body, paragraph=2),
        Sentence("d", 3, "Tỉnh có 109 xã dùng bản đồ số.", paragraph=3),
    ]
    found = extract_figures(sentences, doc_year=2024, title=title)
    assert [(f.value, f.year, f.sentence_index) for f in found] == [(88.0, 2023, 2), (109.0, 2024, 3)]
    # with no body figure to restate, a headline printed twice still gives one figure
    found = extract_figures([*sentences[:2], sentences[3]], doc_year=2024, title=title)
    assert [(f.value, f.sentence_index) for f in found] == [(88.0, 0), (109.0, 3)]


def test_a_present_word_after_an_as_of_year_keeps_that_year() -> None:
    # "Tính đến cuối năm 2023, … hiện có": the present is as of that year's end
    text = "Tính đến cuối năm 2023, toàn tỉnh hiện có 1.350 tổ công nghệ số cộng đồng."
    assert _year_of(text, "1.350", doc_year=2024) == (2023, False)
    texts = [text, "Các tổ có 6.800 thành viên."]
    assert _paragraph_years(texts, 2024) == [(1350.0, 2023), (6800.0, 2023)]
    # a goal's year ("đến năm 2026") is no as-of year: what stands now is the article's
    text = "Tỉnh phấn đấu đến năm 2026 có 95% hộ dùng cáp quang, nhiều huyện hiện đạt 90%."
    assert _year_of(text, "90%", doc_year=2024) == (2024, False)


def test_hien_co_closing_a_noun_phrase_is_no_present() -> None:
    # "các máy chủ hiện có" are the existing ones, not what stands now
    text = "Năm 2022, huyện nâng cấp 30 máy chủ hiện có và lắp mới 14 máy chủ."
    assert _year_of(text, "14 máy chủ", doc_year=2024) == (2022, False)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "năm học trước" is the year before, as "năm trước" is
        (
            "Năm học này, 78% trường học dùng sổ liên lạc điện tử (năm học trước là 55%).",
            "55%",
            (2023, False),
        ),
        ("Tỷ lệ giáo viên dùng học liệu số đạt 64%, năm học trước chỉ 41%.", "41%", (2023, False)),
        # a rule that demands a floor sets a goal
        (
            "Nghị quyết yêu cầu bố trí ít nhất 2% tổng chi thường xuyên hằng năm cho chuyển đổi số.",
            "2%",
            (2024, True),
        ),
        (
            "Chỉ thị yêu cầu 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
            "100%",
            (2024, True),
        ),
    ],
)
def test_a_previous_school_year_and_a_demanded_floor(
    text: str, figure: str, expected: tuple[int, bool]
) -> None:
    assert _year_of(text, figure) == expected


@pytest.mark.xfail(
    strict=True, reason="a plan's goal still reaches past ';' to a stated result (62% stays a goal)"
)
def test_a_previous_school_year_and_a_demanded_floor_held_aside() -> None:
    # written before the fix and not tuned on: the year is right, the goal leaks past ";"
    text = "Kế hoạch của Sở yêu cầu ít nhất 90% học sinh có học bạ số; năm học trước mới đạt 62%."
    assert (_year_of(text, "90%"), _year_of(text, "62%")) == ((2024, True), (2023, False))


_GOAL_LEAD = (
    "Kế hoạch chuyển đổi số\nNăm 2024, tỉnh đạt 60% hồ sơ trực tuyến. Kế hoạch đặt mục tiêu đến năm 2026 như "
    "sau:\n- 90% hồ sơ được xử lý trực tuyến;\n- 100% xã có điểm phát wifi miễn phí.\nNăm 2024, tỉnh có "
    "1.200 tổ công nghệ số."
)
_GOAL_HEADING = (
    "Mục tiêu thương mại điện tử\nMục tiêu đến năm 2025:\n• Doanh thu thương mại điện tử đạt 25 tỷ USD.\n"
    "• 55% dân số tham gia mua sắm trực tuyến."
)
_PLAN_YEAR_LEAD = (
    "Nhật ký khai thác điện tử\nKế hoạch năm 2025 của huyện đặt mục tiêu như sau:\n- 100% tàu cá dùng nhật "
    "ký điện tử;\n- 5.000 giấy xác nhận nguồn gốc được cấp trực tuyến."
)
_NUMBERED_GOALS = (
    "Chương trình y tế số\nSở Y tế phấn đấu đến năm 2026 đạt các chỉ tiêu sau:\n1. 95% bệnh viện dùng bệnh "
    "án điện tử.\n2. 70% người dân có hồ sơ sức khỏe điện tử.\nNăm 2024, 41% bệnh viện đã dùng bệnh án điện "
    "tử."
)
_RESULTS = (
    "Kết quả năm 2024\nKết quả đạt được năm 2024:\n- 85% doanh nghiệp dùng hóa đơn điện tử;\n- 3.400 hộ kinh "
    "doanh bán hàng trên sàn."
)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # bullets under a goal's lead are goals of its year; the results before and after them stay results
        (
            _GOAL_LEAD,
            {"60%": (2024, False), "90%": (2026, True), "100%": (2026, True), "1.200": (2024, False)},
        ),
        (_GOAL_HEADING, {"25 tỷ USD": (2025, True), "55%": (2025, True)}),
        # a plan's later year in the lead, with no "đến năm"
        (_PLAN_YEAR_LEAD, {"100%": (2025, True), "5.000": (2025, True)}),
        # numbered items ("1. …"), which reach the reader as a number and the item apart
        (_NUMBERED_GOALS, {"95%": (2026, True), "70%": (2026, True), "41%": (2024, False)}),
        # bullets under results are results
        (_RESULTS, {"85%": (2024, False), "3.400": (2024, False)}),
    ],
)
def test_bullets_under_a_goal_s_lead_are_goals_of_its_year(
    text: str, wanted: dict[str, tuple[int, bool]]
) -> None:
    figures = analyze_document(build_document("d", text, overrides={"year": 2024})).figures
    for number, (year, target) in wanted.items():
        (figure,) = [figure for figure in figures if figure.text.startswith(number)]
        assert (figure.year, figure.is_target) == (year, target), number


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        # an agency's name and a goal word counted as a noun set no goal
        ("Năm 2024, Sở Kế hoạch và Đầu tư nhận 23 kiến nghị của nhà thầu.", [False]),
        ("Trung tâm tiếp nhận 5.120 yêu cầu, chiếm 61% tổng số yêu cầu cả năm.", [False, False]),
        # a goal word that sets a goal still does, after a year too
        ("Năm 2025 mục tiêu là 80% hồ sơ trực tuyến.", [True]),
        ("Bộ Kế hoạch và Đầu tư phấn đấu đạt 95% hồ sơ trực tuyến.", [True]),
    ],
)
def test_goal_words_in_names_or_counted_set_no_goal(sentence: str, targets: list[bool]) -> None:
    found = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [figure.is_target for figure in found] == targets


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the year a law was passed is no figure's year: the figure is the article's
        (
            "Theo Luật Giao dịch điện tử năm 2023, tỉnh đã cấp 5.400 chữ ký số cho người dân.",
            "5.400",
            (2025, False),
        ),
        (
            "Thực hiện Bộ luật Lao động năm 2019, 46 doanh nghiệp đã ký 3.120 hợp đồng điện tử.",
            "3.120",
            (2025, False),
        ),
        # a year the sentence gives its figure still stands beside a law's
        (
            "Theo Luật Đất đai năm 2024, đến cuối năm 2023 tỉnh đã số hóa 82% hồ sơ địa chính.",
            "82%",
            (2023, False),
        ),
    ],
)
def test_a_law_s_year_is_no_figure_s_year(text: str, figure: str, expected: tuple[int, bool]) -> None:
    assert _year_of(text, figure, doc_year=2025) == expected


def test_a_law_s_year_governs_no_later_sentence_of_its_paragraph() -> None:
    sentences = [
        Sentence("d", 0, "Theo Luật Giao dịch điện tử năm 2023, hóa đơn điện tử có giá trị như bản giấy.", 1),
        Sentence("d", 1, "Giá trị giao dịch không dùng tiền mặt tại các chợ đạt khoảng 312 tỷ đồng.", 1),
    ]
    (figure,) = extract_figures(sentences, doc_year=2024)
    assert figure.year == 2024
