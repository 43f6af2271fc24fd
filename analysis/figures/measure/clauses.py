"""The measure read backwards from a number through the clauses before it, and the index or field a
sentence names around it ("Tỷ lệ hồ sơ trực tuyến của Hà Nội đạt 87,5%, của Huế đạt 84,1%").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.figures.cues import rank_scopes, time_units
from analysis.figures.measure.counted import _counted_run
from analysis.figures.measure.cuts import clause_cuts, clauses_before
from analysis.figures.measure.index import ABOUT_END, INDEX_HEAD, index_after, index_before
from analysis.figures.measure.label import (
    _ABOUT,
    _HOW_MANY,
    MAX_WORDS,
    _before_list_head,
    _split_list_head,
    _without_times,
    holds_number,
    split_have_frame,
    strip_measure,
)
from analysis.figures.measure.places import is_place, named_place, whole_name
from analysis.figures.measure.words import (
    _FILLER_START,
    _cue_list,
    _folded,
    _words_pattern,
    said_of_it_at_end,
)
from analysis.numbers import NUMBER_WORDS
from analysis.text import phrase_alternation

# "tăng trưởng" (growth) is a noun, not "tăng" (rose)
_SUBJECT_VERB = re.compile(
    r"\s(?:đạt|ước|chiếm|là|tăng(?! trưởng)|giảm|xếp|đứng|lên|có|ở mức|từ)\s", re.IGNORECASE
)


_NUMBER = re.compile(r"\d[\d.,]*")
_SCALE = re.compile(r"^(?:triệu|nghìn|ngàn|tỷ|vạn|trăm)(?:\s+|$)", re.IGNORECASE)


# "… 7,6 triệu giao dịch với tổng số tiền hơn 6.500 tỷ đồng": a label after the last number names the next
_NEXT_LABEL = re.compile(r"\b(?:với|là)\s+(?P<label>[^\d]+)$", re.IGNORECASE)
_NOT_COUNTED = re.compile(r"^(?:%|đồng|usd|vnđ|lần|điểm|bậc|tuổi|năm|tháng|ngày)\b", re.IGNORECASE)


def _counted_after_number(clause: str) -> str:
    """What ``clause``'s last number counts: "… tiếp nhận 2,8 triệu hồ sơ trực tuyến"."""
    numbers = _figure_numbers(clause)
    if not numbers:
        return ""
    rest = _SCALE.sub("", clause[numbers[-1].end() :].strip())
    if re.match(r"%?\s*về\s", rest, re.IGNORECASE):
        return ""  # "tăng 12% về lượng | và 19% về giá trị": what the earlier share is of, not the next's
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
    text = _without_aside(text, position)
    measure, place = _measure_before(text, position)
    named = index_before(text, position)
    whole = named.casefold()
    # "Trong các chỉ số thành phần, | chỉ số thể chế số …" names an index of its own
    tail = whole.endswith(f", {measure.casefold()}") and not INDEX_HEAD.match(measure)
    if measure and (whole.startswith(measure.casefold()) or tail):
        # "Chỉ số Hiệu quả quản trị | và hành chính công …", "Chỉ số phục vụ người dân, | doanh nghiệp …": the
        # index named whole
        measure = named
    if not measure or is_place(measure):
        # "Hàn Quốc đứng thứ 2, Nhật Bản 14 … trong Chỉ số An toàn, an ninh mạng toàn cầu (GCI)", "UNDP công
        # bố Chỉ số … (PAPI) năm 2023, trong đó Quảng Ninh đạt 45,21 điểm"
        measure = index_after(text, position) or index_before(text, position) or measure
    if not place:
        place = _leader_with(text, position) or place
    in_turn = _framed_place_in_turn(text, position)
    if in_turn:
        place_words = {word.casefold() for word in in_turn.split()}
        if measure and place_words <= {word.casefold() for word in measure.split()}:
            measure = ""  # the frame's names read as the measure: what the figure measures is named elsewhere
        return measure, in_turn
    return measure, place


# "Cao nhất là huyện Sa Thầy với tỷ lệ | 93%", "Phường Quyết Thắng dẫn đầu với tỷ lệ | 81%": who leads, then
# the quantity after "với"
_LEADER_WITH = re.compile(
    r"(?P<name>[^,;:.()\d]+?)\s+(?:(?:dẫn đầu|đứng đầu|đi đầu)\s+)?với\s+[^,;:.()\d]*$", re.IGNORECASE
)


# "Quận Ninh Kiều có nhiều điểm nhất (7.984 điểm)": who has the most, then its value in brackets
_HAS_THE_MOST = re.compile(
    r"(?P<name>[^,;:.()\d]+?)\s+có\s+(?:nhiều|ít)\s+[^,;:.()\d]{1,60}?\s+nhất(?:\s+[^,;:.()\d]{1,20}?)?\s*\($",
    re.IGNORECASE,
)


def _leader_with(text: str, position: int) -> str | None:
    """The place a value after "với" is for, named before it in its clause: "Cao nhất là huyện Sa Thầy với tỷ
    lệ 93%" is Sa Thầy's (None when the words before "với" are no place); so is a value in brackets after who
    has the most: "Quận Ninh Kiều có nhiều điểm nhất (7.984 điểm)"."""
    most = _HAS_THE_MOST.search(re.split(r"[,;:.]\s", text[:position])[-1])
    if most and is_place(most.group("name").strip()):
        return most.group("name").strip()
    clause = re.split(r"[,;:.()]\s", text[:position])[-1].strip()
    listed = re.search(r"(?<!\w)là\s+", clause)
    for start in ([listed.end()] if listed else []) + [0]:
        leader = _LEADER_WITH.match(clause, start)
        name = leader.group("name").strip() if leader else ""
        if name and is_place(name):
            return name
    return None


