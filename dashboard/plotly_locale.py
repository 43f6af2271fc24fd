"""Plotly's own interface texts in the reader's language.

Plotly.js looks every toolbar tooltip and message up in ``config["locales"]``; Streamlit passes the
chart config through unchanged, so the dictionary travels with each chart instead of being
registered globally in the browser.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

_LOCALE_FILE = Path(__file__).with_name("plotly_locale.toml")


@cache
def _locales() -> MappingProxyType[str, Any]:
    with _LOCALE_FILE.open("rb") as handle:
        return MappingProxyType(tomllib.load(handle))


def plotly_locale_config(language: str) -> dict[str, object]:
    """The ``locale``/``locales`` part of a plotly config for ``language``.

    English is plotly's own language, so it adds nothing:

    >>> plotly_locale_config("en")
    {}
    >>> plotly_locale_config("vi")["locales"]["vi"]["dictionary"]["Zoom in"]
    'Phóng to'
    """
    locale = _locales().get(language)
    if locale is None:
        return {}
    definition = {"dictionary": dict(locale.get("dictionary", {})), "format": dict(locale.get("format", {}))}
    return {"locale": language, "locales": {language: definition}}
