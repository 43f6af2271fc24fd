"""Who or where a figure is measured for: a label that only names a place, the provinces an article names,
and the province a province's article measures its figures for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from analysis.figures.cues import time_units
from analysis.figures.measure.words import _cue_list, _folded, _words_pattern
from analysis.nlp import tokenize
from analysis.resources import load_toml, phrases
from analysis.text import longest_first, phrase_alternation, phrase_pattern
from analysis.types import Figure


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
    if folded in _folded("places", "blocks", "provinces", "provinces_2025", "countries", "agencies"):
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
        closed = re.search(r"\)\s+(\S)", rest) or _LOCALITY_THEN.search(rest)
        named_then = [rest[end:].split()[:1] for _, end, _ in province_mentions(rest)]
        if any(following and following[0].islower() for following in named_then):
            return False  # "Đại học Quốc gia Hà Nội tuyển": the name ended at the province it names
        if closed and closed.group(1).islower():
            # "Công ty Điện lực Gia Lai (PC Gia Lai) phục vụ", "Trung tâm Y tế huyện Cẩm Giàng tiết kiệm": the
            # name ended at its bracket or at the locality it names
            return False
        acts = _words_pattern("actions", at="start")
        return not any(
            word.casefold() in stops or (word[:1].islower() and acts.match(" ".join(name[i:])))
            for i, word in enumerate(name)
        )
    if head and rest.casefold() in _folded("provinces", "provinces_2025"):
        return True  # "tỉnh Đắk Lắk", "thành phố Cần Thơ"
    if head and head.group(0).strip()[:1].isupper() and _LOCALITY_ONLY.fullmatch(rest.strip()):
        return True  # "Chi cục huyện Đăk Hà", "Kho lưu trữ huyện Hải Hậu": a locality's own body
    if head and head.group(0).strip()[:1].islower() and rest.casefold() in _folded("place_descriptors"):
        return True  # "huyện miền núi", "xã vùng cao": which places, not what is measured
    described = _words_pattern("place_descriptors", at="start").match(rest) if head else None
    if described and _words_pattern("district_heads", at="start").match(label):
        named = rest[described.end() :].strip()
        if named and all(word[:1].isupper() for word in named.split()):
            return True  # "Huyện vùng cao Mường Nhé", "huyện miền núi Sông Hinh"
    if head and (re.fullmatch(r"\d{1,2}", rest) or (rest and all(w[:1].isupper() for w in rest.split()))):
        return True  # "thành phố Thủ Đức", "huyện Việt Yên", "Quận 1"
    words = label.split()
    if len(words) == 1 and (folded in time_units() or not folded.isascii()):
        # "Năm nay, …", "- Cấp 1.125.000 thẻ căn cước": one Vietnamese syllable capitalised at the start of a
        # sentence; the places of one syllable ("Huế", "Lào", "Mỹ") are in the lists read above, and a body
        # named by its head alone ("của Bộ", "của Sở") is one
        return label[:1].isupper() and folded in _folded("place_heads")
    if _words_pattern("document_heads", at="start").match(label) and label[:1].isupper():
        # "Luật Đấu thầu", "Nghị định 13", "Ứng dụng VNeID": a law, a paper or an app, no one's place
        return False
    if len(words) >= 3 and words[0].casefold() in _folded("person_titles"):
        return False  # "Bà Trần Thị Thu Hằng: …" (an interview's speaker) is a person ("Bà Rịa" is a place)
    places = _folded("places")
    return bool(words) and all(
        word.casefold() in places or (word[0].isupper() and not word.isupper()) for word in words
    )


def names_kinds_of_place(noun: str) -> bool:
    """Whether a counted noun only says what kind of place the counted ones are.

    >>> names_kinds_of_place("xã, phường, đặc khu"), names_kinds_of_place("tỉnh"), names_kinds_of_place("hộ")
    (True, True, False)
    """
    parts = [part for part in re.split(r",\s*|\s+và\s+", noun.strip()) if part]
    return bool(parts) and all(is_place(part) for part in parts)


_LOCALITY_ONLY = re.compile(
    r"(?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|TP)\s+[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*)*"
)
_LOCALITY_THEN = re.compile(
    r"(?<!\w)(?:tỉnh|huyện|quận|xã|phường|thị xã|thành phố|TP)\s+"
    r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*)*\s+(\S)"
)


def _without_descriptor(place: str) -> str:
    """ "Huyện vùng cao Mường Nhé" → "Huyện Mường Nhé": the descriptor says what kind, the name which one."""
    head = _words_pattern("district_heads", at="start").match(place)
    described = _words_pattern("place_descriptors", at="start").match(place[head.end() :]) if head else None
    if head is None or described is None:
        return place
    name = place[head.end() + described.end() :].strip()
    if not name or not all(word[:1].isupper() for word in name.split()):
        return place
    return f"{place[: head.end()].strip()} {name}"


# the whole of a province named with its name: "Toàn tỉnh Bình Định có 2.980 tàu cá"
_WHOLE_OF = re.compile(r"(?:toàn|cả)\s+(?:tỉnh|thành phố)\s+", re.IGNORECASE)


def named_place(place: str | None) -> str | None:
    """The place a figure is measured for, or None when it names the whole country or no one in particular.

    >>> named_place("cả nước"), named_place("tỉnh"), named_place("Long An"), named_place("Phường Minh An")
    (None, None, 'Long An', 'phường Minh An')
    >>> named_place("Toàn tỉnh Bình Định")
    'Bình Định'
    """
    if place is None or " ".join(place.split()).casefold() in _folded("national"):
        return None
    place = _without_descriptor(place)
    if place.isupper():
        # "HÀ TĨNH - Năm 2023, …": a dateline in capitals names the province as lists write it
        mentions = province_mentions(place, any_case=True)
        if len(mentions) == 1 and not (place[: mentions[0][0]] + place[mentions[0][1] :]).strip():
            return mentions[0][2]
    whole = _WHOLE_OF.match(place)
    if whole and province_mentions(place[whole.end() :]):
        return place[whole.end() :]  # "Toàn tỉnh Bình Định" is Bình Định
    head = _district_named().match(place)
    if head and place[:1].isupper() and not place[: head.end() - 1].isupper():
        # "Phường Minh An và phường Sơn Phong …": a head capitalised only because it opens the sentence
        return place[:1].lower() + place[1:]
    return place


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
    sectors = _words_pattern("region_sectors", at="start")
    ranking = _words_pattern("ranking_verbs", at="any")
    many = _words_pattern("place_determiners", at="start")
    for match in national.finditer(text):
        ahead = text[: match.start()]
        if field.search(ahead):
            continue  # "41/63 tỉnh, thành phố", "thứ 5 cả nước", "dẫn đầu cả nước"
        cue = match.group(0)
        if (many.match(cue) or "," in cue) and ranking.search(re.split(r"[.;:]", ahead)[-1]):
            continue  # "công bố Chỉ số … của các tỉnh, thành phố": who was ranked, as a rank's field
        if before is None and _words_pattern("comparison_words", at="any").search(
            re.split(r"[,;:.]", ahead)[-1]
        ):
            # "…, cao hơn mức bình quân cả nước": a lead comparing the province with the country; the figure
            # right after it ("(khoảng 12,3%)") is still the country's
            continue
        rest = text[match.end() :].lstrip()
        if cue.casefold() == "khu vực" and (sectors.match(rest) or rest[:1].isupper()):
            # "khu vực công", "khu vực tư nhân": a sector of the province; "khu vực Tây Nguyên": a region the
            # province is part of or ranked in; neither is the country
            continue
        if descriptors.match(text[match.end() :].lstrip()):
            continue  # a kind of area within the province: "khu vực thành thị", "khu vực nông thôn"
        if cue.casefold().endswith("địa phương") and _district_named().search(rest):
            # "… giữa các địa phương: TP Nam Định đạt 93,4%, huyện Hải Hậu 81,2%": the province's districts
            continue
        if _inside_quotes(re.split(r"[.;]", ahead)[-1]):
            continue  # an app's or a programme's name in quotes: ứng dụng "Công đoàn Việt Nam"
        words = ahead.split()
        named = (len(words) > 1 and words[-1][:1].isupper()) or re.match(
            r"\s*\([A-Z]{2,}", text[match.end() :]
        )
        if match.group(0)[:1].isupper() and (named or _inside_a_name(ahead)):
            # the end of a name: "Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam", "… Công nghiệp Việt Nam
            # (VCCI)"; inside one: "Bệnh viện Hữu nghị Việt Nam – Lào", "Trường Đại học Việt Nam – Nhật Bản"
            continue
        if before is not None and re.search(r"[,;]", text[before : match.start()]):
            continue  # a later clause; empty when the cue comes first
        return True
    return False


@cache
def _district_named() -> re.Pattern[str]:
    """A district or commune named by its head: "huyện Hải Hậu", "thị xã Ngã Năm"."""
    heads = phrase_alternation(_cue_list("district_heads"))
    return re.compile(rf"(?<!\w)(?i:{heads})\s+[A-ZĐ]")


def _opens_with_own_word(before: str) -> bool:
    """Whether the figure's clause names the province by its own word ("tỉnh", "của tỉnh") and no other
    province: "Trong khu vực Tây Bắc, tỉnh xếp thứ 2, …", "Tỷ lệ … của tỉnh đạt 61%, …"."""
    clause = re.split(r"[,;:]", before)[-1]
    return bool(_own_words().search(clause)) and not province_mentions(clause)


def _inside_quotes(ahead: str) -> bool:
    """Whether a quote opened in ``ahead`` is still open: a cue after it is part of a quoted name."""
    return ahead.count("“") > ahead.count("”") or ahead.count('"') % 2 == 1


def _inside_a_name(ahead: str) -> bool:
    """Whether a cue right after ``ahead`` goes on a body's name: a capitalised head and a capitalised word,
    up to three more words ("Bệnh viện Hữu nghị", "Trường Đại học")."""
    opened = _named_body().search(ahead)
    return opened is not None and opened.group("first")[:1].isupper()


@cache
def _named_body() -> re.Pattern[str]:
    heads = phrase_alternation([head for head in _cue_list("place_heads") if head[:1].isupper()])
    return re.compile(rf"(?<!\w)(?:{heads})\s+(?P<first>\w+)(?:\s+\w+){{0,3}}\s*$")


def _ranks_many_provinces(body: Sequence[str], province: str) -> bool:
    """Whether an article whose title names ``province`` is a ranking of many ("Theo báo cáo, Đà Nẵng và Hà
    Nội dẫn đầu, Bắc Ninh và Đồng Nai theo sau"): its body names two other provinces or more, not where
    something happens ("tại Hà Nội"), and names them more often than its own (by name or "toàn tỉnh")."""
    venue = _venue_before()
    others: list[str] = []
    own = 0
    for text in body:
        for start, _, name in province_mentions(text):
            if venue.search(text[:start]):
                continue
            if name == province:
                own += 1
            else:
                others.append(name)
        # "tỉnh" of "63 tỉnh, thành phố", "khối tỉnh", "các tỉnh", "tỉnh Cà Mau": no self-reference
        taken = [
            match.span()
            for name in ("blocks", "national_cues")
            for match in _words_pattern(name, at="any").finditer(text)
        ]
        taken += [(start, end) for start, end, _ in province_mentions(text)]
        own += sum(
            1
            for match in _own_words().finditer(text)
            if not re.search(r"\d\s*$", text[: match.start()])
            and not any(start <= match.start() < end or start == match.end() + 1 for start, end in taken)
        )
    return len(set(others)) >= 2 and len(others) > own


@cache
def _venue_before() -> re.Pattern[str]:
    return _words_pattern("venue_frames", at="end")


@cache
def _own_words() -> re.Pattern[str]:
    return phrase_pattern(phrases("scope.toml:province.own"))


def _own_place(figure: Figure) -> Figure:
    """A figure's place read once more from its own sentence: a body that only reports the figure ("Bộ Y tế
    cho biết 94% …") or a name given as an example ("các sàn như Lazada, Tiki, chiếm 62% …") is no place; a
    place named in parentheses after the value ("cao nhất là 97,2% (Bắc Ninh)"), a province, country or
    state body that opens the figure's clause ("Ngân hàng Nhà nước dẫn đầu với 91,2 điểm", "Malaysia tiếp
    tục dẫn đầu khi xếp thứ 12") or owns its measure ("mức độ số hóa của Kho bạc Nhà nước đạt …") is.

    >>> from analysis.types import Figure
    >>> text = "Về cáp quang, cao nhất là 97,2% (Bắc Ninh)."
    >>> _own_place(Figure(97.2, "%", None, "97,2%", None, 2024, "d", text, start=26, end=31)).place
    'Bắc Ninh'
    """
    sentence, place = figure.sentence, figure.place
    before = sentence[: figure.start]
    named = _known_names().match(place or "")
    named_end = _with_locality(place or "", named.end()) if named else 0
    if place and named and place[named_end:].strip()[:1].islower():
        place = place[:named_end]  # "Bộ Tài chính dẫn đầu khối bộ": the name, not the verb after it
    if place and (_only_reports(before, place) or _is_example(before, place)):
        place = None
    if place is None:
        place = _named_after(sentence[figure.end :])
    if place is None and not (figure.kind in {"count", "number_word"} and is_place(figure.unit)):
        # "Bộ Nội vụ đã đánh giá 63 tỉnh, thành phố": places counted are no one's
        place = _named_before(before) or _local_body_opening(before)
    place = _body_named_by(before, place) or place or _body_in_clause(before)
    return figure if place == figure.place else replace(figure, place=named_place(place))


def _body_named_by(before: str, place: str | None) -> str | None:
    """The hospital, school or company whose name holds the province taken for a figure's place ("tại Bệnh
    viện Hữu nghị Đa khoa Nghệ An đạt 64%" is the hospital's, not Nghệ An's)."""
    if not place or not province_mentions(place):
        return None
    for head in _local_body_head().finditer(before):
        name = whole_name(before[head.start() :])
        at = before.find(place, head.start())
        if at >= 0 and at + len(place) <= head.start() + len(name) and is_place(name):
            return name
    return None


def _body_in_clause(before: str) -> str | None:
    """A hospital, school or company named in the figure's sentence before it, with no other figure or clause
    of its own between ("Trong 10 tháng, Bệnh viện Hữu nghị Đa khoa Nghệ An đã thực hiện 3.200 ca …")."""
    heads = list(_local_body_head().finditer(before))
    if not heads:
        return None
    name = whole_name(before[heads[-1].start() :])
    between = before[heads[-1].start() + len(name) :]
    if (
        not is_place(name)
        or re.search(r"\d|[;:]", between)
        or _words_pattern("national_cues", at="any").search(between)
    ):
        return None
    return name


@cache
def _local_body_head() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(_cue_list('local_body_heads'))})(?=\s+[A-ZĐ])")


