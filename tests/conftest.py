"""Shared fixtures: the bundled seeds and the fixture articles, analysed once per test session.

Real underthesea on real text takes a second or two per corpus, so the corpora are session-scoped
and analysed without a cache (``cache_path=None``): tests never read or write the user's cache.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from analysis.pipeline import analyze_corpus
from analysis.types import CorpusAnalysis, DocumentAnalysis

TESTS_DIR = Path(__file__).resolve().parent
SEEDS_DIR = TESTS_DIR.parent / "seeds"
FIXTURE_ARTICLES_DIR = TESTS_DIR / "fixtures" / "articles"
FIGURE_GOLD_DIR = TESTS_DIR / "fixtures" / "figures"


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
    """The fixture articles analysed once per session (expected.json is skipped: not an article)."""
    return analyze_corpus([FIXTURE_ARTICLES_DIR], cache_path=None)


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
    return analyze_corpus([FIGURE_GOLD_DIR], cache_path=None)


@pytest.fixture(scope="session")
def meaning_corpus() -> CorpusAnalysis:
    """The passages and whole pages written for what figures mean (``tests/fixtures/figures/meaning``)."""
    return analyze_corpus([FIGURE_GOLD_DIR / "meaning"], cache_path=None)


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
