"""The outlet a page names: datelines, source lines, footers, name lines, the portal's name in
capitals. A leaf of the core (data files and text helpers only), so the HTML reader can find the
outlet in a footer it is about to drop, and the documents infer it from the text, by one rule."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from analysis.resources import load_toml, phrases
from analysis.text import fold_diacritics, normalize_text, phrase_alternation

_MAX_FURNITURE_CHARS = 300


@cache
def _outlets() -> dict[str, object]:
    return load_toml("outlets.toml")


@cache
def _outlet_patterns(kind: str = "patterns") -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(normalize_text(p), re.IGNORECASE) for p in _outlets()[kind])


@cache
def _agency_dateline() -> re.Pattern[str]:
    """An outlet's bare name before a dash, as written: "VOV.VN - …", "ĐNO - …"."""
    names = phrase_alternation(phrases("outlets.toml:agencies"))
    return re.compile(rf"^(?P<outlet>{names})\s*[-–—]\s+(?=\w)")


@cache
def _portal_head() -> re.Pattern[str]:
    heads = phrase_alternation(phrases("outlets.toml:portal_heads"))
    return re.compile(rf"^(?:{heads})(?!\w)", re.IGNORECASE)


@cache
def _rights_phrase() -> re.Pattern[str]:
    """A copyright line's closing words on the rights after its name (", All rights reserved.")."""
    rights = phrase_alternation(phrases("outlets.toml:rights_phrases"))
    return re.compile(rf"\s*[,.;|–—-]?\s*(?<!\w)(?:{rights})\W*$", re.IGNORECASE)


def tag_dateline_lines() -> int:
    """How many of a body's first lines a paper's short tag may open (``tag_dateline_lines``)."""
    return int(_outlets()["tag_dateline_lines"])  # type: ignore[call-overload]


# A short tag in capitals before a dash, then a capitalised word or a number: "BNB - Năm 2021, …".
_TAG_DATELINE = re.compile(r"^(?P<outlet>[A-ZĐ]{2,5})\s*[-–—]\s+(?=\w)")


def _tag_dateline(line: str) -> re.Match[str] | None:
    """A paper's short tag opening the body ("BNB - Năm 2021, …", "HBĐT - Đến cuối năm …"), not an acronym
    a lead opens with (``tag_lookalikes``: "UBND - Cơ quan …") nor one before a lower-case word ("AI -
    công cụ …")."""
    match = _TAG_DATELINE.match(line)
    if match is None or match.group("outlet") in phrases("outlets.toml:tag_lookalikes"):
        return None
    following = line[match.end() :]
    return match if following[:1].isupper() or following[:1].isdigit() else None


def _dateline(line: str) -> re.Match[str] | None:
    """A dateline opening ``line`` ("Hà Nội (TTXVN) - …", "VOV.VN - …"); a place before it must be
    capitalised."""
    captions = tuple(normalize_text(word).casefold() for word in phrases("outlets.toml:caption_words"))
    for pattern in _outlet_patterns("datelines"):
        match = pattern.match(line)
        outlet = normalize_text(match.group("outlet")).casefold() if match else ""
        if any(outlet == word or outlet.startswith((f"{word} ", f"{word}:")) for word in captions):
            continue  # "(Ảnh minh họa) - …": a photo's caption, not who wrote the article
        if match and all(word[:1].isupper() for word in (match.groupdict().get("place") or "").split()):
            return match
    return _agency_dateline().match(line)


def _ends_with_name_tail(name: str) -> bool:
    """ "NHÂN DÂN ĐIỆN TỬ", "HÀ NỘI MỚI ONLINE": a paper's name closes with one of ``name_tails``."""
    tails = [normalize_text(tail).casefold() for tail in _outlets()["name_tails"]]  # type: ignore[union-attr]
    return len(name.split()) >= 3 and name.casefold().endswith(tuple(f" {tail}" for tail in tails))


def _portal_name(line: str) -> str | None:
    """The portal's name printed in capitals ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH"), in sentence case.

    >>> _portal_name("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH"), _portal_name("Bộ Công an")
    ('Cổng thông tin điện tử tỉnh Nam Định', None)
    >>> _portal_name("UBND - cơ quan thường trực")  # a head alone names no portal
    """
    # "NHÂN DÂN ĐIỆN TỬ - Cơ quan Trung ương …": the name, then the portal's tagline
    stripped = re.split(r"\s[-–]\s", line.strip(), maxsplit=1)[0]
    words = stripped.split()
    if (
        not stripped.isupper()
        or len(words) > int(_outlets()["max_portal_words"])  # type: ignore[call-overload]
        or not all(char.isalpha() or char in " &-" for char in stripped)
        or not (_portal_head().match(stripped) or _ends_with_name_tail(stripped))
        # "UBND - cơ quan thường trực …": a head alone names no portal
        or len(words) < 2
    ):
        return None
    lower = {normalize_text(word) for word in _outlets()["lowercase_words"]}  # type: ignore[union-attr]
    places = set(phrases("outlets.toml:place_heads"))
    cased = []
    for index, word in enumerate(words):
        # after "tỉnh", "huyện" comes a place's name, every word capitalised ("tỉnh Điện Biên")
        in_place = any(earlier.lower() in places for earlier in words[:index])
        keep_lower = index and word.lower() in lower and not in_place
        cased.append(word.lower() if keep_lower else word if "&" in word else word.capitalize())
    return " ".join(cased)