def _local_body_opening(before: str) -> str | None:
    """A hospital, a school, a company or an industrial park that opens the figure's sentence: its figures
    are its own, whatever it did ("Bệnh viện Bạch Mai đã liên kết với 9
    ngân hàng; số tiền viện phí … đạt 1.460 tỷ đồng"). A ministry acting on others is not read here."""
    opened = _local_body().match(before)
    if opened is None or _words_pattern("national_cues", at="any").search(before[opened.end() :]):
        return None  # "Công ty X có 500 lao động, trong khi cả nước …": the country's, then
    return whole_name(before[opened.start("body") :])


def whole_name(text: str) -> str:
    """A body's name from its head, read in words (underthesea's, so "Công nghệ", "Dịch vụ" stay whole): the
    words written with a capital, lower-case ones only between them ("Đại học Quốc gia Hà Nội", "Trung tâm
    Dịch vụ việc làm Bắc Giang", "Trường PTDT bán trú THCS xã Lũng Cú"), up to its verb ("… Hà Nội | tuyển
    420 sinh viên") or a second name after "và" ("Trường Y - Dược | và Khoa Kỹ thuật và Công nghệ").
    """
    words = tokenize(text[:_NAME_CHARS])
    heads = {head.casefold() for head in _cue_list("place_heads") + _cue_list("district_heads")}
    taken = 1 if words else 0
    for index, word in enumerate(words[1:], start=1):
        ahead = words[index + 1 : index + 3]
        if word[:1].isupper():
            taken = index + 1
        elif word in {"-", "–"} and ahead and ahead[0][:1].isupper():
            continue  # "Bà Rịa - Vũng Tàu", "Trường Y - Dược"
        elif word.casefold() == "và":
            # "Sở Giáo dục và Đào tạo" goes on; "… và Khoa …", "… và huyện Giao Thủy" begin another name
            if not ahead or not ahead[0][:1].isupper() or ahead[0].casefold() in heads:
                break
        elif not word[:1].isalpha() or not any(later[:1].isupper() for later in ahead):
            break
    return " ".join(words[:taken]).rstrip(",;:")


