"""Dependencies flow one way: the analysis core needs no presentation stack, the view data no renderer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE_MODULES = sorted(
    f"analysis.{path.stem}" for path in (ROOT / "analysis").glob("*.py") if path.stem != "__main__"
)
PRESENT_MODULES = sorted(
    f"analysis.present.{path.stem}" for path in (ROOT / "analysis" / "present").glob("*.py")
)


def _imported_after(modules: list[str]) -> set[str]:
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_core_modules_exist() -> None:
    assert "analysis.pipeline" in CORE_MODULES and "analysis.present.tables" in PRESENT_MODULES


@pytest.mark.parametrize("forbidden", ["streamlit", "plotly", "pandas", "dashboard"])
def test_analysis_core_imports_no_presentation_stack(forbidden: str) -> None:
    assert forbidden not in _imported_after(CORE_MODULES)


@pytest.mark.parametrize("forbidden", ["streamlit", "plotly", "dashboard"])
def test_view_data_imports_no_renderer(forbidden: str) -> None:
    assert forbidden not in _imported_after(PRESENT_MODULES)
