"""Enumerated priority lists found in sentences, in the seeds, and in passages split as the pipeline
splits them."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

import pytest

from analysis.priorities.extract import extract_priorities
from analysis.types import CorpusAnalysis, DocumentAnalysis, PriorityList, Sentence

SEED_000 = "000_bad03276209439be"
SEED_003 = "003_58bd2110ae835d9e"


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _sentences(
    paragraphs: Sequence[str | Sequence[str]], transform: Callable[[str], str] = str
) -> list[Sentence]:
    """Sentences as the pipeline builds them: a paragraph is a string or a list of its sentences."""
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(paragraphs):
        for text in [paragraph] if isinstance(paragraph, str) else paragraph:
            sentences.append(Sentence("d", len(sentences), transform(text), paragraph_index))
    return sentences


# --- extract_priorities on built sentences -------------------------------------------------------

LIST_SHAPES = {
    # a year at the head of the sentence frames the list; a review article is filed under 2024
    "a year framing the list in its sentence": (
        [
            "Năm 2025, tỉnh xác định 3 nhiệm vụ trọng tâm: Một là, hoàn thiện hạ tầng số đến cấp thôn; "
            "Hai là, phát triển dữ liệu số dùng chung; Ba là, nâng cao kỹ năng số cho người dân."
        ],
        2024,
        [
            (
                "3 nhiệm vụ trọng tâm",
                2025,
                [
                    ("Hoàn thiện hạ tầng số đến cấp thôn", "digital_infrastructure"),
                    ("Phát triển dữ liệu số dùng chung", "digital_data"),
                    ("Nâng cao kỹ năng số cho người dân", "digital_workforce"),
                ],
            )
        ],
    ),
    # a programme's horizon is no list's year
    "a horizon before the list": (
        ["Đến năm 2030, tỉnh tập trung 2 giải pháp: phát triển hạ tầng số; bảo đảm an toàn thông tin."],
        2024,
        [
            (
                "2 giải pháp",
                2024,
                [
                    ("Phát triển hạ tầng số", "digital_infrastructure"),
                    ("Bảo đảm an toàn thông tin", "cybersecurity"),
                ],
            )
        ],
    ),
    "semicolon list after a colon": (
        [
            "Chuyển đổi số phải tập trung vào 04 ưu tiên chính: Ưu tiên phát triển dữ liệu số; Ưu tiên phát "
            "triển "
            "các dịch vụ công trực tuyến; Ưu tiên phát triển các nền tảng số; Ưu tiên bảo đảm an ninh mạng."
        ],
        2023,
        [
            (
                "04 ưu tiên chính",
                2023,
                [
                    ("Ưu tiên phát triển dữ liệu số", "digital_data"),
                    ("Ưu tiên phát triển các dịch vụ công trực tuyến", "online_public_services"),
                    ("Ưu tiên phát triển các nền tảng số", "digital_platforms"),
                    ("Ưu tiên bảo đảm an ninh mạng", "cybersecurity"),
                ],
            )
        ],
    ),
    "odd spacing": (
        [
            "Tập trung vào 04   ưu  tiên chính :  Ưu tiên phát triển   dữ liệu số ;\tƯu tiên bảo đảm an "
            "ninh mạng ."
        ],
        2023,
        [
            (
                "04 ưu tiên chính",
                2023,
                [
                    ("Ưu tiên phát triển dữ liệu số", "digital_data"),
                    ("Ưu tiên bảo đảm an ninh mạng", "cybersecurity"),
                ],
            )
        ],
    ),
    "là A, B, C và D with the year in the heading": (
        [
            "Bộ TT&TT đã xác định 4 ưu tiên chính của chuyển đổi số quốc gia năm 2024 là phát triển dữ liệu "
            "số, "
            "quản trị số, phát triển công nghiệp công nghệ số và số hóa các ngành kinh tế."
        ],
        2023,
        [
            (
                "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024",
                2024,
                [
                    ("Phát triển dữ liệu số", "digital_data"),
                    ("Quản trị số", "digital_governance"),
                    ("Phát triển công nghiệp công nghệ số", "digital_technology_industry"),
                    ("Số hóa các ngành kinh tế", "sector_digitalisation"),
                ],
            )
        ],
    ),
    "pillars without a marker, the count cuts the tail": (
        [
            "Thủ tướng nêu định hướng: Phát triển kinh tế số với 4 trụ cột công nghiệp CNTT và Truyền "
            "thông, số "
            "hóa các ngành kinh tế, quản trị số, dữ liệu số, tạo ra động lực để phát triển kinh tế nhanh."
        ],
        2024,
        [
            (
                "4 trụ cột",
                2024,
                [
                    ("Công nghiệp CNTT và Truyền thông", "digital_technology_industry"),
                    ("Số hóa các ngành kinh tế", "sector_digitalisation"),
                    ("Quản trị số", "digital_governance"),
                    ("Dữ liệu số", "digital_data"),
                ],
            )
        ],
    ),
    "quoted head with gồm": (
        [
            '"3 tăng cường" gồm: Tăng cường nhận thức về chuyển đổi số; tăng cường tiềm lực cho chuyển đổi '
            "số; "
            "tăng cường hợp tác công tư."
        ],
        2024,
        [
            (
                "3 tăng cường",
                2024,
                [
                    ("Tăng cường nhận thức về chuyển đổi số", "communication_awareness"),
                    ("Tăng cường tiềm lực cho chuyển đổi số", "resources_investment"),
                    ("Tăng cường hợp tác công tư", "resources_investment"),
                ],
            )
        ],
    ),
    "curly-quoted head with a number word": (
        ["“Ba đột phá” gồm có: hoàn thiện thể chế số; phát triển hạ tầng số; phát triển nhân lực số."],
        2021,
        [
            (
                "Ba đột phá",
                2021,
                [
                    ("Hoàn thiện thể chế số", "institutions_policy"),
                    ("Phát triển hạ tầng số", "digital_infrastructure"),
                    ("Phát triển nhân lực số", "digital_workforce"),
                ],
            )
        ],
    ),
    "Thứ nhất … across paragraphs, follow-on sentences belong to their item": (
        [
            [
                "Nhân dịp này, Thủ tướng gửi Thông điệp.",
                "Thứ nhất, hoàn thiện thể chế.",
                "Phát triển hạ tầng số.",
            ],
            "Thứ hai, nâng cao tỷ lệ thủ tục hành chính xử lý trực tuyến.",
            "Thứ ba, phát triển nguồn nhân lực số.",
        ],
        2022,
        [
            (
                "Thủ tướng gửi Thông điệp",
                2022,
                [
                    ("Hoàn thiện thể chế. Phát triển hạ tầng số", "institutions_policy"),
                    ("Nâng cao tỷ lệ thủ tục hành chính xử lý trực tuyến", "online_public_services"),
                    ("Phát triển nguồn nhân lực số", "digital_workforce"),
                ],
            )
        ],
    ),
    "Thứ nhất … sentence by sentence in one paragraph": (
        [
            [
                "Thủ tướng đề nghị tập trung ba nhiệm vụ.",
                "Thứ nhất, hoàn thiện thể chế.",
                "Thứ hai, phát triển hạ tầng số.",
                "Thứ ba, phổ cập kỹ năng số.",
            ]
        ],
        2025,
        [
            (
                "Thủ tướng đề nghị tập trung ba nhiệm vụ",
                2025,
                [
                    ("Hoàn thiện thể chế", "institutions_policy"),
                    ("Phát triển hạ tầng số", "digital_infrastructure"),
                    ("Phổ cập kỹ năng số", "digital_workforce"),
                ],
            )
        ],
    ),
    "Một là …; Hai là … in one sentence": (
        [
            "Ủy ban thống nhất các nhiệm vụ: Một là, hoàn thiện thể chế; Hai là, kết nối dữ liệu; Ba là, "
            "bảo đảm an ninh mạng."
        ],
        2021,
        [
            (
                "Ủy ban thống nhất các nhiệm vụ",
                2021,
                [
                    ("Hoàn thiện thể chế", "institutions_policy"),
                    ("Kết nối dữ liệu", "digital_data"),
                    ("Bảo đảm an ninh mạng", "cybersecurity"),
                ],
            )
        ],
    ),
    "counted heading with Một là … items": (
        [
            "Ủy ban thống nhất 3 nhiệm vụ trọng tâm gồm: Một là, hoàn thiện thể chế; Hai là, kết nối dữ "
            "liệu; Ba là, bảo đảm an ninh mạng."
        ],
        2021,
        [
            (
                "3 nhiệm vụ trọng tâm",
                2021,
                [
                    ("Hoàn thiện thể chế", "institutions_policy"),
                    ("Kết nối dữ liệu", "digital_data"),
                    ("Bảo đảm an ninh mạng", "cybersecurity"),
                ],
            )
        ],
    ),
    "numbered lines after a heading ending with a colon": (
        [
            ["Bộ vừa ban hành kế hoạch.", "Kế hoạch đặt ra 3 mục tiêu:"],
            "1. Bảo đảm kết nối dữ liệu toàn ngành.",
            "2. Triển khai học bạ điện tử.",
            "3) Bồi dưỡng kỹ năng số cho giáo viên.",
            "Về hạ tầng số, Bộ sẽ phối hợp với các doanh nghiệp.",
        ],
        2020,
        [
            (
                "Kế hoạch đặt ra 3 mục tiêu",
                2020,
                [
                    ("Bảo đảm kết nối dữ liệu toàn ngành", "digital_data"),
                    ("Triển khai học bạ điện tử", None),
                    ("Bồi dưỡng kỹ năng số cho giáo viên", "digital_workforce"),
                ],
            )
        ],
    ),
    "dashed lines after a heading ending with a colon": (
        [
            "Bộ xác định ba ưu tiên trong năm 2026:",
            "- Xây dựng cơ sở dữ liệu quốc gia;",
            "- Phát triển trí tuệ nhân tạo tiếng Việt;",
        ],
        2025,
        [
            (
                "Bộ xác định ba ưu tiên trong năm 2026",
                2026,
                [
                    ("Xây dựng cơ sở dữ liệu quốc gia", "digital_data"),
                    ("Phát triển trí tuệ nhân tạo tiếng Việt", "innovation"),
                ],
            )
        ],
    ),
}

NO_LIST_SHAPES = {
    "a mention of two lists": ['Thủ tướng đề nghị chú trọng "3 tăng cường" và "5 đẩy mạnh".'],
    "a count without items": ["Bộ TT&TT tập trung vào 4 ưu tiên chính."],
    "a heading with nothing after the colon": ["Tập trung vào 04 ưu tiên chính:"],
    "a single item": ["Tập trung vào 04 ưu tiên chính: Ưu tiên phát triển dữ liệu số."],
    "fewer items than counted and no marker": [
        "Phát triển kinh tế số với 4 trụ cột công nghiệp CNTT và dữ liệu số."
    ],
    "a lone ordinal": ["Thứ nhất, hoàn thiện thể chế.", "Sau đó, Thủ tướng rời hội nghị."],
    "ordinals out of order": ["Thứ nhất, hoàn thiện thể chế.", "Thứ ba, phát triển hạ tầng số."],
    "a colon heading followed by prose": [
        "Kế hoạch đặt ra 3 mục tiêu:",
        "Không có gì thêm.",
        "1. Một mục lẻ.",
    ],
    "a count noun that is not a list head": ["Mỗi Bộ, ngành, địa phương phải có 1 đề án chuyển đổi số."],
    "nothing": [],
}


@pytest.mark.parametrize("transform", [str, _nfd], ids=["nfc", "nfd"])
@pytest.mark.parametrize("shape", list(LIST_SHAPES))
def test_extract_priorities_shapes(shape: str, transform: Callable[[str], str]) -> None:
    paragraphs, doc_year, expected = LIST_SHAPES[shape]
    found = extract_priorities(_sentences(paragraphs, transform), doc_year=doc_year)
    assert [
        (found_list.heading, found_list.year, [(item.text, item.concept) for item in found_list.items])
        for found_list in found
    ] == expected
    for found_list in found:
        assert found_list.doc == "d"
        assert unicodedata.is_normalized("NFC", found_list.sentence)


@pytest.mark.parametrize("transform", [str, _nfd], ids=["nfc", "nfd"])
@pytest.mark.parametrize("shape", list(NO_LIST_SHAPES))
def test_extract_priorities_finds_no_list(shape: str, transform: Callable[[str], str]) -> None:
    assert extract_priorities(_sentences(NO_LIST_SHAPES[shape], transform), doc_year=2024) == []


def test_items_remember_their_sentences() -> None:
    sentences = _sentences(
        [["Thủ tướng nêu hai nhiệm vụ.", "Thứ nhất, hoàn thiện thể chế.", "Thứ hai, phát triển hạ tầng số."]]
    )
    (found,) = extract_priorities(sentences, doc_year=None)
    assert found.year is None
    assert found.sentence == "Thủ tướng nêu hai nhiệm vụ."
    assert [item.sentence for item in found.items] == [
        "Thứ nhất, hoàn thiện thể chế.",
        "Thứ hai, phát triển hạ tầng số.",
    ]


# --- the seeds -----------------------------------------------------------------------------------


def _seed_lists(corpus: CorpusAnalysis, doc: str) -> list[PriorityList]:
    return [priority for priority in corpus.priorities if priority.doc == doc]


def test_seed_2023_priority_list(seed_corpus: CorpusAnalysis) -> None:
    (found,) = _seed_lists(seed_corpus, SEED_000)
    assert (found.year, found.heading) == (2023, "04 ưu tiên chính")
    assert [(item.text, item.concept) for item in found.items] == [
        ("Ưu tiên phát triển dữ liệu số", "digital_data"),
        (
            "Ưu tiên phát triển các dịch vụ công trực tuyến gắn với người dân, doanh nghiệp và có đối tượng "
            "bao phủ lớn",
            "online_public_services",
        ),
        ("Ưu tiên phát triển các nền tảng số (nhất là cơ sở dữ liệu quốc gia)", "digital_platforms"),
        ("Ưu tiên bảo đảm an ninh mạng, an toàn thông tin", "cybersecurity"),
    ]
    assert found.sentence.startswith("Thủ tướng Phạm Minh Chính nhấn mạnh: Chuyển đổi số quốc gia")


def test_seed_2024_priority_list_gom_co(seed_corpus: CorpusAnalysis) -> None:
    (found,) = [p for p in _seed_lists(seed_corpus, SEED_003) if p.heading.endswith("trong năm 2024")]
    assert found.year == 2024
    assert found.heading == "4 ưu tiên chính của chuyển đổi số quốc gia trong năm 2024"
    assert [(item.text, item.concept) for item in found.items] == [
        (
            "Ưu tiên phát triển dữ liệu số, đây là yếu tố sản xuất then chốt trong sự phát triển của nền "
            "kinh tế số",
            "digital_data",
        ),
        (
            "Ưu tiên quản trị số, đảm bảo cho sự phát triển nhanh chóng và lành mạnh của nền kinh tế số",
            "digital_governance",
        ),
        (
            "Ưu tiên phát triển công nghiệp công nghệ số, đây sẽ là ngành công nghiệp chủ đạo cung cấp công "
            "nghệ, "
            "sản phẩm, dịch vụ, giải pháp, nội dung số cho phát triển kinh tế số",
            "digital_technology_industry",
        ),
        (
            "Ưu tiên số hóa các ngành kinh tế gắn với tăng năng suất lao động xã hội, sản lượng, quản lý và "
            "đổi mới "
            "sáng tạo - đây là mặt trận chính cho sự phát triển của nền kinh tế số, mở ra không gian phát "
            "triển mới",
            "sector_digitalisation",
        ),
    ]
    assert found.sentence.startswith(
        "Cụ thể, 4 ưu tiên chính của chuyển đổi số quốc gia trong năm 2024 gồm có:"
    )


def test_seed_003_lists(seed_corpus: CorpusAnalysis) -> None:
    found = _seed_lists(seed_corpus, SEED_003)
    assert [(p.heading, [item.concept for item in p.items]) for p in found] == [
        (
            "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024",
            ["digital_data", "digital_governance", "digital_technology_industry", "sector_digitalisation"],
        ),
        (
            "4 trụ cột",
            ["digital_technology_industry", "sector_digitalisation", "digital_governance", "digital_data"],
        ),
        (
            "4 trụ cột",
            ["digital_technology_industry", "sector_digitalisation", "digital_governance", "digital_data"],
        ),
        (
            "4 ưu tiên chính của chuyển đổi số quốc gia trong năm 2024",
            ["digital_data", "digital_governance", "digital_technology_industry", "sector_digitalisation"],
        ),
    ]
    assert all(p.year == 2024 for p in found)


def test_seed_mention_of_lists_is_not_a_list(seed_corpus: CorpusAnalysis) -> None:
    headings = [p.heading for p in _seed_lists(seed_corpus, "002_cc862bba0fbd9ef4")]
    assert headings == ["3 tăng cường", "5 đẩy mạnh"]


def test_seed_ordinal_list_of_2022(seed_corpus: CorpusAnalysis) -> None:
    (found,) = _seed_lists(seed_corpus, "004_ceed97d4935bf166")
    assert found.year == 2022
    assert [item.concept for item in found.items] == [
        "institutions_policy",
        "online_public_services",
        "digital_workforce",
        "sector_digitalisation",
        "communication_awareness",
    ]
    assert found.items[0].text.startswith("Tập trung hoàn thiện cơ chế, chính sách")


def test_seed_lists_and_items_quote_their_documents(seed_docs: dict[str, DocumentAnalysis]) -> None:
    for analysis in seed_docs.values():
        body = analysis.document.body
        for priority in analysis.priorities:
            assert priority.sentence in body
            for item in priority.items:
                assert item.sentence in body


# --- passages read as the pipeline reads them (real underthesea sentence splitting) -------------


def _passage_lists(passage: str, doc_year: int | None = 2024) -> list[tuple[str, list[str]]]:
    from analysis.nlp import split_sentences

    sentences = _sentences([split_sentences(line) for line in passage.split("\n")])
    return [
        (found.heading, [item.text for item in found.items])
        for found in extract_priorities(sentences, doc_year=doc_year)
    ]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # numbered markers glued to the item before them are item boundaries
        pytest.param(
            "Tỉnh xác định 3 nhiệm vụ trọng tâm: (1) phát triển hạ tầng số(2) phát triển dữ liệu số"
            "(3) nâng cao kỹ năng số cho người dân.",
            [
                (
                    "3 nhiệm vụ trọng tâm",
                    ["Phát triển hạ tầng số", "Phát triển dữ liệu số", "Nâng cao kỹ năng số cho người dân"],
                )
            ],
            id="glued (n) markers after a counted heading",
        ),
        pytest.param(
            "Năm 2024, Sở tập trung 3 giải pháp: (1)Hoàn thiện thể chế số (2)Phát triển nền tảng số, dữ liệu "
            "số (3)Bảo đảm an toàn thông tin.",
            [
                (
                    "3 giải pháp",
                    [
                        "Hoàn thiện thể chế số",
                        "Phát triển nền tảng số, dữ liệu số",
                        "Bảo đảm an toàn thông tin",
                    ],
                )
            ],
            id="(n) markers with a space but no separator",
        ),
        pytest.param(
            "Các nhiệm vụ trọng tâm năm 2024 gồm:\n"
            "(1) Phát triển hạ tầng số(2) Phát triển dữ liệu số(3) Bảo đảm an toàn thông tin mạng",
            [
                (
                    "Các nhiệm vụ trọng tâm năm 2024 gồm",
                    ["Phát triển hạ tầng số", "Phát triển dữ liệu số", "Bảo đảm an toàn thông tin mạng"],
                )
            ],
            id="one line of glued markers under a heading line",
        ),
        # the components of an index with their scores are no stated priorities
        pytest.param(
            "Chỉ số DTI gồm 3 trụ cột chính: chính quyền số đạt 0,65 điểm, kinh tế số 0,48 điểm, xã hội số "
            "0,52 điểm.",
            [],
            id="index pillars with scores",
        ),
        pytest.param(
            "Năm 2023, tỉnh xếp thứ 12 về DTI với 3 trụ cột: chính quyền số 0,71; kinh tế số 0,55; xã hội số "
            "0,60.",
            [],
            id="index pillars with bare values after a semicolon",
        ),
        pytest.param(
            "Chỉ số chuyển đổi số của tỉnh có 3 trụ cột là chính quyền số (đạt 62,5%), kinh tế số (đạt 48%) "
            "và xã hội số (đạt 51,3%).",
            [],
            id="index pillars with percentages in parentheses",
        ),
        # a list of targets with numbers is still a stated list
        pytest.param(
            "Tỉnh đặt 3 chỉ tiêu: 80% hồ sơ được xử lý trực tuyến, 50% doanh nghiệp dùng hóa đơn điện tử, "
            "100% xã có cáp quang.",
            [
                (
                    "3 chỉ tiêu",
                    [
                        "80% hồ sơ được xử lý trực tuyến",
                        "50% doanh nghiệp dùng hóa đơn điện tử",
                        "100% xã có cáp quang",
                    ],
                )
            ],
            id="targets stay a list",
        ),
    ],
)
def test_priorities_in_passages(passage: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _passage_lists(passage) == expected


@pytest.mark.parametrize(
    "passage",
    [
        pytest.param(
            "Ở 3 trụ cột chính, chính quyền số đạt 0,6812 điểm, kinh tế số đạt 0,4025 điểm và xã hội số đạt "
            "0,5531 điểm.",
            id="scores, the last two joined by và",
        ),
        pytest.param(
            "Kết quả DTI 2023 của tỉnh theo 3 trụ cột gồm: chính quyền số xếp thứ 8, kinh tế số xếp thứ 15, "
            "xã hội số xếp thứ 20.",
            id="ranks",
        ),
    ],
)
def test_index_components_with_values_are_no_list(passage: str) -> None:
    assert _passage_lists(passage) == []


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        pytest.param(
            "Bộ đề ra 4 ưu tiên: 1) phát triển dữ liệu số 2) quản trị số 3) kinh tế số 4) an ninh mạng.",
            [("4 ưu tiên", ["Phát triển dữ liệu số", "Quản trị số", "Kinh tế số", "An ninh mạng"])],
            id="n) markers",
        ),
        pytest.param(
            "Tỉnh đề ra 3 đột phá (1) cải cách thủ tục hành chính(2) phát triển nguồn nhân lực số"
            "(3) xây dựng hạ tầng số.",
            [
                (
                    "3 đột phá",
                    ["Cải cách thủ tục hành chính", "Phát triển nguồn nhân lực số", "Xây dựng hạ tầng số"],
                )
            ],
            id="glued markers without a colon",
        ),
    ],
)
def test_numbered_items_kept_aside(passage: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _passage_lists(passage) == expected


@pytest.mark.parametrize(
    "passage",
    [
        pytest.param(
            "Chỉ số DTI cấp tỉnh được đánh giá theo 3 trụ cột chính: chính quyền số, kinh tế số "
            "và xã hội số.",
            id="how an index is scored",
        ),
        pytest.param(
            "Bộ chỉ số đánh giá chuyển đổi số của các bộ, ngành gồm 6 chỉ số chính là nhận thức số, "
            "thể chế số, hạ tầng số, nhân lực số, an toàn thông tin mạng và hoạt động chuyển đổi số.",
            id="an index made of sub-indexes",
        ),
    ],
)
def test_the_parts_an_index_is_made_of_are_no_list(passage: str) -> None:
    assert _passage_lists(passage) == []


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        pytest.param(
            "Để cải thiện Chỉ số DTI, tỉnh xác định 3 nhiệm vụ trọng tâm: hoàn thiện thể chế, "
            "phát triển hạ tầng số và đào tạo nhân lực số.",
            [
                (
                    "3 nhiệm vụ trọng tâm",
                    ["Hoàn thiện thể chế", "Phát triển hạ tầng số", "Đào tạo nhân lực số"],
                )
            ],
            id="a plan to raise an index is still a plan",
        ),
        pytest.param(
            "Các nhiệm vụ trọng tâm năm 2026 gồm: (1) Hoàn thiện hành lang pháp lý về dữ liệu"
            "(2) Mở rộng hạ tầng số(3) Bồi dưỡng kỹ năng số cho cán bộ.",
            [
                (
                    "Các nhiệm vụ trọng tâm năm 2026",
                    [
                        "Hoàn thiện hành lang pháp lý về dữ liệu",
                        "Mở rộng hạ tầng số",
                        "Bồi dưỡng kỹ năng số cho cán bộ",
                    ],
                )
            ],
            id="an uncounted heading with glued numbers in one sentence",
        ),
        pytest.param(
            "Những giải pháp chủ yếu là: 1) đẩy mạnh thanh toán không dùng tiền mặt; 2) phổ cập chữ ký số.",
            [("Những giải pháp chủ yếu", ["Đẩy mạnh thanh toán không dùng tiền mặt", "Phổ cập chữ ký số"])],
            id="n) markers after là",
        ),
    ],
)
def test_lists_beside_an_index_or_without_a_count(
    passage: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _passage_lists(passage) == expected


@pytest.mark.parametrize(
    "passage",
    [
        pytest.param("Theo báo cáo (1) và (2) của Sở, tỉnh đã hoàn thành kế hoạch.", id="citations"),
        pytest.param(
            "Ông cho biết: (1) năm nay trời mưa nhiều(2) đường sá khó đi.", id="numbered without a list head"
        ),
    ],
)
def test_numbers_in_a_sentence_without_a_list_heading_are_no_list(passage: str) -> None:
    assert _passage_lists(passage) == []
