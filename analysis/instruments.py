"""Policy instruments cited in articles: which legal and policy documents a sentence refers to.

A citation is read in one of four shapes, from the vocabulary of ``data/instrument_grammar.toml``:

- a symbol, with or without its kind word: "Quyết định số 749/QĐ-TTg", "52-NQ/TW", "QĐ 749/QĐ-TTg";
- a kind word and a bare number: "Quyết định 749", "Nghị quyết 57", "Đề án 06" (after an everyday noun
  such as "kế hoạch" only with "số": "Kế hoạch số 12"; never a year, a duration or a percentage);
- a name the registry (``data/instruments.toml``) knows: "Chương trình Chuyển đổi số quốc gia";
- a law by its name: "Luật Giao dịch điện tử".

Every form of one document resolves to one key: the registry's symbol when the registry knows it, else
the symbol as read (or a bare number to the symbol the same article gives in full). Ordinals, list
numbers, addresses and dates are no instruments: "Phiên họp thứ 7", "lần thứ 3", "số 45 đường Lê Lợi".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from analysis.dates import find_dates, resolve_date
from analysis.resources import load_toml
from analysis.text import fold_diacritics, longest_first, normalize_text, phrase_alternation, phrase_pattern
from analysis.types import Instrument, InstrumentMention, InstrumentTarget, Sentence

# "749/QĐ-TTg", "52-NQ/TW", "20/2023/QH15", "13/2023/NĐ-CP", "4878/BTTTT-CĐSQG": a number, an optional
# year, then codes that start with a capital letter (a date's parts are all digits, so it is none).
_CODE = r"[A-ZĐ][A-Za-zĐđƯư0-9&]*[A-Za-zĐđƯư][A-Za-zĐđƯư0-9&]*"
_SYMBOL = (
    r"(?<![\w/.,-])(?P<number{n}>\d{{1,5}})(?:/(?P<year{n}>(?:19|20)\d\d))?\s?(?P<sep{n}>[/-])\s?"
    r"(?P<codes{n}>{code}(?:\s?[-/]\s?{code})*)(?![\w/])"
)
_SYMBOL_RE = re.compile(_SYMBOL.format(n="", code=_CODE))
# a bare number after a kind word: not a year, a date, a decimal or a number with a unit after it
_BARE_NUMBER = r"(?P<bare>\d{1,4})(?![\d/.,%-]\d|\d|\s*(?:%|phần trăm))"
_SO = r"(?:\s+(?P<so>số))?"
_TIME_AFTER = re.compile(
    r"\s*(?:năm|tháng|ngày|tuần|quý|giờ|phút|lần|bước|điểm|tỷ|triệu|nghìn|%)(?!\w)", re.I
)
_YEAR = re.compile(r"(?:19|20)\d\d")


@cache
def _grammar() -> dict[str, Any]:
    return load_toml("instrument_grammar.toml")


@cache
def _kind_by_word() -> dict[str, dict[str, Any]]:
    return {fold_diacritics(word).casefold(): kind for kind in _grammar()["kinds"] for word in kind["words"]}


@cache
def _kind_by_code() -> dict[str, str]:
    return {
        fold_diacritics(code).casefold(): kind["name"]
        for kind in _grammar()["kinds"]
        for code in kind["codes"]
    }


def _code_key(code: str) -> str:
    # "TƯ" (the Party's Central Committee) is written "TW" too, and must not fold to "TU" (a
    # provincial party committee) with the diacritics.
    return fold_diacritics(normalize_text(code).replace("TƯ", "TW").replace("tư", "tw")).casefold()


@cache
def _issuer_codes() -> dict[str, str]:
    return {_code_key(code): code for code in _grammar()["issuers"]}


@cache
def _kind_pattern() -> re.Pattern[str]:
    return phrase_pattern(tuple(word for kind in _grammar()["kinds"] for word in kind["words"]))


@cache
def _mention_pattern() -> re.Pattern[str]:
    words = phrase_alternation(word for kind in _grammar()["kinds"] for word in kind["words"])
    after_word, alone = _SYMBOL.format(n="1", code=_CODE), _SYMBOL.format(n="", code=_CODE)
    return re.compile(rf"(?<!\w)(?P<word>(?i:{words})){_SO}\s+(?:{after_word}|{_BARE_NUMBER})|{alone}")


def issuer_code(code: str) -> str | None:
    """The issuer code of the grammar a symbol's code is ("qh15" → "QH"), None for an unknown one.

    >>> issuer_code("QH15"), issuer_code("ttg"), issuer_code("XYZ")
    ('QH', 'TTg', None)
    """
    return _issuer_codes().get(_code_key(code)) or _issuer_codes().get(_code_key(code.rstrip("0123456789")))


def issuer_name(code: str | None) -> str | None:
    """The issuer a symbol's code names: "TTg" → "Thủ tướng Chính phủ"; an unknown code stays as written.

    >>> issuer_name("QH15"), issuer_name("XYZ")
    ('Quốc hội', 'XYZ')
    """
    if code is None:
        return None
    known = issuer_code(code)
    return str(_grammar()["issuers"][known]) if known else code


def symbol_key(symbol: str) -> str:
    """The form two spellings of one symbol share: no spaces, no leading zeros, no diacritics, "TƯ" as "TW".

    >>> symbol_key("06/QĐ-TTg") == symbol_key("6 / QD-TTG"), symbol_key("52-NQ/TƯ")
    (True, '52-nq/tw')
    """
    compact = re.sub(r"\s+", "", normalize_text(symbol))
    return _code_key(re.sub(r"^0+(?=\d)", "", compact))


def _symbol_parts(match: re.Match[str], suffix: str) -> tuple[str, str | None, str | None]:
    """The symbol as one string ("749/QĐ-TTg", "52-NQ/TW"), its kind (from its kind code), its issuer."""
    number, year, codes = (
        match.group(f"number{suffix}"),
        match.group(f"year{suffix}"),
        match.group(f"codes{suffix}"),
    )
    kind = None
    issuer = None
    for part in (part for part in re.split(r"\s?[-/]\s?", codes) if part):
        found = _kind_by_code().get(fold_diacritics(part).casefold())
        if kind is None and found is not None:
            kind = found
        elif issuer is None and found is None:
            issuer = part
    head = f"{number}/{year}" if year else number
    compact = re.sub(r"\s+", "", codes)
    return head + match.group(f"sep{suffix}") + compact, kind, issuer


@cache
def load_registry() -> tuple[Instrument, ...]:
    """The national instruments of ``data/instruments.toml``, each with its targets."""
    instruments = []
    for entry in load_toml("instruments.toml")["instruments"]:
        symbol = normalize_text(entry["symbol"])
        targets = tuple(
            InstrumentTarget(
                clause=normalize_text(target["clause"]),
                measure=normalize_text(target["measure"]),
                value=float(target["value"]),
                unit=normalize_text(target["unit"]),
                kind=target["kind"],
                deadline=int(target["deadline"]),
                source=str(target["source"]),
                instrument=symbol,
            )
            for target in entry.get("targets", [])
        )
        instruments.append(
            Instrument(
                key=symbol,
                kind=normalize_text(entry["kind"]),
                symbol=symbol,
                issued=date.fromisoformat(entry["issued"]) if entry.get("issued") else None,
                title=normalize_text(entry["title"]),
                issuer=str(entry["issuer"]),
                aliases=tuple(normalize_text(alias) for alias in entry.get("aliases", [])),
                source=str(entry["source"]),
                targets=targets,
            )
        )
    return tuple(instruments)


@cache
def _registry_index() -> tuple[
    dict[str, Instrument], dict[tuple[str, int], Instrument], dict[str, Instrument]
]:
    """Registry entries by symbol key (with symbol-like aliases), by (kind, number), and by name."""
    by_symbol: dict[str, Instrument] = {}
    by_number: dict[tuple[str, int], Instrument] = {}
    by_name: dict[str, Instrument] = {}
    for instrument in load_registry():
        by_symbol[symbol_key(instrument.symbol)] = instrument
        number = re.match(r"\d+", instrument.symbol)
        if number:
            by_number[(instrument.kind, int(number.group()))] = instrument
        for alias in instrument.aliases:
            if _SYMBOL_RE.fullmatch(alias):
                by_symbol[symbol_key(alias)] = instrument
            else:
                by_name[fold_diacritics(alias).casefold()] = instrument
                kind_number = re.fullmatch(r"(.+?)\s+(\d+)(?:/\w+)?", alias)
                if kind_number and kind_number.group(1) in {k["name"] for k in _grammar()["kinds"]}:
                    by_number[(kind_number.group(1), int(kind_number.group(2)))] = instrument
    return by_symbol, by_number, by_name


@cache
def _name_pattern() -> re.Pattern[str] | None:
    names = [
        alias
        for instrument in load_registry()
        for alias in instrument.aliases
        if not _SYMBOL_RE.fullmatch(alias)
    ]
    return phrase_pattern(tuple(names)) if names else None


@cache
def _law_pattern() -> re.Pattern[str]:
    grammar = _grammar()["law_names"]
    stops = phrase_alternation(grammar["stops"])
    word = rf"(?!(?:{stops})(?!\w))[^\W\d_]+"
    more = int(grammar["max_words"]) - 1
    return re.compile(rf"(?<!\w)Luật\s+(?P<name>[^\W\d_]+(?:\s+{word}){{0,{more}}})")


_DATE_OPENER = re.compile(r"\s*,?\s*(?:ban hành\s+|ký\s+)?(?=ngày(?!\w))", re.IGNORECASE)


def _date_after(sentence: str, end: int) -> tuple[date | None, int]:
    """The date written right after a citation ("… 749/QĐ-TTg ngày 03/6/2020 …") and where it ends."""
    rest = sentence[end : end + 48]
    opener = _DATE_OPENER.match(rest)
    dates = find_dates(rest) if opener else []
    if opener and dates and dates[0].start <= opener.end() + len("ngày ") + 1 and dates[0].year is not None:
        return resolve_date(dates[0]), end + dates[0].end
    return None, end


@cache
def _title_pattern() -> re.Pattern[str]:
    openers = phrase_alternation(_grammar()["titles"]["openers"])
    return re.compile(rf"^(?:\s*,?\s*của\s+[^,;.]{{1,60}}?)?\s*,?\s*(?P<opener>{openers})\s+", re.IGNORECASE)


def _title_span(sentence: str, end: int) -> tuple[int, int] | None:
    """ "… phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; …": where
    the title after a citation (and its date, and "của" its issuer) runs, to the end of its clause."""
    rest = sentence[end:]
    opener = _title_pattern().match(rest)
    if opener is None:
        return None
    breaks = phrase_alternation(_grammar()["titles"]["breaks"])
    ends = phrase_alternation(_grammar()["titles"]["ends"])
    clause_end = re.compile(rf"[;(.!?]|\s-\s|,\s+(?=[A-ZĐ]|(?:{breaks})(?!\w))|\s+(?:{ends})(?!\w)")
    stop = clause_end.search(rest, opener.start("opener"))
    return end + opener.start("opener"), end + (stop.start() if stop else len(rest))


def _title(sentence: str, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    words = re.sub(r"[“”\"]", "", sentence[span[0] : span[1]]).split()
    return " ".join(words[: int(_grammar()["titles"]["max_words"])]) or None


@dataclass(frozen=True)
class _Citation:
    """A citation as read in its sentence, before it is resolved: ``key`` is set for a name, ``number``
    for a symbol or a bare number, ``name`` for a law cited by its name."""

    sentence: Sentence
    start: int
    end: int
    kind: str
    symbol: str | None = None
    number: int | None = None
    issuer: str | None = None
    key: str = ""
    name: str = ""


def _resolve(citation: _Citation, seen: dict[tuple[str, int], str], laws: dict[str, str]) -> str:
    """The instrument a citation means: a registry entry (by name, symbol, or kind and number), else the
    symbol the same article gives in full for a bare number or a law's name, else as read."""
    if citation.key:
        return citation.key
    by_symbol, by_number, by_name = _registry_index()
    text = citation.sentence.text[citation.start : citation.end]
    named = by_name.get(fold_diacritics(" ".join(text.split())).casefold())  # "Đề án 06/CP"
    if named is not None:
        return named.key
    if citation.name:
        return laws.get(citation.name, citation.name)
    if citation.symbol is not None:
        known = by_symbol.get(symbol_key(citation.symbol))
        return known.key if known else citation.symbol
    assert citation.number is not None
    known = by_number.get((citation.kind, citation.number))
    if known is not None:
        return known.key
    return seen.get((citation.kind, citation.number), f"{citation.kind} {citation.number}")


