"""The context every page reads. View state itself lives in the URL: widgets are created with
``bind="query-params"``, so a pasted link reproduces exactly what was on screen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import streamlit as st

from analysis.present.i18n import translate
from analysis.types import CorpusAnalysis

_CONTEXT_KEY = "_dxpolicy_context"
URL = "query-params"


@dataclass(frozen=True)
class Context:
    """What the router hands every page: language, corpus (full and filtered) and its cache keys."""

    language: str
    paths: tuple[str, ...]
    cache_path: str
    fingerprint: str
    years: tuple[int, ...] | None
    documents: tuple[str, ...] | None
    full: CorpusAnalysis
    corpus: CorpusAnalysis
    labels: Mapping[str, str]  # document id → unique label (pickers, links), of the whole corpus
    titles: Mapping[str, str]  # document id → title

    def t(self, key: str, /, **values: object) -> str:
        return translate(key, self.language, **values)

    @property
    def cache_args(self) -> tuple[tuple[str, ...], str, str, tuple[int, ...] | None, tuple[str, ...] | None]:
        """The arguments that identify the filtered corpus in the ``data`` cache wrappers."""
        return self.paths, self.cache_path, self.fingerprint, self.years, self.documents


def set_context(context: Context) -> None:
    st.session_state[_CONTEXT_KEY] = context


def context() -> Context:
    return st.session_state[_CONTEXT_KEY]


def url_values(name: str) -> list[str]:
    """The values of URL parameter ``name`` (a widget that keeps ids, not labels, in the link)."""
    return list(st.query_params.get_all(name))


def keep_in_url(name: str, values: list[str]) -> None:
    """Write ``values`` to URL parameter ``name`` (removed when empty), only when it changed."""
    if url_values(name) == values:
        return
    if values:
        st.query_params[name] = values
    elif name in st.query_params:
        del st.query_params[name]


def current_params() -> dict[str, list[str]]:
    """The URL's parameters, for links that keep the global view."""
    return {key: st.query_params.get_all(key) for key in st.query_params}
