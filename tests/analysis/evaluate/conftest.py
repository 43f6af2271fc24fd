"""The figure gold set, read once per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluate.gold import GoldFigure, load_gold

GOLD = Path(__file__).resolve().parents[2] / "fixtures" / "figures" / "gold.json"


@pytest.fixture(scope="module")
def gold() -> tuple[list[GoldFigure], dict[str, list[str]]]:
    return load_gold(GOLD)