def extract_instruments(text: str | Sequence[Sentence], *, doc: str = "") -> list[InstrumentMention]:
    """Every citation of a legal or policy document in ``text`` (a string, or a document's sentences),
    in order, each resolved to one instrument.

    >>> [(m.key, m.kind, m.issuer) for m in extract_instruments(
    ...     "Theo Quyết định số 749/QĐ-TTg ngày 03/6/2020, Đề án 06 và Nghị quyết 57; phiên họp thứ 7.")]
    [('749/QĐ-TTg', 'Quyết định', 'TTg'), ('06/QĐ-TTg', 'Đề án', None), ('57-NQ/TW', 'Nghị quyết', None)]
    """
    sentences = [Sentence(doc, 0, normalize_text(text))] if isinstance(text, str) else list(text)
    citations = [citation for sentence in sentences for citation in _read_sentence(sentence)]
    # a bare "Quyết định 749" or a law's bare name takes the symbol the same article gives in full
    seen: dict[tuple[str, int], str] = {}
    laws: dict[str, str] = {}
    for citation in citations:
        if citation.symbol is not None and citation.number is not None:
            seen.setdefault((citation.kind, citation.number), citation.symbol)
            if citation.name:
                laws.setdefault(citation.name, citation.symbol)
    citations = [_known_law_name(citation, laws) for citation in citations]
    mentions = []
    for citation in citations:
        sentence, start, end = citation.sentence, citation.start, citation.end
        issued, after = _date_after(sentence.text, end)
        mentions.append(
            InstrumentMention(
                key=_resolve(citation, seen, laws),
                kind=citation.kind,
                text=sentence.text[start:end],
                doc=sentence.doc or doc,
                sentence=sentence.text,
                sentence_index=sentence.index,
                start=start,
                end=end,
                symbol=citation.symbol,
                issuer=citation.issuer,
                issued=issued,
                title=_title(sentence.text, _title_span(sentence.text, after)) or citation.name or None,
            )
        )
    return mentions


