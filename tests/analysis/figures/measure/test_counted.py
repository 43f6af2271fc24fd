"""What a count counts: the noun run after its number, up to what the counted ones did or the next figure."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.types import Sentence
from tests.analysis.figures.measure.conftest import (
    _assert_measure,
    _first_with_value,
    _measures,
)


def test_a_count_names_which_ones_up_to_what_they_did() -> None:
    found = _measures([(1, "Năm 2024 có 4.260 tài khoản doanh nghiệp bị chiếm đoạt đã được khôi phục.", 1)])
    assert found == [(4260.0, "tài khoản doanh nghiệp bị chiếm đoạt")]


def test_a_count_names_which_ones_but_never_runs_into_the_next_figure() -> None:
    found = _measures([(1, "Tỉnh có hơn 2.400 tổ, gần 11.000 thành viên tham gia hướng dẫn người dân.", 1)])
    assert found == [(2400.0, "tổ"), (11000.0, "thành viên tham gia hướng dẫn người dân")]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a counted noun of three syllables or more says which ones; "được …", "do …", "về …" only adds
        (
            "Năm qua, hệ thống giám sát phát hiện 54 máy chủ bị nhiễm mã độc được cô lập kịp thời.",
            54,
            "máy chủ bị nhiễm mã độc",
        ),
        (
            "Sở đã triển khai 6 phần mềm quản lý văn bản do doanh nghiệp trong nước cung cấp.",
            6,
            "phần mềm quản lý văn bản",
        ),
        ("Tỉnh đã công khai 15 bộ dữ liệu mở về giao thông, du lịch và y tế.", 15, "bộ dữ liệu mở"),
        # a short, general noun needs what follows to say which ones
        (
            "Năm 2024 có 12.300 người dân được hướng dẫn cài đặt ứng dụng.",
            12300,
            "người dân được hướng dẫn cài đặt ứng dụng",
        ),
    ],
)
def test_a_specific_counted_noun_stops_before_its_relative_clause(
    sentence: str, value: float, measure: str
) -> None:
    assert _measures([(1, sentence, 1)]) == [(value, measure)]


def test_a_long_share_runs_to_the_end_of_its_clause_not_into_a_word() -> None:
    sentence = (
        "Đến cuối năm, 76% trường trung học cơ sở đã được trang bị phòng học thông minh có đường truyền "
        "Internet tốc độ cao, vượt kế hoạch."
    )
    measure = "trường trung học cơ sở được trang bị phòng học thông minh có đường truyền Internet tốc độ cao"
    assert _measures([(1, sentence, 1)]) == [(76, measure)]


def test_a_comma_before_a_clause_with_its_own_figure_ends_the_run() -> None:
    found = _measures([(1, "Băng rộng di động phủ 97% dân số, điểm phát Wi-Fi công cộng lên 1.200 điểm.", 1)])
    assert found[0] == (97, "Băng rộng di động")


def test_where_and_when_inside_a_share_run_drop_out_of_its_measure() -> None:
    found = _measures([(1, "Hiện 100% trạm y tế xã trên địa bàn đã kết nối phần mềm hồ sơ sức khỏe.", 1)])
    assert found == [(100, "trạm y tế xã kết nối phần mềm hồ sơ sức khỏe")]


def test_a_level_number_inside_a_share_run_is_part_of_its_noun() -> None:
    found = _measures([(1, "Năm 2025, 90% phần mềm mức độ 4 trở lên được kiểm thử an toàn.", 1)])
    assert found == [(90, "phần mềm mức độ 4 trở lên được kiểm thử an toàn")]


def test_a_share_of_two_coordinated_nouns_keeps_both() -> None:
    sentence = "Năm 2024, 97% người nhận trợ cấp xã hội và lương hưu tại huyện đã nhận tiền qua tài khoản."
    found = _measures([(1, sentence, 1)])
    assert found == [(97, "người nhận trợ cấp xã hội và lương hưu nhận tiền qua tài khoản")]
    # two aspects of one quantity are two measures, not one shown twice on the same-measure chart
    found = _measures([(1, "Hồ sơ trực tuyến tăng 35% về số lượng và 28% về giá trị.", 1)])
    assert [measure for _, measure in found] == ["số lượng hồ sơ trực tuyến", "giá trị hồ sơ trực tuyến"]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # the tagger's noun may be the whole run before "và": the second noun and the deed still join
        (
            "Hiện nay 100% trường mầm non và tiểu học dùng phần mềm quản lý học sinh.",
            "trường mầm non và tiểu học dùng phần mềm quản lý học sinh",
        ),
        # a numbered name after "và" is no next figure
        (
            "Năm 2026, 85% hệ thống thông tin cấp độ 3 và cấp độ 4 kết nối trung tâm giám sát.",
            "hệ thống thông tin cấp độ 3 và cấp độ 4 kết nối trung tâm giám sát",
        ),
    ],
)
def test_a_share_of_a_noun_joined_by_va_right_after_it_keeps_both_and_the_deed(
    sentence: str, measure: str
) -> None:
    assert [found for _, found in _measures([(1, sentence, 1)])] == [measure]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # where the ones are, then a verb that opens what they did, with no marker between
        (
            "Năm 2024, 83% giáo viên ở các huyện miền núi sử dụng sổ điểm điện tử.",
            "giáo viên sử dụng sổ điểm điện tử",
        ),
        (
            "Hiện 61% hộ kinh doanh tại thị trấn Phong Điền nhận được hóa đơn điện tử.",
            "hộ kinh doanh nhận được hóa đơn điện tử",
        ),
        # the negation before the verb stays: without it, the opposite
        (
            "Vẫn còn 18% hộ dân ở các xã vùng sâu chưa đăng ký tài khoản định danh.",
            "hộ dân chưa đăng ký tài khoản định danh",
        ),
        # "được" and "có" after the place say which places, not what the ones did
        ("Mạng 5G đã phủ 72% dân số tại các khu vực được cấp phép.", "dân số"),
    ],
)
def test_a_share_past_where_its_ones_are_takes_the_verb_that_opens_their_deed(
    sentence: str, measure: str
) -> None:
    assert [found for _, found in _measures([(1, sentence, 1)])] == [measure]


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # after "trong đó", a part of a whole of the same noun takes its deed
        (
            "Tỉnh có 85 bệnh viện tư nhân, trong đó 52 bệnh viện tư nhân đã kết nối đơn thuốc điện tử.",
            ["bệnh viện tư nhân", "bệnh viện tư nhân kết nối đơn thuốc điện tử"],
        ),
        # before a share of all of them: the count and the share it restates
        (
            "Có 1.920 hộ chăn nuôi lợn đã dùng phần mềm truy xuất, bằng 27% số hộ chăn nuôi lợn của tỉnh.",
            ["hộ chăn nuôi lợn dùng phần mềm truy xuất", "hộ chăn nuôi lợn dùng phần mềm truy xuất"],
        ),
        # … and what was done to them, right after the noun
        (
            "Đến nay, 12.600 giấy phép lái xe đã được cấp đổi trực tuyến.",
            ["giấy phép lái xe được cấp đổi trực tuyến"],
        ),
        # a count of its own takes its deed right after the noun, not past a comma
        (
            "Năm 2024, 52 bệnh viện tư nhân đã kết nối đơn thuốc điện tử.",
            ["bệnh viện tư nhân kết nối đơn thuốc điện tử"],
        ),
        ("Tỉnh có 214 nhà thuốc tư nhân, toàn bộ đã kết nối đơn thuốc điện tử.", ["nhà thuốc tư nhân"]),
    ],
)
def test_a_part_of_a_whole_of_the_same_long_noun_takes_its_deed(sentence: str, measures: list[str]) -> None:
    assert [found for _, found in _measures([(1, sentence, 1)])] == measures


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a rating the ones counted gave is what the share is of
        (
            "Kết quả khảo sát cho thấy 77% phụ huynh đánh giá hài lòng với sổ liên lạc điện tử.",
            "phụ huynh đánh giá hài lòng",
        ),
        # a bound on the ones counted (not on a measure of them) says which ones; the run goes on past it
        (
            "Đến năm 2026, 100% nhà hàng từ 3 sao trở lên nhận thanh toán bằng thẻ.",
            "nhà hàng từ 3 sao trở lên nhận thanh toán bằng thẻ",
        ),
        # what the place has says which places: no deed past it
        ("Chỉ 22% hộ trồng cà phê ở vùng cao có điện thoại để bán hàng trực tuyến.", "hộ trồng cà phê"),
    ],
)
def test_a_share_run_through_a_rating_a_bound_or_a_place_that_has(sentence: str, measure: str) -> None:
    assert [found for _, found in _measures([(1, sentence, 1)])] == [measure]


def test_the_whole_country_after_a_share_run_is_no_part_of_it() -> None:
    found = _measures([(1, "Đến nay, điện lưới đã phủ 98% xã, phường trên cả nước.", 1)])
    assert found == [(98, "xã, phường")]


def test_a_count_stops_before_what_the_counted_ones_lead() -> None:
    found = _measures(
        [(1, "Thành phố có 4 doanh nghiệp công nghệ dẫn đầu cả nước về xuất khẩu phần mềm.", 1)]
    )
    assert found == [(4, "doanh nghiệp công nghệ")]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a short coordinated tail after a comma is more of the same noun or verb
        (
            "100% văn bản đi của các sở, ban, ngành đều được ký số.",
            100,
            ("văn bản đi của các sở, ban, ngành", "văn bản đi của các sở, ban, ngành đều được ký số"),
        ),
        (
            "100% cán bộ, công chức, viên chức cấp xã đã có thư điện tử công vụ.",
            100,
            (
                "cán bộ, công chức, viên chức cấp xã",
                "cán bộ, công chức, viên chức cấp xã đã có thư điện tử công vụ",
            ),
        ),
        (
            "100% trạm y tế xã dùng hồ sơ sức khỏe điện tử, bệnh án điện tử.",
            100,
            "trạm y tế xã dùng hồ sơ sức khỏe điện tử, bệnh án điện tử",
        ),
        (
            "Tỉnh có 120 cơ sở khám, chữa bệnh đã kết nối liên thông đơn thuốc.",
            120,
            "cơ sở khám, chữa bệnh kết nối liên thông đơn thuốc",
        ),
    ],
)
def test_a_coordinated_tail_joins_the_run(
    sentence: str, value: float, measure: str | tuple[str, ...]
) -> None:
    _assert_measure(sentence, value, measure)


def test_a_new_subject_or_clause_after_the_comma_does_not_join() -> None:
    found = _measures(
        [(1, "Tỉnh xóa 94 thôn, xóm lõm sóng di động, nâng tỷ lệ thôn, xóm có sóng lên 98%.", 1)]
    )
    assert found[0] == (94.0, "thôn, xóm lõm sóng di động")
    _assert_measure(
        "Về hồ sơ, khối sở, ngành xử lý 91,3% hồ sơ trên môi trường mạng, khối địa phương đạt 86,9%.",
        91.3,
        "hồ sơ trên môi trường mạng",
    )


def test_a_coordinated_tail_held_aside_joins() -> None:
    # written after the rule and not tuned on
    _assert_measure(
        "100% xã, phường, thị trấn đã kết nối mạng truyền số liệu chuyên dùng.",
        100,
        ("xã, phường, thị trấn", "xã, phường, thị trấn đã kết nối mạng truyền số liệu chuyên dùng"),
    )


def test_an_age_says_which_ones() -> None:
    _assert_measure(
        "Hiện 58% phụ nữ trong độ tuổi sinh đẻ đã có hồ sơ sức khỏe điện tử.",
        58,
        ("phụ nữ trong độ tuổi sinh đẻ", "phụ nữ trong độ tuổi sinh đẻ đã có hồ sơ sức khỏe điện tử"),
    )


def test_a_department_field_holding_va_runs_on() -> None:
    _assert_measure(
        "Báo cáo cho thấy 100% sở giáo dục và đào tạo kết nối với cơ sở dữ liệu ngành.",
        100,
        "sở giáo dục và đào tạo kết nối với cơ sở dữ liệu ngành",
    )


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a short counted noun needs what was done to it; its share of all of them measures the same
        (
            "Đến tháng 10, toàn tỉnh có 2.310 cán bộ đã được cấp chữ ký số, chiếm 76% tổng số cán bộ.",
            2310,
            "cán bộ được cấp chữ ký số",
        ),
        (
            "Đến tháng 10, toàn tỉnh có 2.310 cán bộ đã được cấp chữ ký số, chiếm 76% tổng số cán bộ.",
            76,
            "cán bộ được cấp chữ ký số",
        ),
        # a long one too, right after it: what was done says which of them are counted
        (
            "Có 300 doanh nghiệp công nghệ số đã được cấp phép hoạt động.",
            300,
            "doanh nghiệp công nghệ số được cấp phép hoạt động",
        ),
    ],
)
def test_a_short_counted_noun_takes_what_was_done_to_it(sentence: str, value: float, measure: str) -> None:
    _assert_measure(sentence, value, measure)


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # "trên địa bàn" says where, and what the counted ones do goes on after it
        (
            "Phấn đấu đến năm 2025 có 70% hộ gia đình trên địa bàn sử dụng cáp quang.",
            70,
            "hộ gia đình sử dụng cáp quang",
        ),
        (
            "Đến năm 2025 có 50% doanh nghiệp trên địa bàn tỉnh tham gia sàn thương mại điện tử.",
            50,
            "doanh nghiệp tham gia sàn thương mại điện tử",
        ),
        # whom a share counts by age is part of its name, not a figure that ends it
        (
            "Tỷ lệ người từ 15 tuổi trở lên có tài khoản ngân hàng đạt 87%.",
            87,
            "Tỷ lệ người từ 15 tuổi trở lên có tài khoản ngân hàng",
        ),
        (
            "Tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng điện tử đạt 97,2%.",
            97.2,
            "Tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng điện tử",
        ),
    ],
)
def test_where_and_an_age_inside_a_measure_do_not_end_it(sentence: str, value: float, measure: str) -> None:
    _assert_measure(sentence, value, measure)


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a short noun goes on through "đã"/"đang" to what the counted ones did, and the aspect word drops
        ("Đến hết năm 2024, 42 xã đã triển khai chợ số trên địa bàn huyện.", 42, "xã triển khai chợ số"),
        ("Cả nước có khoảng 9 triệu người đang dùng chữ ký số cá nhân.", 9e6, "người dùng chữ ký số cá nhân"),
        (
            "Trong năm, 27 đơn vị đã chuyển hệ thống lên nền tảng điện toán đám mây.",
            27,
            "đơn vị chuyển hệ thống lên nền tảng điện toán đám mây",
        ),
        # a share's run keeps what they did, without the aspect word
        (
            "Khảo sát cho thấy 71,5% nông hộ đã bán hàng qua mạng xã hội.",
            71.5,
            "nông hộ bán hàng qua mạng xã hội",
        ),
        (
            "Theo Sở, 88% giáo viên đang sử dụng học liệu số trong giờ dạy.",
            88,
            "giáo viên sử dụng học liệu số",
        ),
        # a long counted noun too: what they did right after it says which of them are counted
        (
            "Hiện có 315 doanh nghiệp khởi nghiệp sáng tạo đã gọi vốn thành công.",
            315,
            "doanh nghiệp khởi nghiệp sáng tạo gọi vốn thành công",
        ),
        # … but kinds of place, however many words, say which ones only by what they did
        (
            "Đến nay có 212 xã, phường, thị trấn đã kết nối hội nghị truyền hình trực tuyến.",
            212,
            "xã, phường, thị trấn kết nối hội nghị truyền hình trực tuyến",
        ),
        (
            "Cả tỉnh có 9 huyện, thị xã đã áp dụng bản đồ số quy hoạch.",
            9,
            "huyện, thị xã áp dụng bản đồ số quy hoạch",
        ),
    ],
)
def test_when_the_counted_ones_did_it_is_no_part_of_the_measure(
    sentence: str, value: float, measure: str
) -> None:
    assert _measures([(1, sentence, 1)]) == [(value, measure)]


def test_a_level_repeating_its_head_after_a_comma_is_more_of_the_noun() -> None:
    sentence = (
        "Hiện 100% cơ quan nhà nước cấp tỉnh, cấp huyện và cấp xã sử dụng hệ thống quản lý văn bản điều hành."
    )
    assert _measures([(1, sentence, 1)]) == [
        (100, "cơ quan nhà nước cấp tỉnh, cấp huyện và cấp xã sử dụng hệ thống quản lý văn bản điều hành")
    ]


def test_the_next_of_a_ranked_list_after_a_comma_is_no_part_of_the_counted_noun() -> None:
    sentence = "Huyện Đơn Dương dẫn đầu với 640 hộ, tiếp theo là Đức Trọng (410 hộ) và Lạc Dương (275 hộ)."
    assert _measures([(1, sentence, 1)]) == [(640, "hộ"), (410, "hộ"), (275, "hộ")]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        (
            "Cả nước đã có 1.580 cơ sở khám, chữa bệnh triển khai thanh toán không dùng tiền mặt.",
            1580,
            "cơ sở khám, chữa bệnh triển khai thanh toán không dùng tiền mặt",
        ),
        (
            "Có 95% cơ sở sản xuất, kinh doanh dùng hóa đơn điện tử.",
            95,
            "cơ sở sản xuất, kinh doanh dùng hóa đơn điện tử",
        ),
    ],
)
def test_a_noun_written_with_a_comma_is_one_noun(sentence: str, value: float, measure: str) -> None:
    assert _measures([(1, sentence, 1)]) == [(value, measure)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # where the counted ones are, then what they did: the place drops out, the deed stays
        (
            "Có 812/1.043 trường học trên địa bàn tỉnh thu học phí không dùng tiền mặt.",
            [(812, "trường học thu học phí không dùng tiền mặt")],
        ),
        # a count of places the others are in did nothing itself
        (
            "Đến nay, 78% tiểu thương tại 146 chợ trên địa bàn tỉnh đã niêm yết mã QR.",
            [(78, "tiểu thương niêm yết mã QR"), (146, "chợ")],
        ),
        # a short noun's ones "ở" or "tại" somewhere, then what they did
        (
            "Đến quý III, 2.350 ngư dân ở các xã ven biển đã khai báo xuất bến qua ứng dụng.",
            [(2350, "ngư dân khai báo xuất bến qua ứng dụng")],
        ),
        (
            "Năm nay, 640 hộ tại thôn Làng Mới đã lắp đặt camera an ninh.",
            [(640, "hộ lắp đặt camera an ninh")],
        ),
        # a longer noun already says which ones; with no deed after the place, the place only says where
        (
            "Năm nay, 52 hợp tác xã nông nghiệp ở vùng đồi đã bán hàng qua sàn.",
            [(52, "hợp tác xã nông nghiệp")],
        ),
        ("Năm nay có 120 trạm ở các xã biên giới.", [(120, "trạm")]),
        # "tăng" inside "giá trị gia tăng" (value added) is no rise that ends the run
        (
            "Năm nay, Chi cục đã giải quyết 1.420 hồ sơ hoàn thuế giá trị gia tăng.",
            [(1420, "hồ sơ hoàn thuế giá trị gia tăng")],
        ),
        # "từ chối" (refuse) is a verb of its own, not "từ" (from) ending the run
        ("Có 38 hồ sơ bị từ chối do thiếu giấy tờ.", [(38, "hồ sơ bị từ chối")]),
        # a numbered class is part of the name ("chợ loại 1"), not a figure that ends it
        ("Đến năm 2025, 100% chợ loại 2 thu phí bằng mã QR.", [(100, "chợ loại 2 thu phí bằng mã QR")]),
    ],
)
def test_where_the_counted_ones_are_drops_out_of_what_they_did(sentence: str, found: list) -> None:
    assert _measures([(1, sentence, 1)]) == found


def test_a_quantity_named_after_a_comma_is_no_more_of_the_counted_noun() -> None:
    sentence = "Hệ thống đã phục vụ 265.000 lượt xe, doanh thu phí đạt 3,2 tỷ đồng."
    # (what was done to them, "phục vụ", says which ones; the comma ends the run)
    assert _measures([(1, sentence, 1)]) == [(265000, "lượt xe được phục vụ"), (3.2e9, "doanh thu phí")]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # what was done to them, or what they have, right after the noun says which ones are counted
        (
            "Năm 2024, 52.600 tài khoản phụ huynh được kích hoạt để tra cứu điểm thi.",
            52600,
            "tài khoản phụ huynh được kích hoạt",
        ),
        ("Toàn huyện có 8.450 hộ nuôi tôm có nhật ký điện tử.", 8450, "hộ nuôi tôm có nhật ký điện tử"),
        # a second predicate after a deed only adds to it
        ("Có 54 máy chủ bị nhiễm mã độc được cô lập kịp thời.", 54, "máy chủ bị nhiễm mã độc"),
    ],
)
def test_a_deed_right_after_a_specific_count_noun_says_which_ones(
    sentence: str, value: float, measure: str
) -> None:
    assert _measures([(1, sentence, 1)])[0] == (value, measure)


def test_a_share_past_where_its_ones_are_measures_what_they_did() -> None:
    sentence = "Cả tỉnh có 71,2% hộ nuôi trồng thủy sản ở vùng ven biển đã cài ứng dụng dự báo thời tiết."
    assert _measures([(1, sentence, 1)]) == [(71.2, "hộ nuôi trồng thủy sản cài ứng dụng dự báo thời tiết")]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # what a bound after the count measures is not which ones; what they did after it is
        ("Năm 2024, 1.150 tàu cá dài từ 12 m trở lên đã cài ứng dụng eCDT.", "tàu cá cài ứng dụng eCDT"),
        ("Toàn tỉnh có 1.150 tàu cá dài từ 12 m trở lên.", "tàu cá"),
    ],
)
def test_a_bound_after_a_count_is_no_part_of_its_measure(sentence: str, measure: str) -> None:
    assert _measures([(1, sentence, 1)]) == [(1150, measure)]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # where all of them are ("trong tỉnh") says not which ones: what they did does
        (
            "Năm học 2024-2025, 198/205 trường học trong tỉnh đã dùng phần mềm quản lý thư viện số.",
            198,
            "trường học dùng phần mềm quản lý thư viện số",
        ),
        # a share's run that reaches a bound ("từ 12 m trở lên") measures what they did after it
        (
            "Hiện 96% tàu cá có chiều dài từ 12 m trở lên đã cài đặt nhật ký khai thác điện tử.",
            96,
            "tàu cá cài đặt nhật ký khai thác điện tử",
        ),
        # a bound in a unit of two words ("từ 1 tỷ đồng trở lên")
        (
            "Năm 2025, tỉnh phấn đấu 100% hộ kinh doanh có doanh thu từ 1 tỷ đồng trở lên dùng hóa đơn "
            "điện tử.",
            100,
            "hộ kinh doanh dùng hóa đơn điện tử",
        ),
        # "ra vào" is one word of going in and out, not a place entered
        (
            "Năm 2023, 54.000 lượt container ra vào cảng được quét bằng máy soi.",
            54000,
            "lượt container ra vào cảng được quét bằng máy soi",
        ),
        # a frame's words inside a noun ("hồ sơ đề nghị") frame nothing
        (
            "Tỷ lệ hồ sơ đề nghị cấp phép xây dựng nộp qua mạng đạt 64%.",
            64,
            "Tỷ lệ hồ sơ đề nghị cấp phép xây dựng nộp qua mạng",
        ),
    ],
)
def test_a_run_past_where_they_are_a_bound_or_a_compound(sentence: str, value: float, measure: str) -> None:
    assert (value, measure) in _measures([(1, sentence, 1)])


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # "vừa … vừa …" is both … and …: which ones, not when
        (
            "Qua đối soát, cơ quan bảo hiểm phát hiện 58 trường hợp vừa nhận lương hưu vừa đã đi làm lại.",
            58,
            "trường hợp vừa nhận lương hưu vừa đi làm lại",
        ),
    ],
)
def test_both_halves_of_vua_vua_say_which_ones(sentence: str, value: float, measure: str) -> None:
    assert (value, measure) in _measures([(1, sentence, 1)])


def test_a_vua_vua_in_a_clause_of_its_own_after_the_noun_is_no_part_of_it() -> None:
    found = dict(
        _measures([(1, "Xã chỉ có 4 cán bộ biết dùng phần mềm kế toán, nên phải vừa làm vừa học.", 1)])
    )
    assert "vừa làm" not in (found[4] or "")


def test_a_share_in_brackets_after_a_count_is_an_aside_to_its_run_and_restates_it() -> None:
    text = "Sau khi nhận tin nhắn, 312 lượt (chiếm 84,1%) đã được chủ hộ xử lý trong ngày."
    assert _measures([(1, text, 1)]) == [
        (312, "lượt được chủ hộ xử lý"),
        (84.1, "lượt được chủ hộ xử lý"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # what the ones counted produce, after a comma, is a clause of its own
        (
            "Huyện đã lắp 18 trạm quan trắc mực nước, dữ liệu được gửi về tỉnh.",
            18,
            "trạm quan trắc mực nước",
        ),
        # "tự do" is one word, not "done by"
        (
            "Năm 2024 có 1.640 người lao động tự do tham gia bảo hiểm xã hội tự nguyện.",
            1640,
            "người lao động tự do tham gia bảo hiểm xã hội tự nguyện",
        ),
    ],
)
def test_the_run_after_a_count_stops_at_a_new_clause_and_keeps_a_compound(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_counts_of_those_that_reached_a_rate_within_a_bound_keep_it() -> None:
    sentence = "Có 16 sở, ngành và 7 huyện đạt tỷ lệ thanh toán trực tuyến trên 60%."
    found = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [(f.value, f.measure) for f in found] == [
        (16, "sở, ngành đạt tỷ lệ thanh toán trực tuyến trên 60%"),
        (7, "huyện đạt tỷ lệ thanh toán trực tuyến trên 60%"),
    ]
