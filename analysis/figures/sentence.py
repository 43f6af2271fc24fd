"""The grammar over one sentence: ranks and fixed shapes first, then every other number, each one figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from analysis.figures.cues import (
    alternation,
    clause_before,
    cue_pattern,
    cue_words,
    ends_with,
    list_heads,
    only_cues,
    piece_after,
)
from analysis.figures.kinds import (
    DOUBLE,
    FRACTION,
    FROM_BEFORE,
    MULTIPLIER_WORDS,
    OUT_OF_SCORE,
    fraction_kind,
    is_date_fraction,
    kind_of,
    label_unit,
    per_before_pattern,
    per_frame_pattern,
    share_pattern,
    word_number_counts,
)
from analysis.figures.make import Candidate, make_figure
from analysis.figures.measure.counted import extend_counted
from analysis.figures.measure.empty import is_empty_measure
from analysis.figures.measure.places import is_place
from analysis.figures.measure.words import _words_pattern, changes_a_count
from analysis.figures.ranks import read_ranks
from analysis.figures.reading import (
    DOCUMENT_CODE_AFTER,
    Reading,
    is_label,
    is_marker,
    is_truncated,
    is_year,
    masked_spans,
    read_numbers,
)
from analysis.figures.units import Piece, Unit, grammar, match_phrase, pieces_of, read_unit, tag_pieces
from analysis.numbers import find_number_words, find_numbers
from analysis.text import phrase_alternation
from analysis.types import FigureKind, Sentence

# the end a quantity was cut down to: "rút từ 5 ngày xuống còn 1 ngày", "giảm từ 3 giờ còn 1 giờ"
_CUT_DOWN_TO = re.compile(
    r"(?<!\w)từ\s+[\d.,]+\s+\S+(?:\s+\S+)?\s+(?:xuống còn|xuống|còn)\s*$", re.IGNORECASE
)


@cache
def _share_copula_pattern() -> re.Pattern[str]:
    """The verb between a share and what it is a share of: "khoảng 1/5 là doanh nghiệp phần mềm"."""
    return re.compile(rf"\s+(?:{alternation('share_copulas')})(?!\w)", re.IGNORECASE)


@cache
def _anaphora_pattern() -> re.Pattern[str]:
    """A word after a counted noun that points back to a figure already given: "năm nền tảng này"."""
    return re.compile(rf"\s*(?:{alternation('anaphora')})(?!\w)", re.IGNORECASE)


@cache
def _share_of_whole_pattern() -> re.Pattern[str]:
    """The whole a share is of, right after it: "chiếm 35% tổng số"."""
    return re.compile(rf"\s+(?:{alternation('whole_words')})(?!\w)", re.IGNORECASE)


@cache
def _per_after_pattern() -> re.Pattern[str]:
    """What a count is taken per, right after it: "2,3 bác sĩ trên 10.000 dân"."""
    return re.compile(
        rf"\s+(?:{alternation('per_markers')})\s+(?P<n>\d{{1,3}}(?:\.\d{{3}})*)\s+(?P<per>[^\W\d_]+)"
    )


def _is_per(words: str) -> bool:
    """Whether ``words`` open with what a rate is taken per ("dân", "người", "hộ", "km2")."""
    return words.casefold() in {word.casefold() for word in grammar()["units"]["per"]}


def _fixed(
    sentence: Sentence,
    doc_year: int | None,
    start: int,
    end: int,
    value: float,
    unit: str,
    kind: FigureKind,
    **more: Any,
) -> Candidate:
    """A shape read without a plain number, made like every figure (``make_figure``)."""
    figure = make_figure(
        sentence, start=start, end=end, value=value, unit=unit, kind=kind, doc_year=doc_year, **more
    )
    return Candidate(figure, None, False)


def _read_fixed_shapes(
    sentence: Sentence, doc_year: int | None, pieces: Sequence[Piece] | None = None
) -> list[Candidate]:
    """Shapes without a plain number: "tăng gấp đôi" (a multiplier of 2), "tổng điểm 99,74/100"."""
    text = sentence.text
    found = []
    for match in DOUBLE.finditer(text):
        value = MULTIPLIER_WORDS[match.group("w").casefold()]
        found.append(_fixed(sentence, doc_year, match.start(), match.end(), value, "lần", "multiplier"))
    for match in share_pattern().finditer(text):
        # "hơn 1/3 số hộ", "2/3 dân số": a part of a whole; "ngày 1/3" is a date. Read before the bare
        # fractions below, so the qualifier and "số" stay with the share
        pieces = tag_pieces(text) if pieces is None else pieces
        unit = read_unit(pieces, piece_after(pieces, match.end()))
        copula = _share_copula_pattern().match(text, match.end())
        if unit is None and copula and match.group("q"):
            # "trong đó khoảng 1/5 là doanh nghiệp phần mềm": the part is named after "là"
            unit = read_unit(pieces, piece_after(pieces, copula.end()))
        numerator, denominator = float(match.group("n")), float(match.group("of"))
        if unit is None or unit.category != "noun" or numerator >= denominator:
            continue
        whole = match.group("of_word") or match.group("q") or unit.text.casefold() == "dân số"
        if not whole or ends_with("date_words", text[: match.start()]):
            continue
        found.append(
            _fixed(
                sentence,
                doc_year,
                match.start(),
                unit.end,
                numerator,
                unit.text,
                "share",
                out_of=denominator,
                qualifier=(match.group("q") or "").casefold() or None,
            )
        )
    for match in FRACTION.finditer(text):
        value, out_of = float(match.group("n").replace(".", "")), float(match.group("of").replace(".", ""))
        pieces = tag_pieces(text) if pieces is None else pieces
        unit = read_unit(pieces, piece_after(pieces, match.end()))
        # "612/745 trường": a share of the whole; a date ("12/7") has no counted noun after it, and a
        # small total ("3/7 huyện") is a share only with a lower-case noun and no date word before it
        if unit is None or unit.category != "noun" or value > out_of:
            continue
        if out_of <= 12 and (not unit.text[:1].islower() or is_date_fraction(text, match.start())):
            continue
        kind = fraction_kind(text, match.start())
        # a share's noun run says which ones, as a count's does: "41/45 chợ truyền thống triển khai …"
        after = (
            extend_counted(text, unit.end, unit.text, counted=True, share=True) if kind == "share" else None
        )
        found.append(
            _fixed(
                sentence,
                doc_year,
                match.start(),
                unit.end,
                value,
                unit.text,
                kind,
                out_of=out_of,
                after=after,
            )
        )
    for match in OUT_OF_SCORE.finditer(text):
        points_after = re.match(r"\s*điểm(?!\w)", text[match.end() :], re.IGNORECASE)
        if not points_after and not re.search(
            rf"\b(?:{alternation('score_clause_words')})\b", clause_before(text, match.start()), re.IGNORECASE
        ):
            continue
        value = float(match.group("n").replace(",", "."))
        out_of = float(match.group("of").replace(".", ""))
        if (out_of == FIVE_POINT_SCALE and not (points_after or "," in match.group("n"))) or value > out_of:
            continue  # "ngày 4/5", "4/5 huyện": a date or a share, not a rating
        end = match.end() + (points_after.end() if points_after else 0)
        found.append(_fixed(sentence, doc_year, match.start(), end, value, "điểm", "score", out_of=out_of))
    return found


FIVE_POINT_SCALE = 5


@cache
def _list_opener_pattern() -> re.Pattern[str]:
    """What opens a list after a counted noun: a word between spaces ("3 đột phá gồm …") or a mark
    anywhere after it ("3 đột phá: …")."""
    openers = cue_words("list_openers")
    words = phrase_alternation(opener for opener in openers if opener[:1].isalnum())
    marks = phrase_alternation(opener for opener in openers if not opener[:1].isalnum())
    return re.compile(rf"(?:^|\s)(?:{words})\s|{marks}")


def _opens_list(text: str, unit_end: int, next_sentence: str | None) -> bool:
    rest = text[unit_end:].casefold()
    if _list_opener_pattern().search(rest):
        return True
    if next_sentence is not None and not rest.strip(' ."”'):
        opening = next_sentence.strip().casefold()
        return any(opening.startswith(start) for start in cue_words("list_starts"))
    return False


def _counts_places_named_before(text: str, reading: Reading, unit_text: str) -> bool:
    """Whether a number word only counts the places named right before "là": "Huyện Hải Hậu và huyện Giao
    Thủy là hai địa phương …"."""
    named = _NAMED_THEN_IS.search(text, 0, reading.start)
    if named is None or not _words_pattern("apposed_kinds", at="start").fullmatch(unit_text):
        return False
    places = [name.strip() for name in re.split(r",\s*|\s+và\s+", named.group("names")) if name.strip()]
    return len(places) == reading.value and all(is_place(place) for place in places)


