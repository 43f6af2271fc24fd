"""What a count or a share counts: the noun run after its number, to the end of its clause
("100% sở, ngành dùng văn bản điện tử liên thông; …" → "sở, ngành dùng văn bản điện tử liên thông").
"""

from __future__ import annotations

import re
from functools import cache

from analysis.figures.cues import cue_pattern, cue_words, ends_with
from analysis.figures.measure.label import MAX_WORDS, _numbered_name, drop_present_adverb, holds_number
from analysis.figures.measure.places import is_place, names_kinds_of_place
from analysis.figures.measure.words import _cue_list, _folded, _words_pattern
from analysis.text import phrase_alternation


def extend_counted(text: str, end: int, phrase: str, *, counted: bool = False, share: bool = False) -> str:
    """The noun after "X%" run on to the end of its clause: "100% sở, ngành dùng văn bản điện tử liên thông;
    …" → "sở, ngành dùng văn bản điện tử liên thông".

    ``phrase`` is the noun run the tagger found, ending at ``end``. After a count (``counted``) the run
    says which ones and stops where the sentence goes on to what they did or where they are: "2.318 máy
    tính nhiễm mã độc", but "60 triệu người tiêu dùng | đã mua sắm trực tuyến". A ``share`` of a whole
    ("14/22 bệnh viện tuyến tỉnh đã triển khai bệnh án điện tử") always runs on to what its part did: the
    whole alone says nothing of which part is counted.
    """
    # "191 lượt | (chiếm 89,7%) | đã được khắc phục …": the share in brackets is an aside to the run
    aside = _SHARE_ASIDE.match(text, end)
    if aside:
        text = text[:end] + " " * (aside.end() - end) + text[aside.end() :]
    within = _WITHIN_THE_AREA.match(text, end)
    # "412/430 trường học | trong tỉnh | đã dùng sổ điểm điện tử": where all of them are says not which ones
    run = _counted_run(
        text[within.end() if within else end :], len(phrase.split()), phrase, joins=not counted
    )
    # "có từ 1.200 doanh nghiệp | trở lên dùng …": the bound's tail is no part of what is counted; a level's
    # is ("100% bệnh viện tuyến tỉnh trở lên")
    tail = cue_pattern("threshold_tails").match(run) if counted else None
    run = run[tail.end() :].strip() if tail else run
    if counted:
        stop = _next_stop(run, 0)
        located = _LOCATED_COUNT.search(text[: max(0, end - len(phrase))])
        if stop and _IN_THE_AREA.match(run, stop.start()) and not located:
            # "812/1.043 trường học trên địa bàn tỉnh thu học phí …": where they are, then what they did
            run = f"{run[: stop.start()]} {_without_owner_in_run(run[stop.start() :], [])}".strip()
            stop = _next_stop(run, stop.start())
        if (
            stop
            and _WHERE_THEY_ARE.match(run, stop.start())
            and (share or _is_generic(phrase, run[: stop.start()], bare=True))
            and (done := _done_past_place(run[stop.end() :]))
        ):
            # "1.980 tiểu thương | ở các chợ trên địa bàn tỉnh | đã dùng mã QR": where a short noun's ones
            # are, then what they did, which says which ones count
            run = f"{run[: stop.start()]} {done}".strip()
            stop = _next_stop(run, stop.start() + 1)
        if (
            stop
            and _PASSIVE_AHEAD.match(run, stop.start())
            # a counter alone ("191 lượt | đã được khắc phục") needs what was done to it most of all; a long
            # noun too, right after it ("38.900 thông báo vi phạm | đã được gửi đến chủ phương tiện")
            and (
                share
                or _is_generic(phrase, run[: stop.start()], bare=True)
                or not _lists_before(run[: stop.start()])
            )
        ):
            # "1.012.450 người dân đã được lập hồ sơ sức khỏe điện tử": a short noun needs what was done to it
            run = run[: stop.start()] + _PASSIVE_AHEAD.match(run, stop.start()).group("done")
            stop = _next_stop(run, stop.start() + 1)
        while (
            stop
            and _does_after(run, stop)
            # a long noun too, but only right after it: "548 cửa hàng, toàn bộ | đã …" says all of them did
            and (
                share
                or _is_generic(phrase, run[: stop.start()], bare=True)
                or not _lists_before(run[: stop.start()])
            )
        ):
            # "13 bộ, ngành đã kết nối …", "61 triệu người đã mua sắm trực tuyến": a short noun needs what
            # they did to say which ones count, and "đã" only says when
            run = run[: stop.start()] + run[stop.end() :].lstrip()
            stop = _next_stop(run, stop.start())
        run = run[: stop.start()] if stop else run
        counters = _words_pattern("generic_counters", at="start")
        for relative in _words_pattern("count_run_relatives", at="any").finditer(run):
            if re.search(r"(?<!\w)vừa(?:\s+(?:đã|đang))?\s*$", run[: relative.start()], re.IGNORECASE):
                continue  # "vừa hưởng trợ cấp vừa | có việc làm": the second half of both … and …
            if _closes_compound(run[: relative.start()], run[relative.start() :]):
                continue  # "2.750 người lao động tự | do": one word, not "done by"
            noun = counters.sub("", f"{phrase} {run[: relative.start()]}".strip())
            if _words_pattern("negations", at="end").search(run[: relative.start()]):
                break  # "2/3 số doanh nghiệp nhỏ và vừa chưa có chiến lược …": without it, the opposite
            # "71.300 tài khoản phụ huynh | được kích hoạt", "8.450 hộ nuôi tôm | có nhật ký điện tử": the
            # first deed after the noun says which ones; after a deed ("bị nhiễm mã độc"), a second only adds
            deed_first = relative.group(0).casefold() in {"được", "có"} and not _DEED_MARKER.search(
                run[: relative.start()]
            )
            if len(noun.split()) >= _SPECIFIC_SYLLABLES and not deed_first:
                run = run[: relative.start()]  # "54 máy chủ bị nhiễm mã độc | được cô lập kịp thời"
                break
    # a share's run reaches the bound's "từ": "97,5% tàu cá có chiều dài | từ 15 m …"
    head = re.sub(r"\s+từ\s*$", "", run)
    bounded = _words_pattern("bound_measures", at="end").search(head)
    bound = _bound_ahead().match(text, end) if bounded else None
    if bounded and bound and bound.group("measure").strip() == head[bounded.start() :].strip(" ,"):
        # "2.980 tàu cá | dài từ 15 m trở lên | đã lắp thiết bị giám sát": what the bound measures says not
        # which boats; what they did after it does
        # "cài đặt và sử dụng phần mềm …": two verbs of one deed
        deed = _counted_run(bound.group("deed") or "", joins=True).strip()
        run = f"{head[: bounded.start()].strip()} {deed}".strip()
    counted_run = drop_present_adverb(" ".join([phrase, *run.split()]).replace(" ,", ",").strip())
    below = _share_bound_after(text[end:], run) if counted else ""
    return f"{counted_run} {below}" if below else counted_run