def _known_law_name(citation: _Citation, laws: dict[str, str]) -> _Citation:
    """A law's name read on into the words after it ("Luật Giao dịch điện tử mở rộng …"), cut back to the
    name the article gives with the law's symbol ("Luật Giao dịch điện tử số 20/2023/QH15")."""
    if not citation.name or citation.name in laws:
        return citation
    for known in longest_first(laws):
        if citation.name.startswith(known + " "):
            match = re.compile(phrase_alternation([known])).match(citation.sentence.text, citation.start)
            if match:
                return replace(citation, end=match.end(), name=known)
    return citation


def _read_sentence(sentence: Sentence) -> list[_Citation]:
    """The citations of one sentence, in order: symbols and numbers first, then names."""
    text = sentence.text
    found: list[_Citation] = []
    for match in _mention_pattern().finditer(text):
        word = match.group("word")
        kind_entry = _kind_by_word().get(fold_diacritics(" ".join(word.split())).casefold()) if word else None
        suffix = "1" if match.group("number1") else ""
        if match.group(f"number{suffix}") is not None:
            symbol, code_kind, issuer = _symbol_parts(match, suffix)
            known_issuer = issuer is not None and issuer_name(issuer) != issuer
            if kind_entry is None and code_kind is None and not known_issuer:
                continue  # "3/ABC": no kind word, no kind code, no issuer known
            kind = kind_entry["name"] if kind_entry else code_kind or _grammar()["fallback"]["name"]
            number = int(match.group(f"number{suffix}"))
            found.append(_Citation(sentence, match.start(), match.end(), kind, symbol, number, issuer))
            continue
        bare = match.group("bare")
        if kind_entry is None or bare is None or _not_a_document_number(text, match, kind_entry):
            continue
        found.append(_Citation(sentence, match.start(), match.end(), kind_entry["name"], number=int(bare)))
    found = _named(sentence, found)
    return sorted(found, key=lambda citation: citation.start)


