"""What a figure measures: the phrase a reader needs beside the number ("kinh tế số" for "chiếm 25% GRDP").

Read from the figure's own sentence: the clause before the number, trimmed of subjects, frames
("Tỉnh phấn đấu đến năm 2030 …"), times and places ("… của Quảng Trị"); a parenthesised acronym
stays whole ("Chỉ số chuyển đổi số (DTI)"). The cue lists live in ``data/figure_grammar.toml``
under ``[measure]``; ``python -m analysis evaluate`` scores the result against gold measures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from analysis.figures.cues import cue_words, phrase_pattern, rank_scopes, time_units
from analysis.figures.reading import Reading
from analysis.figures.units import grammar, pieces_of
from analysis.nlp import glossary
from analysis.types import Figure, FigureKind, Sentence

# A clause ends at a comma, a semicolon, a dash or a conjunction; an aside in parentheses without a
# number ("(DTI)", "(PAR Index)") belongs to its noun and ends nothing.
_BOUNDARY = re.compile(
    r",(?=\s)|[;:–]|\((?![^()\d]{1,40}\))|\s-\s|\b(?:và|nhưng|còn|trong đó|trong khi|song)\b", re.IGNORECASE
)
_FILLER_START = re.compile(
    r"^(?:theo đó|theo|đến nay|hiện nay|hiện|tính đến|đến hết|đến cuối|đến|tới|cuối|đầu|trong|tại|riêng|"
    r"cụ thể|đặc biệt|bên cạnh đó|ngoài ra|đồng thời|sau|với|năm \d{4}|\d{4}|nay|qua|mới đây|vừa qua|"
    r"trong năm|cả nước|toàn quốc|đã|thì|phấn đấu|mục tiêu|dự kiến|kế hoạch|"
    r"(?:đến|tới|vào|trong) năm \d{4}|\d{1,2} tháng(?: đầu| cuối)?(?: năm(?: \d{4})?)?)\b[\s,]*",
    re.IGNORECASE,
)
_FILLER_END = re.compile(
    r"[\s,]*\b(?:đạt|là|chiếm|ở mức|tăng|giảm|lên|xuống|còn|bằng|gấp|ước|ước đạt|ước tính|đã|mới|chỉ|có|"
    r"với|được|vào|tới|đến|từ|thêm|xếp|đứng|thứ|hạng|vị trí|top|khoảng|hơn|gần|trên|dưới|tổng cộng|"
    r"lên tới|lên đến|đạt mức|duy trì|giữ|vươn|cao|nhanh|năm \d{4}|lọt|lọt vào|nằm trong|"
    r"mục tiêu|phấn đấu|sẽ|cần|phải|nay|(?<!thực )hiện|giai đoạn \d{4}\s*[-–]\s*\d{4}|"
    r"\d{1,2} tháng(?: đầu năm)?|(?:19|20)\d{2})\s*$",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(r"\s(?:đạt|chiếm|là|tăng|giảm|xếp|đứng|lên|có|ở mức|từ)\s", re.IGNORECASE)
# numbers that name a time, a network or a model, not a figure: "năm 2024", "quý III/2023", "giai đoạn
# 2021-2025", "9 tháng", "mạng 5G", "thương mại điện tử B2C"
_TIME_NUMBER = re.compile(
    r"(?:năm\s+|/)\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|\b\d{1,2}\s+tháng\b|\b\d{4}\b|\b[2-6]G\b"
    r"|\b[^\W\d_]+\d+[^\W\d_]*\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d.,]*")
_SCALE = re.compile(r"^(?:triệu|nghìn|ngàn|tỷ|vạn|trăm)(?:\s+|$)", re.IGNORECASE)
# "tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính": the denominator is not the measure
_DENOMINATOR = re.compile(r"\s+(?:trên|so với|trong)\s+tổng\s+(?:số\s+)?\S.*$", re.IGNORECASE)
# "… 7,6 triệu giao dịch với tổng số tiền hơn 6.500 tỷ đồng": a label after the last number names the next
_NEXT_LABEL = re.compile(r"\b(?:với|là)\s+(?P<label>[^\d]+)$", re.IGNORECASE)
_NOT_COUNTED = re.compile(r"^(?:%|đồng|usd|vnđ|lần|điểm|bậc|tuổi|năm|tháng|ngày)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:xếp|đứng|dẫn đầu|nhất|top|nhóm)\b.*?\bvề\s+(?P<what>.+)$", re.IGNORECASE)
_ABOUT_AFTER = re.compile(
    r"[^,;.()\d]{0,40}?(?<!\w)về\s+(?P<what>[^;.()\d]{1,60}?\([^()\d]{1,40}\)|[^,;.()\d]+(?:\([^()\d]{1,40}\))?)",
    re.IGNORECASE,
)
_INDEX_AFTER = re.compile(
    r"(?<!\w)(?:về|trong|theo)\s+(?P<what>(?:chỉ số|bộ chỉ số|bảng xếp hạng|xếp hạng)\s(?:[^;.()\d]{1,60}?\("
    r"[^()\d]{1,40}\)|[^;.()\d]+?(?:\s*\([^()\d]{1,40}\))?(?=\s*(?:[;.()]|$|\d|,\s))))",
    re.IGNORECASE,
)
_INDEX_NAMED = re.compile(
    r"(?<!\w)(?:chỉ số|bộ chỉ số|bảng xếp hạng)\s[^;.()\d]{1,90}?\([^()\d]{1,40}\)", re.IGNORECASE
)
_INDEX_PLAIN = re.compile(
    r"(?<!\w)(?:chỉ số|bộ chỉ số|bảng xếp hạng)\s[^;.()\d,]{3,80}?"
    r"(?=\s+(?:năm\s+\d{4}|do\s|được\s|công bố|vừa)|\s*[,;.])",
    re.IGNORECASE,
)
_ABOUT_END = re.compile(r"\s+(?:với|đạt|so với|năm|sau|trong)\b.*$", re.IGNORECASE)
MAX_WORDS = 18


@cache
def _cue_list(name: str) -> tuple[str, ...]:
    return tuple(sorted(grammar()["measure"][name], key=len, reverse=True))


@cache
def _words_pattern(name: str, *, at: str) -> re.Pattern[str]:
    cues = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cue_list(name))
    if at == "start":
        return re.compile(rf"^(?:{cues})(?!\w)[\s,]*", re.IGNORECASE)
    if at == "end":
        return re.compile(rf"[\s,]*(?<!\w)(?:{cues})\s*$", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE)


def _without_owner(label: str, owners: list[str]) -> str:
    """ "tỷ lệ hồ sơ trực tuyến của Hà Nội" → "tỷ lệ hồ sơ trực tuyến"; "… của ngành công nghệ" stays;
    "quy mô kinh tế số Thái Lan" → "quy mô kinh tế số" (a listed name needs no "của")."""
    owner = list(_words_pattern("owner_words", at="any").finditer(label))
    if owner and is_place(label[owner[-1].end() :].strip(" ,.;")):
        owners.append(label[owner[-1].end() :].strip(" ,.;"))
        return label[: owner[-1].start()]
    trailing = _known_name_at_end().search(label)
    if trailing and trailing.start() > 0 and label[: trailing.start()].split()[-1][:1].islower():
        owners.append(trailing.group("name"))
        return label[: trailing.start()]
    return label


@cache
def _known_name_at_end() -> re.Pattern[str]:
    known = {*_cue_list("provinces"), *_cue_list("provinces_2025"), *_cue_list("countries")}
    names = sorted(known, key=len, reverse=True)
    heads = "|".join(map(re.escape, _cue_list("place_heads")))
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return re.compile(rf"(?:^|\s)(?P<name>(?:(?:{heads})\s+)?(?:{alternatives}))\s*$")


@cache
def _folded(*names: str) -> frozenset[str]:
    return frozenset(cue.casefold() for name in names for cue in _cue_list(name))


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


@cache
def _numbered_name() -> re.Pattern[str]:
    names = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cue_list("numbered_names"))
    return re.compile(
        rf"(?<!\w)(?:{names})\s+(?:số\s+)?\d+(?:/\d+)?(?:/[A-ZĐ][\w-]*)?(?![\d,.]\d)", re.IGNORECASE
    )


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _without_times(clause: str) -> str:
    """``clause`` with its times, models and numbered names blanked out, each character kept in place."""
    return _numbered_name().sub(_blank, _TIME_NUMBER.sub(_blank, clause))


def holds_number(clause: str) -> bool:
    """Whether a clause holds a figure of its own ("năm 2024", "9 tháng" or "Đề án 06" does not count)."""
    return re.search(r"\d", _without_times(clause)) is not None


def strip_measure(label: str, *, owners: list[str] | None = None) -> str:
    """The measure in a phrase, without the subject, frame, time and place around it.

    >>> strip_measure("Tỉnh phấn đấu đến năm 2030 kinh tế số chiếm")
    'kinh tế số'
    >>> strip_measure("Chỉ số chuyển đổi số (DTI) năm 2024 của Quảng Trị")
    'Chỉ số chuyển đổi số (DTI)'

    ``owners`` collects the places dropped ("Quảng Trị"), so that figures of two provinces stay apart.
    """
    owners = [] if owners is None else owners
    label = _after_frame(_after_source(" ".join(label.split())))
    framed = split_have_frame(label)
    if framed:
        label = framed[0]
        owners.extend(framed[1][:1] if len(framed[1]) == 1 else [])
    if _DENOMINATOR.search(label):
        # "… trên tổng số thuê bao di động của Nghệ An": the owner first, then the denominator before it
        label = _without_owner(_strip_ends(label), owners).strip()
    label = _DENOMINATOR.sub("", label)
    for _ in range(12):
        stripped = _without_owner(_strip_ends(label), owners).strip()
        stripped = _FILLER_START.sub("", stripped).strip()
        stripped = _words_pattern("leading", at="start").sub("", stripped).strip()
        stripped = stripped.strip(' ,.;:"“”')
        if stripped == label:
            break
        label = stripped
    about = _ABOUT.search(label)
    if about:  # "Đà Nẵng xếp thứ nhất cả nước về chỉ số …"
        label = strip_measure(about.group("what"), owners=owners)
    label = _balanced(label)
    words = label.split()
    if len(words) <= MAX_WORDS:
        return label
    return " ".join(words[:MAX_WORDS]) + "…"  # the head comes first: "Tỷ lệ …", "Mức độ hài lòng …"


# "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia": where it is measured is not what
_WHERE_NAMED = re.compile(r"\s+(?:trên|tại|qua)\s+(?=[A-ZĐ])[^,;()]*$")


# "Chỉ số Thành phố thông minh năm 2024 do IMD [công bố]": who made an index is not what it measures
_MADE_BY = re.compile(r"(?:\s+năm\s+\d{4})?\s+do\s+(?:[A-ZĐ]\S*)(?:\s+\S+){0,6}$")


def _strip_ends(label: str) -> str:
    """ "… năm 2024 ước đạt" → "…": the verbs, times and fillers a label ends with."""
    label = _WHERE_NAMED.sub("", label) if len(label.split()) > 3 else label
    label = _MADE_BY.sub("", label)
    # "… của Việt Nam năm [2023]": the word left of a year; "5 tháng đầu năm", "trong năm" keep theirs
    dangling = re.search(r"(\S+)\s+năm$", label)
    if dangling and dangling.group(1).casefold() not in _folded("time_before_year"):
        label = label[: dangling.start(0) + len(dangling.group(1))]
    for _ in range(12):
        if _known_name_at_end().search(label):
            break  # "Cao Bằng", "Yên Bái": a name is not a filler ("bằng", "cao")
        stripped = _FILLER_END.sub("", label).strip()
        stripped = _words_pattern("trailing", at="end").sub("", stripped).strip()
        if stripped == label or stripped.casefold() in _folded("bare_heads"):
            break
        label = stripped
    return label


def _after_source(label: str) -> str:
    """ "báo cáo e-Conomy SEA của Google xác định quy mô kinh tế số" → "quy mô kinh tế số"."""
    heads = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cue_list("source_heads"))
    verbs = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cue_list("source_verbs"))
    said = re.match(rf"^(?:theo\s+)?(?:{heads})(?!\w).*?\s(?:{verbs})\s+(?=\S)", label, re.IGNORECASE)
    named = re.match(rf"^(?:(?:[A-ZĐ][\w&.-]*|và|&)\s+)+(?:{verbs})\s+(?=\S)", label)
    said = said or named
    return label[said.end() :] if said else label


@cache
def _list_head() -> re.Pattern[str]:
    heads = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cue_list("list_heads"))
    return re.compile(rf"(?:^|\s)(?:{heads})(?:\s+\w+){{0,2}}?\s+là\s+(?P<place>.+)$", re.IGNORECASE)


def _split_list_head(clause: str) -> tuple[str, str] | None:
    """ "Tỷ lệ … cao nhất là Long An" → ("Tỷ lệ …", "Long An"): a list's head names the measure before it and
    a place after it."""
    head = _list_head().search(clause)
    if not head:
        return None
    place = strip_measure(head.group("place"))
    return (clause[: head.start()], place) if place and is_place(place) else None


@cache
def _have_frame() -> re.Pattern[str]:
    verbs = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cue_list("have_verbs"))
    return re.compile(rf"^(?P<owner>.+?)\s+(?:{verbs})\s+(?P<what>.+)$", re.IGNORECASE)


@cache
def _superlative() -> re.Pattern[str]:
    heads = [cue for cue in _cue_list("list_heads") if cue.endswith("nhất")]
    alternatives = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in heads)
    return re.compile(rf"\s+(?:{alternatives})(?!\w).*$", re.IGNORECASE)


def split_have_frame(label: str) -> tuple[str, list[str]] | None:
    """ "Hà Nội và Hải Phòng có độ phủ sóng 5G cao nhất" → ("độ phủ sóng 5G", ["Hà Nội", "Hải Phòng"]): who
    has a quantity is whom it is for, the quantity is the measure; also "Dự án … có tổng mức đầu tư" (a
    measure's head after the verb), but not "tỷ lệ hộ gia đình có cáp quang" (the verb inside the measure).

    >>> split_have_frame("Quảng Ninh có tỷ lệ hộ dùng cáp quang cao nhất vùng")
    ('tỷ lệ hộ dùng cáp quang', ['Quảng Ninh'])
    """
    have = _have_frame().match(" ".join(label.split()))
    if not have or holds_number(have.group("owner")):
        return None
    owner, what = have.group("owner"), have.group("what")
    superlative = _superlative().search(what)
    measure = strip_measure(what[: superlative.start()] if superlative else what)
    if not measure or is_place(measure) or holds_number(measure):
        return None
    names = [
        _FILLER_START.sub("", name).strip(" ,")
        for name in re.split(r",\s*|\s+và\s+", _HOW_MANY.sub("", owner))
    ]
    owners = names if all(name and is_place(name) for name in names) else []
    heads = _words_pattern("topic_heads", at="start")
    if owners and (superlative or heads.match(measure)):
        return measure, owners
    if not owners and heads.match(measure) and not heads.match(owner.strip()):
        return measure, []
    return None


def _after_frame(label: str) -> str:
    frames = list(_words_pattern("frames", at="any").finditer(label))
    if not frames:
        return label
    last = frames[-1]
    after = label[last.end() :]
    if strip_measure(after):
        return after
    before = label[: last.start()]
    # "tăng trưởng GDP được đặt mục tiêu từ 8%": a passive frame follows its measure; "Bộ đặt chỉ tiêu"
    # names only who set it
    return before if re.search(r"(?<!\w)được(?:\s+\w+)?\s*$", before, re.IGNORECASE) else ""


def _balanced(label: str) -> str:
    label = label.strip(' ,.;:"“”')
    while label.endswith(")") and label.count(")") > label.count("("):
        label = label[:-1].rstrip()
    while label.startswith("(") and label.count("(") > label.count(")"):
        label = label[1:].lstrip()
    if label.count("(") > label.count(")"):
        label = label[: label.rfind("(")].rstrip()
    return label.strip(' ,.;:"“”')


_INDEX_HEAD = re.compile(r"\b(?:chỉ số|bảng xếp hạng|index)\b", re.IGNORECASE)
_ACRONYM_AHEAD = re.compile(r"\s[^,;:()\d]{1,60}?\([^()\d]{1,40}\)")


def _inside_noun(text: str, comma: int, segment_start: int) -> bool:
    """Whether the comma at ``comma`` joins two nouns rather than two clauses: "khối bộ, ngành đạt",
    "thôn, bản có sóng", "Chỉ số An toàn, an ninh mạng toàn cầu (GCI)"; not "Về hạ tầng số, tỷ lệ …"."""
    before = text[segment_start:comma].strip()
    if re.search(r"\d", before):  # "xếp 41/63 tỉnh, thành phố về …": only the words after the last number
        before = re.split(r"\S*\d\S*", before)[-1].strip()
        if not before or (_INDEX_HEAD.search(before) is None and len(before.split()) > 2):
            return False
    if not before:
        return False
    if _INDEX_HEAD.search(before) and _ACRONYM_AHEAD.match(text, comma + 1):
        return True  # an index name that goes on to its acronym
    if _coordinated_topic(before, text[comma + 1 :]):
        return True
    if _FILLER_START.match(before) or re.match(r"(?i)về\s", before) or not before.split()[-1][:1].islower():
        return False  # "Trong năm qua, tỉnh …", "Về hạ tầng số, tỷ lệ …": a frame, then its clause
    stops = {cue.split()[0].casefold() for cue in _cue_list("after_stops")} | {"về", "xếp", "đứng"}
    after = re.match(r"\s*([^,;:.()]*)", text[comma + 1 :]).group(1).split()
    for size in (1, 2):  # "bộ, ngành đạt", "tỉnh, thành phố về", "thôn, bản có sóng"
        words = after[:size]
        if len(words) < size or not words[0][:1].islower():
            return False
        if any(word.casefold() in stops or not word.isalpha() for word in words):
            return False
        following = after[size] if len(after) > size else None
        if following is None or following.casefold() in stops:
            return True
    return False


def _coordinated_topic(before: str, after: str) -> bool:
    """ "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 72,4%", "doanh thu công nghệ thông tin
    – truyền thông đạt …": a measure's head with no verb of its own, then more of the same noun up to the
    figure's verb; not "Tỷ lệ A đạt 80%, tỷ lệ B …" (a verb before the comma)."""
    if not _words_pattern("topic_heads", at="any").search(before) or phrase_pattern(
        "stated_value_verbs"
    ).search(before):
        return False
    if re.match(r"(?i)\s*về\s", before):
        return False  # "Về tỷ lệ X, khối địa phương đạt …": a topic frame, then whom it is for
    ahead = re.match(r"\s*([^,;:()]*)", after)
    rest = ahead.group(1) if ahead else ""
    verb = phrase_pattern("stated_value_verbs").search(rest)
    if verb is None or holds_number(rest[: verb.start()]) or len(rest[: verb.start()].split()) > 12:
        return False
    joined = rest[: verb.start()].strip()
    return not is_place(joined) and not joined[:1].isupper()


_NAME_HEAD = re.compile(
    r"(?:^|\s)(?:Bộ|Sở|Cục|Ban|Ủy ban|Văn phòng|Trung tâm|Viện|Học viện)(?:\s+\S+){1,4}\s*$"
)


def _dashed_names(text: str) -> list[tuple[int, int]]:
    """Where a listed name holding a dash ("Bà Rịa - Vũng Tàu") sits in ``text``, also written with "–"."""
    spans = []
    for name in _cue_list("provinces"):
        if "-" in name:
            left, right = (part.strip() for part in name.split("-", 1))
            pattern = rf"{re.escape(left)}\s*[-–]\s*{re.escape(right)}"
            spans += [match.span() for match in re.finditer(pattern, text)]
    return spans


def _cuts(text: str, position: int) -> list[tuple[int, int]]:
    cuts: list[tuple[int, int]] = []
    for match in _BOUNDARY.finditer(text, 0, position):
        start = cuts[-1][1] if cuts else 0
        if match.group(0) == "," and _inside_noun(text, match.start(), start):
            continue
        if match.group(0).strip() in {"–", "-"} and _coordinated_topic(
            text[start : match.start()], text[match.end() :]
        ):
            continue  # "công nghệ thông tin – truyền thông": one field
        segment = text[start : match.start()].strip()
        in_topic = re.match(r"(?i)về\s", segment) and not re.search(r"\d", segment)
        if match.group(0).casefold() == "và" and in_topic:
            continue  # "Về Chỉ số phục vụ người dân và doanh nghiệp, …": one topic
        if (
            match.group(0).casefold() == "và"
            and _NAME_HEAD.search(segment)
            and text[match.end() :].strip()[:1].isupper()
        ):
            continue  # "Bộ Khoa học và Công nghệ": one name
        if any(a <= match.start() and match.end() <= b for a, b in _dashed_names(text)):
            continue  # "Bà Rịa – Vũng Tàu"
        cuts.append((match.start(), match.end()))
    return cuts


def _clauses(text: str, position: int) -> list[tuple[str, str]]:
    """The clauses before ``position``, last first, each with the boundary that opens it."""
    cuts = _cuts(text, position)
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), position]
    joiners = ["", *(text[start:end] for start, end in cuts)]
    return [(text[starts[i] : ends[i]], joiners[i]) for i in reversed(range(len(starts)))]