@cache
def _share_bound() -> re.Pattern[str]:
    bounds = phrase_alternation(cue_words("threshold_bounds"))
    return re.compile(rf"\s+(?P<bound>(?:{bounds})\s+\d[\d.,]*\s*%)", re.IGNORECASE)


def _share_bound_after(rest: str, run: str) -> str:
    """The bound on a rate that picks out the ones counted, right after their run: "ba huyện có tỷ lệ hồ sơ
    trực tuyến | dưới 50%", "18 bộ, ngành | đạt tỷ lệ thanh toán trực tuyến trên 50%" (the bound is no figure
    of its own; without it the count says the opposite of which ones)."""
    words = run.split()
    body = re.match(r"\s*" + r"\s*".join(re.escape(word) for word in words), rest)
    if body is None:
        return ""
    bound = _share_bound().match(rest, body.end()) if words else None
    if bound:
        return bound.group("bound")
    reached = _RATE_REACHED.match(rest, body.end())
    bound = _share_bound().match(rest, reached.end()) if reached else None
    return f"{reached.group('rate').strip()} {bound.group('bound')}" if bound else ""


# "18 bộ, ngành | đạt tỷ lệ thanh toán trực tuyến | trên 50%": the rate the counted reached, before its bound
_RATE_REACHED = re.compile(r"\s*(?P<rate>(?:đạt|có)\s+tỷ lệ[^,;:.()\d]*?)(?=\s+\S+\s+\d)", re.IGNORECASE)


_DEED_MARKER = re.compile(r"(?<!\w)(?:bị|được|đã|đang|vừa|có|là)(?!\w)", re.IGNORECASE)


@cache
def _bound_of_the_noun() -> re.Pattern[str]:
    """ "4 sao trở lên", "tuyến huyện trở lên" after "từ": a bound on the ones counted
    (``threshold_tails``)."""
    tails = phrase_alternation(cue_words("threshold_tails"))
    return re.compile(rf"(?:[\d.,]+\s*)?(?:[^\W\d_]+\s+){{0,2}}?(?:{tails})(?!\w)", re.IGNORECASE)