# "Ở các huyện Mù Cang Chải, Trạm Tấu, | tỷ lệ này mới đạt 41% và 36%": places that open a clause
_PLACES_FRAME = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=,\s))\s*(?:Ở|Tại|ở|tại)\s+(?P<names>[^;:.()\d]+)\s*,\s+(?=[^\W\d_])"
)
_GROUP_FIRST = re.compile(
    rf"^(?:các|những|\d+|{'|'.join(NUMBER_WORDS)})\s+(?P<group>(?:[^\W\d_A-ZĐ][^\W\d_]*\s+){{1,3}}?)(?:là\s+)?(?=[A-ZĐ])"
)


def _framed_place_in_turn(text: str, position: int) -> str:
    """The place of the figure at ``position`` when places open its clause and as many values follow in
    turn, without "lần lượt": "Ở các huyện Mù Cang Chải, Trạm Tấu, tỷ lệ này mới đạt 41% và 36%" (41% is Mù
    Cang Chải's); "" when no such frame opens the clause."""
    frames = [frame for frame in _PLACES_FRAME.finditer(text, 0, position) if frame.end() <= position]
    if not frames or re.search(r"[.;:]\s", text[frames[-1].end() : position]):
        return ""
    frame = frames[-1]
    names = [name.strip() for name in re.split(r",\s*|\s+và\s+", frame.group("names")) if name.strip()]
    wanted = _figures_in_turn(text, frame.end())
    order = len(_figure_numbers(text[frame.end() : position]))
    if len(names) < 2 or len(names) != wanted or order >= wanted:
        return ""
    group = _GROUP_FIRST.match(names[0])
    if group:
        # "các huyện Mù Cang Chải, Trạm Tấu", "bốn huyện vùng cao là Đồng Văn, …", "các khu công nghiệp Phố
        # Nối A, …": the group's head names each member
        prefix = _group_prefix(group.group("group"))
        names = [f"{prefix}{names[0][group.end() :]}", *(f"{prefix}{name}" for name in names[1:])]
    if not all(is_place(name) for name in names):
        return ""
    return names[order]


def _without_aside(text: str, position: int) -> str:
    """``text`` with an aside between commas right before the figure blanked out, each character kept in
    place: "Tổng vốn cho hệ thống vé điện tử, gồm thiết bị, trung tâm dữ liệu và phần mềm, là 387 tỷ đồng",
    "Thanh toán bằng mã QR, triển khai từ tháng 3/2025, đạt 27,5 triệu lượt" measure what opens them."""
    aside = _aside_before().search(text[:position])
    if aside is None:
        return text
    return text[: aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end() :]


@cache
def _aside_before() -> re.Pattern[str]:
    openers = phrase_alternation(_cue_list("aside_openers"))
    predicates = r"(?:là|đạt|ước đạt|lên tới|lên đến|chiếm|chiếm khoảng|khoảng|vào khoảng)"
    return re.compile(rf",\s*(?:{openers})\s[^;.()]*?,(?=\s*(?:{predicates}\s*)?$)", re.IGNORECASE)


def _measure_before(text: str, position: int) -> tuple[str, str | None]:
    respective = _respective(text, position)
    if respective is not None:
        subject_start, place, framed = respective
        measure = framed or measure_before(text, subject_start)[0]
        named = index_before(text, subject_start)
        if named and named.casefold() in measure.casefold():
            measure = (
                named  # "Theo Báo cáo Chỉ số … (EBI) năm 2024 của …, Hà Nội và …": the index, not its report
            )
        return measure, named_place(place or None)
    listed = _listed_after_colon(text, position) or _values_listed_after_colon(text, position)
    if listed is not None:
        return listed[0], named_place(listed[1])
    clauses = clauses_before(text, position)
    place = ""
    owners: list[str] = []
    nearest: list[str] = []  # the place named nearest the figure, once found

    def found(label: str) -> tuple[str, str | None]:
        named = nearest[0] if nearest else (owners[0] if owners else place)
        return label, named_place(named or _framed_place(clauses) or None)

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
            if subject_label.casefold() in _folded("list_heads"):
                subject_label = ""  # "cao nhất là 81,2% (Bắc Ninh), thấp nhất là …": no measure of its own
            about = _ABOUT.search(clause)
            if subject_label and is_place(subject_label) and about and strip_measure(about.group("what")):
                # "Cần Thơ đứng thứ 1 về chỉ số chuyển đổi số, An Giang đứng thứ 2"; "… Kon Tum xếp hạng 41/63
                # về chỉ số DTI, tăng 9 bậc": Kon Tum's change
                place = place or subject_label
                note_place()
                return found(strip_measure(ABOUT_END.sub("", about.group("what")), owners=owners))
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
                    topic = _topic_before_colon(text, position) if joiner.strip() == ":" else ""
                    if topic:
                        return found(topic)
                    continue
                clause = listed[0]
            elif place and not _opens_with_source(clause):
                continue  # past a bare place, only a figure's subject or a named index will do
        sourced = re.match(r"\s*theo\s", clause, re.IGNORECASE) is not None
        clause = _before_list_head(clause)
        label = strip_measure(clause, owners=[] if sourced else owners)  # "Theo số liệu của Cục …": a source
        previous = clauses[index + 1][0] if index + 1 < len(clauses) else ""
        if label and joiner.strip().casefold() == "và" and previous.strip() and not holds_number(previous):
            # coordinated nouns: "doanh thu xuất khẩu phần mềm và dịch vụ công nghệ thông tin đạt …"
            joined = strip_measure(f"{previous} và {clause}", owners=owners)
            if joined and not is_place(joined):
                label = joined
        if not label or label.casefold() in _folded("list_heads"):
            continue  # "…, cao nhất là 68,5% (Tiền Giang)": the list's head alone; its topic is further back
        if is_place(label):
            if not sourced and not _acts(clause, label):  # "Theo Bộ Công an, …", "Bộ Công an đã cấp …"
                place = place or _joined_place(previous, joiner, label)
            continue
        return found(label)
    note_place()
    return found(place)


