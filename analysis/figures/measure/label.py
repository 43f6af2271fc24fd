"""A phrase trimmed to its measure: without the subject, frame, source, time and place around it
("Tỉnh phấn đấu đến năm 2030 kinh tế số chiếm" → "kinh tế số").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from analysis.figures.cues import alternation, cue_pattern, drop_named_examples
from analysis.figures.measure.empty import is_list_frame
from analysis.figures.measure.places import _known_name_at_end, is_place, province_mentions
from analysis.figures.measure.words import _FILLER_END, _FILLER_START, _cue_list, _folded, _words_pattern
from analysis.text import phrase_alternation
from analysis.types import Sentence

# numbers that name a time, a network, a model or a standard, not a figure: "năm 2024", "quý III/2023",
# "giai đoạn 2021-2025", "9 tháng", "mạng 5G", "thương mại điện tử B2C", "chuẩn ISO 27001", "MARC 21", an age
_TIME_NUMBER = re.compile(
    r"(?:năm\s+|/)\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|\b\d{1,2}\s+tháng\b|\b\d{4}\b|\b[2-6]G\b"
    r"|\b[^\W\d_]+\d+[^\W\d_]*\b"
    r"|(?-i:\b[A-Z]{2,}\s+\d+(?![\d,.]\d|\s*(?:%|/)))"
    # whom a share counts by age or level: "người từ 15 tuổi trở lên", "hệ thống cấp độ 3 trở lên"
    r"|\b(?:từ|dưới|trên)\s+\d{1,3}\s+tuổi\b|\b\d{1,3}\s+tuổi\s+trở\s+(?:lên|xuống)\b"
    # … or names them by it: "lớp mẫu giáo 3 tuổi", "trẻ 5-6 tuổi"
    r"|\b(?:mẫu giáo|trẻ em|trẻ|nhóm trẻ)\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+tuổi\b"
    r"|\bcấp\s+(?:độ\s+)?\d\b(?:\s+trở\s+lên)?"
    # a phase of a project: "Tổng mức đầu tư giai đoạn 1 là 186 tỷ đồng"
    r"|\bgiai đoạn\s+[1-9]\b(?![\d,.]\d)",
    re.IGNORECASE,
)


# "Chi phí đi lại mà người dân tiết kiệm được …": who saves it is a relative clause, not the measure
_RELATIVE_MA = re.compile(r"(?<=\w)\s+mà\s+(?!còn\b).*$", re.IGNORECASE)


# "tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính": the denominator is not the measure
_DENOMINATOR = re.compile(r"\s+(?:trên|so với|trong)\s+tổng\s+(?:số\s+)?\S.*$", re.IGNORECASE)


_ABOUT = re.compile(r"\b(?:xếp|đứng|dẫn đầu|nhất|top|nhóm)\b.*?\bvề\s+(?P<what>.+)$", re.IGNORECASE)


_HIGHEST_IN = re.compile(r"\bnhất\s+(?:ở|tại)\s+(?P<what>.+)$", re.IGNORECASE)


_PLACE_IS = re.compile(r"^(?P<place>[^\W\d_][^,;:()]{1,40}?)\s+là\s+(?P<rest>.+)$")


MAX_WORDS = 18
_MAX_INDEX_WORDS = 30
_ACRONYM_END = re.compile(r"\([A-ZĐ][A-Za-zĐ0-9 -]{1,15}\)$")


_INDEX_NAME_START = re.compile(r"(?:bộ\s+)?chỉ số\s", re.IGNORECASE)


def _is_index_name(label: str) -> bool:
    """ "Chỉ số … (PAPI)", "Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính,
    dịch vụ công": an index named up to its acronym, or from its head with no verb of a clause in it."""
    if _ACRONYM_END.search(label):
        return True
    head = _INDEX_NAME_START.match(label)
    # an index with an acronym ends at it: "… (DSAT) và các chỉ số khác" goes on past its name
    return bool(head) and "(" not in label and not cue_pattern("stated_value_verbs").search(label, head.end())


