"""Official themes: what articles say a year's chủ đề, thông điệp or motto is."""

from __future__ import annotations

import pytest

from analysis.themes import choose_official_theme, extract_themes
from analysis.types import CorpusAnalysis, Sentence, Theme

THEME_2022 = "Chuyển đổi số giải quyết các vấn đề của xã hội vì một cuộc sống tốt đẹp hơn cho người dân"
THEME_2023 = "Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới"
THEME_2024 = (
    "Phát triển kinh tế số với 4 trụ cột: công nghệ thông tin, "
    "số hóa các ngành kinh tế, quản trị số và dữ liệu số"
)


@pytest.mark.parametrize(
    ("text", "doc_year", "expected"),
    [
        (
            "Thủ tướng dự Chương trình chào mừng Ngày Chuyển đổi số Quốc gia năm 2022, với chủ đề "
            "“Chuyển đổi số vì người dân”, hôm nay, 10/10.",
            None,
            [(2022, "Chuyển đổi số vì người dân", "chủ đề")],
        ),
        # the year written before the theme wins over the article's year
        (
            'Chủ đề của Ngày Chuyển đổi số quốc gia năm 2024 là: "Phát triển kinh tế số với 4 trụ cột: '
            'công nghệ thông tin, số hóa các ngành kinh tế, quản trị số và dữ liệu số."',
            2023,
            [(2024, THEME_2024, "chủ đề")],
        ),
        # without a year in the sentence the article's year is used
        (
            "Với thông điệp “Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới”, Thủ tướng yêu cầu.",
            2023,
            [(2023, THEME_2023, "thông điệp")],
        ),
        (
            "Với thông điệp “Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới”, Thủ tướng yêu cầu.",
            None,
            [],
        ),
        # an unquoted statement after "là:"
        (
            "Thủ tướng nêu ra định hướng chuyển đổi số năm 2024 là: Phát triển kinh tế số với 4 trụ cột, "
            "tạo ra động lực.",
            None,
            [(2024, "Phát triển kinh tế số với 4 trụ cột, tạo ra động lực", "định hướng")],
        ),
        # two themes in one sentence, each with its own year
        (
            'Năm 2025 có chủ đề "Chuyển đổi số toàn dân, toàn diện" và năm 2026 có thông điệp '
            '"Làm chủ dữ liệu số vì người dân".',
            None,
            [
                (2025, "Chuyển đổi số toàn dân, toàn diện", "chủ đề"),
                (2026, "Làm chủ dữ liệu số vì người dân", "thông điệp"),
            ],
        ),
        # mottos: "Năm nay là năm …", "Năm 2026 là năm …", cut before "với", "để", ", tạo"
        (
            "Năm nay là năm Dữ liệu số quốc gia, với quan điểm dữ liệu là tài nguyên.",
            2023,
            [(2023, "Năm Dữ liệu số quốc gia", "năm")],
        ),
        ("Năm nay là năm Dữ liệu số quốc gia, với quan điểm dữ liệu là tài nguyên.", None, []),
        (
            "Năm 2026 là năm ứng dụng trí tuệ nhân tạo toàn diện.",
            2020,
            [(2026, "Năm ứng dụng trí tuệ nhân tạo toàn diện", "năm")],
        ),
        (
            "Năm 2024 sẽ là năm phổ cập hạ tầng số, phát triển ứng dụng số để phát triển kinh tế số.",
            None,
            [(2024, "Năm phổ cập hạ tầng số, phát triển ứng dụng số", "năm")],
        ),
        # no theme: a quote that is not introduced as one, a theme word without a quote
        ('Thủ tướng nói: "Chuyển đổi số là xu thế tất yếu của thời đại."', 2023, []),
        ("Chủ đề chuyển đổi số được nhiều đại biểu quan tâm.", 2023, []),
    ],
)
def test_extract_themes(text: str, doc_year: int | None, expected: list[tuple[int, str, str]]) -> None:
    themes = extract_themes([Sentence("d", 0, text)], doc_year=doc_year)
    assert [(theme.year, theme.text, theme.kind) for theme in themes] == expected
    assert all(theme.doc == "d" and theme.sentence == text for theme in themes)


