"""A figure whose sentence names no measure takes one from its neighbours."""

from __future__ import annotations

import pytest

from analysis.evaluate.matching import measure_agrees
from analysis.figures import extract_figures
from analysis.types import Sentence
from tests.analysis.figures.measure.conftest import (
    _first_with_value,
    _measures,
)


def test_a_bare_place_takes_the_measure_of_the_figure_before_it() -> None:
    found = _measures(
        [
            (1, "Tỷ lệ hộ dùng ví điện tử của tỉnh đạt 58,2%.", 1),
            (2, "Dẫn đầu là huyện Mộc Châu với 71,4%, tiếp đến là Sơn La với 66%.", 1),
        ]
    )
    assert [measure for _, measure in found] == ["Tỷ lệ hộ dùng ví điện tử"] * 3


def test_a_rank_step_measures_the_rank_before_it_and_a_new_paragraph_of_ranks_keeps_the_index() -> None:
    found = _measures(
        [
            (1, "Theo Chỉ số Chính phủ số (GovTech) năm 2024, Việt Nam xếp 31/198 quốc gia, tăng 6 bậc.", 1),
            (2, "Ở Đông Nam Á, Malaysia đứng thứ 12, Indonesia 27.", 2),
        ]
    )
    assert [measure for _, measure in found] == ["Chỉ số Chính phủ số (GovTech)"] * 4


def test_a_topic_sentence_without_a_figure_names_the_average_after_it() -> None:
    found = _measures(
        [
            (
                1,
                "Tỷ lệ cấp phiếu lý lịch tư pháp trực tuyến trên Cổng Dịch vụ công khác biệt giữa các tỉnh.",
                1,
            ),
            (2, "Tỷ lệ bình quân cả nước đạt 37,5%.", 1),
        ]
    )
    assert found == [(37.5, "Tỷ lệ cấp phiếu lý lịch tư pháp trực tuyến")]


def test_a_ranked_list_after_a_pillar_takes_the_index_and_an_acting_agency_is_no_measure() -> None:
    found = _measures(
        [
            (
                1,
                "Theo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024, "
                "tỉnh đạt 44,2 điểm.",
                1,
            ),
            (2, "Về trụ cột quản trị điện tử, tỉnh đứng thứ 7.", 1),
            (3, "Dẫn đầu bảng xếp hạng là Quảng Ninh (46,1 điểm), tiếp theo là Bình Định (45,7 điểm).", 1),
            (4, "Sở Tài chính đã bố trí 35 tỷ đồng cho các dự án.", 2),
        ]
    )
    index = "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)"
    assert [measure for _, measure in found] == [
        index,
        "trụ cột quản trị điện tử",
        index,
        index,
        "kinh phí các dự án",
    ]


def test_levels_and_listed_names_are_whom_a_measure_is_for() -> None:
    found = _measures(
        [
            (1, "Tỷ lệ hồ sơ được ký số ở cấp tỉnh đạt 95,2%, cấp huyện đạt 88,4%.", 1),
            (2, "Agribank, MB và Techcombank lần lượt có 91%, 93% và 96% giao dịch trên kênh số.", 2),
        ]
    )
    assert [m for _, m in found][:2] == ["Tỷ lệ hồ sơ được ký số"] * 2
    assert [m for _, m in found][2:] == ["giao dịch trên kênh số"] * 3


def test_a_score_after_an_index_named_in_an_earlier_sentence_takes_that_index() -> None:
    found = _measures(
        [
            (0, "Lạng Sơn cải thiện thứ hạng chuyển đổi số", 0),
            (
                1,
                "Sáng 9/5, Bộ công bố kết quả Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index).",
                1,
            ),
            (2, "Theo đó, Lạng Sơn được 0,6012 điểm.", 1),
            (3, "Tỉnh xếp thứ 29/63, tăng 7 bậc.", 1),
        ]
    )
    index = "Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index)"
    assert found == [(0.6012, index), (29.0, index), (7.0, index)]


def test_a_verb_alone_names_nothing_a_rate_takes_its_counted_unit() -> None:
    found = _measures(
        [
            (1, "Cổng của tỉnh kết nối 14 hệ thống, xử lý trung bình 95.000 lượt tra cứu mỗi ngày.", 1),
            (2, "Năm sau, tỉnh dành 18 tỷ đồng cho việc này.", 2),
        ]
    )
    assert measure_agrees(found[1][1], ["lượt tra cứu"]), found
    assert found[2] == (1.8e10, None)


def test_a_block_of_ministries_takes_the_measure_of_the_sentence_before() -> None:
    found = _measures(
        [
            (1, "Tỷ lệ văn bản điện tử có ký số của cả nước đạt 66,2%.", 1),
            (2, "Xét theo khối, các bộ, cơ quan ngang bộ đạt 58,1%, khối địa phương đạt 69,4%.", 1),
        ]
    )
    assert [measure for _, measure in found] == ["Tỷ lệ văn bản điện tử có ký số"] * 3


def test_a_sentence_announcing_a_list_names_the_measure_of_the_bare_places_after_it() -> None:
    found = _measures(
        [
            (1, "Tỷ lệ hộ gia đình có đường truyền cáp quang tại một số huyện năm 2024 như sau.", 1),
            (2, "Mộc Châu 71%, Mai Sơn 66%.", 1),
        ]
    )
    assert [measure for _, measure in found] == ["Tỷ lệ hộ gia đình có đường truyền cáp quang"] * 2


