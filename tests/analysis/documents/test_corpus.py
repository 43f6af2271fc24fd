"""Reading files and folders: whole pages, NFD files, the seeds, sidecar corrections, unreadable inputs."""

from __future__ import annotations

import json
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from analysis.documents.corpus import load_corpus
from analysis.present.problems import describe_problem
from analysis.types import DocumentAnalysis

SEED_000 = "000_bad03276209439be"
SEED_001 = "001_d02360e2110805a5"
SEED_002 = "002_cc862bba0fbd9ef4"
SEED_003 = "003_58bd2110ae835d9e"
SEED_004 = "004_ceed97d4935bf166"


PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "pages"
PAGE_EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem", sorted(PAGE_EXPECTED))
def test_whole_page_gives_headline_outlet_date_and_year(stem: str) -> None:
    """Small whole pages with their furniture (portals, national outlets, a ministry; .txt and .html)."""
    expected = PAGE_EXPECTED[stem]
    (document,), problems = load_corpus(sorted(PAGES.glob(f"{stem}.*")))
    assert problems == ()
    assert document.title == expected["title"]
    assert document.outlet in expected["outlet"]
    assert document.published == datetime.fromisoformat(expected["published"])
    assert document.year == expected["year"]
    for furniture in ("Trang chủ", "Lượt xem", "Chia sẻ", "Tags", "Theo VnExpress", "Website:"):
        assert furniture not in document.body


def test_nfd_file_is_read_as_nfc(fixture_articles_dir: Path) -> None:
    path = fixture_articles_dir / "nfd_2023.txt"
    raw = path.read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", raw)  # the fixture really is stored decomposed
    (document,), problems = load_corpus([path])
    assert problems == ()
    assert unicodedata.is_normalized("NFC", document.body)
    assert unicodedata.is_normalized("NFC", document.title)
    assert "3.200 Tổ công nghệ số cộng đồng" in document.body
    assert document.title == "Bình Dương: Chuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống chính trị"
    assert document.outlet == "Báo Bình Dương"
    assert document.year == 2023


def test_nfd_file_name_gives_an_nfc_id(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "bài_số_1.txt")
    (tmp_path / name).write_text("Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", encoding="utf-8")
    (document,), _ = load_corpus([tmp_path])
    assert document.id == "bài_số_1"
    assert unicodedata.is_normalized("NFC", document.id)


def test_markdown_article_is_read(tmp_path: Path) -> None:
    (tmp_path / "tin.md").write_text("# Kinh tế số năm 2024\n\nNội dung bài viết.\n", encoding="utf-8")
    (document,), problems = load_corpus([tmp_path])
    assert problems == ()
    assert (document.id, document.title, document.year) == ("tin", "Kinh tế số năm 2024", 2024)


# --- the seeds -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc_id", "year", "published", "outlet"),
    [
        (SEED_000, 2023, None, "VOV5"),
        (SEED_001, 2024, None, None),
        (SEED_002, 2024, datetime(2024, 4, 25, 7, 33), "nongnghiep.vn"),
        (SEED_003, 2024, datetime(2024, 1, 10, 14, 14), "vietnamnet.vn"),
        (SEED_004, 2022, None, "PLVN"),
    ],
)
def test_seed_metadata(
    seed_docs: dict[str, DocumentAnalysis],
    doc_id: str,
    year: int,
    published: datetime | None,
    outlet: str | None,
) -> None:
    document = seed_docs[doc_id].document
    assert document.year == year
    assert document.published == published
    assert document.outlet == outlet


@pytest.mark.parametrize(
    ("doc_id", "title"),
    [
        (SEED_000, "Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi"),
        (SEED_001, "Chuyển đổi số - Lựa chọn chiến lược phát triển"),
        (SEED_002, "Thủ tướng: Mỗi Bộ, ngành, địa phương phải có 1 đề án chuyển đổi số"),
        (SEED_003, "4 ưu tiên chính của chuyển đổi số quốc gia năm 2024"),
        (SEED_004, "Phải có chiến lược chuyển đổi số quốc gia một cách bài bản"),
    ],
)
def test_seed_titles(seed_docs: dict[str, DocumentAnalysis], doc_id: str, title: str) -> None:
    assert seed_docs[doc_id].document.title == title


def test_seed_ids_are_file_stems_in_order(seed_docs: dict[str, DocumentAnalysis], seeds_dir: Path) -> None:
    assert list(seed_docs) == sorted(path.stem for path in seeds_dir.glob("*.txt"))


