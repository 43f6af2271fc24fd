"""A phrase trimmed to its measure: frames, subjects, sources, times and numbered names."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.measure.label import split_have_frame, strip_measure, tidy_measure
from analysis.figures.measure.places import is_place
from analysis.types import Sentence
from tests.analysis.figures.measure.conftest import (
    _assert_measure,
    _assert_measure_and_place,
    _first_with_value,
)


@pytest.mark.parametrize(
    ("label", "stripped"),
    [
        ("Tỉnh phấn đấu đến năm 2030 kinh tế số chiếm", "kinh tế số"),
        # a verb of change before a quantity's head is what happened to it, not part of it ("giảm nghèo" is)
        ("rút ngắn thời gian cấp phiếu lý lịch tư pháp", "thời gian cấp phiếu lý lịch tư pháp"),
        ("giảm nghèo đa chiều", "giảm nghèo đa chiều"),
        ("Chỉ số chuyển đổi số (DTI) năm 2024 của Quảng Trị", "Chỉ số chuyển đổi số (DTI)"),
        ("tăng trưởng GDP được đặt mục tiêu từ", "tăng trưởng GDP"),  # a passive frame follows its measure
        # the change a quantity went through is no part of it
        ("Thời gian xử lý hồ sơ bình quân rút từ", "Thời gian xử lý hồ sơ"),
        ("Tốc độ đường truyền được nâng lên", "Tốc độ đường truyền"),
        ("Bộ đặt chỉ tiêu mỗi năm có thêm từ", ""),  # only who set the goal: nothing measured
        (
            "số thuê bao băng rộng cố định trên địa bàn tăng",
            "số thuê bao băng rộng cố định",
        ),  # where, not what
        (
            "Tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính đạt tối thiểu",
            "Tỷ lệ dịch vụ công trực tuyến",
        ),
        ("Kinh phí thực hiện giai đoạn 2024-2030 khoảng", "Kinh phí thực hiện"),
        ("mức bình quân cả nước (khoảng", "mức bình quân cả nước"),
        # "hiện" (now) before the verb says when, not what: the measure reads without it
        ("người cao tuổi hiện có thẻ bảo hiểm y tế điện tử", "người cao tuổi có thẻ bảo hiểm y tế điện tử"),
        ("hợp tác xã hiện nay đang bán hàng trên sàn", "hợp tác xã đang bán hàng trên sàn"),
        ("Tỷ lệ hồ sơ thực hiện trực tuyến", "Tỷ lệ hồ sơ thực hiện trực tuyến"),  # "thực hiện" is one word
        # "của các …" names a group the figure sums over, not what it measures
        ("Giá trị xuất khẩu phần mềm của các công ty trong khu công nghệ cao", "Giá trị xuất khẩu phần mềm"),
    ],
)
def test_strip_measure(label: str, stripped: str) -> None:
    assert strip_measure(label) == stripped


# Written for the measure helper's rules (issue 15), in no gold set.
@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        # who has a quantity is whom it is for; the quantity up to its superlative is the measure
        (
            "Bắc Ninh và Vĩnh Phúc có tỷ lệ doanh nghiệp dùng hóa đơn điện tử cao nhất vùng, "
            "lần lượt đạt 97% và 95%.",
            95,
            "tỷ lệ doanh nghiệp dùng hóa đơn điện tử",
            "Vĩnh Phúc",
        ),
        (
            "Năm nay, Cà Mau, Bạc Liêu và Sóc Trăng có độ phủ sóng 5G thấp nhất, lần lượt 31%, 28% và 26%.",
            28,
            "độ phủ sóng 5G",
            "Bạc Liêu",
        ),
        (
            "Thị xã Sa Pa có tỷ lệ khách sạn nhận thanh toán số cao nhất tỉnh với 83%.",
            83,
            "tỷ lệ khách sạn nhận thanh toán số",
            "Thị xã Sa Pa",
        ),
        ("Dự án cải tạo mạng cáp quang của huyện có tổng vốn 45 tỷ đồng.", 45e9, "tổng vốn", None),
        # the verb inside a measure is no frame: "hộ gia đình có máy tính"
        (
            "Tỷ lệ hộ gia đình có máy tính cao nhất là Đà Nẵng với 61%.",
            61,
            "Tỷ lệ hộ gia đình có máy tính",
            "Đà Nẵng",
        ),
        # the population a share is of yields to the measure named before it
        ("Đến nay, mạng cáp quang đã phủ tới 93% dân số.", 93, "mạng cáp quang", None),
        # a block of the administration and a district are whom a figure is for
        (
            "Về tỷ lệ văn bản đi được ký số, khối sở, ngành đạt 99%, khối xã đạt 87,5%.",
            87.5,
            "tỷ lệ văn bản đi được ký số",
            "khối xã",
        ),
        (
            "Quận 5 và huyện Cần Giờ có số hộ dùng ví điện tử thấp nhất, lần lượt 18% và 12%.",
            18,
            "số hộ dùng ví điện tử",
            "Quận 5",
        ),
        # "các huyện" after the measure says where, not what
        (
            "Tỷ lệ hồ sơ nộp qua dịch vụ bưu chính công ích tại các huyện cao nhất là Mường Tè (12,4%).",
            12.4,
            "Tỷ lệ hồ sơ nộp qua dịch vụ bưu chính công ích",
            "Mường Tè",
        ),
        # a number in a name is no figure: the measure runs through "mức độ 2", "Đề án 06"
        (
            "Số tài khoản định danh điện tử mức độ 2 của tỉnh tăng gấp đôi.",
            2,
            "Số tài khoản định danh điện tử mức độ 2",
            None,
        ),
    ],
)
def test_subject_frames_blocks_and_numbered_names(
    sentence: str, value: float, measure: str, place: str | None
) -> None:
    _assert_measure_and_place(sentence, value, measure, place)


def test_a_have_frame_needs_a_place_or_a_measures_head() -> None:
    assert split_have_frame("Hà Nội và Hải Phòng có độ phủ sóng 5G cao nhất") == (
        "độ phủ sóng 5G",
        ["Hà Nội", "Hải Phòng"],
    )
    assert split_have_frame("tỷ lệ hộ gia đình có cáp quang cao nhất") is None
    assert split_have_frame("Toàn tỉnh có 120 doanh nghiệp") is None
    assert is_place("khối huyện") and is_place("các huyện") and is_place("thành phố Thủ Đức")
    assert not is_place("khối trung học cơ sở") and not is_place("các doanh nghiệp")


def test_present_adverb_left_out_of_a_share() -> None:
    _assert_measure_and_place(
        "Khoảng 64% nông hộ hiện có tài khoản thanh toán điện tử.",
        64,
        "nông hộ có tài khoản thanh toán điện tử",
        None,
    )


def test_group_owner_left_out_of_a_sum() -> None:
    _assert_measure_and_place(
        "Năm 2024, giá trị xuất khẩu phần mềm của những công ty trong khu công nghệ cao đạt 640 triệu USD.",
        640e6,
        "giá trị xuất khẩu phần mềm",
        None,
    )


def test_a_channel_in_capitals_is_how_not_where() -> None:
    assert strip_measure("số giao dịch rút tiền qua ATM trên địa bàn giảm") == "số giao dịch rút tiền qua ATM"
    assert strip_measure("Tỷ lệ hồ sơ nộp qua Cổng Dịch vụ công quốc gia đạt") == "Tỷ lệ hồ sơ nộp"


def test_a_province_inside_a_label_before_with_what_is_its_owner() -> None:
    # "mức độ hài lòng của doanh nghiệp Bình Dương đối với thủ tục thuế": whose satisfaction (the province's
    # firms), then with what; the measure stops before the province, which is the figure's place
    sentence = "Năm 2024, mức độ hài lòng của doanh nghiệp Bình Dương đối với thủ tục thuế đạt 88%."
    found = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [(f.value, f.measure, f.place) for f in found] == [
        (88.0, "mức độ hài lòng của doanh nghiệp", "Bình Dương")
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # the group a share runs over ("tại các …"), an average over the country, a passive verb of the
        # assessment and the table or score an index is read in are no part of the measure
        (
            "Tỷ lệ thanh toán không dùng tiền mặt tại các trường học trên địa bàn tỉnh đạt 64,3%.",
            64.3,
            "tỷ lệ thanh toán không dùng tiền mặt",
        ),
        (
            "Tỷ lệ người bệnh đặt lịch khám trực tuyến tại các bệnh viện tuyến huyện đạt 23,6%.",
            23.6,
            "tỷ lệ người bệnh đặt lịch khám trực tuyến",
        ),
        (
            "Tỷ lệ hộ gia đình dùng cáp quang bình quân cả nước đạt 82,1%.",
            82.1,
            "tỷ lệ hộ gia đình dùng cáp quang",
        ),
        (
            "Mức độ ứng dụng công nghệ thông tin của Sở Tư pháp được đánh giá đạt 720/1.000 điểm.",
            720,
            "mức độ ứng dụng công nghệ thông tin",
        ),
        (
            "Nghệ An đứng thứ 12 trên bảng xếp hạng Chỉ số cải cách hành chính (PAR Index) với 86,4 điểm.",
            86.4,
            "Chỉ số cải cách hành chính (PAR Index)",
        ),
        (
            "Điểm trung bình Bộ chỉ số phục vụ người dân, doanh nghiệp của các tỉnh là 80,2/100 điểm.",
            80.2,
            "Bộ chỉ số phục vụ người dân, doanh nghiệp",
        ),
        # an agency named by its capital after "của" is whom the figure is for
        (
            "Mức độ số hóa hồ sơ của Ngân hàng Chính sách xã hội được đánh giá đạt 690/1.000 điểm.",
            690,
            "mức độ số hóa hồ sơ",
        ),
        # "Mỗi …" names what each one spends or earns on average: the average stays
        (
            "Mỗi hộ nông dân tham gia sàn thương mại điện tử thu thêm bình quân 18 triệu đồng/năm.",
            18e6,
            "Mỗi hộ nông dân tham gia sàn thương mại điện tử thu thêm bình quân",
        ),
    ],
)
def test_tails_and_wrappers_are_cut_from_a_measure(sentence: str, value: float, measure: str) -> None:
    _assert_measure(sentence, value, measure)


def test_an_average_with_nothing_before_it_is_the_measure() -> None:
    assert strip_measure("cao hơn mức bình quân cả nước") == "cao hơn mức bình quân cả nước"
    assert strip_measure("Tỷ lệ số hóa hồ sơ bình quân cả nước") == "Tỷ lệ số hóa hồ sơ"


def test_a_group_tail_held_aside_is_cut() -> None:
    # written after the rule and not tuned on
    _assert_measure(
        "Tỷ lệ học sinh được cấp học bạ số tại các trường tiểu học trên địa bàn đạt 88,4%.",
        88.4,
        "tỷ lệ học sinh được cấp học bạ số",
    )


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the conjunction joins the next figure, not a second word of the measure
        (
            "Đến năm 2030, nước ta vào nhóm 30 nước dẫn đầu về kinh tế số và 70% doanh nghiệp dùng nền tảng.",
            30,
        ),
        ("Năm 2026, tỉnh vào nhóm 20 địa phương dẫn đầu về chính quyền số hoặc 85% hồ sơ được số hóa.", 20),
    ],
)
def test_a_measure_never_ends_on_a_conjunction(sentence: str, value: float) -> None:
    found = _first_with_value(sentence, value).measure or ""
    assert found.split()[-1:] not in (["và"], ["hoặc"]), found


def test_an_index_named_up_to_its_acronym_is_kept_whole_however_long() -> None:
    name = (
        "Chỉ số mức độ hài lòng của người dân, doanh nghiệp đối với việc cung cấp dịch vụ công trực tuyến "
        "của các cơ quan hành chính nhà nước (DSAT)"
    )
    assert len(name.split()) > 18
    assert strip_measure(f"{name} của tỉnh") == name
    # what runs on past the name is no part of it (the group that runs it goes as an owner)
    longer = strip_measure(f"{name} và các chỉ số khác của tỉnh năm nay")
    assert name.startswith(longer.removesuffix("…")) and "chỉ số khác" not in longer, longer


@pytest.mark.parametrize(
    ("label", "measure"),
    [
        # "cao" of "công nghệ cao" is part of the name, not an adverb the label ends with
        ("Diện tích nông nghiệp ứng dụng công nghệ cao", "Diện tích nông nghiệp ứng dụng công nghệ cao"),
        # who made an index, however long its name, is not what it measures
        (
            "Chỉ số Năng lực số (DCI) năm 2024 do Hiệp hội Phần mềm và Dịch vụ công nghệ thông tin Việt Nam "
            "(VINASA)",
            "Chỉ số Năng lực số (DCI)",
        ),
        # a list's dash is no part of its item
        ("- Chỉ số PAR Index", "Chỉ số PAR Index"),
        # the quantity that reached its goal, not who set the goal
        ("Tỷ lệ thanh toán trực tuyến đã vượt chỉ tiêu tỉnh giao", "Tỷ lệ thanh toán trực tuyến"),
    ],
)
def test_names_made_by_dashes_and_goals_reached(label: str, measure: str) -> None:
    assert strip_measure(label) == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        ("Tỷ lệ người dân dùng ví điện tử như MoMo, ZaloPay đạt 45%.", 45, "Tỷ lệ người dân dùng ví điện tử"),
        ("Có 64% doanh nghiệp dùng nền tảng số như Misa.", 64, "doanh nghiệp dùng nền tảng số"),
        (
            "Trong đó 198 sản phẩm đã được đưa lên các sàn thương mại điện tử như Postmart, Voso, Shopee.",
            198,
            "sản phẩm được đưa lên các sàn thương mại điện tử",
        ),
        # examples in lower case are the nouns themselves
        (
            "Tỷ lệ doanh nghiệp dùng các nền tảng như mạng xã hội, sàn thương mại điện tử đạt 52%.",
            52,
            "Tỷ lệ doanh nghiệp dùng các nền tảng như mạng xã hội, sàn thương mại điện tử",
        ),
        # names right after a plural noun are part of what is measured, one clause with it
        (
            "Năm 2024, doanh thu nông sản bán qua các sàn Postmart, Voso đạt 86 tỷ đồng.",
            8.6e10,
            "doanh thu nông sản bán qua các sàn Postmart, Voso",
        ),
        # the label before a bare count runs over the names it gives as examples
        (
            "Số người dùng các mạng xã hội như Facebook, Zalo đạt 70 triệu.",
            7e7,
            "Số người dùng các mạng xã hội",
        ),
    ],
)
def test_named_examples_are_no_part_of_the_measure(sentence: str, value: float, measure: str) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_a_place_that_is_the_one_that_moved_most_takes_the_index_named_before() -> None:
    sentences = [
        Sentence("d", 0, "Theo Chỉ số chuyển đổi số (DTI) năm 2023, Đà Nẵng dẫn đầu."),
        Sentence(
            "d",
            1,
            "Hậu Giang là địa phương tăng hạng nhiều nhất khi tăng 19 bậc, lên vị trí thứ 30; ngược lại, "
            "Bạc Liêu giảm 7 bậc, xuống thứ 51.",
        ),
    ]
    found = [(f.value, f.measure, f.place) for f in extract_figures(sentences, doc_year=2023)]
    assert found == [
        (19.0, "Chỉ số chuyển đổi số (DTI)", "Hậu Giang"),
        (30.0, "Chỉ số chuyển đổi số (DTI)", "Hậu Giang"),
        (7.0, "Chỉ số chuyển đổi số (DTI)", "Bạc Liêu"),
        (51.0, "Chỉ số chuyển đổi số (DTI)", "Bạc Liêu"),
    ]


@pytest.mark.parametrize(
    ("label", "measure"),
    [
        # a place and then a word that opens no measure is who acted
        ("Tỉnh nâng tỷ lệ văn bản ký số lên", "tỷ lệ văn bản ký số"),
        ("Thành phố nâng tỷ lệ hồ sơ trực tuyến lên", "tỷ lệ hồ sơ trực tuyến"),
        # a size is no verb: "nhỏ và vừa" stays
        ("Doanh nghiệp nhỏ và vừa chiếm tỷ trọng", "Doanh nghiệp nhỏ và vừa"),
    ],
)
def test_who_acted_opens_no_measure(label: str, measure: str) -> None:
    assert strip_measure(label) == measure


def test_what_is_left_of_a_whole_province_once_its_place_goes_is_no_measure() -> None:
    owners: list[str] = []
    assert strip_measure("toàn tỉnh Gia Lai", owners=owners) == ""
    assert owners == ["tỉnh Gia Lai"]


# a holder verb ("đạt", "dẫn đầu với") before a measure's head: who holds it is whom it is for
@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        (
            "Thành phố Vinh đạt tỷ lệ hồ sơ giải quyết đúng hạn 98,2%, cao nhất tỉnh.",
            98.2,
            "tỷ lệ hồ sơ giải quyết đúng hạn",
            "Vinh",
        ),
        (
            "Trường THPT Lê Quý Đôn đi đầu với tỷ lệ giáo viên dùng bài giảng điện tử đạt 96%.",
            96,
            "tỷ lệ giáo viên dùng bài giảng điện tử",
            "Trường THPT Lê Quý Đôn",
        ),
        (
            "Cục Thống kê và Cục Quản lý thị trường đạt tỷ lệ văn bản ký số lần lượt là 95% và 92%.",
            92,
            "tỷ lệ văn bản ký số",
            "Cục Quản lý thị trường",
        ),
    ],
)
def test_who_holds_a_measure_after_a_holder_verb_is_its_place(
    sentence: str, value: float, measure: str, place: str
) -> None:
    _assert_measure_and_place(sentence, value, measure, place)


def test_a_holder_verb_before_no_measure_head_frames_nothing() -> None:
    assert split_have_frame("Hà Nội đạt mức cao nhất") is None


@pytest.mark.parametrize(
    ("label", "measure"),
    [
        # an owner pointed back at names no one new
        ("Tỷ lệ khách quay lại của ứng dụng này", "Tỷ lệ khách quay lại"),
        ("Số lượt tải về của phần mềm đó", "Số lượt tải về"),
        ("Tỷ lệ viện phí thanh toán qua mã QR tại bệnh viện này", "Tỷ lệ viện phí thanh toán qua mã QR"),
        # "hiện" is "now" at the end of a label, but part of "phát hiện", "thực hiện"
        ("số lỗ hổng bảo mật được phát hiện năm 2024", "số lỗ hổng bảo mật được phát hiện"),
        ("số thủ tục được thực hiện", "số thủ tục được thực hiện"),
        ("Tỷ lệ người dân dùng ví điện tử hiện", "Tỷ lệ người dân dùng ví điện tử"),
    ],
)
def test_pointed_owners_and_present_words_leave_the_measure(label: str, measure: str) -> None:
    assert strip_measure(label) == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # what holds a quantity, when no place or body, names whose quantity it is
        (
            "Năm 2025, thương mại điện tử duy trì tốc độ tăng trưởng khoảng 20%/năm.",
            20,
            "tốc độ tăng trưởng thương mại điện tử",
        ),
        (
            "Chương trình khuyến nông số đạt tỷ lệ giải ngân 91%.",
            91,
            "tỷ lệ giải ngân chương trình khuyến nông số",
        ),
        # "tăng trưởng" is growth, no "tăng" (rose) ending the subject
        (
            "Năm 2025, kinh tế số duy trì tốc độ tăng trưởng khoảng 20%/năm, gấp 3 lần tốc độ tăng trưởng "
            "GDP.",
            3,
            "tốc độ tăng trưởng kinh tế số",
        ),
    ],
)
def test_the_quantity_of_what_holds_it(sentence: str, value: float, measure: str) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_the_next_of_a_list_is_named_after_its_cue() -> None:
    sentence = "Doanh thu quảng cáo số chiếm 52%; tiếp theo là trò chơi trực tuyến (17%) và âm nhạc số (9%)."
    assert _first_with_value(sentence, 17).measure == "trò chơi trực tuyến"


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # a project's phase is no figure of the label's own
        (
            "Tổng mức đầu tư giai đoạn 2 là 240 tỷ đồng từ ngân sách tỉnh.",
            2.4e11,
            "Tổng mức đầu tư giai đoạn 2",
        ),
        # who changed a quantity acted on it; the quantity after the verb is the measure
        (
            "Phần mềm điều phối đã rút ngắn thời gian tiếp nhận cuộc gọi cấp cứu từ 5 phút xuống 90 giây.",
            90,
            "thời gian tiếp nhận cuộc gọi cấp cứu",
        ),
        # raising "số …" to a value: the count raised is the measure, not who raised it
        ("Viễn thông tỉnh đã nâng số trạm phát sóng 4G lên 1.420 trạm.", 1420, "số trạm phát sóng 4G"),
        ("Huyện tăng số thôn có đường cáp quang lên 86 thôn.", 86, "số thôn có đường cáp quang"),
        # a dash between two names is one name, whose last word is no filler ("Cao")
        (
            "Thời gian chờ tại nút giao Trần Phú – Nguyễn Cao giảm còn 48 giây.",
            48,
            "Thời gian chờ tại nút giao Trần Phú – Nguyễn Cao",
        ),
        # "với" before a measure's head: the quantity after it
        ("Thành phố khởi công giai đoạn 3 của dự án với tổng vốn 96 tỷ đồng.", 9.6e10, "tổng vốn"),
    ],
)
def test_phases_changes_dashed_names_and_a_quantity_after_với(
    sentence: str, value: float, measure: str
) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_whom_a_satisfaction_index_is_about_is_no_part_of_it() -> None:
    sentence = "Chỉ số hài lòng của người dân đối với UBND huyện Krông Pắc đạt 86,4 điểm."
    assert _first_with_value(sentence, 86.4).measure == "Chỉ số hài lòng của người dân"


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # what is said of a measure before its list is no part of it …
        (
            "Tỷ lệ hộ dùng ví điện tử có sự khác biệt lớn giữa các xã: Tân An (71%), Tân Hòa (52%).",
            52,
            "Tỷ lệ hộ dùng ví điện tử",
        ),
        # … but "có sự" inside a measure is ("doanh nghiệp có sự tham gia của …")
        (
            "Tỷ lệ doanh nghiệp có sự tham gia của phụ nữ trong ban lãnh đạo đạt 31%.",
            31,
            "Tỷ lệ doanh nghiệp có sự tham gia của phụ nữ trong ban lãnh đạo",
        ),
    ],
)
def test_what_is_said_of_a_measure_and_what_is_in_it(sentence: str, value: float, measure: str) -> None:
    assert _first_with_value(sentence, value).measure == measure


def test_here_says_nothing_of_what_is_measured() -> None:
    sentence = "Năm 2024, 100% hãng tàu tại đây dùng lệnh giao hàng điện tử."
    assert _first_with_value(sentence, 100).measure == "hãng tàu dùng lệnh giao hàng điện tử"


def test_an_index_edition_and_publisher_after_its_acronym_are_no_part_of_its_name() -> None:
    label = "Chỉ số Hiệu quả logistics (LPI) 2023 của Ngân hàng Thế giới"
    assert strip_measure(label) == "Chỉ số Hiệu quả logistics (LPI)"


@pytest.mark.parametrize(
    ("measure", "tidied"),
    [
        ("hãng tàu tại đây dùng lệnh giao hàng điện tử", "hãng tàu dùng lệnh giao hàng điện tử"),
        ("người dân trên địa bàn có tài khoản định danh", "người dân có tài khoản định danh"),
        # a place named after it is whom the figure is for, read elsewhere: left as it is
        ("doanh nghiệp trên địa bàn Hà Nội", "doanh nghiệp trên địa bàn Hà Nội"),
        # a time it ends on says when, which the figure's year does
        ("diện tích lúa bị ảnh hưởng do hạn trong mùa khô này", "diện tích lúa bị ảnh hưởng do hạn"),
        ("lượt khách đến bảo tàng trong năm", "lượt khách đến bảo tàng"),
        ("hồ sơ trong tỉnh", "hồ sơ trong tỉnh"),
        # a word left hanging where a cut fell says nothing
        ("Tổng số tiền hỗ trợ nông dân trong", "Tổng số tiền hỗ trợ nông dân"),
        ("kinh phí dự kiến cho", "kinh phí dự kiến"),
        ("số thuê bao 5G hồi đầu năm", "số thuê bao 5G"),
        ("Số hồ sơ nêu", "Số hồ sơ"),
        ("tuyến dựa", "tuyến"),
        # … unless it closes a word of its own: machine-readable, the way back, the input pillar
        ("dữ liệu ở định dạng máy đọc được", "dữ liệu ở định dạng máy đọc được"),
        ("xe tải chạy rỗng chiều về", "xe tải chạy rỗng chiều về"),
        ("trụ cột đầu vào", "trụ cột đầu vào"),
        ("tiền hoàn thuế sai thu hồi", "tiền hoàn thuế sai thu hồi"),
        # who speaks names no quantity
        ("chúng tôi ghi nhận", ""),
    ],
)
def test_here_leaves_a_finished_measure(measure: str, tidied: str) -> None:
    assert tidy_measure(measure) == tidied


def test_an_acronym_the_article_defines_is_written_out_in_a_measure() -> None:
    sentences = [
        Sentence("d", 0, "Năm 2024, Bảo hiểm xã hội (BHXH) tỉnh triển khai ứng dụng VssID.", 0),
        Sentence("d", 1, "Có 412.000 người tham gia BHXH cài ứng dụng VssID.", 1),
        Sentence("d", 2, "Chỉ số chuyển đổi số cấp tỉnh (DTI) của tỉnh đạt 0,52 điểm.", 2),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [f.measure for f in found] == [
        "người tham gia Bảo hiểm xã hội cài ứng dụng VssID",
        "Chỉ số chuyển đổi số cấp tỉnh (DTI)",
    ]


@pytest.mark.parametrize(
    ("label", "measure"),
    [
        ("nâng tỷ lệ che phủ lên", "tỷ lệ che phủ"),  # a noun, not "che" and a verb of coverage
        ("Mạng cáp quang phủ", "Mạng cáp quang"),  # the verb of coverage still goes
    ],
)
def test_a_coverage_noun_at_a_label_s_end_stays_whole(label: str, measure: str) -> None:
    assert strip_measure(label) == measure


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        # "thuế giá trị gia tăng" is one word: its "tăng" is no change the label ends before
        (
            "Thời gian hoàn thuế giá trị gia tăng bình quân rút từ 6 ngày xuống còn 2,5 ngày.",
            2.5,
            "Thời gian hoàn thuế giá trị gia tăng",
        ),
        ("Số tiền hoàn thuế giá trị gia tăng đạt 320 tỷ đồng.", 320e9, "Số tiền hoàn thuế giá trị gia tăng"),
        # a change after the quantity still ends it
        ("Năm 2024, doanh thu thương mại điện tử tăng 12%.", 12, "doanh thu thương mại điện tử"),
    ],
)
def test_value_added_tax_keeps_its_tang(sentence: str, value: float, measure: str) -> None:
    assert _first_with_value(sentence, value).measure == measure
