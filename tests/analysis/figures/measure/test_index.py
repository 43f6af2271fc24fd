"""The index or field a sentence names around a figure."""

from __future__ import annotations

import pytest

from analysis.figures import extract_figures
from analysis.figures.measure.index import index_after, index_before, measure_about
from analysis.types import Sentence
from tests.analysis.figures.measure.conftest import _assert_measure_and_place


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


# what a score is of, named right after it: a pillar after "về", an index by its name
@pytest.mark.parametrize(
    ("sentence", "value", "measure", "place"),
    [
        (
            "Ở các trụ cột, Sở Công Thương đạt 0,6215 điểm về hạ tầng số, 0,5820 điểm về nhân lực số "
            "và 0,7030 điểm về dịch vụ số.",
            0.582,
            "nhân lực số",
            "Sở Công Thương",
        ),
        (
            "Năm 2024, Tuyên Quang đạt 0,5512 điểm Chỉ số chuyển đổi số (DTI), xếp thứ 40/63.",
            0.5512,
            "Chỉ số chuyển đổi số (DTI)",
            "Tuyên Quang",
        ),
        (
            "Kon Tum đạt 78,4 điểm Chỉ số hài lòng về sự phục vụ hành chính (SIPAS).",
            78.4,
            "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
            "Kon Tum",
        ),
    ],
)
def test_a_score_is_of_what_its_next_words_name(
    sentence: str, value: float, measure: str, place: str
) -> None:
    _assert_measure_and_place(sentence, value, measure, place)


def test_an_index_named_with_a_comma_before_a_national_average_is_named_whole() -> None:
    sentence = "Chỉ số phục vụ người dân, doanh nghiệp bình quân cả nước đạt 79,6 điểm."
    found = extract_figures([Sentence("d", 1, sentence)], doc_year=2024)
    assert [f.measure for f in found] == ["Chỉ số phục vụ người dân, doanh nghiệp"]
