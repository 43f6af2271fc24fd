"""The place an article is about, given to its figures that name none: a province its headline names, or a
district, town or ward it is about, whose figures are that locality's and not its province's.

"Lý Sơn: khám bệnh từ xa …" over a lead "Trung tâm Y tế quân dân y huyện Lý Sơn (tỉnh Quảng Ngãi) đã thực hiện
1.286 ca …": the province in brackets only says where Lý Sơn is, and "Phường có 14 tổ dân phố" in an article
about "phường Hiến Nam" is that ward's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from analysis.figures.measure.places import (
    _opens_with_own_word,
    _own_place,
    _provinces_in,
    _ranks_many_provinces,
    _speaks_national,
    _venue_before,
    country_names,
    province_mentions,
    whole_name,
)
from analysis.figures.measure.words import _cue_list, _words_pattern
from analysis.text import phrase_alternation
from analysis.types import Figure, Sentence


def article_place(
    figures: Sequence[Figure], sentences: Sequence[Sentence], *, outlet: str | None = None
) -> list[Figure]:
    """A province's article measures its figures for that province: when the title (else one of the next
    lines, a portal's "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH" too) names exactly one province ("Nam Định tăng
    12 bậc về chỉ số chuyển đổi số"), not as where something happens ("tổ chức tại Hà Nội"), the lead does
    not speak of the whole country and the body does not rank many other provinces, a figure with no place
    of its own, in a sentence that names no other place and nothing national ("cả nước"), takes it; a rank's
    "63 tỉnh, thành phố" or "cả nước" is its field, not the country. Each figure's own sentence is read
    first (:func:`_own_place`).
    """
    figures = [_own_place(figure) for figure in figures]
    ordered = sorted(sentences, key=lambda sentence: sentence.index)
    by_index = {sentence.index: sentence.text for sentence in ordered}
    locality = find_article_locality(ordered)
    if locality is not None:
        figures = place_in_locality(figures, locality, by_index)
    figures = name_bare_heads(figures, ordered)
    province = None
    for sentence in ordered[:3]:
        mentions = province_mentions(sentence.text, any_case=sentence.index == 0)
        if mentions:
            # "lễ kỷ niệm chính tổ chức tại Hà Nội": where something happens is not whom the article is about
            names = list(
                dict.fromkeys(
                    name for start, _, name in mentions if not _venue_before().search(sentence.text[:start])
                )
            )
            province = names[0] if len(names) == 1 else None
            break
    if province is not None:
        # "Trung tâm … Huế: …" over a lead about "tỉnh Thừa Thiên Huế": the title shortens the name the body
        # gives in full
        fuller = [
            name
            for sentence in ordered[1:6]
            for _, _, name in province_mentions(sentence.text)
            if name != province and name.endswith(f" {province}")
        ]
        province = fuller[0] if fuller else province
    if province is None and outlet:
        # a province's own paper or portal ("Báo Thừa Thiên Huế", "Cổng TTĐT tỉnh Đắk Lắk")
        named = _provinces_in(outlet, any_case=True)
        province = named[0] if len(named) == 1 else None
    body = [sentence.text for sentence in ordered if sentence.index > 0]
    if (
        province is None
        or any(_speaks_national(text) for text in body[:2])
        or _ranks_many_provinces(body, province)
    ):
        return list(figures)
    settled = []
    for figure in figures:
        sentence = by_index.get(figure.sentence_index, figure.sentence)
        others = [name for name in _provinces_in(sentence) if name != province]
        whole = figure.kind != "rank" and _speaks_national(sentence, before=figure.end)
        if figure.kind in {"count", "number_word"} and _words_pattern("national_cues", at="any").search(
            figure.unit
        ):
            whole = True  # "… của các bộ, ngành và 63 tỉnh, thành phố": places counted, no one's
        if others and _opens_with_own_word(sentence[: figure.start]):
            others = []  # "tỉnh xếp thứ 2, chỉ sau Lào Cai": the province compared with another
        if figure.place is None and not others and not whole:
            figure = replace(figure, place=province)
        settled.append(figure)
    return settled


# the lines an article names its locality in: the headline and the lead after it
_LEAD_LINES = 3
# a name: one to four capitalised words ("Lý Sơn", "Buôn Ma Thuột", "Hiến Nam")
_NAME = r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}"


@dataclass(frozen=True)
class Locality:
    """A locality as the article names it ("huyện Lý Sơn"), its bare name and the places its brackets put
    it in ("Quảng Ngãi" of "(tỉnh Quảng Ngãi)")."""

    place: str
    name: str
    within: frozenset[str]


@cache
def _locality_pattern() -> re.Pattern[str]:
    heads = phrase_alternation((*_cue_list("district_heads"), "thành phố", "TP", "TP.", "đặc khu"))
    return re.compile(rf"(?<![\w.])(?P<head>(?i:{heads}))\s+(?P<name>{_NAME})")


def _within(text: str, end: int) -> frozenset[str]:
    """The names in the brackets right after a locality: "(huyện Trần Đề, tỉnh Sóc Trăng)"."""
    bracket = re.match(r"\s*\((?P<inside>[^()]{1,80})\)", text[end:])
    if bracket is None:
        return frozenset()
    inside = bracket.group("inside")
    names = {name for _, _, name in province_mentions(inside)}
    names |= {match.group("name") for match in _locality_pattern().finditer(inside)}
    return frozenset(names)


def find_article_locality(sentences: Sequence[Sentence]) -> Locality | None:
    """The locality an article is about: one its headline names (with its head, or by the name its lead
    gives it with one) that is no province or city of its own.

    >>> from analysis.types import Sentence
    >>> lines = ["Lý Sơn: khám từ xa", "Trung tâm Y tế huyện Lý Sơn (tỉnh Quảng Ngãi) khám 1.286 ca."]
    >>> find_article_locality([Sentence("d", i, text) for i, text in enumerate(lines)])
    Locality(place='huyện Lý Sơn', name='Lý Sơn', within=frozenset({'Quảng Ngãi'}))
    """
    ordered = sorted(sentences, key=lambda sentence: sentence.index)[:_LEAD_LINES]
    if not ordered:
        return None
    title = ordered[0].text
    for sentence in ordered:
        for match in _locality_pattern().finditer(sentence.text):
            name = match.group("name")
            in_title = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title)
            whole = match.group(0)
            if province_mentions(name, any_case=True) or province_mentions(whole) or name in country_names():
                # "thành phố Đà Nẵng", "TP HCM" are cities of their own, "Thông tấn xã Việt Nam" no commune
                continue
            if not in_title:
                continue  # a locality the headline does not name is only where something happened
            head = match.group("head").rstrip(".")
            # "Phường Tân Lập" opening a sentence is "phường Tân Lập"; "TP" stays as written
            place = f"{head if head.isupper() else head.lower()} {name}"
            # "Xã Đông Hải bán nông sản …" over "xã Đông Hải (huyện Trần Đề, tỉnh Sóc Trăng) có …"
            within = frozenset().union(
                *(
                    _within(line.text, again.end())
                    for line in ordered
                    for again in _locality_pattern().finditer(line.text)
                    if again.group("name") == name
                )
            )
            return Locality(place, name, within)
    return None


def place_in_locality(
    figures: Sequence[Figure], locality: Locality, by_index: dict[int, str]
) -> list[Figure]:
    """Each figure with no place of its own, or only the province its locality lies in, or a bare head
    ("Phường có 14 tổ dân phố"), is the locality's; a figure whose clause speaks of the whole province
    ("Toàn tỉnh có …"), the country or another province keeps what it had.

    >>> from analysis.types import Figure
    >>> place = Locality("huyện Lý Sơn", "Lý Sơn", frozenset({"Quảng Ngãi"}))
    >>> text = "Trung tâm đã thực hiện 1.286 ca hội chẩn."
    >>> figure = Figure(1286, "ca", None, "1.286 ca", None, 2024, "d", text, start=23, end=31)
    >>> place_in_locality([figure], place, {})[0].place
    'huyện Lý Sơn'
    """
    wider = _words_pattern("wider_than_locality", at="any")
    head = locality.place.split()[0].casefold()
    settled = []
    for figure in figures:
        clause = re.split(r"[;:]", by_index.get(figure.sentence_index, figure.sentence)[: figure.end])[-1]
        clause = re.sub(r"\([^()]*\)", " ", clause)  # "huyện Lý Sơn (tỉnh Quảng Ngãi)": where it lies
        own = figure.place
        if own is not None and own not in locality.within and own.casefold() != head:
            settled.append(figure)  # a body or a place of its own
            continue
        others = [name for name in _provinces_in(clause) if name not in locality.within]
        if wider.search(clause) or others:
            settled.append(figure)  # "Toàn tỉnh Sóc Trăng có 1.350 hộ …": the whole, not the locality
            continue
        settled.append(replace(figure, place=locality.place))
    return settled


def name_bare_heads(figures: Sequence[Figure], sentences: Sequence[Sentence]) -> list[Figure]:
    """A place that is only a body's head ("Trường", "Bộ") is the one body of that head the article names
    in full ("Trường Đại học Trà Vinh", "Bộ Tài chính"); with none or several, it is no place.

    >>> from analysis.types import Figure, Sentence
    >>> lines = [Sentence("d", 0, "Trường Đại học Trà Vinh số hóa"), Sentence("d", 1, "Trường có 97%.")]
    >>> text = "Trường có 97%."
    >>> figure = Figure(97, "%", None, "97%", None, 2025, "d", text, start=10, end=13, place="Trường")
    >>> name_bare_heads([figure], lines)[0].place
    'Trường Đại học Trà Vinh'
    """
    heads = {head.casefold() for head in _cue_list("place_heads")}
    named: dict[str, set[str]] = {}
    settled = []
    for figure in figures:
        head = (figure.place or "").strip()
        if head.casefold() not in heads or not head[:1].isupper():
            settled.append(figure)
            continue
        if head.casefold() not in named:
            # the head in either case, then a name in capitals: "Trường Đại học …", "bộ Tài chính"
            pattern = re.compile(rf"(?<!\w){re.escape(head)}\s+(?=(?-i:[A-ZĐ]))", re.IGNORECASE)
            named[head.casefold()] = {
                whole_name(sentence.text[match.start() :])
                for sentence in sentences
                for match in pattern.finditer(sentence.text)
            }
        names = {name for name in named[head.casefold()] if " " in name}
        settled.append(replace(figure, place=names.pop() if len(names) == 1 else None))
    return settled
