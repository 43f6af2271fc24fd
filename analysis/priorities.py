"""Enumerated priority lists, their mapping to the concept taxonomy, and year-to-year comparison."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import combinations
from typing import Any

from analysis.dates import find_named_years
from analysis.numbers import NUMBER_WORDS, ORDINAL_WORDS
from analysis.resources import load_lines, load_toml, phrases
from analysis.text import normalize_text, phrase_alternation
from analysis.types import Concept, ConceptYears, PriorityChange, PriorityItem, PriorityList, Sentence

# "Ba đột phá", "năm nhiệm vụ": counts written as words (one item is no list).
_COUNT_WORDS = {word: value for word, value in NUMBER_WORDS.items() if value >= 2}
# Item markers of a list: "Thứ nhất, … Thứ tư, …" (the ordinals lists write, not a rank's "nhì") and
# "Một là, … Bốn là, …" (the common spelling "bảy" only), read from the number words of analysis.numbers.
_ORDINALS = {word: value for word, value in ORDINAL_WORDS.items() if word not in ("nhì", "bốn")}
_CARDINAL_MARKERS = {word: value for word, value in NUMBER_WORDS.items() if word != "bẩy"}
_MARKER = rf"thứ\s+(?P<ordinal>{'|'.join(_ORDINALS)})|(?P<cardinal>{'|'.join(_CARDINAL_MARKERS)})\s+là"
_ORDINAL_AT_START = re.compile(rf"^(?:{_MARKER})\s*[,:.]\s*", re.IGNORECASE)
_INLINE_MARKER = re.compile(
    rf"(?:^|[;.:]\s*|\s)(?:thứ\s+(?:{'|'.join(_ORDINALS)})|(?:{'|'.join(_CARDINAL_MARKERS)})\s+là)\s*,\s*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:\(?\d{1,2}[.)]|[a-zđ]\)|[-•+*–])\s+(?P<text>.+)$", re.IGNORECASE)
_LIST_START = re.compile(r"(?:\s+(?:gồm có|bao gồm|gồm|là)(?!\w)\s*:?|\s*:)\s*", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def load_taxonomy() -> tuple[Concept, ...]:
    """Concepts of ``data/taxonomy.toml`` with their Vietnamese labels and keywords (the English ones are
    the view's: :func:`analysis.present.i18n.concept_label`)."""
    return tuple(
        Concept(
            id=entry["id"],
            label_vi=normalize_text(entry["label_vi"]),
            keywords=tuple(normalize_text(keyword) for keyword in entry["keywords"]),
        )
        for entry in load_toml("taxonomy.toml")["concepts"]
    )


def _fold_spelling(text: str) -> str:
    # "hoá" and "hóa" (and the like) are the same word spelt with the tone mark on another vowel.
    return normalize_text(text).casefold().replace("oá", "óa").replace("oà", "òa").replace("uỷ", "ủy")


@cache
def _keyword_patterns() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    patterns = []
    for concept in load_taxonomy():
        for keyword in concept.keywords:
            folded = _fold_spelling(keyword)
            patterns.append((re.compile(rf"(?<!\w){re.escape(folded)}(?!\w)"), concept.id, len(folded)))
    return tuple(patterns)


def map_concept(text: str) -> str | None:
    """The taxonomy concept a priority item is about: the keyword that occurs first wins.

    >>> map_concept("Ưu tiên phát triển các nền tảng số (nhất là cơ sở dữ liệu quốc gia)")
    'digital_platforms'
    """
    folded = _fold_spelling(text)
    best: tuple[int, int, str] | None = None
    for pattern, concept_id, length in _keyword_patterns():
        match = pattern.search(folded)
        if match and (best is None or (match.start(), -length) < (best[0], -best[1])):
            best = (match.start(), length, concept_id)
    return best[2] if best else None


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


def _normalise(text: str) -> str:
    # NFC with single spaces: the patterns here are written in NFC, and pasted text is not always.
    return " ".join(normalize_text(text).split())


_TRAILING_PUNCTUATION = re.compile(r"[\s.…;,:]+$")


def _balanced(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def _strip_quotes(text: str) -> str:
    """Remove quotes around an item ('"A".' → 'A'), keeping quoted words inside it."""
    text = _TRAILING_PUNCTUATION.sub("", text.strip())
    if len(text) >= 2 and text[0] in '"“' and text[-1] in '"”' and not any(c in '"“”' for c in text[1:-1]):
        return text[1:-1].strip()
    if text[:1] in '"“' and not _balanced(text):
        text = text[1:].strip()
    if text[-1:] in '"”' and not _balanced(text):
        text = text[:-1].strip()
    return text


def _clean_item(text: str) -> str:
    text = _strip_quotes(_normalise(text))
    text = _ORDINAL_AT_START.sub("", text)
    text = re.sub(r"^(?:và|hoặc)\s+", "", text, flags=re.IGNORECASE)
    text = _TRAILING_PUNCTUATION.sub("", _strip_quotes(text))
    return text[:1].upper() + text[1:] if text else text


# A comma between two digits is a decimal mark ("0,65 điểm"), not an item separator.
_ITEM_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


@cache
def _list_grammar() -> dict[str, Any]:
    return load_toml("list_grammar.toml")


@cache
def _numbered_markers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in _list_grammar()["numbered"]["patterns"])


def _numbered_items(text: str) -> tuple[str, list[str]] | None:
    """Items numbered inline, glued or not: (text before the first, [items]); None without a run
    1, 2 … of at least two numbers.

    >>> _numbered_items("gồm: (1) A(2) B(3) C")
    ('gồm: ', ['A', 'B', 'C'])
    """
    for pattern in _numbered_markers():
        markers = [match for match in pattern.finditer(text) if int(match.group("n")) >= 1]
        run: list[re.Match[str]] = []
        for marker in markers:
            if int(marker.group("n")) == len(run) + 1:
                run.append(marker)
        if len(run) >= 2:
            ends = [marker.start() for marker in run[1:]] + [len(text)]
            items = [text[marker.end() : end].strip() for marker, end in zip(run, ends, strict=True)]
            return text[: run[0].start()], items
    return None


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


def split_items(list_text: str, *, count: int | None) -> list[str]:
    """Split the text after a list heading into items (numbers "(1) … (2) …" first, then ";", else
    commas and a final "và").

    >>> split_items("dữ liệu số, quản trị số và số hóa các ngành kinh tế.", count=3)
    ['Dữ liệu số', 'Quản trị số', 'Số hóa các ngành kinh tế']
    >>> split_items("(1) hạ tầng số(2) dữ liệu số, nền tảng số(3) kỹ năng số", count=3)
    ['Hạ tầng số', 'Dữ liệu số, nền tảng số', 'Kỹ năng số']
    """
    list_text = _normalise(list_text)
    numbered = _numbered_items(list_text)
    if numbered is not None:
        parts = numbered[1]
    elif ";" in list_text:
        parts = [part for part in list_text.split(";") if part.strip()]
    else:
        parts = [part for part in _ITEM_COMMA.split(list_text) if part.strip()]
        if not parts:
            return []
        if count is not None and len(parts) < count and " và " in parts[-1]:
            parts = parts[:-1] + parts[-1].split(" và ", 1)
        if count is None and parts and " và " in parts[-1]:
            parts = parts[:-1] + parts[-1].split(" và ", 1)
    if count is not None and len(parts) > count:
        parts = parts[:count]
    items = [_clean_item(part) for part in parts]
    return [item for item in items if _WORD.search(item)]


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
    years = [
        int(match.group(1))
        for match in re.finditer(r"(?<!\w)năm\s+((?:19|20)\d\d)(?![\d\-–])", text, re.IGNORECASE)
        if not _HORIZON_WORDS.search(text[: match.start()])
    ]
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


def _counted_lists(sentence: Sentence, doc_year: int | None) -> list[PriorityList]:
    found = []
    text = sentence.text
    for heading in _heading_pattern().finditer(text):
        count = _to_count(heading.group("count"))
        if count < 2:
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
        inline = _inline_marker_list(sentence, doc_year)
        if inline:
            found.append(inline)
    found.extend(_ordinal_paragraph_lists(sentences, doc_year))
    found.extend(_bullet_lists(sentences, doc_year))
    return [priority_list for priority_list in found if not _reports_values(priority_list)]


def compare_priorities(
    priorities: Iterable[PriorityList], *, years: Sequence[int]
) -> tuple[tuple[ConceptYears, ...], tuple[PriorityChange, ...]]:
    """For every concept the years it is a stated priority, and per pair of years what changed.

    >>> a = PriorityList(2023, "h", (PriorityItem("dữ liệu số", "digital_data"),), "d", "s")
    >>> b = PriorityList(2024, "h", (PriorityItem("quản trị số", "digital_governance"),), "d", "s")
    >>> rows, changes = compare_priorities([a, b], years=[2023, 2024])
    >>> changes[0].new, changes[0].dropped
    (('digital_governance',), ('digital_data',))
    """
    by_year: dict[int, set[str]] = {year: set() for year in years}
    for priority_list in priorities:
        if priority_list.year in by_year:
            by_year[priority_list.year].update(item.concept for item in priority_list.items if item.concept)
    rows = []
    for concept in load_taxonomy():
        stated = tuple(year for year in sorted(by_year) if concept.id in by_year[year])
        if stated:
            rows.append(ConceptYears(concept.id, concept.label_vi, stated))
    order = {concept.id: index for index, concept in enumerate(load_taxonomy())}
    changes = []
    for earlier, later in combinations(sorted(by_year), 2):
        before, after = by_year[earlier], by_year[later]
        changes.append(
            PriorityChange(
                from_year=earlier,
                to_year=later,
                persisted=tuple(sorted(before & after, key=order.__getitem__)),
                new=tuple(sorted(after - before, key=order.__getitem__)),
                dropped=tuple(sorted(before - after, key=order.__getitem__)),
            )
        )
    return tuple(rows), tuple(changes)
