"""Enumerated priority lists in a document: counted headings, ordinal markers, bullets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.dates import find_named_year_spans, find_named_years
from analysis.numbers import NUMBER_WORDS
from analysis.priorities.concepts import map_concept
from analysis.priorities.items import (
    _CARDINAL_MARKERS,
    _ORDINAL_AT_START,
    _ORDINALS,
    _clean_item,
    _list_grammar,
    _normalise,
    _numbered_items,
    split_items,
)
from analysis.resources import load_lines, phrases
from analysis.text import phrase_alternation
from analysis.types import PriorityItem, PriorityList, Sentence

# "Ba đột phá", "năm nhiệm vụ": counts written as words (one item is no list).
_COUNT_WORDS = {word: value for word, value in NUMBER_WORDS.items() if value >= 2}
_INLINE_MARKER = re.compile(
    rf"(?:^|[;.:]\s*|\s)(?:thứ\s+(?:{'|'.join(_ORDINALS)})|(?:{'|'.join(_CARDINAL_MARKERS)})\s+là)\s*,\s*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:\(?\d{1,2}[.)]|[a-zđ]\)|[-•+*–])\s+(?P<text>.+)$", re.IGNORECASE)
_LIST_START = re.compile(r"(?:\s+(?:gồm có|bao gồm|gồm|là)(?!\w)\s*:?|\s*:)\s*", re.IGNORECASE)


@cache
def _heading_pattern() -> re.Pattern[str]:
    heads = phrase_alternation(phrases("list_heads.txt"))
    count_words = "|".join(_COUNT_WORDS)
    return re.compile(
        rf"(?<!\w)[\"“]?(?P<count>\d{{1,2}}|{count_words})\s+(?P<head>{heads})(?!\w)[\"”]?",
        re.IGNORECASE,
    )


def find_list_heading(text: str) -> tuple[int, str, int, int] | None:
    """The first counted list heading in ``text``: (stated count, head word, start, end).

    >>> find_list_heading("Bộ đề ra ba đột phá chiến lược")
    (3, 'đột phá', 9, 19)
    """
    for match in _heading_pattern().finditer(text):
        count = _to_count(match.group("count"))
        if count >= 2:
            head = " ".join(match.group("head").split()).casefold()
            return count, head, match.start(), match.end()
    return None


def list_heads() -> tuple[str, ...]:
    """Nouns that head a priority list (``data/list_heads.txt``)."""
    return load_lines("list_heads.txt")


def _to_count(raw: str) -> int:
    # IGNORECASE matches "haı" for "hai", casefold does not map it back: such a word counts 0.
    return int(raw) if raw.isdecimal() else _COUNT_WORDS.get(raw.casefold(), 0)


@cache
def _measured_item() -> re.Pattern[str]:
    verbs = phrase_alternation(phrases("list_grammar.toml:measured_items.verbs"))
    units = phrase_alternation(phrases("list_grammar.toml:measured_items.units"))
    return re.compile(
        rf"^[^\W\d][^\d()]*?\s*\(?\s*(?:(?:{verbs})\s+)*\d+(?:[.,]\d+)?\s*(?:{units})?\s*\)?$",
        re.IGNORECASE,
    )


def _reports_values(found: PriorityList) -> bool:
    """Whether a list's items are mostly components with their values ("kinh tế số 0,48 điểm"):
    an index's scores, not stated priorities; a list of targets ("3 chỉ tiêu") keeps its values.

    >>> items = [PriorityItem(t, None) for t in ("Chính quyền số đạt 0,65 điểm", "Kinh tế số 0,48 điểm")]
    >>> _reports_values(PriorityList(2023, "3 trụ cột chính", tuple(items), "d", "s"))
    True
    """
    heading = found.heading.casefold()
    if any(head in heading for head in _list_grammar()["measured_items"]["target_heads"]):
        return False
    # "kinh tế số đạt 0,40 điểm và xã hội số đạt 0,55 điểm": a last item may hold two
    measured = sum(
        1
        for item in found.items
        if all(_measured_item().match(part.strip()) for part in re.split(r"\s+và\s+", item.text))
    )
    return measured * 2 > len(found.items)


def _year_in(text: str, fallback: int | None) -> int | None:
    years = find_named_years(text)
    return years[0] if years else fallback


_HORIZON_WORDS = re.compile(r"(?:đến|tới|định hướng|tầm nhìn|giai đoạn)\s*$", re.IGNORECASE)


def _framing_year(text: str) -> int | None:
    """The year that frames what follows in a sentence ("Năm 2025, tỉnh xác định …"): the last
    "năm YYYY" before it that is not a horizon ("đến năm 2030") or a period.

    >>> _framing_year("Năm 2025, tỉnh xác định "), _framing_year("Đến năm 2030, tỉnh có ")
    (2025, None)
    """
    spans = find_named_year_spans(text)
    years = [year for start, _, year in spans if not _HORIZON_WORDS.search(text[:start])]
    return years[-1] if years else None


def _make_list(
    heading: str, items: Sequence[tuple[str, str]], *, year: int | None, sentence: Sentence
) -> PriorityList:
    return PriorityList(
        year=year,
        heading=_clean_item(heading),
        items=tuple(PriorityItem(text, map_concept(text), source) for text, source in items),
        doc=sentence.doc,
        sentence=sentence.text,
    )


@cache
def _index_parts_lead() -> re.Pattern[str]:
    names = phrase_alternation(phrases("list_grammar.toml:index_parts.names"))
    verbs = phrase_alternation(phrases("list_grammar.toml:index_parts.verbs"))
    # one clause (no comma, semicolon or colon) from the index's name to the heading
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)[^,;:]*?(?<!\w)(?:{verbs})\s*$", re.IGNORECASE)


def _describes_an_index(lead: str) -> bool:
    """Whether the words before a list heading say what an index is made of.

    >>> _describes_an_index("Chỉ số DTI được đánh giá theo "), _describes_an_index("Để tăng DTI, tỉnh đề ra ")
    (True, False)
    """
    return _index_parts_lead().search(lead) is not None


def _counted_lists(sentence: Sentence, doc_year: int | None) -> list[PriorityList]:
    found = []
    text = sentence.text
    for heading in _heading_pattern().finditer(text):
        count = _to_count(heading.group("count"))
        if count < 2 or _describes_an_index(text[: heading.start()]):
            continue
        rest = text[heading.end() :]
        start = _LIST_START.search(rest)
        # "… gồm có: A; B" or "… là A, B và C": the list starts after the marker, within a short
        # heading tail; the heading is what comes before the marker ("5 nhiệm vụ trọng tâm");
        # "4 trụ cột công nghiệp CNTT, số hóa …" starts right after the head noun.
        if start and start.start() <= 80 and ";" not in rest[: start.start()]:
            heading_text = text[heading.start() : heading.end()] + rest[: start.start()]
            list_text = rest[start.end() :]
        else:
            heading_text = text[heading.start() : heading.end()]
            list_text = rest
        heading_text = re.sub(r"[\"“”]", "", heading_text)  # '"3 tăng cường"' → '3 tăng cường'
        items = split_items(list_text, count=count)
        if len(items) < 2:
            continue
        if start is None and len(items) < count:
            continue
        # the heading's own year, else one that frames it in its sentence ("Năm 2025, tỉnh xác định
        # 3 nhiệm vụ trọng tâm: …"), else the article's
        year = _year_in(heading_text, None) or _framing_year(text[: heading.start()]) or doc_year
        found.append(_make_list(heading_text, [(item, text) for item in items], year=year, sentence=sentence))
    return found


def _inline_marker_list(sentence: Sentence, doc_year: int | None) -> PriorityList | None:
    text = sentence.text
    markers = list(_INLINE_MARKER.finditer(text))
    if len(markers) < 2:
        return None
    heading = text[: markers[0].start()]
    items = []
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(text)
        item = _clean_item(text[marker.end() : end])
        if item:
            items.append((item, text))
    if len(items) < 2:
        return None
    return _make_list(heading or "Danh sách", items, year=_year_in(heading, doc_year), sentence=sentence)


@cache
def _uncounted_heading() -> re.Pattern[str]:
    heads = phrase_alternation(phrases("list_heads.txt"))
    return re.compile(
        rf"^(?P<heading>.*?(?<!\w)(?:{heads})(?!\w).*?){_LIST_START.pattern}$", re.IGNORECASE | re.DOTALL
    )


def _numbered_sentence_list(sentence: Sentence, doc_year: int | None) -> PriorityList | None:
    """A list without a count whose items are numbered in its sentence: "Các nhiệm vụ trọng tâm gồm:
    (1) … (2) …". The words before the first number must name a list ("nhiệm vụ", "giải pháp" …)
    and end as a list opens (":", "gồm", "là")."""
    numbered = _numbered_items(sentence.text)
    if numbered is None:
        return None
    lead, texts = numbered
    opening = _uncounted_heading().match(lead)
    if opening is None or _describes_an_index(opening.group("heading")):
        return None
    heading = opening.group("heading")
    items = [(item, sentence.text) for item in map(_clean_item, texts) if item]
    if len(items) < 2:
        return None
    return _make_list(heading, items, year=_year_in(heading, doc_year), sentence=sentence)


def _closing_clause(sentence: str) -> str:
    """The clause that introduces a list.

    >>> _closing_clause("Nhân dịp này, Thủ tướng gửi Thông điệp về chuyển đổi số")
    'Thủ tướng gửi Thông điệp về chuyển đổi số'
    """
    clauses = [clause.strip() for clause in sentence.split(",")]
    tail = clauses[-1]
    return tail if len(tail.split()) >= 5 else sentence


def _ordinal_paragraph_lists(sentences: Sequence[Sentence], doc_year: int | None) -> list[PriorityList]:
    """Lists written as "Thứ nhất, … Thứ hai, …" (or "Một là, …") sentence by sentence."""
    lists = []
    index = 0
    while index < len(sentences):
        first = _ORDINAL_AT_START.match(sentences[index].text)
        word = (first.group("ordinal") or first.group("cardinal") or "").casefold() if first else ""
        if word not in ("nhất", "một"):
            index += 1
            continue
        heading_sentence = sentences[index - 1] if index > 0 else sentences[index]
        items: list[tuple[str, str]] = []
        expected = 0
        cursor = index
        while cursor < len(sentences):
            marker = _ORDINAL_AT_START.match(sentences[cursor].text)
            if not marker:
                break
            word = (marker.group("ordinal") or marker.group("cardinal")).casefold()
            markers = _ORDINALS if marker.group("ordinal") else _CARDINAL_MARKERS
            position = markers[word] - 1 if word in markers else -1
            if position != expected:
                break
            parts = [sentences[cursor].text[marker.end() :]]
            source = [sentences[cursor].text]
            cursor += 1
            # Follow-on sentences of the same paragraph belong to the item.
            while (
                cursor < len(sentences)
                and sentences[cursor].paragraph == sentences[cursor - 1].paragraph
                and not _ORDINAL_AT_START.match(sentences[cursor].text)
            ):
                parts.append(sentences[cursor].text)
                source.append(sentences[cursor].text)
                cursor += 1
            items.append((_clean_item(" ".join(parts)), " ".join(source)))
            expected += 1
        if len(items) >= 2:
            heading = (
                _closing_clause(heading_sentence.text)
                if heading_sentence is not sentences[index]
                else "Danh sách"
            )
            year = _year_in(heading, doc_year)
            found = _make_list(heading, items, year=year, sentence=heading_sentence)
            lists.append(found)
        index = max(cursor, index + 1)
    return lists


def _paragraphs(sentences: Sequence[Sentence]) -> list[Sentence]:
    paragraphs: list[Sentence] = []
    for sentence in sentences:
        if paragraphs and paragraphs[-1].paragraph == sentence.paragraph:
            last = paragraphs[-1]
            paragraphs[-1] = Sentence(last.doc, last.index, f"{last.text} {sentence.text}", last.paragraph)
        else:
            paragraphs.append(sentence)
    return paragraphs


def _bullet_lists(sentences: Sequence[Sentence], doc_year: int | None) -> list[PriorityList]:
    """Lists written as lines "1. …", "- …" after a heading line that ends with a colon."""
    paragraphs = _paragraphs(sentences)
    lists = []
    index = 0
    while index < len(paragraphs):
        heading = paragraphs[index]
        if not heading.text.rstrip().endswith(":"):
            index += 1
            continue
        items = []
        cursor = index + 1
        while cursor < len(paragraphs):
            bullet = _BULLET.match(paragraphs[cursor].text)
            if not bullet:
                break
            # "(1) A(2) B(3) C" on one line is three items
            numbered = _numbered_items(paragraphs[cursor].text)
            if numbered is not None and not numbered[0].strip():
                texts = numbered[1]
            else:
                texts = [bullet.group("text")]
            items.extend((_clean_item(text), paragraphs[cursor].text) for text in texts)
            cursor += 1
        if len(items) >= 2:
            # The heading paragraph may open with narrative; its last sentence introduces the list.
            last_sentence = [s for s in sentences if s.paragraph == heading.paragraph][-1]
            title = last_sentence.text.rstrip().rstrip(":")
            lists.append(_make_list(title, items, year=_year_in(title, doc_year), sentence=last_sentence))
            index = cursor
        else:
            index += 1
    return lists


def extract_priorities(sentences: Sequence[Sentence], *, doc_year: int | None) -> list[PriorityList]:
    """Every enumerated priority list in a document, items mapped to taxonomy concepts.

    >>> text = "Tập trung vào 04 ưu tiên chính: Ưu tiên phát triển dữ liệu số; Ưu tiên bảo đảm an ninh mạng."
    >>> s = Sentence("d", 0, text)
    >>> [item.concept for item in extract_priorities([s], doc_year=2023)[0].items]
    ['digital_data', 'cybersecurity']
    """
    sentences = [
        Sentence(sentence.doc, sentence.index, _normalise(sentence.text), sentence.paragraph)
        for sentence in sentences
    ]
    found: list[PriorityList] = []
    for sentence in sentences:
        counted = _counted_lists(sentence, doc_year)
        if counted:
            found.extend(counted)
            continue
        inline = _inline_marker_list(sentence, doc_year) or _numbered_sentence_list(sentence, doc_year)
        if inline:
            found.append(inline)
    found.extend(_ordinal_paragraph_lists(sentences, doc_year))
    found.extend(_bullet_lists(sentences, doc_year))
    return [priority_list for priority_list in found if not _reports_values(priority_list)]
