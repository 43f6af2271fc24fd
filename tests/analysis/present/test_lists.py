"""Priority lists described for a reader: new passages in every heading shape the extractor reads,
run through the real sentence splitter and extractor, then described in both languages."""

from __future__ import annotations

from datetime import datetime

import pytest

from analysis.nlp import split_sentences
from analysis.present.glosses import render_priority_item
from analysis.present.lists import (
    HEADING_CHARACTERS,
    describe_priority_list,
    describe_year_lists,
    lists_note,
    shorten,
    source_label,
)
from analysis.priorities import extract_priorities
from analysis.types import CorpusAnalysis, Document, PriorityItem, PriorityList, Sentence


def _lists(text: str) -> list[PriorityList]:
    """The lists of a passage, one paragraph a line, split into sentences as the pipeline does."""
    sentences: list[Sentence] = []
    for paragraph, line in enumerate(line for line in text.strip().split("\n") if line.strip()):
        for sentence in split_sentences(line):
            sentences.append(Sentence("d", len(sentences), sentence, paragraph))
    return extract_priorities(sentences, doc_year=2025)


# shape → (passage, items found, Vietnamese description, English description)
SHAPES = {
    "04 ưu tiên chính: …;": (
        "Năm 2025, ngành thông tin và truyền thông tập trung vào 03 ưu tiên chính: hoàn thiện thể chế số; "
        "phát triển hạ tầng số; bảo đảm an toàn thông tin mạng.",
        3,
        "3 ưu tiên chính",
        "3 main priorities",
    ),
    "… gồm có: …;": (
        "Kế hoạch của tỉnh đề ra 5 nhiệm vụ trọng tâm gồm có: xây dựng chính quyền số; "
        "phát triển kinh tế số; phát triển xã hội số; đào tạo nhân lực số; bảo đảm an ninh mạng.",
        5,
        "5 nhiệm vụ trọng tâm",
        "5 key tasks",
    ),
    "… là A, B và C (count in words)": (
        "Ba đột phá chiến lược của thành phố là thể chế số, hạ tầng số và nhân lực số.",
        3,
        "3 đột phá chiến lược của thành phố",
        "3 strategic breakthroughs — “3 đột phá chiến lược của thành phố”",
    ),
    "4 trụ cột A, B, …": (
        "Chiến lược dựa trên 4 trụ cột hạ tầng số, dữ liệu số, nền tảng số, nhân lực số.",
        4,
        "4 trụ cột",
        "4 pillars",
    ),
    '"N đẩy mạnh" gồm': (
        '"2 đẩy mạnh" gồm: Đẩy mạnh thanh toán không dùng tiền mặt; '
        "Đẩy mạnh dịch vụ công trực tuyến toàn trình.",
        2,
        "“2 đẩy mạnh” — 2 việc cần đẩy mạnh",
        "“2 đẩy mạnh” (Vietnamese slogan) — 2 things to step up",
    ),
    '"3 tăng cường" gồm, fewer items than stated': (
        '"3 tăng cường" gồm: Tăng cường kỷ luật hành chính; Tăng cường kiểm tra, giám sát.',
        2,
        "“3 tăng cường” — 3 việc cần tăng cường (tìm thấy 2)",
        "“3 tăng cường” (Vietnamese slogan) — 3 things to strengthen (2 found)",
    ),
    "… gồm: … with a tail and a year": (
        "Bộ xác định 4 ưu tiên chính của chuyển đổi số quốc gia năm 2025 gồm: phát triển dữ liệu số; "
        "phát triển công nghiệp bán dẫn; phát triển trí tuệ nhân tạo; bảo đảm an ninh mạng.",
        4,
        "4 ưu tiên chính của chuyển đổi số quốc gia năm 2025",
        "4 main priorities of national digital transformation for 2025",
    ),
    "a head noun with a word the vocabulary lacks": (
        "Thành phố triển khai 3 chương trình hành động là số hóa trường học, số hóa bệnh viện và số hóa chợ.",
        3,
        "3 chương trình hành động",
        "3 programmes — “3 chương trình hành động”",
    ),
    "Thứ nhất … Thứ năm after a counted sentence": (
        "Tại phiên họp, Phó Thủ tướng nhấn mạnh năm nhóm giải pháp trọng tâm trong năm 2025.\n"
        "Thứ nhất, hoàn thiện thể chế về dữ liệu.\n"
        "Thứ hai, phát triển hạ tầng số băng rộng.\n"
        "Thứ ba, phát triển nền tảng số dùng chung.\n"
        "Thứ tư, đào tạo nhân lực số cho cán bộ.\n"
        "Thứ năm, bảo đảm an toàn thông tin mạng.",
        5,
        "5 nhóm giải pháp trọng tâm trong năm 2025",
        "5 key groups of solutions for 2025",
    ),
    "Một là …; Hai là … after a speaker sentence": (
        "Bộ trưởng Nguyễn Mạnh Hùng cho biết ngành sẽ tập trung triển khai các việc cấp bách trong quý IV.\n"
        "Một là, rà soát toàn bộ dịch vụ công trực tuyến.\n"
        "Hai là, kết nối cơ sở dữ liệu dân cư với các bộ.\n"
        "Ba là, tổng kết phong trào bình dân học vụ số.",
        3,
        "Danh sách 3 mục: Ngành sẽ tập trung triển khai các việc cấp bách trong quý IV",
        "List of 3 items: “Ngành sẽ tập trung triển khai các việc cấp bách trong quý IV”",
    ),
    "một là, …; hai là, … inline with a counted heading": (
        "Thủ tướng Chính phủ nêu rõ ba yêu cầu đối với các bộ: một là, hoàn thành cắt giảm thủ tục; "
        "hai là, cung cấp dịch vụ công toàn trình; ba là, công khai kết quả giải quyết hồ sơ.",
        3,
        "3 yêu cầu đối với các bộ",
        "3 requirements — “3 yêu cầu đối với các bộ”",
    ),
    "thứ nhất, …; thứ hai, … inline with no heading": (
        "Thứ nhất, hoàn thiện thể chế số; thứ hai, phát triển hạ tầng số; thứ ba, phát triển nhân lực số.",
        3,
        "Danh sách 3 mục",
        "List of 3 items",
    ),
    "numbered lines after a speaker heading": (
        "Sở Thông tin và Truyền thông đề ra các nhiệm vụ năm 2025 như sau:\n"
        "1. Triển khai nền tảng họp trực tuyến đến cấp xã.\n"
        "2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.\n"
        "3. Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng.",
        3,
        "Danh sách 3 mục: Các nhiệm vụ năm 2025",
        "List of 3 items: “Các nhiệm vụ năm 2025”",
    ),
    "bulleted lines after a counted heading, one short": (
        "Kế hoạch chuyển đổi số của huyện gồm 4 giải pháp:\n"
        "- Nâng cấp mạng nội bộ của ủy ban.\n"
        "- Cấp chữ ký số cho cán bộ xã.\n"
        "- Mở chuyên mục hỏi đáp trên cổng thông tin.",
        3,
        "4 giải pháp (tìm thấy 3)",
        "4 solutions (3 found)",
    ),
    "bulleted lines after a long sentence heading": (
        "Ủy ban nhân dân tỉnh Bình Dương ban hành kế hoạch triển khai chuyển đổi số và xây dựng "
        "đô thị thông minh giai đoạn 2025 đến 2030 với các mục tiêu cụ thể sau đây:\n"
        "• Tỷ lệ hồ sơ trực tuyến đạt 80%.\n"
        "• Kinh tế số chiếm 25% GRDP.",
        2,
        "Danh sách 2 mục: Kế hoạch triển khai chuyển đổi số và xây dựng đô thị thông…",
        "List of 2 items: “Kế hoạch triển khai chuyển đổi số và xây dựng đô thị thông…”",
    ),
    "6 định hướng lớn là …": (
        "Đề án nêu 6 định hướng lớn là chính phủ số, kinh tế số, xã hội số, công dân số, "
        "doanh nghiệp số và văn hóa số.",
        6,
        "6 định hướng lớn",
        "6 major directions",
    ),
}


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_heading_shapes_are_described(shape: str, language: str) -> None:
    passage, items, vietnamese, english = SHAPES[shape]
    (found,) = _lists(passage)
    assert len(found.items) == items
    description = describe_priority_list(found, language=language, source_label="VnExpress, 10/10/2025")
    assert description.title == (vietnamese if language == "vi" else english)
    assert description.source == "VnExpress, 10/10/2025"
    assert description.label == f"{description.title} · VnExpress, 10/10/2025"
    assert len(description.title) <= HEADING_CHARACTERS + 100


