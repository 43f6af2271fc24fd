"""What a figure measures: the phrase a reader needs beside the number ("kinh tế số" for "chiếm 25% GRDP").

Read from the figure's own sentence: the clause before the number, trimmed of subjects, frames
("Tỉnh phấn đấu đến năm 2030 …"), times and places ("… của Quảng Trị"); a parenthesised acronym
stays whole ("Chỉ số chuyển đổi số (DTI)"). The cue lists live in ``data/figure_grammar.toml``
under ``[measure]``; ``python -m analysis evaluate`` scores the result against gold measures.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.figures.cues import time_units
from analysis.figures.reading import Reading
from analysis.figures.units import grammar, pieces_of
from analysis.nlp import glossary
from analysis.types import FigureKind

# A clause ends at a comma, a semicolon, a dash or a conjunction; an aside in parentheses without a
# number ("(DTI)", "(PAR Index)") belongs to its noun and ends nothing.
_BOUNDARY = re.compile(
    r",(?=\s)|[;:–]|\((?![^()\d]{1,40}\))|\s-\s|\b(?:và|nhưng|còn|trong đó|trong khi|song)\b", re.IGNORECASE
)
_FILLER_START = re.compile(
    r"^(?:theo đó|theo|đến nay|hiện nay|hiện|tính đến|đến hết|đến cuối|đến|tới|cuối|đầu|trong|tại|riêng|"
    r"cụ thể|đặc biệt|bên cạnh đó|ngoài ra|đồng thời|sau|với|năm \d{4}|\d{4}|nay|qua|mới đây|vừa qua|"
    r"trong năm|cả nước|toàn quốc|đã|thì|phấn đấu|mục tiêu|dự kiến|kế hoạch|"
    r"(?:đến|tới|vào|trong) năm \d{4}|\d{1,2} tháng(?: đầu| cuối)?(?: năm(?: \d{4})?)?)\b[\s,]*",
    re.IGNORECASE,
)
_FILLER_END = re.compile(
    r"[\s,]*\b(?:đạt|là|chiếm|ở mức|tăng|giảm|lên|xuống|còn|bằng|gấp|ước|ước đạt|ước tính|đã|mới|chỉ|có|"
    r"với|được|vào|tới|đến|từ|thêm|xếp|đứng|thứ|hạng|vị trí|top|khoảng|hơn|gần|trên|dưới|tổng cộng|"
    r"lên tới|lên đến|đạt mức|duy trì|giữ|vươn|cao|nhanh|năm \d{4}|lọt|lọt vào|nằm trong|"
    r"mục tiêu|phấn đấu|sẽ|cần|phải|nay|(?<!thực )hiện|giai đoạn \d{4}\s*[-–]\s*\d{4}|"
    r"\d{1,2} tháng(?: đầu năm)?)\s*$",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(r"\s(?:đạt|chiếm|là|tăng|giảm|xếp|đứng|lên|có|ở mức|từ)\s", re.IGNORECASE)
# numbers that name a time, not a figure: "năm 2024", "quý III/2023", "giai đoạn 2021-2025", "9 tháng"
_TIME_NUMBER = re.compile(
    r"(?:năm\s+|/)\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|\b\d{1,2}\s+tháng\b|\b\d{4}\b", re.IGNORECASE
)
_NUMBER = re.compile(r"\d[\d.,]*")
_SCALE = re.compile(r"^(?:triệu|nghìn|ngàn|tỷ|vạn|trăm)(?:\s+|$)", re.IGNORECASE)
# "tỷ lệ dịch vụ công trực tuyến trên tổng số thủ tục hành chính": the denominator is not the measure
_DENOMINATOR = re.compile(r"\s+(?:trên|so với)\s+tổng\s+(?:số\s+)?\S.*$", re.IGNORECASE)
# "… 7,6 triệu giao dịch với tổng số tiền hơn 6.500 tỷ đồng": a label after the last number names the next
_NEXT_LABEL = re.compile(r"\b(?:với|là)\s+(?P<label>[^\d]+)$", re.IGNORECASE)
_NOT_COUNTED = re.compile(r"^(?:%|đồng|usd|vnđ|lần|điểm|bậc|tuổi|năm|tháng|ngày)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:xếp|đứng|dẫn đầu|nhất|top|nhóm)\b.*?\bvề\s+(?P<what>.+)$", re.IGNORECASE)
_ABOUT_AFTER = re.compile(r"[^,;.()\d]{0,40}?(?<!\w)về\s+(?P<what>[^,;.()\d]+)", re.IGNORECASE)
_ABOUT_END = re.compile(r"\s+(?:với|đạt|so với|năm|sau|trong)\b.*$", re.IGNORECASE)
MAX_WORDS = 18


@cache
def _cue_list(name: str) -> tuple[str, ...]:
    return tuple(sorted(grammar()["measure"][name], key=len, reverse=True))


@cache
def _words_pattern(name: str, *, at: str) -> re.Pattern[str]:
    cues = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in _cue_list(name))
    if at == "start":
        return re.compile(rf"^(?:{cues})(?!\w)[\s,]*", re.IGNORECASE)
    if at == "end":
        return re.compile(rf"[\s,]*(?<!\w)(?:{cues})\s*$", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE)


def _without_owner(label: str, owners: list[str]) -> str:
    """ "tỷ lệ hồ sơ trực tuyến của Hà Nội" → "tỷ lệ hồ sơ trực tuyến"; "… của ngành công nghệ" stays."""
    owner = list(re.finditer(r"(?:^|\s)của\s+", label))
    if owner and is_place(label[owner[-1].end() :].strip(" ,.;")):
        owners.append(label[owner[-1].end() :].strip(" ,.;"))
        return label[: owner[-1].start()]
    return label


def is_place(label: str) -> bool:
    """A label that only names who or where ("Việt Nam", "tỉnh", "TP Hồ Chí Minh"), not what is measured.

    >>> is_place("Quảng Trị"), is_place("kinh tế số"), is_place("DTI")
    (True, False, False)
    """
    if label.casefold() in {p.casefold() for p in _cue_list("places")}:
        return True
    words = label.split()
    places = {p.casefold() for p in _cue_list("places")}
    return bool(words) and all(
        word.casefold() in places or (word[0].isupper() and not word.isupper()) for word in words
    )


def holds_number(clause: str) -> bool:
    """Whether a clause holds a figure of its own (a year, a period or "9 tháng" does not count)."""
    return re.search(r"\d", _TIME_NUMBER.sub("", clause)) is not None


def strip_measure(label: str, *, owners: list[str] | None = None) -> str:
    """The measure in a phrase, without the subject, frame, time and place around it.

    >>> strip_measure("Tỉnh phấn đấu đến năm 2030 kinh tế số chiếm")
    'kinh tế số'
    >>> strip_measure("Chỉ số chuyển đổi số (DTI) năm 2024 của Quảng Trị")
    'Chỉ số chuyển đổi số (DTI)'

    ``owners`` collects the places dropped ("Quảng Trị"), so that figures of two provinces stay apart.
    """
    owners = [] if owners is None else owners
    label = _DENOMINATOR.sub("", _after_frame(" ".join(label.split())))
    for _ in range(12):
        stripped = _FILLER_END.sub("", label).strip()
        stripped = _words_pattern("trailing", at="end").sub("", stripped).strip()
        stripped = _without_owner(stripped, owners).strip()
        stripped = _FILLER_START.sub("", stripped).strip()
        stripped = _words_pattern("leading", at="start").sub("", stripped).strip()
        stripped = stripped.strip(' ,.;:"“”')
        if stripped == label:
            break
        label = stripped
    about = _ABOUT.search(label)
    if about:  # "Đà Nẵng xếp thứ nhất cả nước về chỉ số …"
        label = strip_measure(about.group("what"), owners=owners)
    label = _balanced(label)
    words = label.split()
    if len(words) <= MAX_WORDS:
        return label
    return " ".join(words[:MAX_WORDS]) + "…"  # the head comes first: "Tỷ lệ …", "Mức độ hài lòng …"


def _after_frame(label: str) -> str:
    frames = list(_words_pattern("frames", at="any").finditer(label))
    if not frames:
        return label
    last = frames[-1]
    after = label[last.end() :]
    if strip_measure(after):
        return after
    before = label[: last.start()]
    # "tăng trưởng GDP được đặt mục tiêu từ 8%": a passive frame follows its measure; "Bộ đặt chỉ tiêu"
    # names only who set it
    return before if re.search(r"(?<!\w)được(?:\s+\w+)?\s*$", before, re.IGNORECASE) else ""


def _balanced(label: str) -> str:
    label = label.strip(' ,.;:"“”')
    while label.endswith(")") and label.count(")") > label.count("("):
        label = label[:-1].rstrip()
    while label.startswith("(") and label.count("(") > label.count(")"):
        label = label[1:].lstrip()
    if label.count("(") > label.count(")"):
        label = label[: label.rfind("(")].rstrip()
    return label.strip(' ,.;:"“”')


def _clauses(text: str, position: int) -> list[tuple[str, str]]:
    """The clauses before ``position``, last first, each with the boundary that opens it."""
    cuts = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text, 0, position)]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), position]
    joiners = ["", *(text[start:end] for start, end in cuts)]
    return [(text[starts[i] : ends[i]], joiners[i]) for i in reversed(range(len(starts)))]


def _counted_after_number(clause: str) -> str:
    """What ``clause``'s last number counts: "… tiếp nhận 2,8 triệu hồ sơ trực tuyến"."""
    numbers = _figure_numbers(clause)
    if not numbers:
        return ""
    rest = _SCALE.sub("", clause[numbers[-1].end() :].strip())
    stops = {cue.split()[0].casefold() for cue in _cue_list("after_stops")}
    if not rest or _NOT_COUNTED.match(rest) or not rest[0].isalpha() or rest.split()[0].casefold() in stops:
        return ""
    label = strip_measure(rest)
    return label if 0 < len(label.split()) <= 8 and not holds_number(label) else ""