def _without_owner(label: str, owners: list[str]) -> str:
    """ "tỷ lệ hồ sơ trực tuyến của Hà Nội" → "tỷ lệ hồ sơ trực tuyến"; "… của ngành công nghệ" stays;
    "quy mô kinh tế số Thái Lan" → "quy mô kinh tế số" (a listed name needs no "của")."""
    owner = list(_words_pattern("owner_words", at="any").finditer(label))
    if owner and is_place(label[owner[-1].end() :].strip(" ,.;")):
        owners.append(label[owner[-1].end() :].strip(" ,.;"))
        return label[: owner[-1].start()]
    named = _NAMED_OWNER.search(label)
    if named and named.start() > 0 and not is_place(named.group("name")) and not label.endswith(")"):
        # "mức độ chuyển đổi số của Kho bạc Nhà nước": an agency named by its capital is whom it is for, not
        # what is measured (whom a figure is for is the place's own reading, ``places``); an index whose
        # acronym closes the label names it whole: "Chỉ số hệ thống lõi của Chính phủ (CGSI)"
        return label[: named.start()]
    group = _group_owner().search(label)
    if (
        group
        and group.start() > 0
        and not is_place(group.group("group").strip(" ,.;"))
        and not label.endswith(")")
    ):
        return label[: group.start()]  # "… của các doanh nghiệp trên địa bàn": a sum over a group, no place
    trailing = _known_name_at_end().search(label)
    if trailing and trailing.start() > 0 and label[: trailing.start()].split()[-1][:1].islower():
        owners.append(trailing.group("name"))
        return label[: trailing.start()]
    for start, end, name in province_mentions(label):
        before = label[:start].split()
        if (
            before
            and before[-1][:1].islower()
            and before[-1].casefold() not in _folded("place_heads")
            and re.match(r"\s+(?:đối\s+)?với\s", label[end:], re.IGNORECASE)
        ):
            # "Mức độ hài lòng của người dân Quảng Ninh với dịch vụ hành chính công": whose satisfaction, then
            # with what; the province is the owner, the measure ends before it
            owners.append(name)
            return label[:start]
    return label


# "… của Kho bạc Nhà nước", "… của Ngân hàng Nhà nước": "của", then a name opened by a capital, to the end
_NAMED_OWNER = re.compile(r"\s+của\s+(?P<name>[A-ZĐ]\w*(?:\s+\S+){1,5})$")


@cache
def _group_owner() -> re.Pattern[str]:
    """ "của các doanh nghiệp …", "của những công ty …", "tại các bệnh viện tuyến tỉnh": the group a sum or a
    share runs over, from "của" (or "tại", "ở") to the end."""
    determiners = phrase_alternation(_cue_list("place_determiners"))
    return re.compile(rf"\s+(?:của|tại|ở)\s+(?P<group>(?:{determiners})\s.*)$", re.IGNORECASE)


@cache
def _numbered_name() -> re.Pattern[str]:
    names = phrase_alternation(_cue_list("numbered_names"))
    return re.compile(
        rf"(?<!\w)(?:{names})\s+(?:số\s+)?\d+(?:/\d+)?(?:/[A-ZĐ][\w-]*)?(?![\d,.]\d)", re.IGNORECASE
    )


@cache
def _pronoun_owner() -> re.Pattern[str]:
    pronouns = phrase_alternation(_cue_list("pronoun_owners"))
    compounds = phrase_alternation(_cue_list("pronoun_compounds"))
    return re.compile(rf"\s+của\s+(?!(?:{compounds})(?!\w))(?:{pronouns})(?!\w)", re.IGNORECASE)


def drop_pronoun_owner(phrase: str) -> str:
    """A measure without the person a quote gives it to.

    >>> drop_pronoun_owner("doanh thu của chị từ bán hàng trực tuyến")
    'doanh thu từ bán hàng trực tuyến'
    >>> drop_pronoun_owner("thu nhập của bà con")
    'thu nhập của bà con'
    """
    return _pronoun_owner().sub("", phrase)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _without_times(clause: str) -> str:
    """``clause`` with its times, models, numbered names and quantified kinds ("đầy đủ 8 loại vắc xin")
    blanked out, each character kept in place."""
    quantified = _quantified_kind().sub(
        lambda found: found.group("by") + " " * len(found.group("n")), _TIME_NUMBER.sub(_blank, clause)
    )
    return _numbered_name().sub(_blank, quantified)