def _counted_after_number(clause: str) -> str:
    """What ``clause``'s last number counts: "… tiếp nhận 2,8 triệu hồ sơ trực tuyến"."""
    numbers = _figure_numbers(clause)
    if not numbers:
        return ""
    rest = _SCALE.sub("", clause[numbers[-1].end() :].strip())
    if rest.startswith("%") and rest[1:].strip()[:1].isalpha() and not rest[1:].split()[0].isupper():
        # "Toàn quốc có 62,3% hộ gia đình dùng cáp quang, riêng Hà Nam đạt 78,4%": the share's noun run
        counted = strip_measure(_counted_run(rest[1:].strip()))
        return counted if 0 < len(counted.split()) <= MAX_WORDS and not holds_number(counted) else ""
    stops = {cue.split()[0].casefold() for cue in _cue_list("after_stops")}
    if not rest or _NOT_COUNTED.match(rest) or not rest[0].isalpha() or rest.split()[0].casefold() in stops:
        return ""
    label = strip_measure(rest)
    if tuple(label.casefold().split()) in rank_scopes():
        return ""  # "xếp 48/132 nền kinh tế, giảm 4 bậc": the rank's field, not what changed
    return label if 0 < len(label.split()) <= 8 and not holds_number(label) else ""


def measure_before(text: str, position: int) -> tuple[str, str | None]:
    """What the figure at ``position`` measures, read backwards from it ("" when nothing names it), and
    the place it is measured for, when one is named ("của Hà Nội", or a bare subject "Việt Nam").

    An empty clause ("…, tăng 9,5%") or one naming only a place ("…, Yên Bái (39,8%)", "khối tỉnh, thành
    đạt 61,2%") takes the previous figure's measure, the list's head ("cao nhất là …") or the topic frame
    ("Về tỷ lệ văn bản ký số, …"); a bare place ("Việt Nam xếp thứ 86") takes the index the sentence opens
    with ("Theo Khảo sát Chính phủ điện tử …"). A place naming the whole country ("cả nước") is none.

    >>> measure_before("Tỷ lệ hồ sơ trực tuyến của Hà Nội đạt 87,5%, của Huế đạt 84,1%.", 57)
    ('Tỷ lệ hồ sơ trực tuyến', 'Huế')
    """
    measure, place = _measure_before(text, position)
    named = _index_before(text, position)
    if measure and named.casefold().startswith(measure.casefold()):
        measure = named  # "Chỉ số Hiệu quả quản trị | và hành chính công …": the index named whole
    if not measure or is_place(measure):
        # "Hàn Quốc đứng thứ 2, Nhật Bản 14 … trong Chỉ số An toàn, an ninh mạng toàn cầu (GCI)", "UNDP công
        # bố Chỉ số … (PAPI) năm 2023, trong đó Quảng Ninh đạt 45,21 điểm"
        measure = _index_after(text, position) or _index_before(text, position) or measure
    return measure, place