@cache
def _bound_ahead() -> re.Pattern[str]:
    """ "dài | từ 15 m trở lên | đã lắp thiết bị …": what a bound measures, the bound and its tail
    (``threshold_tails``), then perhaps a marker (``aspect_markers``) and a deed."""
    tails = phrase_alternation(cue_words("threshold_tails"))
    markers = phrase_alternation(_cue_list("aspect_markers"))
    return re.compile(
        rf"\s*(?P<measure>[^\d,;:.()]+?)\s+từ\s+[\d.,]+\s*(?:[^\W\d_]+\s+){{0,2}}(?:{tails})"
        rf"(?:\s+(?:(?:{markers})\s+)?(?P<deed>(?-i:[^\W\d_A-ZĐ])[^,;:.()]*))?",
        re.IGNORECASE,
    )


_IN_THE_AREA = re.compile(r"trên địa bàn\b", re.IGNORECASE)
_SHARE_ASIDE = re.compile(
    r"\s*\((?:(?:chiếm|bằng|tương đương|đạt)\s+)?(?:khoảng\s+)?[\d.,]+\s*%[^()]{0,30}\)", re.IGNORECASE
)
_WITHIN_THE_AREA = re.compile(
    r"\s+trong\s+(?:toàn\s+)?(?:tỉnh|thành phố|huyện|thị xã|quận)(?=\s+(?:đã|đang|được|có)\s)", re.IGNORECASE
)
_WHERE_THEY_ARE = re.compile(r"(?:ở|tại)\s", re.IGNORECASE)
# "78% tiểu thương tại 146 chợ trên địa bàn tỉnh đã niêm yết mã QR": the markets are where the traders are;
# what was done is the traders'
_LOCATED_COUNT = re.compile(r"(?<!\w)(?:tại|ở)\s+[\d.,]+\s*$", re.IGNORECASE)


def _lists_before(run: str) -> bool:
    """Whether a comma in ``run`` lists things ("548 cửa hàng, toàn bộ …"), not one written in a noun
    (``comma_compounds``: "cơ sở khám bệnh, chữa bệnh")."""
    return "," in _words_pattern("comma_compounds", at="any").sub("", run)


def _closes_compound(before: str, rest: str) -> bool:
    """Whether the word that would end a run closes a compound (``run_compounds``) opened by the word before
    it: "giá trị gia | tăng" (value added), where "tăng" alone would be a rise."""
    words = before.split()
    compounds = _words_pattern("run_compounds", at="start")
    for size in (1, 2):  # "cập nhật | vào": the compound may open with a word of two syllables
        opening = " ".join(words[-size:])
        found = compounds.match(f"{opening} {rest}") if len(words) >= size else None
        if found and found.end() > len(opening) + 1:  # it must close in ``rest``, not inside ``before``
            return True
    return False


def _next_stop(run: str, start: int) -> re.Match[str] | None:
    """The first word from ``start`` that ends a count's run, but not one that opens a compound ("78 xã thuộc
    diện đặc biệt khó khăn": "thuộc diện" says which ones, where "thuộc huyện X" says where)."""
    stops = _words_pattern("count_run_stops", at="any")
    compounds = _words_pattern("run_compounds", at="start")
    stop = stops.search(run, start)
    while stop and (
        compounds.match(run[stop.start() :])
        or _closes_compound(run[: stop.start()], run[stop.start() :])
        or _both_and(run, stop)
    ):
        stop = stops.search(run, stop.end())
    return stop


def _both_and(run: str, stop: re.Match[str]) -> bool:
    """Whether the stop is part of "vừa … vừa …" (both … and …), which says which ones, not when: "126 trường
    hợp vừa hưởng trợ cấp vừa (đã) có việc làm" (both halves in one clause)."""
    if any(mark in run[: stop.start()] for mark in ",;:"):
        return False  # "cán bộ biết …, nên phải vừa làm vừa học": a clause of its own after the noun's
    clause_start = 0
    clause_end = min([i for i in (run.find(mark, stop.end()) for mark in ",;:") if i >= 0] or [len(run)])
    clause = run[clause_start:clause_end]
    at = stop.start() - clause_start
    halves = [m.start() for m in re.finditer(r"(?<!\w)vừa(?!\w)", clause, re.IGNORECASE)]
    if len(halves) < 2:
        return False
    word = stop.group(0).casefold()
    # "vừa | đã có việc làm": the aspect after the second half's "vừa" is part of it too
    return at in halves or (word in {"đã", "đang"} and re.search(r"(?<!\w)vừa\s*$", clause[:at]) is not None)


