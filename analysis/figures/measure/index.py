"""The index or field a sentence names around a figure: "Chỉ số … (PAPI)" before it, "… về chỉ số PCI" or
"trong Chỉ số …" after it, and a rank's field ("… dẫn đầu Đông Nam Á về đổi mới sáng tạo")."""

from __future__ import annotations

import re
from functools import cache

from analysis.figures.cues import alternation
from analysis.figures.measure.label import _numbered_name, strip_measure
from analysis.figures.measure.words import measure_back

# the field a rank is among may hold "tỉnh, thành" ("xếp thứ 5/14 tỉnh, thành khu vực duyên hải về …")
ABOUT_AFTER = re.compile(
    r"(?:[^,;.()\d]|,\s*thành\b){0,60}?(?<!\w)về\s+(?P<what>[^;.()\d]{1,60}?\([^()\d]{1,40}\)|[^,;.()\d]+(?:\([^()\d]{1,40}\))?)",
    re.IGNORECASE,
)
INDEX_AFTER = re.compile(
    r"(?<!\w)(?:về|trong|theo)\s+(?P<what>(?:chỉ số|bộ chỉ số|bảng xếp hạng|xếp hạng)\s(?:[^;.()\d]{1,60}?\("
    r"[^()\d]{1,40}\)|[^;.()\d]+?(?:\s*\([^()\d]{1,40}\))?(?=\s*(?:[;.()]|$|\d|,\s))))",
    re.IGNORECASE,
)
INDEX_NAMED = re.compile(
    r"(?<!\w)(?:chỉ số|bộ chỉ số|bảng xếp hạng)\s[^;.()\d]{1,90}?\([^()\d]{1,40}\)", re.IGNORECASE
)
# a comma before a lower-case word goes on with the name: "Bộ chỉ số phục vụ người dân, doanh nghiệp"
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
INDEX_PLAIN = re.compile(
    rf"(?<!\w)(?i:chỉ số|bộ chỉ số|bảng xếp hạng)\s(?:[^;.()\d,]|,(?=\s+[{LOWER}])){{3,120}}?"
    # "… bình quân cả nước đạt 80,3 điểm": an average, or the value's verb, ends the name too
    rf"(?=\s+(?:năm\s+\d{{4}}|do\s|được\s|công bố|vừa|trong\s|bình quân\s|trung bình\s|đạt\s)"
    rf"|\s*(?:[;.]|,(?!\s+[{LOWER}])))",
)
ABOUT_END = re.compile(r"\s+(?:với|đạt|so với|năm|sau|trong)\b.*$", re.IGNORECASE)


INDEX_HEAD = re.compile(r"\b(?:chỉ số|bảng xếp hạng|index)\b", re.IGNORECASE)
ACRONYM_AHEAD = re.compile(r"\s[^,;:()\d]{1,60}?\([^()\d]{1,40}\)")


def index_before(text: str, position: int) -> str:
    """The last index with its acronym named before ``position`` ("Chỉ số … (PAPI)"), else one a report
    or ranking names without an acronym ("Theo báo cáo Chỉ số Sẵn sàng về trí tuệ nhân tạo … năm 2023 do
    Oxford Insights thực hiện, Việt Nam xếp …")."""
    named = list(INDEX_NAMED.finditer(text, 0, position)) or list(INDEX_PLAIN.finditer(text, 0, position))
    return strip_measure(named[-1].group(0)) if named else ""


def index_after(text: str, position: int) -> str:
    """An index or field named later in the figure's sentence ("… về chỉ số PCI", "trong Chỉ số …")."""
    named = INDEX_AFTER.search(text, position)
    if not named or re.search(r"[;.]\s", text[position : named.start()]):
        return ""
    return strip_measure(ABOUT_END.sub("", named.group("what")))