def _index_before(text: str, position: int) -> str:
    """The last index with its acronym named before ``position`` ("Chỉ số … (PAPI)"), else one a report
    or ranking names without an acronym ("Theo báo cáo Chỉ số Sẵn sàng về trí tuệ nhân tạo … năm 2023 do
    Oxford Insights thực hiện, Việt Nam xếp …")."""
    named = list(_INDEX_NAMED.finditer(text, 0, position)) or list(_INDEX_PLAIN.finditer(text, 0, position))
    return strip_measure(named[-1].group(0)) if named else ""


def _index_after(text: str, position: int) -> str:
    """An index or field named later in the figure's sentence ("… về chỉ số PCI", "trong Chỉ số …")."""
    named = _INDEX_AFTER.search(text, position)
    if not named or re.search(r"[;.]\s", text[position : named.start()]):
        return ""
    return strip_measure(_ABOUT_END.sub("", named.group("what")))


def _measure_before(text: str, position: int) -> tuple[str, str | None]:
    respective = _respective(text, position)
    if respective is not None:
        subject_start, place, framed = respective
        measure = framed or measure_before(text, subject_start)[0]
        return measure, named_place(place)
    clauses = _clauses(text, position)
    place = ""
    owners: list[str] = []
    nearest: list[str] = []  # the place named nearest the figure, once found

    def found(label: str) -> tuple[str, str | None]:
        named = nearest[0] if nearest else (owners[0] if owners else place)
        return label, named_place(named or None)

    def note_place() -> None:
        if not nearest and (owners or place):
            nearest.append(owners[0] if owners else place)

    for index, (clause, joiner) in enumerate(clauses):
        note_place()
        if holds_number(clause):
            numbers = _figure_numbers(clause)
            subject = _subject_of(clause, numbers[0].start() if numbers else len(clause))
            following = _NEXT_LABEL.search(clause, numbers[-1].end()) if index == 0 and numbers else None
            if following and strip_measure(following.group("label")):
                return found(strip_measure(following.group("label"), owners=owners))
            subject_label = strip_measure(subject)
            about = _ABOUT.search(clause)
            if subject_label and is_place(subject_label) and about and strip_measure(about.group("what")):
                # "Cần Thơ đứng thứ 1 về chỉ số chuyển đổi số, An Giang đứng thứ 2"; "… Kon Tum xếp hạng 41/63
                # về chỉ số DTI, tăng 9 bậc": Kon Tum's change
                place = place or subject_label
                note_place()
                return found(strip_measure(_ABOUT_END.sub("", about.group("what")), owners=owners))
            listed = _split_list_head(subject)
            if listed:
                place = place or listed[1]
                note_place()
                subject = listed[0]
                subject_label = strip_measure(subject)
            if holds_number(subject) or not subject_label:
                counted = _counted_after_number(clause)
                if counted and not is_place(counted):
                    return found(counted)
                strip_measure(subject, owners=owners)  # "của Hà Tĩnh đạt 79,1%": a place passed on the way
                continue
            clause = subject
        else:
            listed = _split_list_head(clause)
            if listed:  # "cao nhất là Long An (44,1%)": the place; the measure is the list's head
                place = place or listed[1]
                note_place()
                if not strip_measure(listed[0]):
                    continue
                clause = listed[0]
            elif place and not _opens_with_source(clause):
                continue  # past a bare place, only a figure's subject or a named index will do
        sourced = re.match(r"\s*theo\s", clause, re.IGNORECASE) is not None
        label = strip_measure(clause, owners=[] if sourced else owners)  # "Theo số liệu của Cục …": a source
        previous = clauses[index + 1][0] if index + 1 < len(clauses) else ""
        if label and joiner.strip().casefold() == "và" and previous.strip() and not holds_number(previous):
            # coordinated nouns: "doanh thu xuất khẩu phần mềm và dịch vụ công nghệ thông tin đạt …"
            joined = strip_measure(f"{previous} và {clause}", owners=owners)
            if joined and not is_place(joined):
                label = joined
        if not label:
            continue
        if is_place(label):
            if not sourced and not _acts(clause, label):  # "Theo Bộ Công an, …", "Bộ Công an đã cấp …"
                place = place or label
            continue
        return found(label)
    note_place()
    return found(place)


