"""What kind of figure a number is, from the cue words around it and the unit after it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Literal

from analysis.figures.cues import (
    alternation,
    clause_before,
    counted_nouns,
    cue_pattern,
    cue_words,
    drop_named_examples,
    ending_pattern,
    ends_with,
    year_noun_before,
)
from analysis.figures.reading import Reading
from analysis.figures.units import Piece, Unit, match_phrase
from analysis.numbers import ORDINAL_WORDS
from analysis.text import phrase_alternation, phrase_pattern
from analysis.types import FigureKind

# "tăng gấp đôi", "gấp rưỡi": a multiplier written in words, by its value
MULTIPLIER_WORDS = {"đôi": 2.0, "rưỡi": 1.5}
DOUBLE = re.compile(rf"(?<!\w)gấp\s+(?P<w>{phrase_alternation(MULTIPLIER_WORDS)})(?!\w)", re.IGNORECASE)

# a score over its scale: "8,7/10", "86,12/100", "612/1.000", and a five-point rating "4,4/5" (with its
# decimal or "điểm" after it, so "ngày 4/5" stays a date)
OUT_OF_SCORE = re.compile(r"(?<![\w,.])(?P<n>\d{1,4}(?:,\d+)?)\s*/\s*(?P<of>10|100|1\.000|5)(?![\w/]|[.,]\d)")


@cache
def share_pattern() -> re.Pattern[str]:
    """ "hơn 1/3 số hộ": a qualifier before or "số" after tells a share from a date."""
    return re.compile(
        rf"(?<![\w/.,])(?:(?P<q>{alternation('share_qualifiers')})\s+)?(?P<n>\d)\s*/\s*(?P<of>\d{{1,2}})"
        r"(?![\w/]|[.,]\d)(?:\s+(?P<of_word>số)(?!\w))?",
        re.IGNORECASE,
    )


@cache
def per_before_pattern() -> re.Pattern[str]:
    """A period after "mỗi" before a count makes it a rate; group 1 is the period ("mỗi ngày")."""
    return re.compile(rf"\bmỗi\s+({alternation('per_periods')})\b", re.IGNORECASE)


@cache
def per_frame_pattern() -> re.Pattern[str]:
    """ "Bình quân mỗi tháng, người dân thực hiện 2,1 triệu giao dịch": a period framing the whole sentence
    makes its counts rates; group 1 is the period."""
    return re.compile(
        rf"^\s*(?:(?:bình quân|trung bình)\s+)?mỗi\s+({alternation('per_periods')})\s*,", re.IGNORECASE
    )


# "612/745 trường", "812/1.043 trường học": a total may be written with a thousands dot
FRACTION = re.compile(
    r"(?<![\w/.,])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})\s*/\s*(?P<of>\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\w/]|[.,]\d)"
)


@cache
def rank_pattern() -> re.Pattern[str]:
    cues, ordinals = alternation("rank"), phrase_alternation(ORDINAL_WORDS)
    return re.compile(
        rf"(?<!\w)(?:{cues})\s+(?:(?:thứ\s+)?(?P<w>{ordinals})(?!\w)(?!\s*\d)|(?:thứ\s+)?(?P<n>\d{{1,3}})"
        rf"(?:\s*/\s*(?P<of>\d{{1,3}}(?:\.\d{{3}})?))?(?![\w/]|[.,]\d))",
        re.IGNORECASE,
    )


@cache
def rank_fraction_pattern() -> re.Pattern[str]:
    """A rank written only as "N/M" after a verb that alone says nothing ("xếp 102/141 nền kinh tế")."""
    cues = alternation("rank_fraction")
    return re.compile(
        rf"(?<!\w)(?:{cues})\s+(?P<n>\d{{1,3}})\s*/\s*(?P<of>\d{{1,3}}(?:\.\d{{3}})?)(?![\w/]|[.,]\d)(?P<w>(?!))?",
        re.IGNORECASE,
    )


def fraction_kind(text: str, start: int) -> FigureKind:
    """The kind of "x/y <counted noun>" starting at ``start``: a share of the whole ("612/745 trường đã thu
    học phí không dùng tiền mặt"), or a rank where a rank cue opens its clause ("tỉnh xếp 22/63 tỉnh").

    >>> fraction_kind("Hiện 612/745 trường đã dùng học bạ số", 5)
    'share'
    >>> fraction_kind("Năm nay tỉnh xếp hạng cao, đứng 22/63 tỉnh", 35)
    'rank'
    """
    clause = cue_pattern("rank_false_friends").sub(" ", clause_before(text, start))
    cues = phrase_pattern((*cue_words("rank"), *cue_words("rank_fraction")))
    return "rank" if cues.search(clause) else "share"


def is_date_fraction(text: str, start: int) -> bool:
    """Whether a small "x/y" (a total up to 12) at ``start`` is a day and month: "sáng 5/8", "từ 1/7".

    >>> is_date_fraction("Từ 1/7 các xã dùng chung phần mềm", 3), is_date_fraction("Hiện 3/7 huyện", 5)
    (True, False)
    """
    before = text[:start]
    return ends_with("date_words", before) or ends_with("small_fraction_not_after", before)


def kind_of(text: str, reading: Reading, unit: Unit | None) -> FigureKind | None:
    before = text[max(0, reading.start - 30) : reading.start]
    if unit is None:
        return None
    if reading.value_high is not None:
        return None if unit.text.casefold() == "tuổi" else "range"  # "từ 25 đến 55 tuổi" is an age band
    if unit.per or unit.category == "rate":
        return "rate"
    if unit.category == "percent":
        return "percent"
    if unit.category == "change":
        return "change"
    if unit.category == "multiplier":
        return "multiplier" if ends_with("multiplier", before) else None
    if unit.category == "time":
        # "18 tuổi", "9 tháng đầu năm", "trong 5 năm" are ages and periods; "xuống còn 5 ngày" is a figure,
        # and so is where it came down from ("giảm từ 25 phút xuống còn 8 phút")
        figure = _time_figure_pattern().search(before) or _time_change_from(text, before, unit)
        return "count" if figure else None
    if unit.category == "money":
        return "money"
    if unit.category == "score":
        # "nâng số điểm truy cập Wi-Fi công cộng lên 1.250 điểm": points counted as places, not a score
        # "Quận Ninh Kiều có nhiều điểm nhất (7.984 điểm), tiếp đến là quận Bình Thủy (3.412 điểm)": who has
        # the most points counts them, in the whole list
        most = _MOST_POINTS.search(text, 0, reading.start) is not None
        return "count" if most or _counted_points().search(clause_before(text, reading.start)) else "score"
    if ends_with("change", before):
        return "change"
    return "number_word" if reading.is_word else "count"


_MOST_POINTS = re.compile(r"(?<!\w)(?:nhiều|ít)\s+điểm(?:\s+[^\W\d_]+){0,5}?\s+nhất(?!\w)", re.IGNORECASE)


@cache
def _counted_points() -> re.Pattern[str]:
    """ "số điểm" before a word that names what the points are ("số điểm giao dịch", "số điểm truy cập"), not
    before a verb or a word of scoring ("với số điểm 92,5", "số điểm trung bình đạt …")."""
    said = phrase_alternation((*cue_words("value_verbs"), *cue_words("score_qualifiers")))
    return re.compile(rf"(?<!\w)số\s+điểm\s+(?!(?:{said})(?!\w))[^\W\d_]", re.IGNORECASE)


@cache
def _score_label_pattern() -> re.Pattern[str]:
    """A score after its label and a verb: "tổng điểm 800", "điểm số đạt 92"; a one-word label
    ("điểm") only where its clause opens, so "thời điểm … đạt 5" is no score."""
    labels, verbs = alternation("score_labels"), alternation("value_verbs")
    phrases = phrase_alternation(label for label in cue_words("score_labels") if " " in label)
    return re.compile(
        rf"(?:{labels})\s*(?:{verbs})?\s*$|(?:^\s*(?:{labels})|\b(?:{phrases}))\b[^\d]*(?:{verbs})\s*$"
    )


@cache
def _index_label_pattern() -> re.Pattern[str]:
    """An index's value after its name and a verb: "chỉ số EGDI đạt 0,77"."""
    return re.compile(rf"\b(?:{alternation('index_labels')})\b.*(?:{alternation('value_verbs')})\s*$")


@cache
def _count_label_pattern() -> re.Pattern[str]:
    """A count after its label and a verb, ``what`` it counts: "số doanh nghiệp là 76.000"."""
    return re.compile(
        rf"\b(?:{alternation('count_labels')})\s+(?P<what>[^,;:]+?)\s+(?:{alternation('value_verbs')})\s*$",
        re.IGNORECASE,
    )


@cache
def _label_number_pattern() -> re.Pattern[str]:
    """A number that is part of a label, not a value: "mức 3", "phiên bản 2"."""
    return re.compile(rf"\b(?:{alternation('label_number_words')})\s+\d+")


@cache
def _count_label_end_pattern() -> re.Pattern[str]:
    """Where what a count label counts ends: "số doanh nghiệp | của tỉnh", "số hồ sơ | được xử lý"."""
    # "số thiết bị IoT bị tấn công": the "bị" of a compound ("thiết bị") ends nothing
    compounds = "".join(f"(?<!{re.escape(word)})" for word in cue_words("count_label_end_not_after"))
    return re.compile(rf"{compounds}\s+(?:{alternation('count_label_ends')})\b")


# "giảm từ 25 phút | xuống còn 8 phút", "rút từ 5 ngày | xuống 2 ngày": a duration a change started from
# "từ" right before a value: where a change started ("giảm từ 25 phút …") or a bound ("dài từ 15 m trở lên")
FROM_BEFORE = re.compile(r"(?<!\w)từ\s*$", re.IGNORECASE)
_DOWN_AFTER = re.compile(r"\s*(?:xuống|còn|lên)(?!\w)", re.IGNORECASE)


def _time_change_from(text: str, before: str, unit: Unit) -> bool:
    return bool(FROM_BEFORE.search(before)) and _DOWN_AFTER.match(text, unit.end) is not None


# how far back the words of a change may stand: "giảm khoảng 12-15%" holds its hedge in the figure's own text
_CHANGE_WORDS_BACK = 30


def change_direction(sentence: str, start: int, *, kind: str) -> Literal["up", "down"] | None:
    """Whether the number at ``start`` is a rise or a fall the sentence states, not a level: "up" for
    "tăng 17,5% so với cùng kỳ", "tăng 8 bậc", "down" for "giảm khoảng 70%" (``falling_changes``); None for
    a level, "tăng lên 85%", or either end of "tăng từ 40% lên 62%". Words that say a change only of steps
    (``step_changes``) count only for a figure of ``kind`` "change": "mất 3 bậc", not "chỉ mất 15 phút".

    >>> text = "Doanh thu đạt 1.200 tỷ đồng, tăng 17,5%; chi phí giảm 12%, tỷ lệ tăng lên 85%."
    >>> [change_direction(text, text.index(n), kind="percent") for n in ("1.200", "17,5", "12%", "85")]
    [None, 'up', 'down', None]
    >>> text = "Việt Nam mất 3 bậc; thủ tục chỉ mất 15 phút."
    >>> steps, minutes = text.index("3"), text.index("15")
    >>> change_direction(text, steps, kind="change"), change_direction(text, minutes, kind="count")
    ('down', None)
    """
    before = sentence[max(0, start - _CHANGE_WORDS_BACK) : start]
    match = ending_pattern("change").search(before)
    if match is None:
        return None
    word = " ".join(match.group(0).split()).casefold()
    if kind != "change" and ending_pattern("step_changes").fullmatch(word):
        return None
    return "down" if ending_pattern("falling_changes").search(word) else "up"


def starts_a_change(sentence: str, start: int, end: int) -> bool:
    """Whether a value is where a change started ("giảm từ 25 phút | xuống còn 8 phút"): a state left behind,
    not the one the sentence reports.

    >>> text = "Thời gian chờ giảm từ 25 phút xuống còn 8 phút."
    >>> starts_a_change(text, text.index("25"), text.index(" xuống")), starts_a_change(text, 38, 44)
    (True, False)
    """
    return bool(FROM_BEFORE.search(sentence[:start])) and _DOWN_AFTER.match(sentence, end) is not None


@cache
def _time_figure_pattern() -> re.Pattern[str]:
    """Words that make a time a figure, not a period: "xuống còn 5 ngày", "tối đa 3 ngày"."""
    return re.compile(rf"\b(?:{alternation('time_figure_words')})\s*$", re.IGNORECASE)


_ASIDE = re.compile(r"\s*\([^()]*\)")


def _index_clause(text: str, start: int) -> str:
    """The clause an index's value is read in: "(DII)" after the name left out, and the clause before
    when the value's own holds only verbs ("Chỉ số dữ liệu mở tăng nhanh nhất, đạt 0,66")."""
    before = _ASIDE.sub("", text[:start])
    clause = clause_before(before, len(before))
    if re.fullmatch(
        rf"[\s,]*(?:(?:{alternation('value_verbs')}|{alternation('index_clause_adverbs')})\s*)+", clause
    ):
        rest = before[: len(before) - len(clause)]
        clause = clause_before(rest, len(rest)) + clause if rest else clause
    return clause


@cache
def _back_label_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?:{alternation('figure_back_labels')})\s+(?:{alternation('anaphora')})(?!\w)[^\d,;:]{{0,30}}?"
        rf"\s(?:{alternation('value_verbs')})\s*$",
        re.IGNORECASE,
    )