@cache
def _quantified_kind() -> re.Pattern[str]:
    """ "đầy đủ 8 loại …", "ít nhất 2 dịch vụ": a small number after a quantifier says which ones."""
    quantifiers = alternation("label_quantifiers")
    return re.compile(rf"(?P<by>(?<!\w)(?:{quantifiers})\s+)(?P<n>\d{{1,2}})(?=\s+[^\W\d_])", re.IGNORECASE)


def holds_number(clause: str) -> bool:
    """Whether a clause holds a figure of its own ("năm 2024", "9 tháng" or "Đề án 06" does not count)."""
    return re.search(r"\d", _without_times(clause)) is not None


def _without_acting_place(label: str, owners: list[str]) -> str:
    """ "Tỉnh nâng tỷ lệ văn bản ký số" → "nâng tỷ lệ văn bản ký số" ("Tỉnh" to ``owners``): a place that
    opens a label and then a word that opens no measure ("nâng", "đưa") is who acted."""
    words = label.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        rest = " ".join(words[size:])
        if _words_pattern("leading", at="start").match(rest) and is_place(" ".join(words[:size])):
            compound = _words_pattern("run_compounds", at="start").match(rest)
            if compound is None:
                owners.append(" ".join(words[:size]))
                return rest
    return label


@cache
def _said_of_it() -> re.Pattern[str]:
    """ "Tỷ lệ cài đặt VssID | có sự chênh lệch giữa các địa phương: …": what is said of a measure."""
    said = phrase_alternation(_cue_list("said_of_measure"))
    return re.compile(rf"(?<=\w)\s+(?:{said})(?!\w).*$", re.IGNORECASE)


@cache
def _with_head() -> re.Pattern[str]:
    """ "với" right before a measure's head, near the label's end: what comes after it is the measure."""
    heads = phrase_alternation(_cue_list("topic_heads"))
    return re.compile(rf"(?<!\w)với\s+(?=(?:{heads})(?!\w)(?:\s+\S+){{0,8}}\s*$)", re.IGNORECASE)


@cache
def _pointed_owner() -> re.Pattern[str]:
    """ "Tỷ lệ hoàn đơn | của kênh này", "… | tại bệnh viện này": an owner or a place pointed back at names no
    one new."""
    return re.compile(
        rf"\s+(?:của|tại|ở)\s+(?:\S+\s+){{0,3}}(?:{alternation('anaphora')})\s*$", re.IGNORECASE
    )