def measure_about(text_after: str) -> str:
    """A rank's field named after it: "… dẫn đầu Đông Nam Á về đổi mới sáng tạo" → "đổi mới sáng tạo"."""
    about = ABOUT_AFTER.match(text_after)
    if not about:
        return ""
    what = about.group("what")
    if measure_back().fullmatch(" ".join(what.split())):
        return " ".join(what.split())  # "… về chỉ tiêu này": a pointer, resolved by the figure it points at
    number = re.match(r"\d+(?:/\d+)?(?![\d,.]\d)", text_after[about.end() :])
    if number and _numbered_name().search(f"{what}{number.group(0)}"):
        what += number.group(0)  # "… về kết quả thực hiện Đề án 06": the plan's number is its name
    return strip_measure(ABOUT_END.sub("", what))


# "đạt 0,6215 điểm về hạ tầng số", "đạt 0,5512 điểm Chỉ số chuyển đổi số (DTI)": what a score is of, named
# right after its unit
_SCORED_ON = re.compile(
    r"\s*(?:về|ở)\s+(?P<what>[^,;.()\d]+?)(?=\s*(?:[,;.()]|\s(?:và|với|đạt|xếp|đứng|tăng|giảm)\s|$))",
    re.IGNORECASE,
)
_SCORED_INDEX = re.compile(
    r"\s*(?P<what>(?:bộ\s+)?chỉ số\s[^;.()\d]{1,90}?(?:\s*\([^()\d]{1,40}\))?)"
    r"(?=\s*(?:[,;.]|\s(?:năm|của|do|và|với)\s|$))",
    re.IGNORECASE,
)


def scored_on(text_after: str) -> str:
    """What a score is of when the words right after it say so ("" when they do not).

    >>> scored_on(" về hạ tầng số, 0,5820 điểm về nhân lực số")
    'hạ tầng số'
    >>> scored_on(" Chỉ số chuyển đổi số (DTI), xếp thứ 40/63")
    'Chỉ số chuyển đổi số (DTI)'
    """
    named = _SCORED_INDEX.match(text_after) or _SCORED_ON.match(text_after)
    return strip_measure(named.group("what")) if named else ""


@cache
def _round_opening() -> re.Pattern[str]:
    openers, fields = alternation("rank_round_openers"), alternation("rank_round_fields")
    return re.compile(
        rf"^\s*(?:(?:{openers})\s+(?P<topic>[^,:;.\d]+?)|trong\s+(?P<field>(?:{fields})\s[^,:;.\d]+?))"
        r"(?:\s+năm\s+\d{4})?\s*,",
        re.IGNORECASE,
    )


def round_topic(text: str) -> str:
    """What the round a sentence opens with ranks or scores ("" when it opens with none).

    >>> round_topic("Trong đợt đánh giá mức độ chuyển đổi số năm 2023, Đài đạt 612/1.000 điểm.")
    'mức độ chuyển đổi số'
    >>> round_topic('Trong thi đua công tác "Vì người nghèo" năm 2024, tỉnh xếp thứ 2/5.')
    'thi đua công tác "Vì người nghèo"'
    """
    opened = _round_opening().match(text)
    if opened is None:
        return ""
    return " ".join((opened.group("topic") or opened.group("field")).split())


def names_who_is_ranked(text: str, position: int, measure: str | None) -> bool:
    """Whether a rank's or score's measure is only the name of the body it is for, written right before it
    ("PC Long An xếp thứ 4/21", "Đài đạt 612/1.000 điểm"), not what it ranks by.

    >>> names_who_is_ranked("Về chỉ số tiếp cận điện năng, PC Long An xếp thứ 4/21.", 51, "PC Long An")
    True
    """
    if not measure or not measure[:1].isupper() or INDEX_HEAD.match(measure):
        return False
    # the body opens its clause, or the clause before ("Công an tỉnh đạt 91,2/100 điểm, xếp thứ 2/24"), or
    # ends a name joined by "và" ("Chi cục Trồng trọt và | Bảo vệ thực vật đạt 4,6/5 điểm")
    opens = rf"(?:^|[,;:]\s)\s*(?:(?-i:[A-ZĐ])[^,;:]*?\svà\s+)?{re.escape(measure)}\s"
    return re.search(opens, text[:position]) is not None