_HOW_MANY = re.compile(
    r"^\s*(?:hai|ba|bốn|năm|các|\d+)\s+(?:tỉnh|thành phố|địa phương|bộ|nước|quốc gia)\s+", re.IGNORECASE
)


def _acts(clause: str, name: str) -> bool:
    """Whether ``name`` is who acts in ``clause`` ("Bộ Công an đã cấp …"), not whom a figure is for."""
    at = clause.find(name)
    after = clause[at + len(name) :] if at >= 0 else ""
    after = re.sub(r"^\s*(?:đã|đang|vừa|sẽ|cũng|tiếp tục)\s+", " ", after, flags=re.IGNORECASE)
    return _words_pattern("actions", at="start").match(after.strip()) is not None


def _respective(text: str, position: int) -> tuple[int, str, str | None] | None:
    """ "Hải Phòng và Quảng Ninh lần lượt đứng thứ 3 và 6": the place paired with the figure at ``position``
    (the second figure after "lần lượt" takes the second place), where the places begin, and the measure
    when the places' own clause names it ("… có độ phủ sóng 5G cao nhất, lần lượt đạt …")."""
    cues = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cue_list("respective"))
    cue_matches = list(re.finditer(rf"(?<!\w)(?:{cues})(?!\w)", text[:position], re.IGNORECASE))
    last = cue_matches[-1] if cue_matches else None
    if last is None or re.search(r"[;.]", text[last.end() : position]):
        return None
    order = len(_figure_numbers(text[last.end() : position]))
    cuts = [span for span in _cuts(text, last.start()) if text[span[0] : span[1]].casefold() != "và"]
    end = last.start()
    if cuts and not text[cuts[-1][1] : end].strip():
        # "Hà Nội và Hải Phòng có độ phủ sóng 5G cao nhất, lần lượt đạt …": the names before the comma
        end = cuts.pop()[0]
    begin = cuts[-1][1] if cuts else 0
    while cuts and text[cuts[-1][0] : cuts[-1][1]] == ",":
        # "Hà Nội, TP Hồ Chí Minh và Đà Nẵng …": a comma between places joins them
        before = cuts[-2][1] if len(cuts) > 1 else 0
        if not is_place(_FILLER_START.sub("", text[before : cuts[-1][0]]).strip() or "-"):
            break
        cuts.pop()
        begin = before
    names = text[begin:end]
    framed = split_have_frame(_HOW_MANY.sub("", names))
    if framed and len(framed[1]) > order:
        return begin, framed[1][order], framed[0]
    names = _HOW_MANY.sub("", names)  # "Hai tỉnh Khánh Hòa và …"
    places = [strip_measure(name) for name in re.split(r",\s*|\s+và\s+", names)]
    if order >= len(places) or not all(place and is_place(place) for place in places):
        return None
    return begin, places[order], None


