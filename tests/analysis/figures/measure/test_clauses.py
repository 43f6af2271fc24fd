"""The measure read back from the number: ranks in a list, a comma, a dash or an index named."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.measure.clauses import measure_before
from analysis.types import Sentence
from tests.analysis.figures.measure.conftest import (
    _assert_measure,
    _assert_measure_and_place,
    _first_with_value,
)


# ranks in a list: the lead makes "14" and "23" ranks; the measure and place of each are read here
@pytest.mark.parametrize(
    ("sentence", "number", "measure", "place"),
    [
        (
            "Theo Chỉ số An toàn, an ninh mạng toàn cầu (GCI) 2024, "
            "Hàn Quốc đứng thứ 2, Nhật Bản 14, Trung Quốc 23.",
            "14",
            "Chỉ số An toàn, an ninh mạng toàn cầu (GCI)",
            "Nhật Bản",
        ),
        (
            "Hàn Quốc đứng thứ 2, Nhật Bản 14, Trung Quốc 23 "
            "trong Chỉ số An toàn, an ninh mạng toàn cầu (GCI).",
            "23",
            "Chỉ số An toàn, an ninh mạng toàn cầu (GCI)",
            "Trung Quốc",
        ),
        (
            "Trong Chỉ số Đổi mới sáng tạo toàn cầu 2024, Singapore đứng thứ 4, Malaysia 33, Thái Lan 41.",
            "41",
            "Chỉ số Đổi mới sáng tạo toàn cầu",
            "Thái Lan",
        ),
        (
            "Về Chỉ số chuyển đổi số, Hải Phòng và Quảng Ninh lần lượt đứng thứ 3 và 6.",
            "6",
            "Chỉ số chuyển đổi số",
            "Quảng Ninh",
        ),
        (
            "Hai tỉnh Bắc Giang và Bắc Ninh lần lượt đứng thứ 5 và 9 cả nước về chỉ số PCI.",
            "9",
            "chỉ số PCI",
            "Bắc Ninh",
        ),
    ],
)
def test_ranks_in_a_list_each_have_their_place(sentence: str, number: str, measure: str, place: str) -> None:
    assert measure_before(sentence, sentence.index(f" {number}") + 1) == (measure, place)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # a measure's head joined to more of the same noun across a comma or a dash
        (
            "Tỷ lệ số hóa giấy tờ, hồ sơ đất đai của huyện đạt 64,5%.",
            64.5,
            "Tỷ lệ số hóa giấy tờ, hồ sơ đất đai",
        ),
        (
            "Doanh thu dịch vụ bưu chính – chuyển phát của tỉnh năm 2024 đạt 940 tỷ đồng.",
            9.4e11,
            "Doanh thu dịch vụ bưu chính – chuyển phát",
        ),
        # an index a report names without an acronym measures the rank and the score after it
        (
            "Theo Chỉ số Thành phố thông minh năm 2024 do IMD công bố, Hà Nội xếp 110/142 thành phố, "
            "với 48,3 điểm.",
            48.3,
            "Chỉ số Thành phố thông minh",
        ),
        # an aside between commas before the verb names nothing measured: the clause it opens after does
        (
            "Tổng kinh phí cho trung tâm điều hành thông minh, gồm phần cứng, phần mềm và đào tạo, "
            "là 95 tỷ đồng.",
            9.5e10,
            "Tổng kinh phí cho trung tâm điều hành thông minh",
        ),
        (
            "Lượt tra cứu hồ sơ đất đai qua ứng dụng, vận hành từ tháng 6/2024, đạt 84.000 lượt.",
            84000,
            "Lượt tra cứu hồ sơ đất đai qua ứng dụng",
        ),
        (
            "Phần kinh tế số lõi, gồm công nghiệp phần mềm và viễn thông, chiếm khoảng 64%; phần còn lại "
            "lan tỏa.",
            64,
            "Phần kinh tế số lõi",
        ),
    ],
)
def test_measures_that_span_a_comma_a_dash_or_a_named_index(text: str, value: float, measure: str) -> None:
    found = {f.value: f.measure for f in extract_figures([Sentence("d", 1, text)], doc_year=2024)}
    assert found[value] == measure, found


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        # a topic frame opens the sentence and a bare place or agency follows: the frame names the measure
        (
            "Đối với chỉ tiêu hồ sơ trực tuyến toàn trình, Nam Định xếp thứ 7/63, Ninh Bình xếp thứ 15/63.",
            "hồ sơ trực tuyến toàn trình",
        ),
        (
            "Trong đợt đánh giá mức độ an toàn dữ liệu, Cục Hải quan đạt 640/1.000 điểm.",
            "mức độ an toàn dữ liệu",
        ),
        ("Xét về tốc độ tải xuống di động, Hà Nội đạt 118 Mb/giây.", "tốc độ tải xuống di động"),
    ],
)
def test_a_topic_frame_names_the_measure_of_the_places_after_it(sentence: str, measure: str) -> None:
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert figures and all(figure.measure == measure for figure in figures), [
        (figure.value, figure.measure) for figure in figures
    ]


def test_a_count_of_visits_named_with_a_comma_keeps_the_whole_label() -> None:
    sentence = "Số lượt đăng ký, cấp đổi giấy phép lái xe trực tuyến đạt 52.000 lượt, gấp 1,8 lần năm trước."
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    label = "Số lượt đăng ký, cấp đổi giấy phép lái xe trực tuyến"
    assert [(figure.value, figure.measure) for figure in figures] == [(52000, label), (1.8, label)]


def test_an_index_after_a_frame_of_component_indexes_is_its_own_measure() -> None:
    sentence = (
        "Ở nhóm chỉ số thành phần, chỉ số nguồn nhân lực (HCI) cải thiện mạnh nhất, xếp thứ 44 thế giới."
    )
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [(figure.value, figure.measure) for figure in figures] == [(44, "chỉ số nguồn nhân lực (HCI)")]


def test_a_field_named_after_a_rank_keeps_the_number_of_its_plan() -> None:
    sentence = "Hà Nam đứng thứ 8 cả nước về kết quả thực hiện Nghị quyết 57 trong năm 2025, tăng 5 bậc."
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2025)
    assert [(figure.value, figure.measure) for figure in figures] == [
        (8, "thực hiện Nghị quyết 57"),
        (5, "thực hiện Nghị quyết 57"),
    ]


def test_a_budget_for_coordinated_fields_keeps_its_comma() -> None:
    sentence = "Kinh phí cho văn hóa, thể thao năm 2025 của huyện là 42 tỷ đồng, gấp 2 lần năm 2024."
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2025)
    label = "Kinh phí cho văn hóa, thể thao"
    assert [(figure.value, figure.measure) for figure in figures] == [(42e9, label), (2, label)]


def test_a_block_split_by_its_comma_is_one_place() -> None:
    # "các sở, ban, ngành đạt …", "các bộ, cơ quan ngang bộ đạt …": the block, not its last part
    sentence = "Về ký số, các bộ, cơ quan ngang bộ đạt 91,5%, còn khối địa phương đạt 88%."
    found = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [(f.value, f.place) for f in found] == [
        (91.5, "các bộ, cơ quan ngang bộ"),
        (88.0, "khối địa phương"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a list's bare head ("cao nhất là 81,2% (Bắc Ninh)") measures the topic the list is about
        (
            "Về tỷ lệ hồ sơ nộp trực tuyến, cao nhất là 81,2% (Bắc Ninh), thấp nhất là 15,4% (Lai Châu).",
            81.2,
            "tỷ lệ hồ sơ nộp trực tuyến",
        ),
        (
            "Về tỷ lệ hồ sơ nộp trực tuyến, cao nhất là 81,2% (Bắc Ninh), thấp nhất là 15,4% (Lai Châu).",
            15.4,
            "tỷ lệ hồ sơ nộp trực tuyến",
        ),
        (
            "Đối với tỷ lệ văn bản điện tử có ký số, thấp nhất là 40,5% (Sơn La).",
            40.5,
            "tỷ lệ văn bản điện tử có ký số",
        ),
        # a pillar a rank is in, opened by "Ở" or "Về" ("đầu vào" is one word, not "đầu" and a filler)
        (
            "Ở trụ cột Con người, Việt Nam xếp thứ 48; trụ cột Công nghệ đứng thứ 55.",
            48,
            ("trụ cột Con người", "Con người"),
        ),
        (
            "Ở trụ cột Con người, Việt Nam xếp thứ 48; trụ cột Công nghệ đứng thứ 55.",
            55,
            ("trụ cột Công nghệ", "Công nghệ"),
        ),
        (
            "Về trụ cột đầu vào, Gia Lai đứng thứ 31; về trụ cột đầu ra, tỉnh đứng thứ 20.",
            31,
            "trụ cột đầu vào",
        ),
    ],
)
def test_a_list_or_a_pillar_measures_its_topic(
    sentence: str, value: float, measure: str | tuple[str, ...]
) -> None:
    _assert_measure(sentence, value, measure)


def test_a_list_head_held_aside_measures_its_topic() -> None:
    # written after the rule and not tuned on: other words, provinces and order
    _assert_measure(
        "Về tỷ lệ doanh nghiệp dùng hóa đơn điện tử, cao nhất là 97,1% (Bình Dương), "
        "thấp nhất là 61,8% (Hà Giang).",
        61.8,
        "tỷ lệ doanh nghiệp dùng hóa đơn điện tử",
    )
    _assert_measure(
        "Ở trụ cột Kinh doanh, Đà Nẵng xếp thứ 4; trụ cột Hạ tầng xếp thứ 2.",
        4,
        ("trụ cột Kinh doanh", "Kinh doanh"),
    )


@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        (
            "Mô hình nhà kính thông minh được nhân rộng tại 3 huyện: Đơn Dương (640 ha), Đức Trọng (410 ha) "
            "và Lạc Dương (150 ha).",
            410,
            "Mô hình nhà kính thông minh",
            "Đức Trọng",
        ),
        (
            "Mô hình nhà kính thông minh được nhân rộng tại 3 huyện: Đơn Dương (640 ha), Đức Trọng (410 ha) "
            "và Lạc Dương (150 ha).",
            640,
            "Mô hình nhà kính thông minh",
            "Đơn Dương",
        ),
        (
            "Tỷ lệ hộ dùng cáp quang cao nhất là: Bắc Ninh (96,2%), Hải Dương (93,5%).",
            93.5,
            "Tỷ lệ hộ dùng cáp quang",
            "Hải Dương",
        ),
    ],
)
def test_a_value_listed_after_a_colon_measures_the_head_clause_and_is_the_names(
    sentence: str, value: float, measure: str, place: str
) -> None:
    _assert_measure_and_place(sentence, value, measure, place)


_HIGHEST_THREE = (
    "Các tỉnh có điểm số cao nhất là Lâm Đồng, Gia Lai và Kon Tum, lần lượt đạt 88,2; 86,9 và 85,1 điểm."
)


@pytest.mark.parametrize(
    ("sentence", "value", "place"),
    [
        # the first place of a list after its head, and values split by ";"
        (
            _HIGHEST_THREE,
            88.2,
            "Lâm Đồng",
        ),
        (
            _HIGHEST_THREE,
            86.9,
            "Gia Lai",
        ),
        (
            _HIGHEST_THREE,
            85.1,
            "Kon Tum",
        ),
        # a longer list head before "là"
        (
            (
                "Đứng đầu bảng xếp hạng năm nay là Đà Nẵng, Huế và Quảng Nam, lần lượt đạt 71,5; 68,2 và "
                "66,0 điểm."
            ),
            71.5,
            "Đà Nẵng",
        ),
        # places that lead, then "lần lượt"
        (
            "Theo Báo cáo Chỉ số Năng lực số (DCI) năm 2024, Cần Thơ và Đồng Tháp tiếp tục dẫn đầu, lần lượt "
            "đạt 77,4 và 75,9 điểm.",
            75.9,
            "Đồng Tháp",
        ),
    ],
)
def test_each_place_of_a_respective_list_takes_its_value_in_turn(
    sentence: str, value: float, place: str
) -> None:
    figure = next(f for f in extract_figures([Sentence("d", 0, sentence)], doc_year=2024) if f.value == value)
    assert figure.place == place


def test_the_index_a_report_names_is_the_measure_of_a_respective_list_not_the_report() -> None:
    sentence = (
        "Theo Báo cáo Chỉ số Năng lực số (DCI) năm 2024 của Hiệp hội Phần mềm (VINASA), Cần Thơ và Đồng Tháp "
        "tiếp tục dẫn đầu, lần lượt đạt 77,4 và 75,9 điểm."
    )
    _assert_measure(sentence, 77.4, "Chỉ số Năng lực số (DCI)")


@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        (
            "Dẫn đầu về số hợp tác xã có gian hàng trực tuyến là huyện Phú Tân (46 hợp tác xã), "
            "Chợ Mới (31 hợp tác xã) và Tân Châu (18 hợp tác xã).",
            31,
            "số hợp tác xã có gian hàng trực tuyến",
            "Chợ Mới",
        ),
        (
            "Về ứng dụng bệnh án điện tử, tỷ lệ bệnh viện kết nối dữ liệu dẫn đầu là Cẩm Lệ (96%), "
            "Hải Châu (91%).",
            91,
            "tỷ lệ bệnh viện kết nối dữ liệu",
            "Hải Châu",
        ),
    ],
)
def test_a_value_listed_after_la_measures_the_topic_before_it(
    sentence: str, value: float, measure: str, place: str
) -> None:
    _assert_measure_and_place(sentence, value, measure, place)


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # bare quantities named before "lần lượt", one for each figure
        ("Còn doanh thu và lợi nhuận lần lượt đạt 120 tỷ đồng và 15 tỷ đồng.", 1.5e10, "lợi nhuận"),
        (
            "Chỉ số thành phần chính quyền số xếp thứ 19, còn kinh tế số và xã hội số lần lượt "
            "xếp thứ 33 và 41.",
            41,
            "xã hội số",
        ),
        ("Trong đó, chính quyền số và kinh tế số lần lượt xếp thứ 12 và 20.", 12, "chính quyền số"),
        # a named quantity's items, the second written alone: each value measures the head with its own item
        (
            "Tỷ lệ người dân và doanh nghiệp hài lòng lần lượt đạt 92% và 88%.",
            88,
            "Tỷ lệ doanh nghiệp hài lòng",
        ),
        ("Tỷ lệ người dân và doanh nghiệp hài lòng lần lượt đạt 92% và 88%.", 92, "Tỷ lệ người dân hài lòng"),
    ],
)
def test_quantities_named_before_lan_luot_take_their_values_in_turn(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        (
            "Về Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công, "
            "tỉnh đạt 91,36/100 điểm, xếp thứ 4/63 tỉnh, thành phố.",
            4,
            "Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công",
        ),
        (
            "Về Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước, "
            "Hà Tĩnh đạt 84,5%, xếp thứ 7.",
            84.5,
            "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
        ),
        # a frame that names a field, not an index, still ends at its first comma
        ("Về hạ tầng số, tỷ lệ hộ gia đình có cáp quang đạt 86%.", 86, "tỷ lệ hộ gia đình có cáp quang"),
    ],
)
def test_an_index_named_in_a_topic_frame_keeps_its_commas_and_its_whole_name(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


@pytest.mark.parametrize(
    ("sentence", "value", "place"),
    [
        (
            "Kết quả giữa các địa phương chưa đồng đều: tỷ lệ hộ dùng cáp quang cao nhất ở "
            "TP Sầm Sơn (92,4%), "
            "huyện Đông Sơn (85,1%) và huyện Hà Trung (77%).",
            92.4,
            "TP Sầm Sơn",
        ),
        (
            "Kết quả giữa các địa phương chưa đồng đều: tỷ lệ hộ dùng cáp quang cao nhất ở "
            "TP Sầm Sơn (92,4%), "
            "huyện Đông Sơn (85,1%) và huyện Hà Trung (77%).",
            77,
            "huyện Hà Trung",
        ),
        (
            "Mức độ triển khai còn chênh lệch: tỷ lệ hộ dùng cáp quang cao nhất ở huyện Đông Hưng (85,1%), "
            "huyện Hưng Hà (77%) và huyện Vũ Thư (70,5%).",
            85.1,
            "huyện Đông Hưng",
        ),
    ],
)
def test_a_list_that_names_its_measure_after_the_colon_measures_it_for_each_place(
    sentence: str, value: float, place: str
) -> None:
    _assert_measure_and_place(sentence, value, "tỷ lệ hộ dùng cáp quang", place)


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        (
            "Năm 2024, thanh toán qua thẻ, ví điện tử và mã QR tăng lần lượt 20%, 35% và 70%.",
            ["thanh toán qua thẻ", "thanh toán qua ví điện tử", "thanh toán qua mã QR"],
        ),
        (
            "Khách hàng đăng ký bằng ứng dụng, website và quầy giao dịch lần lượt chiếm 60%, 25% và 15%.",
            [
                "Khách hàng đăng ký bằng ứng dụng",
                "Khách hàng đăng ký bằng website",
                "Khách hàng đăng ký bằng quầy giao dịch",
            ],
        ),
        (
            "Số liệu của Ngân hàng Nhà nước cho thấy năm 2024 giao dịch qua kênh Internet, điện thoại "
            "di động và mã QR tăng lần lượt 51,2%, 50,5% và 62,8% về số lượng.",
            ["giao dịch qua kênh Internet", "giao dịch qua điện thoại di động", "giao dịch qua mã QR"],
        ),
        # an aside in brackets is no item, and its comma or dash splits none
        (
            "Trong tổng số tờ khai, luồng xanh (miễn kiểm tra), luồng vàng (kiểm tra hồ sơ - chứng từ) và "
            "luồng đỏ lần lượt chiếm 62%, 30% và 8%.",
            ["luồng xanh", "luồng vàng", "luồng đỏ"],
        ),
    ],
)
def test_items_after_a_shared_head_each_measure_the_head_with_their_item(
    sentence: str, measures: list[str]
) -> None:
    found = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [figure.measure for figure in found] == measures


def test_values_after_the_places_they_are_for_in_a_list_after_a_colon_measure_the_head() -> None:
    head = "Tỷ lệ hồ sơ trực tuyến của 25 dịch vụ công thiết yếu đạt:"
    sentence = f"{head} khối sở, ngành 84%; cấp huyện 76%; cấp xã 68%."
    found = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [(f.value, f.measure, f.place) for f in found[1:]] == [
        (84, "Tỷ lệ hồ sơ trực tuyến", "khối sở, ngành"),
        (76, "Tỷ lệ hồ sơ trực tuyến", "cấp huyện"),
        (68, "Tỷ lệ hồ sơ trực tuyến", "cấp xã"),
    ]


def test_a_paragraph_that_lists_places_takes_the_measure_given_just_before() -> None:
    sentences = [
        Sentence("d", 0, "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 72%.", 0),
        Sentence("d", 1, "Các địa phương dẫn đầu gồm: thị xã Kỳ Anh (91%), huyện Can Lộc (88%).", 1),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.measure, f.place) for f in found] == [
        (72, "tỷ lệ hồ sơ trực tuyến", None),
        (91, "tỷ lệ hồ sơ trực tuyến", "thị xã Kỳ Anh"),
        (88, "tỷ lệ hồ sơ trực tuyến", "huyện Can Lộc"),
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Tỷ lệ người dân có tài khoản ngân hàng của Hà Giang, Cao Bằng lần lượt là 52% và 55%.",
            [
                (52, "Tỷ lệ người dân có tài khoản ngân hàng", "Hà Giang"),
                (55, "Tỷ lệ người dân có tài khoản ngân hàng", "Cao Bằng"),
            ],
        ),
        (
            "Tỷ lệ hồ sơ trực tuyến tại Hà Nội, Hải Phòng và Đà Nẵng lần lượt đạt 60%, 55% và 70%.",
            [
                (60, "Tỷ lệ hồ sơ trực tuyến", "Hà Nội"),
                (55, "Tỷ lệ hồ sơ trực tuyến", "Hải Phòng"),
                (70, "Tỷ lệ hồ sơ trực tuyến", "Đà Nẵng"),
            ],
        ),
    ],
)
def test_places_owning_a_measure_pair_in_turn_with_the_figures_after_lan_luot(
    sentence: str, found: list
) -> None:
    figures = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [(f.value, f.measure, f.place) for f in figures] == found


# a group's members named one per figure after "lần lượt" are whom each figure is for, though no list knows
# their names; the measure is the head before the group or the quantity the members have
@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        (
            "Tỷ lệ người bệnh đặt lịch khám qua ứng dụng tại các bệnh viện Chợ Rẫy, Nhân dân 115 và Từ Dũ "
            "lần lượt là 34%, 29% và 41%.",
            29,
            "tỷ lệ người bệnh đặt lịch khám qua ứng dụng",
            "bệnh viện Nhân dân 115",
        ),
        (
            "Các xã Tân Hòa, Phú Lộc và Mỹ An dẫn đầu với tỷ lệ hộ dân có tài khoản thanh toán điện tử "
            "lần lượt là 81%, 77% và 70%.",
            70,
            "tỷ lệ hộ dân có tài khoản thanh toán điện tử",
            "Mỹ An",
        ),
        (
            "Số hộ kinh doanh dùng hóa đơn điện tử ở các huyện Yên Lạc, Vĩnh Tường lần lượt là 1.240 "
            "và 980 hộ.",
            980,
            "hộ kinh doanh dùng hóa đơn điện tử",
            "Vĩnh Tường",
        ),
        (
            "Sở Y tế, Sở Giáo dục và Đào tạo có tỷ lệ thủ tục trực tuyến toàn trình cao nhất, lần lượt "
            "đạt 88% và 85%.",
            85,
            "tỷ lệ thủ tục trực tuyến toàn trình",
            "Sở Giáo dục và Đào tạo",
        ),
        (
            "Các khu công nghiệp vùng ven Đồng Văn, Châu Sơn và Thanh Liêm có tỷ lệ doanh nghiệp dùng "
            "hóa đơn điện tử lần lượt là 90%, 86% và 79%.",
            86,
            "tỷ lệ doanh nghiệp dùng hóa đơn điện tử",
            "khu công nghiệp Châu Sơn",
        ),
    ],
)
def test_members_of_a_group_named_in_turn_are_each_figures_place(
    sentence: str, value: float, measure: str, place: str
) -> None:
    _assert_measure_and_place(sentence, value, measure, place)


def test_a_block_keeps_its_comma_before_a_year() -> None:
    _assert_measure_and_place(
        "Điểm trung bình của khối sở, ngành năm 2023 là 0,5402 điểm.",
        0.5402,
        "điểm trung bình",
        "khối sở, ngành",
    )


def test_names_in_turn_after_a_frame_of_where_the_list_is() -> None:
    _assert_measure_and_place(
        "Ở khối cấp huyện, Văn phòng HĐND-UBND huyện, Phòng Tư pháp và Công an huyện có tỷ lệ hồ sơ trực "
        "tuyến cao nhất, lần lượt đạt 95%, 91% và 88%.",
        88,
        "tỷ lệ hồ sơ trực tuyến",
        "Công an huyện",
    )


@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        # named bodies holding a measure are each figure's place
        (
            "Bến Nghé Port và Cảng Tân Thuận đạt tỷ lệ chứng từ điện tử lần lượt là 93% và 87%.",
            87,
            "tỷ lệ chứng từ điện tử",
            "Cảng Tân Thuận",
        ),
        # a noun written with a comma in capitals is one noun ("BHXH, BHYT")
        (
            "Tỷ lệ người tham gia BHXH, BHYT dùng ứng dụng VssID đạt 58%.",
            58,
            "Tỷ lệ người tham gia BHXH, BHYT dùng ứng dụng VssID",
            None,
        ),
        # a quantity in a measuring unit is what its label names
        (
            "Năm 2024, sản lượng hàng hóa thông qua cảng Lạch Huyện đạt 2,1 triệu TEU.",
            2.1e6,
            "sản lượng hàng hóa thông qua cảng Lạch Huyện",
            None,
        ),
    ],
)
def test_bodies_holding_a_measure_commas_in_capitals_and_measuring_units(
    sentence: str, value: float, measure: str, place: str | None
) -> None:
    _assert_measure_and_place(sentence, value, measure, place)


def test_bodies_of_a_group_leading_on_a_count_are_named_in_capitals() -> None:
    _assert_measure_and_place(
        "Các cục thuế Hải Phòng, Đồng Nai và Long An dẫn đầu về số hồ sơ hoàn thuế điện tử, lần lượt đạt "
        "9.200, 8.700 và 6.100 hồ sơ.",
        8700,
        "số hồ sơ hoàn thuế điện tử",
        "Cục Thuế Đồng Nai",
    )


def test_parts_each_with_their_own_head_in_turn_measure_their_figures() -> None:
    text = "Chỉ số hạ tầng số và chỉ số nhân lực công nghệ thông tin lần lượt đạt 0,62 và 0,55 điểm."
    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [f.measure for f in found] == ["Chỉ số hạ tầng số", "chỉ số nhân lực công nghệ thông tin"]


def test_items_opening_with_the_same_word_share_the_head_before_it() -> None:
    text = "Tỷ lệ hồ sơ mức độ 3, mức độ 4 và mức độ toàn trình lần lượt là 21%, 35% và 44%."
    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [f.measure for f in found] == [
        "Tỷ lệ hồ sơ mức độ 3",
        "Tỷ lệ hồ sơ mức độ 4",
        "Tỷ lệ hồ sơ mức độ toàn trình",
    ]


def test_counts_with_thousands_separators_in_turn_each_take_their_part() -> None:
    # "531.420" is one number: its dot ends no clause
    text = "Trong đó, khai sinh, kết hôn và khai tử lần lượt là 412.300, 98.450 và 61.200 trường hợp."
    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [f.measure for f in found] == ["khai sinh", "kết hôn", "khai tử"]


def test_a_locality_opening_the_sentence_is_whom_the_clause_after_a_contrast_speaks_of() -> None:
    text = "Huyện Lâm Bình tuy ít dân nhưng lại có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh với 93%."
    (figure,) = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert figure.place == "huyện Lâm Bình"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dẫn đầu Chỉ số hài lòng cấp huyện là huyện Lục Nam (91,4 điểm), tiếp đến là huyện Tân Yên "
        "(90,2 điểm).",
        "Đứng đầu Bộ chỉ số cải cách hành chính cấp sở là Sở Tư pháp với 93,1 điểm.",
    ],
)
def test_an_index_a_list_is_led_in_measures_its_places(sentence: str) -> None:
    found = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert found and all((f.measure or "").casefold().startswith(("chỉ số", "bộ chỉ số")) for f in found), [
        (f.value, f.measure, f.place) for f in found
    ]
    assert found[0].place in {"huyện Lục Nam", "Sở Tư pháp"}


def test_an_estimate_after_its_quantity_and_the_change_after_it_measure_that_quantity() -> None:
    text = "Sản lượng điều xuất khẩu đạt 720.000 tấn, kim ngạch ước 3,5 tỷ USD, tăng 19% so với cùng kỳ."
    found = {f.value: f.measure for f in extract_figures([Sentence("d", 1, text)], doc_year=2024)}
    assert (found[3.5e9], found[19]) == ("kim ngạch", "kim ngạch"), found


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # the first item written with the head, the next alone: as many words as the next item has
        (
            "Theo Sở Y tế, số bác sĩ nội trú và ngoại trú tham gia lần lượt là 38 và 52 người.",
            ["số bác sĩ nội trú tham gia", "số bác sĩ ngoại trú tham gia"],
        ),
        # what follows the last item is said of every one
        (
            "Tỷ lệ xã vùng cao, vùng thấp và ven biển dùng phần mềm một cửa lần lượt là 71%, 88% và 93%.",
            [
                "Tỷ lệ xã vùng cao dùng phần mềm một cửa",
                "Tỷ lệ xã vùng thấp dùng phần mềm một cửa",
                "Tỷ lệ xã ven biển dùng phần mềm một cửa",
            ],
        ),
    ],
)
def test_items_of_a_shared_head_before_lan_luot_each_measure_the_head_with_their_own(
    sentence: str, measures: list[str]
) -> None:
    found = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [figure.measure for figure in found] == measures


def test_a_source_opening_the_clause_is_no_shared_head() -> None:
    source = "Số liệu của ngân hàng cho thấy "
    sentence = source + "giao dịch qua ứng dụng, ví điện tử và thẻ tăng lần lượt 42%, 31% và 9%."
    found = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [figure.measure for figure in found] == [
        "giao dịch qua ứng dụng",
        "giao dịch qua ví điện tử",
        "giao dịch qua thẻ",
    ]


@pytest.mark.parametrize(
    "opening",
    ["", "Theo Văn phòng UBND tỉnh, "],  # a frame before, with its comma, names no place of the list
)
def test_levels_after_o_paired_by_lan_luot_are_each_value_s_place(opening: str) -> None:
    sentence = f"{opening}tỷ lệ văn bản ký số ở cấp tỉnh, cấp huyện và cấp xã lần lượt là 98,5%, 94,1% và 90%"
    figures = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [(f.value, f.measure.casefold(), f.place) for f in figures] == [
        (98.5, "tỷ lệ văn bản ký số", "cấp tỉnh"),
        (94.1, "tỷ lệ văn bản ký số", "cấp huyện"),
        (90, "tỷ lệ văn bản ký số", "cấp xã"),
    ]


def test_a_rate_s_head_before_a_colon_keeps_the_deeds_of_the_ones_it_counts() -> None:
    sentence = (
        "Tỷ lệ học sinh đang học bán trú đã đóng tiền ăn qua ngân hàng khá cao: Trường Kim Đồng (84%), "
        "Trường Lê Lợi (77%)."
    )
    assert measure_before(sentence, sentence.index("84%")) == (
        "Tỷ lệ học sinh đang học bán trú đã đóng tiền ăn qua ngân hàng",
        "Trường Kim Đồng",
    )


def test_places_opening_a_clause_pair_with_as_many_values_after_without_lan_luot() -> None:
    sentences = [
        Sentence("d", 1, "Tỷ lệ hộ nộp thuế qua ứng dụng đạt 48%."),
        Sentence("d", 2, "Ở các huyện Đồng Văn, Mèo Vạc và Yên Minh, tỷ lệ này chỉ 22%, 25% và 31%."),
    ]
    found = [f for f in extract_figures(sentences, doc_year=2024) if f.sentence_index == 2]
    assert [(f.value, f.measure, f.place) for f in found] == [
        (22, "Tỷ lệ hộ nộp thuế qua ứng dụng", "huyện Đồng Văn"),
        (25, "Tỷ lệ hộ nộp thuế qua ứng dụng", "huyện Mèo Vạc"),
        (31, "Tỷ lệ hộ nộp thuế qua ứng dụng", "huyện Yên Minh"),
    ]


def test_places_opening_a_clause_after_a_connective_pair_in_turn() -> None:
    sentence = "Tuy nhiên, ở các huyện Quan Sơn, Mường Lát, tỷ lệ hộ nộp thuế qua ứng dụng chỉ 17% và 12%."
    found = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [f.place for f in found] == ["huyện Quan Sơn", "huyện Mường Lát"]