def test_a_change_right_after_a_count_measures_what_was_counted() -> None:
    found = _measures(
        [
            (
                1,
                "Toàn huyện có 94 hợp tác xã bán hàng trên sàn thương mại điện tử, tăng 18% so với năm 2023.",
                1,
            ),
            (
                2,
                "Năm 2024, hệ thống phát hiện 3.140 máy tính nhiễm mã độc tại các cơ quan, giảm 22%.",
                1,
            ),
        ]
    )
    assert found == [
        (94, "hợp tác xã bán hàng"),
        (18, "hợp tác xã bán hàng"),
        (3140, "máy tính nhiễm mã độc"),
        (22, "máy tính nhiễm mã độc"),
    ]
    # a sum grows as a count does: the rise after it is of what the sum measures
    text = "Năm 2023, chi cục làm thủ tục cho 8.400 tờ khai với kim ngạch 640 triệu USD, tăng 12,5%."
    assert _measures([(1, text, 1)])[-2:] == [(6.4e8, "kim ngạch"), (12.5, "kim ngạch")]


def test_a_goal_set_for_a_year_measures_the_figure_it_is_compared_with() -> None:
    found = _measures(
        [(1, "Tỷ lệ hộ dùng cáp quang của huyện đạt 84%, trong khi mục tiêu đặt ra cho năm 2026 là 95%.", 1)]
    )
    assert found == [(84, "Tỷ lệ hộ dùng cáp quang"), (95, "Tỷ lệ hộ dùng cáp quang")]


def test_a_sum_whose_clause_names_only_who_spends_it_measures_what_it_is_for() -> None:
    found = _measures(
        [
            (1, "UBND huyện đã bố trí 18 tỷ đồng cho các trạm phát sóng vùng lõm.", 1),
            (2, "Sở dự kiến phân bổ 6-8 tỷ đồng để xây dựng trung tâm điều hành giai đoạn 2025-2026.", 2),
        ]
    )
    assert [measure for _, measure in found] == [
        "kinh phí các trạm phát sóng vùng lõm",
        "kinh phí xây dựng trung tâm điều hành",
    ]


def test_a_kind_of_place_takes_the_measure_of_the_figure_before_it() -> None:
    found = _measures(
        [
            (1, "Tỷ lệ hộ dùng ví điện tử ở các huyện đồng bằng đạt trên 60%.", 1),
            (2, "Trong khi đó, các xã vùng cao mới đạt 18%.", 1),
        ]
    )
    assert [measure for _, measure in found] == ["Tỷ lệ hộ dùng ví điện tử"] * 2


def test_parts_counted_out_before_respectively_measure_their_figures_in_turn() -> None:
    found = _measures(
        [
            (1, "Ba lĩnh vực y tế, giáo dục và giao thông lần lượt đứng thứ 4, 11 và 20.", 1),
            (2, "Ở cấp trụ cột, hai trụ cột “Thể chế” và “Nhân lực, kỹ năng” lần lượt xếp thứ 30 và 52.", 2),
        ]
    )
    ranks = [(value, measure) for value, measure in found if value not in {2, 3}]
    assert ranks == [
        (4, "y tế"),
        (11, "giáo dục"),
        (20, "giao thông"),
        (30, "Thể chế"),
        (52, "Nhân lực, kỹ năng"),
    ]


def test_a_count_of_places_measures_the_places_it_counts() -> None:
    found = _measures(
        [
            (1, "Năm 2024 có 1,2 triệu người dân dùng ứng dụng Công dân số.", 1),
            (2, "Ứng dụng đã triển khai tại 12 huyện, thị xã và 28 phường.", 1),
        ]
    )
    assert found == [(1.2e6, "người dân dùng ứng dụng Công dân số"), (12, "huyện, thị xã"), (28, "phường")]


def test_a_total_raised_by_the_count_before_measures_what_it_counted() -> None:
    sentence = "Trong năm, huyện có thêm 35 hợp tác xã nông nghiệp, nâng tổng số lên 210 hợp tác xã."
    found = _measures([(1, sentence, 1)])
    assert found[-1] == (210, "hợp tác xã nông nghiệp")


def test_a_bare_rank_in_a_later_paragraph_is_the_main_indexs_not_a_components() -> None:
    # the components ("Ở các chỉ số thành phần, …") come between; "Trong ASEAN, Việt Nam đứng thứ 4" is the
    # index the article is about
    sentences = [
        Sentence("d", 0, "Việt Nam xếp thứ 44 về Chỉ số Sẵn sàng mạng lưới (NRI) năm 2024.", 0),
        Sentence(
            "d",
            1,
            "Ở các chỉ số thành phần, chỉ số công nghệ (TECH) xếp thứ 38, chỉ số con người đạt 0,52.",
            1,
        ),
        Sentence("d", 2, "Trong ASEAN, Việt Nam đứng thứ 4.", 2),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.measure) for f in found][-1] == (4.0, "Chỉ số Sẵn sàng mạng lưới (NRI)")