def _does_after(run: str, stop: re.Match[str]) -> bool:
    """Whether the stop is "đã" or "đang" before an active verb ("đã kết nối"; not "đã được …", not "sẽ …",
    which is a plan, nor a name)."""
    done = re.match(r"(?:đã|đang)\s+(?P<verb>[^\W\d_]+)", run[stop.start() :])
    return bool(done) and done.group("verb").islower() and done.group("verb") != "được"


_PASSIVE_AHEAD = re.compile(r"(?:đã|đang|vừa)\s+(?P<done>được\s.*)$", re.IGNORECASE)


def _is_generic(phrase: str, run: str, *, bare: bool = False) -> bool:
    """Whether the counted noun (after its counter) is too short to say which ones: "người dân"; with
    ``bare``, also a counter alone ("61 triệu người")."""
    noun = _words_pattern("generic_counters", at="start").sub("", f"{phrase} {run}".strip())
    if names_kinds_of_place(noun):
        return True  # "3.321 xã, phường, đặc khu đã kết nối …": which places count is what they did
    return (0 if bare else 1) <= len(noun.split()) < _SPECIFIC_SYLLABLES


# a counted noun this long already says which ones ("phần mềm quản lý văn bản"); a shorter one, after its
# counter ("người dân", "lượt người dân"), needs its relative clause ("người dân được hướng dẫn cài đặt …")
_SPECIFIC_SYLLABLES = 3

# the most words a name before its number has ("định danh điện tử mức độ 2")
_NUMBERED_NAME_WORDS = 5


_DATE_AHEAD = re.compile(
    r"(?:năm\s+|giai đoạn\s+)?\d{4}\b|\d{1,2}/\d{1,2}(?:/\d{4})?\b|(?:ngày|tháng|quý)\s+[\dIVX]",
    re.IGNORECASE,
)


def _pair_after_comma(rest: str, size: int, before: str = "") -> bool:
    """Whether ", <words>" coordinates a noun of ``size`` words ("sở, ngành", "cán bộ, công chức", "tỉnh,
    thành phố"), not a new clause ("dân số, mạng 5G đã có …"); after a longer run (``before``), a short
    coordinated tail ("văn bản đi của các sở, ban, ngành được ký số", "phần mềm quản lý khám, chữa bệnh",
    "cơ quan cấp tỉnh, cấp xã")."""
    words = rest.split()
    stops = _words_pattern("run_stops", at="start")
    if size < 1 or _figure_ahead(rest, stops):
        return False  # "91% dân số, cáp quang đến 99% thôn, bản": a clause with a figure of its own
    if stops.match(rest.lstrip()):
        return False  # "640 hộ, tiếp theo là …": the next part of the sentence
    if _words_pattern("clause_subjects", at="start").match(rest.lstrip()):
        return False  # "32 trạm đo mực nước, dữ liệu được truyền về …": what they produce, said apart
    if _words_pattern("bare_heads", at="start").match(rest.lstrip()) or _words_pattern(
        "money_nouns", at="start"
    ).match(rest.lstrip()):
        return False  # "265.000 lượt xe, doanh thu phí đạt 3,2 tỷ đồng": a quantity of its own
    compounds = _words_pattern("comma_compounds", at="start")
    for size_before in (1, 2):
        last = " ".join(before.split()[-size_before:])
        if last and compounds.match(f"{last}, {rest.lstrip()}"):
            return True  # "cơ sở khám, chữa bệnh triển khai …": one noun written with a comma
    if size > 2:
        return _short_tail(rest, before)
    for count in (size, size + 1):
        pair = words[:count]
        nouns = len(pair) == count and all(word.isalpha() and word[:1].islower() for word in pair)
        if nouns and not stops.match(" ".join(pair)):
            return True
    return False


_WHERE_GROUP = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:các|những|mọi)\s+\S+$", re.IGNORECASE)