def _plausible_outlet(kind: str, match: re.Match[str]) -> bool:
    outlet = match.group("outlet").strip()
    if kind in {"footers", "footer_names"} and any(
        outlet.casefold().startswith(head.casefold()) for head in phrases("outlets.toml:owner_heads")
    ):
        return False  # "Bản quyền thuộc UBND tỉnh Sóc Trăng": the portal's owner, read as "Cơ quan chủ quản"
    if kind == "names":
        # a name after its head ("Báo Hưng Yên"): its first word capitalised, its last too or a tail
        rest = match.group("rest").split()
        tails = tuple(normalize_text(tail) for tail in _outlets()["name_tails"])  # type: ignore[union-attr]
        return rest[0][:1].isupper() and (rest[-1][:1].isupper() or outlet.endswith(tails))
    if match.groupdict().get("rest"):
        # a closing byline's name ("Cổng TTĐT tỉnh Ninh Thuận"): each word capitalised or one a
        # portal's name writes in lower case, so "(báo cáo của Sở)" is none
        lower = {normalize_text(word) for word in _outlets()["lowercase_words"]}  # type: ignore[union-attr]
        rest = match.group("rest").split()
        return any(word[:1].isupper() for word in rest) and all(
            word[:1].isupper() or word in lower for word in rest
        )
    if kind == "patterns":
        # A source line names something: a domain or a capitalised name, in a few words.
        limit = int(_outlets()["max_source_words"])  # type: ignore[call-overload]
        return len(outlet.split()) <= limit and (
            "." in outlet or any(word[:1].isupper() for word in outlet.split())
        )
    if kind == "footer_names":
        # a name: a few words, at least half of them capitalised ("Tạp chí Điện tử Tri thức")
        words = outlet.split()
        limit = int(_outlets()["max_source_words"])  # type: ignore[call-overload]
        return len(words) <= limit and 2 * sum(word[:1].isupper() for word in words) >= len(words)
    return True


_LINE_KINDS = ("patterns", "footers", "footer_names", "names", "portal", "sites", "credits", "owners")


def _outlet_on_line(line: str, kind: str) -> str | None:
    """The outlet a whole line of ``kind`` names, or None."""
    if kind == "portal":
        return _portal_name(line)
    # "© Báo Hậu Giang - Cơ quan của Đảng bộ …": the line read without its tagline too, and "©
    # TuoiTre Online, All rights reserved" without what it says of the rights
    line = _rights_phrase().sub("", line) or line
    for candidate in dict.fromkeys((line, _TAGLINE.split(line, maxsplit=1)[0].strip())):
        for pattern in _outlet_patterns(kind):
            match = pattern.search(candidate)
            if match and _plausible_outlet(kind, match):
                return match.group("outlet").strip()
    return None


