"""The analyst's curation of key figures, as kept in the store: figures named so a re-analysis finds them
again, captions cleaned as user text, and the edits a page makes (pin, hide, relabel, choose a measure).

Pure functions on :class:`~analysis.types.Curation`; :mod:`analysis.present.curate` applies one to the
key figures, :mod:`analysis.store` keeps it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from analysis.types import Curation, Figure

CAPTION_LIMIT = 120  # characters of a caption the analyst writes: one line on a card or a slide
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def _words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def figure_key(figure: Figure) -> str:
    """A figure's stable name: its article, value, unit and the words stating it, with whether it is a
    goal; the same after the article is analysed again (offsets and sentence splitting may change).

    >>> figure_key(Figure(80000.0, "tổ", None, "hơn 80.000 tổ", "hơn", 2023, "003_x", "s"))
    '003_x~80000~tổ~hơn 80.000 tổ~r'
    """
    value = f"{figure.value:.6g}"
    return "~".join(
        (figure.doc, value, _words(figure.unit), _words(figure.text), "t" if figure.is_target else "r")
    )


def loose_key(key: str) -> str:
    """A figure key without the words stating the figure (article, value, unit, goal or result): what
    finds a figure again when a newer reading takes in a word more or less ("80.000 tổ" → "hơn 80.000 tổ").

    >>> loose_key("003_x~80000~tổ~hơn 80.000 tổ~r")
    '003_x~80000~tổ~r'
    """
    parts = key.split("~", 3)
    if len(parts) < 4:
        return key
    return "~".join((*parts[:3], parts[3][-1:]))


def clean_caption(text: str) -> str:
    """A caption as the analyst's text is kept: NFC, control and direction characters removed,
    whitespace collapsed, at most :data:`CAPTION_LIMIT` characters.

    >>> clean_caption("  Tổ công nghệ số\\n cộng đồng\\u202e ")
    'Tổ công nghệ số cộng đồng'
    """
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", text))
    return " ".join(text.split())[:CAPTION_LIMIT].strip()


def clean_curation(curation: Curation) -> Curation:
    """A curation with clean captions (empty ones dropped), each key once, pins never hidden."""
    pinned = tuple(dict.fromkeys(key for key in curation.pinned if key))
    hidden = tuple(dict.fromkeys(key for key in curation.hidden if key and key not in pinned))
    captions = {key: clean_caption(text) for key, text in curation.captions if key}
    return Curation(
        pinned,
        hidden,
        tuple((key, text) for key, text in captions.items() if text),
        curation.measure.strip()[:64],
    )


def pin(curation: Curation, key: str) -> Curation:
    """``key`` pinned last (and no longer hidden); unpinned when it was pinned already."""
    if key in curation.pinned:
        return replace(curation, pinned=tuple(k for k in curation.pinned if k != key))
    return replace(
        curation, pinned=(*curation.pinned, key), hidden=tuple(k for k in curation.hidden if k != key)
    )


def hide(curation: Curation, key: str) -> Curation:
    """``key`` hidden (and no longer pinned); shown again when it was hidden already."""
    if key in curation.hidden:
        return replace(curation, hidden=tuple(k for k in curation.hidden if k != key))
    return replace(
        curation, hidden=(*curation.hidden, key), pinned=tuple(k for k in curation.pinned if k != key)
    )


def relabel(curation: Curation, key: str, caption: str) -> Curation:
    """``key`` with the caption ``caption`` (cleaned); an empty caption restores the figure's own."""
    text = clean_caption(caption)
    others = tuple((k, c) for k, c in curation.captions if k != key)
    return replace(curation, captions=(*others, (key, text)) if text else others)
