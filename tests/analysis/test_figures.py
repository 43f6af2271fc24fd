"""Key figures: a number with what it counts, its qualifier, year and source sentence."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures, read_unit
from analysis.types import CorpusAnalysis, DocumentAnalysis, Sentence

SEED_003 = "003_58bd2110ae835d9e"


@pytest.mark.parametrize(
    ("text", "position", "unit"),
    [
        ("có 16 nhóm nền tảng số phục vụ", 5, ("nhóm nền tảng số", 22)),
        ("với 63 tỉnh, thành phố.", 6, ("tỉnh, thành phố", 22)),
        ("đạt 13,17% tổng số", 9, ("%", 10)),
        ("hơn 80.000 tổ, gần", 10, ("tổ", 13)),
        ("2.500 doanh nghiệp công nghệ số mới", 5, ("doanh nghiệp công nghệ số", 31)),
        ("3.321 xã, phường, đặc khu.", 5, ("xã, phường, đặc khu", 25)),
        ("700 nghìn hồ sơ trực tuyến.", 9, ("hồ sơ trực tuyến", 26)),
        ("3.200 Tổ công nghệ số cộng đồng với", 5, ("Tổ công nghệ số cộng đồng", 31)),
        # a list head after a number makes it a list counter, not a figure
        ("4 ưu tiên chính", 1, None),
        ("3 đột phá", 1, None),
        # nothing counted
        ("1 đề án chuyển đổi số", 1, None),
        ("5 điểm nhấn nổi bật", 1, None),
        ("", 0, None),
    ],
)
def test_read_unit(text: str, position: int, unit: tuple[str, int] | None) -> None:
    assert read_unit(text, position) == unit


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
        ("Kinh tế số chiếm khoảng 18,5 % GDP.", 2026, [(18.5, "%", "khoảng", 2026, "khoảng 18,5 %")]),
        # a year after "so với" is the baseline, not the figure's year
        (
            "Kinh tế số ước chiếm khoảng 18,5% GDP, tăng rõ rệt so với năm 2025.",
            2026,
            [(18.5, "%", "khoảng", 2026, "khoảng 18,5%")],
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
        "Bình Dương xếp thứ 7 cả nước.",
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
