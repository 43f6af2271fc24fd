"""English renderings of article wording (units, subjects, official themes) from curated data files.

The files are ``data/units_en.toml`` and ``data/themes_en.toml``. Nothing here calls a translation
service: wording without a curated rendering is shown in Vietnamese and marked as the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.present.i18n import translate
from analysis.resources import load_toml
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
    if language != "en":
        return Rendering(original, original, False)
    if english:
        return Rendering(english, original, True)
    return Rendering(f"{original} ({translate('vietnamese_original', 'en')})", original, False)


def render_unit(unit: str, language: str) -> Rendering:
    """What a figure counts, in the reader's language.

    >>> render_unit("tổ", "en").text, render_unit("tổ", "vi").text
    ('teams', 'tổ')
    """
    english = _table("units_en.toml", "units").get(_key(unit)) or _table("units_en.toml", "terms").get(
        _key(unit)
    )
    return _render(unit, english or _compose_unit(unit), language)


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
    that none is curated yet; nothing in Vietnamese.

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
    return f"{translate('vietnamese_original', language)}: {translate('no_gloss', language).lower()}"
