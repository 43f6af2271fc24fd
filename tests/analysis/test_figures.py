"""Key figures: a number with what it counts, its qualifier, year and source sentence."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.quantities import read_unit, tag_pieces
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