_NAMED_THEN_IS = re.compile(r"(?:^|[.;:]\s+)(?P<names>[^.;:]+?)\s+là\s+$", re.IGNORECASE)
_SHARE_AMONG_COUNTED = re.compile(r"\s+trong số\s+[\d.,]+\s+(?=[^\W\d_])", re.IGNORECASE)
_LIST_JOINT = re.compile(r"\s*(?:[,;]|và|hoặc|,\s*và)\s*")


@cache
def _scale_pattern() -> re.Pattern[str]:
    """A scale before a number, whose top it is: "trên thang 10 điểm"."""
    return re.compile(rf"(?<!\w)(?:{alternation('scale_words')})\s*$", re.IGNORECASE)


_ELLIPSIS = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?P<label>[^\d,;.()%]{1,40}?)\s*$")


def _elided_unit(
    text: str, reading: Reading, found: Sequence[Candidate], pieces: Sequence[Piece]
) -> tuple[FigureKind, str] | None:
    """A score whose verb and unit the sentence leaves out after a first one: "điểm chính quyền số đạt
    0,58, kinh tế số 0,39 và xã hội số 0,47" – a short label, then the value."""
    before = [c.figure for c in found if c.figure.end <= reading.start and c.figure.kind == "score"]
    if not before:
        return None
    previous = max(before, key=lambda figure: figure.end)
    gap = _ELLIPSIS.fullmatch(text, previous.end, reading.start)
    if gap is None or len(gap.group("label").split()) > 5:
        return None
    start, end = gap.span("label")
    if any(start <= piece.start < end and piece.tag.startswith("V") for piece in pieces):
        return None  # the shape leaves the verb out: "…, thuộc nhóm bậc 1" is no second score
    return previous.kind, previous.unit


