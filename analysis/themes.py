"""Official themes: what an article says a year's chủ đề, thông điệp or motto is."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from analysis.dates import find_named_years, find_years
from analysis.resources import load_toml
from analysis.text import normalize_text
from analysis.types import Sentence, Theme

# A stated theme outranks a message, which outranks an orientation or a "năm … là năm …" motto.
KIND_WEIGHT = {"chủ đề": 4, "thông điệp": 3, "định hướng": 2, "năm": 1}

_QUOTED_KIND = re.compile(r"(?<!\w)(?P<kind>chủ đề|thông điệp)(?!\w)", re.IGNORECASE)
_MAX_BETWEEN = 90
_MIN_TEXT, _MAX_TEXT = 8, 300
_COLON = re.compile(
    r"(?P<kind>chủ đề|thông điệp|định hướng)(?P<between>[^:“”\"]{0,90}?)"
    r"\s+là\s*:\s*(?P<text>[^“”\"].{8,300})$",
    re.IGNORECASE,
)
_MOTTO = re.compile(
    r"^(?P<which>năm nay|năm (?P<year>(?:19|20)\d\d))\s+(?:sẽ\s+|còn\s+|cũng\s+|được xác định\s+)*là\s+"
    r"(?P<text>năm\s+.+)$",
    re.IGNORECASE,
)
_MOTTO_END = re.compile(r",\s*với\b|\s+để\s+|\s+nhằm\s+|,\s*tạo\b|[.;]\s*$")
_NORMALISE_KEY = re.compile(r"[^\w]+")


@cache
def _grammar() -> dict[str, Any]:
    return load_toml("theme_grammar.toml")


@cache
def _quote_pairs() -> dict[str, str]:
    """Each opening mark with the marks that may close it."""
    return {pair[0]: pair[1:] for pair in _grammar()["quotes"]["pairs"]}


@cache
def _quote_marks() -> frozenset[str]:
    return frozenset("".join(_grammar()["quotes"]["pairs"]))


@cache
def _run_on_end() -> re.Pattern[str]:
    run_on = _grammar()["run_on"]
    ends = [re.escape(normalize_text(end)) for end in run_on["ends"]]
    subjects = "|".join(re.escape(normalize_text(word)) for word in run_on["clause_subjects"])
    return re.compile(rf"{'|'.join(ends)}|,\s*(?:{subjects})(?!\w)", re.IGNORECASE)


def _opens(text: str, index: int) -> bool:
    """A mark opens a quote when a word follows it straight after a space ("cuộc thi “Sáng")."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([") and after.isalnum()


def _quoted_span(text: str, start: int) -> tuple[int, int, bool] | None:
    """The first quote opening within reach of ``start``: (text start, text end, closed)."""
    marks = _quote_marks()
    pairs = _quote_pairs()
    for index in range(start, min(len(text), start + _MAX_BETWEEN + 1)):
        if text[index] not in marks:
            continue
        if text[index] not in pairs:
            return None
        for end in range(index + 1, len(text)):
            if text[end] not in marks:
                continue
            if text[end] in pairs[text[index]] and not _opens(text, end):
                return index + 1, end, True
            if not _opens(text, end) and text[end] not in pairs:
                return index + 1, end, True  # a mark that only closes ("“A»"): the quote ends there
            return index + 1, end, False  # a new quote opens: this one was never closed
        return index + 1, len(text), False
    return None


def _quoted_themes(text: str) -> list[tuple[str, str, int]]:
    """(kind, theme, where its text starts) for each quoted chủ đề or thông điệp in a sentence."""
    found = []
    for match in _QUOTED_KIND.finditer(text):
        span = _quoted_span(text, match.end())
        if span is None:
            continue
        start, end, closed = span
        body = text[start:end]
        if not closed:
            # the rest of a headline or of the sentence is no part of the theme
            cut = _run_on_end().search(body)
            body = body[: cut.start()] if cut else body
        body = body.strip()
        if _MIN_TEXT <= len(body) <= _MAX_TEXT:
            found.append((match.group("kind").casefold(), body, start))
    return found


@cache
def _named_year_pattern() -> re.Pattern[str]:
    named = _grammar()["named_year"]
    links = "|".join(re.escape(link) for link in named["links"])
    between = rf"(?:[^\W\d]+\s+){{0,{int(named['max_between'])}}}?"
    marks = re.escape("".join(_quote_pairs()))
    return re.compile(rf"^\s+{between}(?:{links})\s+(?P<mark>[{marks}])?(?P<text>(?i:năm)\s+\S.*)$")


@cache
def _named_year_end() -> re.Pattern[str]:
    ends = "|".join(re.escape(normalize_text(end)) for end in _grammar()["named_year"]["ends"])
    return re.compile(rf"[,;.:()…{re.escape(''.join(_quote_marks()))}]|{ends}", re.IGNORECASE)


