"""The tree kept in step with its descriptions: every source module has its test module
(``tests/<same folder>/test_<module>.py``), and the README's map of the code lists every module of
``analysis/`` and ``dashboard/`` and nothing that is gone.

When a module is added, split, moved or removed, the failure names each module to add to or remove
from the map, and each module that still needs its tests.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_FOLDERS = ("analysis", "dashboard")
MAP_HEADING = "### Map of the code"
MAP_LINE = re.compile(r"^- `(?P<module>[\w/]+\.py)`: (?P<owns>\S.*)$")

# Modules tested under another name, each with the test module that covers it. Short on purpose:
# a new module gets its own test module instead.
TESTED_ELSEWHERE = {
    # the entry points, run as a user runs them (a real process)
    "analysis/__main__.py": "tests/analysis/cli/test_cli.py",
    "dashboard/__main__.py": "tests/dashboard/test_launcher.py",
    # a package's own module, tested as the package it opens
    "analysis/cli/__init__.py": "tests/analysis/cli/test_cli.py",
    "analysis/figures/__init__.py": "tests/analysis/test_figures.py",
    "analysis/read/__init__.py": "tests/analysis/read/test_read.py",
    "analysis/store/__init__.py": "tests/analysis/store/test_store.py",
    # reading steps behind read_article, whose tests go through every format and failure
    "analysis/read/encoding.py": "tests/analysis/read/test_read.py",
    "analysis/read/formats.py": "tests/analysis/read/test_read.py",
    "analysis/read/metadata.py": "tests/analysis/documents/test_corpus.py",
    "analysis/read/problems.py": "tests/analysis/read/test_read.py",
    # the figure grammar's last steps, measured through extract_figures on written sentences
    "analysis/figures/sentence.py": "tests/analysis/test_figures.py",
    "analysis/evaluate_scope.py": "tests/analysis/test_scope.py",
    # the frozen result types: every one has an example that round-trips through the codec
    "analysis/types.py": "tests/analysis/test_codec.py",
    # the data-file loader, read by every vocabulary test
    "analysis/resources.py": "tests/analysis/present/test_i18n.py",
    # the briefing's blocks, drawn by both of its renderers
    "analysis/present/brief.py": "tests/analysis/present/test_markdown.py",
    "analysis/present/instruments.py": "tests/dashboard/test_instruments_page.py",
    "analysis/present/terms.py": "tests/analysis/present/test_terms_view.py",
    # the dashboard's frame, exercised on every page by AppTest
    "dashboard/access.py": "tests/dashboard/test_library_access.py",
    "dashboard/router.py": "tests/dashboard/test_app.py",
    "dashboard/sidebar.py": "tests/dashboard/test_app.py",
    "dashboard/state.py": "tests/dashboard/test_app.py",
    "dashboard/widgets.py": "tests/dashboard/test_app.py",
}
# Dashboard pages (``dashboard/views/<page>.py``) run under AppTest: ``tests/dashboard/test_app.py``
# opens each page it names, and a page with more to check has ``tests/dashboard/test_<page>*.py``.
APP_TESTS = ROOT / "tests" / "dashboard"


def _source_modules() -> list[str]:
    return sorted(
        path.relative_to(ROOT).as_posix()
        for folder in SOURCE_FOLDERS
        for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    )


def _has_code(module: str, root: Path = ROOT) -> bool:
    """Whether a module defines a function or a class (a docstring or constants alone need no test)."""
    tree = ast.parse((root / module).read_text(encoding="utf-8"))
    return any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for node in tree.body)


def _own_test(module: str, root: Path = ROOT) -> Path:
    path = Path(module)
    return root / "tests" / path.parent / f"test_{path.stem}.py"


def _page_has_app_tests(module: str) -> bool:
    page = Path(module).stem
    if any(APP_TESTS.glob(f"test_{page}*.py")):
        return True
    return f'"{page}"' in (APP_TESTS / "test_app.py").read_text(encoding="utf-8")


def _untested(modules: list[str], root: Path = ROOT) -> list[str]:
    untested = []
    for module in modules:
        if not _has_code(module, root) or _own_test(module, root).is_file():
            continue
        if module in TESTED_ELSEWHERE and (ROOT / TESTED_ELSEWHERE[module]).is_file():
            continue
        if module.startswith("dashboard/views/") and _page_has_app_tests(module):
            continue
        untested.append(f"{module}: write {_own_test(module, root).relative_to(root).as_posix()}")
    return untested


def _readme_map(readme: str) -> list[str]:
    """The modules the README's map lists, in its order (a line listed twice is kept twice)."""
    lines = readme.splitlines()
    start = lines.index(MAP_HEADING)
    listed = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        found = MAP_LINE.match(line)
        if found:
            listed.append(found["module"])
        else:
            assert not line.startswith("- `"), f"a map line is not '- `path.py`: what it owns': {line!r}"
    return listed