def points_back_to_figure(text: str, start: int) -> bool:
    """Whether the value at ``start`` follows a label pointing back at an earlier figure.

    >>> text = "Năm 2024, con số này mới là 245.000."
    >>> points_back_to_figure(text, text.index("245"))
    True
    """
    return _back_label_pattern().search(clause_before(text, start)) is not None


def label_unit(text: str, reading: Reading) -> tuple[FigureKind, str] | None:
    """A value after its label: "tổng điểm 800", "chỉ số EGDI đạt 0,77", "tăng thêm 1,5 triệu"; after
    "con số này", a count whose unit the figure pointed at gives (``measure.refer``)."""
    clause = clause_before(text, reading.start)
    folded = clause.casefold()
    if points_back_to_figure(text, reading.start):
        return "count", ""
    if _score_label_pattern().search(folded):
        return "score", "điểm"
    if _index_label_pattern().search(_index_clause(text, reading.start).casefold()) and reading.value < 1000:
        return "score", "điểm"
    counted = _count_label_pattern().search(drop_named_examples(clause))
    # "Số thuê bao 5G … là gần 9 triệu": "5G" belongs to the label, a number of its own does not
    # "Số doanh nghiệp thành lập mới năm 2024 đạt 1.240": the year the label is of is no value either
    label_numbers = _label_number_pattern().sub("", counted.group("what")) if counted else ""
    label_numbers = re.sub(r"(?<!\w)năm\s+\d{4}(?!\w)", "", label_numbers, flags=re.IGNORECASE)
    if counted and not re.search(r"(?<!\w)\d[\d.,]*(?!\w)", label_numbers):
        what = _count_label_end_pattern().split(counted.group("what"))[0]
        if 0 < len(what.split()) <= 7:
            return "count", what.strip()
    if reading.scaled and ends_with("change", text[max(0, reading.start - 30) : reading.start]):
        return "change", ""
    return None


