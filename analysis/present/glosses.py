"""English renderings of article wording (units, subjects, terms, event names, priority items,
official themes) from curated data files.

The files are ``present/data/units_en.toml``, ``terms_en.toml`` and ``themes_en.toml``, with the
taxonomy's and the event kinds' English labels (``names_en.toml``). Nothing here calls a translation
service: wording without a curated rendering stays Vietnamese, unmarked; the view that shows it says
once (a note under its table or slide, :func:`untranslated_note`) that such items are in Vietnamese.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from analysis.dates import split_closing_year
from analysis.present.i18n import concept_label, translate
from analysis.present.resources import load_toml
from analysis.text import normalize_text

_END_PUNCTUATION = " \t\n.,;:!?…\"'“”«»"


def _key(text: str) -> str:
    """Lookup key: NFC, case-folded, single spaces, no end punctuation ("Tổ " == "tổ")."""
    return re.sub(r"\s+", " ", normalize_text(text)).strip(_END_PUNCTUATION).casefold()


@cache
def _table(file: str, section: str) -> dict[str, str]:
    return {_key(vi): normalize_text(en) for vi, en in load_toml(file).get(section, {}).items()}


@dataclass(frozen=True)
class Rendering:
    """Wording for a reader: ``text`` to show, the Vietnamese ``original``, and whether ``text``
    is a curated English rendering (False: it is the Vietnamese, marked as such in English)."""

    text: str
    original: str
    glossed: bool


def _compose_unit(unit: str) -> str | None:
    """A count noun extended by a modifier or a domain term, in English word order:
    "hồ sơ trực tuyến" → "online applications", "nhóm nền tảng số" → "groups of digital platforms"."""
    units, modifiers, terms = (
        _table("units_en.toml", "units"),
        _table("units_en.toml", "modifiers"),
        _table("units_en.toml", "terms"),
    )
    percent_of = re.fullmatch(r"%\s*(?P<of>[A-Z][A-Za-z]*[A-Z])", " ".join(unit.split()))
    if percent_of:  # "% GRDP" → "% of GRDP": the acronym is the same in English
        return f"% of {percent_of['of']}"
    words = _key(unit).split(" ")
    for cut in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:cut]).rstrip(","), " ".join(words[cut:])
        if head not in units:
            continue
        if rest in modifiers:
            return f"{modifiers[rest]} {units[head]}"
        if rest in terms:
            return f"{units[head]} of {terms[rest]}"
    return None


def _render(original: str, english: str | None, language: str) -> Rendering:
    if language == "en" and english:
        return Rendering(english, original, True)
    return Rendering(original, original, False)


def untranslated_note(renderings: Iterable[Rendering], language: str) -> str:
    """The one line a table or slide carries when some of its items have no curated English
    rendering (they are shown in Vietnamese); "" in Vietnamese or when every item is rendered.

    >>> untranslated_note([render_term("kinh tế số", "en"), render_term("xyz ạ", "en")], "en")
    'Items without a curated English rendering are shown in Vietnamese.'
    >>> untranslated_note([render_term("kinh tế số", "en")], "en")
    ''
    """
    if language != "en" or all(rendering.glossed for rendering in renderings):
        return ""
    return translate("untranslated_note", language)


def shows_vietnamese(text: str) -> bool:
    """Whether ``text`` has a letter English does not write (đ, or a Vietnamese diacritic): how a
    view tells that wording rendered elsewhere stayed Vietnamese.

    >>> shows_vietnamese("63 provinces and cities"), shows_vietnamese("63 tỉnh")
    (False, True)
    """
    return any(unicodedata.combining(ch) or ch in "đĐ" for ch in unicodedata.normalize("NFD", text))


def _concept_labels() -> dict[str, str]:
    """The taxonomy's concepts, Vietnamese label → English label ("Kinh tế số" → "Digital economy")."""
    from analysis.priorities import load_taxonomy

    return {_key(concept.label_vi): concept_label(concept.id, "en") for concept in load_taxonomy()}


def _term_english(term: str) -> str | None:
    key = _key(term)
    for table in (_table("terms_en.toml", "terms"), _table("units_en.toml", "terms")):
        if key in table:
            return table[key]
    return _concept_labels().get(key)


def render_term(term: str, language: str) -> Rendering:
    """A term (of the distinctive-term table or a word cloud) in the reader's language: the
    glossary's English (``terms_en.toml``, ``units_en.toml`` [terms]) or the taxonomy's label.

    >>> render_term("kinh tế số", "en").text, render_term("Số hoá", "en").text
    ('digital economy', 'digitalisation')
    >>> render_term("kinh tế số", "vi").text
    'kinh tế số'
    """
    return _render(term, _term_english(term), language)