def _framed_place(clauses: Sequence[tuple[str, str]]) -> str:
    """The place a sentence opens with, "Tại Hà Nội, tỷ lệ này là 61%", "Ở Đà Nẵng, …": where the figure is,
    when its own clause names none."""
    opening = clauses[-1][0] if len(clauses) > 1 else ""
    framed = _WHERE_FRAME.match(opening)
    name = framed.group("place") if framed else ""
    if not name and len(clauses) > 1 and clauses[-2][1].strip().casefold() in _CONTRAST_JOINERS:
        # "Huyện Vĩnh Tường tuy đứng giữa bảng | nhưng lại có số hồ sơ lớn nhất với 1.027 hồ sơ": the locality
        # the sentence opens with is whom the clause after the contrast speaks of too
        subject = _OPENING_LOCALITY.match(opening)
        name = subject.group("place") if subject else ""
    return name if name and is_place(name) else ""


_CONTRAST_JOINERS = frozenset({"nhưng", "song"})
_OPENING_LOCALITY = re.compile(
    r"\s*(?P<place>(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP|[Xx]ã|[Pp]hường|[Qq]uận|[Tt]ỉnh)"
    r"\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*)"
)


_WHERE_FRAME = re.compile(r"\s*(?:tại|ở|trên địa bàn)\s+(?P<place>[^,;:]+?)\s*$", re.IGNORECASE)


# "Name (value …), Name (value …) và Name (": the items of a list of places, up to the figure's own name
_LISTED_ITEMS = re.compile(
    r"(?:\s*(?:[^\W\d_][^(),;:]{0,40}?)\s*\([^()]*\d[^()]*\)\s*(?:,|và|;)\s*)*"
    r"\s*(?:và\s+)?(?P<name>[^\W\d_][^(),;:]{0,40}?)\s*\(\s*$"
)


@cache
def _where_counted() -> re.Pattern[str]:
    """The part of a list's head clause that says where it runs: "… được áp dụng ở 4 huyện", "… tại ba
    huyện"."""
    counts = phrase_alternation((*NUMBER_WORDS, "các", "một số"))
    where = phrase_alternation(_cue_list("list_where_words"))
    return re.compile(rf"\s+(?:{where})\s+(?:\d+|{counts})\s.*$", re.IGNORECASE)


@cache
def _list_predicate() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{phrase_alternation(_cue_list('list_predicates'))})\s.*$", re.IGNORECASE)


_LIST_OPENER = re.compile(r":|(?<!\w)là(?=\s)", re.IGNORECASE)
_HEAD_FIRST_LISTED = re.compile(r"\s*(?P<head>[^(),;]+?)\s+(?:ở|tại|là)\s+(?P<place>[^(),;]+?)\s*\(")


# "Tỷ lệ … | giữa các huyện còn chênh lệch:", "… | có sự khác biệt giữa các trường:": what is said of the
# measure whose values a ranked list gives after the colon
_UNEVEN_AMONG = re.compile(
    r"\s+(?:(?:giữa|ở|tại)\s+(?:các|những)\s+[^;:]+?\s+)?(?:còn\s+|vẫn\s+|có\s+sự\s+|khá\s+|rất\s+)?"
    r"(?:chênh lệch|khác biệt|khác nhau|không đồng đều|chưa đồng đều|phân hóa)(?:\s+[^,;:]*)?$",
    re.IGNORECASE,
)


def _topic_before_colon(text: str, position: int) -> str:
    """ "Tỷ lệ hộ dùng ví điện tử giữa các huyện còn chênh lệch: cao nhất là huyện Gò Dầu với 74%": the
    measure of a ranked list after a colon is the quantity before it, without what is said of it ("" if
    none)."""
    colon = text.rfind(":", 0, position)
    if colon < 0:
        return ""
    head = re.split(r"[.;]\s", text[:colon])[-1]
    measure = strip_measure(_UNEVEN_AMONG.sub("", head))
    return measure if measure and not is_place(measure) and not holds_number(measure) else ""


def _listed_after_colon(text: str, position: int) -> tuple[str, str] | None:
    """ "Mô hình tưới tiêu thông minh được áp dụng ở 4 huyện: Châu Thành (1.250 ha), Cái Bè (980 ha) …",
    "Dẫn đầu về số sản phẩm OCOP bán trực tuyến là TP Phú Quốc (34 sản phẩm), TP Rạch Giá (28) …": a value
    in brackets after a name, in a list after a colon or "là", measures the head clause's subject and is
    the name's; None when the figure sits in no such list."""
    openers = list(_LIST_OPENER.finditer(text, 0, position))
    if not openers or re.search(r"[.;]\s", text[openers[-1].start() : position]):
        return None
    colon = openers[-1].start()
    items = _LISTED_ITEMS.fullmatch(text, openers[-1].end(), position)
    if items is None:
        return None
    name = items.group("name").strip()
    if not (is_place(name) or all(word[:1].isupper() for word in name.split()[-2:])):
        return None
    first = re.match(
        r"\s*(?P<head>[^(),;]+?)\s+(?:ở|tại|là)\s+(?P<place>[^(),;]+?)\s*\(", text[openers[-1].end() :]
    )
    if first and is_place(first.group("place")) and first.group("head")[:1].islower():
        # "Kết quả chưa đồng đều: tỷ lệ hoàn thành cao nhất ở TP Hoa Lư (78,2%), huyện Yên Khánh (71,5%)": the
        # list names its measure after the colon, before its first place
        measure = strip_measure(_before_list_head(first.group("head")))
        if measure and not is_place(measure):
            place = first.group("place") if name.endswith(first.group("place")) else name
            return measure, place
    head = re.split(r"[.;]\s", text[:colon])[-1]
    # "Về dạy học trực tuyến …, tỷ lệ học sinh … dẫn đầu là …": the head's last clause, unless it is only
    # the end of a coordinated place ("… tại 5 huyện, thị xã:")
    for clause in (re.split(r",\s", head)[-1], head):
        subject = _where_counted().sub("", _before_list_head(clause))
        if _topic_head_start().match(subject.strip()):
            # "Tỷ lệ hộ kinh doanh đang bán hàng trên sàn đã dùng hóa đơn điện tử khá cao: …": after a
            # quantity's head, "đang" and "đã" say which ones it counts; only what is said of it goes
            subject = said_of_it_at_end().sub("", subject)
        else:
            subject = _list_predicate().sub("", subject)
        measure = strip_measure(subject)
        if " ".join(subject.casefold().split()) in _folded("list_heads"):
            # "…; tiếp đến là huyện Mộ Đức (74%)": the list goes on; its measure is further back
            return None
        if measure and not is_place(measure) and not holds_number(measure):
            return measure, name
    return None