def _short_tail(rest: str, before: str) -> bool:
    """Whether the words after a comma are a short noun or verb coordinated with the run before it: one or
    two lower-case words up to the next comma ("sở, ban, ngành"), up to four to the end of the clause or a
    word that ends a run ("…, bệnh án điện tử"), or words that repeat the head of the part before ("cấp
    tỉnh, cấp xã"); not a new clause ("thôn, xóm lõm sóng, nâng tỷ lệ thôn, …")."""
    ends = re.compile(
        _words_pattern("run_stops", at="start").pattern.rstrip("[\\s,]*")
        + "|"
        + _words_pattern("count_run_relatives", at="start").pattern[1:].rstrip("[\\s,]*")
        + "|"
        + _words_pattern("aspect_markers", at="start").pattern[1:].rstrip("[\\s,]*"),
        re.IGNORECASE,
    )
    if _WHERE_GROUP.search(before):
        return False  # "hồ sơ tại các bộ, ngành, địa phương": the places it is over, not more of the noun
    clause = re.match(r"\s*([^,;:.()]*)", rest)
    tail: list[str] = []
    words = (clause.group(1) if clause else "").split()
    for word in words:
        ahead = " ".join(words[len(tail) :])
        if ends.match(ahead):
            stops = _words_pattern("run_stops", at="start")
            if stops.match(ahead) and not ahead.casefold().startswith("và "):
                return False  # "hồ sơ trên môi trường mạng, khối địa phương đạt 86,9%": a new subject
            break
        tail.append(word)
    repeats = bool(tail) and tail[0].casefold() in {word.casefold() for word in before.split()[-3:]}
    if (
        not tail
        or not all(word.isalpha() and word[:1].islower() for word in tail)
        # "cơ quan nhà nước cấp tỉnh, cấp huyện": a level repeating the head before is more of the noun
        or (is_place(" ".join(tail)) and not repeats)
    ):
        return False
    at_comma = (
        len(tail) == len(words) and (clause.end() if clause else 0) < len(rest) and rest[clause.end()] == ","
    )
    return len(tail) <= (2 if at_comma else 4) or tail[0].casefold() in {
        word.casefold() for word in before.split()[-3:]
    }


# a run goes on to the end of its clause, up to a little past the longest label (``MAX_WORDS``): cut at the
# label's length it would end mid-word ("… hồ sơ đề xuất cấp | độ", "… trực tuyến toàn | trình")
_RUN_WORDS = MAX_WORDS + 6


def _figure_ahead(rest: str, stops: re.Pattern[str]) -> bool:
    """Whether the clause in ``rest`` reaches a number before a word that ends a run ("cáp quang đến 99%",
    not "thành phố đạt 100%")."""
    clause = re.match(r"[^,;.]*", rest)
    words = clause.group(0).split() if clause else []
    for index, word in enumerate(words):
        if stops.match(" ".join(words[index:])):
            return False
        if word[:1].isdigit():
            return True
    return False


def _joins_nouns(rest: str, stops: re.Pattern[str]) -> bool:
    """Whether "và" at the start of ``rest`` joins a second noun to the run ("lương hưu và trợ cấp …"), not
    the next figure or clause ("72% về số lượng và 41% về giá trị", "… và tăng 5 điểm")."""
    joined = re.match(r"và\s+(?P<next>[^\W\d_]+)", rest, re.IGNORECASE)
    if joined is None or not joined.group("next")[:1].islower():
        return False
    after = rest[joined.start("next") :]
    clause = re.match(r"[^,;.]*", after)
    # "chợ loại 1 và loại 2 chấp nhận …": a numbered name is no figure of the next clause
    return not stops.match(after) and not re.search(
        r"\d", _numbered_name().sub("", clause.group(0) if clause else after)
    )


_NEXT_FIGURE = re.compile(r"(?:(?:hơn|gần|khoảng|trên|dưới|tới|chừng|xấp xỉ)\s+)?\d", re.IGNORECASE)
# "1,03 triệu lượt tải | tiếp nhận 86.500 phản ánh": a number of its own, not an age or time ("từ 18 tuổi")
_BARE_FIGURE = re.compile(r"\d[\d.,]*(?![\w/])(?!\s*(?:tuổi|năm|tháng|ngày|giờ|phút|%)(?!\w))", re.IGNORECASE)
_QUALIFIED_FIGURE = re.compile(r"(?:hơn|gần|khoảng|xấp xỉ)\s+\d", re.IGNORECASE)


_LOCATIVE = re.compile(r"tại|ở|trên", re.IGNORECASE)


def _done_after_counted_places(rest: str) -> str | None:
    """What the counted ones did, after a count of the places they are in: "146 chợ trên địa bàn tỉnh đã
    niêm yết mã QR …" → "niêm yết mã QR …"; None when the clause says nothing after the places."""
    clause = re.match(r"[^,;.()]*", rest)
    aspect = _words_pattern("aspect_markers", at="any").search(clause.group(0) if clause else "")
    if aspect is None or re.search(r"\d", rest[_BARE_FIGURE.match(rest).end() : aspect.start()]):
        return None
    return rest[aspect.end() :].lstrip() or None


