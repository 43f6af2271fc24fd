"""`pip install .` ships everything: every package, the data files and the seed articles."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_in_the_tree_is_listed() -> None:
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for top in ("analysis", "dashboard")
        for path in (ROOT / top).rglob("__init__.py")
    }
    assert found <= set(CONFIG["packages"])


def test_the_seeds_ship_as_package_data() -> None:
    assert CONFIG["package-dir"]["analysis.seeds"] == "seeds"
    assert "analysis.seeds" in CONFIG["packages"]
    assert CONFIG["package-data"]["analysis.seeds"] == ["*.txt"]
    assert sorted(ROOT.joinpath("seeds").glob("*.txt"))
    assert CONFIG["package-data"]["analysis"] == ["data/*"]
    assert not [path for path in (ROOT / "analysis" / "data").iterdir() if path.is_dir()]  # data/* is all


def test_the_pipeline_finds_the_seeds_in_a_checkout() -> None:
    from analysis.pipeline import BUNDLED_SEEDS

    assert BUNDLED_SEEDS == ROOT / "seeds"
