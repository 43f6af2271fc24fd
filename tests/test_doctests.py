"""The examples in the docstrings are real: every module's doctests run and pass.

A wrong example misleads the next reader more than a missing one, so they run in CI like any test.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import analysis

# Dashboard modules whose doctests run: pure helpers only (page scripts run Streamlit on import).
_DASHBOARD = ["dashboard.plotly_locale", "dashboard.__main__"]
MODULES = sorted(
    [info.name for info in pkgutil.walk_packages(analysis.__path__, prefix="analysis.")] + _DASHBOARD
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail (run with -s)"


def test_doctests_are_found() -> None:
    attempted = sum(
        doctest.testmod(importlib.import_module(name), report=False).attempted
        for name in ["analysis.present.i18n", "analysis.present.glosses", "analysis.numbers"]
    )
    assert attempted >= 10
