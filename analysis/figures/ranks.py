"""Ranks in a sentence: "xếp thứ 8/63 tỉnh", "đứng thứ hai", a bare "xếp 102/141 nền kinh tế", and the
ranks that follow one in a series ("lần lượt đứng thứ 5 và 9", "Hàn Quốc đứng thứ 2, Nhật Bản 14")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.figures.cues import alternation, cue_words, piece_after, rank_scopes
from analysis.figures.kinds import rank_fraction_pattern, rank_pattern
from analysis.figures.make import Candidate, make_figure
from analysis.figures.measure.index import measure_about
from analysis.figures.measure.read import read_measure
from analysis.figures.reading import reading_at
from analysis.figures.units import Piece, match_phrase, read_unit
from analysis.numbers import ORDINAL_WORDS
from analysis.text import phrase_alternation
from analysis.types import Figure, Sentence


def _rank_matches(text: str) -> list[re.Match[str]]:
    """ "xếp thứ 8/63 tỉnh", "đứng thứ hai", and a bare "xếp 102/141 nền kinh tế" (a rank by its field)."""
    ranks = list(rank_pattern().finditer(text))
    for match in rank_fraction_pattern().finditer(text):
        if not any(rank.start() < match.end() and match.start() < rank.end() for rank in ranks):
            ranks.append(match)
    return sorted(ranks, key=lambda match: match.start())


def _is_rank_scope(words: str) -> bool:
    """Whether ``words`` open with where a rank is held ("cụm thi đua các tỉnh …", "khu vực")."""
    folded = " ".join(words.casefold().split())
    return any(folded == scope or folded.startswith(f"{scope} ") for scope in map(" ".join, rank_scopes()))


@cache
def _class_before() -> re.Pattern[str]:
    nouns = phrase_alternation(cue_words("class_nouns"))
    return re.compile(rf"(?<!\w)(?:{nouns})\s*$|(?<!\w)hạng\s+\d+\s*(?:,|và)\s*$", re.IGNORECASE)


def _names_a_class(text: str, cue_start: int, cue: str) -> bool:
    """Whether a bare "hạng N" names a class of the noun before it ("chợ hạng 1, hạng 2", "khách sạn hạng 3"),
    not a rank ("xếp hạng 3", "đứng hạng 5")."""
    return cue.strip().casefold() == "hạng" and _class_before().search(text, 0, cue_start) is not None


def read_ranks(
    sentence: Sentence, pieces: Sequence[Piece], doc_year: int | None
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    text = sentence.text
    found: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    for match in _rank_matches(text):
        group = "n" if match.group("n") else "w"
        if group == "w" and not text[: match.start("w")].casefold().rstrip().endswith("thứ"):
            continue  # "xếp thứ nhất", but "vào nhóm năm" is no rank
        number_start, number_end = match.span(group)
        if any(start <= number_start < end for start, end in spans):
            continue  # "Malaysia đứng thứ 31" already read as the next rank of a series
        if _names_a_class(text, match.start(), text[match.start() : number_start]):
            spans.append((number_start, number_end))  # "chợ hạng 1, hạng 2": a class of market, no figure
            continue
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
        about = re.match(rf"\s*(?:{alternation('about_words')})\s+([^,;.()]+)", text[end:])
        measure, place = read_measure(text, reading_at(match.start(), number_end), "rank", unit_text, None)
        if about and _is_rank_scope(about.group(1)):
            about = None  # "xếp thứ 3/8 trong cụm thi đua": where it is ranked, not what by
        measure = about.group(1).strip() if about else measure_about(text[end:]) or measure
        value = (
            float(match.group("n")) if match.group("n") else float(ORDINAL_WORDS[match.group("w").lower()])
        )
        figure = make_figure(
            sentence,
            start=match.start(),
            end=end,
            value=value,
            unit=unit_text,
            kind="rank",
            doc_year=doc_year,
            number_start=number_start,
            out_of=out_of,
            measure=measure,
            place=place,
        )
        found.append(Candidate(figure, None, False))
        spans.append((number_start, number_end))
        if match.group("of"):
            spans.append(match.span("of"))
        for follower, span in _rank_series(sentence, pieces, figure, doc_year):
            found.append(Candidate(follower, None, False))
            spans.append(span)
    if found:
        for bracketed, span in _bracketed_ranks(sentence, found[0].figure, spans, doc_year):
            found.append(Candidate(bracketed, None, False))
            spans.append(span)
    return found, spans


def _bracketed_ranks(
    sentence: Sentence, first: Figure, spans: Sequence[tuple[int, int]], doc_year: int | None
) -> list[tuple[Figure, tuple[int, int]]]:
    """Ranks in brackets after names, in a sentence that ranks: "Việt Nam đứng thứ ba, sau Singapore (thứ 4)
    và Malaysia (thứ 33)" — each the rank of the name before it, in the first rank's measure."""
    ranks = []
    for match in _BRACKETED_RANK.finditer(sentence.text):
        number = match.span("n")
        if any(start <= number[0] < end for start, end in spans):
            continue
        figure = make_figure(
            sentence,
            start=match.start("n") - len("thứ "),
            end=match.end("n"),
            value=float(match.group("n")),
            unit=first.unit,
            kind="rank",
            doc_year=doc_year,
            number_start=match.start("n"),
            measure=first.measure,
            place=match.group("place"),
        )
        ranks.append((figure, number))
    return ranks