def _values_listed_after_colon(text: str, position: int) -> tuple[str, str] | None:
    """ "Tỷ lệ hồ sơ trực tuyến đạt: khối sở, ngành 84%; cấp huyện 76%; cấp xã 68%": values after the places
    they are for, in a list after a colon; each measures the head before the colon."""
    colon = text.rfind(":", 0, position)
    if colon < 0 or re.search(r"\.\s", text[colon:position]):
        return None
    items = re.split(r"(?<=[\d%])\s*[;,]\s*", text[colon + 1 : position])  # a separator after a value
    name = items[-1].strip() if items else ""
    earlier = [item for item in items[:-1] if item.strip()]
    if not name or not is_place(name) or not all(_ENDS_IN_VALUE.search(item) for item in earlier):
        return None
    head = re.split(r"[.;]\s", text[:colon])[-1]
    measure = strip_measure(_OF_COUNTED.split(head)[0])
    if not measure or is_place(measure) or holds_number(measure):
        return None
    return measure, name


# a list item "cấp huyện 76%" ends in its value; "của 25 dịch vụ công thiết yếu" is a count inside a head
_ENDS_IN_VALUE = re.compile(r"\d(?:[\d.,]*\d)?\s*%?\s*$")
_OF_COUNTED = re.compile(r"\s+(?:của|trong|trên)\s+\d", re.IGNORECASE)