def render_event(title: str, language: str) -> Rendering:
    """A timeline event's name: curated in ``terms_en.toml`` [events] or a glossary term, the year
    at its end carried over ("Ngày Chuyển đổi số quốc gia năm 2023" → "… Day 2023").

    >>> render_event("Ngày Chuyển đổi số Quốc gia năm 2022", "en").text
    'National Digital Transformation Day 2022'
    """
    events = _table("terms_en.toml", "events")
    english = events.get(_key(title)) or _term_english(title)
    closing = split_closing_year(_key(title))
    if english is None and closing:
        rest, year = closing
        found = events.get(rest) or _term_english(rest)
        english = f"{found} {year}" if found else None
    return _render(title, english, language)


def render_priority_item(text: str, language: str) -> Rendering:
    """A stated priority item: curated in ``terms_en.toml`` [priority_items] or a glossary term.

    >>> render_priority_item("Quản trị số", "en").text
    'Digital governance'
    """
    english = _table("terms_en.toml", "priority_items").get(_key(text)) or _term_english(text)
    if english and text[:1].isupper():
        english = english[:1].upper() + english[1:]
    return _render(text, english, language)


def render_unit(unit: str, language: str) -> Rendering:
    """What a figure counts, in the reader's language.

    >>> render_unit("tổ", "en").text, render_unit("tổ", "vi").text, render_unit("% GRDP", "en").text
    ('teams', 'tổ', '% of GRDP')
    """
    english = _table("units_en.toml", "units").get(_key(unit)) or _table("units_en.toml", "terms").get(
        _key(unit)
    )
    return _render(unit, english or _compose_unit(unit), language)


def plural_unit(english: str) -> str:
    """An English unit after a value other than one: "day" → "days" (``[plurals]``); any other as it is.

    >>> plural_unit("day"), plural_unit("transactions/day"), plural_unit("teams")
    ('days', 'transactions/day', 'teams')
    """
    return _table("units_en.toml", "plurals").get(_key(english), english)


def render_place(place: str, language: str) -> str:
    """Whom a figure is measured for, in the reader's language: a level or a block in English where
    ``[places]`` or ``[terms]`` renders it, any name as written.

    >>> render_place("cấp xã", "en"), render_place("cấp xã", "vi"), render_place("Long An", "en")
    ('commune level', 'cấp xã', 'Long An')
    >>> render_place("huyện Côn Đảo", "en"), render_place("TP Hội An", "en")
    ('Côn Đảo district', 'Hội An city')
    """
    if language != "en":
        return place
    key = _key(place)
    named = _table("units_en.toml", "places").get(key) or _table("units_en.toml", "terms").get(key)
    if named:
        return named
    heads = _table("units_en.toml", "locality_heads")
    for head, english in sorted(heads.items(), key=lambda item: -len(item[0])):
        name = place[len(head) :].strip()
        if _key(place).startswith(f"{head} ") and name[:1].isupper():
            return english.format(name=name)
    return place


def rank_place_en(unit: str) -> str | None:
    """Where a rank is held, in English, for a rank with no field size: "cả nước" → "nationwide",
    "thế giới" → "in the world"; None when ``[ranks]`` has no rendering.

    >>> rank_place_en("cả nước")
    'nationwide'
    """
    return _table("units_en.toml", "ranks").get(_key(unit))


def render_subject(subject: str, language: str) -> Rendering:
    """What a figure is about ("Tổ công nghệ số cộng đồng" → "community digital technology teams")."""
    terms = _table("units_en.toml", "terms")
    english = terms.get(_key(subject)) or _table("units_en.toml", "units").get(_key(subject))
    return _render(subject, english, language)


def theme_gloss(theme: str) -> str | None:
    """The curated English gloss of an official theme, or None when the file has none.

    >>> theme_gloss("Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới.")
    'Creating and exploiting digital data to generate new value'
    """
    return _table("themes_en.toml", "themes").get(_key(theme))


def render_theme(theme: str, language: str) -> Rendering:
    """An official theme for a reader: the Vietnamese stays the official wording; in English the
    curated gloss goes with it, or the theme is marked as the Vietnamese original.

    >>> render_theme("Năm Dữ liệu số quốc gia", "en").text
    'National Digital Data Year'
    >>> render_theme("Năm Dữ liệu số quốc gia", "vi").glossed
    False
    """
    return _render(theme, theme_gloss(theme), language)


def theme_note(theme: str, language: str) -> str:
    """The line shown under an official theme quoted verbatim: its English gloss in English, else
    that the theme is the Vietnamese original (said once, never "no gloss yet" to a partner);
    nothing in Vietnamese.

    >>> theme_note("Năm Dữ liệu số quốc gia", "en")
    'English gloss: National Digital Data Year'
    >>> theme_note("Năm Dữ liệu số quốc gia", "vi")
    ''
    """
    if language != "en":
        return ""
    rendering = render_theme(theme, language)
    if rendering.glossed:
        return translate("theme_gloss", language, gloss=rendering.text)
    return translate("vietnamese_original", language)
