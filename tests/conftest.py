"""Shared fixtures: the bundled seeds and the fixture articles, analysed once per test session.

Real underthesea on real text takes a second or two per corpus, so the corpora are session-scoped
and analysed without a cache (``cache_path=None``): tests never read or write the user's cache.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from analysis.pipeline import analyze_corpus
from analysis.types import CorpusAnalysis, DocumentAnalysis

TESTS_DIR = Path(__file__).resolve().parent
SEEDS_DIR = TESTS_DIR.parent / "seeds"
FIXTURE_ARTICLES_DIR = TESTS_DIR / "fixtures" / "articles"
FIGURE_GOLD_DIR = TESTS_DIR / "fixtures" / "figures"
INSTRUMENT_GOLD_DIR = TESTS_DIR / "fixtures" / "instruments"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The bundled seed articles (``seeds/*.txt``)."""
    return SEEDS_DIR


@pytest.fixture(scope="session")
def fixture_articles_dir() -> Path:
    """Articles that are not seeds, described by ``expected.json`` in the same folder."""
    return FIXTURE_ARTICLES_DIR


@pytest.fixture(scope="session")
def expected_articles() -> dict[str, dict[str, Any]]:
    """``tests/fixtures/articles/expected.json``: what a correct extractor finds in each fixture."""
    return json.loads((FIXTURE_ARTICLES_DIR / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_corpus() -> CorpusAnalysis:
    """``analyze_corpus([seeds], cache_path=None)``, once per session."""
    return analyze_corpus([SEEDS_DIR], cache_path=None)


@pytest.fixture(scope="session")
def fixture_corpus() -> CorpusAnalysis:
    """The fixture articles analysed once per session (expected.json is skipped: not an article;
    the pages in the subfolder are a set of their own)."""
    return analyze_corpus([FIXTURE_ARTICLES_DIR], cache_path=None, recursive=False)


@pytest.fixture(scope="session")
def seed_docs(seed_corpus: CorpusAnalysis) -> dict[str, DocumentAnalysis]:
    """Seed analyses by document id ("000_bad03276209439be", …)."""
    return {analysis.document.id: analysis for analysis in seed_corpus.documents}


@pytest.fixture(scope="session")
def fixture_docs(fixture_corpus: CorpusAnalysis) -> dict[str, DocumentAnalysis]:
    """Fixture analyses by document id ("ndt_2025", …)."""
    return {analysis.document.id: analysis for analysis in fixture_corpus.documents}


@pytest.fixture(scope="session")
def figures_corpus() -> CorpusAnalysis:
    """The figure gold set's passages (``tests/fixtures/figures``), analysed once per session."""
    # Its subfolders hold gold sets of their own.
    return analyze_corpus([FIGURE_GOLD_DIR], cache_path=None, recursive=False)


@pytest.fixture(scope="session")
def instruments_corpus() -> CorpusAnalysis:
    """The instrument gold set's passages (``tests/fixtures/instruments``; the held-out set is apart)."""
    return analyze_corpus([INSTRUMENT_GOLD_DIR], cache_path=None, recursive=False)


@pytest.fixture(scope="session")
def meaning_corpus() -> CorpusAnalysis:
    """The passages and whole pages written for what figures mean (``tests/fixtures/figures/meaning``)."""
    return analyze_corpus([FIGURE_GOLD_DIR / "meaning"], cache_path=None)


def _overwrite_in_file(path: Path, found: bytes, replacement: bytes, *, nth: int = 0) -> None:
    """Overwrite the ``nth`` occurrence of ``found`` in the file at ``path`` with ``replacement``
    (same length): bytes flipped inside a page of a SQLite file, as a bad disk or a hostile
    writer would, with no SQLite in between. The file must have no write-ahead log pending."""
    assert len(found) == len(replacement)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    data = bytearray(path.read_bytes())
    start = -1
    for _ in range(nth + 1):
        start = data.index(found, start + 1)
    data[start : start + len(found)] = replacement
    path.write_bytes(bytes(data))


@pytest.fixture
def overwrite_in_file() -> Callable[..., None]:
    """``overwrite_in_file(path, found, replacement, nth=0)``: bytes flipped in a file on disk."""
    return _overwrite_in_file


@pytest.fixture
def store_articles() -> list[tuple[str, bytes]]:
    """Three short articles as uploads ("binh-phuoc", "hau-giang", "ha-giang")."""
    return [(name, text.encode()) for name, text in STORE_ARTICLES]


@pytest.fixture
def damaged_store(tmp_path: Path) -> Path:
    """A store of three articles whose second one ("hau-giang") has a figure in its text
    silently changed on disk (95% → 59%); the other two are sound."""
    from analysis.intake import add_files
    from analysis.store import CorpusStore

    path = tmp_path / "store" / "corpus.sqlite3"
    with CorpusStore(path) as store:
        result = add_files(store, [(name, text.encode()) for name, text in STORE_ARTICLES])
    assert result.added == ("binh-phuoc", "hau-giang", "ha-giang"), result.problems
    # original bytes first, then the text, in the record: the second occurrence is the text
    _overwrite_in_file(path, "đã số hóa 95%".encode(), "đã số hóa 59%".encode(), nth=1)
    return path


STORE_ARTICLES = [
    (
        "binh-phuoc.txt",
        "Bình Phước ra mắt 111 Tổ công nghệ số cộng đồng năm 2025\n"
        "Sáng 12/3/2025, tỉnh Bình Phước ra mắt 111 Tổ công nghệ số với gần 600 thành viên.\n",
    ),
    (
        "hau-giang.txt",
        "Hậu Giang số hóa hồ sơ hành chính năm 2023\nNăm 2023, Hậu Giang đã số hóa 95% hồ sơ hành chính.\n",
    ),
    (
        "ha-giang.txt",
        "Hà Giang phát triển chính quyền số năm 2024\nNăm 2024, Hà Giang có 1.200 điểm phát sóng 4G mới.\n",
    ),
]

# Article details as an attacker (or a badly made page) would write them: a spreadsheet formula,
# a link, and a title full of terminal escape codes (retitle, clear screen, an OSC-8 link, BEL, a C1 CSI).
HOSTILE_OUTLET_FORMULA = '=HYPERLINK("http://evil.example","bấm")'
HOSTILE_OUTLET_LINK = "https://evil.example/x"
HOSTILE_TITLE_ESCAPES = (
    "Chuyển đổi số \x1b]0;pwned\x07\x1b[2J\x1b]8;;http://evil.example\x1b\\bấm\x1b]8;;\x1b\\ \x9b31m đỏ\x7f"
)
HOSTILE_TITLE_LINKS = "Xem www.evil.example, http://evil.example/a?b=c, chinhphu.vn và thu@mic.gov.vn"


@pytest.fixture(scope="session")
def hostile_articles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two seed articles whose outlets and titles (set in ``metadata.json``) are hostile text."""
    folder = tmp_path_factory.mktemp("hostile")
    details = {
        "003_58bd2110ae835d9e": {"outlet": HOSTILE_OUTLET_FORMULA, "title": HOSTILE_TITLE_ESCAPES},
        "002_cc862bba0fbd9ef4": {"outlet": HOSTILE_OUTLET_LINK, "title": HOSTILE_TITLE_LINKS},
    }
    for stem in details:
        (folder / f"{stem}.txt").write_bytes((SEEDS_DIR / f"{stem}.txt").read_bytes())
    (folder / "metadata.json").write_text(json.dumps(details, ensure_ascii=False), encoding="utf-8")
    return folder
