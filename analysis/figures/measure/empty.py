"""A measure that names no quantity: none, a place, a list's frame, names listed, or who acted
("Sở Tài chính đã bố trí").
"""

from __future__ import annotations

import re

from analysis.figures.measure.places import is_place
from analysis.figures.measure.words import _FILLER_END, _folded, _words_pattern


def _names_an_agent(measure: str) -> bool:
    """ "Cục An toàn thông tin đã ghi nhận", "Tỉnh dự kiến bố trí": who acts, not what is measured."""
    # "Doanh nghiệp nhỏ và vừa": a size, not "vừa" (just) after who acted
    folded = " ".join(measure.casefold().split()).replace("nhỏ và vừa", "nhỏ và trung bình")
    measure_head = _words_pattern("topic_heads", at="start").match(folded) or re.match(r"số\s", folded)
    return (
        measure[:1].isupper()
        and not measure_head
        and _words_pattern("agent_verbs", at="any").search(folded) is not None
    )


def _folded_text(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _only_acts(folded: str) -> bool:
    """ "xử lý", "tỉnh dành": what was done (by whom), with nothing of what was measured."""
    body = _words_pattern("national", at="start").sub("", folded).strip()
    # "tỉnh đã đầu tư": when it acted says nothing of what was measured either
    body = " ".join(word for word in body.split() if word not in _folded("measure_aspect_words"))
    acts = _words_pattern("actions", at="start")
    if not body or not acts.match(body):
        return False
    while body and (done := acts.match(body)):
        body = body[done.end() :].strip()
    return not body


def is_list_frame(measure: str | None) -> bool:
    """ "Đứng đầu bảng xếp hạng năm nay là", "Nhóm dẫn đầu cả nước gồm": the frame of a ranked list."""
    folded = " ".join((measure or "").casefold().split())
    heads = _words_pattern("list_heads", at="any")
    if any(h.start() == 0 or len(folded[h.end() :].split()) <= 3 for h in heads.finditer(folded)):
        return True
    return re.search(r"(?<!\w)gồm$", folded) is not None


def is_empty_measure(measure: str | None, place: str | None = None, *, unit: str = "") -> bool:
    """A measure that names no quantity: none, a place ("Long An", "Việt Nam"), the figure's own place, or a
    word such as "năm", "tỷ lệ".

    >>> is_empty_measure("Long An"), is_empty_measure("tỷ lệ"), is_empty_measure("tỷ lệ hồ sơ trực tuyến")
    (True, True, False)
    """
    if not measure or not measure.strip():
        return True
    folded = " ".join(measure.casefold().split())
    if place and folded == " ".join(place.casefold().split()):
        return True
    if unit and folded in " ".join(unit.casefold().replace(",", " ").split()):
        return True  # a rank's "vùng lãnh thổ" of "quốc gia và vùng lãnh thổ" is its field, not what it ranks
    # "Đứng đầu bảng xếp hạng năm nay là Đà Nẵng (0,71 điểm)", "Nhóm dẫn đầu gồm …": a list's frame
    if is_list_frame(measure):
        return True
    if measure[:1].isupper() and folded in _folded("place_heads"):
        return True  # "Bệnh viện tiếp nhận 620.000 lượt khám": a body's head alone names no quantity
    if _lists_names(measure) or _lists_places(measure):  # "Vietcombank, BIDV và VietinBank lần lượt có …"
        return True
    if _names_an_agent(measure) or _only_acts(folded):
        return True
    if _words_pattern("comparison_frames", at="start").match(folded):
        return True  # "cao hơn nhiều so với bình quân chung": how it compares, of a quantity named before
    # "tỷ lệ bình quân cả nước": an average of the whole country, of a quantity named elsewhere
    general = folded
    for _ in range(4):
        general = _FILLER_END.sub("", general).strip()
        general = _words_pattern("national", at="end").sub("", general).strip()
        general = _words_pattern("trailing", at="end").sub("", general).strip()
    # "đạt tỷ lệ": a verb before a bare head names no more than the head
    acted = _words_pattern("actions", at="start").sub("", general).strip()
    empty = _folded("empty_measures", "national", "bare_heads")
    return not general or general in empty or acted in empty or is_place(measure)


def _lists_places(measure: str) -> bool:
    """ "huyện Minh Hóa và huyện Tuyên Hóa": places listed (each with its head), whom figures are for."""
    names = [name.strip() for name in re.split(r",\s*|\s+và\s+", measure) if name.strip()]
    # "huyện, thị xã" are kinds of place, counted ("tại 12 huyện, thị xã"), not places named
    named = all(any(word[:1].isupper() for word in name.split()[1:]) for name in names)
    return len(names) >= 2 and named and all(is_place(name) for name in names)


def _lists_names(measure: str) -> bool:
    """ "Vietcombank, BIDV và VietinBank": names listed, not what they measure."""
    names = [word for word in re.split(r"[\s,]+", measure) if word and word.casefold() != "và"]
    joined = "và" in measure.casefold().split() or "," in measure
    return len(names) >= 2 and joined and all(word[:1].isupper() for word in names)