def names_outlet(line: str) -> bool:
    """Whether a whole line names the outlet (a source line, footer, name or site line); such a
    line is page furniture. A dateline opens a paragraph and is not one of them, nor a lead crediting the
    paper's reporter.

    >>> names_outlet("Theo Báo Nhân Dân"), names_outlet("Theo Bộ TT&TT, kinh tế số tăng 20%.")
    (True, False)
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_FURNITURE_CHARS:
        return False
    # a reporter's credit stands in the lead's sentences ("Phóng viên Báo Sơn La có cuộc trao đổi …"): body
    return any(_outlet_on_line(stripped, kind) for kind in _LINE_KINDS if kind not in {"portal", "credits"})


def infer_outlet(lines: Iterable[str], *, masthead: str | None = None) -> str | None:
    """The outlet an article names, strongest evidence first: a dateline ("(VOV5) - …", "(Báo Quảng
    Trị) - …", "(TTXVN) Chiều …", "VOV.VN - …"), a source line ("Nguồn: vietnamnet.vn", "Theo
    VnExpress", a bare domain), a copyright footer, the outlet's name line, the portal's name in
    capitals, the site's name above its menu (``masthead``), the site name an HTML page declares, and
    last the owning agency ("Cơ quan chủ quản: …"), which owns the site but is not its name. A name
    printed without its diacritics is written as the page or ``proper_names`` spell it (:func:`respell`).

    >>> infer_outlet(["(PLVN) - Thủ tướng nhấn mạnh"]), infer_outlet(["Hà Nội (TTXVN) - Sáng nay"])
    ('PLVN', 'TTXVN')
    >>> infer_outlet(["BÁO ĐIỆN TỬ CHÍNH PHỦ", "Theo VnExpress"])
    'VnExpress'
    """
    lines = [line.strip() for line in lines]
    named = _named_outlets(lines, masthead=masthead)
    for number, line in enumerate(lines):
        dateline = _dateline(line) or (_tag_dateline(line) if number < tag_dateline_lines() else None)
        if dateline:
            short = dateline.group("outlet").strip()
            # "(BPO) - …" over a footer "Báo Bình Phước điện tử. Giấy phép …": the name, not its short
            # form; the agency that owns the site ("Cơ quan chủ quản: Thành ủy Đà Nẵng") is no name of
            # it, and a news agency's credit ("(TTXVN) - …") names who wrote the piece
            if short in phrases("outlets.toml:news_agencies"):
                return short
            names = (name for kind, name in named if kind != "owners")
            return next((name for name in names if abbreviates(short, name)), short)
    outlet = next((name for _, name in named), None)
    return respell(outlet, names=[name for _, name in named]) if outlet else None


def _folded_key(text: str) -> str:
    """A name without its diacritics, case and spaces: "TuoiTre", "TUOI TRE" and "Tuổi Trẻ" alike."""
    return "".join(fold_diacritics(text).casefold().split())


def respell(outlet: str, *, names: Iterable[str] = ()) -> str:
    """``outlet`` with the words it prints without diacritics ("TuoiTre Online", "THANH NIEN") written
    as one of ``proper_names`` or of ``names`` (the page's other names of outlets) spells them; a name
    printed with its diacritics is kept as it is.

    >>> respell("TuoiTre Online"), respell("Báo Tuổi Trẻ"), respell("TTXVN")
    ('Tuổi Trẻ Online', 'Báo Tuổi Trẻ', 'TTXVN')
    >>> respell("TUOI TRE ONLINE", names=["Tuổi Trẻ Online"])
    'Tuổi Trẻ Online'
    """
    if fold_diacritics(outlet) != outlet:
        return outlet
    spelled = [name for name in names if fold_diacritics(name) != name]
    spelled += phrases("outlets.toml:proper_names")
    by_key = {_folded_key(name): name for name in reversed(spelled)}
    words = outlet.split()
    result: list[str] = []
    start = 0
    while start < len(words):
        # the longest run of words from here that spells a name once folded
        runs = (" ".join(words[start:end]) for end in range(len(words), start, -1))
        run = next((run for run in runs if _folded_key(run) in by_key), words[start])
        result.append(by_key.get(_folded_key(run), run))
        start += len(run.split())
    return " ".join(result)


def _named_outlets(lines: list[str], *, masthead: str | None = None) -> list[tuple[str, str]]:
    """(kind, outlet) for every outlet the lines name apart from a dateline, strongest kind first."""
    named: list[tuple[str, str]] = []
    for kind in _LINE_KINDS:
        if kind == "sites" and masthead:
            named.append(("masthead", masthead))
        for line in lines:
            outlet = _outlet_on_line(line, kind)
            if outlet:
                # "© Báo Lạng Sơn - Cơ quan của Đảng bộ tỉnh Lạng Sơn": the name, not its tagline
                named.append((kind, _TAGLINE.split(outlet, maxsplit=1)[0].strip()))
    return named


# A short form is a few capitals ("BPO", "NLĐO", "NDĐT"); "online" closes many of them with its "O".
_MAX_SHORT_LETTERS = 6
# what a short form may add after the initials of the name: "O" of "online", "ĐT" of "điện tử" ("YBĐT" for
# "Báo Yên Bái", whose site is its "điện tử" edition)
_EDITION_LETTERS = ("O", "ĐT")


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of two or more words in a row of ``name``, perhaps with the
    "O" of "online" or the "ĐT" of "điện tử" after them: the same outlet, written short.

    >>> abbreviates("NLĐO", "Báo Người Lao Động"), abbreviates("NDĐT", "Báo Nhân Dân điện tử")
    (True, True)
    >>> abbreviates("YBĐT", "Báo Yên Bái"), abbreviates("BGĐT", "Báo Bắc Giang")
    (True, True)
    >>> abbreviates("VOV.VN", "Báo Nhân Dân"), abbreviates("TTXVN", "Báo Tin tức")
    (False, False)
    """
    if not (2 <= len(short) <= _MAX_SHORT_LETTERS and short.isalpha() and short.isupper()):
        return False
    initials = "".join(word[0].upper() for word in name.split() if word[:1].isalpha())
    wanted = {short, *(short.removesuffix(letters) for letters in _EDITION_LETTERS)} - {""}
    return any(
        len(letters) >= 2 and letters in initials and not (letters == short and short == name)
        for letters in wanted
    )


_TAGLINE = re.compile(r"\s[-–]\s(?=(?:cơ quan|tiếng nói|diễn đàn|cổng thông tin)\b)", re.IGNORECASE)


def strip_outlet_prefix(line: str, *, lead: bool = False) -> str:
    """Remove a leading dateline ("(VOV5) - ", "Hà Nội (TTXVN) - ", "(TTXVN) ") from a body paragraph, and
    a paper's short tag ("BNB - ") from one of the ``lead`` paragraphs.

    >>> strip_outlet_prefix("BNB - Năm 2021, tỉnh …", lead=True), strip_outlet_prefix("CNTT - Công nghệ")
    ('Năm 2021, tỉnh …', 'CNTT - Công nghệ')
    """
    dateline = _dateline(line) or (_tag_dateline(line) if lead else None)
    return line[dateline.end() :] if dateline else line
