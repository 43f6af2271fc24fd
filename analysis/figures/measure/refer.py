"""A measure that points back ("chỉ số này", "bảng xếp hạng"): the index the article named before it; a
value after "con số này": the count the article gave before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from analysis.figures.cues import pointer_alternation
from analysis.figures.kinds import change_direction, points_back_to_figure
from analysis.figures.measure.carry import topic_before
from analysis.figures.measure.empty import is_list_frame
from analysis.figures.measure.label import _without_times
from analysis.figures.measure.words import (
    _cue_list,
    _folded,
    _words_pattern,
    measure_back,
    said_of_it_at_end,
)
from analysis.text import phrase_pattern
from analysis.types import Figure, Sentence

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


def refer_back(figures: Sequence[Figure], sentences: Sequence[Sentence] = ()) -> list[Figure]:
    """Each figure whose measure points back takes the index of the latest figure before it in its article
    that names one, in the same unit when there is one ("Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR
    Index) … đạt 86,12/100 điểm … Chỉ số hài lòng … (SIPAS) đạt 83,47% … phấn đấu đạt 88 điểm về chỉ số này"
    is the PAR Index, a score in "điểm", not the share SIPAS is in)."""
    referred: list[Figure] = []
    for figure in figures:
        if not figure.unit and points_back_to_figure(figure.sentence, figure.start):
            figure = _as_the_figure_before(figure, referred)
        elif measure_back().match(figure.measure or "") or _measure_back_at_end(figure.measure or ""):
            pointed = _measured_as_before(figure, referred)
            # "…, nơi từng có tỷ lệ sử dụng điện thoại thông minh thấp nhất tỉnh, con số này nay đã lên 67%":
            # with no figure before it, the quantity its own sentence named before the pointer
            topic = (
                (_quantity_before_pointer(figure) or topic_before(figure, sentences))
                if pointed is figure
                else ""
            )
            # "Thời gian giải phóng hàng là chỉ tiêu … quan tâm nhất. Với hàng nhập khẩu, con số này giảm từ
            # 4,1 giờ …": with no figure before it, the pointer names what the sentence before is about
            figure = replace(figure, measure=topic) if topic else pointed
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
        elif (named_back := _named_back(figure, referred)) is not None:
            figure = named_back
        referred.append(figure)
    return referred


# "diện tích này", "Số tiền nói trên", "Lượng khách nêu" (its "trên" cut off): a noun that points back
@cache
def _noun_back() -> re.Pattern[str]:
    return re.compile(rf"^(?P<noun>[^\W\d_][^\d,;:()]*?)\s+(?:{pointer_alternation()})$", re.IGNORECASE)


def _named_back(figure: Figure, before: Sequence[Figure]) -> Figure | None:
    """ "Năm 2023, diện tích cà phê được tưới bằng cảm biến đạt 8.400 ha. So với năm 2020, diện tích này gấp
    3 lần": a noun pointing back measures what the latest figure of its sentence or the one before named
    with that noun ("diện tích cà phê được tưới bằng cảm biến"); None when no figure did."""
    pointer = _noun_back().match(" ".join((figure.measure or "").split()))
    if pointer is None:
        return None
    noun = _bare(pointer.group("noun"))
    for earlier in reversed(before):
        if earlier.doc != figure.doc or figure.sentence_index - earlier.sentence_index > 1:
            break
        measure = _bare(earlier.measure or "")
        if noun and (measure == noun or measure.startswith(f"{noun} ")) and not _noun_back().match(measure):
            return replace(figure, measure=earlier.measure, place=figure.place or earlier.place)
    return None


def _bare(measure: str) -> str:
    """ "tiền thuế nộp qua ngân hàng" of "Số tiền thuế nộp qua ngân hàng": without the head a count adds."""
    return " ".join(_words_pattern("bare_heads", at="start").sub("", measure).casefold().split())


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


_QUANTITY_NAMED = re.compile(r"(?<!\w)(?:tỷ lệ|tỷ trọng|số lượng)\s+[^\W\d_][^,;:.()\d]*", re.IGNORECASE)


def _quantity_before_pointer(figure: Figure) -> str:
    """The quantity a sentence names before its pointer, without what is said of it: "…, nơi từng có tỷ lệ sử
    dụng điện thoại thông minh thấp nhất tỉnh, con số này …" → "tỷ lệ sử dụng điện thoại thông minh"."""
    pointer = measure_back().search(figure.sentence, 0, figure.start)
    named = list(_QUANTITY_NAMED.finditer(figure.sentence, 0, pointer.start() if pointer else figure.start))
    if not named:
        return ""
    quantity = said_of_it_at_end().sub("", named[-1].group(0).strip(" ,"))
    return "" if measure_back().match(quantity) else quantity


def _measure_back_at_end(measure: str) -> bool:
    """ "ở kỳ Tổng điều tra năm 2017 tỷ lệ này": a pointer after when or where, which say only which value of
    the measure before it is given."""
    return any(found.end() == len(measure.rstrip()) for found in measure_back().finditer(measure))


# how many sentences back "tỷ lệ này" may reach for a rate named in full
_RATE_POINTER_REACH = 3