def _list(heading: str, count: int) -> PriorityList:
    items = tuple(PriorityItem(f"Mục {number}", None) for number in range(count))
    return PriorityList(2024, heading, items, "d", heading)


@pytest.mark.parametrize(
    ("heading", "count", "language", "title"),
    [
        ("04 ưu tiên chính", 4, "vi", "4 ưu tiên chính"),
        ("04 ưu tiên chính", 3, "vi", "4 ưu tiên chính (tìm thấy 3)"),
        ("04 ưu tiên chính", 3, "en", "4 main priorities (3 found)"),
        ("Danh sách", 2, "vi", "Danh sách 2 mục"),
        ("", 2, "en", "List of 2 items"),
        # a count before a word that heads no list (list_heads.txt) is no counted heading
        ("3 hành động", 3, "en", "List of 3 items: “3 hành động”"),
        ("Thủ tướng gửi", 2, "vi", "Danh sách 2 mục: Thủ tướng gửi"),  # nothing after the speaker
    ],
)
def test_describe_built_lists(heading: str, count: int, language: str, title: str) -> None:
    assert describe_priority_list(_list(heading, count), language=language).title == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngắn", "ngắn"),
        ("a " * 40, "a " * 29 + "a…"),
        ("x" * 80, "x" * 60 + "…"),
        ("Thông điệp của Chính phủ, về đẩy mạnh chuyển đổi số quốc gia trong thời gian tới", None),
    ],
)
def test_shorten_cuts_at_a_word_boundary(text: str, expected: str | None) -> None:
    short = shorten(text)
    assert len(short) <= HEADING_CHARACTERS + 1
    if expected is not None:
        assert short == expected.strip()
    if short != text:
        assert short.endswith("…") and text.startswith(short[:-1])
        assert short[-2] not in " ,"