def _joined_place(previous: str, joiner: str, place: str) -> str:
    """A place whose comma split it from the words before: "các bộ, cơ quan ngang bộ đạt 64,8%" is the block
    of ministries, not "cơ quan ngang bộ" alone; the longest tail of ``previous`` that makes a block (in lower
    case) with it.

    >>> _joined_place("Theo khối, các bộ", ",", "cơ quan ngang bộ")
    'các bộ, cơ quan ngang bộ'
    """
    if joiner.strip() != "," or not place[:1].islower():
        return place
    words = previous.split()
    for size in range(min(len(words), 4), 0, -1):
        joined = f"{' '.join(words[-size:])}, {place}"
        if joined[:1].islower() and is_place(joined):  # a block, not "Trong khu vực Tây Nguyên, tỉnh …"
            return joined
    return place


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
    # "mẫu D (ASEAN), mẫu E (ASEAN - Trung Quốc) và mẫu CPTPP lần lượt …": an aside in brackets is no item,
    # and its commas or dashes split none; blanked, not cut, so that every position stays
    text = _ASIDE.sub(lambda aside: " " * len(aside.group(0)), text)
    cue_matches = list(_words_pattern("respective", at="any").finditer(text[:position]))
    last = cue_matches[-1] if cue_matches else None
    ends = (m for m in re.finditer(r"[;.]", text[:position]) if m.start() >= last.end()) if last else ()
    if last is None or any(not re.match(r"\s*\d", text[end.end() :]) for end in ends):
        return None  # a sentence or clause ends between; "92,1; 90,4 và 89,7", "1.200 và 1.500" do not
    named_after = _NAMES_THEN_VALUES.match(text, last.end())
    if named_after and named_after.end() <= position:
        # "… cao nhất lần lượt là Bắc Ninh, Thái Nguyên và Hải Phòng, với 31,2%, 27,4% và 19,8%": the names
        # after the cue, then their values
        names = [_name_in_list(name) for name in re.split(r",\s*|\s+và\s+", named_after.group("names"))]
        order = len(_figure_numbers(text[named_after.end() : position]))
        wanted = _figures_in_turn(text, named_after.end())
        if len(names) == wanted and order < wanted and all(name and is_place(name) for name in names):
            return last.start(), names[order], None
    order = len(_figure_numbers(text[last.end() : position]))
    listed = _NAMES_WITH_MEASURE.search(text, 0, last.start())
    if listed and not re.search(r"[.;:]\s", listed.group(0)):
        # "… tiếp đến là thị xã An Nhơn và thị xã Hoài Nhơn với tỷ trọng | lần lượt là 11,4% và 9,8%": the
        # names after "là", then the quantity their values in turn are of
        names = [_name_in_list(name) for name in re.split(r",\s*|\s+và\s+", listed.group("names"))]
        if (
            len(names) == _figures_in_turn(text, last.end())
            and order < len(names)
            and all(name and is_place(name) for name in names)
        ):
            return listed.start("names"), names[order], strip_measure(listed.group("measure")) or None
    cuts = [span for span in clause_cuts(text, last.start()) if text[span[0] : span[1]].casefold() != "và"]
    end = last.start()
    if cuts and re.fullmatch(r"\s*(?:với\s*)?", text[cuts[-1][1] : end], re.IGNORECASE):
        # "Hà Nội và Hải Phòng có độ phủ sóng 5G cao nhất, lần lượt đạt …" (or ", với lần lượt …"): the names
        # before the comma
        end = cuts.pop()[0]
    begin = cuts[-1][1] if cuts else 0
    while cuts and text[cuts[-1][0] : cuts[-1][1]] == ",":
        # "Hà Nội, TP Hồ Chí Minh và Đà Nẵng …": a comma between places joins them
        before = cuts[-2][1] if len(cuts) > 1 else 0
        if _SCOPE_FRAME.match(text, before):
            break  # "Trong ASEAN, Singapore, Indonesia và Thái Lan lần lượt …": where they rank
        if not is_place(_FILLER_START.sub("", text[before : cuts[-1][0]]).strip() or "-"):
            # "… cao nhất là Bà Rịa - Vũng Tàu, Bến Tre và Hậu Giang, lần lượt …": the first place too
            named = _FIRST_LISTED.search(text, before, cuts[-1][0]) or _FIRST_OWNED.search(
                text, before, cuts[-1][0]
            )
            if named and is_place(named.group("place")):
                begin = named.start("place")  # "Tỷ lệ … của Hà Giang, Cao Bằng lần lượt là …": the first too
            break
        cuts.pop()
        begin = before
    names = text[begin:end]
    clause_start = max((m.end() for m in re.finditer(r"[.;:]\s", text[: last.start()])), default=0)
    apposed = _apposed_then_measure(text[clause_start:begin], names)
    if apposed and order < len(apposed[0]):
        # "A, B và C là các địa phương triển khai nhanh, với tỷ lệ hộ … lần lượt là …"
        return clause_start, apposed[0][order], apposed[1]
    grouped = _group_named_in_turn(text[clause_start : last.start()], _figures_in_turn(text, last.end()))
    if grouped and order < len(grouped[1]):
        return clause_start, grouped[1][order], grouped[0]
    led = _led_by_names(names, _figures_in_turn(text, last.end()))
    if led and order < len(led[1]):
        # "hai huyện dẫn đầu về tỷ lệ hộ … là Đức Linh và Tánh Linh, lần lượt đạt 82% và 79%"
        return begin + names.find(led[1][0]), led[1][order], led[0]
    framed = split_have_frame(_HOW_MANY.sub("", names))
    if framed and len(framed[1]) > order:
        return begin, framed[1][order], framed[0]
    # a dash inside a route's name ("Gót – Cái Viềng") cuts no clause: the whole clause names them
    owned = _had_by_named_things(names, _figures_in_turn(text, last.end())) or _had_by_named_things(
        text[clause_start:end], _figures_in_turn(text, last.end())
    )
    if owned and order < len(owned):
        # "Tuyến phà Gót – Cái Viềng và tuyến tàu cao tốc Bến Bính – Cát Bà có lượng khách lớn nhất, lần lượt
        # 486.000 và 319.000 lượt": no places, each value the quantity of its named route
        return begin, "", owned[order]
    # "Hà Nội và Thành phố Hồ Chí Minh tiếp tục dẫn đầu, lần lượt …": the places, without their lead
    names = _HOW_MANY.sub("", _trailing_list_head().sub("", names))  # "Hai tỉnh Khánh Hòa và …"
    # "Đại học Bách khoa Hà Nội và Đại học Quốc gia TP Hồ Chí Minh tuyển | lần lượt …": each name without the
    # verb after the last
    pieces = re.split(r",\s*|\s+và\s+", names)
    places = [_name_in_list(name) for name in pieces]
    # "(Theo Văn phòng UBND tỉnh,) tỷ lệ hồ sơ đúng hạn ở cấp tỉnh, cấp huyện và cấp xã lần lượt …": the
    # quantity, then the places it is for, the first after its "ở"; no comma the clause cutter knows sets them
    # apart
    head = max((index for index, place in enumerate(places) if not (place and is_place(place))), default=-1)
    owned = _FIRST_OWNED.search(pieces[head]) if 0 <= head < len(pieces) - 1 else None
    if owned and is_place(owned.group("place")) and order < len(places) - head:
        in_turn = [owned.group("place"), *places[head + 1 :]]
        measure = strip_measure(pieces[head][: owned.start()]) or None
        return begin + names.find(pieces[head]) + owned.start("place"), in_turn[order], measure
    if order >= len(places) or not all(place and is_place(place) for place in places):
        parts = (
            _respective_parts(text[: last.start()])
            or _items_of_shared_head(text[: last.start()], text[last.end() :])
            or _aligned_items(text[clause_start : last.start()], text[last.end() :])
            or _named_parts(names, text[last.end() :])
        )
        return (begin, "", parts[order]) if order < len(parts) else None
    return begin, places[order], None


@cache
def _leading_about() -> re.Pattern[str]:
    heads = phrase_alternation(_cue_list("list_heads"))
    return re.compile(
        rf"^(?P<who>[^;:]*?)\s+(?:{heads})\s+về\s+(?P<measure>[^;:]+?)\s+là\s+(?P<names>[^;:]+)$",
        re.IGNORECASE,
    )


def _led_by_names(names: str, wanted: int) -> tuple[str, list[str]] | None:
    """ "hai huyện dẫn đầu về tỷ lệ hộ dùng điện thoại thông minh là Đức Linh và Tánh Linh" →
    ("tỷ lệ hộ dùng điện thoại thông minh", ["Đức Linh", "Tánh Linh"]): the places named after "là", one per
    figure in turn, lead in the quantity after "về" (None when they are not as many places as figures)."""
    led = _leading_about().match(" ".join(names.split()))
    if led is None:
        return None
    places = [_name_in_list(name) for name in re.split(r",\s*|\s+và\s+", led.group("names"))]
    measure = strip_measure(led.group("measure"))
    if len(places) != wanted or not measure or not all(place and is_place(place) for place in places):
        return None
    return measure, places


_HAD_BY = re.compile(r"^(?P<owners>[^;:]+?)\s+có\s+(?P<what>[^;:]+?)$", re.IGNORECASE)
_NAMED_THING = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)*?\s+(?:(?-i:[A-ZĐ])|số\s+\d)", re.IGNORECASE)


