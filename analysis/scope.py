"""Whom each fact is about: the whole country, a province or city, a ministry or sector, or abroad.

Read from the fact's own words first, then from its article. A figure measured for a named place
("1.120 Tổ … của Quảng Trị") is that place's; otherwise the clause that holds the number, then the
sentence, decides by the first name or cue it gives ("cả nước", "Bộ Tài chính", "Đan Mạch", "toàn tỉnh");
a sentence that names no one takes the article's scope, which its title (else its outlet, else the lines
under the title) gives: "Quảng Trị: Năm 2026, tỉnh xác định 5 nhiệm vụ …" is a provincial article, and
its "tỉnh" is Quảng Trị. Provinces and countries are the figure grammar's lists
(:func:`analysis.figures.measure.places.province_mentions`); the other cue words live in ``data/scope.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from analysis.figures.cues import CLAUSE_BOUNDARY
from analysis.figures.measure.places import country_inside_a_name, country_names, province_mentions
from analysis.resources import load_toml, phrases
from analysis.text import phrase_alternation, phrase_pattern
from analysis.types import (
    NATIONAL,
    SCOPE_LEVELS,
    DocumentAnalysis,
    Event,
    Figure,
    PriorityList,
    Scope,
    Sentence,
    Theme,
)

_HOME = "Việt Nam"
_LEAD_LINES = 3  # the title and the two lines under it (a portal's masthead, a dateline)


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    scope: Scope | None  # None: the article's own ("tỉnh", "ngành"), resolved against the article
    level: str = ""  # for an own-word mention: the level it speaks for
    venue: bool = False


@cache
def _vocabulary() -> dict[str, object]:
    return load_toml("scope.toml")


@cache
def _named_patterns() -> tuple[tuple[re.Pattern[str], dict[str, Scope]], ...]:
    """Patterns for names that carry their own scope (case as written), and what each name means."""
    vocabulary = _vocabulary()
    written: dict[str, Scope] = {}  # as written: a name is capitalised ("Bộ Y tế", not "bộ y tế")
    for country in country_names():
        written[country] = NATIONAL if country == _HOME else Scope("international", country)
    for body in vocabulary["national"]["bodies"]:  # type: ignore[index]
        written[body] = NATIONAL
    for shown, aliases in vocabulary["sector"]["bodies"].items():  # type: ignore[index]
        for alias in aliases:
            written[alias] = Scope("sector", shown)
    names = phrase_pattern(tuple(written), ignore_case=False)
    named = {name.casefold(): scope for name, scope in written.items()}
    cues: dict[str, Scope] = {cue.casefold(): NATIONAL for cue in vocabulary["national"]["cues"]}  # type: ignore[index]
    cues.update({cue.casefold(): Scope("international") for cue in vocabulary["international"]["cues"]})  # type: ignore[index]
    words = phrase_pattern(tuple(cues))
    return (names, named), (words, cues)


@cache
def _own_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    sector = phrase_alternation(phrases("scope.toml:sector.own.words"))
    # "các bộ, ngành", "bộ, ngành, địa phương" speak of every ministry: no one sector
    return (
        (phrase_pattern(phrases("scope.toml:province.own")), "province"),
        (re.compile(rf"(?<!bộ, )(?<!các )(?<!\w)(?:{sector})(?!\w)", re.IGNORECASE), "sector"),
    )


@cache
def _venue_before() -> re.Pattern[str]:
    venue = phrase_alternation(phrases("scope.toml:province.venue_words"))
    return re.compile(rf"(?<!\w)(?:{venue})\s*$", re.IGNORECASE)


@cache
def _dateline_tail() -> re.Pattern[str]:
    tails = "|".join(f"(?:{tail})" for tail in _vocabulary()["province"]["dateline_tails"])  # type: ignore[index]
    return re.compile(rf"(?:{tails})", re.IGNORECASE)


def _is_venue(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is where something happens ("tại Hà Nội") or where the
    news was filed (a dateline, "Hà Nội, ngày 14/01/2025 - …"), rather than whom it is about."""
    if _venue_before().search(text[:start]):
        return True
    return not text[:start].strip() and _dateline_tail().match(text, end) is not None


def _mentions(text: str, *, any_case: bool = False) -> list[_Mention]:
    """Every name and cue in ``text`` that says whom it is about, in text order, a name inside a longer
    one dropped ("Việt Nam" in "Bảo hiểm xã hội Việt Nam")."""
    found = [
        _Mention(start, end, Scope("province", name), venue=_is_venue(text, start, end))
        for start, end, name in province_mentions(text, any_case=any_case)
    ]
    for pattern, meaning in _named_patterns():
        found.extend(
            _Mention(m.start(), m.end(), meaning[" ".join(m.group(0).split()).casefold()])
            for m in pattern.finditer(text)
            if not country_inside_a_name(text, m)  # "thị trấn Thạnh Mỹ" is no United States
        )
    named_starts = [mention.start for mention in found]
    for pattern, level in _own_patterns():
        for match in pattern.finditer(text):
            # "tỉnh Đắk Lắk", "UBND tỉnh Bắc Ninh": the name that follows says which
            if not any(0 <= start - match.end() <= 2 for start in named_starts):
                found.append(_Mention(match.start(), match.end(), None, level=level))
    found.sort(key=lambda mention: (mention.start, -(mention.end - mention.start)))
    kept: list[_Mention] = []
    for mention in found:
        if not any(other.start <= mention.start and mention.end <= other.end for other in kept):
            kept.append(mention)
    return kept


