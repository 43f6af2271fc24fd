"""Key figures: numbers with what they measure, typed by how Vietnamese writes them, with year and source.

The grammar: read every number (digits with Vietnamese separators and scale words, or number
words), drop the ones that are identifiers, ordinals, dates, list markers or code; take the unit
from what follows (a known unit, else the noun run the POS tagger found); decide the kind from cue
words around the number (thứ/hạng, gấp/lần, tăng/giảm … bậc, /năm, A–B, từ … đến); then the year,
whether it is a target, and what it measures, all from the figure's own sentence.

The package reads in steps, one file each: ``reading`` (numbers, and the ones that are no figure),
``units`` (what follows a number), ``kinds``, ``measure`` (what it measures and for whom), ``year``
(its year, and whether it is a goal), ``sentence`` (the grammar over one sentence), ``cues`` (the
cue words of ``data/figure_grammar.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.figures.make import Candidate
from analysis.figures.measure.article import article_place
from analysis.figures.measure.carry import carry_measures
from analysis.figures.measure.label import drop_aspect_words, spell_out_acronyms, tidy_measure
from analysis.figures.measure.refer import refer_back
from analysis.figures.sentence import heading_keys, read_sentence
from analysis.figures.units import align_pieces, tag_pieces
from analysis.figures.year import (
    carry_paragraph_years,
    date_goal_bullets,
    date_goals,
    date_headlines,
    headline_indexes,
)
from analysis.numbers import NUMBER_WORDS
from analysis.types import Figure, Sentence

__all__ = ["extract_figures"]

_HAS_NUMBER = re.compile(rf"\d|\b(?:thứ|gấp|{'|'.join(NUMBER_WORDS)})\b", re.IGNORECASE)


def extract_figures(
    sentences: Sequence[Sentence],
    *,
    doc_year: int | None,
    tagged: Sequence[tuple[Sequence[str], Sequence[str]]] | None = None,
    list_headings: Sequence[str] = (),
    outlet: str | None = None,
    title: str | None = None,
) -> list[Figure]:
    """Key figures of a document, typed: "hơn 80.000 tổ" → 80000 tổ, kind "count", qualifier "hơn".

    ``tagged`` gives each sentence's words and POS tags (the pipeline has them; without them the
    sentences holding a number are tagged here). ``list_headings`` are the headings of priority
    lists found in the document ("ba nhiệm vụ trọng tâm"): their counts are list counters. ``outlet``
    ("Báo Thừa Thiên Huế") tells a province's paper, whose figures are that province's. ``title``
    (the headline) tells which sentences repeat it: a headline figure takes the year the body gives it.

    >>> s = Sentence("d", 0, "Đến cuối năm 2023 có hơn 80.000 tổ, gần 380.000 thành viên tham gia.")
    >>> [(f.value, f.unit, f.kind, f.qualifier, f.year) for f in extract_figures([s], doc_year=2024)]
    [(80000.0, 'tổ', 'count', 'hơn', 2023), (380000.0, 'thành viên', 'count', 'gần', 2023)]
    """
    sentences = list(sentences)
    candidates: list[Candidate] = []
    for position, sentence in enumerate(sentences):
        if not _HAS_NUMBER.search(sentence.text):
            continue
        if tagged is not None:
            tokens, tags = tagged[position]
            pieces = align_pieces(sentence.text, tokens, tags)
        else:
            pieces = tag_pieces(sentence.text)
        following = sentences[position + 1].text if position + 1 < len(sentences) else None
        candidates.extend(read_sentence(sentence, pieces, doc_year, following))
    counters = heading_keys(list_headings) | {c.list_key for c in candidates if c.opens_list and c.list_key}
    figures = [c.figure for c in candidates if c.list_key is None or c.list_key not in counters]
    figures = date_goals(carry_paragraph_years(figures, sentences, doc_year), sentences, doc_year)
    figures = date_goal_bullets(figures, sentences, doc_year)
    figures = date_headlines(figures, sentences, doc_year, title=title)
    heads = headline_indexes(sentences, title)
    measured = refer_back(carry_measures(_unique(figures, sentences, heads), sentences), sentences)
    # "đã", "đang" told the readers above who acted and where a count's noun ends; a shown measure says
    # what is measured, not when
    spelled = spell_out_acronyms(sentences)
    return [
        replace(figure, measure=spelled(tidy_measure(drop_aspect_words(figure.measure))) or None)
        if figure.measure
        else figure
        for figure in article_place(measured, sentences, outlet=outlet)
    ]


def _unique(figures: list[Figure], sentences: Sequence[Sentence], heads: set[int]) -> list[Figure]:
    """A figure is one mention; only a restatement is merged: the title, or the lead paragraph, giving
    again a figure of the body (same kind, value, unit and measure) is kept once, from the body; a
    headline printed twice (a page's title and its heading, ``heads``) gives its figure once.

    "100% sở, ngành …; 100% huyện …" are two figures although value, unit and year agree.
    """
    paragraph = {sentence.index: sentence.paragraph for sentence in sentences}
    body_paragraphs = sorted({p for i, p in paragraph.items() if i not in heads})
    lead = body_paragraphs[0] if len(body_paragraphs) > 1 else None

    def repeated_headline(figure: Figure) -> bool:
        return any(
            other.sentence_index in heads
            and other.sentence_index < figure.sentence_index
            and (other.kind, other.value, other.value_high, other.unit)
            == (figure.kind, figure.value, figure.value_high, figure.unit)
            for other in figures
        )

    def restated(figure: Figure) -> bool:
        in_title = figure.sentence_index in heads
        if in_title and repeated_headline(figure):
            return True
        if not in_title and (lead is None or paragraph.get(figure.sentence_index) != lead):
            return False
        return any(
            other.sentence_index not in heads
            and (in_title or paragraph.get(other.sentence_index) != lead)
            and (other.value, other.value_high) == (figure.value, figure.value_high)
            and (other.kind == figure.kind or (in_title and _title_count_of(figure, other)))
            # "Tổng kết năm học, 100% trường …" in the lead and a later goal of 100% are two facts
            and (in_title or other.is_target == figure.is_target)
            and (
                in_title
                or (_same_words(other.unit, figure.unit) and _same_words(other.measure, figure.measure))
            )
            for other in figures
        )

    kept = [figure for figure in figures if not restated(figure)]
    return [_named_by_headline(figure, [f for f in figures if f.sentence_index in heads]) for figure in kept]


def _named_by_headline(figure: Figure, headline: Sequence[Figure]) -> Figure:
    """A body figure its headline restates takes the headline's shorter measure where the body's runs on
    from it: "92% hệ thống thông tin được phê duyệt cấp độ an toàn" over "92% hệ thống thông tin của các cơ
    quan nhà nước trên địa bàn đã được phê duyệt hồ sơ …"."""
    for head in headline:
        if (
            head is not figure
            and (head.kind, head.value, head.unit) == (figure.kind, figure.value, figure.unit)
            and head.measure
            and figure.measure
            # "Tòa án hai cấp xét xử trực tuyến 286 phiên tòa": a headline's bare noun names nothing shorter
            and head.measure.casefold().split() != head.unit.casefold().split()
            # "… tổ hợp tác được | hỗ trợ lên sàn": a headline cut after its passive names less, not briefly
            and head.measure.casefold().split()[-1] not in _PASSIVE_MARKERS
            and len(head.measure.split()) < len(figure.measure.split())
            and head.measure.casefold().split()[:2] == figure.measure.casefold().split()[:2]
        ):
            return replace(figure, measure=head.measure)
    return figure


_PASSIVE_MARKERS = frozenset({"được", "bị"})


def _title_count_of(title: Figure, body: Figure) -> bool:
    """Whether a headline count gives a body share again: "612 trường …" over "612/745 trường"."""
    return title.kind == "count" and body.kind == "share" and _same_words(title.unit, body.unit)


def _same_words(a: str | None, b: str | None) -> bool:
    """Whether two labels name the same thing: one is missing, or one begins with the other."""
    if not a or not b:
        return True
    first, second = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return second[: len(first)] == first