def test_a_place_standing_in_a_top_group_takes_the_index_named_before() -> None:
    # "Việt Nam đứng trong top 30 của GII": "đứng trong" is how it ranks, the index is the one named
    sentences = [
        Sentence("d", 0, "Việt Nam xếp thứ 44 về Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2024.", 0),
        Sentence("d", 1, "Chiến lược đặt mục tiêu đến năm 2030 Việt Nam đứng trong top 30 của GII.", 1),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [f.measure for f in found] == ["Chỉ số Đổi mới sáng tạo toàn cầu (GII)"] * 2


def test_places_counted_out_before_in_turn_each_take_their_figure() -> None:
    # "tỉnh Hà Giang và thành phố Cần Thơ lần lượt đứng thứ 4 và 5": the second rank is Cần Thơ's
    sentence = (
        "Tỉnh Lạng Sơn dẫn đầu với 98 điểm; tỉnh Hà Giang và thành phố Cần Thơ lần lượt đứng thứ 4 và 5."
    )
    found = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [(f.value, f.place) for f in found] == [
        (98.0, "Tỉnh Lạng Sơn"),
        (4.0, "tỉnh Hà Giang"),
        (5.0, "thành phố Cần Thơ"),
    ]


def test_a_change_in_percentage_points_changes_the_share_before_it_not_the_count_between() -> None:
    sentence = (
        "Đến tháng 6/2025, 64% hộ kinh doanh tại 212 chợ trên địa bàn tỉnh đã nhận thanh toán qua mã QR, "
        "tăng 18 điểm phần trăm so với cùng kỳ."
    )
    figures = extract_figures([Sentence("d", 0, sentence)], doc_year=2025)
    change = next(f for f in figures if f.kind == "change")
    share = next(f for f in figures if f.kind == "percent")
    assert change.measure == share.measure == "hộ kinh doanh nhận thanh toán qua mã QR"


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a multiplier right after a count compares that count
        (
            "Số tài khoản định danh mức 2 được kích hoạt trên địa bàn là gần 120.000, gấp bốn lần cuối "
            "năm 2023.",
            4,
            "tài khoản định danh mức 2 được kích hoạt",
        ),
        # an earlier school year's value in brackets is the same measure
        (
            "Về học phí, 77% trường học đã thu học phí qua ngân hàng (năm học trước là 52%).",
            52,
            "trường học đã thu học phí qua ngân hàng",
        ),
    ],
)
def test_a_value_compared_right_after_a_figure_takes_its_measure(
    sentence: str, value: float, measure: str
) -> None:
    figures = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    figure = next(f for f in figures if f.value == value)
    assert measure_agrees(figure.measure, [measure]), figure.measure


def test_a_bare_count_takes_the_fuller_name_an_earlier_count_of_its_paragraph_gave_it() -> None:
    found = _measures(
        [
            (1, "Huyện hiện có 230 cán bộ chuyên trách công nghệ thông tin cấp xã.", 1),
            (2, "Đến năm 2026, huyện cần 300 cán bộ.", 1),
            (3, "Năm 2030, tỉnh cần 900 cán bộ.", 2),  # another paragraph: not the same ones
        ]
    )
    assert found == [
        (230, "cán bộ chuyên trách công nghệ thông tin cấp xã"),
        (300, "cán bộ chuyên trách công nghệ thông tin cấp xã"),
        (900, "cán bộ"),
    ]
    # a coordinated group before is the whole, not the part counted after "trong đó"; "thuộc diện" says which
    found = _measures(
        [(1, "Tỉnh có 95 xã, phường, thị trấn, trong đó 41 xã thuộc diện đặc biệt khó khăn.", 1)]
    )
    assert found == [(95, "xã, phường, thị trấn"), (41, "xã thuộc diện đặc biệt khó khăn")]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Tỉnh còn 64 xóm, bản chưa có cáp quang, nhiều nhất ở huyện Đà Bắc (23 xóm) và huyện Mai Châu "
            "(18 xóm).",
            [(23, "xóm, bản chưa có cáp quang"), (18, "xóm, bản chưa có cáp quang")],
        ),
        (
            # "điểm" heads other measures ("điểm tín nhiệm") and is kept where it is the counted noun
            "Toàn tỉnh có 140 điểm bưu điện văn hóa xã có máy tính kết nối Internet, nhiều nhất là huyện "
            "Ba Vì (19 điểm).",
            [(19, "điểm bưu điện văn hóa xã có máy tính kết nối Internet")],
        ),
    ],
)
def test_a_part_in_brackets_after_its_place_takes_the_measure_of_its_whole(
    sentence: str, parts: list[tuple[float, str]]
) -> None:
    found = _measures([(1, sentence, 1)])
    assert all(part in found for part in parts), found


def test_a_sum_whose_clause_says_only_who_acted_and_when_measures_its_purpose() -> None:
    found = _measures([(1, "Giai đoạn 2021-2025, tỉnh đã đầu tư 1.250 tỷ đồng cho chuyển đổi số.", 1)])
    assert found == [(1.25e12, "đầu tư chuyển đổi số")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Số thu ngân sách năm 2024 đạt 420.000 tỷ đồng, vượt 11% dự toán.",
            [(420e12, "Số thu ngân sách"), (11, "Số thu ngân sách")],
        ),
        (
            "Toàn tỉnh đã kích hoạt 742.300 tài khoản định danh điện tử, đạt 78% chỉ tiêu.",
            [(742300, "tài khoản định danh điện tử"), (78, "tài khoản định danh điện tử")],
        ),
        # a clause of its own that completes the plan keeps the plan as its measure
        (
            "Năm 2022, doanh thu đạt 3,7 triệu tỷ đồng; năm 2022 cũng là năm Bộ hoàn thành 100% chỉ tiêu.",
            [(3.7e15, "doanh thu"), (100, "chỉ tiêu")],
        ),
    ],
)
def test_a_share_of_the_plan_measures_the_figure_before_it(sentence: str, found: list) -> None:
    assert _measures([(1, sentence, 1)]) == found