# "Chỉ số Đổi mới sáng tạo toàn cầu (GII) 2024 của Tổ chức Sở hữu trí tuệ thế giới": after an index's acronym,
# its edition's year and publisher are no part of its name
_AFTER_ACRONYM = re.compile(
    r"(?P<name>\((?-i:[A-ZĐ])[\w&.-]{1,15}(?:\s+Index)?\))\s+(?:năm\s+)?\d{4}(?:\s+(?:của|do)\s.*)?$",
    re.IGNORECASE,
)
# "Tỷ lệ học bạ được ký số hoàn chỉnh trước ngày 31/5 ở cấp tiểu học": a day inside a measure says by when,
# not what is measured
_DAY_INSIDE = re.compile(
    r"\s+(?:trước|sau|đến|tính đến|từ)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?(?=\s|$)", re.IGNORECASE
)


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
    named_with = _with_head().search(label)
    if named_with:
        label = label[
            named_with.end() :
        ]  # "… đầu tư giai đoạn 2 của IOC với | tổng mức đầu tư": the quantity
    label = drop_present_adverb(label)
    framed = split_have_frame(label)
    if framed:
        label = framed[0]
        owners.extend(framed[1][:1] if len(framed[1]) == 1 else [])
    named = _PLACE_IS.match(label)
    if named and is_place(named.group("place")):
        # "Bình Phước là địa phương cải thiện mạnh nhất khi …": the place is whom; what it is, the rest
        owners.append(named.group("place"))
        label = re.split(r"\s+khi(?:\s|$)", named.group("rest"))[0]  # "khi" tells what happened, not what
    if _DENOMINATOR.search(label):
        # "… trên tổng số thuê bao di động của Nghệ An": the owner first, then the denominator before it
        label = _without_owner(_strip_ends(label), owners).strip()
    label = _DENOMINATOR.sub("", label)
    label = _DAY_INSIDE.sub("", label)
    label = _AFTER_ACRONYM.sub(r"\g<name>", label)
    label = _RELATIVE_MA.sub("", label)
    label = _said_of_it().sub("", label)
    for _ in range(12):
        stripped = _without_owner(_strip_ends(label), owners).strip()
        stripped = _FILLER_START.sub("", stripped).strip()
        stripped = _without_acting_place(stripped, owners)
        stripped = _pointed_owner().sub("", stripped)
        leading = _words_pattern("leading", at="start").match(stripped)
        compound = _words_pattern("run_compounds", at="start").match(stripped)
        if leading and not (compound and compound.end() > leading.end()):
            # "nâng tỷ lệ …" loses its "nâng"; "nâng cấp trung tâm dữ liệu" keeps its compound
            stripped = stripped[leading.end() :].strip()
        stripped = stripped.strip(' ,.;:"“”-–•')
        if stripped.casefold() in _folded("whole_left"):
            stripped = ""  # "toàn tỉnh Gia Lai" once its place went to ``owners``: nothing measured is left
        if stripped == label:
            break
        label = stripped
    about = _ABOUT.search(label)
    if about:  # "Đà Nẵng xếp thứ nhất cả nước về chỉ số …"
        label = strip_measure(about.group("what"), owners=owners)
    highest = _HIGHEST_IN.search(label)
    if highest and not is_place(highest.group("what").strip(" ,.;")):
        # "Việt Nam đạt cao nhất ở chỉ số hệ thống lõi …": where the best value is, when that is no place
        label = strip_measure(highest.group("what"), owners=owners)
    label = _INDEX_WRAPPER.sub("", _balanced(label))
    label = _changed_quantity().sub("", label)  # "giảm | thời gian chờ khám từ 90 phút": what is cut
    words = label.split()
    if len(words) <= MAX_WORDS or (len(words) <= _MAX_INDEX_WORDS and _is_index_name(label)):
        return label  # an index named whole is one name, however long
    return " ".join(words[:MAX_WORDS]) + "…"  # the head comes first: "Tỷ lệ …", "Mức độ hài lòng …"


@cache
def _changed_quantity() -> re.Pattern[str]:
    """A verb of change (``change_verbs``) opening a label before a quantity's head: "giảm thời gian …"."""
    verbs = phrase_alternation(_cue_list("change_verbs"))
    heads = phrase_alternation(_cue_list("topic_heads"))
    return re.compile(rf"^(?:{verbs})\s+(?=(?:{heads})(?!\w))", re.IGNORECASE)


# "bảng xếp hạng Chỉ số cải cách hành chính", "Điểm trung bình Bộ chỉ số phục vụ …": the table or the score
# an index is read in is no part of its name
_INDEX_WRAPPER = re.compile(
    r"^(?:(?:trên|trong)\s+)?(?:bảng xếp hạng|điểm(?:\s+(?:trung bình|bình quân|số))?)\s+"
    r"(?=(?:bộ\s+)?chỉ số\s)",
    re.IGNORECASE,
)


# "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia": where it is measured is not what
# (a channel in capitals is how, not where: "giao dịch thanh toán qua QR code")
_WHERE_NAMED = re.compile(r"\s+(?:(?:trên|tại|đối với)\s+(?=[A-ZĐ])|qua\s+(?=[A-ZĐ][^\W\d_A-ZĐ]))[^,;()]*$")


# "Chỉ số Thành phố thông minh năm 2024 do IMD [công bố]": who made an index is not what it measures
_MADE_BY = re.compile(r"(?:\s+năm\s+\d{4})?\s+do\s+(?:[A-ZĐ]\S*)(?:\s+\S+){0,14}$")