def _figure_numbers(clause: str) -> list[re.Match[str]]:
    """The numbers of a clause that are not part of a time ("năm 2024", "9 tháng")."""
    return list(_NUMBER.finditer(_without_times(clause)))


def _subject_of(clause: str, number_start: int) -> str:
    """What comes before the verb nearest a clause's first figure: "Tỷ lệ hộ gia đình có Internet của
    vùng là 71%" → "Tỷ lệ hộ gia đình có Internet của vùng"."""
    verbs = [m for m in _SUBJECT_VERB.finditer(clause) if m.end() <= number_start + 1]
    return clause[: verbs[-1].start()] if verbs else clause


def _opens_with_source(clause: str) -> bool:
    body = _FILLER_START.sub("", clause.strip())
    body = re.sub(r"^kết quả(?:\s+(?:đánh giá|công bố|xếp hạng))?\s+", "", body, flags=re.IGNORECASE)
    return _words_pattern("sources", at="start").match(body) is not None


def measure_about(text_after: str) -> str:
    """A rank's field named after it: "… dẫn đầu Đông Nam Á về đổi mới sáng tạo" → "đổi mới sáng tạo"."""
    about = _ABOUT_AFTER.match(text_after)
    if not about:
        return ""
    return strip_measure(_ABOUT_END.sub("", about.group("what")))