def _counted_run(text: str, taken: int = 0, before: str = "", *, joins: bool = False) -> str:
    """The words of ``text`` up to the end of its clause, a figure or a word that starts another part
    (``run_stops``); a comma right after a one- or two-word noun joins ("sở, ngành", "cán bộ, công chức"), and
    a level's number after ``before`` and the words so far ("… cấp độ | 3 trở lên") is no figure; with
    ``joins`` (a share's run), "và" before a second noun joins it ("lương hưu và trợ cấp bảo hiểm xã hội")."""
    stops = _words_pattern("run_stops", at="start")
    words: list[str] = []
    asked: int | None = None  # where what those asked said begins
    rest = text
    while rest and taken + len(words) < _RUN_WORDS:
        rest = rest.lstrip(" ")
        numbered = re.match(r"\d+(?![\d.,]\d)", rest)
        so_far = f"{before} {' '.join(words)}".split()
        named = (
            numbered
            and any(  # "cấp độ 3", "chợ loại 1", "định danh điện tử mức 2": the name's own words
                _numbered_name().fullmatch(f"{' '.join(so_far[-size:])} {numbered.group(0)}")
                for size in range(1, _NUMBERED_NAME_WORDS + 1)
            )
        )
        # "có ít nhất 1 sản phẩm được bán trực tuyến": a small number after a quantifier says which ones
        quantified = bool(numbered and so_far and ends_with("label_quantifiers", " ".join(so_far)))
        if numbered and so_far and (named or quantified):
            words.append(numbered.group(0))  # "hệ thống thông tin cấp độ 3 trở lên": a level, not a figure
            rest = rest[numbered.end() :]
            continue
        bound = _bound_of_the_noun().match(rest) if words and words[-1].casefold() == "từ" else None
        if bound and not _words_pattern("bound_measures", at="end").search(" ".join(words[:-1])):
            # "100% khách sạn từ | 4 sao trở lên | kết nối …": which ones, by a bound on them, not a figure
            words.extend(bound.group(0).split())
            rest = rest[bound.end() :]
            continue
        if (
            (rest.startswith(",") and _NEXT_FIGURE.match(rest[1:].lstrip()))
            or _QUALIFIED_FIGURE.match(rest)
            or _BARE_FIGURE.match(rest)
        ):
            done = _done_after_counted_places(rest) if words and _LOCATIVE.fullmatch(words[-1]) else None
            if done is not None:
                # "78% tiểu thương tại 146 chợ trên địa bàn tỉnh đã niêm yết mã QR": where they are is a count
                # of its own; what they did goes on the run
                words.pop()
                rest = done
                continue
            if words and _LOCATIVE.fullmatch(words[-1]):
                words.pop()
            break  # "hơn 80.000 tổ, gần 380.000 thành viên": the next figure, not more of this one
        if rest.startswith(",") and _pair_after_comma(
            rest[1:], taken + len(words), f"{before} {' '.join(words)}"
        ):
            rest = rest[1:].lstrip()
            words[-1:] = [f"{words[-1]},"] if words else [","]  # "cán bộ, công chức | , viên chức …"
            continue
        stop = stops.match(rest) and not _words_pattern("run_compounds", at="start").match(rest)
        if stop and words and _closes_compound(" ".join(words), rest):
            stop = None  # "thuế giá trị gia | tăng": "tăng" ends no run inside "gia tăng" (value added)
        if stop and (words or before.strip()) and joins and _joins_nouns(rest, stops):
            # "100% trường tiểu học | và trung học cơ sở dùng …": the tagger's noun may be all the run so far
            stop = None  # "người hưởng lương hưu và trợ cấp bảo hiểm xã hội": one group of counted ones
        said = _said_by_the_surveyed().match(rest) if stop and joins and asked is None else None
        if said and _surveyed_so_far().search(" ".join(words)):
            # "70% doanh nghiệp được khảo sát cho biết | thiếu nhân lực số": a share of those asked is of what
            # they said, not of being asked
            asked = len(words)
            words.extend(said.group(0).split())
            rest = rest[said.end() :]
            continue
        if not rest or rest[0] in ',;:.()!?"“”–' or stop or _DATE_AHEAD.match(rest):
            said_words = words[asked:] if asked is not None else []
            if asked is not None and (
                (stop and _OWN_PREDICATE.match(rest))
                or all(
                    word.casefold() in {*_SAY_WORDS, *_folded("measure_aspect_words")} for word in said_words
                )
            ):
                # "… được hỏi cho rằng chi phí | là rào cản": what they said is a clause of its own;
                # "… cho biết đã | giảm …": nothing of what they said is left
                del words[asked:]
            break
        word = re.match(r"\S+", rest)
        if word is None or "%" in word.group(0):
            break  # the next figure: "… 95% xã …, 80% hộ …"
        clean = word.group(0).rstrip(',;:.!?)"”')
        words.append(clean)
        if clean != word.group(0):
            so_far = f"{before} {' '.join(words)}"
            if word.group(0)[len(clean)] != "," or not _pair_after_comma(rest[word.end() :], 3, so_far):
                break
            words[-1] = f"{clean},"  # "sở, ban, ngành", "khám, chữa bệnh": one coordinated noun
        rest = rest[word.end() :]
    return " ".join(words)


