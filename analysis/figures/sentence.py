"""The grammar over one sentence: ranks and fixed shapes first, then every other number, each one figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.figures.cues import (
    ORDINAL_WORDS,
    clause_before,
    cue_words,
    list_heads,
    piece_after,
    rank_scopes,
)
from analysis.figures.kinds import (
    DOUBLE,
    FRACTION,
    OUT_OF_SCORE,
    PER_BEFORE,
    kind_of,
    label_unit,
    rank_pattern,
    word_number_counts,
)
from analysis.figures.measure import extend_counted, find_subject, measure_about, read_measure
from analysis.figures.reading import (
    DOCUMENT_CODE_AFTER,
    is_label,
    is_marker,
    is_truncated,
    is_year,
    masked_spans,
    read_numbers,
    reading_at,
)
from analysis.figures.units import Piece, match_phrase, pieces_of, read_unit, tag_pieces
from analysis.figures.year import year_and_target
from analysis.numbers import find_number_words, find_numbers
from analysis.types import Figure, FigureKind, Sentence

_ANAPHORA = re.compile(r"\s*(?:này|đó|nói trên|kể trên|ấy)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    figure: Figure
    list_key: tuple[float, tuple[str, ...]] | None
    opens_list: bool


def _read_ranks(
    sentence: Sentence, pieces: Sequence[Piece], doc_year: int | None
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    text = sentence.text
    found: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    for match in rank_pattern().finditer(text):
        group = "n" if match.group("n") else "w"
        if group == "w" and not text[: match.start("w")].casefold().rstrip().endswith("thứ"):
            continue  # "xếp thứ nhất", but "vào nhóm năm" is no rank
        number_start, number_end = match.span(group)
        index = piece_after(pieces, match.end())
        scope_length = match_phrase(pieces, index, rank_scopes())
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
            unit = read_unit(pieces, piece_after(pieces, end + rest.end()))
            if unit is not None:
                unit_text, end = unit.text, unit.end
        about = re.match(r"\s*(?:trong|ở)\s+([^,;.()]+)", text[end:])
        measure, place = read_measure(text, reading_at(match.start(), number_end), "rank", unit_text, None)
        measure = about.group(1).strip() if about else measure_about(text[end:]) or measure
        year, is_target = year_and_target(text, match.start(), end, doc_year)
        value = (
            float(match.group("n")) if match.group("n") else float(ORDINAL_WORDS[match.group("w").lower()])
        )
        figure = Figure(
            value=value,
            unit=unit_text,
            subject=find_subject(text, unit_text, number_start),
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
        found.append(Candidate(figure, None, False))
        spans.append((number_start, number_end))
        if match.group("of"):
            spans.append(match.span("of"))
    return found, spans


def _read_fixed_shapes(
    sentence: Sentence, doc_year: int | None, pieces: Sequence[Piece] | None = None
) -> list[Candidate]:
    """Shapes without a plain number: "tăng gấp đôi" (a multiplier of 2), "tổng điểm 99,74/100"."""
    text = sentence.text
    found = []
    for match in DOUBLE.finditer(text):
        value = 2.0 if match.group("w").casefold() == "đôi" else 1.5
        found.append(_shape(sentence, match.start(), match.end(), value, "lần", "multiplier", None, doc_year))
    for match in FRACTION.finditer(text):
        value, out_of = float(match.group("n")), float(match.group("of"))
        pieces = tag_pieces(text) if pieces is None else pieces
        unit = read_unit(pieces, piece_after(pieces, match.end()))
        # "25/25 dịch vụ công": as many as out of; a date ("12/7") has no counted noun after it
        if unit is None or unit.category != "noun" or value > out_of or out_of <= 12:
            continue
        shape = _shape(sentence, match.start(), unit.end, value, unit.text, "count", out_of, doc_year)
        found.append(shape)
    for match in OUT_OF_SCORE.finditer(text):
        if not re.search(r"\b(?:điểm|chỉ số)\b", clause_before(text, match.start()), re.IGNORECASE):
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
) -> Candidate:
    text = sentence.text
    year, is_target = year_and_target(text, start, end, doc_year, bind_after=kind != "multiplier")
    reading = reading_at(start, end)
    measure, place = read_measure(text, reading, kind, unit, None)
    figure = Figure(
        value=value,
        unit=unit,
        subject=find_subject(text, unit, start),
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
    return Candidate(figure, None, False)


def _opens_list(text: str, unit_end: int, next_sentence: str | None) -> bool:
    rest = text[unit_end:].casefold()
    if re.search(r"(?:^|\s)(?:gồm|bao gồm|gồm có|là)\s|:", rest):
        return True
    if next_sentence is not None and not rest.strip(' ."”'):
        opening = next_sentence.strip().casefold()
        return any(opening.startswith(start) for start in cue_words("list_starts"))
    return False


def read_sentence(
    sentence: Sentence, pieces: Sequence[Piece], doc_year: int | None, next_sentence: str | None
) -> list[Candidate]:
    text = sentence.text
    found, taken = _read_ranks(sentence, pieces, doc_year)
    for shape in _read_fixed_shapes(sentence, doc_year, pieces):
        if any(a < shape.figure.end and shape.figure.start < b for a, b in taken):
            continue  # "xếp thứ 8/63 tỉnh" is a rank, not a fraction
        found.append(shape)
        taken.append((shape.figure.start, shape.figure.end))
    masked = masked_spans(text) + taken
    for reading in read_numbers(text):
        if any(start < reading.end and reading.number_start < end for start, end in masked):
            continue
        if is_year(text, reading) or is_label(text, reading, pieces) or is_marker(text, reading):
            continue
        if DOCUMENT_CODE_AFTER.match(text, reading.end):
            continue
        index = piece_after(pieces, reading.end)
        unit = read_unit(pieces, index)
        if unit is not None and is_truncated(unit, text):
            continue
        kind = kind_of(text, reading, unit)
        unit_text = unit.text if unit is not None else ""
        end = unit.end if unit is not None else reading.end
        if unit is None:
            labelled = label_unit(text, reading)
            if labelled is None:
                continue
            kind, unit_text = labelled
        if kind is None:
            continue
        if reading.is_word and not word_number_counts(reading, pieces, index, unit):
            continue
        if kind in {"count", "number_word"} and reading.value == 1 and not reading.scaled:
            continue  # "1 đề án", "một cửa": a singular, not a statistic
        if unit is not None and _ANAPHORA.match(text, unit.end):
            continue  # "năm nền tảng này" refers back to a figure already given
        per_before = PER_BEFORE.search(clause_before(text, reading.start))
        if kind in {"count", "number_word"} and per_before and unit_text and "/" not in unit_text:
            kind, unit_text = "rate", f"{unit_text}/{per_before.group(1)}"  # "mỗi ngày … 2 triệu lượt"
        after = None
        if kind == "percent" and unit is not None:
            tail = read_unit(pieces, piece_after(pieces, unit.end))
            if (
                tail is not None
                and tail.category == "noun"
                and text[unit.end : tail.start].strip() == ""
                and not tail.text.casefold().startswith("tổng")  # "chiếm 68,5% tổng số hồ sơ": a share of
            ):
                after = extend_counted(text, tail.end, tail.text)
        year, is_target = year_and_target(text, reading.start, end, doc_year, bind_after=kind != "multiplier")
        measure, place = read_measure(text, reading, kind, unit_text, after)
        figure = Figure(
            value=reading.value,
            unit=unit_text,
            subject=find_subject(text, unit_text, reading.start),
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