def extend_counted(text: str, end: int, phrase: str, *, counted: bool = False) -> str:
    """The noun after "X%" run on to the end of its clause: "100% sở, ngành dùng văn bản điện tử liên thông;
    …" → "sở, ngành dùng văn bản điện tử liên thông".

    ``phrase`` is the noun run the tagger found, ending at ``end``. After a count (``counted``) the run
    says which ones and stops where the sentence goes on to what they did or where they are: "2.318 máy
    tính nhiễm mã độc", but "60 triệu người tiêu dùng | đã mua sắm trực tuyến".
    """
    run = _counted_run(text[end:], len(phrase.split()))
    if counted:
        stop = _words_pattern("count_run_stops", at="any").search(run)
        run = run[: stop.start()] if stop else run
    return " ".join([phrase, *run.split()]).strip()


_DATE_AHEAD = re.compile(
    r"(?:năm\s+)?\d{4}\b|\d{1,2}/\d{1,2}(?:/\d{4})?\b|(?:ngày|tháng|quý)\s+[\dIVX]", re.IGNORECASE
)


def _pair_after_comma(rest: str, size: int) -> bool:
    """Whether ", <words>" coordinates a noun of ``size`` words ("sở, ngành", "cán bộ, công chức", "tỉnh,
    thành phố"), not a new clause ("dân số, mạng 5G đã có …")."""
    if not 1 <= size <= 2:
        return False
    words = rest.split()
    stops = _words_pattern("run_stops", at="start")
    for count in (size, size + 1):
        pair = words[:count]
        nouns = len(pair) == count and all(word.isalpha() and word[:1].islower() for word in pair)
        if nouns and not stops.match(" ".join(pair)):
            return True
    return False


_NEXT_FIGURE = re.compile(r"(?:(?:hơn|gần|khoảng|trên|dưới|tới|chừng|xấp xỉ)\s+)?\d", re.IGNORECASE)
# "1,03 triệu lượt tải | tiếp nhận 86.500 phản ánh": a number of its own, not an age or time ("từ 18 tuổi")
_BARE_FIGURE = re.compile(r"\d[\d.,]*(?![\w/])(?!\s*(?:tuổi|năm|tháng|ngày|giờ|phút|%)(?!\w))", re.IGNORECASE)
_QUALIFIED_FIGURE = re.compile(r"(?:hơn|gần|khoảng|xấp xỉ)\s+\d", re.IGNORECASE)


def _counted_run(text: str, taken: int = 0) -> str:
    """The words of ``text`` up to the end of its clause, a figure or a word that starts another part
    (``run_stops``); a comma right after a one- or two-word noun joins ("sở, ngành", "cán bộ, công chức")."""
    stops = _words_pattern("run_stops", at="start")
    words: list[str] = []
    rest = text
    while rest and taken + len(words) < MAX_WORDS:
        rest = rest.lstrip(" ")
        if (
            (rest.startswith(",") and _NEXT_FIGURE.match(rest[1:].lstrip()))
            or _QUALIFIED_FIGURE.match(rest)
            or _BARE_FIGURE.match(rest)
        ):
            break  # "hơn 80.000 tổ, gần 380.000 thành viên": the next figure, not more of this one
        if rest.startswith(",") and _pair_after_comma(rest[1:], taken + len(words)):
            rest = rest[1:].lstrip()
            words[-1:] = [f"{words[-1]},"] if words else []
            continue
        stop = stops.match(rest) and not _words_pattern("run_compounds", at="start").match(rest)
        if not rest or rest[0] in ',;:.()!?"“”–' or stop or _DATE_AHEAD.match(rest):
            break
        word = re.match(r"\S+", rest)
        if word is None or "%" in word.group(0):
            break  # the next figure: "… 95% xã …, 80% hộ …"
        clean = word.group(0).rstrip(',;:.!?)"”')
        words.append(clean)
        if clean != word.group(0):
            break
        rest = rest[word.end() :]
    return " ".join(words)


