"""Where the clauses of a sentence begin: a comma, a semicolon, a dash or a conjunction ends one, unless it
joins two nouns of one name ("khối bộ, ngành", "Bộ chỉ số phục vụ người dân, doanh nghiệp …", "Bà Rịa – Vũng
Tàu", "Bộ Khoa học và Công nghệ")."""

from __future__ import annotations

import re

from analysis.figures.cues import cue_pattern, named_examples_go_on
from analysis.figures.measure.index import ACRONYM_AHEAD, INDEX_HEAD
from analysis.figures.measure.label import holds_number
from analysis.figures.measure.places import is_place
from analysis.figures.measure.words import _FILLER_START, _cue_list, _folded, _words_pattern

# A clause ends at a comma, a semicolon, a dash or a conjunction; an aside in parentheses without a
# number ("(DTI)", "(PAR Index)") belongs to its noun and ends nothing.
_BOUNDARY = re.compile(
    r",(?=\s)|[;:–]|\((?![^()\d]{1,40}\))|\s-\s|\b(?:và|nhưng|còn(?!\s+lại\b)|trong đó|trong khi|song)\b",
    re.IGNORECASE,
)  # "còn lại" (the rest) is a word, not "còn" (while) opening a clause


def _inside_noun(text: str, comma: int, segment_start: int) -> bool:
    """Whether the comma at ``comma`` joins two nouns rather than two clauses: "khối bộ, ngành đạt",
    "thôn, bản có sóng", "Chỉ số An toàn, an ninh mạng toàn cầu (GCI)"; not "Về hạ tầng số, tỷ lệ …"."""
    before = text[segment_start:comma].strip()
    if re.search(r"\d", before):  # "xếp 41/63 tỉnh, thành phố về …": only the words after the last number
        before = re.split(r"\S*\d\S*", before)[-1].strip()
        if not before or (INDEX_HEAD.search(before) is None and len(before.split()) > 2):
            return False
        if before.split()[-1].casefold() in _folded("quantity_units", "money_words"):
            return False  # "… đạt 1,6 triệu tấn, kim ngạch đạt …": a quantity's unit, then the next clause
    if not before:
        return False
    if INDEX_HEAD.match(text[comma + 1 :].lstrip()):
        return False  # "Trong các chỉ số thành phần, chỉ số hạ tầng viễn thông (TII) …": an index of its own
    if _words_pattern("list_heads", at="start").match(text[comma + 1 :].lstrip()):
        return False  # "… với 61% ý kiến, tiếp đến là thiếu nhân lực (47%)": the list's next item
    if INDEX_HEAD.search(before) and ACRONYM_AHEAD.match(text, comma + 1):
        return True  # an index name that goes on to its acronym
    if named_examples_go_on(before, text[comma + 1 :]):
        return True  # "ví điện tử như MoMo, ZaloPay đạt 45%": one more example of the same noun
    if _coordinated_topic(before, text[comma + 1 :]) or _in_named_topic(before, text[comma + 1 :]):
        return True
    for size in (
        1,
        2,
        3,
    ):  # "người tham gia BHXH, BHYT có …", "cơ sở khám, chữa bệnh": one noun with its comma
        joined = f"{' '.join(before.split()[-size:])},{text[comma + 1 :]}"
        if _words_pattern("comma_compounds", at="start").match(joined):
            return True
    # "khối sở, ban, ngành": from the block's head, however many of its levels the commas list
    heads = list(_words_pattern("block_heads", at="any").finditer(before))
    block = before[heads[-1].start() :] if heads and len(before[heads[-1].start() :].split()) <= 5 else ""
    block = block or " ".join(before.split()[-2:])
    following_word = text[comma + 1 :].split()[:1]
    if (
        following_word
        and following_word[0][:1].islower()  # "khối địa phương, TP Biên Hòa": a name begins another part
        and _words_pattern("block_heads", at="start").match(block)
        and is_place(f"{block}, {following_word[0]}")
    ):
        return True  # "Điểm trung bình của khối sở, ngành năm 2023 là …": a block named with its comma
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


def _in_named_topic(before: str, after: str) -> bool:
    """ "Về Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công, tỉnh
    đạt …": an index named in a topic frame runs on over its commas while no verb or number follows; the
    clause that states the figure begins after the last one."""
    if not re.match(r"(?i)về\s", before) or not INDEX_HEAD.search(before):
        return False
    ahead = re.match(r"\s*([^,;:()]*)([,;:()]?)", after)
    if ahead is None or ahead.group(2) != "," or not ahead.group(1)[:1].islower():
        return False
    part = ahead.group(1)
    return not holds_number(part) and not cue_pattern("stated_value_verbs").search(part)


_SHORTENED = re.compile(r"(?<!\w)(?:rút|rút ngắn|giảm)\s+(?:từ|xuống|còn)(?!\w)", re.IGNORECASE)


