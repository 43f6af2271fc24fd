"""Priority lists described for a reader: what the list is, how many items it has, where it is from.

A list's heading as the extractor keeps it is article wording: "04 ưu tiên chính", "3 tăng cường"
(a slogan: three things to strengthen) or a whole sentence ("Thủ tướng gửi Thông điệp …"). The
vocabulary that turns it into a description is in ``present/data/list_words.toml``; nothing is machine
translated, and wording without a curated rendering is quoted in Vietnamese (``glossed`` False: the
view says once that untranslated items are in Vietnamese, never per list).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from analysis.dates import split_closing_year
from analysis.present.glosses import Rendering, render_priority_item, untranslated_note
from analysis.present.i18n import translate
from analysis.present.localize import format_day
from analysis.present.resources import load_toml
from analysis.present.selection import group_priority_lists, priorities_for_year
from analysis.priorities import find_list_heading
from analysis.text import longest_first, normalize_text
from analysis.types import CorpusAnalysis, Document, PriorityList

# A heading longer than this is cut at a word boundary: an expander title stays one or two lines.
HEADING_CHARACTERS = 60
SOURCE_TITLE_CHARACTERS = 50
# A speaker clause ends within the first few words ("Thủ tướng Phạm Minh Chính nhấn mạnh").
_SPEAKER_WORDS = 8
_DEFAULT_HEADING = "danh sách"
_COUNT_AT_START = re.compile(r"^[\"“]?\S+\s+")
_QUOTES = re.compile(r"[\"“”]")
_END_PUNCTUATION = " \t.,;:!?…-–—"


def _key(text: str) -> str:
    return " ".join(normalize_text(text).split()).strip(_END_PUNCTUATION).casefold()


@cache
def _words() -> dict[str, object]:
    return load_toml("list_words.toml")


@cache
def _table(section: str, language: str | None = None) -> dict[str, str]:
    table = _words().get(section, {})
    if language is not None:
        table = table.get(language, {})
    return {_key(vi): normalize_text(text) for vi, text in table.items()}


@cache
def _phrases(name: str) -> tuple[str, ...]:
    """A word list of the data file, longest first so "gồm có" is tried before "gồm"."""
    return longest_first(_key(phrase) for phrase in _words().get(name, []))


def _starts_with(text: str, phrase: str) -> bool:
    return text.casefold().startswith(phrase) and (
        len(text) == len(phrase) or not text[len(phrase)].isalnum()
    )


def shorten(text: str, limit: int = HEADING_CHARACTERS) -> str:
    """``text`` cut at the last word boundary within ``limit`` characters, with "…".

    >>> shorten("Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia trong thời gian tới")
    'Thông điệp của Chính phủ về đẩy mạnh chuyển đổi số quốc gia…'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else text[:limit]
    return cut.rstrip(_END_PUNCTUATION) + "…"


def _strip_fillers(text: str) -> str:
    text = text.strip(_END_PUNCTUATION)
    changed = True
    while changed and text:
        changed = False
        for filler in _phrases("fillers"):
            if text.casefold().endswith(" " + filler) or text.casefold() == filler:
                text = text[: len(text) - len(filler)].strip(_END_PUNCTUATION)
                changed = True
                break
    return text


