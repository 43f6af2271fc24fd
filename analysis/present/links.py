"""Short, stable links into the dashboard, and the reader's view of an article.

A link names an article by a short key derived from its file name ("003" for the seed
``003_58bd2110ae835d9e.txt``), never by its title: a filter on three articles used to put three
full titles, 1,400 characters, into the address.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from urllib.parse import urlencode

from analysis.kwic import highlight_html
from analysis.types import CorpusAnalysis, DocumentAnalysis

# URL parameters that hold the global view (language, year, article and scope filters): every link keeps them.
GLOBAL_PARAMETERS = ("lang", "years", "docs", "scope")
_HASH_TAIL = re.compile(r"_[0-9a-f]{8,}$")
_MAX_KEY = 24
FOCUS_ID = "dx-focus"
# Longer than any value the dashboard writes (a search, a term, an article key); a link with more
# is not one the dashboard made, and a 5,000-digit "number" never reaches int().
MAX_LINK_VALUE = 200


def readable_link_value(value: str) -> bool:
    """Whether a URL parameter's value can be read at all: at most :data:`MAX_LINK_VALUE`
    characters and no control character (a NUL, an escape).

    >>> readable_link_value("Tiếng Việt"), readable_link_value("20\\x0024"), readable_link_value("9" * 5000)
    (True, False, False)
    """
    return len(value) <= MAX_LINK_VALUE and not any(unicodedata.category(char) == "Cc" for char in value)


def parse_link_number(value: str, *, low: int, high: int) -> int | None:
    """The whole number a link gives, if it is written in ASCII digits and lies in ``low``–``high``;
    else None ("²" and "٣" are digits to Python, not to a link; "-1" is not in range).

    >>> parse_link_number("3", low=1, high=9), parse_link_number("²", low=1, high=9)
    (3, None)
    >>> parse_link_number("-1", low=1, high=9), parse_link_number("9" * 5000, low=1, high=9)
    (None, None)
    """
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(max(high, 0))):
        return None
    number = int(value)
    return number if low <= number <= high else None


def document_keys(corpus: CorpusAnalysis) -> dict[str, str]:
    """Document id → a short key for links, unique in the corpus and stable across runs.

    The key is the id without a trailing content hash ("003_58bd2110ae835d9e" → "003"), cut to
    24 characters; where two documents would share a key, the full id is used.

    >>> document_keys(corpus)["003_58bd2110ae835d9e"]  # doctest: +SKIP
    '003'
    """
    ids = [analysis.document.id for analysis in corpus.documents]
    wanted = {doc_id: _HASH_TAIL.sub("", doc_id)[:_MAX_KEY] or doc_id for doc_id in ids}
    taken: dict[str, int] = {}
    for key in wanted.values():
        taken[key] = taken.get(key, 0) + 1
    full_ids = set(ids)
    return {
        doc_id: key if taken[key] == 1 and (key == doc_id or key not in full_ids) else doc_id
        for doc_id, key in wanted.items()
    }


def explore_href(
    current: Mapping[str, Sequence[str]],
    *,
    query: str = "",
    doc_key: str | None = None,
    sentence: int | None = None,
    year: int | None = None,
) -> str:
    """A link to the Explore page: the KWIC of ``query`` and/or the reader on one article,
    scrolled to sentence number ``sentence``; the global view (``current``'s language, year, article
    and scope filters) is kept, the page's own state is not. ``year`` narrows the search to the year a
    word was clicked in (a year's word cloud searches that year).

    >>> explore_href({"lang": ["English"], "year": ["2024"]}, query="kinh tế số")
    'explore?lang=English&q=kinh+t%E1%BA%BF+s%E1%BB%91'
    >>> explore_href({}, doc_key="003", sentence=12)
    'explore?doc=003&s=12'
    >>> explore_href({"years": ["2023", "2024"], "scope": ["all"]}, query="dữ liệu", year=2024)
    'explore?years=2024&scope=all&q=d%E1%BB%AF+li%E1%BB%87u'
    """
    params: dict[str, list[str]] = {key: list(current[key]) for key in GLOBAL_PARAMETERS if current.get(key)}
    if year is not None:
        params["years"] = [str(year)]
    if query:
        params["q"] = [query]
    if doc_key:
        params["doc"] = [doc_key]
    if sentence is not None:
        params["s"] = [str(sentence)]
    return f"explore?{urlencode(params, doseq=True)}"


def sentence_index(analysis: DocumentAnalysis, text: str) -> int | None:
    """The index of the sentence of ``analysis`` that is, or contains, ``text`` (None if none).

    Facts keep the sentence they were read from; this finds it again for the reader.
    """
    wanted = " ".join(text.split())
    if not wanted:
        return None
    for sentence in analysis.sentences:
        if " ".join(sentence.text.split()) == wanted:
            return sentence.index
    for sentence in analysis.sentences:
        if wanted in " ".join(sentence.text.split()):
            return sentence.index
    return None


def reader_paragraphs(
    analysis: DocumentAnalysis,
    *,
    query: str = "",
    ignore_diacritics: bool = False,
    focus: int | None = None,
) -> list[str]:
    """The article body as escaped HTML paragraphs: ``query`` marked wherever it occurs, and
    sentence number ``focus`` marked as the source sentence (``id="dx-focus"``, to scroll to).

    The headline the page already shows above the text is left out.
    """
    document = analysis.document
    lines = document.body.split("\n")
    focused = next((s for s in analysis.sentences if s.index == focus), None) if focus is not None else None
    queries = [query] if query else []
    paragraphs = []
    for number, line in enumerate(lines):
        if number == 0 and line.strip() == document.title.strip():
            continue
        at = -1
        if focused is not None and focused.paragraph == number:
            at = line.find(focused.text)
        if at < 0:
            paragraphs.append(highlight_html(line, queries, ignore_diacritics=ignore_diacritics))
            continue
        end = at + len(focused.text)  # type: ignore[union-attr]
        paragraphs.append(
            highlight_html(line[:at], queries, ignore_diacritics=ignore_diacritics)
            + f'<mark id="{FOCUS_ID}" class="dx-focus" style="background:#ffe08a;padding:0.1rem 0.15rem">'
            + highlight_html(line[at:end], queries, ignore_diacritics=ignore_diacritics)
            + "</mark>"
            + highlight_html(line[end:], queries, ignore_diacritics=ignore_diacritics)
        )
    return paragraphs