@pytest.mark.parametrize(
    ("doc_id", "furniture_line"),
    [
        (SEED_000, "Tin liên quan"),
        (SEED_000, "Các tin/bài khác"),
        (SEED_002, "Tổng truy cập: 2247912"),
        (SEED_002, "Đang truy cập: 1"),
        (SEED_002, "2024-04-25 07:33:00.0"),
        (SEED_002, "nongnghiep.vn"),
        (SEED_003, "Publish date 10/01/2024 | 14:14 | View count: 4030"),
        (SEED_003, "Nguồn: vietnamnet.vn"),
        (
            SEED_003,
            "Các Tổ công nghệ số cộng đồng, với nòng cốt là các đoàn viên thanh niên, đã và đang là lực "
            "lượng "
            "hỗ trợ đắc lực cho công cuộc chuyển đổi số quốc gia. (Ảnh minh họa: V.Sỹ)",
        ),
        (
            SEED_004,
            "Thủ tướng gửi Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia. Ảnh: Chinhphu.vn",
        ),
        (SEED_004, "Đọc thêm"),
    ],
)
def test_seed_furniture_is_removed_from_the_body(
    seed_docs: dict[str, DocumentAnalysis], doc_id: str, furniture_line: str
) -> None:
    document = seed_docs[doc_id].document
    assert furniture_line in document.furniture
    assert furniture_line not in document.body.split("\n")


@pytest.mark.parametrize("fragment", ["truy cập", "View count", "Publish date", "Ảnh:", "- ảnh 1", "Nguồn:"])
def test_no_seed_body_holds_furniture_fragments(
    seed_docs: dict[str, DocumentAnalysis], fragment: str
) -> None:
    for analysis in seed_docs.values():
        assert fragment not in analysis.document.body, analysis.document.id


def test_body_keeps_article_prose(seed_docs: dict[str, DocumentAnalysis]) -> None:
    body = seed_docs[SEED_003].document.body
    assert "với hơn 80.000 tổ, gần 380.000 thành viên tham gia." in body
    # the byline "(VOV5) - " is stripped, the paragraph kept
    assert "\nViệt Nam sẽ trở thành quốc gia số" in seed_docs[SEED_000].document.body


# --- sidecar metadata.json -----------------------------------------------------------------------


@pytest.fixture
def seed_copies(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id in (SEED_000, SEED_001):
        shutil.copy(seeds_dir / f"{doc_id}.txt", folder)
    return folder


def _by_id(paths: list[Path]) -> tuple[dict[str, object], tuple]:
    documents, problems = load_corpus(paths)
    return {document.id: document for document in documents}, problems


def test_sidecar_overrides_year_outlet_and_published(seed_copies: Path) -> None:
    sidecar = {SEED_000: {"year": 2030, "outlet": "Báo Thử", "published": "2023-10-10T08:00"}}
    (seed_copies / "metadata.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    documents, problems = _by_id([seed_copies])
    assert problems == ()
    overridden, untouched = documents[SEED_000], documents[SEED_001]
    assert (overridden.year, overridden.outlet, overridden.published) == (
        2030,
        "Báo Thử",
        datetime(2023, 10, 10, 8),
    )
    assert ("year", "2030") in overridden.overrides
    # the title is still inferred, and the other article keeps what its text says
    assert overridden.title == "Chuyển đổi số phải để người dân, doanh nghiệp hưởng lợi"
    assert (untouched.year, untouched.outlet, untouched.overrides) == (2024, None, ())


def test_sidecar_can_clear_a_field_and_applies_to_files_given_directly(seed_copies: Path) -> None:
    sidecar = {SEED_000: {"outlet": None, "year": "2031"}}
    (seed_copies / "metadata.json").write_text(json.dumps(sidecar), encoding="utf-8")
    documents, problems = _by_id([seed_copies / f"{SEED_000}.txt"])
    assert problems == ()
    assert (documents[SEED_000].outlet, documents[SEED_000].year) == (None, 2031)


def test_invalid_sidecar_is_a_problem_and_the_rest_still_loads(seed_copies: Path) -> None:
    sidecar = seed_copies / "metadata.json"
    sidecar.write_text('{"000_bad03276209439be": {"year": 2030,,}', encoding="utf-8")
    documents, problems = _by_id([seed_copies])
    assert sorted(documents) == [SEED_000, SEED_001]
    assert documents[SEED_000].year == 2023  # not overridden
    assert len(problems) == 1
    assert problems[0].path == str(sidecar)
    assert "không phải JSON UTF-8 hợp lệ" in problems[0].message  # Vietnamese by default
    assert "not valid UTF-8 JSON" in describe_problem(problems[0], language="en")
    assert "fix it" in describe_problem(problems[0], language="en")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("[1, 2]", "expected"),
        ('{"000_bad03276209439be": 2030}', "expected"),
        (b"\xff\xfe{}", "not valid UTF-8 JSON"),
    ],
)
def test_malformed_sidecar_shapes_are_problems(
    seed_copies: Path, content: str | bytes, fragment: str
) -> None:
    sidecar = seed_copies / "metadata.json"
    if isinstance(content, bytes):
        sidecar.write_bytes(content)
    else:
        sidecar.write_text(content, encoding="utf-8")
    documents, problems = _by_id([seed_copies])
    assert sorted(documents) == [SEED_000, SEED_001]
    assert [problem.path for problem in problems] == [str(sidecar)]
    assert fragment in describe_problem(problems[0], language="en")