def _measured_as_before(figure: Figure, before: Sequence[Figure]) -> Figure:
    """ "Tính chung toàn tỉnh, tỷ lệ này năm 2022 là 18%": the measure of the latest figure before it in the
    same unit; "41% doanh nghiệp có website, 23,6% tham gia sàn …; tỷ lệ này ở vùng Đồng bằng sông Cửu Long
    lần lượt là 38% và 19%": after "lần lượt", the figures before the pointer in turn."""
    pointer = measure_back().search(figure.sentence)
    pointer_at = pointer.start() if pointer else figure.start
    rate = bool(pointer and pointer.group(0).casefold().startswith("tỷ lệ"))
    # "… đạt 312 tỷ đồng, tăng 27,5% so với năm trước. … tỷ lệ này lần lượt đạt 91%, …": a rate points at a
    # rate, not at a rise of something else
    before = [
        other
        for other in before
        if not (rate and change_direction(other.sentence, other.start, kind=other.kind))
    ]
    counted = [
        other
        for other in before
        if rate
        and figure.kind == "percent"
        and other.doc == figure.doc
        and other.sentence_index == figure.sentence_index
        and other.kind == "count"
        and other.start < pointer_at
        and other.measure
        and not measure_back().match(other.measure)
    ]
    rate_between = any(
        other.sentence_index == figure.sentence_index
        and _on_a_share_scale(other)
        and other.start < pointer_at
        for other in before
    )
    if counted and not rate_between:
        # "Số HTX dùng phần mềm kế toán là 356; tỷ lệ này năm 2020 mới là 21%": the rate of the ones just
        # counted, when no rate was given in the sentence before the pointer
        return replace(figure, measure=f"tỷ lệ {_bare(counted[-1].measure or '')}")
    earlier = [
        other
        for other in before
        if other.doc == figure.doc
        # "Con số này gấp 2,6 lần …"; "… đạt 86,4%; tỉnh xếp thứ 9/25 về chỉ tiêu này": a rank by it
        and (_same_scale(other, figure) or figure.kind in {"multiplier", "rank"})
        and figure.sentence_index - other.sentence_index <= 1  # "tỷ lệ này" points at what was just said
        and other.measure
        and not measure_back().match(other.measure)
        and (other.sentence_index, other.start) < (figure.sentence_index, pointer_at)
    ]
    if not earlier and rate:
        # "… ước đạt 1.240 tỷ đồng. || Tuy nhiên, ở các huyện …, tỷ lệ này mới đạt 19%": a rate pointed at
        # after a sentence of other figures is the last rate the article gave, a little further back
        earlier = [
            other
            for other in before
            if other.doc == figure.doc
            and _same_scale(other, figure)
            and 0 < figure.sentence_index - other.sentence_index <= _RATE_POINTER_REACH
            and (other.measure or "").casefold().startswith("tỷ lệ")
            and not measure_back().match(other.measure or "")
        ]
    if not earlier:
        return figure
    antecedent = earlier[-1]
    respective = re.search(r"(?i)lần lượt", figure.sentence[pointer_at : figure.start])
    if respective:
        # the values after "lần lượt" take the figures before the pointer in turn
        in_turn = [
            other
            for other in before
            if other.doc == figure.doc
            and other.sentence_index == figure.sentence_index
            and pointer_at <= other.start < figure.start
        ]
        listed = [other for other in earlier if other.sentence_index == figure.sentence_index] or [
            other for other in earlier if other.sentence_index == figure.sentence_index - 1
        ]  # the figures just given, in this sentence or the one before
        turn = len(listed) - _count_in_turn(figure.sentence[pointer_at:]) + len(in_turn)
        if 0 <= turn < len(listed):  # as many values after the pointer as figures before it, else the last
            antecedent = listed[turn]
    # "Tính chung toàn tỉnh, tỷ lệ này đạt 74%": a whole named before the pointer is no antecedent's district
    whole = _whole_named().search(figure.sentence[: figure.start])
    return replace(
        figure, measure=antecedent.measure, place=figure.place or (None if whole else antecedent.place)
    )


@cache
def _whole_named() -> re.Pattern[str]:
    """ "toàn tỉnh", "cả nước": the places of ``national`` that name a whole in more than a word."""
    return phrase_pattern(tuple(name for name in _cue_list("national") if " " in name))


def _count_in_turn(after_pointer: str) -> int:
    """How many values follow the pointer in its sentence ("… lần lượt là 38% và 19%": two), times aside."""
    return len(re.findall(r"(?<![\d/])\d[\d.,]*(?!\d)", _without_times(after_pointer)))


def _same_scale(one: Figure, other: Figure) -> bool:
    """Whether two figures are read on one scale: "13,7% GRDP" and "9,8%" are both shares, and so is a
    change in percentage points ("tỷ lệ này tăng 9,5 điểm phần trăm")."""
    if _on_a_share_scale(one) or _on_a_share_scale(other):
        return _on_a_share_scale(one) and _on_a_share_scale(other)
    return _unit_head(one) == _unit_head(other)


def _on_a_share_scale(figure: Figure) -> bool:
    return figure.unit.startswith("%") or figure.unit.casefold() in {
        step.casefold() for step in _cue_list("percent_steps")
    }


def _unit_head(figure: Figure) -> str:
    """ "điểm" for "86,12/100 điểm" and "88 điểm", "%" for a share: the scale a figure is read on."""
    return (figure.unit.split() or [""])[-1].casefold()