# a capital letter, Vietnamese ones included: "Ấn Độ", "Đức", "Úc"
_CAPITAL = "[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]"


_CAPITAL_WORDS = f"{_CAPITAL}[^\\W\\d_]*(?:\\s+{_CAPITAL}[^\\W\\d_]*){{0,3}}"
_BRACKETED_RANK = re.compile(rf"(?P<place>{_CAPITAL_WORDS})\s*\(\s*(?:thứ|hạng)\s+(?P<n>\d{{1,3}})\s*\)")


@cache
def _pillar_pattern() -> re.Pattern[str]:
    """What a rank is in, after it: " về kinh tế số" up to the next comma, "và" or the end."""
    words = alternation("rank_pillar_words")
    return re.compile(rf"\s+(?:{words})\s+(?P<what>[^,;.()\d]+?)(?=\s*(?:[,;.)]|\svà\s|$))")


@cache
def _series_rank_pattern() -> re.Pattern[str]:
    """The next rank of a series: ", Nhật Bản 14", " và đứng thứ 9"."""
    return re.compile(
        rf"(?P<sep>\s*(?:{alternation('series_joins')})\s*)"
        rf"(?:(?P<place>{_CAPITAL}[^\W\d_]*(?:\s+{_CAPITAL}[^\W\d_]*){{0,3}})\s+)?"
        rf"(?:(?:{alternation('series_rank_verbs')})\s+)?(?:thứ\s+)?(?P<n>\d{{1,3}})(?![\w/%]|[.,]\d)"
    )


def _rank_series(
    sentence: Sentence, pieces: Sequence[Piece], first: Figure, doc_year: int | None
) -> list[tuple[Figure, tuple[int, int]]]:
    """The ranks that follow one: "lần lượt đứng thứ 5 và 9", "Hàn Quốc đứng thứ 2, Nhật Bản 14"."""
    text = sentence.text
    series = []
    end = first.end
    while True:
        # "đứng thứ 6 về chính quyền số, thứ 14 về kinh tế số": a pillar after each rank
        pillar = _pillar_pattern().match(text, end)
        match = _series_rank_pattern().match(text, pillar.end() if pillar else end)
        if match is None or (pillar and "thứ" not in match.group(0)):
            break
        after = piece_after(pieces, match.end())
        scope_length = match_phrase(pieces, after, rank_scopes())
        rest = text[match.end() :]
        own = _pillar_pattern().match(rest) if pillar else None
        ends = re.match(r"\s*(?:[,;.)]|và(?!\w)|$)", rest) or own
        if not scope_length and not ends:
            break  # "…, 14 tỉnh khác": a count, not the next rank
        # a field written after the first named rank is its own: "Singapore đứng thứ 3 thế giới, Malaysia 34"
        unit, stop = ("" if match.group("place") else first.unit), match.end()
        if scope_length:
            unit = " ".join(p.text for p in pieces[after : after + scope_length])
            stop = pieces[after + scope_length - 1].end
        follower = make_figure(
            sentence,
            start=match.start("place") if match.group("place") else match.start("n"),
            end=stop,
            value=float(match.group("n")),
            unit=unit,
            kind="rank",
            doc_year=doc_year,
            number_start=match.start("n"),
            out_of=first.out_of,
            measure=own.group("what") if own else (first.measure if first.measure != first.place else None),
            place=match.group("place") or first.place,
        )
        series.append((follower, match.span("n")))
        end = stop
    return series
