"""The analyst's curation of key figures as rows of the store's ``curation`` table (pins, hidden
figures, captions, the chart's measure): read back in order, written from a cleaned curation."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.curation import clean_curation
from analysis.types import Curation

CURATION_QUERY = "SELECT kind, figure, position, value FROM curation ORDER BY position, rowid"


def curation_from_rows(rows: Sequence[tuple[object, object, object, object]]) -> Curation:
    """The curation the rows of :data:`CURATION_QUERY` hold, cleaned again.

    >>> curation_from_rows([("pin", "a~1", 0, ""), ("caption", "a~1", 0, "Nền tảng số")]).captions
    (('a~1', 'Nền tảng số'),)
    """
    pinned = tuple(str(figure) for kind, figure, _, _ in rows if kind == "pin")
    hidden = tuple(str(figure) for kind, figure, _, _ in rows if kind == "hide")
    captions = tuple((str(figure), str(value)) for kind, figure, _, value in rows if kind == "caption")
    measure = next((str(value) for kind, _, _, value in rows if kind == "measure"), "")
    return clean_curation(Curation(pinned, hidden, captions, measure))


def curation_rows(curation: Curation) -> list[tuple[str, str, int, str]]:
    """The rows (kind, figure, position, value) that keep ``curation``.

    >>> curation_rows(Curation(pinned=("a~1",), measure="0a1b"))
    [('pin', 'a~1', 0, ''), ('measure', '', 0, '0a1b')]
    """
    return [
        *(("pin", key, index, "") for index, key in enumerate(curation.pinned)),
        *(("hide", key, index, "") for index, key in enumerate(curation.hidden)),
        *(("caption", key, index, text) for index, (key, text) in enumerate(curation.captions)),
        *((("measure", "", 0, curation.measure),) if curation.measure else ()),
    ]