def test_choose_official_theme_prefers_kind_then_support_then_order() -> None:
    motto = Theme(2023, "Năm dữ liệu số", "năm", "d1", "s")
    message = Theme(2023, "Tạo lập và khai thác dữ liệu số", "thông điệp", "d1", "s")
    stated = Theme(2023, "Chủ đề A", "chủ đề", "d2", "s")
    assert choose_official_theme([motto, message]) is message
    assert choose_official_theme([motto, message, stated]) is stated
    # same kind: the theme more articles state wins, whatever its spelling and punctuation
    b1 = Theme(2023, "Chủ đề B.", "chủ đề", "d3", "s")
    b2 = Theme(2023, "chủ đề b", "chủ đề", "d4", "s")
    assert choose_official_theme([stated, b1, b2]) is b1
    # a tie: the first one seen
    assert choose_official_theme([b1, stated]) is b1
    assert choose_official_theme([]) is None


# --- the seeds -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "text", "kind", "doc"),
    [
        (2022, THEME_2022, "chủ đề", "004_ceed97d4935bf166"),
        (2023, THEME_2023, "thông điệp", "000_bad03276209439be"),
        (2024, THEME_2024, "chủ đề", "001_d02360e2110805a5"),
    ],
)
def test_seed_official_themes(seed_corpus: CorpusAnalysis, year: int, text: str, kind: str, doc: str) -> None:
    summary = {summary.year: summary for summary in seed_corpus.years}[year]
    assert summary.official_theme is not None
    assert (summary.official_theme.text, summary.official_theme.kind, summary.official_theme.doc) == (
        text,
        kind,
        doc,
    )
    assert text in summary.official_theme.sentence


def test_seed_2023_motto_is_a_theme_but_not_the_official_one(seed_corpus: CorpusAnalysis) -> None:
    summary = {summary.year: summary for summary in seed_corpus.years}[2023]
    assert [(theme.text, theme.kind) for theme in summary.themes] == [
        ("Năm Dữ liệu số quốc gia", "năm"),
        (THEME_2023, "thông điệp"),
    ]


def test_seed_theme_years_are_the_three_years(seed_corpus: CorpusAnalysis) -> None:
    assert [summary.year for summary in seed_corpus.years] == [2022, 2023, 2024]
    assert [summary.documents for summary in seed_corpus.years] == [
        ("004_ceed97d4935bf166",),
        ("000_bad03276209439be",),
        ("001_d02360e2110805a5", "002_cc862bba0fbd9ef4", "003_58bd2110ae835d9e"),
    ]


# --- passages read as the pipeline reads them (real underthesea sentence splitting) -------------


def _passage_themes(passage: str, doc_year: int | None) -> list[tuple[int, str, str]]:
    from analysis.nlp import split_sentences

    sentences = [
        Sentence("d", index, text, paragraph)
        for paragraph, line in enumerate(passage.split("\n"))
        for index, text in enumerate(split_sentences(line))
    ]
    return [(theme.year, theme.text, theme.kind) for theme in extract_themes(sentences, doc_year=doc_year)]