def test_every_source_module_has_its_test_module() -> None:
    untested = _untested(_source_modules())
    assert not untested, "modules without a test module of their own:\n  " + "\n  ".join(untested)


def test_every_exception_is_still_needed_and_points_at_a_test() -> None:
    modules = set(_source_modules())
    stale = [
        f"{module}: {why}"
        for module, test in TESTED_ELSEWHERE.items()
        for why in (
            "no such module (remove it from TESTED_ELSEWHERE)" if module not in modules else "",
            "has its own test module now (remove it from TESTED_ELSEWHERE)"
            if _own_test(module).is_file()
            else "",
            f"{test} does not exist" if not (ROOT / test).is_file() else "",
        )
        if why
    ]
    assert not stale, "tests/test_layout.py's TESTED_ELSEWHERE is out of date:\n  " + "\n  ".join(stale)


def _map_problems(listed: list[str], modules: list[str]) -> list[str]:
    missing = [module for module in modules if module not in listed]
    gone = [module for module in listed if module not in modules]
    twice = sorted({module for module in listed if listed.count(module) > 1})
    problems = []
    if missing:
        problems.append("add a line '- `path.py`: what it owns.' for:\n  " + "\n  ".join(missing))
    if gone:
        problems.append("remove or rename the lines of modules that are gone:\n  " + "\n  ".join(gone))
    if twice:
        problems.append("list once:\n  " + "\n  ".join(twice))
    return problems


def test_the_readme_maps_every_module_once() -> None:
    problems = _map_problems(_readme_map((ROOT / "README.md").read_text(encoding="utf-8")), _source_modules())
    assert not problems, f"README.md '{MAP_HEADING}' is out of step with the tree; " + "\n".join(problems)


def test_a_new_module_is_named_in_both_failures(tmp_path: Path) -> None:
    (tmp_path / "analysis").mkdir()
    (tmp_path / "analysis" / "tong_hop.py").write_text(
        '"""Tổng hợp."""\n\ndef tong(a: int) -> int:\n    return a\n'
    )
    (tmp_path / "analysis" / "hang_so.py").write_text('"""Hằng số."""\n\nMAU = ("#0b5394",)\n')
    modules = ["analysis/hang_so.py", "analysis/tong_hop.py"]
    assert _untested(modules, tmp_path) == ["analysis/tong_hop.py: write tests/analysis/test_tong_hop.py"]
    readme = (
        f"# Dự án\n\n{MAP_HEADING}\n\n- `analysis/hang_so.py`: màu.\n- `analysis/cu.py`: đã xóa.\n\n## Khác\n"
    )
    assert _readme_map(readme) == ["analysis/hang_so.py", "analysis/cu.py"]
    assert _map_problems(_readme_map(readme), modules) == [
        "add a line '- `path.py`: what it owns.' for:\n  analysis/tong_hop.py",
        "remove or rename the lines of modules that are gone:\n  analysis/cu.py",
    ]