def _had_by_named_things(names: str, wanted: int) -> list[str]:
    """ "tuyến xe buýt số 1 và tuyến xe buýt số 5 có lượng khách quẹt thẻ lớn nhất" → the quantity of each
    named thing, in turn ("lượng khách quẹt thẻ tuyến xe buýt số 1", …); [] unless as many things as
    figures are named, none of them a place."""
    had = _HAD_BY.match(" ".join(names.split()))
    if had is None:
        return []
    owners = [owner.strip() for owner in re.split(r",\s*|\s+và\s+", had.group("owners"))]
    superlative = _trailing_list_head().search(had.group("what"))
    measure = strip_measure(had.group("what")[: superlative.start()] if superlative else had.group("what"))
    if (
        len(owners) != wanted
        or not measure
        or any(is_place(owner) or not _NAMED_THING.match(owner) for owner in owners)
    ):
        return []
    return [f"{measure} {owner[:1].lower()}{owner[1:]}" for owner in owners]


def _apposed_then_measure(head: str, clause: str) -> tuple[list[str], str] | None:
    """ "TP Điện Biên Phủ, huyện Điện Biên và huyện Tuần Giáo là các địa phương triển khai nhanh," | "với tỷ
    lệ hộ được gắn địa chỉ số": places named before what they are, then the quantity their values in turn are
    of."""
    measured = re.match(r"\s*với\s+(?P<measure>[^,;:]+?)\s*$", clause, re.IGNORECASE)
    kinds = phrase_alternation(_cue_list("apposed_kinds"))
    apposed = re.match(
        rf"\s*(?P<names>[^;:]+?)\s+là\s+(?:(?:các|những|hai|ba|bốn|năm|\d+)\s+)?(?:{kinds})(?!\w)",
        head,
        re.IGNORECASE,
    )
    if measured is None or apposed is None:
        return None
    places = [_name_in_list(name) for name in re.split(r",\s*|\s+và\s+", apposed.group("names"))]
    measure = strip_measure(measured.group("measure"))
    if len(places) < 2 or not all(place and is_place(place) for place in places) or not measure:
        return None
    return places, measure


_ASIDE = re.compile(r"\s*\([^()\d]{1,40}\)")
_NAMES_WITH_MEASURE = re.compile(
    r"(?<!\w)(?:là|gồm)\s+(?P<names>[^;:.\d]+?),?\s+với\s+(?P<measure>[^,;:.\d]+?)\s*$", re.IGNORECASE
)
_NAMES_THEN_VALUES = re.compile(
    r"\s*(?:là|gồm)\s+(?P<names>[^;.\d]+?),?\s+(?:với|đạt|có)\s+(?=\S*\d)", re.IGNORECASE
)


def _figures_in_turn(text: str, after_cue: int) -> int:
    return len(_figure_numbers(re.split(r"[.;](?!\d)", text[after_cue:])[0]))  # "1.240" goes on


# "các bệnh viện Chợ Rẫy, …", "Các xã Tân Hòa, …": a group's noun in lower case, then its members' names
_GROUP_OPENER = re.compile(
    r"(?<!\w)(?:[Cc]ác|[Nn]hững)\s+(?P<group>(?:[^\W\d_A-ZĐ][^\W\d_]*\s+){1,5}?)(?=[A-ZĐ])"
)


def _group_named_in_turn(clause: str, wanted: int) -> tuple[str, list[str]] | None:
    """ "Tỷ lệ người bệnh đặt lịch qua ứng dụng tại các bệnh viện Chợ Rẫy, Nhân dân 115 và Từ Dũ | lần lượt là
    34%, 29% và 41%", "Các xã Tân Hòa, Phú Lộc và Mỹ An dẫn đầu với tỷ lệ hộ dân … | lần lượt là …": a group's
    members named one per figure are whom the figures are for, in turn, though no list knows their names;
    the measure is the head before the group or the quantity the members have.
    """
    if wanted < 2:
        return None
    opener = _GROUP_OPENER.search(clause)
    if opener is None:
        # "Sở Y tế, Sở Giáo dục và Đào tạo có tỷ lệ …": with no group, names one per figure, each capitalised
        # (_split_in_turn) and most of them known places or bodies ("Sở Tư pháp, Sở Xây dựng và Công an tỉnh")
        framed = split_have_frame(_FILLER_START.sub("", clause).strip())
        owner = clause[: clause.rfind(framed[0])] if framed else ""
        owner = re.sub(rf"\s+(?:{_holding_verbs()})\s*$", "", _FILLER_START.sub("", owner).strip())
        if _SCOPE_FRAME.match(owner) and "," in owner:
            # "Ở khối cấp tỉnh, Sở Tư pháp, …": where the list is, then its names
            owner = owner.split(",", 1)[1]
        names = _split_in_turn(owner.strip(" ,"), wanted) if framed else None
        if names is None or 2 * sum(is_place(name) for name in names) <= len(names):
            return None
        return framed[0], names
    if opener.group("group").split()[0].casefold() in time_units():
        return None  # "các năm 2022, …": times, not a group of bodies
    before, members = clause[: opener.start()].strip(), clause[opener.end() :]
    head = _topic_head_start().match(strip_measure(before)) or re.match(
        r"(?:số|lượng)\s", before, re.IGNORECASE
    )
    measure = strip_measure(before) if head and re.search(r"\s(?:tại|của|ở)$", before) else ""
    if not measure:
        framed = split_have_frame(members)
        if framed is None:
            return None
        measure = framed[0]
        members = members[: members.rfind(measure)]
        members = re.sub(rf"\s+(?:{_holding_verbs()})\s*$", "", members.strip())
    names = _split_in_turn(members.strip(" ,"), wanted)
    if names is None:
        return None
    prefix = _group_prefix(opener.group("group"))
    return measure, [f"{prefix}{name}" for name in names]