def _not_a_document_number(text: str, match: re.Match[str], kind: dict[str, Any]) -> bool:
    """ "Kế hoạch 5 năm", "chương trình 2025", "quyết định 3 lần": a duration, a year, a count."""
    word = match.group("word")
    bare = match.group("bare")
    if _YEAR.fullmatch(bare) or _TIME_AFTER.match(text, match.end()):
        return True
    if kind.get("weak") and not match.group("so"):
        return True
    # a kind word in lower case is a common noun ("quyết định 3 việc"), unless it is the abbreviation
    return word[:1].islower()


_LAW_SYMBOL_GAP = re.compile(r"\s+(?:số\s+)?")


def _named(sentence: Sentence, found: list[_Citation]) -> list[_Citation]:
    """``found`` with the citations by name added: a registry name ("Chương trình Chuyển đổi số quốc
    gia") or a law's name. A name inside a citation's own title ("… phê duyệt Chương trình …") is that
    citation, not another; a law's name before its symbol ("Luật Dữ liệu số 60/2024/QH15") is one citation."""
    text = sentence.text
    covered = []
    for citation in found:
        span = _title_span(text, _date_after(text, citation.end)[1])
        covered.append((citation.start, span[1] if span else citation.end))
    named: list[_Citation] = []
    _, _, by_name = _registry_index()
    pattern = _name_pattern()
    for match in pattern.finditer(text) if pattern else ():
        if any(start <= match.start() < end for start, end in covered):
            continue
        instrument = by_name[fold_diacritics(" ".join(match.group().split())).casefold()]
        # "Chương trình Chuyển đổi số quốc gia" is cited as a programme, approved by a decision
        named_kind = _kind_pattern().match(match.group())
        kind = _kind_by_word()[fold_diacritics(named_kind.group()).casefold()]["name"] if named_kind else None
        named.append(
            _Citation(sentence, match.start(), match.end(), kind or instrument.kind, key=instrument.key)
        )
        covered.append((match.start(), match.end()))
    result = list(found)
    for match in _law_pattern().finditer(text):
        inside = any(start <= match.start() < end for start, end in covered)
        if inside or not match.group("name")[:1].isupper():
            continue  # "Luật sửa đổi, bổ sung …" names no law of its own
        name = "Luật " + " ".join(match.group("name").split())
        gap = _LAW_SYMBOL_GAP.match(text, match.end())
        symbol = next((c for c in result if gap and c.start == gap.end() and c.symbol), None)
        if symbol is not None:  # "Luật Dữ liệu số 60/2024/QH15": the name and its symbol
            result.remove(symbol)
            named.append(replace(symbol, start=match.start(), kind="Luật", name=name))
        else:
            named.append(_Citation(sentence, match.start(), match.end(), "Luật", name=name))
    return result + named