def measure_before(text: str, position: int) -> tuple[str, str | None]:
    """What the figure at ``position`` measures, read backwards from it ("" when nothing names it), and
    the place it is measured for, when one is named ("của Hà Nội", or a bare subject "Việt Nam").

    An empty clause ("…, tăng 9,5%") takes the previous figure's subject or counted noun; a bare place
    ("Việt Nam xếp thứ 86") takes the index the sentence opens with ("Theo Khảo sát Chính phủ điện tử …").

    >>> measure_before("Tỷ lệ hồ sơ trực tuyến của Hà Nội đạt 87,5%, của Huế đạt 84,1%.", 57)
    ('Tỷ lệ hồ sơ trực tuyến', 'Huế')
    """
    clauses = _clauses(text, position)
    place = ""
    owners: list[str] = []
    for index, (clause, joiner) in enumerate(clauses):
        if holds_number(clause):
            numbers = _figure_numbers(clause)
            subject = _subject_of(clause, numbers[0].start() if numbers else len(clause))
            following = _NEXT_LABEL.search(clause, numbers[-1].end()) if index == 0 and numbers else None
            if following and strip_measure(following.group("label")):
                return strip_measure(following.group("label"), owners=owners), _first(owners, place)
            subject_label = strip_measure(subject)
            about = _ABOUT.search(clause)
            if subject_label and is_place(subject_label) and about and strip_measure(about.group("what")):
                # "Cần Thơ đứng thứ 1 về chỉ số chuyển đổi số, An Giang đứng thứ 2"
                return strip_measure(_ABOUT_END.sub("", about.group("what")), owners=owners), _first(
                    owners, place
                )
            if holds_number(subject) or not subject_label:
                counted = _counted_after_number(clause)
                if counted and not is_place(counted):
                    return counted, _first(owners, place)
                continue
            clause = subject
        elif place and not _opens_with_source(clause):
            continue  # past a bare place, only a figure's subject or a named index will do
        label = strip_measure(clause, owners=owners)
        previous = clauses[index + 1][0] if index + 1 < len(clauses) else ""
        if label and joiner.strip().casefold() == "và" and previous.strip() and not holds_number(previous):
            # coordinated nouns: "doanh thu xuất khẩu phần mềm và dịch vụ công nghệ thông tin đạt …"
            joined = strip_measure(f"{previous} và {clause}", owners=owners)
            if joined and not is_place(joined):
                label = joined
        if not label:
            continue
        if is_place(label):
            place = place or label
            continue
        return label, _first(owners, place)
    return place, _first(owners, place)