def test_a_percentage_that_restates_a_count_as_a_share_measures_the_count() -> None:
    found = _measures(
        [
            (1, "Cả nước có 3.321 xã, phường, đặc khu đã kết nối hệ thống thủ tục hành chính, đạt 100%.", 1),
            (2, "Tỉnh có 812 trường, đạt 77,9%.", 2),
        ]
    )
    assert found == [
        # kinds of place say which ones only by what they did
        (3321, "xã, phường, đặc khu kết nối hệ thống thủ tục hành chính"),
        (100, "xã, phường, đặc khu kết nối hệ thống thủ tục hành chính"),
        (812, "trường"),  # a school in lower case is no body's head
        (77.9, "trường"),
    ]


def test_the_country_after_a_count_is_another_whole_not_the_same_noun_named_more_fully() -> None:
    found = _measures([(1, "Hà Nội có 500 doanh nghiệp số, trong khi cả nước có 2 triệu doanh nghiệp.", 1)])
    assert found == [(500, "doanh nghiệp số"), (2e6, "doanh nghiệp")]


def test_the_same_ones_at_another_time_after_trong_khi_are_the_noun_named_more_fully() -> None:
    sentence = "Đến nay, huyện có 18 trạm sạc xe điện công cộng, trong khi cùng kỳ năm trước chỉ có 7 trạm."
    assert _measures([(1, sentence, 1)]) == [
        (18, "trạm sạc xe điện công cộng"),
        (7, "trạm sạc xe điện công cộng"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a share of a whole runs on to what its part did, however long its noun
        (
            "Hiện 45/52 trường trung học phổ thông đã dùng học bạ số.",
            45,
            "trường trung học phổ thông dùng học bạ số",
        ),
        # two shares joined by "và" before one deed each take it
        (
            "Có 30/31 xã và 5/5 phường đã cài đặt phần mềm một cửa điện tử.",
            30,
            "xã cài đặt phần mềm một cửa điện tử",
        ),
        (
            "Tỉnh có 11/12 bệnh viện tuyến tỉnh và 8/10 trung tâm y tế huyện đang dùng hồ sơ bệnh án "
            "điện tử.",
            11,
            "bệnh viện tuyến tỉnh dùng hồ sơ bệnh án điện tử",
        ),
    ],
)
def test_a_share_measures_its_noun_with_what_was_done(sentence: str, value: float, measure: str) -> None:
    assert _first_with_value(sentence, value).measure == measure


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # the noun after the last value of a series is what each value measures
        (
            "Kho lưu trữ huyện Hải Hậu và huyện Giao Thủy lần lượt hoàn thành 94% và 88% khối lượng số hóa.",
            ["khối lượng số hóa", "khối lượng số hóa"],
        ),
        ("Quận 1 và quận 3 lần lượt đạt 92% và 87% hồ sơ trực tuyến.", ["hồ sơ trực tuyến"] * 2),
        # a value with a measure of its own before it is no part of the next one's series
        (
            "Tỉnh phấn đấu doanh thu thương mại điện tử tăng 25% và 80% doanh nghiệp nhỏ và vừa dùng nền "
            "tảng số.",
            ["doanh thu thương mại điện tử", "doanh nghiệp nhỏ và vừa dùng nền tảng số"],
        ),
    ],
)
def test_a_series_shares_the_noun_after_its_last_value(sentence: str, measures: list[str]) -> None:
    found = _measures([(1, sentence, 1)])
    assert [measure for _, measure in found] == measures


@pytest.mark.parametrize(
    ("sentence", "measure", "places"),
    [
        (
            "Tỷ lệ hộ kinh doanh dùng hóa đơn điện tử cao nhất thuộc về huyện Nhơn Trạch với 81%; "
            "tiếp đến là huyện Long Thành (73%) và huyện Trảng Bom (66%).",
            "Tỷ lệ hộ kinh doanh dùng hóa đơn điện tử",
            ["huyện Nhơn Trạch", "huyện Long Thành", "huyện Trảng Bom"],
        ),
        (
            "Thành phố Sa Đéc đạt tỷ lệ giải quyết hồ sơ đúng hạn 98,2%, cao nhất tỉnh; huyện Lai Vung và "
            "huyện Lấp Vò lần lượt đạt 95,1% và 93,4%; trong khi huyện Tháp Mười chỉ đạt 88,7%.",
            "tỷ lệ giải quyết hồ sơ đúng hạn",
            ["Thành phố Sa Đéc", "huyện Lai Vung", "huyện Lấp Vò", "huyện Tháp Mười"],
        ),
        # a ranked list after a colon: the quantity before it, without what is said of it ("giữa các huyện
        # vẫn chênh lệch")
        (
            "Tỷ lệ chợ thu phí bằng mã QR giữa các huyện vẫn chênh lệch: cao nhất là huyện Cần Giuộc với "
            "83%; tiếp đến là huyện Đức Hòa (70%) và huyện Thạnh Hóa (42%).",
            "Tỷ lệ chợ thu phí bằng mã QR",
            ["huyện Cần Giuộc", "huyện Đức Hòa", "huyện Thạnh Hóa"],
        ),
        (
            "Tỷ lệ bệnh nhân đặt lịch khám qua ứng dụng giữa các bệnh viện, trạm y tế còn chênh lệch: "
            "cao nhất là huyện Phú Tân với 47%, thấp nhất là huyện Tri Tôn với 12%.",
            "Tỷ lệ bệnh nhân đặt lịch khám qua ứng dụng",
            ["huyện Phú Tân", "huyện Tri Tôn"],
        ),
        # places named before what they are ("là ba địa phương", no figure of its own), then their quantity
        (
            "Thị xã Sơn Tây, huyện Ba Vì và huyện Mỹ Đức là ba địa phương có tỷ lệ hộ nộp thuế điện tử cao "
            "nhất, lần lượt là 88%, 81% và 77%.",
            "tỷ lệ hộ nộp thuế điện tử",
            ["thị xã Sơn Tây", "huyện Ba Vì", "huyện Mỹ Đức"],
        ),
        (
            "Quận Ninh Kiều và quận Cái Răng là hai đơn vị dẫn đầu về tỷ lệ học sinh có tài khoản học trực "
            "tuyến, với lần lượt 97% và 93%.",
            "tỷ lệ học sinh có tài khoản học trực tuyến",
            ["quận Ninh Kiều", "quận Cái Răng"],
        ),
        # … and what they are said to do, then the quantity after "với"
        (
            "Huyện Lục Ngạn và huyện Sơn Động là các địa phương làm tốt nhất, với tỷ lệ trạm y tế dùng "
            "bệnh án điện tử lần lượt là 92% và 87%.",
            "tỷ lệ trạm y tế dùng bệnh án điện tử",
            ["huyện Lục Ngạn", "huyện Sơn Động"],
        ),
    ],
)
def test_places_ranked_after_a_measure_named_once_all_take_that_measure(
    sentence: str, measure: str, places: list[str]
) -> None:
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [figure.measure for figure in figures] == [measure] * len(places)
    assert [figure.place for figure in figures] == places