_AVERAGE_OF = re.compile(
    r"(?:trung bình|bình quân)(?:\s+chung)?(?:\s+của)?\s+(?P<who>[^,;()]+?)\s*$", re.IGNORECASE
)
_WHOLE = {"cả nước", "toàn quốc", "chung"}  # an average of the whole is the country's: no place


def _is_threshold(text: str, reading: Reading, end: int, found: Sequence[Candidate]) -> bool:
    """A bound that picks out which ones a figure counts, not a figure: "Có 8/17 bộ, ngành đạt trên 0,6
    điểm", "21/27 huyện đạt tỷ lệ hồ sơ trực tuyến trên 70%" (after a count or share in the same clause),
    "khách hàng chuyển tiền trên 10 triệu đồng/lần phải xác thực sinh trắc học" (a condition), "tàu cá dài từ
    15 m trở lên" (a bound with its tail)."""
    tail = cue_pattern("threshold_tails").match(text[end:].lstrip())
    bound_from = FROM_BEFORE.search(text, 0, reading.start)
    ahead = text[: bound_from.start()].rstrip() if bound_from else ""
    aimed = ends_with("stated_value_verbs", ahead) or ends_with("target", ahead)
    condition = tail is not None and cue_pattern("threshold_conditions").match(
        text[end:].lstrip()[tail.end() :].lstrip()
    )
    if tail and bound_from and (not aimed or condition):
        # "tàu cá dài từ 15 m trở lên": which boats, not a figure; "phấn đấu đạt từ 89 điểm trở lên", "đặt mục
        # tiêu từ 8% trở lên" are floors aimed at, figures, unless a condition follows: "doanh nghiệp có từ 50
        # lao động trở lên phải lập hóa đơn điện tử" says which ones must
        return True
    bound = (reading.qualifier or "").casefold()
    if bound not in cue_words("threshold_bounds"):
        return False
    if cue_pattern("threshold_conditions").match(text[end:].lstrip(" /")):
        return True
    counted = [
        candidate.figure
        for candidate in found
        # "Hiện còn ba huyện có tỷ lệ hồ sơ trực tuyến dưới 50%": a number word counts as well
        if candidate.figure.kind in {"count", "share", "number_word"}
        and candidate.figure.end <= reading.start
    ]
    between = text[counted[-1].end : reading.start] if counted else ";"
    if re.search(r"[;:.()]", between):
        return False
    # after a comma only the rest of a coordinated noun may come before the verb: "12/20 sở, ngành đạt trên …"
    tail = between.split(",")[-1]
    verb = cue_pattern("threshold_verbs").search(tail)
    return verb is not None and ("," not in between or 1 <= len(tail[: verb.start()].split()) <= 2)


