"""The index or field a sentence names around a figure."""

from __future__ import annotations

from analysis.figures.measure.index import index_after, index_before, measure_about


def test_an_index_named_without_acronym_keeps_its_coordinated_words() -> None:
    # "Bộ chỉ số phục vụ người dân, doanh nghiệp": a comma before a lower-case word goes on with the name;
    # "trong …" after it is what it is about, not its name
    sentence = (
        "Văn phòng Chính phủ công bố Bộ chỉ số chất lượng dịch vụ, thủ tục trong giải quyết hồ sơ năm 2024, "
        "Lạng Sơn đứng thứ 9."
    )
    assert index_before(sentence, sentence.index("9")) == "Bộ chỉ số chất lượng dịch vụ, thủ tục"


def test_an_index_named_after_the_figure_is_its_measure() -> None:
    sentence = "Tỉnh xếp thứ 12 cả nước về chỉ số PCI năm 2024."
    assert index_after(sentence, sentence.index("12")) == "chỉ số PCI"


def test_a_rank_field_named_after_it() -> None:
    assert measure_about(" dẫn đầu Đông Nam Á về đổi mới sáng tạo.") == "đổi mới sáng tạo"
