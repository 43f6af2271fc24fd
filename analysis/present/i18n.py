"""Interface labels in Vietnamese (default) and English, from ``present/data/labels.toml``."""

from __future__ import annotations

import re
from functools import cache

from analysis.present.localize import format_value
from analysis.present.resources import load_toml
from analysis.text import normalize_text
from analysis.types import Scope

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


@cache
def _labels(language: str) -> dict[str, str]:
    return {key: normalize_text(value) for key, value in load_toml("labels.toml")[language].items()}


def format_figure(value: float, qualifier: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """A figure's value with its qualifier in the reader's language.

    >>> format_figure(80000, "hơn"), format_figure(80000, "hơn", "en")
    ('hơn 80.000', 'over 80,000')
    """
    number = format_value(value, language)
    if not qualifier:
        return number
    return f"{qualifier_label(qualifier, language)} {number}"


def qualifier_label(qualifier: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """A figure's qualifier in the reader's language ("gần" → "nearly"); "" without one.

    >>> qualifier_label("gần", "en"), qualifier_label("gần", "vi")
    ('nearly', 'gần')
    """
    if not qualifier:
        return ""
    if language == "en":
        return load_toml("labels.toml")["qualifiers_en"].get(normalize_text(qualifier), qualifier)
    return qualifier


# What a link may say for a language: the code, the name shown on the switch, or the name unaccented.
_LANGUAGE_ALIASES = {
    "vi": "vi", "vn": "vi", "tiếng việt": "vi", "tieng viet": "vi", "vietnamese": "vi",
    "en": "en", "english": "en", "tiếng anh": "en", "tieng anh": "en",
}  # fmt: skip


def language_from_link(value: str | None) -> str | None:
    """The interface language a link's ``?lang=`` asks for, or None when it names none we have.

    >>> language_from_link("en"), language_from_link("Tiếng Việt"), language_from_link("fr")
    ('en', 'vi', None)
    """
    if not value:
        return None
    return _LANGUAGE_ALIASES.get(re.sub(r"\s+", " ", normalize_text(value)).strip().casefold())


# "{docs|article|articles}": the singular when the value ``docs`` is one, else the plural. English
# needs it; Vietnamese nouns do not change ("1 bài", "3 bài").
PLURAL_CHOICE = re.compile(r"\{(?P<name>\w+)\|(?P<one>[^|{}]*)\|(?P<other>[^|{}]*)\}")


def _is_one(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return value == 1
    return str(value).strip() == "1"


def translate(key: str, language: str = DEFAULT_LANGUAGE, /, **values: object) -> str:
    """The label ``key`` in ``language``, with ``{placeholders}`` filled in and English nouns
    agreeing with their numbers.

    >>> translate("hits", "vi", count=3, docs=2)
    '3 kết quả trong 2 bài viết'
    >>> translate("hits", "en", count=1, docs=1)
    '1 hit in 1 article'
    """
    labels = _labels(language if language in LANGUAGES else DEFAULT_LANGUAGE)
    text = labels.get(key) or _labels(DEFAULT_LANGUAGE)[key]
    if not values:
        return text
    text = PLURAL_CHOICE.sub(
        lambda match: match["one"] if _is_one(values.get(match["name"])) else match["other"], text
    )
    return text.format(**values)


@cache
def _english(table: str) -> dict[str, str]:
    """One table of ``present/data/names_en.toml``: the English of what the core names by an id or in
    Vietnamese (the core's data files keep no English)."""
    return load_toml("names_en.toml")[table]


def concept_label(concept_id: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """A taxonomy concept's label in ``language`` ("digital_data" → "Dữ liệu số" / "Digital data")."""
    from analysis.priorities import load_taxonomy

    for concept in load_taxonomy():
        if concept.id == concept_id:
            return _english("concepts")[concept.id] if language == "en" else concept.label_vi
    return translate("unclassified", language)


def event_kind_label(kind_id: str, language: str = DEFAULT_LANGUAGE) -> str:
    """An event kind's label in ``language`` ("meeting" → "Phiên họp" / "Committee meeting")."""
    from analysis.timeline import event_kinds

    for kind in event_kinds():
        if kind["id"] == kind_id:
            return _english("event_kinds")[kind_id] if language == "en" else str(kind["label_vi"])
    return kind_id


def instrument_kind_label(kind: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A policy document's kind in ``language``; a kind the grammar does not know stays as written.

    >>> instrument_kind_label("Quyết định", "en"), instrument_kind_label("Quyết định")
    ('Decision', 'Quyết định')
    >>> instrument_kind_label("Tờ trình", "en")
    'Tờ trình'
    """
    return _english("instrument_kinds").get(kind, kind) if language == "en" else kind


def issuer_label(code: str | None, language: str = DEFAULT_LANGUAGE) -> str | None:
    """The issuer a symbol's code names, in ``language``; an unknown code stays as written.

    >>> issuer_label("TTg"), issuer_label("QH15", "en"), issuer_label("XYZ", "en")
    ('Thủ tướng Chính phủ', 'National Assembly', 'XYZ')
    """
    from analysis.instruments import issuer_code, issuer_name

    if code is None or language != "en":
        return issuer_name(code)
    known = issuer_code(code)
    return _english("issuers")[known] if known else code


def priorities_title(years: list[int], language: str = DEFAULT_LANGUAGE) -> str:
    """The priorities page title with the corpus's own span of years.

    >>> priorities_title([2022, 2023, 2024])
    'Ưu tiên 2022–2024'
    """
    if len(years) >= 2:
        return translate("page_priorities_span", language, first=min(years), last=max(years))
    return translate("page_priorities", language)


def progress_message(
    done: int, total: int, *, elapsed: float, done_at_start: int = 0, language: str = DEFAULT_LANGUAGE
) -> str:
    """What a long first analysis has done and, once a few articles show the pace, how long is left.

    ``done_at_start`` articles came from the cache and say nothing about the pace.

    >>> progress_message(30, 1000, elapsed=60.0, done_at_start=10)
    'Đã phân tích 30/1000 bài viết · còn khoảng 48 phút'
    >>> progress_message(2, 10, elapsed=1.0, language="en")
    'Analysed 2 of 10 articles'
    """
    analysed = done - done_at_start
    if analysed < 3 or elapsed <= 0 or done >= total:
        return translate("analysing_progress", language, done=done, total=total)
    remaining = (total - done) * elapsed / analysed
    if remaining >= 90:
        left = translate("duration_minutes", language, count=round(remaining / 60))
    else:
        left = translate("duration_seconds", language, count=max(5, round(remaining / 5) * 5))
    return translate("analysing_eta", language, done=done, total=total, remaining=left)


def scope_label(scope: Scope, language: str = DEFAULT_LANGUAGE) -> str:
    """Whose a fact is, said beside it when several scopes share a page.

    >>> scope_label(Scope("province", "Quảng Trị"), "vi"), scope_label(Scope(), "en")
    ('Tỉnh, thành phố: Quảng Trị', 'National')
    """
    level = translate(f"scope_{scope.level}", language)
    return translate("scope_named", language, level=level, name=scope.name) if scope.name else level
