"""Key figures: a number with what it counts, its qualifier, year and source sentence."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.units import read_unit, tag_pieces
from analysis.types import CorpusAnalysis, DocumentAnalysis, Sentence

SEED_003 = "003_58bd2110ae835d9e"


def _unit_after(text: str, number: str) -> tuple[str, str] | None:
    pieces = tag_pieces(text)
    position = text.index(number) + len(number)
    index = next((i for i, piece in enumerate(pieces) if piece.start >= position), len(pieces))
    unit = read_unit(pieces, index)
    return None if unit is None else (unit.text, unit.category)


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("có 16 nhóm nền tảng số phục vụ", "16", ("nhóm nền tảng số", "noun")),
        ("với 63 tỉnh, thành phố.", "63", ("tỉnh, thành phố", "noun")),
        ("đạt 13,17% tổng số", "13,17", ("%", "percent")),
        ("chiếm 14,2% GDP cả nước", "14,2", ("% GDP", "percent")),
        ("hơn 80.000 tổ, gần", "80.000", ("tổ", "noun")),
        ("2.500 doanh nghiệp công nghệ số mới", "2.500", ("doanh nghiệp công nghệ số", "noun")),
        (
            "có 1.200 doanh nghiệp công nghệ cao đang hoạt động",
            "1.200",
            ("doanh nghiệp công nghệ cao", "noun"),
        ),
        ("3.321 xã, phường, đặc khu.", "3.321", ("xã, phường, đặc khu", "noun")),
        ("700 nghìn hồ sơ trực tuyến.", "700 nghìn", ("hồ sơ trực tuyến", "noun")),
        ("3.200 Tổ công nghệ số cộng đồng với", "3.200", ("Tổ công nghệ số cộng đồng", "noun")),
        # the tagger's noun run, not a closed list: "trạm BTS", "chỉ số thành phần", "điểm cầu"
        ("Tỉnh có 120 trạm BTS mới", "120", ("trạm BTS", "noun")),
        ("gồm 12 chỉ số thành phần và", "12", ("chỉ số thành phần", "noun")),
        ("kết nối 350 điểm cầu trên cả nước", "350", ("điểm cầu", "noun")),
        ("4 ưu tiên chính", "4", ("ưu tiên", "noun")),
        ("đạt 45 tỷ USD", "45 tỷ", ("USD", "money")),
        ("đạt 0,87 điểm", "0,87", ("điểm", "score")),
        ("gấp 3 lần năm 2019", "3", ("lần", "multiplier")),
        ("tăng 12 bậc so với", "12", ("bậc", "change")),
        ("giảm 3 điểm phần trăm", "3", ("điểm phần trăm", "change")),
        ("đạt 98,5 Mb/giây", "98,5", ("Mb/giây", "rate")),
        ("3,1 tỷ giao dịch/năm", "3,1 tỷ", ("giao dịch/năm", "noun")),
        ("3,1 tỷ giao dịch mỗi năm", "3,1 tỷ", ("giao dịch/năm", "noun")),
        ("người từ 18 tuổi trở lên", "18", ("tuổi", "time")),
        # idioms and words that follow a number without being counted
        ("tăng trưởng hai con số", "hai", None),
        ("có 5 điểm nhấn nổi bật", "5", None),
        ("đạt 80.000, tăng", "80.000", None),
        ("tổng cộng 80", "80", None),
    ],
)
def test_read_unit(text: str, number: str, unit: tuple[str, str] | None) -> None:
    assert _unit_after(text, number) == unit


@pytest.mark.parametrize(
    ("text", "doc_year", "figures"),
    [
        (
            "Đến cuối năm 2023 có hơn 80.000 tổ, gần 380.000 thành viên tham gia.",
            2024,
            [
                (80000.0, "tổ", "hơn", 2023, "hơn 80.000 tổ"),
                (380000.0, "thành viên", "gần", 2023, "gần 380.000 thành viên"),
            ],
        ),
        (
            "Hơn 5 triệu lượt người dân được tiếp cận kỹ năng số cơ bản.",
            2022,
            [(5000000.0, "lượt người dân", "hơn", 2022, "Hơn 5 triệu lượt người dân")],
        ),
        (
            "Nguồn lực cần huy động vào khoảng 1,5 triệu tỷ đồng.",
            2021,
            [(1500000000000000.0, "đồng", "khoảng", 2021, "khoảng 1,5 triệu tỷ đồng")],
        ),
        ("Tỷ lệ mới đạt 13,17%, còn thấp.", 2021, [(13.17, "%", None, 2021, "13,17%")]),
        # the economy a share is taken of stays in the unit
        ("Kinh tế số chiếm khoảng 18,5 % GDP.", 2026, [(18.5, "% GDP", "khoảng", 2026, "khoảng 18,5 % GDP")]),
        # a year after "so với" is the baseline, not the figure's year
        (
            "Kinh tế số ước chiếm khoảng 18,5% GDP, tăng rõ rệt so với năm 2025.",
            2026,
            [(18.5, "% GDP", "khoảng", 2026, "khoảng 18,5% GDP")],
        ),
        (
            "Có 1.000 doanh nghiệp trong năm 2024, tăng 20% so với cùng kỳ năm 2023.",
            None,
            [(1000.0, "doanh nghiệp", None, 2024, "1.000 doanh nghiệp"), (20.0, "%", None, 2024, "20%")],
        ),
        ("Không có số liệu nào.", None, []),
    ],
)
def test_extract_figures(
    text: str, doc_year: int | None, figures: list[tuple[float, str, str | None, int | None, str]]
) -> None:
    found = extract_figures([Sentence("d", 0, text)], doc_year=doc_year)
    assert [(f.value, f.unit, f.qualifier, f.year, f.text) for f in found] == figures
    assert all(f.doc == "d" and f.sentence == text and f.text in text for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng chủ trì phiên họp lần thứ 8 của Ủy ban.",
        "Kết nối với Đề án 06 của Chính phủ.",
        "Tháng 10 là tháng tiêu dùng số.",
        "Ngày 10/10 hằng năm là Ngày Chuyển đổi số quốc gia.",
        "Tập trung vào 4 ưu tiên chính: phát triển dữ liệu số; quản trị số.",
        "Việt Nam triển khai mạng 5G và 4G.",
        "Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
        "Giai đoạn 2021-2025 có nhiều thay đổi.",
        "Tổng truy cập: 2247912",
        "Hàng trăm ứng dụng đã được xây dựng.",
    ],
)
def test_numbers_that_are_not_figures(text: str) -> None:
    assert extract_figures([Sentence("d", 0, text)], doc_year=2024) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Đã thành lập hơn 80.000 Tổ công nghệ số cộng đồng.", "Tổ công nghệ số cộng đồng"),
        ("Bộ đã công bố 16 nhóm nền tảng số phục vụ người dân.", "nền tảng số"),
        ("Cổng Dịch vụ công quốc gia tích hợp hơn 2.700 dịch vụ công trực tuyến.", "dịch vụ công trực tuyến"),
        ("Sự kiện kết nối với 63 tỉnh, thành phố.", None),
    ],
)
def test_figure_subject(text: str, subject: str | None) -> None:
    (figure,) = extract_figures([Sentence("d", 0, text)], doc_year=2024)
    assert figure.subject == subject


# --- the seeds -----------------------------------------------------------------------------------


def test_seed_figures(seed_corpus: CorpusAnalysis) -> None:
    assert [(f.doc, f.value, f.unit, f.qualifier, f.year) for f in seed_corpus.figures] == [
        ("001_d02360e2110805a5", 63.0, "tỉnh, thành phố", None, 2024),
        (SEED_003, 80000.0, "tổ", "hơn", 2023),
        (SEED_003, 380000.0, "thành viên", "gần", 2023),
        ("004_ceed97d4935bf166", 16.0, "nhóm nền tảng số", None, 2022),
        ("004_ceed97d4935bf166", 5000000.0, "lượt người dân", "hơn", 2022),
    ]


def test_seed_community_technology_teams(seed_corpus: CorpusAnalysis) -> None:
    figures = {f.value: f for f in seed_corpus.figures if f.doc == SEED_003}
    teams, members = figures[80000.0], figures[380000.0]
    assert (teams.unit, teams.subject, teams.qualifier, teams.year, teams.text) == (
        "tổ",
        "Tổ công nghệ số cộng đồng",
        "hơn",
        2023,
        "hơn 80.000 tổ",
    )
    assert (members.unit, members.subject, members.qualifier, members.year, members.text) == (
        "thành viên",
        "Tổ công nghệ số cộng đồng",
        "gần",
        2023,
        "gần 380.000 thành viên",
    )
    assert teams.sentence == members.sentence
    assert teams.sentence.startswith("Theo thống kê, đến cuối năm 2023, tất cả các địa phương")


@pytest.mark.parametrize("value", [2247912.0, 4030.0, 1.0])
def test_no_seed_figure_comes_from_page_furniture(seed_corpus: CorpusAnalysis, value: float) -> None:
    assert [f for f in seed_corpus.figures if f.value == value] == []


def test_no_seed_figure_sentence_is_furniture(seed_docs: dict[str, DocumentAnalysis]) -> None:
    for analysis in seed_docs.values():
        for figure in analysis.figures:
            assert figure.text in figure.sentence
            assert figure.sentence in analysis.document.body
            assert not any(figure.sentence in line for line in analysis.document.furniture)
            for fragment in ("truy cập", "View count", "Ảnh:"):
                assert fragment not in figure.sentence


def test_no_fixture_figure_sentence_is_furniture(fixture_docs: dict[str, DocumentAnalysis]) -> None:
    for analysis in fixture_docs.values():
        for figure in analysis.figures:
            assert not any(figure.sentence in line for line in analysis.document.furniture)


# --- kinds and traps -----------------------------------------------------------------------------


def _typed(text: str, doc_year: int = 2024) -> list[tuple[str, float, float | None, str, int | None]]:
    found = extract_figures([Sentence("d", 1, text)], doc_year=doc_year)
    return [(f.kind, f.value, f.value_high, f.unit, f.year) for f in found]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Việt Nam xếp thứ 71/193 quốc gia.", [("rank", 71.0, None, "quốc gia", 2024)]),
        (
            "Thành phố đứng thứ 15 thế giới, lọt top 40.",
            [("rank", 15.0, None, "thế giới", 2024), ("rank", 40.0, None, "", 2024)],
        ),
        ("Đà Nẵng xếp thứ nhất cả nước.", [("rank", 1.0, None, "cả nước", 2024)]),
        ("Doanh thu gấp 3 lần năm 2019.", [("multiplier", 3.0, None, "lần", 2024)]),
        ("Doanh thu tăng gấp đôi.", [("multiplier", 2.0, None, "lần", 2024)]),
        (
            "Chỉ số tăng 12 bậc, giảm 3 điểm phần trăm.",
            [("change", 12.0, None, "bậc", 2024), ("change", 3.0, None, "điểm phần trăm", 2024)],
        ),
        ("Tăng trưởng 7,5 - 8%.", [("range", 7.5, 8.0, "%", 2024)]),
        ("Thời gian từ 5 đến 7 năm.", [("range", 5.0, 7.0, "năm", 2024)]),
        ("Chi phí từ 5-10 triệu đồng.", [("range", 5e6, 10e6, "đồng", 2024)]),
        (
            "Tăng trưởng 15%/năm, tốc độ 98,5 Mb/giây.",
            [("rate", 15.0, None, "%/năm", 2024), ("rate", 98.5, None, "Mb/giây", 2024)],
        ),
        ("Hệ thống xử lý 3,1 tỷ giao dịch mỗi năm.", [("rate", 3.1e9, None, "giao dịch/năm", 2024)]),
        (
            "Tỉnh đạt 0,87 điểm, tổng điểm 800.",
            [("score", 0.87, None, "điểm", 2024), ("score", 800.0, None, "điểm", 2024)],
        ),
        ("Chỉ số EGDI của Việt Nam đạt 0,7709.", [("score", 0.7709, None, "điểm", 2024)]),
        (
            "Thành phố có 120 trạm BTS và 12 chỉ số thành phần.",
            [("count", 120.0, None, "trạm BTS", 2024), ("count", 12.0, None, "chỉ số thành phần", 2024)],
        ),
        ("Giao 27 nhiệm vụ trọng tâm cho các bộ.", [("count", 27.0, None, "nhiệm vụ trọng tâm", 2024)]),
        (
            "Cả nước có ba cấp chính quyền và hai mươi lăm tỉnh.",
            [("number_word", 3.0, None, "cấp chính quyền", 2024), ("number_word", 25.0, None, "tỉnh", 2024)],
        ),
        (
            "Bộ công bố năm nền tảng số dùng chung.",
            [("number_word", 5.0, None, "nền tảng số dùng chung", 2024)],
        ),
        ("Doanh thu đạt 45 tỷ USD.", [("money", 45e9, None, "USD", 2024)]),
        ("Thời gian giải quyết giảm xuống còn 5 ngày.", [("count", 5.0, None, "ngày", 2024)]),
        (
            "Đã cung cấp 25/25 dịch vụ công thiết yếu.",
            [("share", 25.0, None, "dịch vụ công thiết yếu", 2024)],
        ),
        # years: right after the figure, a baseline is skipped, a goal takes its target year
        (
            "Tỷ trọng tăng từ 4,1% năm 2020 lên 6,3% năm 2024.",
            [("percent", 4.1, None, "%", 2020), ("percent", 6.3, None, "%", 2024)],
        ),
        ("Doanh thu gấp 4 lần mức năm 2019.", [("multiplier", 4.0, None, "lần", 2024)]),
        ("Phấn đấu đến năm 2030 kinh tế số đạt 30% GDP.", [("percent", 30.0, None, "% GDP", 2030)]),
        ("Giai đoạn 2021-2025 cần khoảng 1,5 triệu tỷ đồng.", [("money", 1.5e15, None, "đồng", 2025)]),
    ],
)
def test_figure_kinds(text: str, figures: list[tuple[str, float, float | None, str, int | None]]) -> None:
    assert _typed(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng ký Quyết định số 411/QĐ-TTg và Nghị quyết 52-NQ/TW.",
        "Triển khai Đề án 2140 trên nền 4G/5G.",
        "Đây là lần thứ 5 Ủy ban họp, phiên họp thứ hai trong năm thứ năm.",
        "1) Hoàn thiện thể chế.",
        "(2) Phát triển hạ tầng.",
        "04. Bảo đảm an toàn thông tin.",
        "Người từ 18 tuổi trở lên, học viên từ 25 đến 55 tuổi.",
        "Mục tiêu tăng trưởng hai con số.",
        "Trong 9 tháng đầu năm, sau 5 năm triển khai.",
        "Dự kiến mở rộng ra toàn bộ 450 cơ s",
        "Xem tại https://dx.gov.vn/tin-tuc/2024/bai-viet-123 và www.mic.gov.vn/2023.",
        ".box { width: 1200px; margin: 10px; }",
        "Năm nay là năm Dữ liệu số quốc gia.",
        "Mỗi tỉnh có 1 đề án, một số điểm nghẽn cần tháo gỡ.",
        "Bộ phê duyệt các nền tảng, và năm nền tảng này đều kết nối.",
    ],
)
def test_traps_are_never_figures(text: str) -> None:
    assert extract_figures([Sentence("d", 1, text)], doc_year=2024) == []


def test_a_quantity_cut_down_to_one_is_a_figure_though_one_alone_is_not() -> None:
    # "1 đề án" is a singular (a trap above); the end a time was cut down to is a statistic
    found = extract_figures(
        [Sentence("d", 1, "Thời gian cấp lý lịch tư pháp giảm từ 4 ngày xuống còn 1 ngày.")], doc_year=2024
    )
    assert [(f.value, f.unit) for f in found] == [(4.0, "ngày"), (1.0, "ngày")]


def test_list_counters_are_not_figures_but_a_count_without_a_list_is() -> None:
    sentences = [
        Sentence("d", 0, "Bộ xác định 3 trụ cột: thể chế, hạ tầng và nhân lực.", 0),
        Sentence("d", 1, "Sau đó, 3 trụ cột được giao cho các vụ.", 1),
        Sentence("d", 2, "Thủ tướng đề nghị thực hiện ba nhiệm vụ trọng tâm.", 2),
        Sentence("d", 3, "Thứ nhất, hoàn thiện thể chế.", 3),
        Sentence("d", 4, "Chính phủ giao 27 nhiệm vụ trọng tâm cho các bộ.", 4),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.unit) for f in found] == [(27.0, "nhiệm vụ trọng tâm")]


def test_title_repeating_the_body_gives_one_figure_from_the_body() -> None:
    sentences = [
        Sentence("d", 0, "Kinh tế số chiếm 18,3% GDP năm 2024", 0),
        Sentence("d", 1, "Tỷ trọng kinh tế số trong GDP năm 2024 ước đạt 18,3%.", 1),
    ]
    [figure] = extract_figures(sentences, doc_year=2024)
    assert (figure.sentence_index, figure.unit, figure.measure) == (1, "%", "Tỷ trọng kinh tế số trong GDP")


def test_figure_span_and_measure_come_from_its_sentence() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%, cao nhất từ trước đến nay."
    [figure] = extract_figures([Sentence("d", 3, text)], doc_year=2024)
    assert text[figure.start : figure.end] == figure.text == "45%"
    assert (figure.measure, figure.sentence_index, figure.is_target) == (
        "Tỷ lệ hồ sơ trực tuyến toàn trình",
        3,
        False,
    )


def test_a_year_stated_earlier_in_the_paragraph_governs_it() -> None:
    sentences = [
        Sentence("d", 1, "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 82,6%.", 1),
        Sentence("d", 2, "Mức độ hài lòng đạt 98,2%.", 1),
        Sentence("d", 3, "Tỉnh đã cấp 160.000 chữ ký số.", 2),
    ]
    assert [f.year for f in extract_figures(sentences, doc_year=2025)] == [2024, 2024, 2025]


def _meaning(text: str, doc_year: int = 2023) -> list[tuple[str, float, float | None, int | None, bool]]:
    found = extract_figures([Sentence("d", 1, text)], doc_year=doc_year)
    return [(f.kind, f.value, f.out_of, f.year, f.is_target) for f in found]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # two mentions with the same value, unit and year are two facts
        (
            "Toàn bộ 100% xã có điểm phục vụ một cửa; 100% trường học dùng sổ điểm điện tử.",
            [("percent", 100.0, None, 2023, False), ("percent", 100.0, None, 2023, False)],
        ),
        # a comparison base is not the figure's year
        (
            "Giá trị giao dịch qua mã QR tăng 18,4% so với cùng kỳ năm 2022.",
            [("percent", 18.4, None, 2023, False)],
        ),
        # a series gives each value its own year, "năm nay" the article's
        (
            "Tỷ lệ doanh nghiệp dùng hóa đơn điện tử năm 2020 đạt 40%, 2021 đạt 52%, năm nay ước 70%.",
            [
                ("percent", 40.0, None, 2020, False),
                ("percent", 52.0, None, 2021, False),
                ("percent", 70.0, None, 2023, False),
            ],
        ),
        # an aside with its own value keeps its own year
        (
            "Số hồ sơ nộp trực tuyến chiếm 58% (năm 2021 là 33%).",
            [("percent", 58.0, None, 2023, False), ("percent", 33.0, None, 2021, False)],
        ),
        # a goal in an aside is a target; the next place's value is a result
        (
            "Về chữ ký số, khối sở đạt 91% (chỉ tiêu 98%), khối huyện đạt 74,5%.",
            [
                ("percent", 91.0, None, 2023, False),
                ("percent", 98.0, None, 2023, True),
                ("percent", 74.5, None, 2023, False),
            ],
        ),
        # what stands now after a goal is a result of the article's year
        (
            "Chỉ tiêu năm 2025 là 90% hộ có cáp quang, hiện đạt 76%.",
            [("percent", 90.0, None, 2025, True), ("percent", 76.0, None, 2023, False)],
        ),
        (
            "Chỉ số đổi mới sáng tạo của Việt Nam xếp 46/132 nền kinh tế.",
            [("rank", 46.0, 132.0, 2023, False)],
        ),
        (
            "Ba địa phương dẫn đầu lần lượt đứng thứ 3, 7 và 11 cả nước.",
            [
                ("number_word", 3.0, None, 2023, False),
                ("rank", 3.0, None, 2023, False),
                ("rank", 7.0, None, 2023, False),
                ("rank", 11.0, None, 2023, False),
            ],
        ),
        ("Huyện có 4,1 điều dưỡng trên 1.000 dân.", [("rate", 4.1, None, 2023, False)]),
        ("Cổng dịch vụ công được chấm 705/1.000 điểm.", [("score", 705.0, 1000.0, 2023, False)]),
        ("Gần 2/5 số hợp tác xã đã bán hàng trên sàn.", [("share", 2.0, 5.0, 2023, False)]),
        ("Sáng 2/9 số người xem lễ diễu binh trực tuyến rất lớn.", []),
        ("Số tài khoản VNeID mức 2 hiện là khoảng 7 triệu.", [("count", 7e6, None, 2023, False)]),
        ("Bộ đã ban hành năm bộ tiêu chí chuyển đổi số.", [("number_word", 5.0, None, 2023, False)]),
        ("Sở đã tổ chức năm học mới với nhiều lớp trực tuyến.", []),
        ("Ngân sách dành cho nhóm dự án này là 12 tỉ", []),
    ],
)
def test_each_figure_reads_its_own_kind_year_and_goal(
    text: str, figures: list[tuple[str, float, float | None, int | None, bool]]
) -> None:
    assert _meaning(text) == figures


def test_a_series_of_ranks_names_each_place() -> None:
    text = "Về Chỉ số Chính phủ điện tử, Singapore đứng thứ 3, Malaysia 53, Thái Lan 55."
    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [(f.kind, f.value, f.place) for f in found] == [
        ("rank", 3.0, "Singapore"),
        ("rank", 53.0, "Malaysia"),
        ("rank", 55.0, "Thái Lan"),
    ]


def test_a_year_in_an_aside_or_set_against_the_sentence_does_not_carry() -> None:
    sentences = [
        Sentence("d", 1, "Năm 2024, tỷ lệ trường dùng học bạ số đạt 72% (năm 2023 là 51%).", 1),
        Sentence("d", 2, "Toàn tỉnh có 310 trường dùng sổ điểm điện tử.", 1),
        Sentence("d", 3, "Quý I/2025, 80% hồ sơ được số hóa, trong khi năm 2024 chỉ đạt 62%.", 2),
        Sentence("d", 4, "Tỉnh cấp thêm 4.100 chữ ký số.", 2),
    ]
    found = extract_figures(sentences, doc_year=2025)
    assert [(f.value, f.year) for f in found] == [
        (72.0, 2024),
        (51.0, 2023),
        (310.0, 2024),
        (80.0, 2025),
        (62.0, 2024),
        (4100.0, 2025),
    ]


def test_a_plan_year_does_not_carry_into_the_next_sentence() -> None:
    sentences = [
        Sentence("d", 1, "Kế hoạch năm 2026 của tỉnh phấn đấu 95% hồ sơ được số hóa.", 1),
        Sentence("d", 2, "Hiện tỷ lệ hồ sơ được số hóa đạt 64%.", 1),
    ]
    found = extract_figures(sentences, doc_year=2025)
    assert [(f.value, f.year, f.is_target) for f in found] == [(95.0, 2026, True), (64.0, 2025, False)]


def test_a_lead_restating_the_body_is_one_figure_but_two_body_mentions_are_two() -> None:
    sentences = [
        Sentence("d", 0, "Cả nước có 95.000 Tổ công nghệ số cộng đồng", 0),
        Sentence("d", 1, "Tính đến nay, cả nước đã có 95.000 tổ.", 1),
        Sentence(
            "d", 2, "Bộ cho biết cả nước có 95.000 Tổ công nghệ số cộng đồng với 410.000 thành viên.", 2
        ),
        Sentence("d", 3, "Riêng khu vực nông thôn, 95.000 hộ đã được hướng dẫn mở tài khoản.", 3),
    ]
    found = extract_figures(sentences, doc_year=2024)
    assert [(f.value, f.sentence_index) for f in found] == [(95000.0, 2), (410000.0, 2), (95000.0, 3)]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a plan's parts are counted, not aimed at
        ("Kế hoạch năm 2026 gồm 5 nhóm giải pháp và 18 chỉ tiêu chủ yếu.", {5: False, 18: False}),
        ("Đề án xác định 3 đột phá và 7 nhiệm vụ trọng tâm đến năm 2030.", {3: False, 7: False}),
        # what the plan aims at stays a goal
        ("Kế hoạch đặt mục tiêu đến năm 2026 có 1.200 tổ công nghệ số cộng đồng.", {1200: True}),
        ("Phấn đấu đến năm 2027, 90% hồ sơ được xử lý trực tuyến.", {90: True}),
    ],
)
def test_a_count_of_a_plans_parts_is_no_goal(text: str, targets: dict[float, bool]) -> None:
    found = {
        figure.value: figure.is_target for figure in extract_figures([Sentence("d", 0, text)], doc_year=2025)
    }
    assert found == targets


def test_a_body_figure_its_headline_restates_takes_the_headlines_shorter_measure() -> None:
    title = "Long An: 85% hồ sơ thuế được nộp trực tuyến"
    sentences = [
        Sentence("d", 0, "Cổng thông tin điện tử tỉnh Long An"),
        Sentence("d", 1, title, paragraph=1),
        Sentence(
            "d",
            2,
            "Cục Thuế cho biết đến nay 85% hồ sơ thuế của doanh nghiệp trên địa bàn đã được nộp qua mạng.",
            paragraph=2,
        ),
        Sentence("d", 3, "Tỉnh có 1.900 doanh nghiệp dùng hóa đơn điện tử.", paragraph=3),
    ]
    found = extract_figures(sentences, doc_year=2024, title=title)
    assert [(f.value, f.sentence_index) for f in found] == [(85.0, 2), (1900.0, 3)]
    assert found[0].measure == extract_figures([sentences[1]], doc_year=2024)[0].measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the parts an index is made of are a figure of the index, not a list of tasks
        (
            "Bộ chỉ số đổi mới sáng tạo gồm bảy trụ cột: thể chế, nhân lực, hạ tầng, thị trường, kinh doanh.",
            7.0,
        ),
        ("Chỉ số sẵn sàng AI đo lường ba trụ cột: chính phủ, công nghệ, dữ liệu và hạ tầng.", 3.0),
    ],
)
def test_the_pillars_of_an_index_are_a_figure(text: str, value: float) -> None:
    found = extract_figures([Sentence("d", 1, text)], doc_year=2024)
    assert [f.value for f in found] == [value]


def test_a_list_of_tasks_is_still_no_figure() -> None:
    text = (
        "Kế hoạch đề ra bốn nhiệm vụ trọng tâm: hoàn thiện thể chế, phát triển hạ tầng, dữ liệu và nhân lực."
    )
    assert extract_figures([Sentence("d", 1, text)], doc_year=2024) == []


def test_the_pillars_of_an_index_are_a_figure_held_aside() -> None:
    # written before the fix and not tuned on
    text = (
        "Chỉ số PCI năm nay được chấm theo mười chỉ số thành phần: chi phí gia nhập, tiếp cận đất đai, "
        "tính minh bạch."
    )
    assert [f.value for f in extract_figures([Sentence("d", 1, text)], doc_year=2024)] == [10.0]


def _sentence_figures(text: str) -> list[tuple[float, str, str, str | None, str | None]]:
    return [
        (f.value, f.kind, f.unit, f.measure, f.place)
        for f in extract_figures([Sentence("d", 0, text)], doc_year=2024)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count of the noun an earlier rate counts per head is that rate, compared
        (
            "Năm 2024, tỉnh có 12,4 giường bệnh trên 10.000 dân, thấp hơn mức bình quân cả nước là "
            "15,1 giường bệnh.",
            [
                (12.4, "rate", "giường bệnh/10.000 dân", "giường bệnh", None),
                (15.1, "rate", "giường bệnh/10.000 dân", "giường bệnh", None),
            ],
        ),
        # a rate written out twice stays two rates, and its "10.000 dân" no count
        (
            "Tỉnh hiện có 7,8 bác sĩ trên 10.000 dân, thấp hơn bình quân cả nước "
            "(12,5 bác sĩ trên 10.000 dân).",
            [
                (7.8, "rate", "bác sĩ/10.000 dân", "bác sĩ", None),
                (12.5, "rate", "bác sĩ/10.000 dân", "bác sĩ", None),
            ],
        ),
        # bare values in brackets after a rate: compared with it, or listed by place
        (
            "Toàn tỉnh đạt 11,4 chữ ký số trên 100 người; dẫn đầu là TP Vinh (24,3), thị xã Cửa Lò (18,6).",
            [
                (11.4, "rate", "chữ ký số/100 người", "chữ ký số", None),
                (24.3, "rate", "chữ ký số/100 người", "chữ ký số", "TP Vinh"),
                (18.6, "rate", "chữ ký số/100 người", "chữ ký số", "thị xã Cửa Lò"),
            ],
        ),
        # after a score: the same measure, for the group the average is of
        (
            "Điểm EGDI của Việt Nam đạt 0,7709, lần đầu vượt mức trung bình của thế giới (0,6382).",
            [
                (0.7709, "score", "điểm", "Điểm EGDI", None),
                (0.6382, "score", "điểm", "Điểm EGDI", "thế giới"),
            ],
        ),
    ],
)
def test_a_value_that_leaves_out_its_unit_takes_the_rate_or_score_before_it(
    sentence: str, expected: list[tuple[float, str, str, str | None, str | None]]
) -> None:
    assert _sentence_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Các nhiệm vụ gồm: (1) số hóa hồ sơ; (2) thanh toán trực tuyến; (3) dữ liệu mở.", []),
        # an integer in brackets after a rate numbers an item, it is no value
        ("Toàn tỉnh đạt 11,4 chữ ký số trên 100 người (2) và tiếp tục triển khai.", [11.4]),
    ],
)
def test_an_item_number_in_brackets_is_no_figure(sentence: str, values: list[float]) -> None:
    assert [f[0] for f in _sentence_figures(sentence)] == values


def test_a_headlines_bare_noun_leaves_the_body_its_fuller_measure() -> None:
    # "Tòa án hai cấp xét xử trực tuyến 286 phiên tòa": the headline counts "phiên tòa" and names nothing
    # shorter than the body's "phiên tòa xét xử trực tuyến"
    title = "Bắc Giang: Tòa án hai cấp xét xử trực tuyến 286 phiên tòa trong năm 2024"
    sentences = [
        Sentence("d", 0, title, paragraph=0),
        Sentence(
            "d",
            1,
            "Năm 2024, Tòa án nhân dân hai cấp tỉnh Bắc Giang đã tổ chức 286 phiên tòa xét xử trực tuyến.",
            paragraph=1,
        ),
    ]
    found = [f for f in extract_figures(sentences, doc_year=2024, title=title) if f.value == 286]
    assert [(f.sentence_index, f.measure) for f in found] == [(1, "phiên tòa xét xử trực tuyến")]


def test_points_counted_as_places_and_who_has_the_most() -> None:
    # "điểm giao dịch" counts places; "(412 điểm)" after who has the most of them counts them too, for it
    sentences = [
        Sentence("d", 0, "Năm 2023, toàn tỉnh có 2.140 điểm giao dịch chấp nhận mã QR.", paragraph=1),
        Sentence(
            "d",
            1,
            "Huyện Lai Vung có nhiều điểm nhất (412 điểm), tiếp đến là huyện Lấp Vò (380 điểm).",
            paragraph=1,
        ),
    ]
    found = extract_figures(sentences, doc_year=2023)
    assert [(f.value, f.kind, f.measure, f.place) for f in found] == [
        (2140, "count", "điểm giao dịch chấp nhận mã QR", None),
        (412, "count", "điểm giao dịch chấp nhận mã QR", "Huyện Lai Vung"),
        (380, "count", "điểm giao dịch chấp nhận mã QR", "huyện Lấp Vò"),
    ]


def test_a_count_in_brackets_after_who_has_the_most_is_theirs() -> None:
    sentences = [
        Sentence("d", 0, "Năm 2022, toàn tỉnh có 12.400 hộ dùng chữ ký số.", paragraph=1),
        Sentence("d", 1, "Thị xã Vĩnh Châu có nhiều hộ dùng chữ ký số nhất (640 hộ).", paragraph=1),
    ]
    found = extract_figures(sentences, doc_year=2022)
    assert [(f.value, f.place) for f in found] == [(12400, None), (640, "Thị xã Vĩnh Châu")]


def test_a_headline_cut_after_its_passive_leaves_the_body_its_measure() -> None:
    title = "Hậu Giang: 1.260 hợp tác xã, tổ hợp tác được hỗ trợ lên sàn thương mại điện tử"
    sentences = [
        Sentence("d", 0, title, paragraph=0),
        Sentence(
            "d",
            1,
            "Năm 2024, Sở Nông nghiệp tỉnh Hậu Giang đã hỗ trợ 1.260 hợp tác xã, tổ hợp tác đưa sản phẩm lên"
            " sàn thương mại điện tử.",
            paragraph=1,
        ),
    ]
    found = [f for f in extract_figures(sentences, doc_year=2024, title=title) if f.value == 1260]
    assert [f.measure for f in found] == ["hợp tác xã, tổ hợp tác đưa sản phẩm lên sàn thương mại điện tử"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a body whose name holds "và" is still whom a round ranks and scores
        (
            "Trong đợt đánh giá mức độ hài lòng của người dân năm 2024, Chi cục Trồng trọt và Bảo vệ thực vật"
            " đạt 4,6/5 điểm, xếp thứ 3/19 đơn vị thuộc Sở.",
            [(4.6, "mức độ hài lòng của người dân"), (3, "mức độ hài lòng của người dân")],
        ),
        # "ít nhất 1 sản phẩm" after a share says which ones it counts
        (
            "Năm 2025, tỉnh phấn đấu 100% hợp tác xã nông nghiệp có ít nhất 1 sản phẩm được bán trực tuyến.",
            [(100, "hợp tác xã nông nghiệp có ít nhất 1 sản phẩm được bán trực tuyến")],
        ),
    ],
)
def test_found_reading_a_new_article_of_my_own(sentence: str, found: list[tuple[float, str]]) -> None:
    figures = extract_figures([Sentence("d", 0, sentence)], doc_year=2024)
    assert [(f.value, f.measure) for f in figures] == found