_RATE_LABEL_OPENS = re.compile(r"(?:^|[,;:]\s*)(?:[^\W\d_]+\s+){0,3}?(?:tỷ lệ|tỷ trọng)\s", re.IGNORECASE)
_RATE_STATED_AFTER = re.compile(r"[^,;:.()\d]*?\s(?:đạt|là|chiếm|ở mức)\s+[^,;:.()\d]{0,20}?\d[\d.,]*\s*%")


def _inside_a_rate_label(text: str, reading: Reading, end: int) -> bool:
    """Whether a number after a quantifier ("đầy đủ 8 loại vắc xin", "ít nhất 2 dịch vụ") stands inside the
    label of a rate its clause opens with and states after it: which ones the rate counts, not a figure."""
    start = reading.start
    clause_start = max((m.end() for m in re.finditer(r"[,;:.]\s", text[:start])), default=0)
    before = text[clause_start:start]
    quantified = (reading.qualifier or "").casefold() in cue_words("label_quantifiers")
    return (
        (quantified or ends_with("label_quantifiers", before))
        and _RATE_LABEL_OPENS.search(before) is not None
        and _RATE_STATED_AFTER.match(text, end) is not None
    )


def _equal_to_the_count(between: str) -> bool:
    """Whether the share's own words before it say it is of the people counted before it:
    "79,8 triệu người dùng Internet, | tương đương | 78,1% dân số"; not "8.500 trạm phát sóng, | phủ tới | 26%
    dân số", where the population is what the stations cover."""
    return only_cues(between, "whole_equals")


def _bracketed_like_before(
    text: str, reading: Reading, found: Sequence[Candidate]
) -> tuple[FigureKind, str] | None:
    """A bare value in brackets after a rate or a score, compared with it or listed after it: "14,8 chữ ký
    số trên 100 người, cao hơn mức trung bình toàn quốc (11,2)", "… TP Tân An (27,5), Đức Hòa (21,3)"."""
    if not (re.search(r"\(\s*$", text[: reading.start]) and re.match(r"\s*\)", text[reading.end :])):
        return None
    before = [c.figure for c in found if c.figure.end <= reading.start]
    if not before:
        return None
    previous = max(before, key=lambda figure: figure.end)
    return (previous.kind, previous.unit) if previous.kind in {"rate", "score"} and previous.unit else None


def _rate_of_same_noun(found: Sequence[Candidate], reading: Reading, unit_text: str) -> str | None:
    """The unit of a rate earlier in the sentence that counts ``unit_text`` per head: a count of the same
    noun after it ("mức bình quân cả nước là 13,5 bác sĩ") leaves out the "trên 10.000 dân" it shares."""
    if not unit_text or "/" in unit_text:
        return None
    for candidate in reversed(found):
        figure = candidate.figure
        if figure.end <= reading.start and figure.kind == "rate":
            return figure.unit if figure.unit.casefold().startswith(f"{unit_text.casefold()}/") else None
    return None


def _count_of_same_counter(found: Sequence[Candidate], reading: Reading, unit_text: str) -> str | None:
    """The unit of a count earlier in the sentence that a score's word opens: "412 điểm phát wifi công cộng
    …; huyện Tam Dương có 150 điểm" counts the same places, no score of 150 points."""
    for candidate in reversed(found):
        figure = candidate.figure
        if figure.end <= reading.start and figure.kind == "count":
            fuller = figure.unit.casefold().startswith(f"{unit_text.casefold()} ")
            return figure.unit if fuller else None
    return None


def _list_unit(text: str, pieces: Sequence[Piece], readings: Sequence[Reading], position: int) -> Unit | None:
    """The unit after the last of a list of bare numbers, which they all share.

    In "lần lượt đạt 58,21; 55,6 và 51,37 điểm" every number is a score; a number whose own unit
    is missing would otherwise take a label before it ("chính quyền số lần lượt đạt 11,2") or none.
    """
    current = readings[position]
    for following in readings[position + 1 :]:
        if following.is_word or not _LIST_JOINT.fullmatch(text[current.end : following.start]):
            return None
        unit = read_unit(pieces, piece_after(pieces, following.end))
        if unit is not None:
            return None if unit.category == "time" else unit
        current = following
    return None


