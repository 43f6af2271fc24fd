"""The article's own words around a figure's number, as a card shows them beside the measure."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.present.excerpts import ELLIPSIS, figure_excerpt
from analysis.present.figures import figure_card
from analysis.types import Figure, Sentence


def _figure(sentence: str, number: str) -> Figure:
    start = sentence.index(number)
    return Figure(0.0, "", None, number, None, None, "d", sentence, start=start, end=start + len(number))


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # a short sentence is quoted whole
        (
            "Tại Cà Mau, 57% cơ sở lưu trú đã chấp nhận thanh toán bằng mã QR.",
            "57%",
            "Tại Cà Mau, 57% cơ sở lưu trú đã chấp nhận thanh toán bằng mã QR",
        ),
        # the clause before says what a bare "đạt 98%" is: it starts at the clause after the date
        (
            "Đến tháng 10/2024, cáp quang đã phủ tới 1.912 thôn, bản trên địa bàn tỉnh Sơn La, đạt 98%.",
            "98%",
            "…cáp quang đã phủ tới 1.912 thôn, bản trên địa bàn tỉnh Sơn La, đạt 98%",
        ),
        # a figure after a semicolon is another statement: nothing of the clause before it
        (
            "Năm 2024, cả tỉnh có 52.310 hộ dùng ví điện tử; 71% hộ đã trả tiền điện qua ứng dụng.",
            "71%",
            "71% hộ đã trả tiền điện qua ứng dụng",
        ),
        # a value in parentheses after a place keeps the words before it and its closing parenthesis
        (
            "Tỷ lệ hồ sơ nộp trực tuyến cao nhất là huyện Mộc Châu (64,2%), thấp nhất là huyện Sốp Cộp.",
            "64,2%",
            "Tỷ lệ hồ sơ nộp trực tuyến cao nhất là huyện Mộc Châu (64,2%)",
        ),
    ],
)
def test_excerpt_quotes_the_clause_of_the_number(sentence: str, number: str, expected: str) -> None:
    excerpt = figure_excerpt(_figure(sentence, number))
    assert excerpt.text == expected
    assert excerpt.number == number


def test_a_long_sentence_is_cut_at_word_starts_and_marked() -> None:
    sentence = (
        "Theo báo cáo của Sở Thông tin và Truyền thông tỉnh Hà Giang gửi Ủy ban nhân dân tỉnh cuối năm, "
        "thời gian giải quyết thủ tục cấp phép xây dựng bình quân rút từ 15 ngày xuống còn 6 ngày làm việc "
        "nhờ liên thông hồ sơ giữa các sở, ngành và bộ phận một cửa cấp huyện trên toàn tỉnh."
    )
    excerpt = figure_excerpt(_figure(sentence, "6 ngày"))
    assert excerpt.before.startswith(ELLIPSIS) and excerpt.after.endswith(ELLIPSIS)
    assert len(excerpt.text.split()) <= 26
    # no word of several syllables is cut in two at either end ("thủ tục", "một cửa", "hồ sơ")
    assert not excerpt.before.startswith(f"{ELLIPSIS}tục") and "6 ngày làm việc" in excerpt.text
    assert not excerpt.after.rstrip(ELLIPSIS).endswith((" hồ", " bộ", " một"))


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 0), (5, 3), (-1, 4), (10, 10_000)],
)
def test_a_span_outside_the_sentence_gives_the_number_alone(start: int, end: int) -> None:
    figure = Figure(3.0, "ngày", None, "3 ngày", None, None, "d", "Rút còn 3 ngày.", start=start, end=end)
    excerpt = figure_excerpt(figure)
    assert (excerpt.before, excerpt.number, excerpt.after) == ("", "3 ngày", "")


def test_card_of_an_extracted_figure_carries_its_excerpt() -> None:
    text = (
        "Năm 2023, toàn tỉnh Điện Biên có 1.346 hộ sản xuất nông nghiệp đã bán hàng qua sàn thương mại "
        "điện tử, tăng gấp 2 lần so với năm 2022."
    )
    found = extract_figures([Sentence("d", 0, text)], doc_year=2023)
    (figure,) = [f for f in found if f.text.startswith("1.346")]
    card = figure_card(figure, "vi")
    assert card.excerpt is not None
    assert card.excerpt.number.startswith("1.346")
    assert "đã bán hàng qua sàn" in card.excerpt.after
    assert card.excerpt.before.startswith("Năm 2023, toàn tỉnh Điện Biên có")