def _group_prefix(group: str) -> str:
    """What a group's head gives each of its members' names: "các huyện vùng cao Si Ma Cai, …" → "huyện "
    ("vùng cao" only describes), "các cục thuế Hà Nội, …" → "Cục Thuế " (a body's head as written, and one
    more word of its kind in capitals; more words only describe: "các khu công nghiệp vùng ven …" → "Khu
    công nghiệp "); "" for a group of no place's kind."""
    group = " ".join(group.split())
    district = _words_pattern("district_heads", at="start").match(group)
    body = _words_pattern("place_heads", at="start").match(group)
    if district:
        return f"{district.group(0).strip().casefold()} "
    if body:
        head = next(
            cue for cue in _cue_list("place_heads") if cue.casefold() == body.group(0).strip().casefold()
        )
        kind = group[body.end() :].split()
        return f"{head} {kind[0].capitalize()} " if len(kind) == 1 else f"{head} "
    return ""


@cache
def _holding_verbs() -> str:
    return phrase_alternation(_cue_list("holder_verbs") + _cue_list("have_verbs"))


def _split_in_turn(members: str, wanted: int) -> list[str] | None:
    """ "Sở Y tế, Sở Giáo dục và Đào tạo" as two names when two figures follow, "Yên Lạc, Vĩnh Tường và Tam
    Dương" as three: "và" joins the last two names only when the count asks for it."""
    pieces = [piece.strip() for piece in re.split(r",\s*", members)]
    last_pair = re.split(r"\s+và\s+", pieces[-1], maxsplit=1)
    for names in (pieces[:-1] + last_pair, pieces):
        if (
            len(names) == wanted
            and all(name[:1].isupper() or name[:1].isdigit() for name in names)
            and all(len(name.split()) <= 6 for name in names)
        ):
            return names
    return None


def _name_in_list(name: str) -> str:
    whole = whole_name(name.strip()) if name.strip()[:1].isupper() else ""
    return whole if whole and is_place(whole) else strip_measure(name)


_SCOPE_FRAME = re.compile(r"\s*(?:trong|tại|ở|giữa|trong số)\s", re.IGNORECASE)
# "… cao nhất là Bà Rịa - Vũng Tàu", "Dẫn đầu bảng xếp hạng là Hà Nội": a list's first name, after "là"
# "… cao nhất là Bà Rịa - Vũng Tàu, …", "… tại các khu du lịch như Mũi Né, Hàm Tiến và …": the first listed
_FIRST_LISTED = re.compile(r"(?<!\w)(?:là|như)\s+(?P<place>[^,;:()]+?)\s*$", re.IGNORECASE)
_FIRST_OWNED = re.compile(r"(?<!\w)(?:của|tại|ở)\s+(?P<place>[^,;:()]+?)\s*$", re.IGNORECASE)


@cache
def _trailing_list_head() -> re.Pattern[str]:
    heads = phrase_alternation(_cue_list("list_heads"))
    return re.compile(rf"\s+(?:(?:tiếp tục|vẫn|cùng|đều)\s+)?(?:{heads})[\s,]*$", re.IGNORECASE)


def respective_part(text: str, position: int) -> str:
    """The part counted out before "lần lượt" that the figure at ``position`` measures, in turn ("" if none).

    >>> t = "Hai trụ cột kinh tế số và xã hội số lần lượt đứng thứ 45 và 39."
    >>> respective_part(t, t.index("39"))
    'xã hội số'
    """
    respective = _respective(text, position)
    return respective[2] or "" if respective is not None and not respective[1] else ""


def respective_place(text: str, position: int) -> str:
    """The place counted out before "lần lượt" that the figure at ``position`` is for, in turn ("" if none).

    >>> t = "Hải Phòng và tỉnh Nghệ An lần lượt đứng thứ 2 và 3."
    >>> respective_place(t, t.index("3"))
    'tỉnh Nghệ An'
    """
    respective = _respective(text, position)
    return respective[1] if respective is not None else ""


def _respective_parts(before: str) -> list[str]:
    """ "Hai trụ cột kinh tế số và xã hội số lần lượt …", "hai trụ cột "Chính phủ" và "Dữ liệu, hạ tầng" … lần
    lượt …": the parts a sentence counts out before "lần lượt", each the measure of its figure in turn."""
    clause = re.split(r"[.;:]\s", before)[-1]
    quoted = re.findall(r"[“\"]([^”\"]{1,60})[”\"]", clause)
    if len(quoted) >= 2:
        return [" ".join(part.split()) for part in quoted]
    listed = _counted_parts().search(clause)
    if listed is None:
        return []
    parts = [strip_measure(part) for part in re.split(r",\s*|\s+và\s+", listed.group("parts"))]
    return parts if len(parts) >= 2 and all(part and not is_place(part) for part in parts) else []


def _aligned_items(clause: str, after: str) -> list[str]:
    """ "số trạm quan trắc nước thải và khí thải lần lượt là 45 và 13 trạm", "Tỷ lệ trường trung học phổ
    thông, trung học cơ sở và tiểu học có phòng học thông minh lần lượt là …": items of a quantity's head,
    the first written with the head and the rest alone, one for each figure after "lần lượt"; each measures
    the head with its own item, and what follows the last item (``deed_openers``) is said of every
    one. The head ends before the word every other item opens with, if there is one; else it is the first
    item less as many words as the second item has: items run parallel."""
    wanted = len(_figure_numbers(re.split(r"[.;](?!\d)", after)[0]))
    # "Theo Sở Tài nguyên và Môi trường, | số trạm …": the items begin with the part a quantity's head opens
    parts = re.split(r",\s*", _FILLER_START.sub("", clause).strip())
    opening = next((index for index, part in enumerate(parts) if _quantity_head().match(part)), None)
    named = ", ".join(parts[opening:]) if opening is not None else ""
    items = [" ".join(item.split()) for item in re.split(r",\s*|\s+và\s+", named)]
    head = _quantity_head().match(items[0]) if named else None
    if wanted < 2 or len(items) != wanted or not all(items) or head is None:
        return []
    tail = _shared_tail().search(items[-1])
    shared = items[-1][tail.start() :].strip() if tail and tail.start() > 0 else ""
    items[-1] = items[-1][: tail.start()].strip() if shared else items[-1]
    words = items[0].split()
    opened = _shared_first_word(items[0], items[1:])  # "… trên các tuyến | buýt nhanh BRT, buýt thường và …"
    head_words = opened.group(0).split() if opened else words[: len(words) - len(items[1].split())]
    if len(head_words) < len(head.group(0).split()) or not all(
        len(item.split()) <= 5 and not is_place(item) for item in items[1:]
    ):
        return []
    return [
        " ".join(f"{item} {shared}".split())
        for item in (items[0], *(f"{' '.join(head_words)} {i}" for i in items[1:]))
    ]


