"""The context every page reads. View state itself lives in the URL: widgets are created with
``bind="query-params"``, so a pasted link reproduces exactly what was on screen; a value the page
cannot use (``?slide=²``, a NUL, an unknown year) falls back to the default with a notice."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

import streamlit as st
from streamlit.errors import StreamlitAPIException

from analysis.present.i18n import translate
from analysis.present.links import readable_link_value
from analysis.scope import ALL_SCOPES
from analysis.text import strip_controls
from analysis.types import CorpusAnalysis
from dashboard.data import CorpusKey, Filters

_CONTEXT_KEY = "_dxpolicy_context"
URL = "query-params"


@dataclass(frozen=True)
class Context:
    """What the router hands every page: language, the corpus's key and the filters (what every
    ``data`` view takes), the corpus (whole and filtered) and the articles' names."""

    language: str
    key: CorpusKey
    filters: Filters
    full: CorpusAnalysis
    corpus: CorpusAnalysis
    labels: Mapping[str, str]  # document id → unique label (pickers, links), of the whole corpus
    titles: Mapping[str, str]  # document id → title
    scoped: CorpusAnalysis | None = None  # the whole corpus under the scope filter alone (page titles)

    @property
    def scoped_corpus(self) -> CorpusAnalysis:
        return self.scoped if self.scoped is not None else self.full

    def t(self, key: str, /, **values: object) -> str:
        return translate(key, self.language, **values)

    @property
    def shows_scope(self) -> bool:
        """Whether facts of several scopes share the page, so each says whose it is."""
        return self.filters.scope == ALL_SCOPES


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


def is_toggle_value(value: str) -> bool:
    """Whether a bound toggle can read ``value`` (Streamlit reads "true"/"false" in any case)."""
    return value.lower() in ("true", "false")


def fall_back(name: str, language: str, *, corrected: str | None = None) -> None:
    """Drop URL parameter ``name``, whose value cannot be used, so the page shows its default (or
    set it to the ``corrected`` value shown instead) and the address is corrected; a toast says so
    in the interface language."""
    # A parameter already bound to a widget in this session cannot be changed here; Streamlit
    # itself drops an invalid value of a bound widget, so only the notice is needed then.
    with contextlib.suppress(StreamlitAPIException):
        if corrected is not None:
            st.query_params[name] = corrected
        elif name in st.query_params:
            del st.query_params[name]
    shown = strip_controls(name)[:40]  # the name too may be what was wrong
    st.toast(translate("link_value_ignored", language, name=shown), icon=":material/link_off:")


def check_url(name: str, language: str, *, valid: Callable[[str], bool] | Collection[str]) -> bool:
    """Whether every value the link gives for ``name`` is usable (``valid`` is a test or the values
    the widget writes); if not, :func:`fall_back`. Called before the widget bound to ``name``: a
    link seeds a widget only while the session holds no value for it, so only then is it checked
    (a label written in the language just left is the widget's own, not a bad link)."""
    if name in st.session_state:
        return True
    test = valid if callable(valid) else valid.__contains__
    if all(test(value) for value in url_values(name)):
        return True
    fall_back(name, language)
    return False


def drop_unreadable_params(language: str) -> None:
    """Every URL parameter with a control character (a NUL) or an overlong value (a 5,000-digit
    "number") falls back before any page reads it."""
    for name in list(st.query_params):
        if not (readable_link_value(name) and all(map(readable_link_value, url_values(name)))):
            fall_back(name, language)