@pytest.mark.parametrize(
    ("passage", "doc_year", "expected"),
    [
        # the closing mark is missing: the theme stops before the rest of the headline
        (
            "Chủ đề năm 2024 “Phát triển kinh tế số với 4 trụ cột và những kết quả nổi bật",
            None,
            [(2024, "Phát triển kinh tế số với 4 trụ cột", "chủ đề")],
        ),
        # … or before the next quote's opening mark and the clause that leads to it
        (
            "Với chủ đề “Chuyển đổi số vì người dân, tỉnh tổ chức cuộc thi “Sáng kiến số” cho học sinh.",
            2022,
            [(2022, "Chuyển đổi số vì người dân", "chủ đề")],
        ),
        # typographic marks: guillemets, single curly quotes, an opening mark used to close
        (
            "Năm 2023 với thông điệp «Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới» và những dấu ấn",
            None,
            [(2023, "Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới", "thông điệp")],
        ),
        (
            "Thông điệp năm 2025 ‘Chuyển đổi số toàn dân, toàn diện’ – nhìn lại một năm",
            None,
            [(2025, "Chuyển đổi số toàn dân, toàn diện", "thông điệp")],
        ),
        (
            "Năm 2022: chủ đề “Chuyển đổi số vì người dân“ và những kết quả nổi bật",
            None,
            [(2022, "Chuyển đổi số vì người dân", "chủ đề")],
        ),
        (
            "Thông điệp 'Tạo lập dữ liệu số' và “những kết quả nổi bật” của tỉnh",
            2023,
            [(2023, "Tạo lập dữ liệu số", "thông điệp")],
        ),
        # a year named as a theme, anywhere in its sentence
        (
            "Thủ tướng Chính phủ đã chọn năm 2023 là Năm Dữ liệu số quốc gia.",
            None,
            [(2023, "Năm Dữ liệu số quốc gia", "năm")],
        ),
        (
            "Bộ TT&TT chọn chủ đề năm 2024 là Năm Dữ liệu số quốc gia, với mục tiêu làm giàu dữ liệu.",
            None,
            [(2024, "Năm Dữ liệu số quốc gia", "năm")],
        ),
        (
            "Theo Bộ, năm nay được xác định là “Năm Dữ liệu số quốc gia” nhằm tạo lập dữ liệu.",
            2023,
            [(2023, "Năm Dữ liệu số quốc gia", "năm")],
        ),
        # a year described in passing is no theme
        ("Tỉnh cho biết năm 2024 là năm bản lề của kế hoạch.", 2024, []),
    ],
)
def test_themes_in_passages(passage: str, doc_year: int | None, expected: list[tuple[int, str, str]]) -> None:
    assert _passage_themes(passage, doc_year) == expected


# Shapes written before the fix and kept unseen until it was done.
@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        pytest.param(
            'Ngày Chuyển đổi số quốc gia năm 2024 với chủ đề "Phát triển kinh tế số với 4 trụ cột: những con '
            "số ấn tượng",
            [(2024, "Phát triển kinh tế số với 4 trụ cột", "chủ đề")],
            id="open quote running on after a colon",
        ),
        pytest.param(
            "Chủ đề năm 2023 “Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới - Hành trình một năm "
            "nhìn lại",
            [(2023, "Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới", "chủ đề")],
            id="open quote running on after a dash",
        ),
        pytest.param(
            "Năm 2025: Chủ đề «Chuyển đổi số toàn dân, toàn diện» và các kết quả bước đầu",
            [(2025, "Chuyển đổi số toàn dân, toàn diện", "chủ đề")],
            id="guillemets",
        ),
        pytest.param(
            "Kế hoạch nêu rõ năm 2023 là Năm Dữ liệu số quốc gia và giao các bộ triển khai.",
            [(2023, "Năm Dữ liệu số quốc gia", "năm")],
            id="named year mid-sentence, cut before và",
        ),
        pytest.param(
            "Năm 2023 được Chính phủ lựa chọn là Năm Dữ liệu số quốc gia.",
            [(2023, "Năm Dữ liệu số quốc gia", "năm")],
            id="named year with words before là",
        ),
        pytest.param("Theo ông, năm 2023 là năm có nhiều khó khăn.", [], id="a year described in passing"),
    ],
)
def test_themes_in_passages_kept_aside(passage: str, expected: list[tuple[int, str, str]]) -> None:
    assert _passage_themes(passage, 2023) == expected