def _strip_speaker(text: str) -> str:
    """The heading after a speaker clause: "Thủ tướng gửi Thông điệp …" → "Thông điệp …"."""
    words = text.split()
    for index in range(1, min(_SPEAKER_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[index:])
        for verb in _phrases("speech_verbs"):
            # A verb is written in lower case; "Sở Thông tin và Truyền thông" is a name.
            if _starts_with(rest, verb) and rest.startswith(verb):
                after = rest[len(verb) :].strip(" :,")
                after = re.sub(r"^(?:rằng|là)\s+", "", after, flags=re.IGNORECASE)
                if len(after.split()) >= 2:
                    return after
    return text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class ListDescription:
    """A priority list for a reader: ``title`` says what it is and how many items it has,
    ``source`` where it comes from, ``original`` is the heading as the article words it;
    ``glossed`` is False when, in English, part of ``title`` is quoted Vietnamese."""

    title: str
    source: str
    original: str
    glossed: bool = True

    @property
    def shows_original(self) -> bool:
        """Whether ``title`` leaves out the heading's wording (shortened, translated or respelt),
        so a reader should see ``original`` too; "04" written "4" alone does not count."""
        wording = re.sub(r"(?<!\d)0+(?=\d)", "", self.original)
        return bool(self.original) and wording.casefold() not in self.title.casefold()

    @property
    def label(self) -> str:
        """Title and source on one line: "4 ưu tiên chính · VOV5"."""
        return f"{self.title} · {self.source}" if self.source else self.title


def _found_note(stated: int, found: int, language: str) -> str:
    return f" ({translate('list_found', language, count=found)})" if stated != found else ""


def _tail_gloss(tail: str) -> str | None:
    """English for what follows the head: "của chuyển đổi số quốc gia năm 2024" → "of … for 2024"."""
    if not tail:
        return ""
    closing = split_closing_year(tail, named=True)
    rest, suffix = (closing[0], f"for {closing[1]}") if closing else (tail, "")
    if not rest:
        return suffix
    gloss = _table("tails").get(_key(rest))
    return " ".join(part for part in (gloss, suffix) if part) if gloss else None


def _describe_counted(
    heading: str, found: tuple[int, str, int, int], items: int, language: str
) -> tuple[str, str, bool]:
    stated, head, start, end = found
    # The heading from its count on, quotes dropped, the count in digits ("04"/"Ba" → "4").
    phrase = _QUOTES.sub("", _COUNT_AT_START.sub("", heading[start:], count=1))
    phrase = _strip_fillers(f"{stated} {phrase}")
    after = _QUOTES.sub("", heading[end:]).strip()
    modifiers = longest_first(_table("modifiers"))
    modifier = next((m for m in modifiers if _starts_with(after, m)), "")
    tail = _strip_fillers(after[len(modifier) :].strip())
    note = _found_note(stated, items, language)
    slogan_vi, slogan_en = _table("slogans", "vi").get(head), _table("slogans", "en").get(head)
    original = shorten(phrase)
    phrase = heading  # the article's own wording ("04 ưu tiên chính") stays with the description
    if language != "en":
        if slogan_vi:
            return f"“{original}” — {stated} {slogan_vi}{note}", phrase, True
        return f"{original}{note}", phrase, True
    quoted = f"“{original}”"  # Vietnamese: the view says so once, not on every list
    if slogan_en:
        return (
            f"“{original}” ({translate('vietnamese_slogan', language)}) — {stated} {slogan_en}{note}",
            phrase,
            True,
        )
    noun = _table("nouns").get(head)
    if noun is None:
        return f"{translate('list_of_items', language, count=items)}: {quoted}", phrase, False
    english = f"{stated} {_table('modifiers')[modifier]} {noun}" if modifier else f"{stated} {noun}"
    tail_en = _tail_gloss(tail)
    if tail_en is None:
        return f"{english}{note} — {quoted}", phrase, False
    return f"{english} {tail_en}".rstrip() + note, phrase, True


def describe_priority_list(
    priority: PriorityList, *, language: str, source_label: str = ""
) -> ListDescription:
    """What a priority list is, in the reader's language, with its source.

    >>> from analysis.types import PriorityItem
    >>> items = tuple(PriorityItem(f"Tăng cường {i}", None) for i in range(3))
    >>> describe_priority_list(PriorityList(2024, "3 tăng cường", items, "d", "s"),
    ...                        language="vi", source_label="VnExpress, 10/10/2024").label
    '“3 tăng cường” — 3 việc cần tăng cường · VnExpress, 10/10/2024'
    """
    heading = " ".join(normalize_text(priority.heading).split())
    items = len(priority.items)
    found = find_list_heading(heading)
    if found is not None:
        title, original, glossed = _describe_counted(heading, found, items, language)
        return ListDescription(title, source_label, original, glossed)
    listed = translate("list_of_items", language, count=items)
    if _key(heading) in ("", _DEFAULT_HEADING):
        return ListDescription(listed, source_label, "")
    wording = _capitalised(_strip_fillers(_strip_speaker(heading)))
    short = shorten(wording)
    if language == "en":
        return ListDescription(f"{listed}: “{short}”", source_label, heading, glossed=False)
    return ListDescription(f"{listed}: {short}", source_label, heading)


def source_label(document: Document | None, *, language: str) -> str:
    """Where a list comes from, briefly: outlet and publication day, else the article's title.

    >>> from datetime import datetime
    >>> doc = Document("d", "p", "Tiêu đề", "VnExpress", datetime(2024, 10, 10), 2024, "", (), "")
    >>> source_label(doc, language="vi"), source_label(doc, language="en")
    ('VnExpress, 10/10/2024', 'VnExpress, Oct 10, 2024')
    """
    if document is None:
        return ""
    parts = [
        document.outlet or "",
        format_day(document.published.date() if document.published else None, language),
    ]
    named = ", ".join(part for part in parts if part)
    return named or f"“{shorten(document.title, SOURCE_TITLE_CHARACTERS)}”"


def _best_sourced(
    first: PriorityList,
    docs: tuple[str, ...],
    lists: list[PriorityList],
    documents: Mapping[str, Document],
) -> PriorityList:
    """Of the articles repeating a list, the statement from one with a named outlet and a date:
    the title's source and the source popover then point at the same, citable article."""

    def concepts(priority: PriorityList) -> tuple[str | None, ...]:
        return tuple(item.concept for item in priority.items)

    same = [p for p in lists if p.doc in docs and concepts(p) == concepts(first)] or [first]

    def sourced(priority: PriorityList) -> int:
        document = documents.get(priority.doc)
        return -(bool(document and document.outlet) + bool(document and document.published))

    return min(same, key=sourced)  # min keeps the first of equals: the order the articles give


@dataclass(frozen=True)
class YearList:
    """One of a year's priority lists as the Compare page shows it: the list (as its first
    article states it), every article stating it, and its description with the article count."""

    priority: PriorityList
    documents: tuple[str, ...]
    description: ListDescription
    label: str


def describe_year_lists(corpus: CorpusAnalysis, year: int, *, language: str) -> list[YearList]:
    """The lists stated for ``year``, each once, described: what Compare shows per year.

    >>> [row.label for row in describe_year_lists(seeds, 2023, language="vi")]  # doctest: +SKIP
    ['4 ưu tiên chính · VOV5']
    """
    documents: Mapping[str, Document] = {a.document.id: a.document for a in corpus.documents}
    lists = priorities_for_year(corpus, year)
    rows = []
    for first, docs in group_priority_lists(lists):
        priority = _best_sourced(first, docs, lists, documents)
        description = describe_priority_list(
            priority,
            language=language,
            source_label=source_label(documents.get(priority.doc), language=language),
        )
        label = description.label
        if len(docs) > 1:
            label += f" · {translate('stated_by', language, count=len(docs))}"
        rows.append(YearList(priority, docs, description, label))
    return rows


def lists_note(rows: Sequence[YearList], language: str) -> str:
    """The one line under a year's lists when, in English, a heading or an item stayed Vietnamese.

    >>> lists_note([], "en")
    ''
    """
    renderings = [
        Rendering(row.description.title, row.priority.heading, row.description.glossed) for row in rows
    ]
    renderings += [render_priority_item(item.text, language) for row in rows for item in row.priority.items]
    return untranslated_note(renderings, language)