def test_a_share_after_a_part_and_its_whole_measures_the_part() -> None:
    found = _measures(
        [
            (
                1,
                "Năm 2024, Thanh tra tỉnh đã xử lý 1.830 đơn kiến nghị trên tổng số 2.015 đơn đủ điều kiện, "
                "đạt tỷ lệ 90,8%; thu hồi 12,4 tỷ đồng trên tổng số 15 tỷ đồng phải thu, đạt 82,7%.",
                1,
            )
        ]
    )
    assert found == [
        (1830, "đơn kiến nghị"),
        (2015, "đơn đủ điều kiện"),
        (90.8, "đơn kiến nghị"),
        (12.4e9, "số tiền thu hồi"),
        (15e9, "tổng số tiền phải thu"),
        (82.7, "số tiền thu hồi"),
    ]


def test_tiers_of_care_in_turn_are_whom_the_rate_is_for() -> None:
    sentences = [
        Sentence("d", 1, "Tỷ lệ trạm y tế dùng bệnh án điện tử đạt 61%.", 1),
        Sentence(
            "d",
            2,
            "Ở tuyến trung ương, tỷ lệ này là 97%; tuyến tỉnh và tuyến huyện lần lượt đạt 83% và 58%.",
            1,
        ),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert {f.measure for f in found} == {"Tỷ lệ trạm y tế dùng bệnh án điện tử"}
    assert [f.place for f in found] == [None, "tuyến trung ương", "tuyến tỉnh", "tuyến huyện"]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        (
            "Tổng số tiền học bổng đã chi trong năm là 3,2 tỷ đồng, trong đó 64% được chuyển qua ví điện tử.",
            64,
            "tiền học bổng chi được chuyển qua ví điện tử",
        ),
        (
            "Ứng dụng đã nhận 5.600 phản ánh của người dân, 71% trong số đó được xử lý trong ngày.",
            71,
            "phản ánh được xử lý trong ngày",
        ),
        (
            "Chi nhánh mở mới 1.900 tài khoản cho nông dân, trong đó 47% là của hộ nghèo.",
            47,
            "tài khoản của hộ nghèo",
        ),
        (
            "Tổng vốn cho dự án là 820 tỷ đồng, trong đó 35% đến từ doanh nghiệp nhờ cơ chế hợp tác công tư.",
            35,
            "vốn cho dự án đến từ doanh nghiệp",
        ),
        # whose the account is, dropped when the whole and the deed would be too long a measure
        (
            "Tổng số tiền hỗ trợ học nghề đã chi trong năm là 96 tỷ đồng, trong đó 88% được chuyển thẳng vào "
            "tài khoản ngân hàng của các hộ gia đình chính sách.",
            88,
            "tiền hỗ trợ học nghề chi được chuyển thẳng vào tài khoản ngân hàng",
        ),
    ],
)
def test_a_share_of_the_whole_just_given_measures_that_whole_with_what_its_part_did(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_a_part_that_names_its_own_noun_keeps_it() -> None:
    # "trong đó 612/745 bộ dữ liệu của khối sở": the part's own noun, not the whole's with "của khối sở"
    figure = _first_with_value(
        "Cổng dữ liệu mở đã công bố 1.236 bộ dữ liệu thuộc 14 lĩnh vực, trong đó 612/745 bộ dữ liệu của khối "
        "sở, ngành được cập nhật hằng quý.",
        612,
    )
    assert "lĩnh vực" not in (figure.measure or "")


def test_the_next_place_of_a_bracketed_list_takes_the_measure_of_the_first() -> None:
    head = "Số người học qua nền tảng MOOCs cao nhất tại"
    sentence = f"{head} huyện Yên Phong (3.150 người) và Gia Bình (2.040 người)."
    found = _measures([(1, sentence, 1)])
    assert [measure for _, measure in found] == ["Số người học qua nền tảng MOOCs"] * 2, found


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a short noun no earlier count named more fully is known by what was done to it
        ("Năm 2023, kho lưu trữ tỉnh đã số hóa được 96.000 trang.", 96000, "trang được số hóa"),
        ("Đội kiểm tra liên ngành đã xử phạt 14 cơ sở.", 14, "cơ sở bị xử phạt"),
        ("Sở Xây dựng cấp nhiều nhất với 2.150 giấy phép.", 2150, "giấy phép được cấp"),
        # short nouns joined by a comma say no more than one: "hồ sơ, giấy tờ" was done to as "hồ sơ" is
        (
            "Năm 2023, Trung tâm đã số hóa 48.620 hồ sơ, giấy tờ của người dân.",
            48620,
            "hồ sơ, giấy tờ được số hóa",
        ),
        # a marker right after another count is that count's deed, not one done to this count
        (
            "Năm 2022, toàn tỉnh có 612 hợp tác xã đang hoạt động với khoảng 14.800 thành viên.",
            14800,
            "thành viên",
        ),
        # "bản" read as the unit of "bản sao": the short noun in full, with its deed
        (
            "Năm 2023, Phòng Tư pháp huyện đã chứng thực điện tử 8.240 bản sao.",
            8240,
            "bản sao được chứng thực điện tử",
        ),
        # nothing done to them: "có", "đạt"; a count of kinds of places keeps its places
        ("Hiện toàn tỉnh có 320 tổ.", 320, "tổ"),
        ("Mô hình đã được nhân rộng ra 7 huyện, thị xã.", 7, "huyện, thị xã"),
        # a noun that says which ones already keeps its own words
        ("Năm 2024, tỉnh đã lắp đặt 1.200 camera giám sát giao thông.", 1200, "camera giám sát giao thông"),
    ],
)
def test_a_short_bare_count_is_known_by_what_was_done_to_it(
    sentence: str, value: float, measure: str
) -> None:
    assert (value, measure) in _measures([(1, sentence, 1)])


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        (
            "Năm 2024, sàn nông sản của tỉnh ghi nhận 48.000 đơn hàng trực tuyến, với tổng giá trị "
            "73 tỷ đồng.",
            7.3e10,
            "tổng giá trị đơn hàng trực tuyến",
        ),
        (
            "Hệ thống đã xử lý 3,2 triệu giao dịch thanh toán học phí, tăng 21%, với tổng số tiền khoảng "
            "960 tỷ đồng.",
            9.6e11,
            "tổng số tiền giao dịch thanh toán học phí",
        ),
    ],
)
def test_a_sum_named_by_its_head_after_a_count_is_the_value_of_what_was_counted(
    sentence: str, value: float, measure: str
) -> None:
    assert (value, measure) in _measures([(1, sentence, 1)])