# "Mỗi hộ … thu thêm bình quân 18 triệu đồng": a label about each one, ending in its verb and "on average"
_PER_HEAD_AVERAGE = re.compile(r"^mỗi\s.*\s(?:thêm\s+)?(?:trung bình|bình quân)$", re.IGNORECASE)


def _strip_ends(label: str) -> str:
    """ "… năm 2024 ước đạt" → "…": the verbs, times and fillers a label ends with."""
    label = _WHERE_NAMED.sub("", label) if len(label.split()) > 3 else label
    label = _MADE_BY.sub("", label)
    label = drop_named_examples(label)
    average = _words_pattern("average_tails", at="end").search(label)
    if average and _strip_ends(label[: average.start()]).casefold() not in {"", *_folded("bare_heads")}:
        label = label[: average.start()]  # "Tỷ lệ số hóa hồ sơ bình quân cả nước": the average is no part
    # "… của Việt Nam năm [2023]": the word left of a year; "5 tháng đầu năm", "trong năm" keep theirs
    dangling = re.search(r"(\S+)\s+năm$", label)
    if dangling and dangling.group(1).casefold() not in _folded("time_before_year"):
        label = label[: dangling.start(0) + len(dangling.group(1))]
    for _ in range(12):
        if _known_name_at_end().search(label) or _NAME_AT_END.search(label):
            break  # "Cao Bằng", "Yên Bái": a name is not a filler ("bằng", "cao")
        if _PER_HEAD_AVERAGE.search(label):
            break  # "Mỗi người dân mua sắm trực tuyến chi trung bình": what each spends on average
        stripped = _FILLER_END.sub("", label).strip()
        if not _words_pattern("trailing_compounds", at="end").search(stripped):
            # "tỷ lệ bao phủ": a noun, not "bao" and a verb of coverage
            stripped = _words_pattern("trailing", at="end").sub("", stripped).strip()
        if stripped == label or stripped.casefold() in _folded("bare_heads"):
            break
        label = stripped
    return label


# two capitalised words end a name, not a filler: "nút giao Lạch Tray – Văn Cao" keeps its "Cao"
_NAME_AT_END = re.compile(r"(?<!\w)[A-ZĐ][^\W\d_]*\s+[A-ZĐ][^\W\d_]*$")


def _after_source(label: str) -> str:
    """ "báo cáo e-Conomy SEA của Google xác định quy mô kinh tế số" → "quy mô kinh tế số"."""
    heads = phrase_alternation(_cue_list("source_heads"))
    verbs = phrase_alternation(_cue_list("source_verbs"))
    said = re.match(rf"^(?:theo\s+)?(?:{heads})(?!\w).*?\s(?:{verbs})\s+(?=\S)", label, re.IGNORECASE)
    named = re.match(rf"^(?:(?:[A-ZĐ][\w&.-]*|và|&)\s+)+(?:{verbs})\s+(?=\S)", label)
    said = said or named
    return label[said.end() :] if said else label


@cache
def _list_head() -> re.Pattern[str]:
    heads = phrase_alternation(_cue_list("list_heads"))
    links = phrase_alternation(_cue_list("list_head_links"))
    return re.compile(rf"(?:^|\s)(?:{heads})(?:\s+\w+){{0,2}}?\s+(?:{links})\s+(?P<place>.+)$", re.IGNORECASE)


def _split_list_head(clause: str) -> tuple[str, str] | None:
    """ "Tỷ lệ … cao nhất là Long An" → ("Tỷ lệ …", "Long An"): a list's head names the measure before it and
    a place after it."""
    led = _LED_INDEX.search(clause)
    linked = _index_link().search(clause, led.end()) if led else None
    if led and linked and is_place(strip_measure(clause[linked.end() :])):
        # "dẫn đầu Bộ chỉ số cải cách hành chính cấp sở là Sở Tư pháp": the index the list is led in
        return clause[led.end() : linked.start()], strip_measure(clause[linked.end() :])
    head = _list_head().search(clause)
    if not head:
        return None
    place = strip_measure(head.group("place"))
    return (clause[: head.start()], place) if place and is_place(place) else None


@cache
def _index_link() -> re.Pattern[str]:
    """ "là", "thuộc về" between an index a list is led in and the place that leads it."""
    return re.compile(rf"\s+(?:{phrase_alternation(_cue_list('list_head_links'))})\s+", re.IGNORECASE)