# a body's name is read from at most this many characters after its head
_NAME_CHARS = 160


@cache
def _local_body() -> re.Pattern[str]:
    heads = phrase_alternation(_cue_list("local_body_heads"))
    capital = "[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]"
    return re.compile(rf"^\s*(?P<body>(?:{heads})(?:\s+{capital}[\w-]*)+)(?=[\s,])")


def _only_reports(before: str, place: str) -> bool:
    """ "Báo cáo của Bộ Y tế cho thấy 94% …": ``place``, a body, is followed by a verb of reporting; a
    province reports its own figures ("UBND tỉnh Lạng Sơn cho biết 92% …")."""
    at = before.rfind(place)
    if at < 0 or province_mentions(place):
        return False
    after = _ASPECT.sub("", before[at + len(place) :].lstrip(" ,"))
    return _words_pattern("reporting_verbs", at="start").match(after) is not None


_ASPECT = re.compile(r"^(?:(?:đã|vừa|mới|đang|cũng|tiếp tục)\s+)*", re.IGNORECASE)


def _is_example(before: str, place: str) -> bool:
    """ "lên các sàn như Lazada, Tiki, chiếm 62% …": ``place`` stands in a list of names after "như"; not when
    "lần lượt" pairs the names with the values ("tại các khu du lịch như Mũi Né, Hàm Tiến và Tiến Thành lần
    lượt đạt 71%, 64% và 48%": each value is its place's)."""
    if _known_names().fullmatch(place):
        return False
    at = before.rfind(place)
    if at < 0 or _words_pattern("respective", at="any").search(before, at + len(place)):
        return False
    examples = list(_words_pattern("example_words", at="any").finditer(before[:at]))
    if not examples:
        return False
    between = before[examples[-1].end() : at]
    return all(word[:1].isupper() or word == "và" for word in re.split(r"[\s,]+", between) if word)