def read_measure(
    text: str, reading: Reading, kind: FigureKind, unit_text: str, after: str | None
) -> tuple[str | None, str | None]:
    """What a figure measures, from its own sentence: the noun run after "X%", else its label before;
    and the place it is measured for, when the sentence names one."""
    measure, place = measure_before(text, reading.start)
    if kind in {"count", "number_word"} and unit_text and unit_text.casefold() not in time_units():
        # "Số doanh nghiệp công nghệ số đang hoạt động là 1.230 doanh nghiệp": the label says which ones
        label = re.match(r"(?:tổng số|số lượng|số)\s+(?P<what>.+)", measure, re.IGNORECASE)
        if label and label.group("what").casefold().startswith(unit_text.casefold()):
            return measure, place
        if (
            unit_text.casefold() in _folded("generic_counters")
            and measure
            and not is_empty_measure(measure, place)
        ):
            # "lượng khách tra cứu trên ứng dụng đạt hơn 380.000 lượt": "lượt" says nothing of what
            return measure, place
        if after:  # "2.318 máy tính nhiễm mã độc", "1,02 triệu người tham gia": the noun run says which ones
            owners_after: list[str] = []
            counted = _without_owner_in_run(after, owners_after)
            return counted, place or named_place(owners_after[0] if owners_after else None)
        return unit_text, place
    whole = after is not None and after.casefold() in cue_words("whole_nouns")
    if whole and not is_empty_measure(measure, place):
        # "… lần lượt đạt 71% và 64% dân số": the population is what the share is of, not what it measures;
        # "mạng 4G đã phủ sóng 99,8% dân số": the subject is, not its verb
        return re.split(r"\s+(?:đã|đang|vừa|sẽ)\s+", measure, maxsplit=1)[0], place
    if after:
        # "… lần lượt đạt 71% và 64% dân số": the population is what the share is of, not what it measures
        owners: list[str] = []
        counted = _without_owner_in_run(after, owners)
        return counted, place or named_place(owners[0] if owners else None)
    return measure or unit_text or None, place


def _without_owner_in_run(run: str, owners: list[str]) -> str:
    """ "cơ quan nhà nước của tỉnh Hà Nam đã kết nối" → "cơ quan nhà nước" (Hà Nam goes to ``owners``)."""
    for owner in _words_pattern("owner_words", at="any").finditer(run):
        words = run[owner.end() :].split()
        for size in range(min(len(words), 5), 0, -1):
            name = " ".join(words[:size]).strip(" ,")
            if is_place(name) and (size == len(words) or not words[size][:1].isupper()):
                owners.append(name)
                return run[: owner.start()].strip(" ,")
    return run


@cache
def _counted_terms() -> tuple[tuple[str, ...], ...]:
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(term)) for term in glossary()}
    return tuple(sorted(keys, key=len, reverse=True))


def find_subject(sentence: str, unit: str, number_start: int) -> str | None:
    """The domain entity a figure is about: a glossary term the unit heads or holds, else the nearest."""
    folded = sentence.casefold()
    unit_folded = unit.casefold()
    head = unit_folded.split()[0] if unit_folded.split() else ""
    spans: list[tuple[int, int, str]] = []
    for term in glossary():
        for match in re.finditer(rf"(?<!\w){re.escape(term.casefold())}(?!\w)", folded):
            spans.append((match.start(), match.end(), term))
    present = [
        (start, term)
        for start, end, term in spans
        if not any(
            outer_start <= start and end <= outer_end and (outer_end - outer_start) > (end - start)
            for outer_start, outer_end, _ in spans
        )
    ]
    if not present:
        return None
    for _, term in sorted(present, key=lambda found: -len(found[1])):
        if term.casefold().split()[0] == head or term.casefold() in unit_folded:
            return term
    return min(present, key=lambda found: (abs(found[0] - number_start), -len(found[1])))[1]


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
    national = _words_pattern("national_cues", at="any")
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
    if province is None or any(national.search(text) for text in body):
        return list(figures)
    settled = []
    for figure in figures:
        sentence = by_index.get(figure.sentence_index, figure.sentence)
        others = [name for name in _provinces_in(sentence) if name != province]
        whole = national.search(sentence) is not None and figure.kind != "rank"
        if figure.place is None and not others and not whole:
            figure = replace(figure, place=province)
        settled.append(figure)
    return settled


def _provinces_in(text: str, *, any_case: bool = False) -> list[str]:
    known = sorted({*_cue_list("provinces"), *_cue_list("provinces_2025")}, key=len, reverse=True)
    pattern = "|".join(r"\s+".join(map(re.escape, name.split())) for name in known)
    flags = re.IGNORECASE if any_case else 0
    by_fold = {name.casefold(): name for name in known}
    found = [match.group(0) for match in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text, flags)]
    return list(dict.fromkeys(by_fold[" ".join(name.split()).casefold()] for name in found))


def _names_an_agent(measure: str) -> bool:
    """ "Cục An toàn thông tin đã ghi nhận", "Tỉnh dự kiến bố trí": who acts, not what is measured."""
    folded = " ".join(measure.casefold().split())
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
    if _lists_names(measure):  # "Vietcombank, BIDV và VietinBank lần lượt có 98,6%, …"
        return True
    if _names_an_agent(measure) or _only_acts(folded):
        return True
    # "tỷ lệ bình quân cả nước": an average of the whole country, of a quantity named elsewhere
    general = folded
    for _ in range(4):
        general = _FILLER_END.sub("", general).strip()
        general = _words_pattern("national", at="end").sub("", general).strip()
        general = _words_pattern("trailing", at="end").sub("", general).strip()
    return general in _folded("empty_measures", "national", "bare_heads") or is_place(measure)


