"""A measure that points back ("chỉ số này", "bảng xếp hạng"): the index the article named before it; a
value after "con số này": the count the article gave before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.figures.kinds import points_back_to_figure
from analysis.figures.measure.empty import is_list_frame
from analysis.figures.measure.words import _folded, _words_pattern
from analysis.types import Figure

# an index's own name: "Chỉ số cải cách hành chính (PAR Index)", "chỉ số PII", "Bộ chỉ số phục vụ …"
_INDEX_NAME = re.compile(
    r"^(?:bộ\s+)?chỉ\s+số\s+\S|\([A-ZĐ][\w\s-]{1,30}\)$|^[A-Z]{2,}(?:\s+Index)?$", re.IGNORECASE
)


def points_back(measure: str | None) -> bool:
    """Whether ``measure`` only points at an index named before: "chỉ số này", "bảng xếp hạng", "Dẫn đầu
    bảng xếp hạng".

    >>> points_back("chỉ số này"), points_back("Dẫn đầu bảng xếp hạng"), points_back("chỉ số PII")
    (True, True, False)
    """
    folded = " ".join((measure or "").casefold().split())
    if not folded:
        return False
    if folded in _folded("back_references"):
        return True
    return is_list_frame(folded) and _words_pattern("back_references", at="any").search(folded) is not None


def _names_index(measure: str | None) -> bool:
    return bool(measure) and not points_back(measure) and _INDEX_NAME.search(measure or "") is not None


def refer_back(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure whose measure points back takes the index of the latest figure before it in its article
    that names one, in the same unit when there is one ("Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR
    Index) … đạt 86,12/100 điểm … Chỉ số hài lòng … (SIPAS) đạt 83,47% … phấn đấu đạt 88 điểm về chỉ số này"
    is the PAR Index, a score in "điểm", not the share SIPAS is in)."""
    referred: list[Figure] = []
    for figure in figures:
        if not figure.unit and points_back_to_figure(figure.sentence, figure.start):
            figure = _as_the_figure_before(figure, referred)
        elif points_back(figure.measure):
            named = [
                before
                for before in referred
                if before.doc == figure.doc
                and before.sentence_index <= figure.sentence_index
                and _names_index(before.measure)
            ]
            same_unit = [before for before in named if _unit_head(before) == _unit_head(figure)]
            antecedent = (same_unit or named or [None])[-1]
            if antecedent is not None:
                figure = replace(figure, measure=antecedent.measure)
        referred.append(figure)
    return referred


def _as_the_figure_before(figure: Figure, before: Sequence[Figure]) -> Figure:
    """ "Năm 2024, con số này mới là 245.000": the count of the latest figure before it with a unit, its
    unit and measure (and place, unless its own sentence names one)."""
    earlier = [
        other
        for other in before
        if other.doc == figure.doc
        and other.unit
        and other.kind in {"count", "number_word"}
        and (other.sentence_index, other.start) < (figure.sentence_index, figure.start)
    ]
    if not earlier:
        return figure
    antecedent = earlier[-1]
    return replace(
        figure, unit=antecedent.unit, measure=antecedent.measure, place=figure.place or antecedent.place
    )


def _unit_head(figure: Figure) -> str:
    """ "điểm" for "86,12/100 điểm" and "88 điểm", "%" for a share: the scale a figure is read on."""
    return (figure.unit.split() or [""])[-1].casefold()