def _named_after(after: str) -> str | None:
    """ "97,2% (Bắc Ninh)": a province, country or state body alone in parentheses after the value."""
    match = re.match(r"\s*\(\s*([^()]{2,60}?)\s*\)", after)
    if match and _known_names().fullmatch(match.group(1)):
        return match.group(1)
    return None


_FIRST_IN_BRACKETS = re.compile(r"(?<!\w)(?:ở|tại|là)\s+(?P<name>[^\d(),;:]{2,40}?)\s*\(\s*$", re.IGNORECASE)


def country_inside_a_name(text: str, name: re.Match[str]) -> bool:
    """Whether a country's name is only part of a longer Vietnamese name: "thị trấn Thạnh Mỹ", "Mỹ Tho" are no
    United States.

    >>> text = "thị trấn Thạnh Mỹ (33%)"
    >>> country_inside_a_name(text, re.search("Mỹ", text))
    True
    """
    if name.group(0) not in country_names():
        return False
    # only a word written right against it, with no punctuation between, and no name of its own ("Quốc, Nhật
    # Bản", "ASEAN, Malaysia" list two names)
    previous = re.search(r"(?<![\w,;:])([^\W\d_]+) $", text[: name.start()])
    following = re.match(r" ([^\W\d_]+)", text[name.end() :])
    return any(
        word is not None
        and word.group(1)[:1].isupper()
        and not word.group(1).isupper()
        and not _known_names().search(word.group(1))
        for word in (previous, following)
    )