def _coordinated_topic(before: str, after: str) -> bool:
    """ "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 72,4%", "doanh thu công nghệ thông tin
    – truyền thông đạt …": a measure's head with no verb of its own, then more of the same noun up to the
    figure's verb; not "Tỷ lệ A đạt 80%, tỷ lệ B …" (a verb before the comma)."""
    stated = cue_pattern("stated_value_verbs")
    if not _words_pattern("topic_heads", at="any").search(before) or stated.search(before):
        return False
    if re.match(r"(?i)\s*về\s", before):
        return False  # "Về tỷ lệ X, khối địa phương đạt …": a topic frame, then whom it is for
    ahead = re.match(r"\s*([^,;:()]*)", after)
    rest = ahead.group(1) if ahead else ""
    # "thời gian cấp bảng điểm, giấy xác nhận rút từ 5 ngày xuống 1 ngày": a verb right before its values
    shortened = _SHORTENED.search(rest)
    verb = shortened if shortened and not holds_number(rest[: shortened.start()]) else stated.search(rest)
    if verb is None or holds_number(rest[: verb.start()]) or len(rest[: verb.start()].split()) > 12:
        return False
    joined = rest[: verb.start()].strip()
    return not is_place(joined) and not joined[:1].isupper()


_NAME_HEAD = re.compile(
    r"(?:^|\s)(?:Bộ|Sở|Cục|Ban|Ủy ban|Văn phòng|Trung tâm|Viện|Học viện)(?:\s+\S+){1,4}\s*$"
)
# a body's name in parts: "Văn hóa | , Thể thao và Du lịch", "Lao động | - Thương binh và Xã hội"
_NAME_PART_END = re.compile(r"(?-i:[A-ZĐ])[^\W\d_]*(?:\s+[^\W\d_A-ZĐ][^\W\d_]*)?$")
_NAME_PARTS_AHEAD = re.compile(r"\s*(?-i:[A-ZĐ])[^\W\d_]*(?:\s+[^\W\d_A-ZĐ][^\W\d_]*)?\s+và\s+(?-i:[A-ZĐ])")


# a dash between two capitalised words of two syllables or more each joins two names into one
_JOINS_NAMES = re.compile(r"(?<!\w)[A-ZĐ][^\W\d_]*\s+[A-ZĐ][^\W\d_]*\s*$")
_NAME_AHEAD = re.compile(r"\s*[A-ZĐ][^\W\d_]*\s+[A-ZĐ][^\W\d_]*(?!\w)")


def _dashed_names(text: str) -> list[tuple[int, int]]:
    """Where a listed name holding a dash ("Bà Rịa - Vũng Tàu") sits in ``text``, also written with "–"."""
    spans = []
    for name in _cue_list("provinces"):
        if "-" in name:
            left, right = (part.strip() for part in name.split("-", 1))
            pattern = rf"{re.escape(left)}\s*[-–]\s*{re.escape(right)}"
            spans += [match.span() for match in re.finditer(pattern, text)]
    return spans


def clause_cuts(text: str, position: int) -> list[tuple[int, int]]:
    cuts: list[tuple[int, int]] = []
    for match in _BOUNDARY.finditer(text, 0, position):
        start = cuts[-1][1] if cuts else 0
        if match.group(0) == "," and _inside_noun(text, match.start(), start):
            continue
        if match.group(0) == "," and text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start()):
            continue  # "(thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu)": a comma inside an aside ends no clause
        if match.group(0).strip() in {"–", "-"} and _coordinated_topic(
            text[start : match.start()], text[match.end() :]
        ):
            continue  # "công nghệ thông tin – truyền thông": one field
        segment = text[start : match.start()].strip()
        in_topic = re.match(r"(?i)về\s", segment) and not re.search(r"\d", segment)
        if match.group(0).casefold() == "và" and (in_topic or _in_index_name(segment, text[match.end() :])):
            continue  # "Về Chỉ số phục vụ người dân và doanh nghiệp, …": one topic
        if (
            match.group(0).casefold() == "và"
            and _NAME_HEAD.search(segment)
            and text[match.end() :].strip()[:1].isupper()
        ):
            continue  # "Bộ Khoa học và Công nghệ": one name
        if any(a <= match.start() and match.end() <= b for a, b in _dashed_names(text)):
            continue  # "Bà Rịa – Vũng Tàu"
        if (
            match.group(0).strip() in {",", "-", "–"}
            and _NAME_HEAD.search(segment)
            and _NAME_PART_END.search(segment)
            and _NAME_PARTS_AHEAD.match(text, match.end())
            # "Theo số liệu của Bộ Lao động - Thương binh …, cả nước có …": a source, cut, names no place
            and not re.match(r"\s*theo\s", segment, re.IGNORECASE)
        ):
            continue  # "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội": one name
        if (
            match.group(0).strip() in {"–", "-"}
            and _JOINS_NAMES.search(text, 0, match.start())
            and (_NAME_AHEAD.match(text, match.end()))
        ):
            continue  # "nút giao Lạch Tray – Văn Cao", "tuyến Hà Nội – Hải Phòng": one name of two
        cuts.append((match.start(), match.end()))
    return cuts


def _in_index_name(segment: str, after: str) -> bool:
    """ "… đứng thứ 4 về Chỉ số phục vụ người dân | và doanh nghiệp …": the "và" goes on with the index named
    after "về", when lower-case words follow it."""
    about = re.search(r"(?i)(?<!\w)về\s+(?P<what>[^\d]*)$", segment)
    return bool(about and INDEX_HEAD.match(about.group("what")) and after.strip()[:1].islower())


def clauses_before(text: str, position: int) -> list[tuple[str, str]]:
    """The clauses before ``position``, last first, each with the boundary that opens it."""
    cuts = clause_cuts(text, position)
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), position]
    joiners = ["", *(text[start:end] for start, end in cuts)]
    return [(text[starts[i] : ends[i]], joiners[i]) for i in reversed(range(len(starts)))]