@cache
def _parties_before_pattern() -> re.Pattern[str]:
    """Words before a number word that make it name parties, not count them: "giữa hai", "cả hai"."""
    return re.compile(rf"(?<!\w)(?:{alternation('parties_before')})\s*$", re.IGNORECASE)


def _text_before(pieces: Sequence[Piece], index: int, reading: Reading) -> str:
    """The words before a reading, joined: what its cue patterns look back on."""
    return " ".join(piece.text for piece in pieces[:index] if piece.end <= reading.start)


def _in_a_name(pieces: Sequence[Piece], index: int) -> bool:
    """Whether the number word before ``pieces[index]`` is capitalised mid-sentence before a capital."""
    number = index - 1
    opening = number == 0 or pieces[number - 1].text in {".", ":", "!", "?", '"', "“"}
    return (
        number >= 0
        and not opening
        and pieces[number].text[:1].isupper()
        and index < len(pieces)
        and pieces[index].text[:1].isupper()
    )


def word_number_counts(reading: Reading, pieces: Sequence[Piece], index: int, unit: Unit | None) -> bool:
    """A number word is a figure only before a counted noun; a lone "năm" before a known one."""
    if unit is None:
        return reading.scaled
    if unit.category not in {"noun", "money", "percent", "multiplier"}:
        return False
    if not reading.scaled and _parties_before_pattern().search(_text_before(pieces, index, reading)):
        return False  # "giữa hai đô thị lớn", "cả hai huyện": the parties compared, not a statistic
    if _in_a_name(pieces, index):
        return False  # "Cu Ba Đồng Hới", "Hai Bà Trưng": a name, not a count
    if reading.value == 5 and not reading.scaled and pieces[index - 1].folded == "năm":
        # "năm nền tảng số" is five platforms; "là năm Dữ liệu số", "trong năm học" are years
        previous = pieces[index - 2].folded if index >= 2 else ""
        if previous in year_noun_before() or pieces[index].text[:1].isupper():
            return False
        if pieces[index].folded in cue_words("year_compounds"):
            return False  # "năm học", "năm tài chính" name a year
        # "xây dựng năm kho dữ liệu": after a verb, "năm" before a noun counts what was done
        after_verb = (
            index >= 2 and pieces[index - 2].tag.startswith("V") and pieces[index].tag.startswith("N")
        )
        return after_verb or bool(match_phrase(pieces, index, counted_nouns()))
    return True
