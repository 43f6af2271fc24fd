"""Key figures: numbers with what they measure, typed by how Vietnamese writes them, with year and source.

The grammar: read every number (digits with Vietnamese separators and scale words, or number
words), drop the ones that are identifiers, ordinals, dates, list markers or code; take the unit
from what follows (a known unit, else the noun run the POS tagger found); decide the kind from cue
words around the number (thứ/hạng, gấp/lần, tăng/giảm … bậc, /năm, A–B, từ … đến); then the year,
whether it is a target, and what it measures, all from the figure's own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from analysis.measures import extend_counted, measure_about, measure_before
from analysis.nlp import glossary
from analysis.numbers import find_number_words, find_numbers
from analysis.quantities import (
    Piece,
    Unit,
    align_pieces,
    grammar,
    match_phrase,
    pieces_of,
    read_unit,
    tag_pieces,
)
from analysis.resources import load_lines
from analysis.types import Figure, FigureKind, NumberMention, Sentence

_YEAR = re.compile(r"(?:\bnăm\s+|/)((?:19|20)\d\d)(?![\d/])", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:vn|com|net|org|gov|html?|php|aspx?)(?:/\S*)?\b", re.I)
_CODE = re.compile(
    r"[{}]|\b\d+(?:px|em|rem)\b|[a-z-]+\s*:\s*\d+(?:px|em|rem|%)\s*;|\bfunction\s*\(|\bvar\s+\w+\s*=|=\s*\d+\s*;",
    re.I,
)
_DOCUMENT_CODE_AFTER = re.compile(r"\s*[/\-–]\s*[A-ZĐ]")
_CLAUSE_BOUNDARY = re.compile(
    r",(?=\s)|[;:(–]|\s-\s|\b(?:và|nhưng|còn|trong đó|trong khi|song)\b", re.IGNORECASE
)
_HAS_NUMBER = re.compile(r"\d|\b(?:thứ|gấp|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)\b", re.IGNORECASE)
# A horizon in a programme's name ("đến năm 2025, định hướng đến năm 2030") is not a figure's year.
_HORIZON = re.compile(
    r"(?:định hướng|tầm nhìn)(?:\s+(?:đến|tới))?\s+năm\s+\d{4}|(?:đến|tới) năm \d{4}(?=,?\s+"
    r"(?:định hướng|tầm nhìn))",
    re.IGNORECASE,
)
# A period gives its last year: "giai đoạn 2021-2025", "năm học 2023-2024".
_PERIOD = re.compile(
    r"\b(?:giai đoạn|năm học|niên khóa|niên khoá|nhiệm kỳ)\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DOUBLE = re.compile(r"(?<!\w)gấp\s+(?P<w>đôi|rưỡi)(?!\w)", re.IGNORECASE)
_OUT_OF_SCORE = re.compile(r"(?<![\w,.])(?P<n>\d{1,4}(?:,\d+)?)\s*/\s*(?P<of>10|100|1\.000)(?![\w/])")
_PER_BEFORE = re.compile(r"\bmỗi\s+(ngày|tuần|tháng|quý|năm|giờ)\b", re.IGNORECASE)
_FRACTION = re.compile(r"(?<![\w/.,])(?P<n>\d{1,4})\s*/\s*(?P<of>\d{1,4})(?![\w/]|[.,]\d)")
_ANAPHORA = re.compile(r"\s*(?:này|đó|nói trên|kể trên|ấy)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Reading:
    """A number as read, before it becomes a figure."""

    start: int
    end: int
    number_start: int
    value: float
    qualifier: str | None
    scaled: bool
    is_word: bool
    value_high: float | None = None


# --- cue words ------------------------------------------------------------------------------------


@cache
def _cues(name: str) -> tuple[str, ...]:
    return tuple(sorted(grammar()["cues"][name], key=len, reverse=True))


@cache
def _ending_pattern(name: str) -> re.Pattern[str]:
    """Whether a text ends with one of the cue phrases ``name``, as whole words."""
    words = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cues(name))
    return re.compile(rf"(?:^|(?<=[\s(\"“]))(?:{words})\s*$", re.IGNORECASE)


@cache
def _rank_pattern() -> re.Pattern[str]:
    cues = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cues("rank"))
    ordinals = "|".join(_ORDINAL_WORDS)
    return re.compile(
        rf"(?<!\w)(?:{cues})\s+(?:(?:thứ\s+)?(?P<w>{ordinals})(?!\w)(?!\s*\d)|(?:thứ\s+)?(?P<n>\d{{1,3}})"
        rf"(?:\s*/\s*(?P<of>\d{{1,3}}(?:\.\d{{3}})?))?(?![\w/]|[.,]\d))",
        re.IGNORECASE,
    )


_ORDINAL_WORDS = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}


@cache
def _list_heads() -> tuple[tuple[str, ...], ...]:
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(head)) for head in load_lines("list_heads.txt")}
    return tuple(sorted(keys, key=len, reverse=True))


@cache
def _rank_scopes() -> tuple[tuple[str, ...], ...]:
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(scope)) for scope in _cues("rank_scope")}
    return tuple(sorted(keys, key=len, reverse=True))


def _ends_with(name: str, text: str) -> bool:
    return _ending_pattern(name).search(text) is not None


# --- reading numbers -------------------------------------------------------------------------------


def _readings(text: str) -> list[_Reading]:
    readings = []
    for mention in find_numbers(text):
        if not mention.raw[:1].isdigit():
            continue  # number words are read below, compounds included
        readings.append(_reading(mention, is_word=False))
    for mention in find_number_words(text):
        readings.append(_reading(mention, is_word=True))
    readings.sort(key=lambda reading: reading.number_start)
    return _join_ranges(text, readings)


def _reading(mention: NumberMention, *, is_word: bool) -> _Reading:
    number_start = mention.end - len(mention.raw)
    scaled = (len(mention.raw.split()) > 1 and not is_word) or (is_word and _has_scale(mention.raw))
    return _Reading(
        mention.start, mention.end, number_start, mention.value, mention.qualifier, scaled, is_word
    )


def _has_scale(raw: str) -> bool:
    return any(word in {"nghìn", "ngàn", "triệu", "tỷ", "tỉ"} for word in raw.casefold().split())


def _join_ranges(text: str, readings: list[_Reading]) -> list[_Reading]:
    """ "7,5 - 8%", "15–18%", "từ 5 đến 7 năm", "5-10 triệu": one reading with a low and a high end."""
    joined: list[_Reading] = []
    index = 0
    while index < len(readings):
        low = readings[index]
        if index + 1 < len(readings):
            high = readings[index + 1]
            between = text[low.end : high.start]
            connector = re.fullmatch(r"\s*(%|[^\W\d]+(?:\s[^\W\d]+)?)?\s*(?:[-–—~]|đến|tới)\s*", between)
            if connector and not low.is_word and not high.is_word and (connector.group(1) or "") in {"", "%"}:
                factor = 1.0
                if high.scaled and not low.scaled:
                    factor = high.value / float(
                        text[high.number_start : high.end].split()[0].replace(".", "").replace(",", ".")
                    )
                value = low.value * factor
                if value < high.value and not _is_year_pair(low, high):
                    joined.append(replace(low, end=high.end, value=value, value_high=high.value))
                    index += 2
                    continue
        joined.append(low)
        index += 1
    return joined


def _is_year_pair(low: _Reading, high: _Reading) -> bool:
    return all(1900 <= r.value <= 2100 and float(r.value).is_integer() for r in (low, high))


# --- what is not a figure -------------------------------------------------------------------------


def _is_year(text: str, reading: _Reading) -> bool:
    raw = text[reading.number_start : reading.end]
    if reading.value_high is not None or reading.is_word or not re.fullmatch(r"\d{4}", raw):
        return False
    return 1900 <= reading.value <= 2100 and not text[reading.end :].lstrip().startswith("%")


def _is_label(text: str, reading: _Reading, pieces: Sequence[Piece]) -> bool:
    """ "lần thứ 5", "Quyết định 411", "năm 2023", "tháng 10", "phiên họp thứ hai".

    An identifier takes no qualifier ("khoảng 2.800" is a figure), and the label must be a word of
    its own: "cấp" labels "cấp 3", not "cung cấp 1.857".
    """
    if reading.qualifier is not None:
        return False
    offset = max(0, reading.start - 30)
    before = text[offset : reading.start]
    if _ends_with("label_exceptions", before):
        return False
    label = _ending_pattern("label").search(before)
    if label is None:
        return False
    first = _piece_after(pieces, offset + label.start())
    return not (
        0 < first < len(pieces) and pieces[first].word >= 0 and pieces[first - 1].word == pieces[first].word
    )


def _is_marker(text: str, reading: _Reading) -> bool:
    """List markers: "1)", "(2)", "04." at the start of a sentence or in brackets."""
    after = text[reading.end : reading.end + 1]
    prefix = text[: reading.start].strip()
    if prefix in {"", "(", "-", "–", "•", "*"} and after in {")", ".", ":"} and reading.value < 100:
        return True
    return text[reading.start - 1 : reading.start] == "(" and after == ")"


def _masked(text: str) -> list[tuple[int, int]]:
    """Spans that are addresses or code, where no number is a figure."""
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    if _CODE.search(text):
        spans.append((0, len(text)))
    return spans


def _truncated(unit: Unit, text: str) -> bool:
    """ "có 450 cơ s": a unit cut off at the end of a text."""
    last = unit.text.split()[-1] if unit.text.split() else ""
    at_end = not text[unit.end :].strip()
    return (
        at_end
        and last.islower()
        and not re.search(r"[aeiouyăâêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", last)
    )


# --- the grammar ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    figure: Figure
    list_key: tuple[float, tuple[str, ...]] | None
    opens_list: bool


def _piece_after(pieces: Sequence[Piece], position: int) -> int:
    for index, piece in enumerate(pieces):
        if piece.start >= position:
            return index
    return len(pieces)


def _kind_of(text: str, reading: _Reading, unit: Unit | None) -> FigureKind | None:
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
        return "multiplier" if _ends_with("multiplier", before) else None
    if unit.category == "time":
        # "18 tuổi", "9 tháng đầu năm", "trong 5 năm" are ages and periods; "xuống còn 5 ngày" is a figure
        return "count" if re.search(r"\b(?:còn|xuống|rút ngắn|tối đa|chỉ)\s*$", before, re.I) else None
    if unit.category == "money":
        return "money"
    if unit.category == "score":
        return "score"
    if _ends_with("change", before):
        return "change"
    return "number_word" if reading.is_word else "count"


def _label_unit(text: str, reading: _Reading) -> tuple[FigureKind, str] | None:
    """A value after its label: "tổng điểm 800", "chỉ số EGDI đạt 0,77", "tăng thêm 1,5 triệu"."""
    clause = _clause_before(text, reading.start)
    folded = clause.casefold()
    verbs = "|".join(r"\s+".join(map(re.escape, verb.split())) for verb in _cues("value_verbs"))
    if re.search(r"(?:tổng điểm|điểm số|điểm)\s*(?:" + verbs + r")?\s*$", folded):
        return "score", "điểm"
    if re.search(r"(?:^\s*điểm|\btổng điểm|\bđiểm số)\b[^\d]*(?:" + verbs + r")\s*$", folded):
        return "score", "điểm"
    if re.search(r"\bchỉ số\b.*(?:" + verbs + r")\s*$", folded) and reading.value < 1000:
        return "score", "điểm"
    counted = re.search(
        r"\b(?:tổng số|số lượng|số)\s+(?P<what>[^\d,;:]+?)\s+(?:" + verbs + r")\s*$", clause, re.IGNORECASE
    )
    if counted:
        what = re.split(r"\s+(?:của|trong|tại|trên|ở|được|đã|năm|toàn|cả)\b", counted.group("what"))[0]
        if 0 < len(what.split()) <= 7:
            return "count", what.strip()
    if reading.scaled and _ends_with("change", text[max(0, reading.start - 30) : reading.start]):
        return "change", ""
    return None


def _clause_before(text: str, position: int) -> str:
    before = text[:position]
    boundaries = [match.end() for match in _CLAUSE_BOUNDARY.finditer(before)]
    return before[boundaries[-1] :] if boundaries else before


def _measure(
    text: str, reading: _Reading, kind: FigureKind, unit_text: str, after: str | None
) -> tuple[str | None, str | None]:
    """What a figure measures, from its own sentence: the noun run after "X%", else its label before;
    and the place it is measured for, when the sentence names one."""
    measure, place = measure_before(text, reading.start)
    if kind in {"count", "number_word"} and unit_text and unit_text.casefold() not in _time_units():
        # "Số doanh nghiệp công nghệ số đang hoạt động là 1.230 doanh nghiệp": the label says which ones
        label = re.match(r"(?:tổng số|số lượng|số)\s+(?P<what>.+)", measure, re.IGNORECASE)
        if label and label.group("what").casefold().startswith(unit_text.casefold()):
            return measure, place
        return unit_text, place
    if after:
        return after, place
    return measure or unit_text or None, place


@cache
def _time_units() -> frozenset[str]:
    return frozenset(unit.casefold() for unit in grammar()["units"]["time"])


def _year_and_target(
    text: str, start: int, end: int, doc_year: int | None, *, bind_after: bool = True
) -> tuple[int | None, bool]:
    """The year a figure is about and whether it is a goal.

    A year right after the figure binds to it ("6,3% năm 2024"); else the nearest year before it,
    else one after it in the same clause. A year the figure is compared with ("so với năm 2019",
    "gấp 4 lần mức năm 2019") and a programme's horizon are skipped.
    """
    horizons = [(m.start(), m.end()) for m in _HORIZON.finditer(text)]
    horizons += [(m.start(), m.end()) for m in _PERIOD.finditer(text)]
    years = []
    for match in _YEAR.finditer(text):
        if any(h_start <= match.start() < h_end for h_start, h_end in horizons):
            continue
        if _ends_with("baseline", text[max(0, match.start() - 30) : match.start()]):
            continue
        years.append((match.start(), match.end(), int(match.group(1))))
    years.extend((m.start(), m.end(), int(m.group(1))) for m in _PERIOD.finditer(text))
    years.sort()
    bound = [
        y
        for y in years
        if bind_after
        and y[0] >= end
        and re.fullmatch(
            r"[\s(,]*(?:(?:trong|vào|của|cuối|đầu|hết|tính đến|đến hết|đến|tới|giữa)\s+)*",
            text[end : y[0]],
            re.IGNORECASE,
        )
    ]
    before = [y for y in years if y[1] <= start]
    clause_end = _CLAUSE_BOUNDARY.search(text, end)
    after = [y for y in years if y[0] >= end and (clause_end is None or y[0] < clause_end.start())]
    chosen = bound[0] if bound else before[-1] if before else after[0] if after else None
    year = chosen[2] if chosen else doc_year
    clause = text[:start]
    is_target = bool(
        re.search(r"\b(?:" + "|".join(map(re.escape, _cues("target"))) + r")\b", clause, re.IGNORECASE)
    )
    if chosen and doc_year is not None and chosen[2] > doc_year:
        is_target = True
    if chosen and re.search(
        r"(?:đến|tới)\s+năm\s*$",
        text[max(0, chosen[0] - 12) : chosen[0] + 4].rsplit(str(chosen[2]), 1)[0],
        re.IGNORECASE,
    ):
        is_target = True
    return year, is_target


@cache
def _counted_terms() -> tuple[tuple[str, ...], ...]:
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(term)) for term in glossary()}
    return tuple(sorted(keys, key=len, reverse=True))


def _subject(sentence: str, unit: str, number_start: int) -> str | None:
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


def _read_ranks(
    sentence: Sentence, pieces: Sequence[Piece], doc_year: int | None
) -> tuple[list[_Candidate], list[tuple[int, int]]]:
    text = sentence.text
    found: list[_Candidate] = []
    spans: list[tuple[int, int]] = []
    for match in _rank_pattern().finditer(text):
        group = "n" if match.group("n") else "w"
        if group == "w" and not text[: match.start("w")].casefold().rstrip().endswith("thứ"):
            continue  # "xếp thứ nhất", but "vào nhóm năm" is no rank
        number_start, number_end = match.span(group)
        index = _piece_after(pieces, match.end())
        scope_length = match_phrase(pieces, index, _rank_scopes())
        out_of = float(match.group("of").replace(".", "")) if match.group("of") else None
        unit_text, end = "", match.end()
        if scope_length:
            unit_text = " ".join(p.text for p in pieces[index : index + scope_length])
            end = pieces[index + scope_length - 1].end
        elif out_of is not None or text[match.end() : match.end() + 1] == " ":
            unit = read_unit(pieces, index)
            if unit is not None and unit.category == "noun":
                unit_text, end = unit.text, unit.end
        rest = re.match(
            r"\s*(?:trong (?:tổng )?số|trên (?:tổng số )?)\s*(\d{1,3}(?:\.\d{3})?)\s+", text[end:]
        )
        if out_of is None and rest:
            out_of = float(rest.group(1).replace(".", ""))
            spans.append((end + rest.start(1), end + rest.end(1)))
            unit = read_unit(pieces, _piece_after(pieces, end + rest.end()))
            if unit is not None:
                unit_text, end = unit.text, unit.end
        about = re.match(r"\s*(?:trong|ở)\s+([^,;.()]+)", text[end:])
        measure, place = _measure(text, _reading_at(match.start(), number_end), "rank", unit_text, None)
        measure = about.group(1).strip() if about else measure_about(text[end:]) or measure
        year, is_target = _year_and_target(text, match.start(), end, doc_year)
        value = (
            float(match.group("n")) if match.group("n") else float(_ORDINAL_WORDS[match.group("w").lower()])
        )
        figure = Figure(
            value=value,
            unit=unit_text,
            subject=_subject(text, unit_text, number_start),
            text=text[match.start() : end],
            qualifier=None,
            year=year,
            doc=sentence.doc,
            sentence=text,
            kind="rank",
            out_of=out_of,
            measure=measure,
            place=place,
            is_target=is_target,
            start=match.start(),
            end=end,
            sentence_index=sentence.index,
        )
        found.append(_Candidate(figure, None, False))
        spans.append((number_start, number_end))
        if match.group("of"):
            spans.append(match.span("of"))
    return found, spans


def _read_fixed_shapes(
    sentence: Sentence, doc_year: int | None, pieces: Sequence[Piece] | None = None
) -> list[_Candidate]:
    """Shapes without a plain number: "tăng gấp đôi" (a multiplier of 2), "tổng điểm 99,74/100"."""
    text = sentence.text
    found = []
    for match in _DOUBLE.finditer(text):
        value = 2.0 if match.group("w").casefold() == "đôi" else 1.5
        found.append(_shape(sentence, match.start(), match.end(), value, "lần", "multiplier", None, doc_year))
    for match in _FRACTION.finditer(text):
        value, out_of = float(match.group("n")), float(match.group("of"))
        pieces = tag_pieces(text) if pieces is None else pieces
        unit = read_unit(pieces, _piece_after(pieces, match.end()))
        # "25/25 dịch vụ công": as many as out of; a date ("12/7") has no counted noun after it
        if unit is None or unit.category != "noun" or value > out_of or out_of <= 12:
            continue
        shape = _shape(sentence, match.start(), unit.end, value, unit.text, "count", out_of, doc_year)
        found.append(shape)
    for match in _OUT_OF_SCORE.finditer(text):
        if not re.search(r"\b(?:điểm|chỉ số)\b", _clause_before(text, match.start()), re.IGNORECASE):
            continue
        value = float(match.group("n").replace(",", "."))
        out_of = float(match.group("of").replace(".", ""))
        found.append(_shape(sentence, match.start(), match.end(), value, "điểm", "score", out_of, doc_year))
    return found


def _shape(
    sentence: Sentence,
    start: int,
    end: int,
    value: float,
    unit: str,
    kind: FigureKind,
    out_of: float | None,
    doc_year: int | None,
) -> _Candidate:
    text = sentence.text
    year, is_target = _year_and_target(text, start, end, doc_year, bind_after=kind != "multiplier")
    reading = _reading_at(start, end)
    measure, place = _measure(text, reading, kind, unit, None)
    figure = Figure(
        value=value,
        unit=unit,
        subject=_subject(text, unit, start),
        text=text[start:end],
        qualifier=None,
        year=year,
        doc=sentence.doc,
        sentence=text,
        kind=kind,
        out_of=out_of,
        measure=measure,
        place=place,
        is_target=is_target,
        start=start,
        end=end,
        sentence_index=sentence.index,
    )
    return _Candidate(figure, None, False)


def _reading_at(start: int, end: int) -> _Reading:
    return _Reading(start, end, start, 0.0, None, False, False)


def _opens_list(text: str, unit_end: int, next_sentence: str | None) -> bool:
    rest = text[unit_end:].casefold()
    if re.search(r"(?:^|\s)(?:gồm|bao gồm|gồm có|là)\s|:", rest):
        return True
    if next_sentence is not None and not rest.strip(' ."”'):
        opening = next_sentence.strip().casefold()
        return any(opening.startswith(start) for start in _cues("list_starts"))
    return False


def _read_sentence(
    sentence: Sentence, pieces: Sequence[Piece], doc_year: int | None, next_sentence: str | None
) -> list[_Candidate]:
    text = sentence.text
    found, taken = _read_ranks(sentence, pieces, doc_year)
    for shape in _read_fixed_shapes(sentence, doc_year, pieces):
        if any(a < shape.figure.end and shape.figure.start < b for a, b in taken):
            continue  # "xếp thứ 8/63 tỉnh" is a rank, not a fraction
        found.append(shape)
        taken.append((shape.figure.start, shape.figure.end))
    masked = _masked(text) + taken
    for reading in _readings(text):
        if any(start < reading.end and reading.number_start < end for start, end in masked):
            continue
        if _is_year(text, reading) or _is_label(text, reading, pieces) or _is_marker(text, reading):
            continue
        if _DOCUMENT_CODE_AFTER.match(text, reading.end):
            continue
        index = _piece_after(pieces, reading.end)
        unit = read_unit(pieces, index)
        if unit is not None and _truncated(unit, text):
            continue
        kind = _kind_of(text, reading, unit)
        unit_text = unit.text if unit is not None else ""
        end = unit.end if unit is not None else reading.end
        if unit is None:
            labelled = _label_unit(text, reading)
            if labelled is None:
                continue
            kind, unit_text = labelled
        if kind is None:
            continue
        if reading.is_word and not _word_number_counts(reading, pieces, index, unit):
            continue
        if kind in {"count", "number_word"} and reading.value == 1 and not reading.scaled:
            continue  # "1 đề án", "một cửa": a singular, not a statistic
        if unit is not None and _ANAPHORA.match(text, unit.end):
            continue  # "năm nền tảng này" refers back to a figure already given
        per_before = _PER_BEFORE.search(_clause_before(text, reading.start))
        if kind in {"count", "number_word"} and per_before and unit_text and "/" not in unit_text:
            kind, unit_text = "rate", f"{unit_text}/{per_before.group(1)}"  # "mỗi ngày … 2 triệu lượt"
        after = None
        if kind == "percent" and unit is not None:
            tail = read_unit(pieces, _piece_after(pieces, unit.end))
            if (
                tail is not None
                and tail.category == "noun"
                and text[unit.end : tail.start].strip() == ""
                and not tail.text.casefold().startswith("tổng")  # "chiếm 68,5% tổng số hồ sơ": a share of
            ):
                after = extend_counted(text, tail.end, tail.text)
        year, is_target = _year_and_target(
            text, reading.start, end, doc_year, bind_after=kind != "multiplier"
        )
        measure, place = _measure(text, reading, kind, unit_text, after)
        figure = Figure(
            value=reading.value,
            unit=unit_text,
            subject=_subject(text, unit_text, reading.start),
            text=text[reading.start : end],
            qualifier=reading.qualifier,
            year=year,
            doc=sentence.doc,
            sentence=text,
            kind=kind,
            value_high=reading.value_high,
            measure=measure,
            place=place,
            is_target=is_target,
            start=reading.start,
            end=end,
            sentence_index=sentence.index,
        )
        list_key = None
        if unit is not None and unit.category == "noun":
            head = match_phrase(pieces, index, _list_heads())
            if head:
                list_key = (reading.value, tuple(p.folded for p in pieces[index : index + head]))
        found.append(
            _Candidate(figure, list_key, list_key is not None and _opens_list(text, end, next_sentence))
        )
    return sorted(found, key=lambda candidate: candidate.figure.start)


def _word_number_counts(reading: _Reading, pieces: Sequence[Piece], index: int, unit: Unit | None) -> bool:
    """A number word is a figure only before a counted noun; a lone "năm" before a known one."""
    if unit is None:
        return reading.scaled
    if unit.category not in {"noun", "money", "percent", "multiplier"}:
        return False
    if reading.value == 5 and not reading.scaled and pieces[index - 1].folded == "năm":
        # "năm nền tảng số" is five platforms; "là năm Dữ liệu số", "trong năm học" are years
        previous = pieces[index - 2].folded if index >= 2 else ""
        if previous in _YEAR_NOUN_BEFORE or pieces[index].text[:1].isupper():
            return False
        return bool(match_phrase(pieces, index, _counted_nouns()))
    return True


_YEAR_NOUN_BEFORE = frozenset(
    {
        "là",
        "của",
        "trong",
        "mỗi",
        "hằng",
        "hàng",
        "cả",
        "các",
        "những",
        "vào",
        "từ",
        "đến",
        "tới",
        "sang",
        "qua",
        "nhiều",
        "một",
        "này",
        "năm",
        "sau",
        "trước",
        "cuối",
        "đầu",
        "giữa",
        "suốt",
    }
)


@cache
def _counted_nouns() -> tuple[tuple[str, ...], ...]:
    heads = [*load_lines("count_nouns.txt"), *load_lines("list_heads.txt")]
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(head)) for head in heads}
    return tuple(sorted(keys, key=len, reverse=True))


def _heading_keys(headings: Sequence[str]) -> set[tuple[float, tuple[str, ...]]]:
    keys = set()
    for heading in headings:
        pieces = [Piece(t, t.casefold(), s, e, "") for t, s, e in pieces_of(heading)]
        mentions = [m for m in find_numbers(heading) if m.raw[:1].isdigit()] + find_number_words(heading)
        for mention in mentions:
            index = _piece_after(pieces, mention.end)
            length = match_phrase(pieces, index, _list_heads())
            if length:
                keys.add((mention.value, tuple(p.folded for p in pieces[index : index + length])))
    return keys


def extract_figures(
    sentences: Sequence[Sentence],
    *,
    doc_year: int | None,
    tagged: Sequence[tuple[Sequence[str], Sequence[str]]] | None = None,
    list_headings: Sequence[str] = (),
) -> list[Figure]:
    """Key figures of a document, typed: "hơn 80.000 tổ" → 80000 tổ, kind "count", qualifier "hơn".

    ``tagged`` gives each sentence's words and POS tags (the pipeline has them; without them the
    sentences holding a number are tagged here). ``list_headings`` are the headings of priority
    lists found in the document ("ba nhiệm vụ trọng tâm"): their counts are list counters.

    >>> s = Sentence("d", 0, "Đến cuối năm 2023 có hơn 80.000 tổ, gần 380.000 thành viên tham gia.")
    >>> [(f.value, f.unit, f.kind, f.qualifier, f.year) for f in extract_figures([s], doc_year=2024)]
    [(80000.0, 'tổ', 'count', 'hơn', 2023), (380000.0, 'thành viên', 'count', 'gần', 2023)]
    """
    sentences = list(sentences)
    candidates: list[_Candidate] = []
    for position, sentence in enumerate(sentences):
        if not _HAS_NUMBER.search(sentence.text):
            continue
        if tagged is not None:
            tokens, tags = tagged[position]
            pieces = align_pieces(sentence.text, tokens, tags)
        else:
            pieces = tag_pieces(sentence.text)
        following = sentences[position + 1].text if position + 1 < len(sentences) else None
        candidates.extend(_read_sentence(sentence, pieces, doc_year, following))
    counters = _heading_keys(list_headings) | {c.list_key for c in candidates if c.opens_list and c.list_key}
    figures = [c.figure for c in candidates if c.list_key is None or c.list_key not in counters]
    return _unique(_date_goals(_carry_paragraph_years(figures, sentences, doc_year), sentences, doc_year))


def _carry_paragraph_years(
    figures: list[Figure], sentences: Sequence[Sentence], doc_year: int | None
) -> list[Figure]:
    """A year stated earlier in a paragraph governs its later sentences: "Năm 2024, … đạt 82,6%. Mức độ
    hài lòng đạt 98,2%." gives both 2024."""
    stated: dict[int, int | None] = {}
    last: dict[int, int] = {}
    for sentence in sentences:
        if sentence.paragraph in last:
            stated[sentence.index] = last[sentence.paragraph]
        years = _stated_years(sentence.text)
        if years:
            last[sentence.paragraph] = years[-1]
    carried = []
    for figure in figures:
        year = stated.get(figure.sentence_index)
        if (
            year is not None
            and not figure.is_target
            and figure.year == doc_year
            and not _own_years(figure.sentence)
        ):
            figure = replace(figure, year=year)
        carried.append(figure)
    return carried