def _named_years(text: str, doc_year: int | None) -> list[tuple[int, str]]:
    """A year given a name anywhere in a sentence: "chọn năm 2023 là Năm Dữ liệu số quốc gia".

    The name is written as one ("Năm" with a capital) or quoted; "năm 2024 là năm bản lề" is not.
    """
    anchors = [
        (end, year)
        for start, end, year in find_years(text)
        if re.search(r"năm\s+$", text[:start], re.IGNORECASE)
    ]
    anchors += [
        (match.end(), doc_year) for match in re.finditer(r"(?<!\w)năm nay(?!\w)", text, re.IGNORECASE)
    ]
    found = []
    for end, year in sorted(anchors, key=lambda anchor: anchor[0]):
        match = _named_year_pattern().match(text[end:])
        if year is None or match is None:
            continue
        if not match.group("mark") and not match.group("text").startswith("Năm"):
            continue
        body = match.group("text")
        cut = _named_year_end().search(body)
        words = (body[: cut.start()] if cut else body).split()
        if 2 <= len(words) <= 12:
            found.append((year, _clean(" ".join(words))))
    return found


def _clean(text: str) -> str:
    text = text.strip().strip("“”\"'").strip()
    text = re.sub(r"[\s.…;,:]+$", "", text)
    return text[:1].upper() + text[1:]


def _year_for(context: str, fallback: int | None) -> int | None:
    years = find_named_years(context)
    return years[-1] if years else fallback


def extract_themes(sentences: Sequence[Sentence], *, doc_year: int | None) -> list[Theme]:
    """Themes an article states, each with the year it belongs to and its sentence.

    >>> s = Sentence("d", 0, 'Ngày Chuyển đổi số quốc gia năm 2022, với chủ đề “Chuyển đổi số vì người dân”.')
    >>> extract_themes([s], doc_year=None)[0].text, extract_themes([s], doc_year=None)[0].year
    ('Chuyển đổi số vì người dân', 2022)

    A quote left open stops where its headline runs on; a year given a name is a theme of kind "năm":

    >>> s = Sentence("d", 0, 'Chủ đề năm 2024 “Phát triển kinh tế số và những kết quả nổi bật')
    >>> extract_themes([s], doc_year=None)[0].text
    'Phát triển kinh tế số'
    >>> s = Sentence("d", 0, "Thủ tướng chọn năm 2023 là Năm Dữ liệu số quốc gia.")
    >>> [(t.year, t.text, t.kind) for t in extract_themes([s], doc_year=None)]
    [(2023, 'Năm Dữ liệu số quốc gia', 'năm')]
    """
    themes: list[Theme] = []
    for sentence in sentences:
        text = sentence.text
        named = _named_years(text, doc_year)
        names = {_theme_key(name) for _, name in named}
        found = False
        for kind, body, start in _quoted_themes(text):
            year = _year_for(text[:start], doc_year)
            if year is not None and _theme_key(body) not in names:
                themes.append(Theme(year, _clean(body), kind, sentence.doc, text))
                found = True
        if not found:
            for match in _COLON.finditer(text):
                year = _year_for(text[: match.start("text")], doc_year)
                if year is not None:
                    themes.append(
                        Theme(
                            year,
                            _clean(match.group("text")),
                            match.group("kind").casefold(),
                            sentence.doc,
                            text,
                        )
                    )
                    found = True
        motto = None if found else _MOTTO.match(text)
        if motto:
            year = int(motto.group("year")) if motto.group("year") else doc_year
            body = motto.group("text")
            end = _MOTTO_END.search(body)
            body = body[: end.start()] if end else body
            words = body.split()
            if year is not None and 2 <= len(words) <= 25:
                themes.append(Theme(year, _clean(" ".join(words)), "năm", sentence.doc, text))
                continue
        themes.extend(Theme(year, name, "năm", sentence.doc, text) for year, name in named)
    return themes


def _theme_key(text: str) -> str:
    return _NORMALISE_KEY.sub(" ", text.casefold()).strip()


def choose_official_theme(themes: Iterable[Theme]) -> Theme | None:
    """The best-supported theme of one year: strongest kind, then most articles, then first seen.

    >>> a = Theme(2023, "Năm dữ liệu số", "năm", "d1", "s")
    >>> b = Theme(2023, "Tạo lập và khai thác dữ liệu số", "thông điệp", "d1", "s")
    >>> choose_official_theme([a, b]).text
    'Tạo lập và khai thác dữ liệu số'
    """
    groups: dict[str, list[Theme]] = defaultdict(list)
    order: list[str] = []
    for theme in themes:
        key = _theme_key(theme.text)
        if key not in groups:
            order.append(key)
        groups[key].append(theme)
    if not groups:
        return None

    def support(key: str) -> tuple[int, int, int]:
        members = groups[key]
        return (
            max(KIND_WEIGHT.get(theme.kind, 0) for theme in members),
            len({theme.doc for theme in members}),
            -order.index(key),
        )

    best = max(order, key=support)
    return groups[best][0]