@cache
def _present_adverb() -> re.Pattern[str]:
    """ "hiện" (now) inside a phrase, before a verb: "người trưởng thành hiện có tài khoản"."""
    adverbs = phrase_alternation(_cue_list("present_adverbs"))
    verbs = phrase_alternation(_cue_list("have_verbs") + _cue_list("agent_verbs"))
    return re.compile(rf"(?<=\w)\s+(?:{adverbs})(?=\s+(?:{verbs})(?!\w))", re.IGNORECASE)


def drop_present_adverb(phrase: str) -> str:
    """``phrase`` without "hiện" (now) before its verb: when is not what is measured.

    >>> drop_present_adverb("người trưởng thành hiện có tài khoản ngân hàng")
    'người trưởng thành có tài khoản ngân hàng'
    """
    return _present_adverb().sub("", phrase)


def drop_aspect_words(measure: str) -> str:
    """A finished measure without "đã", "đang" inside it: when is not what is measured.

    >>> drop_aspect_words("hộ gia đình đã dùng cáp quang")
    'hộ gia đình dùng cáp quang'
    """
    return _inner_aspect().sub("", measure)


_DEFINED_ACRONYM = re.compile(r"\((?P<acronym>(?-i:[A-ZĐ]{2,8}))\)")


def spell_out_acronyms(sentences: Sequence[Sentence]) -> Callable[[str], str]:
    """A reader that writes out in a measure the acronyms its article defines, by the words whose initials
    they are: "Kho bạc Nhà nước (KBNN)" makes "số thu qua hệ thống KBNN" read "… Kho bạc Nhà nước". An
    index keeps its own ("Chỉ số chuyển đổi số cấp tỉnh (DTI)": no initials of its words make DTI).

    >>> spell = spell_out_acronyms([Sentence("d", 0, "Kho bạc Nhà nước (KBNN) thu 1,8 triệu tỷ đồng.")])
    >>> spell("số thu qua hệ thống KBNN")
    'số thu qua hệ thống Kho bạc Nhà nước'
    """
    names: dict[str, str] = {}
    for sentence in sentences:
        for defined in _DEFINED_ACRONYM.finditer(sentence.text):
            acronym = defined.group("acronym")
            words = sentence.text[: defined.start()].split()[-len(acronym) :]
            initials = "".join(word[:1] for word in words).casefold()
            if len(words) == len(acronym) and initials == acronym.casefold() and words[0][:1].isupper():
                names.setdefault(acronym, " ".join(words))

    def spell(measure: str) -> str:
        for acronym, name in names.items():
            if f"({acronym})" not in measure:
                measure = re.sub(rf"(?<!\w){re.escape(acronym)}(?!\w)", name, measure)
        return measure

    return spell


def tidy_measure(measure: str) -> str:
    """A finished measure without "here" ("tại đây", or "trên địa bàn" naming no place), which says no more
    of the quantity than its place.

    >>> tidy_measure("doanh nghiệp khai thác cảng tại đây áp dụng lệnh giao hàng điện tử")
    'doanh nghiệp khai thác cảng áp dụng lệnh giao hàng điện tử'
    >>> tidy_measure("người trưởng thành trên địa bàn hoàn thành khóa kỹ năng số")
    'người trưởng thành hoàn thành khóa kỹ năng số'

    A time it ends on says when, which the figure's year does: "diện tích bị ảnh hưởng trong mùa khô này". A
    word left hanging where a cut fell says nothing ("Tổng kinh phí dự kiến cho" → "Tổng kinh phí dự kiến",
    ``dangling_ends``); what a speaker found ("chúng tôi phát hiện", ``speakers``) names no quantity at all:

    >>> tidy_measure("Doanh thu từ du lịch trong"), tidy_measure("chúng tôi phát hiện")
    ('Doanh thu từ du lịch', '')
    """
    tidy = " ".join(_WHEN_AT_END.sub("", _HERE.sub("", measure)).split())
    if _words_pattern("speakers", at="start").match(tidy):
        return ""
    while (hanging := _words_pattern("dangling_ends", at="end").search(tidy)) and hanging.start() > 0:
        tidy = tidy[: hanging.start()].rstrip(" ,")
    return tidy


