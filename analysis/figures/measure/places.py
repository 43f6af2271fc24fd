"""Who or where a figure is measured for: a label that only names a place, the provinces an article names,
and the province a province's article measures its figures for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from analysis.figures.measure.words import _cue_list, _folded, _words_pattern
from analysis.resources import phrases
from analysis.text import longest_first, phrase_alternation, phrase_pattern
from analysis.types import Figure, Sentence


@cache
def _known_name_at_end() -> re.Pattern[str]:
    heads = phrase_alternation(_cue_list("place_heads"))
    names = phrase_alternation(
        [*_cue_list("provinces"), *_cue_list("provinces_2025"), *_cue_list("countries")]
    )
    return re.compile(rf"(?:^|\s)(?P<name>(?:(?:{heads})\s+)?(?:{names}))\s*$")


def is_place(label: str) -> bool:
    """A label that only names who or where ("Việt Nam", "tỉnh", "TP Hồ Chí Minh", "Bộ Tài chính",
    "khối bộ, ngành"), not what is measured.

    >>> is_place("Quảng Trị"), is_place("kinh tế số"), is_place("DTI"), is_place("Bộ Tư pháp")
    (True, False, False, True)
    """
    label = " ".join(label.replace("–", "-").split())  # "Bà Rịa – Vũng Tàu"
    folded = label.casefold()
    if folded in _folded("places", "blocks", "provinces", "provinces_2025", "countries"):
        return True
    determiner = _words_pattern("place_determiners", at="start").match(label)
    if determiner and label[determiner.end() :]:
        return is_place(label[determiner.end() :])  # "các huyện", "các đơn vị trực thuộc"
    block = _words_pattern("block_heads", at="start").match(label)
    level = block and _words_pattern("block_levels", at="start").match(label[block.end() :])
    if level and re.fullmatch(r"[^\W\d_]+(?:,?\s+[^\W\d_]+){0,4}", label[block.end() :]):
        return True  # "khối sở, ngành", "khối huyện"
    head = _words_pattern("place_heads", at="start").match(label)
    rest = label[head.end() :] if head else ""
    if head and rest[:1].isupper() and head.group(0).strip()[:1].isupper():
        # "Bộ Tài chính", "Sở Thông tin và Truyền thông": a capitalised head, its name in lower case; not "Bộ
        # Công an đã cấp"
        stops = (_folded("after_stops") - {"và"}) | {"đã", "đang", "vừa", "sẽ"}
        name = rest.split()
        acts = _words_pattern("actions", at="start")
        return not any(
            word.casefold() in stops or (word[:1].islower() and acts.match(" ".join(name[i:])))
            for i, word in enumerate(name)
        )
    if head and rest.casefold() in _folded("provinces", "provinces_2025"):
        return True  # "tỉnh Đắk Lắk", "thành phố Cần Thơ"
    if head and head.group(0).strip()[:1].islower() and rest.casefold() in _folded("place_descriptors"):
        return True  # "huyện miền núi", "xã vùng cao": which places, not what is measured
    if head and (re.fullmatch(r"\d{1,2}", rest) or (rest and all(w[:1].isupper() for w in rest.split()))):
        return True  # "thành phố Thủ Đức", "huyện Việt Yên", "Quận 1"
    words = label.split()
    places = _folded("places")
    return bool(words) and all(
        word.casefold() in places or (word[0].isupper() and not word.isupper()) for word in words
    )


def named_place(place: str | None) -> str | None:
    """The place a figure is measured for, or None when it names the whole country or no one in particular.

    >>> named_place("cả nước"), named_place("tỉnh"), named_place("Long An")
    (None, None, 'Long An')
    """
    if place is None or " ".join(place.split()).casefold() in _folded("national"):
        return None
    return place


def article_place(
    figures: Sequence[Figure], sentences: Sequence[Sentence], *, outlet: str | None = None
) -> list[Figure]:
    """A province's article measures its figures for that province: when the title (else one of the next
    lines, a portal's "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH" too) names exactly one province ("Nam Định tăng
    12 bậc về chỉ số chuyển đổi số") and the lead does not speak of the whole country, a figure with no place
    of its own, in a sentence that names no other place and nothing national ("cả nước"), takes it; a rank's
    "63 tỉnh, thành phố" or "cả nước" is its field, not the country.
    """
    ordered = sorted(sentences, key=lambda sentence: sentence.index)
    by_index = {sentence.index: sentence.text for sentence in ordered}
    province = None
    for sentence in ordered[:3]:
        names = _provinces_in(sentence.text, any_case=sentence.index == 0)
        if names:
            province = names[0] if len(names) == 1 else None
            break
    if province is None and outlet:
        # a province's own paper or portal ("Báo Thừa Thiên Huế", "Cổng TTĐT tỉnh Đắk Lắk")
        named = _provinces_in(outlet, any_case=True)
        province = named[0] if len(named) == 1 else None
    body = [sentence.text for sentence in ordered if sentence.index > 0][:2]
    if province is None or any(_speaks_national(text) for text in body):
        return list(figures)
    settled = []
    for figure in figures:
        sentence = by_index.get(figure.sentence_index, figure.sentence)
        others = [name for name in _provinces_in(sentence) if name != province]
        whole = figure.kind != "rank" and _speaks_national(sentence, before=figure.end)
        if figure.place is None and not others and not whole:
            figure = replace(figure, place=province)
        settled.append(figure)
    return settled


def _speaks_national(text: str, *, before: int | None = None) -> bool:
    """A national cue in ``text`` that is no rank's field ("xếp thứ 12/63 tỉnh, thành phố", "đứng thứ 5 cả
    nước" count a rank among provinces, they do not speak of the country). With ``before`` (where a figure
    ends), a cue in a later clause ("…, thấp hơn bình quân cả nước", "…, trong khi cả nước …") compares the
    figure with the country and does not count.
    """
    national = _words_pattern("national_cues", at="any")
    fields = phrase_alternation(_cue_list("rank_fields"))
    field = re.compile(rf"(?:\d\s*/\s*\d+|(?<!\w)(?:{fields})(?:\s+\d+)?)\s*$", re.IGNORECASE)
    descriptors = _words_pattern("place_descriptors", at="start")
    for match in national.finditer(text):
        ahead = text[: match.start()]
        if field.search(ahead):
            continue  # "41/63 tỉnh, thành phố", "thứ 5 cả nước", "dẫn đầu cả nước"
        if descriptors.match(text[match.end() :].lstrip()):
            continue  # a kind of area within the province: "khu vực thành thị", "khu vực nông thôn"
        words = ahead.split()
        named = (len(words) > 1 and words[-1][:1].isupper()) or re.match(
            r"\s*\([A-Z]{2,}", text[match.end() :]
        )
        if match.group(0)[:1].isupper() and named:
            # the end of a name: "Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam", "… Công nghiệp Việt Nam (VCCI)"
            continue
        if before is not None and re.search(r"[,;]", text[before : match.start()]):
            continue  # a later clause; empty when the cue comes first
        return True
    return False


def _provinces_in(text: str, *, any_case: bool = False) -> list[str]:
    return list(dict.fromkeys(name for _, _, name in province_mentions(text, any_case=any_case)))


@cache
def _province_pattern(any_case: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    known = longest_first([*_cue_list("provinces"), *_cue_list("provinces_2025")])
    return phrase_pattern(known, ignore_case=any_case), {name.casefold(): name for name in known}


def province_mentions(text: str, *, any_case: bool = False) -> list[tuple[int, int, str]]:
    """Where ``text`` names a province or city: (start, end, name as listed), in text order.

    >>> province_mentions("UBND tỉnh Đắk Lắk và TP.HCM")
    [(10, 17, 'Đắk Lắk'), (21, 27, 'TP.HCM')]
    """
    pattern, by_fold = _province_pattern(any_case)
    return [
        (match.start(), match.end(), by_fold[" ".join(match.group(0).split()).casefold()])
        for match in pattern.finditer(text)
    ]


def place_name(place: str) -> str:
    """A figure's place by its name: one province or city without the words an article puts before
    it ("tỉnh", "UBND thành phố"), so that "tỉnh Bình Phước" and "Bình Phước" are one place; any other
    place (a block, two provinces, a district) as written.

    >>> place_name("tỉnh Bình Phước"), place_name("UBND thành phố Cần Thơ"), place_name("khối bộ, ngành")
    ('Bình Phước', 'Cần Thơ', 'khối bộ, ngành')
    """
    mentions = province_mentions(place, any_case=True)
    if len(mentions) != 1 or place[mentions[0][1] :].strip():
        return place
    start, _, name = mentions[0]
    before = " ".join(place[:start].split()).casefold()
    return name if not before or before in _province_owner_words() else place


@cache
def _province_owner_words() -> frozenset[str]:
    # the words that say "the province's own" ("tỉnh", "UBND tỉnh", "toàn tỉnh"): the scope reader's list
    return frozenset(word.casefold() for word in phrases("scope.toml:province.own"))


def country_names() -> tuple[str, ...]:
    """The countries and regions an index ranks ("Việt Nam", "Đan Mạch", "Đông Nam Á"), longest first."""
    return _cue_list("countries")
