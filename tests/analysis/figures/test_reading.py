"""Numbers read in a sentence, and the ones that are no figure: years, list markers, addresses."""

from __future__ import annotations

from analysis.figures.reading import is_marker, is_year, masked_spans, read_numbers

SENTENCE = "Năm 2024, tỉnh có khoảng 1,5 triệu tài khoản, tăng 12% so với năm 2023."


def test_digits_scale_words_and_qualifiers_are_read_in_order() -> None:
    readings = [r for r in read_numbers(SENTENCE) if not r.is_word]
    assert [(SENTENCE[r.start : r.end], r.value, r.qualifier, r.scaled) for r in readings] == [
        ("2024", 2024.0, None, False),
        ("khoảng 1,5 triệu", 1_500_000.0, "khoảng", True),
        ("12", 12.0, None, False),
        ("2023", 2023.0, None, False),
    ]
    # the qualifier is part of what was read; the number itself starts after it
    scaled = readings[1]
    assert SENTENCE[scaled.number_start : scaled.end] == "1,5 triệu"


def test_a_range_is_one_reading_with_its_high_end() -> None:
    (reading,) = read_numbers("Thu hút 5-7 nghìn doanh nghiệp")
    assert (reading.value, reading.value_high) == (5000.0, 7000.0)


def test_number_words_are_read_as_words() -> None:
    (reading,) = read_numbers("có ba trung tâm dữ liệu")
    assert (reading.value, reading.is_word) == (3.0, True)


def test_a_year_is_four_digits_not_followed_by_a_percent_sign() -> None:
    years = [SENTENCE[r.start : r.end] for r in read_numbers(SENTENCE) if is_year(SENTENCE, r)]
    assert years == ["2024", "2023"]
    share = "Tỷ lệ đạt 2024 %"  # odd spacing, but a share, not a year
    assert not any(is_year(share, r) for r in read_numbers(share))


def test_a_list_marker_is_no_figure_but_the_number_after_it_is() -> None:
    text = "1) Hoàn thành 100% thủ tục"
    assert [(text[r.start : r.end], is_marker(text, r)) for r in read_numbers(text)] == [
        ("1", True),
        ("100", False),
    ]


def test_addresses_are_masked() -> None:
    text = "Xem tại https://mic.gov.vn/tin-123.html để biết thêm"
    (span,) = masked_spans(text)
    assert text[slice(*span)] == "https://mic.gov.vn/tin-123.html"
    assert masked_spans("Tỷ lệ đạt 80%.") == []


def test_numbers_in_an_address_are_no_figures() -> None:
    from analysis.figures.reading import masked_spans

    for text in (
        "Địa chỉ: 58 đường Lê Lợi, Phường 3, TP Vĩnh Long.",
        "Trụ sở báo - Địa chỉ: Số 12 Hùng Vương, Thành phố Huế.",
        "Địa chỉ liên hệ: 201 phố Quang Trung, Hà Đông.",
    ):
        assert any(start <= text.index(":") + 3 and end == len(text) for start, end in masked_spans(text))