def _first(owners: list[str], place: str) -> str | None:
    """The place nearest the figure: the first owner dropped ("của Huế"), else a bare subject."""
    return owners[0] if owners else place or None


def _figure_numbers(clause: str) -> list[re.Match[str]]:
    """The numbers of a clause that are not part of a time ("năm 2024", "9 tháng")."""
    masked = _TIME_NUMBER.sub(lambda match: " " * len(match.group(0)), clause)
    return list(_NUMBER.finditer(masked))


def _subject_of(clause: str, number_start: int) -> str:
    """What comes before the verb nearest a clause's first figure: "Tỷ lệ hộ gia đình có Internet của
    vùng là 71%" → "Tỷ lệ hộ gia đình có Internet của vùng"."""
    verbs = [m for m in _SUBJECT_VERB.finditer(clause) if m.end() <= number_start + 1]
    return clause[: verbs[-1].start()] if verbs else clause


def _opens_with_source(clause: str) -> bool:
    body = _FILLER_START.sub("", clause.strip())
    body = re.sub(r"^kết quả(?:\s+(?:đánh giá|công bố|xếp hạng))?\s+", "", body, flags=re.IGNORECASE)
    return _words_pattern("sources", at="start").match(body) is not None


def measure_about(text_after: str) -> str:
    """A rank's field named after it: "… dẫn đầu Đông Nam Á về đổi mới sáng tạo" → "đổi mới sáng tạo"."""
    about = _ABOUT_AFTER.match(text_after)
    if not about:
        return ""
    return strip_measure(_ABOUT_END.sub("", about.group("what")))