def _first_scope(text: str, article: Scope | None, *, any_case: bool = False) -> Scope | None:
    """The scope the first telling mention in ``text`` gives; a venue ("tại Hà Nội") counts only alone,
    the article's own words ("tỉnh") only in an article of that level."""
    mentions = _mentions(text, any_case=any_case)
    telling = [m for m in mentions if not m.venue] or mentions
    for mention in telling:
        if mention.scope is not None:
            return mention.scope
        if article is not None and article.level == mention.level:
            return article
    return None


def read_article_scope(sentences: Sequence[Sentence], *, outlet: str | None = None) -> Scope:
    """The scope of an article: what its title says (one province named, a ministry, the country), else
    its outlet's province ("Báo Thái Nguyên"), else the lines under the title (a portal's masthead).

    >>> read_article_scope([Sentence("d", 0, "Quảng Trị: Năm 2026, tỉnh xác định 5 nhiệm vụ")])
    Scope(level='province', name='Quảng Trị')
    >>> read_article_scope([Sentence("d", 0, "Bộ TT&TT xác định 4 nhiệm vụ năm 2025")])
    Scope(level='national', name='')
    """
    ordered = sorted(sentences, key=lambda sentence: sentence.index)
    if ordered and ordered[0].index == 0:
        titled = _first_scope(ordered[0].text, None, any_case=False)
        if titled is not None:
            return titled
    if outlet:
        provinces = list(dict.fromkeys(name for _, _, name in province_mentions(outlet, any_case=True)))
        if len(provinces) == 1:
            return Scope("province", provinces[0])
    for sentence in ordered[1:_LEAD_LINES]:
        provinces = list(
            dict.fromkeys(name for _, _, name in province_mentions(sentence.text, any_case=True))
        )
        if len(provinces) == 1 and sentence.text.isupper():  # "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ"
            return Scope("province", provinces[0])
    return NATIONAL


def read_sentence_scope(text: str, *, article: Scope = NATIONAL) -> Scope:
    """Whom a sentence is about: the first name or cue it gives, else the article's scope.

    >>> read_sentence_scope("Năm 2026, tỉnh xác định 5 nhiệm vụ", article=Scope("province", "Quảng Trị"))
    Scope(level='province', name='Quảng Trị')
    >>> read_sentence_scope("Ngày 10/10, tại Hà Nội, Thủ tướng dự Ngày Chuyển đổi số quốc gia").level
    'national'
    """
    return _first_scope(text, article) or article


def _place_scope(place: str) -> Scope | None:
    """What a figure's named place means: a province, a ministry, a country, or (a block) the country."""
    provinces = province_mentions(place, any_case=True)
    if provinces:
        return Scope("province", provinces[0][2])
    return _first_scope(place, None)


def read_figure_scope(figure: Figure, *, article: Scope = NATIONAL) -> Scope:
    """Whom a figure is about: its named place, else the clause holding the number, else its sentence,
    else the article ("Toàn tỉnh … 1.650 Tổ …, góp phần vào … 100.000 tổ của cả nước": the first is the
    province's, the second the country's)."""
    if figure.place:
        placed = _place_scope(figure.place)
        if placed is not None:
            return placed
    sentence = figure.sentence
    clause_start = 0
    for boundary in CLAUSE_BOUNDARY.finditer(sentence):
        if boundary.start() >= figure.start:
            clause = sentence[clause_start : boundary.start()]
            break
        clause_start = boundary.end()
    else:
        clause = sentence[clause_start:]
    return _first_scope(clause, article) or _first_scope(sentence, article) or article


def scope_analysis(analysis: DocumentAnalysis) -> DocumentAnalysis:
    """``analysis`` with a scope on each of its figures, priority lists, themes and events."""
    article = read_article_scope(analysis.sentences, outlet=analysis.document.outlet)

    def of_list(priority: PriorityList) -> PriorityList:
        return replace(priority, scope=read_sentence_scope(priority.sentence, article=article))

    def of_theme(theme: Theme) -> Theme:
        return replace(theme, scope=read_sentence_scope(theme.sentence, article=article))

    def of_event(event: Event) -> Event:
        # a recurring day's known date (the national Digital Transformation Day) is the country's
        scope = (
            NATIONAL
            if event.date_source == "calendar"
            else read_sentence_scope(event.sentence, article=article)
        )
        return replace(event, scope=scope)

    def of_figure(figure: Figure) -> Figure:
        scope = read_figure_scope(figure, article=article)
        if figure.place is None and article.level == "sector" and scope == article:
            # "Agribank tăng tốc chuyển đổi số": the bank's figures are measured for the bank, as a
            # province's article measures its figures for the province (figures.measure.places)
            return replace(figure, scope=scope, place=article.name)
        return replace(figure, scope=scope)

    return replace(
        analysis,
        scope=article,
        figures=tuple(map(of_figure, analysis.figures)),
        priorities=tuple(map(of_list, analysis.priorities)),
        themes=tuple(map(of_theme, analysis.themes)),
        events=tuple(map(of_event, analysis.events)),
    )


ALL_SCOPES = "all"
SCOPE_CHOICES: tuple[str, ...] = (*SCOPE_LEVELS, ALL_SCOPES)


def is_in_scope(scope: Scope, chosen: str) -> bool:
    """Whether a fact of ``scope`` shows under the scope filter ``chosen`` (a level, or "all").

    >>> is_in_scope(Scope("province", "Quảng Trị"), "national"), is_in_scope(Scope("province", "Huế"), "all")
    (False, True)
    """
    return chosen == ALL_SCOPES or scope.level == chosen


# The story a briefing tells is the country's: a province's list or figure joins it only when asked.
DEFAULT_SCOPE = "national"