@pytest.mark.parametrize(
    ("outlet", "published", "language", "label"),
    [
        ("VnExpress", datetime(2024, 10, 10, 8, 5), "vi", "VnExpress, 10/10/2024"),
        ("VnExpress", datetime(2024, 10, 10, 8, 5), "en", "VnExpress, Oct 10, 2024"),
        ("VOV5", None, "en", "VOV5"),
        (None, datetime(2024, 1, 2), "vi", "02/01/2024"),
        (None, None, "vi", "“Chuyển đổi số - Lựa chọn chiến lược phát triển”"),
    ],
)
def test_source_label(outlet: str | None, published: datetime | None, language: str, label: str) -> None:
    document = Document(
        "d", "p", "Chuyển đổi số - Lựa chọn chiến lược phát triển", outlet, published, 2024, "", (), ""
    )
    assert source_label(document, language=language) == label
    assert source_label(None, language=language) == ""


# What Compare shows for each seed year, in order, with the article count where several state it.
SEED_LISTS = {
    ("vi", 2022): [
        "Danh sách 5 mục: Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia… · PLVN",
    ],
    ("vi", 2023): ["4 ưu tiên chính · VOV5"],
    ("vi", 2024): [
        "4 trụ cột · vietnamnet.vn, 10/01/2024 · 2 bài nêu",
        "“3 tăng cường” — 3 việc cần tăng cường · nongnghiep.vn, 25/04/2024",
        "“5 đẩy mạnh” — 5 việc cần đẩy mạnh · nongnghiep.vn, 25/04/2024",
        "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024 · vietnamnet.vn, 10/01/2024",
    ],
    ("en", 2022): [
        "List of 5 items: “Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia…” · PLVN",
    ],
    ("en", 2023): ["4 main priorities · VOV5"],
    ("en", 2024): [
        "4 pillars · vietnamnet.vn, Jan 10, 2024 · stated in 2 articles",
        "“3 tăng cường” (Vietnamese slogan) — 3 things to strengthen · nongnghiep.vn, Apr 25, 2024",
        "“5 đẩy mạnh” (Vietnamese slogan) — 5 things to step up · nongnghiep.vn, Apr 25, 2024",
        "4 main priorities of national digital transformation for 2024 · vietnamnet.vn, Jan 10, 2024",
    ],
}


