"""The ``[measure]`` cue lists of ``data/figure_grammar.toml`` as patterns, and the fillers every step trims.

``_cue_list("frames")`` is a list longest first (:func:`analysis.resources.phrases`);
``_words_pattern(name, at=...)`` matches one of its phrases at the start, at the end or anywhere in a
label, built by the one phrase matcher of :mod:`analysis.text`.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.figures.cues import alternation
from analysis.resources import phrases
from analysis.text import phrase_alternation, phrase_pattern

# "đầu" (the start of a period) opens no label, but "đầu ra", "đầu vào" (an index's output and input) do
_FILLER_START = re.compile(
    r"^(?:theo đó|theo|đến nay|hiện nay|hiện|tính đến|đến hết|đến cuối|đến|tới|cuối|đầu(?! (?:ra|vào)\b)|"
    r"trong|tại|riêng|"
    r"cụ thể|đặc biệt|bên cạnh đó|ngoài ra|đồng thời|sau|với|năm \d{4}|\d{4}|nay|qua|mới đây|vừa qua|"
    r"trong năm|cả nước|toàn quốc|đã|thì|phấn đấu|mục tiêu|dự kiến|kế hoạch|"
    r"(?:đến|tới|vào|trong) năm \d{4}|\d{1,2} tháng(?: đầu| cuối)?(?: năm(?: \d{4})?)?)\b[\s,]*",
    re.IGNORECASE,
)
# "bằng" (equal to) ends a label, "đồng bằng" (a delta, a kind of place) does not, nor "tăng" "thuế giá trị
# gia tăng" (value added); nor does "xếp hạng" end "bảng xếp hạng" (a ranking table, not "bảng"), nor "vào"
# "đầu vào" (the input pillar)
_FILLER_END = re.compile(
    r"[\s,]*\b(?:đạt|là|chiếm|ở mức|(?<!gia )tăng|giảm|lên|xuống|còn|(?<!đồng )bằng|gấp|ước|ước đạt|ước tính|"
    r"đã|mới|chỉ|có|"
    r"với|được|(?<!đầu )vào|tới|đến|từ|thêm|(?<!bảng )xếp|đứng|thứ|(?<!bảng xếp )hạng|vị trí|top|"
    # "Thời gian chi trả … | rút từ 15 ngày", "Đường truyền … được | nâng lên 500 Mbps": the change, not the
    # quantity
    r"rút ngắn|rút|nâng lên|kéo giảm|"
    r"khoảng|hơn|gần|trên|dưới|tổng cộng|"
    r"lên tới|lên đến|đạt mức|duy trì|giữ|vươn|(?<!công nghệ )cao|nhanh|năm \d{4}|lọt|lọt vào|nằm trong|"
    r"đứng trong|xếp trong|"
    r"mục tiêu|phấn đấu|sẽ|cần|phải|nay|"
    # "hiện" (now) ends a label, "thực hiện", "phát hiện" (a word of their own) do not
    + "".join(rf"(?<!{re.escape(word)} )" for word in phrases("figure_grammar.toml:cues.present_not_after"))
    + r"hiện|giai đoạn \d{4}\s*[-–]\s*\d{4}|"
    r"\d{1,2} tháng(?: đầu năm)?|(?:19|20)\d{2})\s*$",
    re.IGNORECASE,
)


@cache
def _cue_list(name: str) -> tuple[str, ...]:
    return phrases(f"figure_grammar.toml:measure.{name}")


@cache
def _words_pattern(name: str, *, at: str) -> re.Pattern[str]:
    cues = phrase_alternation(_cue_list(name))
    if at == "start":
        return re.compile(rf"^(?:{cues})(?!\w)[\s,]*", re.IGNORECASE)
    if at == "end":
        return re.compile(rf"[\s,]*(?<!\w)(?:{cues})\s*$", re.IGNORECASE)
    return phrase_pattern(_cue_list(name))


@cache
def _folded(*names: str) -> frozenset[str]:
    return frozenset(cue.casefold() for name in names for cue in _cue_list(name))


def changes_a_count(kind: str, unit: str) -> bool:
    """A change counted in things, not in points, steps or per cent: "cấp thêm 64 mã số cơ sở đóng gói"."""
    steps = _folded("rank_steps", "percent_steps") | {"%", "điểm", "lần"}
    return kind == "change" and bool(unit) and unit.casefold() not in steps and unit[:1].isalpha()


@cache
def hedges_alternation() -> str:
    """The hedges that may stand between a verb and its number (``verb_hedges``: "khoảng", "gần", "hơn" …)."""
    return phrase_alternation(_cue_list("verb_hedges"))


@cache
def said_of_it_at_end() -> re.Pattern[str]:
    """What a clause says of its quantity, at its end (``degree_words`` and ``level_words``): "… khá cao",
    "… thấp nhất tỉnh"; a level inside a name ("cao đẳng", "công nghệ cao") is not at the end of a clause."""
    degrees = phrase_alternation(_cue_list("degree_words"))
    levels = phrase_alternation(_cue_list("level_words"))
    return re.compile(
        # "… cao nhất tỉnh", "… cao hơn hẳn", "… cao hơn mặt bằng chung": where it stands among others too
        rf"\s+(?:(?:{degrees})\s+)*(?:{levels})(?:\s+nhất(?:\s+[^\W\d_]+){{0,2}}|\s+hơn(?:\s+[^\W\d_]+){{0,3}})?\s*$",
        re.IGNORECASE,
    )


@cache
def measure_back() -> re.Pattern[str]:
    """A measure that only points at a figure before it: "tỷ lệ này", "con số trên", "chỉ tiêu này"."""
    labels = phrase_alternation(_cue_list("measure_back_labels"))
    return re.compile(rf"(?:{labels})\s+(?:{alternation('anaphora')})(?!\w)", re.IGNORECASE)