_SAY_WORDS = frozenset(
    {"rằng", "là"} | {w.casefold() for say in _cue_list("survey_says") for w in say.split()}
)
# "… cho rằng chi phí | là rào cản": a predicate of its own after what those asked said (not "… | khi đi chợ")
_OWN_PREDICATE = re.compile(r"(?:là|đạt|chiếm)(?!\w)", re.IGNORECASE)


@cache
def _said_by_the_surveyed() -> re.Pattern[str]:
    says = phrase_alternation(_cue_list("survey_says"))
    return re.compile(rf"(?:{says})(?:\s+(?:rằng|là))?\s+(?=[^\W\d_])", re.IGNORECASE)


@cache
def _surveyed_so_far() -> re.Pattern[str]:
    """ "doanh nghiệp được khảo sát (tại Cần Thơ)": the words before a say verb name those asked."""
    asked = phrase_alternation(_cue_list("survey_deeds"))
    return re.compile(rf"(?<!\w)(?:{asked})(?:\s+(?:tại|ở)\s+\S.*)?$", re.IGNORECASE)


# "hộ sản xuất ở vùng | chịu ảnh hưởng mặn | đã đăng ký nhận cảnh báo": the place's own words, then a marker
# and what the ones counted did
@cache
def _deed_after_place() -> re.Pattern[str]:
    markers = phrase_alternation(_cue_list("aspect_markers"))
    return re.compile(
        rf"^[^\d]{{0,40}}?(?<!\w)(?:{markers})(?P<passive>\s+được)?\s+(?=[^\W\d_])", re.IGNORECASE
    )


def _done_past_place(rest: str) -> str:
    """What the ones counted did, after the rest of where they are: "chịu ảnh hưởng mặn đã đăng ký nhận cảnh
    báo" → "đăng ký nhận cảnh báo", "nông thôn sử dụng điện thoại thông minh" → "sử dụng điện thoại thông
    minh" ("" when no marker of a deed nor a verb that opens one follows the place)."""
    found = _deed_after_place().match(rest)
    if found is None:
        opened = _deed_opener_after_place().match(rest)
        relative = (
            _words_pattern("place_relatives", at="any").search(rest, 0, opened.start("deed"))
            if opened
            else None
        )
        # "ở vùng ven biển | có trang | bán phòng": what the place has says which places; no deed past it
        return rest[opened.start("deed") :].strip() if opened and relative is None else ""
    done = rest[found.end() :].strip()
    return f"được {done}" if found.group("passive") else done


@cache
def _deed_opener_after_place() -> re.Pattern[str]:
    """A verb that opens a deed (``deed_openers``, not ``place_relatives``) within a few words after where the
    ones counted are, with the negation before it: "ở vùng cao | chưa dùng Internet"."""
    relatives = set(_folded("place_relatives"))
    openers = phrase_alternation(
        word for word in _cue_list("deed_openers") if word.casefold() not in relatives
    )
    negations = phrase_alternation(_cue_list("negations"))
    return re.compile(
        rf"^(?:[^\d,;:.()]{{0,40}}?\s)??(?P<deed>(?:(?:{negations})\s+)?(?:{openers})\s+(?=[^\W\d_]))",
        re.IGNORECASE,
    )