def _stated_years(text: str) -> list[int]:
    horizons = [(m.start(), m.end()) for m in _HORIZON.finditer(text)]
    return [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not any(a <= m.start() < b for a, b in horizons)
        and not _ends_with("baseline", text[max(0, m.start() - 30) : m.start()])
        and not _GOAL_YEAR.match(text, max(0, m.start() - 9))
    ]


_GOAL_YEAR = re.compile(r"(?:đến|tới|vào)\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)


def _date_goals(figures: list[Figure], sentences: Sequence[Sentence], doc_year: int | None) -> list[Figure]:
    """A goal without a year of its own takes its plan's: "… đến năm 2030, tầm nhìn 2050, phấn đấu đào tạo
    50.000 kỹ sư" is for 2030, and so is a goal in the sentence after "Mục tiêu đến năm 2030, …"."""
    by_index = {sentence.index: sentence for sentence in sentences}
    dated = []
    for figure in figures:
        if figure.is_target and figure.year == doc_year and not _own_years(figure.sentence):
            goal = _goal_year(figure.sentence, doc_year)
            previous = by_index.get(figure.sentence_index - 1)
            current = by_index.get(figure.sentence_index)
            same_paragraph = (
                previous is not None and current is not None and previous.paragraph == current.paragraph
            )
            if goal is None and same_paragraph and previous is not None:
                goal = _goal_year(previous.text, doc_year)
            if goal is not None:
                figure = replace(figure, year=goal)
        dated.append(figure)
    return dated


def _own_years(text: str) -> bool:
    horizons = [(m.start(), m.end()) for m in _HORIZON.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in horizons) for m in _YEAR.finditer(text))


def _goal_year(text: str, doc_year: int | None) -> int | None:
    years = [int(m.group(1)) for m in _GOAL_YEAR.finditer(text)]
    future = [year for year in years if doc_year is None or year > doc_year]
    return future[0] if future else None


def _unique(figures: list[Figure]) -> list[Figure]:
    """One figure per fact: a title repeating the body gives it once, from the body's sentence."""
    in_body = {(f.kind, f.value, f.value_high, f.year) for f in figures if f.sentence_index > 0}
    figures = [
        f for f in figures if f.sentence_index > 0 or (f.kind, f.value, f.value_high, f.year) not in in_body
    ]
    kept: dict[tuple[object, ...], Figure] = {}
    for figure in figures:
        key = (figure.doc, figure.kind, figure.value, figure.value_high, figure.unit.casefold(), figure.year)
        if key not in kept or (kept[key].sentence_index == 0 and figure.sentence_index > 0):
            kept[key] = figure
    order = {id(figure): position for position, figure in enumerate(figures)}
    return sorted(kept.values(), key=lambda figure: order[id(figure)])
