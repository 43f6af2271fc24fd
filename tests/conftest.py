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