def _without_owner_in_run(run: str, owners: list[str]) -> str:
    """ "cơ quan nhà nước của tỉnh Hà Nam đã kết nối" → "cơ quan nhà nước" (Hà Nam goes to ``owners``)."""
    for owner in _words_pattern("owner_words", at="any").finditer(run):
        words = run[owner.end() :].split()
        area = owner.group(0).casefold() == "trên địa bàn"  # "trên địa bàn" needs no name after it
        for size in range(min(len(words), 5), -1 if area else 0, -1):
            name = " ".join(words[:size]).strip(" ,")
            if (is_place(name) if size else area) and (size == len(words) or not words[size][:1].isupper()):
                owners.extend([name] if size else [])
                kept = run[: owner.start()].strip(" ,")
                rest = " ".join(words[size:])
                aspect = _words_pattern("aspect_markers", at="start").match(rest)
                done = rest[aspect.end() :].strip() if aspect else rest if area else _done_past_place(rest)
                if done[:1].islower():
                    # "bệnh viện công lập trên địa bàn đã triển khai thanh toán …", "hộ gia đình trên địa bàn
                    # sử dụng cáp quang": where, then what they did
                    return f"{kept} {done}"
                return kept
    return run


# what may stand between a deed and the count it was done to: "đã số hóa được | khoảng | 412.000 trang"
_HEDGE_END = re.compile(
    r"(?:\s+(?:được|khoảng|hơn|gần|trên|chừng|xấp xỉ|tổng cộng|tới|lên tới|ước|ước tính|bình quân|"
    r"trung bình))+\s*$",
    re.IGNORECASE,
)
# a deed's last word that points on to a place or a beneficiary: "thí điểm ở | 58 trường tiểu học"
_PREPOSITION_END = re.compile(r"\s+(?:ở|tại|cho|vào|trên|tới|đến|với)\s*$", re.IGNORECASE)


# a count and its noun right before a marker: "612 HTX | đang hoạt động …"
_COUNT_ENDS = re.compile(r"\d[\d.,]*\s+(?:[^\W\d_]+\s+){0,4}?[^\W\d_]+\s*$")


def _counted_right_before(text: str) -> bool:
    """Whether ``text`` ends in a count and its noun ("… có 612 HTX"), not a name's number ("Tổng đài 1022 của
    thành phố", "Quân khu 9")."""
    count = _COUNT_ENDS.search(text)
    if count is None:
        return False
    words_before = text[: count.start()].split()[-2:]
    return not any(word[:1].isupper() for word in words_before)


_SUPERLATIVE_END = re.compile(r"\s+(?:nhiều|cao|ít|thấp|lớn)\s+nhất\s*$", re.IGNORECASE)


def done_to_count(text: str, start: int, counted: str) -> str:
    """What was done to the ones a bare count counts, named right before it: "trung tâm đã số hóa được
    412.000 trang" → "trang được số hóa", "các nhà mạng đã tặng 5.600 máy" → "máy được tặng" ("" when no
    aspect marker or known deed opens the words right before the count, or they are no deed)."""
    # "ngành thuế đã truy thu và xử phạt | 27 doanh nghiệp": one deed of two verbs after its marker
    clause = re.split(r"[,;:()]|\.\s|\s(?:còn|nhưng|trong khi)\s", text[:start])[-1]
    clause = _PREPOSITION_END.sub("", _HEDGE_END.sub("", clause))
    opened = list(_words_pattern("aspect_markers", at="any").finditer(clause))
    if not opened:
        clause = re.split(r"\s(?:và)\s", clause)[-1]  # "A và B cấp …": without a marker, the last verb's
    if opened and _counted_right_before(clause[: opened[-1].start()]):
        return ""  # "612 HTX đang hoạt động với | 14.800 thành viên": the deed is the count's before it
    if opened:
        deed = clause[opened[-1].end() :].strip()
    else:
        acted = list(_words_pattern("actions", at="any").finditer(clause))
        deed = clause[acted[-1].start() :].strip() if acted else ""
    deed = re.sub(r"^được\s+", "", deed)  # "đã được cấp 318 giấy phép": the passive is said once
    words = deed.split()
    if (
        not 1 <= len(words) <= 6
        or not deed[:1].islower()
        or holds_number(deed)
        or _words_pattern("object_not_deeds", at="start").match(deed)
        or is_place(deed)
        # "Hội phối hợp với Tỉnh đoàn mở 436 lớp": a deed naming who else acted says not what was done
        or any(word[:1].isupper() for word in words[1:])
    ):
        return ""
    deed = _SUPERLATIVE_END.sub("", deed)  # "cấp nhiều nhất | với 412.600 bộ": which office, not which ones
    passive = "bị" if _words_pattern("adverse_deeds", at="start").match(deed) else "được"
    return f"{counted} {passive} {deed}"