_WHEN_AT_END = re.compile(
    r"\s+trong\s+(?:(?:mùa\s+\w+|năm|quý|tháng|kỳ|đợt)(?:\s+(?:này|nay|qua|vừa qua|đó))?|năm)\s*$",
    re.IGNORECASE,
)
_HERE = re.compile(r"\s+(?:(?:tại|ở)\s+đây|trên\s+địa\s+bàn)(?!\w)(?=\s+(?-i:[a-zđà-ỹ])|\s*$)", re.IGNORECASE)


@cache
def _inner_aspect() -> re.Pattern[str]:
    """ "đã", "đang" between two words of a phrase, before a verb in lower case ("đã dùng", "đang được")."""
    words = phrase_alternation(_cue_list("measure_aspect_words"))
    return re.compile(rf"(?<=\w)\s+(?:{words})(?=\s+[^\W\d_])(?=\s+(?-i:[^\W\d_A-ZÀ-ÝĐ]))", re.IGNORECASE)


@cache
def _have_frame() -> re.Pattern[str]:
    verbs = phrase_alternation(_cue_list("have_verbs"))
    holders = phrase_alternation(_cue_list("holder_verbs"))
    changes = phrase_alternation(_cue_list("change_verbs"))
    return re.compile(
        rf"^(?P<owner>.+?)\s+(?:(?:{verbs})|(?P<holder>{holders})|(?P<change>{changes}))\s+(?P<what>.+)$",
        re.IGNORECASE,
    )


@cache
def _apposed_kind() -> re.Pattern[str]:
    """ "Huyện Hải Hậu và huyện Giao Thủy | là hai địa phương": what the owners are, after their names."""
    kinds = phrase_alternation(_cue_list("apposed_kinds"))
    return re.compile(
        rf"\s+là\s+(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những|\d+)\s+)?(?:{kinds})$", re.IGNORECASE
    )


@cache
def _superlative() -> re.Pattern[str]:
    alternatives = phrase_alternation(cue for cue in _cue_list("list_heads") if cue.endswith("nhất"))
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
    owner, what = _apposed_kind().sub("", have.group("owner")), have.group("what")
    superlative = _superlative().search(what)
    measure = strip_measure(what[: superlative.start()] if superlative else what)
    if not measure or is_place(measure) or holds_number(measure):
        return None
    determiners = _words_pattern("place_determiners", at="start")
    names = [
        determiners.sub("", _FILLER_START.sub("", name)).strip(" ,")  # "Các địa phương có điểm số cao nhất"
        for name in re.split(r",\s*|\s+và\s+", _HOW_MANY.sub("", owner))
    ]
    owners = names if all(name and is_place(name) for name in names) else []
    heads = _words_pattern("topic_heads", at="start")
    counted = re.match(r"(?:số|tổng số)\s+\S", measure, re.IGNORECASE)  # "dẫn đầu về số thuế nộp điện tử"
    if have.group("change"):
        # "Hệ thống đèn tín hiệu đã rút ngắn thời gian chờ", "Tỉnh tăng số xã có cáp quang": who changed it
        # acted; a place or body is whom for
        return (measure, owners) if heads.match(what.strip()) or counted else None
    if have.group("holder") and not (heads.match(measure) or counted):
        return None  # "Hà Nội đạt mức cao nhất": only a measure's head follows a holder verb
    if have.group("holder") and not owners and names and all(_is_proper_name(name) for name in names):
        return measure, names  # "Cảng SSIT và Cảng CMIT đạt tỷ lệ giao dịch số": named bodies hold it
    if have.group("holder") and not owners:
        # "Kinh tế số duy trì tốc độ tăng trưởng", "Thị trường … đạt doanh thu": the quantity of what holds it
        whose = strip_measure(owner)
        if (
            not whose
            # "Trong bốn chỉ số, Việt Nam đạt …": not one noun
            or whose != _FILLER_START.sub("", owner).strip()
            or not heads.match(what.strip())  # "… đạt cao nhất ở chỉ số …": a list's head between
            or holds_number(whose)
            or len(whose.split()) > MAX_WORDS // 2
        ):
            return None
        whose = whose[:1].lower() + whose[1:] if whose[1:2].islower() else whose  # "Kinh tế số" opened it
        return f"{measure} {whose}", []
    if owners and (superlative or heads.match(measure) or (have.group("holder") and counted)):
        return measure, owners
    if not owners and heads.match(measure) and not heads.match(owner.strip()):
        return measure, []
    return None