def carry_measures(figures: Sequence[Figure], sentences: Sequence[Sentence]) -> list[Figure]:
    """A figure whose sentence names only a place takes the measure of the figure before it:
    "Tỷ lệ thanh toán trực tuyến đạt 24,6%. Cao nhất là Long An (44,1%)" measures both alike; so does a
    rank after "Về Chỉ số GII, Việt Nam xếp thứ 48", "Singapore đứng thứ 7" (a bare place may open the
    next paragraph); and "tăng 4 bậc" is a step in the rank before it."""
    paragraph = {sentence.index: sentence.paragraph for sentence in sentences}
    carried: list[Figure] = []
    for figure in figures:
        steps = figure.kind == "change" and figure.unit.casefold() in _folded("rank_steps")
        bare_place = bool(figure.measure) and is_place(figure.measure or "")
        field = figure.unit if figure.kind in {"rank", "score", "change"} else ""
        # "xếp 59/193 quốc gia và vùng lãnh thổ, … với 54,48/100 điểm": the rank's field is no measure
        field += " " + " ".join(
            before.unit
            for before in carried
            if before.sentence_index == figure.sentence_index and before.kind == "rank"
        )
        if steps or is_empty_measure(figure.measure, figure.place, unit=field):
            ranked_list = figure.kind in {"rank", "score"} and is_list_frame(figure.measure)
            previous = (
                None
                if ranked_list
                else next(
                    (
                        before
                        for before in reversed(carried)
                        if figure.sentence_index - before.sentence_index <= 1
                        and (
                            bare_place
                            or paragraph.get(before.sentence_index) == paragraph.get(figure.sentence_index)
                        )
                        and (
                            before.kind in {"rank", "score"}
                            if steps
                            else _same_family(before.kind, figure.kind)
                        )
                        and not is_empty_measure(before.measure, before.place)
                    ),
                    None,
                )
            )
            if previous is None and figure.kind in {"rank", "score"}:
                # "Nhóm dẫn đầu gồm Hải Phòng (74,12 điểm) …": the index the article ranks by
                previous = next(
                    (
                        before
                        for before in reversed(carried)
                        if before.measure and _INDEX_HEAD.search(before.measure)
                    ),
                    None,
                )
            topic = _topic_before(figure, sentences) if previous is None and not steps else ""
            index = (
                _index_named_earlier(figure, sentences) if figure.kind in {"rank", "score"} or steps else ""
            )
            if previous is not None:
                figure = replace(figure, measure=previous.measure)
            elif index and not topic:
                # "… công bố kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024. Theo đó, Kon Tum đạt 0,5127
                # điểm": the index an earlier sentence names
                figure = replace(figure, measure=index)
            elif topic:
                figure = replace(figure, measure=topic)
            elif ranked_list or _names_an_agent(figure.measure or ""):
                figure = replace(figure, measure=None)  # better no label than "Sở Tài chính đã bố trí"
            elif figure.kind == "rate" and "/" in figure.unit:
                figure = replace(
                    figure, measure=figure.unit.split("/")[0].strip()
                )  # "7,4 bác sĩ trên 10.000 dân"
            elif _only_acts(_folded_text(figure.measure)):
                figure = replace(figure, measure=None)  # nor than "tỉnh dành"
        carried.append(figure)
    return _fill_from_the_next(carried)


def _fill_from_the_next(figures: list[Figure]) -> list[Figure]:
    """ "A, B và C lần lượt có 91%, 93% và 96% giao dịch trên kênh số": the last of a series names what
    all of them measure; a list of names left as a measure otherwise says nothing (None)."""
    filled = list(figures)
    for index in range(len(filled) - 1, -1, -1):
        figure = filled[index]
        if not figure.measure or not _lists_names(figure.measure):
            continue
        following = next(
            (
                after
                for after in filled[index + 1 :]
                if after.sentence_index == figure.sentence_index
                and after.kind == figure.kind
                and not is_empty_measure(after.measure, after.place)
            ),
            None,
        )
        filled[index] = replace(figure, measure=following.measure if following else None)
    return filled


def _lists_names(measure: str) -> bool:
    """ "Vietcombank, BIDV và VietinBank": names listed, not what they measure."""
    names = [word for word in re.split(r"[\s,]+", measure) if word and word.casefold() != "và"]
    joined = "và" in measure.casefold().split() or "," in measure
    return len(names) >= 2 and joined and all(word[:1].isupper() for word in names)


def _index_named_earlier(figure: Figure, sentences: Sequence[Sentence]) -> str:
    """The last index named in the sentences before ``figure``'s (the title included), by name and acronym
    first ("Chỉ số chuyển đổi số cấp tỉnh (DTI)"), else by name alone."""
    earlier = [s.text for s in sorted(sentences, key=lambda s: s.index) if s.index < figure.sentence_index]
    for pattern in (_INDEX_NAMED, _INDEX_PLAIN):
        for text in reversed(earlier):
            named = list(pattern.finditer(text))
            if named and strip_measure(named[-1].group(0)):
                return strip_measure(named[-1].group(0))
    return ""


def _topic_before(figure: Figure, sentences: Sequence[Sentence]) -> str:
    """The quantity the sentence before names without a figure of its own: "Tỷ lệ thanh toán trực tuyến
    trên Cổng … năm 2023 có sự chênh lệch lớn. … tỷ lệ bình quân cả nước đạt 24,6%" measures the first."""
    by_index = {sentence.index: sentence for sentence in sentences}
    current, previous = by_index.get(figure.sentence_index), by_index.get(figure.sentence_index - 1)
    if current is None or previous is None or previous.paragraph != current.paragraph:
        return ""
    if holds_number(previous.text) or not _words_pattern("topic_heads", at="start").match(previous.text):
        return ""
    topic = strip_measure(_subject_of(previous.text, len(previous.text)))
    return "" if is_empty_measure(topic) else topic


_FAMILIES = (
    {"rank", "score", "change"},
    {"percent", "change"},
    {"count", "number_word", "multiplier", "change"},
)


def _same_family(a: str, b: str) -> bool:
    return a == b or any(a in family and b in family for family in _FAMILIES)


# --- the same measure ---------------------------------------------------------------------------

_YEAR_WORDS = re.compile(r"\b(?:năm|cuối năm|đầu năm|trong năm)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b", re.I)


def named_measure(figure: Figure) -> str | None:
    """The figure's measure, unless it is missing or only the place it is measured for (an
    extractor's slip: "Long An" is whom a rate is measured for, not what it measures)."""
    measure = " ".join((figure.measure or "").split())
    if not measure or (figure.place and measure.casefold() == " ".join(figure.place.split()).casefold()):
        return None
    return measure


def measure_key(figure: Figure) -> tuple[str, str, str, str] | None:
    """What makes two figures the same measure: what they measure, for whom (the place named, if any),
    their unit and kind, years removed: Hà Nội's and Huế's "tỷ lệ hồ sơ trực tuyến" are two measures,
    and three measures counted in "bậc" are three. A figure naming no measure is no measure."""
    measure = _YEAR_WORDS.sub(" ", named_measure(figure) or "").casefold()
    measure = " ".join(measure.split()).strip(" ,.;:")
    if not measure:
        return None
    place = " ".join((figure.place or "").casefold().split())
    return measure, place, " ".join(figure.unit.casefold().split()), figure.kind


def most_stated(stated: list[Figure]) -> Figure:
    """The figure standing for a measure's year: the value most articles give, then the first stated."""
    articles = Counter(round(f.value, 6) for f in {(f.doc, f.value): f for f in stated}.values())
    return max(stated, key=lambda f: (articles[round(f.value, 6)], -stated.index(f)))