def _named_before(before: str) -> str | None:
    """A province, country or state body that opens the figure's clause or owns its measure, with no other
    number between; not a body or country that acts on others ("Bộ Công an đã cấp …") or reports ("… cho
    biết")."""
    named = [name for name in _known_names().finditer(before) if not country_inside_a_name(before, name)]
    if named and re.fullmatch(r"\s*\(\s*", before[named[-1].end() :]):
        return named[-1].group(0)  # "cuối bảng là Bộ Ngoại giao (61,4 điểm)": the value given for the name
    listed = _FIRST_IN_BRACKETS.search(before)
    if listed and is_place(listed.group("name")):
        return listed.group("name")  # "cao nhất ở huyện Đông Hưng (85,1%)": a district heads the list
    for match in reversed(named):
        end = _with_locality(before, match.end())
        between = before[end:]
        if re.search(r"\d|[;:]", between):
            return None
        opens = re.search(
            rf"(?:^|[,;:(])\s*(?:(?:{_openers()})\s+)?(?:(?:{_owners()})\s+)?$",
            before[: match.start()],
            re.IGNORECASE,
        )
        owns = re.search(r"(?<!\w)của\s+$", before[: match.start()], re.IGNORECASE)
        if not opens and not owns:
            continue
        listed = re.search(r"(?:,|\svà)\s*$", before[: match.start()])
        if listed and any(
            name.end() == listed.start() and re.search(r"(?:^|[,;:(]|\svà)\s*$", before[: name.start()])
            for name in _known_names().finditer(before[: match.start()])
        ):
            return None  # "Hàn Quốc, Nhật Bản …": names listed together, none of them alone
        own_clause = re.split(r"[,;:(]", before[: match.start()])[-1].lstrip()
        if _words_pattern("source_openers", at="start").match(own_clause):
            return None  # "Theo ước tính của Văn phòng Chính phủ, …": a source
        verb = _ASPECT.sub("", between.lstrip())
        acts = _words_pattern("reporting_verbs", at="start").match(verb) or _words_pattern(
            "actions", at="start"
        ).match(verb)
        if acts and not province_mentions(before[match.start() : end]):
            return None  # a province that reports or acts speaks of its own figures ("Lạng Sơn cho biết …")
        return before[match.start() : end]
    return None