def read_sentence(
    sentence: Sentence, pieces: Sequence[Piece], doc_year: int | None, next_sentence: str | None
) -> list[Candidate]:
    text = sentence.text
    found, taken = read_ranks(sentence, pieces, doc_year)
    for shape in _read_fixed_shapes(sentence, doc_year, pieces):
        if any(a < shape.figure.end and shape.figure.start < b for a, b in taken):
            continue  # "xếp thứ 8/63 tỉnh" is a rank, not a fraction
        found.append(shape)
        taken.append((shape.figure.start, shape.figure.end))
    masked = masked_spans(text) + taken
    consumed: list[tuple[int, int]] = []
    readings = read_numbers(text)
    for position, reading in enumerate(readings):
        if any(start < reading.end and reading.number_start < end for start, end in [*masked, *consumed]):
            continue
        if is_year(text, reading) or is_label(text, reading, pieces) or is_marker(text, reading):
            continue
        if DOCUMENT_CODE_AFTER.match(text, reading.end):
            continue
        index = piece_after(pieces, reading.end)
        unit = read_unit(pieces, index)
        shared = unit is None and (unit := _list_unit(text, pieces, readings, position)) is not None
        if unit is not None and is_truncated(unit, text):
            continue
        kind = kind_of(text, reading, unit)
        unit_text = unit.text if unit is not None else ""
        end = unit.end if unit is not None and not shared else reading.end
        if _scale_pattern().search(clause_before(text, reading.start)):
            continue  # "trên thang 10 điểm": the top of a scale
        if _is_threshold(text, reading, end, found):
            continue  # "Có 8/17 bộ, ngành đạt trên 0,6 điểm": the bar they passed, not a figure
        if _inside_a_rate_label(text, reading, end):
            continue  # "Tỷ lệ trẻ … đầy đủ 8 loại vắc xin đạt 96,4%": which ones the rate counts
        if unit is None:
            labelled = (
                label_unit(text, reading)
                or _elided_unit(text, reading, found, pieces)
                or _bracketed_like_before(text, reading, found)
            )
            if labelled is None:
                continue
            kind, unit_text = labelled
        if kind is None:
            continue
        if reading.is_word and not word_number_counts(reading, pieces, index, unit):
            continue
        if reading.is_word and unit is not None and _counts_places_named_before(text, reading, unit.text):
            continue  # "Huyện A và huyện B là hai địa phương có …": the places just named, counted
        if (
            kind in {"count", "number_word"}
            and reading.value == 1
            and not reading.scaled
            and not _CUT_DOWN_TO.search(text, 0, reading.start)
        ):
            continue  # "1 đề án", "một cửa": a singular, not a statistic ("rút … xuống còn 1 ngày" is one)
        if unit is not None and _anaphora_pattern().match(text, unit.end):
            continue  # "năm nền tảng này" refers back to a figure already given
        per_before = per_before_pattern().search(clause_before(text, reading.start)) or (
            per_frame_pattern().match(text)
        )
        if kind in {"count", "number_word"} and per_before and unit_text and "/" not in unit_text:
            kind, unit_text = "rate", f"{unit_text}/{per_before.group(1)}"  # "mỗi ngày … 2 triệu lượt"
        after = None
        share_of = None
        if kind == "percent" and unit is not None:
            tail = read_unit(pieces, piece_after(pieces, unit.end))
            whole = _share_of_whole_pattern().match(text, unit.end)
            among = _SHARE_AMONG_COUNTED.match(text, unit.end)
            counted_among = read_unit(pieces, piece_after(pieces, among.end())) if among else None
            if counted_among is not None and counted_among.category == "noun":
                # "100% trong số 293 trạm y tế xã đã cập nhật …": the share is of the ones counted, as in
                # "100% trạm y tế xã đã cập nhật …"; the number of the whole only says how many there are
                after = extend_counted(text, counted_among.end, counted_among.text)
            elif whole:
                # "chiếm 87% tổng số sản phẩm OCOP của tỉnh": a share of the whole, named if nothing else is
                share_of = extend_counted(text, whole.end(), "", counted=True) or None
                if share_of and len(share_of.split()) <= 2:
                    share_of = (
                        f"{whole.group(0).strip()} {share_of}"  # "chiếm gần 62% tổng số thu": not "thu"
                    )
            elif tail is not None and tail.category == "noun" and text[unit.end : tail.start].strip() == "":
                after = extend_counted(text, tail.end, tail.text)
                counted_before = [c.figure for c in found if c.figure.kind in {"count", "number_word"}]
                if (
                    after.casefold() in cue_words("whole_nouns")
                    and counted_before
                    and _equal_to_the_count(
                        re.split(r"[,;:]", text[counted_before[-1].end : reading.start])[-1]
                    )
                ):
                    # "79,8 triệu người dùng Internet, tương đương 78,1% dân số": the share of those counted
                    after = counted_before[-1].measure
        per_period = kind == "rate" and per_before is not None  # "Mỗi ngày, cổng tiếp nhận 1.200 hồ sơ"
        # "đưa thêm 300 sản phẩm lên sàn": a change counted in things says which ones as a count does
        counted_change = changes_a_count(kind, unit_text)
        if (
            (kind in {"count", "number_word"} or per_period or counted_change)
            and unit is not None
            and unit.category == "noun"
        ):
            run = extend_counted(text, unit.end, unit.text, counted=True)
            after = run if run != unit.text or per_period else None
        per_after = _per_after_pattern().match(text, end)
        if kind in {"count", "number_word"} and unit_text and per_after and _is_per(per_after.group("per")):
            # "2,3 bác sĩ trên 10.000 dân": one rate, not two counts
            kind, end = "rate", per_after.end()
            unit_text = f"{unit_text}/{per_after.group('n')} {per_after.group('per')}"
            consumed.append(per_after.span("n"))
        same_rate = _rate_of_same_noun(found, reading, unit_text) if kind == "count" else None
        if same_rate is not None:
            kind, unit_text = "rate", same_rate  # "… 19,6 bác sĩ trên 10.000 dân, cả nước là 13,5 bác sĩ"
        same_counter = _count_of_same_counter(found, reading, unit_text) if kind == "score" else None
        if same_counter is not None:
            kind, unit_text = "count", same_counter
        figure = make_figure(
            sentence,
            start=reading.start,
            end=end,
            value=reading.value,
            unit=unit_text,
            kind=kind,
            doc_year=doc_year,
            qualifier=reading.qualifier,
            value_high=reading.value_high,
            after=after,
        )
        if share_of and is_empty_measure(figure.measure, figure.place):
            figure = replace(figure, measure=share_of)
        compared = _words_pattern("comparison_words", at="any").search(figure.measure or "") and (
            _bracketed_like_before(text, reading, found)
        )
        if compared:
            # "đạt 0,6125 điểm, cao hơn mức trung bình cả nước (0,5804)": the same measure, for the whole
            # ("cả nước") or the group the average is of ("mức trung bình của thế giới")
            group = _AVERAGE_OF.search(figure.measure or "")
            place = group.group("who") if group and group.group("who").casefold() not in _WHOLE else None
            figure = replace(
                figure,
                measure=max(found, key=lambda c: c.figure.end).figure.measure,
                place=place or figure.place,
            )
        list_key = None
        # "Bộ chỉ số GCI gồm năm trụ cột: …" gives the index's make-up, a figure; not a list of tasks
        of_index = re.search(
            rf"\b(?:{alternation('index_labels')})\b", clause_before(text, reading.start), re.I
        )
        if unit is not None and unit.category == "noun" and not of_index:
            head = match_phrase(pieces, index, list_heads())
            if head:
                list_key = (reading.value, tuple(p.folded for p in pieces[index : index + head]))
        found.append(
            Candidate(figure, list_key, list_key is not None and _opens_list(text, end, next_sentence))
        )
    return sorted(found, key=lambda candidate: candidate.figure.start)


def heading_keys(headings: Sequence[str]) -> set[tuple[float, tuple[str, ...]]]:
    keys = set()
    for heading in headings:
        pieces = [Piece(t, t.casefold(), s, e, "") for t, s, e in pieces_of(heading)]
        mentions = [m for m in find_numbers(heading) if m.raw[:1].isdigit()] + find_number_words(heading)
        for mention in mentions:
            index = piece_after(pieces, mention.end)
            length = match_phrase(pieces, index, list_heads())
            if length:
                keys.add((mention.value, tuple(p.folded for p in pieces[index : index + length])))
    return keys