_FINED = "Qua thanh tra, Sở đã truy thu và xử phạt 19 cửa hàng, số tiền 2,4 tỷ đồng."


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a rise right after a share of the plan is of the quantity, not of the plan
        (
            "Tổng thu ngân sách của huyện năm 2024 đạt 640 tỷ đồng, bằng 108% dự toán, tăng 7,5% so với "
            "năm 2023.",
            7.5,
            "Tổng thu ngân sách",
        ),
        # two verbs after one marker are one deed; a deed against them reads with "bị"
        (
            "Qua thanh tra, Sở đã truy thu và xử phạt 19 cửa hàng, số tiền 2,4 tỷ đồng.",
            19,
            "cửa hàng bị truy thu và xử phạt",
        ),
        (
            "Qua thanh tra, Sở đã truy thu và xử phạt 19 cửa hàng, số tiền 2,4 tỷ đồng.",
            2.4e9,
            "số tiền cửa hàng bị truy thu và xử phạt",
        ),
        # a deed naming who else acted says not what was done
        ("Hội Nông dân phối hợp với Tỉnh đoàn mở 120 lớp.", 120, "lớp"),
    ],
)
def test_a_rise_after_a_plan_share_and_deeds_done_to_short_counts(
    sentence: str, value: float, measure: str
) -> None:
    assert (value, measure) in _measures([(1, sentence, 1)])


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # a percentage and a share joined by "và" before one deed: each its own noun with it
        (
            "Hiện 100% trường trung học phổ thông và 48/52 trường trung học cơ sở đã dùng sổ liên lạc "
            "điện tử.",
            [
                "trường trung học phổ thông dùng sổ liên lạc điện tử",
                "trường trung học cơ sở dùng sổ liên lạc điện tử",
            ],
        ),
        # two counts joined by "và" before a deed both did
        (
            "Hiện có 52 doanh nghiệp và 19 hợp tác xã kết nối với sàn nông sản.",
            ["doanh nghiệp kết nối với sàn nông sản", "hợp tác xã kết nối với sàn nông sản"],
        ),
        # a "có" clause after the second count is that noun's own
        (
            "Các trạm đặt tại 6 khu công nghiệp và 25 cơ sở có lưu lượng xả thải lớn.",
            ["khu công nghiệp", "cơ sở có lưu lượng xả thải lớn"],
        ),
    ],
)
def test_two_figures_joined_by_va_before_one_deed_share_it(sentence: str, measures: list[str]) -> None:
    assert [measure for _, measure in _measures([(1, sentence, 1)])] == measures


@pytest.mark.parametrize(
    "sentence",
    [
        # a hedge between the change verb and the multiplier, and a list of examples before it
        "Huyện đã cấp 860 mã QR cho các đặc sản như nhãn, bưởi và cam, tăng gần gấp đôi so với năm 2023.",
        "Cả tỉnh có 4.100 cửa hàng bán lẻ số, tăng hơn 3 lần so với năm 2021.",
    ],
)
def test_a_hedged_multiplier_after_a_count_measures_the_count(sentence: str) -> None:
    found = _measures([(1, sentence, 1)])
    assert len(found) == 2 and found[1][1] == found[0][1], found