def extend_counted(text: str, end: int, phrase: str) -> str:
    """The noun after "X%" run on to its verb: "87% người trưởng thành đã có …" → "người trưởng thành".

    ``phrase`` is the noun run the tagger found, ending at ``end``.
    """
    stops = {cue.split()[0].casefold() for cue in _cue_list("after_stops")}
    run = re.match(r"[^,;:.()!?\"“”]*", text[end:])
    extra: list[str] = []
    for word in (run.group(0) if run else "").split():
        if word.casefold() in stops or len(phrase.split()) + len(extra) >= MAX_WORDS:
            break
        extra.append(word)
    return " ".join([phrase, *extra])


def read_measure(
    text: str, reading: Reading, kind: FigureKind, unit_text: str, after: str | None
) -> tuple[str | None, str | None]:
    """What a figure measures, from its own sentence: the noun run after "X%", else its label before;
    and the place it is measured for, when the sentence names one."""
    measure, place = measure_before(text, reading.start)
    if kind in {"count", "number_word"} and unit_text and unit_text.casefold() not in time_units():
        # "Số doanh nghiệp công nghệ số đang hoạt động là 1.230 doanh nghiệp": the label says which ones
        label = re.match(r"(?:tổng số|số lượng|số)\s+(?P<what>.+)", measure, re.IGNORECASE)
        if label and label.group("what").casefold().startswith(unit_text.casefold()):
            return measure, place
        return unit_text, place
    if after:
        return after, place
    return measure or unit_text or None, place


@cache
def _counted_terms() -> tuple[tuple[str, ...], ...]:
    keys = {tuple(p.casefold() for p, _, _ in pieces_of(term)) for term in glossary()}
    return tuple(sorted(keys, key=len, reverse=True))


def find_subject(sentence: str, unit: str, number_start: int) -> str | None:
    """The domain entity a figure is about: a glossary term the unit heads or holds, else the nearest."""
    folded = sentence.casefold()
    unit_folded = unit.casefold()
    head = unit_folded.split()[0] if unit_folded.split() else ""
    spans: list[tuple[int, int, str]] = []
    for term in glossary():
        for match in re.finditer(rf"(?<!\w){re.escape(term.casefold())}(?!\w)", folded):
            spans.append((match.start(), match.end(), term))
    present = [
        (start, term)
        for start, end, term in spans
        if not any(
            outer_start <= start and end <= outer_end and (outer_end - outer_start) > (end - start)
            for outer_start, outer_end, _ in spans
        )
    ]
    if not present:
        return None
    for _, term in sorted(present, key=lambda found: -len(found[1])):
        if term.casefold().split()[0] == head or term.casefold() in unit_folded:
            return term
    return min(present, key=lambda found: (abs(found[0] - number_start), -len(found[1])))[1]