@pytest.mark.parametrize(("language", "year"), list(SEED_LISTS))
def test_seed_lists_as_compare_shows_them(seed_corpus: CorpusAnalysis, language: str, year: int) -> None:
    rows = describe_year_lists(seed_corpus, year, language=language)
    assert [row.label for row in rows] == SEED_LISTS[(language, year)]
    for row in rows:
        assert row.label.startswith(row.description.title)
        assert row.description.original in row.priority.sentence  # the article's own wording
    # the page shows that wording too where the title shortens or translates it ("04" → "4" alone: no)
    assert [row.description.shows_original for row in rows] == SHOWS_ORIGINAL[(language, year)]


SHOWS_ORIGINAL = {
    ("vi", 2022): [True],
    ("vi", 2023): [False],
    ("vi", 2024): [False, False, False, False],
    ("en", 2022): [True],
    ("en", 2023): [True],
    ("en", 2024): [True, False, False, True],
}


def test_a_repeated_list_is_sourced_to_a_named_dated_article(seed_corpus: CorpusAnalysis) -> None:
    pillars = [row for row in describe_year_lists(seed_corpus, 2024, language="vi") if "trụ cột" in row.label]
    (row,) = pillars
    # 001 states it first but names no outlet or date; 003 (vietnamnet.vn, 10/01/2024) does
    assert row.documents == ("001_d02360e2110805a5", "003_58bd2110ae835d9e")
    assert row.priority.doc == "003_58bd2110ae835d9e"
    assert row.description.source == "vietnamnet.vn, 10/01/2024"


def test_seed_2022_keeps_the_full_sentence(seed_corpus: CorpusAnalysis) -> None:
    (row,) = describe_year_lists(seed_corpus, 2022, language="vi")
    assert row.description.original == (
        "Thủ tướng gửi Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia trong thời gian tới"
    )
    assert row.description.original in row.priority.sentence


@pytest.mark.parametrize(
    ("heading", "glossed"),
    [("04 ưu tiên chính", True), ("3 hành động", False), ("Các nhiệm vụ năm 2025", False), ("", True)],
)
def test_an_english_list_is_marked_once_by_the_view_never_per_list(heading: str, glossed: bool) -> None:
    items = tuple(PriorityItem(f"Việc {i}", None) for i in range(3))
    description = describe_priority_list(PriorityList(2024, heading, items, "d", "s"), language="en")
    assert description.glossed is glossed
    assert "Vietnamese original" not in description.title


def test_seed_year_lists_say_once_that_untranslated_items_are_vietnamese(seed_corpus: CorpusAnalysis) -> None:
    from analysis.present.i18n import translate

    for year in (2022, 2023, 2024):
        rows = describe_year_lists(seed_corpus, year, language="en")
        note = lists_note(rows, "en")
        untranslated = [row for row in rows if not row.description.glossed] or [
            item
            for row in rows
            for item in row.priority.items
            if not render_priority_item(item.text, "en").glossed
        ]
        assert note == (translate("untranslated_note", "en") if untranslated else "")
        assert lists_note(describe_year_lists(seed_corpus, year, language="vi"), "vi") == ""