@cache
def _quantity_head() -> re.Pattern[str]:
    """A quantity's head, or "số" (the number of), opening an item followed by more words; not a source
    ("số liệu của Ngân hàng Nhà nước cho thấy …")."""
    heads = phrase_alternation((*_cue_list("topic_heads"), "số"))
    sources = phrase_alternation(_cue_list("source_heads"))
    return re.compile(rf"(?!(?:{sources})(?!\w))(?:{heads})(?=\s+\S)", re.IGNORECASE)


@cache
def _shared_tail() -> re.Pattern[str]:
    return re.compile(rf"(?<=\s)(?:{phrase_alternation(_cue_list('deed_openers'))})(?!\w)", re.IGNORECASE)


def _named_parts(names: str, after: str) -> list[str]:
    """ "Còn kinh tế số và xã hội số lần lượt xếp thứ 33 và 41": bare quantities named before "lần lượt",
    one for each of its figures. A named quantity ("Tỷ lệ người dân và doanh nghiệp hài lòng …") is no
    such list: ``_aligned_items`` shares its head out, or it is one measure for all of them."""
    clause = re.split(r"[.;](?!\d)", after)[0]
    parts = [strip_measure(part) for part in re.split(r",\s*|\s+và\s+", _FILLER_START.sub("", names).strip())]
    if len(parts) < 2 or len(parts) != len(_figure_numbers(clause)):
        return []
    # "chỉ số dịch vụ công trực tuyến và chỉ số nguồn nhân lực lần lượt là …": each part names its own head
    headed = all(part and (h := _topic_head_start().match(part)) and h.end() < len(part) for part in parts)
    head = _topic_head_start().match(parts[0])
    if head and head.end() < len(parts[0]) and not headed:
        return []
    longest = MAX_WORDS if headed else 5
    return (
        parts if all(part and len(part.split()) <= longest and not is_place(part) for part in parts) else []
    )


def _items_of_shared_head(before: str, after: str) -> list[str]:
    """ "giao dịch qua kênh Internet, điện thoại di động và mã QR tăng lần lượt 51,2%, 50,5% và 62,8%": items
    listed after a head and its preposition ("giao dịch qua"), one for each figure after "lần lượt"; each
    measures the head with its item ("giao dịch qua điện thoại di động")."""
    wanted = len(_figure_numbers(re.split(r"[.;](?!\d)", after)[0]))
    clause = re.split(r"[.;:]\s", before)[-1]
    items = re.split(r",\s*|\s+và\s+", clause)
    if wanted < 2 or len(items) < wanted:
        return []
    first = strip_measure(items[-wanted])
    rest = [strip_measure(item) for item in items[len(items) - wanted + 1 :]]
    joined = _shared_head_joins().search(first) or _shared_first_word(first, rest)
    if joined is None or not all(item and len(item.split()) <= 4 and not is_place(item) for item in rest):
        return []
    head = first[: joined.end()]
    # "… ở cấp tiểu học" names the level as a statistic does: "… cấp tiểu học"
    return [_LEVEL_AT.sub(" ", item) for item in (first, *(f"{head} {item}" for item in rest))]


_LEVEL_AT = re.compile(r"\s+ở\s+(?=(?:cấp|bậc|khối)\s)", re.IGNORECASE)


def _shared_first_word(first: str, rest: Sequence[str]) -> re.Match[str] | None:
    """Where the head of ``first`` ends when every later item opens with a word ``first`` has after its
    head: "Tỷ lệ tờ khai | luồng xanh, luồng vàng và luồng đỏ" (None when the items share no opening word)."""
    openings = {item.split()[0].casefold() for item in rest if item.split()}
    if len(openings) != 1 or len(rest) < 1:
        return None
    (word,) = openings
    return re.match(rf"^\S.*?\s(?=(?i:{re.escape(word)})\s)", first)


@cache
def _shared_head_joins() -> re.Pattern[str]:
    """The first preposition after a measure's head: "giao dịch | qua | kênh Internet"."""
    return re.compile(
        rf"^\S.*?\s(?:{phrase_alternation(_cue_list('shared_head_joins'))})(?=\s)", re.IGNORECASE
    )


@cache
def _topic_head_start() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_alternation(_cue_list('topic_heads'))})(?!\w)", re.IGNORECASE)


@cache
def _counted_parts() -> re.Pattern[str]:
    heads = phrase_alternation(_cue_list("respective_heads"))
    return re.compile(
        rf"(?<!\w)(?:hai|ba|bốn|năm|sáu|các)\s+(?:{heads})\s+(?P<parts>[^,;]+?(?:,\s*[^,;]+?)*)\s*$",
        re.IGNORECASE,
    )


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
    body = re.sub(r"^kết quả(?:\s+(?:công bố|xếp hạng))?\s+", "", body, flags=re.IGNORECASE)
    return _words_pattern("sources", at="start").match(body) is not None