def test_a_share_after_a_count_with_a_bound_measures_the_count() -> None:
    sentence = (
        "Đến nay, tỉnh có 2.310 tàu cá dài từ 12 m trở lên cài đặt và sử dụng thiết bị giám sát hành trình, "
        "chiếm 95% số tàu phải lắp."
    )
    found = _measures([(1, sentence, 1)])
    assert found == [
        (2310, "tàu cá cài đặt và sử dụng thiết bị giám sát hành trình"),
        (95, "tàu cá cài đặt và sử dụng thiết bị giám sát hành trình"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a passive deed after the second of two counts is done to both
        (
            "Trong năm, 23 trường tiểu học và 41 trường mầm non đã được lắp camera an ninh.",
            23,
            "trường tiểu học được lắp camera an ninh",
        ),
        # the first noun runs on past its unit and a comma
        (
            "Trong đó, 8 trung tâm y tế tuyến huyện, tuyến xã và 52 trạm y tế đã kết nối đơn thuốc.",
            8,
            "trung tâm y tế tuyến huyện, tuyến xã kết nối đơn thuốc",
        ),
    ],
)
def test_two_counts_joined_by_va_share_the_deed_after_the_second(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # the second noun runs on past its unit before the "đã" that opens the deed both did
        (
            "Hiện 31 ngân hàng và 17 công ty tài chính tiêu dùng đã kết nối với cơ sở dữ liệu dân cư.",
            31,
            "ngân hàng kết nối với cơ sở dữ liệu dân cư",
        ),
        # whose list they are on says which ones
        ("Toàn tỉnh có 640 hộ thuộc danh sách hộ cận nghèo.", 640, "hộ thuộc danh sách hộ cận nghèo"),
    ],
)
def test_a_deed_with_its_partner_and_a_list_the_counted_are_on_stay_in_their_measure(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_an_elided_share_before_ban_hang_takes_the_noun_of_the_shares_before() -> None:
    sentence = "Có 45% hợp tác xã dùng hóa đơn điện tử, nhưng chỉ 9% bán hàng qua sàn thương mại điện tử."
    assert _first_with_value(sentence, 9).measure == "hợp tác xã bán hàng qua sàn thương mại điện tử"


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        ("Năm nay xã lắp thêm 12 loa thông minh, nâng tổng số lên 48 loa.", 48, "tổng số loa"),
        ("Tài khoản đã được cấp cho 910 cán bộ xã.", 910, "cán bộ xã được cấp tài khoản"),
    ],
)
def test_a_named_total_and_a_passive_deed_for_the_ones_counted(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_a_bare_rate_opening_the_next_paragraph_is_the_rate_just_given_and_its_leader_s() -> None:
    built = [
        Sentence("d", 1, "Tỷ lệ hộ đóng phí rác qua ví điện tử đạt 44%.", 1),
        Sentence("d", 2, "Cao nhất là phường Trường Chinh với tỷ lệ 71%.", 2),
    ]
    found = [f for f in extract_figures(built, doc_year=2024) if f.value == 71]
    assert [(f.measure, f.place) for f in found] == [
        ("Tỷ lệ hộ đóng phí rác qua ví điện tử", "phường Trường Chinh")
    ]


def test_a_deed_after_dong_thoi_for_the_ones_counted() -> None:
    sentence = "Trường đã sửa 90 máy tính, đồng thời cấp tài khoản tra cứu kết quả học tập cho 410 học sinh."
    assert _first_with_value(sentence, 410).measure == "học sinh được cấp tài khoản tra cứu kết quả học tập"


@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        # the leader of a list has most of what its count counts, named before it with "nhiều … nhất"
        (
            "Về phân bố, huyện Lý Nhân có nhiều trạm bơm điều khiển tự động nhất (11 trạm), tiếp đến là "
            "Bình Lục (8 trạm) và Thanh Liêm (7 trạm).",
            11,
            "trạm bơm điều khiển tự động",
            "huyện Lý Nhân",
        ),
        (
            "Về phân bố, huyện Lý Nhân có nhiều trạm bơm điều khiển tự động nhất (11 trạm), tiếp đến là "
            "Bình Lục (8 trạm) và Thanh Liêm (7 trạm).",
            7,
            "trạm bơm điều khiển tự động",
            "Thanh Liêm",
        ),
        ("Huyện Mường Tè có ít thôn có sóng 4G nhất (12 thôn).", 12, "thôn có sóng 4G", "huyện Mường Tè"),
        (
            "Năm 2024, xã Tân Phú có nhiều hộ dùng ví điện tử nhất (1.240 hộ), thấp nhất là xã Phú An "
            "(210 hộ).",
            210,
            "hộ dùng ví điện tử",
            "xã Phú An",
        ),
    ],
)
def test_a_list_leader_s_count_in_brackets_counts_what_it_has_most_of(
    sentence: str, value: float, measure: str, place: str
) -> None:
    figure = _first_with_value(sentence, value)
    assert (figure.measure, figure.place) == (measure, place)


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # "từ xa" says how a deed is done, not where from: it stays in the measure
        (
            "Năm 2023, bệnh viện đã thực hiện 1.286 ca hội chẩn từ xa với các bệnh viện tuyến trên.",
            1286,
            "ca hội chẩn từ xa",
        ),
        (
            "Công ty đã lắp đặt 12.500 đồng hồ nước đọc chỉ số từ xa trên địa bàn thành phố.",
            12500,
            "đồng hồ nước đọc chỉ số từ xa",
        ),
        (
            "Năm 2024, 2.150 học viên đã tham gia các lớp đào tạo từ xa của trường.",
            2150,
            "học viên tham gia các lớp đào tạo từ xa",
        ),
    ],
)
def test_tu_xa_stays_in_the_measure(sentence: str, value: float, measure: str) -> None:
    assert _first_with_value(sentence, value).measure == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a rate of the count just given, its noun named shorter: what the count measured
        (
            "Tổng đài 1022 của thành phố đã tiếp nhận 96.350 cuộc gọi, trung bình 2.140 cuộc mỗi ngày vào "
            "thời điểm cao điểm.",
            2140,
            "cuộc gọi được tiếp nhận",
        ),
        (
            "Cổng thanh toán đã xử lý 1,2 triệu giao dịch, trung bình 3.300 giao dịch/ngày.",
            3300,
            "giao dịch được xử lý",
        ),
    ],
)
def test_a_rate_of_the_count_just_given_measures_what_the_count_did(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a share of the whole it names, right after a count with a deed: the whole the deed reached
        (
            "Đến hết năm 2023, ngành y tế đã lập hồ sơ sức khỏe điện tử cho khoảng 1,1 triệu người dân, đạt "
            "94,6% dân số toàn tỉnh.",
            94.6,
            "dân số toàn tỉnh được lập hồ sơ sức khỏe điện tử",
        ),
        (
            "Năm 2023, 1,2 triệu người có tài khoản thanh toán, tương đương 92% dân số trưởng thành.",
            92,
            "dân số trưởng thành có tài khoản thanh toán",
        ),
        # "số" before the whole: the count again
        (
            "Có 2.100 hộ kinh doanh mở gian hàng trực tuyến, đạt 27% số hộ kinh doanh cá thể.",
            27,
            "hộ kinh doanh mở gian hàng trực tuyến",
        ),
    ],
)
def test_a_share_of_a_named_whole_after_a_count_is_the_whole_the_deed_reached(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_a_topic_named_in_full_by_the_figure_before_is_its_measure() -> None:
    sentence = (
        "Về thanh toán, Bệnh viện Đa khoa tỉnh dẫn đầu với tỷ lệ thanh toán viện phí không dùng tiền mặt "
        "72%; Trung tâm Y tế thị xã Trảng Bàng đạt 58%."
    )
    figure = _first_with_value(sentence, 58)
    assert figure.measure == "tỷ lệ thanh toán viện phí không dùng tiền mặt"
    assert figure.place == "Trung tâm Y tế thị xã Trảng Bàng"


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # the deed after a count of where the ones counted are is theirs too
        (
            "Năm 2024, toàn tỉnh có 4.120 hộ kinh doanh tại 52 chợ truyền thống chấp nhận thanh toán "
            "bằng mã QR.",
            4120,
            "hộ kinh doanh chấp nhận thanh toán bằng mã QR",
        ),
        (
            "Năm 2024, 2.400 công nhân ở 12 doanh nghiệp được đào tạo kỹ năng số.",
            2400,
            "công nhân được đào tạo kỹ năng số",
        ),
        # a count that names its ones already keeps its own measure
        (
            "Hiện 1.350 tiểu thương tại 18 chợ đầu mối đã mở gian hàng trên sàn thương mại điện tử.",
            1350,
            "tiểu thương mở gian hàng",
        ),
    ],
)
def test_the_deed_past_a_count_of_where_they_are_is_the_ones_counted(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a share of all the ones a count before it counts, with a count of where they are between
        (
            "Năm 2023, thị xã Sa Pa bán được 1,26 triệu vé tham quan điện tử tại 11 điểm du lịch, chiếm 83% "
            "tổng số vé phát hành.",
            83,
            "vé tham quan điện tử",
        ),
        (
            "Năm 2024, 3.250 học sinh ở 14 trường đã đăng ký học bạ số, chiếm 61% số học sinh toàn huyện.",
            61,
            "học sinh đăng ký học bạ số",
        ),
    ],
)
def test_a_share_of_the_ones_a_count_named_skips_the_count_of_where_they_are(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        # a place's bracketed part of an area or a length just given is that area, not its bare unit
        (
            [
                "Năm 2023, diện tích lúa được bón phân theo khuyến cáo trên ứng dụng đạt 6.400 ha.",
                "Nhiều nhất là huyện Thoại Sơn (1.850 ha), huyện Châu Phú (1.420 ha) và huyện Tri Tôn"
                " (980 ha).",
            ],
            [(1850, "huyện Thoại Sơn"), (1420, "huyện Châu Phú"), (980, "huyện Tri Tôn")],
        ),
        # "dài nhất" heads a list like "nhiều nhất"
        (
            [
                "Năm 2022, tổng chiều dài tuyến cáp quang mới lắp đặt đạt 1.240 km.",
                "Dài nhất là huyện Bắc Yên (310 km).",
            ],
            [(310, "huyện Bắc Yên")],
        ),
    ],
)
def test_a_bracketed_part_of_a_quantity_takes_the_quantity(
    sentences: list[str], found: list[tuple[float, str]]
) -> None:
    built = [Sentence("d", index, text, 1) for index, text in enumerate(sentences)]
    figures = extract_figures(built, doc_year=2024)
    whole = figures[0].measure
    assert whole and whole.casefold().startswith(("diện tích", "tổng chiều dài"))
    assert [(f.value, f.place) for f in figures[1:]] == found
    assert all(f.measure == whole for f in figures[1:])


def test_a_verb_whose_deed_needs_its_complement_names_no_deed() -> None:
    # "đưa … vào vận hành": "trạm bơm được đưa" would say nothing
    sentence = "Năm 2024, Công ty đã đưa 38 trạm bơm vào vận hành qua hệ thống giám sát, điều khiển từ xa."
    assert _first_with_value(sentence, 38).measure == "trạm bơm"