def _is_proper_name(name: str) -> bool:
    """ "Cảng SSIT", "Tập đoàn Viettel": a capitalised head and name, not "Thị trường dịch vụ"."""
    words = name.split()
    return 2 <= len(words) <= 6 and all(word[:1].isupper() or word[:1].isdigit() for word in words[:2])


_LED_INDEX = re.compile(r"(?:^|\s)(?:dẫn đầu|đứng đầu)\s+(?:về\s+)?(?=(?:bộ\s+)?chỉ số\s)", re.IGNORECASE)


def _before_list_head(clause: str) -> str:
    """ "Đối với tỷ lệ văn bản có ký số, thấp nhất là": the topic before a list's head ("cao nhất là 81,2%
    (Bắc Ninh), thấp nhất là …" has none: the list is about the topic named further back)."""
    led = _LED_INDEX.match(clause)  # at the clause's start only
    if led:
        return clause[led.end() :]  # "Dẫn đầu | Chỉ số cải cách hành chính cấp huyện là …": the index led in
    label = strip_measure(clause)
    if not _superlative().search(f" {label}") or not is_list_frame(label):
        return clause
    before = _superlative().sub("", f" {clause}").strip()
    return before if strip_measure(before) else clause


def _after_frame(label: str) -> str:
    nouns = [(noun.start(), noun.end()) for noun in _words_pattern("frame_nouns", at="any").finditer(label)]
    frames = [
        frame
        for frame in _words_pattern("frames", at="any").finditer(label)
        # "Tỷ lệ hồ sơ đề nghị cấp giấy phép …": a noun ("hồ sơ đề nghị"), not someone proposing
        if not any(start <= frame.start() and frame.end() <= end for start, end in nouns)
    ]
    if not frames:
        return label
    last = frames[-1]
    after = label[last.end() :]
    before = label[: last.start()]
    reached = _REACHED.search(before)
    if reached and _words_pattern("topic_heads", at="start").match(before.strip()):
        # "Tỷ lệ hồ sơ trực tuyến toàn trình đã vượt chỉ tiêu tỉnh giao (mục tiêu 65%)": the quantity that
        # reached its goal, not who set it
        return before[: reached.start()]
    if strip_measure(after):
        return after
    # "tăng trưởng GDP được đặt mục tiêu từ 8%": a passive frame follows its measure; "Số đơn đăng ký sáng chế
    # phấn đấu tăng 16%/năm": so does a frame after a measure's head; "Bộ đặt chỉ tiêu" names only who set it
    if re.search(r"(?<!\w)được(?:\s+\w+)?\s*$", before, re.IGNORECASE):
        return before
    counted = re.match(r"(?:tổng số|số lượng|số)\s+\S", before.strip(), re.IGNORECASE)
    return before if counted or _words_pattern("topic_heads", at="start").match(before.strip()) else ""


_REACHED = re.compile(r"\s+(?:đã\s+)?(?:vượt|hoàn thành|đạt)\s*$", re.IGNORECASE)


def _balanced(label: str) -> str:
    label = label.strip(' ,.;:"“”')
    while label.endswith(")") and label.count(")") > label.count("("):
        label = label[:-1].rstrip()
    while label.startswith("(") and label.count("(") > label.count(")"):
        label = label[1:].lstrip()
    if label.count("(") > label.count(")"):
        label = label[: label.rfind("(")].rstrip()
    return label.strip(' ,.;:"“”')


_HOW_MANY = re.compile(
    r"^\s*(?:hai|ba|bốn|năm|các|\d+)\s+(?:tỉnh|thành phố|địa phương|bộ|nước|quốc gia)\s+", re.IGNORECASE
)
