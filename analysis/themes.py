"""Official themes: what an article says a year's chủ đề, thông điệp or motto is."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from analysis.types import Sentence, Theme

# A stated theme outranks a message, which outranks an orientation or a "năm … là năm …" motto.
KIND_WEIGHT = {"chủ đề": 4, "thông điệp": 3, "định hướng": 2, "năm": 1}

_QUOTED = re.compile(
    r"(?P<kind>chủ đề|thông điệp)(?P<between>[^“”\"]{0,90}?)[“\"](?P<text>[^“”\"]{8,300})[”\"]",
    re.IGNORECASE,
)
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
_YEAR = re.compile(r"năm\s+((?:19|20)\d\d)", re.IGNORECASE)
_NORMALISE_KEY = re.compile(r"[^\w]+")


def _clean(text: str) -> str:
    text = text.strip().strip("“”\"'").strip()
    text = re.sub(r"[\s.…;,:]+$", "", text)
    return text[:1].upper() + text[1:]


def _year_for(context: str, fallback: int | None) -> int | None:
    years = _YEAR.findall(context)
    return int(years[-1]) if years else fallback


def extract_themes(sentences: Sequence[Sentence], *, doc_year: int | None) -> list[Theme]:
    """Themes an article states, each with the year it belongs to and its sentence.

    >>> s = Sentence("d", 0, 'Ngày Chuyển đổi số quốc gia năm 2022, với chủ đề “Chuyển đổi số vì người dân”.')
    >>> extract_themes([s], doc_year=None)[0].text, extract_themes([s], doc_year=None)[0].year
    ('Chuyển đổi số vì người dân', 2022)
    """
    themes: list[Theme] = []
    for sentence in sentences:
        text = sentence.text
        found = False
        for pattern in (_QUOTED, _COLON):
            for match in pattern.finditer(text):
                kind = match.group("kind").casefold()
                year = _year_for(text[: match.start("text")], doc_year)
                if year is not None:
                    themes.append(Theme(year, _clean(match.group("text")), kind, sentence.doc, text))
                    found = True
            if found:
                break
        if found:
            continue
        motto = _MOTTO.match(text)
        if motto:
            year = int(motto.group("year")) if motto.group("year") else doc_year
            body = motto.group("text")
            end = _MOTTO_END.search(body)
            body = body[: end.start()] if end else body
            words = body.split()
            if year is not None and 2 <= len(words) <= 25:
                themes.append(Theme(year, _clean(" ".join(words)), "năm", sentence.doc, text))
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