# "Cục Hải quan | tỉnh Lạng Sơn", "Cục Thuế | TP Hồ Chí Minh": the province a body's name goes on with
_LOCALITY = re.compile(
    r"\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?(?P<name>[A-ZĐ][^\W\d_.]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})"
)


def _with_locality(text: str, end: int) -> int:
    """Where a body's name named up to ``end`` ends, with the province it goes on with, if one."""
    locality = _LOCALITY.match(text, end)
    if locality is None:
        return end
    mentions = province_mentions(locality.group("name"))
    if not mentions or mentions[0][0] != 0:
        return end
    return locality.start("name") + mentions[0][1]


@cache
def _owners() -> str:
    # "UBND tỉnh Lạng Sơn cho biết …": the words that say the province's own open its name's clause too
    return phrase_alternation(phrases("scope.toml:province.own"))


@cache
def _openers() -> str:
    # "…, còn Hàn Quốc tụt xuống thứ 14", "trong khi Lào Cai đạt 61%": a name after these opens its clause
    return phrase_alternation(_cue_list("contrast_openers"))


@cache
def _known_names() -> re.Pattern[str]:
    """Provinces, countries and state bodies by name (case as written): whom a figure can be for."""
    scope = load_toml("scope.toml")
    bodies = [alias for aliases in scope["sector"]["bodies"].values() for alias in aliases]
    heads = _words_pattern("place_heads", at="start")
    national = [body for body in scope["national"]["bodies"] if heads.match(body)]
    return phrase_pattern(
        longest_first(
            [
                *_cue_list("provinces"),
                *_cue_list("provinces_2025"),
                *_cue_list("countries"),
                *_cue_list("agencies"),
                *bodies,
                *national,
            ]
        ),
        ignore_case=False,
    )


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