def test_sidecar_unknown_field_is_reported_and_known_fields_still_apply(seed_copies: Path) -> None:
    sidecar = {SEED_000: {"year": 2030, "author": "X"}, SEED_001: {"year": "hai nghìn"}}
    (seed_copies / "metadata.json").write_text(json.dumps(sidecar), encoding="utf-8")
    documents, problems = _by_id([seed_copies])
    assert documents[SEED_000].year == 2030
    assert documents[SEED_001].year == 2024  # the bad entry is ignored
    messages = [describe_problem(problem, language="en") for problem in problems]
    assert len(messages) == 2
    assert any('unknown field(s) "author"' in message for message in messages)
    assert any(SEED_001 in message and "a whole number 1945–2100" in message for message in messages)


# --- unreadable inputs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "advice"),
    [
        ("empty.txt", b"", "is empty, there is no text in it; add the article text"),
        ("blank.txt", b"  \n\t\r\n", "is empty, there is no text in it; add the article text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file (PNG), not text"),
        ("article.pdf", b"%PDF-1.4\n", "the PDF is damaged or encrypted"),
        ("article.odt", b"PK\x03\x04", ".odt files are not supported; save the article as .txt"),
    ],
)
def test_unreadable_file_is_a_problem_with_advice(
    tmp_path: Path, name: str, content: bytes, advice: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    documents, problems = load_corpus([good, bad])
    assert [document.id for document in documents] == ["good"]
    assert len(problems) == 1
    assert problems[0].path == str(bad)
    assert problems[0].message.startswith(f"{bad}: ")
    assert advice in describe_problem(problems[0], language="en")


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "article.txt"
    documents, problems = load_corpus([missing])
    assert documents == ()
    assert [(problem.path, describe_problem(problem, language="en")) for problem in problems] == [
        (str(missing), f"{missing}: no such file or folder; check the path.")
    ]
    assert problems[0].message == f"{missing}: không có tệp hay thư mục này; hãy kiểm tra lại đường dẫn."


def test_unreadable_files_in_a_folder_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tiêu đề A\nNội dung năm 2022.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n not an article")
    (tmp_path / "c.txt").write_text("Tiêu đề C\nNội dung năm 2024.", encoding="utf-8")
    (tmp_path / "notes.odt").write_bytes(b"PK")  # not an article suffix: skipped, and named
    documents, problems = load_corpus([tmp_path])
    assert [(document.id, document.year) for document in documents] == [("a", 2022), ("c", 2024)]
    assert [(problem.path, problem.code) for problem in problems] == [
        (str(tmp_path / "notes.odt"), "skipped_unsupported"),
        (str(tmp_path / "b.txt"), "binary"),
    ]


def test_folder_without_articles_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "readme.odt").write_bytes(b"PK")
    documents, problems = load_corpus([tmp_path])
    assert documents == ()
    assert [problem.code for problem in problems] == ["empty_folder", "skipped_unsupported"]
    assert "the folder holds no articles (.txt, .md, .html, .docx, .pdf)" in describe_problem(
        problems[0], language="en"
    )


def test_same_name_in_two_folders_is_a_problem(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "tin.txt").write_text(f"Tiêu đề {folder}\nNội dung.", encoding="utf-8")
    documents, problems = load_corpus([tmp_path / "a", tmp_path / "b"])
    assert [document.path for document in documents] == [str(tmp_path / "a" / "tin.txt")]
    assert len(problems) == 1
    assert "rename one" in describe_problem(problems[0], language="en")


def test_same_file_given_twice_loads_once(seeds_dir: Path) -> None:
    path = seeds_dir / f"{SEED_000}.txt"
    documents, problems = load_corpus([path, seeds_dir])
    assert problems == ()
    assert [document.id for document in documents].count(SEED_000) == 1
    assert len(documents) == 5
