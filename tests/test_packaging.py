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


def test_the_data_files_ship_as_package_data() -> None:
    # the core's vocabulary and the presentation wording, each folder flat so "data/*" is all of it
    assert CONFIG["package-data"]["analysis"] == ["data/*"]
    assert CONFIG["package-data"]["analysis.present"] == ["data/*"]
    for folder in (ROOT / "analysis" / "data", ROOT / "analysis" / "present" / "data"):
        assert sorted(folder.glob("*.toml"))
        assert not [path for path in folder.iterdir() if path.is_dir()]


def test_the_pipeline_finds_the_seeds_in_a_checkout() -> None:
    from analysis.pipeline import BUNDLED_SEEDS

    assert BUNDLED_SEEDS == ROOT / "seeds"
