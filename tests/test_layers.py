"""Dependencies flow one way, in every module of every package (found with ``rglob``, so a new
subpackage is covered the day it is made):

- the core, ``analysis/`` and all its subpackages but the two below (``read/``, ``store/``,
  ``figures/``, ``figures/measure/``, ``evaluate/``, ...): imports only itself, and no presentation
  stack: not ``analysis.present``, not the command line, not ``dashboard``, nor streamlit, plotly or
  pandas;
- the view data, ``analysis/present/``: the core and itself; not the command line, not
  ``dashboard``, nor streamlit or plotly (pandas is allowed: its tables are DataFrames);
- the command line, ``analysis/cli/`` and ``analysis/__main__.py``: an entry point, so it may import
  the view data and the core; not ``dashboard``, nor streamlit or plotly;
- the dashboard, ``dashboard/``: the core and the view data, not the command line (the other entry
  point).

Two checks: every import statement of every file, read without running it (relative imports and
imports inside functions included), names the file and line that goes against the flow; and each
layer imported in a fresh interpreter shows that no third-party package pulls in a forbidden stack.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENTRY = ("analysis.cli", "analysis.__main__")
# What each layer may not import: modules of this project (by prefix) and third-party packages.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": ("analysis.present", *ENTRY, "dashboard", "streamlit", "plotly", "pandas"),
    "present": (*ENTRY, "dashboard", "streamlit", "plotly"),
    "entry": ("dashboard", "streamlit", "plotly"),
    "dashboard": ENTRY,
}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def layer_of(module: str) -> str:
    """The layer a module of this project belongs to.

    >>> layer_of("analysis.store.corpus"), layer_of("analysis.present.deck"), layer_of("analysis.cli.common")
    ('core', 'present', 'entry')
    """
    if _within(module, "dashboard"):
        return "dashboard"
    if any(_within(module, entry) for entry in ENTRY):
        return "entry"
    return "present" if _within(module, "analysis.present") else "core"


def _imported_names(tree: ast.Module, module: str, *, package: bool) -> list[tuple[int, str]]:
    """(line, module) for each import; ``from x import y`` names ``x.y``, so importing a
    subpackage from its parent (``from analysis import present``) is seen for what it is."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".") if package else module.split(".")[:-1]
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
    return found


def layer_violations(root: Path) -> list[str]:
    """Each import, in every ``.py`` file under ``root/analysis`` and ``root/dashboard``, that goes
    against the flow, as ``path:line: module imports name (layer may not)``."""
    problems: list[str] = []
    for path in sorted([*(root / "analysis").rglob("*.py"), *(root / "dashboard").rglob("*.py")]):
        module = _module_name(path, root)
        layer = layer_of(module)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, name in _imported_names(tree, module, package=path.name == "__init__.py"):
            if any(_within(name, forbidden) for forbidden in FORBIDDEN[layer]):
                where = path.relative_to(root).as_posix()
                problems.append(f"{where}:{line}: {module} imports {name} ({layer} may not)")
    return problems


def _modules(layer: str) -> list[str]:
    paths = (ROOT / "analysis").rglob("*.py")
    names = (_module_name(path, ROOT) for path in paths if path.stem != "__main__")
    return sorted(name for name in names if layer_of(name) == layer)


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


def test_every_subpackage_is_read() -> None:
    core, present, entry = _modules("core"), _modules("present"), _modules("entry")
    for module in (
        "analysis.pipeline",
        "analysis.store.corpus",
        "analysis.read.web",
        "analysis.evaluate.scoring",
    ):
        assert module in core
    assert any(_within(module, "analysis.figures.measure") for module in core)
    assert "analysis.present.tables" in present and "analysis.present.resources" in present
    assert "analysis.cli.common" in entry


def test_no_module_imports_against_the_flow() -> None:
    assert layer_violations(ROOT) == []


def test_the_check_finds_a_bad_import_deep_in_a_subpackage(tmp_path: Path) -> None:
    files = {
        "analysis/__init__.py": "",
        "analysis/text.py": "",
        "analysis/store/__init__.py": "from .records import Record\n",
        "analysis/store/records.py": "import json\n\nfrom analysis.text import fold\n",
        # a core module two packages down reaching up into the view data, relatively and lazily
        "analysis/figures/measure/__init__.py": "",
        "analysis/figures/measure/places.py": "def f():\n    from ...present import i18n\n",
        "analysis/read/web.py": "import pandas as pd\n",
        "analysis/present/__init__.py": "",
        "analysis/present/deck.py": "import pandas\nfrom analysis.store.records import Record\n",
        "analysis/present/sub/view.py": "from analysis.cli.common import main\n",
        "analysis/cli/__init__.py": "from analysis.present.deck import build\n",
        "analysis/cli/web.py": "from dashboard import data\n",
        "dashboard/views/page.py": "from analysis.present import deck\nfrom analysis import cli\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert layer_violations(tmp_path) == [
        "analysis/cli/web.py:1: analysis.cli.web imports dashboard.data (entry may not)",
        "analysis/figures/measure/places.py:2: analysis.figures.measure.places imports "
        "analysis.present.i18n (core may not)",
        "analysis/present/sub/view.py:1: analysis.present.sub.view imports analysis.cli.common.main "
        "(present may not)",
        "analysis/read/web.py:1: analysis.read.web imports pandas (core may not)",
        "dashboard/views/page.py:2: dashboard.views.page imports analysis.cli (dashboard may not)",
    ]


@pytest.mark.parametrize("forbidden", ["streamlit", "plotly", "pandas", "dashboard"])
def test_analysis_core_imports_no_presentation_stack(forbidden: str) -> None:
    assert forbidden not in _imported_after(_modules("core"))


@pytest.mark.parametrize("forbidden", ["streamlit", "plotly", "dashboard"])
def test_view_data_and_command_line_import_no_renderer(forbidden: str) -> None:
    assert forbidden not in _imported_after(_modules("present") + _modules("entry"))
