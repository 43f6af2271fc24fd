"""What one figure measures and what it is about, read from its own sentence."""

from __future__ import annotations

import re
from functools import cache

from analysis.figures.cues import cue_words, drop_named_examples, ending_pattern, ends_with, time_units
from analysis.figures.measure.clauses import _counted_after_number, measure_before
from analysis.figures.measure.counted import (
    _counted_run,
    _without_owner_in_run,
    done_to_count,
    extend_counted,
)
from analysis.figures.measure.empty import is_empty_measure
from analysis.figures.measure.index import index_before, scored_on
from analysis.figures.measure.label import MAX_WORDS, drop_pronoun_owner, holds_number, strip_measure
from analysis.figures.measure.places import is_place, named_place
from analysis.figures.measure.words import (
    _cue_list,
    _folded,
    _words_pattern,
    changes_a_count,
    hedges_alternation,
)
from analysis.figures.reading import Reading
from analysis.figures.units import is_currency
from analysis.nlp import glossary
from analysis.resources import load_toml
from analysis.text import normalize_text, phrase_alternation
from analysis.types import FigureKind

_SHARE_OF_SOME = re.compile(r"\s+số\s+(?=[^\W\d_])", re.IGNORECASE)


def read_measure(
    text: str, reading: Reading, kind: FigureKind, unit_text: str, after: str | None
) -> tuple[str | None, str | None]:
    """What a figure measures, from its own sentence: the noun run after "X%", else its label before;
    and the place it is measured for, when the sentence names one.

    >>> from analysis.figures.reading import reading_at
    >>> text = "Bà Lan cho biết hơn 60% khách của bà thanh toán bằng mã QR."
    >>> start = text.index("hơn")
    >>> read_measure(text, reading_at(start, start + 7), "percent", "%", "khách của bà thanh toán bằng mã QR")
    ('khách thanh toán bằng mã QR', None)
    """
    measure, place = _read_measure(text, reading, kind, unit_text, after)
    return (drop_named_examples(drop_pronoun_owner(measure)) if measure else measure), place


@cache
def _verb_at_end(verbs_list: str) -> re.Pattern[str]:
    """A verb of the data list ``verbs_list`` at the end of a text, perhaps with hedges after it ("chiếm
    tới |", "đạt hơn |")."""
    hedges = phrase_alternation(_cue_list("verb_hedges"))
    verbs = phrase_alternation(_cue_list(verbs_list))
    return re.compile(rf"(?<!\w)(?:{verbs})(?:\s+(?:{hedges}))*\s*$", re.IGNORECASE)


def _label_verb_right_before(text: str, start: int) -> bool:
    """Whether a verb that states a value stands right before the number ("đạt | hơn 380.000 lượt", "có",
    "là"): what comes before it is the figure's label, not who did something to the ones counted ("ghi
    nhận", "tiếp nhận" are deeds)."""
    hedged = re.search(rf"(?:\s+(?:{hedges_alternation()}))+\s*$", text[:start], re.IGNORECASE)
    return ends_with("stated_value_verbs", text[: hedged.start() if hedged else start])


def _words_right_before(text: str, start: int) -> bool:
    """Whether words of the number's own clause come right before it ("… rà soát dữ liệu của | 1,12 triệu"),
    not a colon or a comma ("Về chữ ký số từ xa: | 8,9 triệu người …")."""
    return re.search(r"[^\W\d_]\s*$", text[:start]) is not None


def _has_right_before(text: str, start: int) -> bool:
    """Whether a have verb comes right before the number: "Ứng dụng Hà Nội số có | hơn 1,5 triệu người dùng"
    (whose the count is, before it; what it counts, after it)."""
    return _words_pattern("have_verbs", at="end").search(text[:start]) is not None


def _verb_like(label: str) -> bool:
    """A label of one or two words in lower case, right before a count: a verb ("thu hút", "tiếp đón"), not
    a name of what is counted."""
    words = label.split()
    return len(words) <= 2 and all(word.isalpha() and word.islower() for word in words)


def _read_measure(
    text: str, reading: Reading, kind: FigureKind, unit_text: str, after: str | None
) -> tuple[str | None, str | None]:
    measure, place = measure_before(text, reading.start)
    if after and _words_pattern("run_stops", at="start").match(after):
        after = None  # "so với mức 41% hồi tháng 6/2023": a word that ends a run names nothing counted
    # "dành 3-4 tỷ đồng để duy trì …": a range of money is money
    money = kind == "money" or (kind == "range" and is_currency(unit_text))
    spends = money or (kind == "rate" and is_currency(unit_text))  # "… 860 triệu đồng mỗi năm"
    whole_sum = _whole_sum(text, reading) if money else ""
    if whole_sum:
        return whole_sum, place
    by_its_verb = _money_by_its_verb(text, reading) if spends else ""
    if by_its_verb:
        return by_its_verb, place
    spent_on = _money_noun_after(text, reading.end) if money else ""
    if spent_on:
        return spent_on, place
    spent_for = _sum_done(text, reading) if money else ""
    if spent_for:
        return spent_for, place
    earned = _EARNED.match(measure) if kind == "money" else None
    if earned and _words_pattern("money_nouns", at="start").fullmatch(earned.group("noun")):
        whose, noun = earned.group("whose"), earned.group("noun")
        if is_place(whose) or is_empty_measure(whose, place):
            return noun, place or named_place(whose)  # "Hà Nội đạt doanh thu 12.000 tỷ đồng": Hà Nội's
        # "Thị trường an toàn thông tin mạng đạt doanh thu khoảng 6.200 tỷ đồng": the revenue of the market
        opening = whose[:1].lower() + whose[1:] if whose[1:2].islower() else whose  # "Thị trường" opened it
        return f"{noun} {opening}", place
    aspect = _aspect_after(text, reading) if kind == "percent" else ""
    if aspect:
        # "Bộ phận một cửa huyện Châu Đức đạt tỷ lệ 96,4% về …": a bare "tỷ lệ" right before the value
        bare_rate = re.search(r"(?<!\w)tỷ lệ\s*$", text[: reading.start], re.IGNORECASE) is not None
        return _measured_in_aspect("tỷ lệ" if bare_rate else measure, place, aspect), place
    scored = scored_on(text[reading.end :]) if kind == "score" else ""
    if scored:
        # "Sở Công Thương đạt 0,6215 điểm về hạ tầng số": the score is of the pillar, for the one before it
        return scored, place or (measure if is_place(measure) else None)
    if kind in {"score", "rank"} and is_empty_measure(measure, place):
        # "Theo Báo cáo Chỉ số … (EBI) năm 2024, Hà Nội và TP HCM lần lượt đạt 92,5 và 91,8 điểm": a score or
        # a rank with only places before it is in the index the sentence named
        measure = index_before(text, reading.start) or measure
    counted_per = _counted_per(unit_text) if kind == "rate" else ""
    if counted_per and _words_pattern("topic_heads", at="start").match(measure):
        return measure, place  # "công suất nhận dạng 1.250 xe/giờ": a quantity named, not the things counted
    counted_before = _counted_before(text, reading.start, counted_per) if counted_per else ""
    if counted_before:
        # "… 74.000 doanh nghiệp công nghệ số, tương đương 0,74 doanh nghiệp trên 1.000 dân": the same ones
        return counted_before, place
    if (
        counted_per
        and counted_per.casefold() not in measure.casefold()
        and not (
            counted_per.casefold() in _folded("generic_counters") and not is_empty_measure(measure, place)
        )
    ):
        # "11,2 bác sĩ và 29,8 giường bệnh trên 10.000 dân": a rate of things counted per head measures them,
        # whatever noun an earlier clause named; "số nhà nghiên cứu đạt 12 người trên 10.000 dân" says who
        # the generic "người" are; "mỗi ngày … 1.200 hồ sơ được tiếp nhận" says more of them after the noun
        named_after = after is not None and after.casefold().startswith(f"{counted_per.casefold()} ")
        # "Mỗi ngày, cổng tiếp nhận 1.200 hồ sơ": a count per period framed before it, done to as a count is
        # "mỗi tổng đài tiếp nhận bình quân 640 cuộc gọi/ngày": a bare noun per period says which ones by what
        # was done to them, with no run after it; a longer one says it by itself
        own = text[reading.start : reading.end]
        at = own.casefold().find(counted_per.casefold())
        rest = own[at + len(counted_per) :] if at >= 0 else "-"
        bare = re.match(r"\s*(?:[/,;.]|mỗi\s|một\s|trên\s|$)", rest, re.IGNORECASE) is not None
        reads_done = (after is not None or bare) and not named_after
        done = done_to_count(text, reading.start, counted_per) if reads_done else ""
        return (after if named_after else done or counted_per), place
    done_per = (
        done_to_count(text, reading.start, counted_per)
        if counted_per.casefold() in _folded("generic_counters")
        else ""
    )
    if done_per:
        # "quầy tiếp dân của sở tiếp nhận gần 250 lượt người mỗi ngày": who did it names no measure; the
        # generic ones counted, with what was done to them, do
        return done_per, place
    if (
        kind in {"count", "number_word"} or changes_a_count(kind, unit_text)
    ) and unit_text.casefold() not in time_units():
        served = (
            _served_by_deed(text, reading, after or unit_text)
            if unit_text.casefold() not in _folded("quantity_units")
            else ""
        )
        if served:
            return served, place
        # "Số doanh nghiệp công nghệ số đang hoạt động là 1.230 doanh nghiệp", "Sản lượng bưu gửi phục vụ
        # thương mại điện tử đạt 2,4 tỷ bưu gửi": the label says which ones
        label = re.match(
            r"(?:tổng số|số lượng|số|sản lượng|lượng|tổng)\s+(?P<what>.+)", measure, re.IGNORECASE
        )
        if label and label.group("what").casefold().startswith(unit_text.casefold()):
            return measure, place
        if after is None and measure.casefold().startswith(f"{unit_text.casefold()} "):
            # "Trong đó, hồ sơ trực tuyến toàn trình là 312.400 hồ sơ": the label names the unit more narrowly
            return measure, place
        if (
            unit_text.casefold() in _folded("quantity_units")
            and measure
            and not is_empty_measure(measure, place)
            # "…, thông qua 7,9 triệu TEU": a verb names no quantity; "với dung lượng khoảng 410 TB" does
            and (not _verb_like(measure) or _words_pattern("topic_heads", at="start").match(measure))
        ):
            # "với tổng diện tích hơn 28.500 ha": a quantity, not things counted; its label says what
            return measure, place
        earlier = _same_counter_before(text, reading.start, unit_text)
        if earlier:
            return earlier, place
        acted_by = _passive_agent().search(text, 0, reading.start)
        if acted_by and after and not is_place(measure) and not is_empty_measure(measure, place):
            # "Ứng dụng eTax Mobile được 41.200 người nộp thuế cài đặt": those counted did it to the subject
            subject = measure[:1].lower() + measure[1:] if measure[1:2].islower() else measure
            return f"{after} {subject}", place
        generic = unit_text.casefold() in _folded("generic_counters")
        done = done_to_count(text, reading.start, after or unit_text) if generic else ""
        if done:
            # "các tổ đã hỗ trợ trên 36.000 người": who did it names no measure; the ones counted, with what
            # was done to them, do; a longer run after the count says which ones by itself ("Đoàn thanh niên
            # đã giúp 4.300 người cao tuổi", "phát hiện 412 trường hợp có dấu hiệu rủi ro")
            return (after if after and len(after.split()) > 2 else done), place
        if (
            generic
            and after
            and len(after.split()) > 2
            and _words_right_before(text, reading.start)
            and not _label_verb_right_before(text, reading.start)
        ):
            # "Chúng tôi rà soát dữ liệu của 1,12 triệu người tham gia BHYT": with no "đạt", "là" or "có" to
            # name it, the clause before the count is who acted; the run after it says which ones
            owners_of: list[str] = []
            counted = _without_owner_in_run(after, owners_of)
            return counted, place or named_place(owners_of[0] if owners_of else None)
        if (
            generic
            and measure
            and measure.casefold() not in _folded("generic_counters")  # "1,5 triệu người, trong đó 530.000 …"
            and not is_empty_measure(measure, place)
            and not (after and _verb_like(measure))  # "thu hút 186.500 lượt người tham gia": who took part
            # "Cơ quan phát hiện 126 trường hợp vừa hưởng trợ cấp …": who did what to them, not which ones
            and not (after and _words_pattern("actions", at="end").search(measure))
            # "Sau khi nhận tin nhắn, 312 lượt … đã được chủ hộ xử lý": what was done to them says which ones
            and not (after and re.search(r"\s(?:được|bị)\s", f" {after} "))
            and not (after and _has_right_before(text, reading.start))  # "Ứng dụng X có 1,5 triệu người dùng"
            # "nâng tỷ lệ … lên 90% và đạt 25.000 người dùng ứng dụng": a label before another figure is that
            # figure's; the run after says which ones
            and not (after and len(after.split()) > 2 and _joined_after_a_figure(text, reading.start))
        ):
            # "lượng khách tra cứu trên ứng dụng đạt hơn 380.000 lượt": "lượt" says nothing of what
            return measure, place
        fuller = _unit_named_fuller_before(text, reading.start, unit_text)
        if fuller and (not after or after.casefold() == unit_text.casefold()):
            # "hệ thống vé điện tử … đã bán được 2,35 triệu vé": the bare counter is the ones named before
            return fuller, place
        if after:  # "2.318 máy tính nhiễm mã độc", "1,02 triệu người tham gia": the noun run says which ones
            owners_after: list[str] = []
            counted = _without_owner_in_run(after, owners_after)
            return counted, place or named_place(owners_after[0] if owners_after else None)
        return unit_text, place
    served_share = _served_by_deed(text, reading, unit_text) if kind == "share" and unit_text else ""
    if served_share:
        return served_share, place  # "hoàn thành cơ sở dữ liệu đất đai cho 12/12 huyện, thành phố"
    if kind == "share" and unit_text and after is None:
        # "hơn 1/4 số xã trong tỉnh đã có …", "5/8 bệnh viện tuyến huyện đã áp dụng …": like a count, the
        # noun run after the fraction says which ones, whatever the clause before it says
        counted = re.sub(r"^.*?\d+\s*/\s*\d+\s*", "", text[reading.start : reading.end])
        owners: list[str] = []
        run = _without_owner_in_run(
            extend_counted(text, reading.end, counted, counted=True, share=True), owners
        )
        if run:
            return run, place or named_place(owners[0] if owners else None)
    if kind == "percent" and _takes_a_part(text, reading) and not is_empty_measure(measure, place):
        # "Phụ nữ chiếm 36% số học viên": the women are measured, as a share of the learners
        return measure, place
    share_of = _SHARE_OF_SOME.match(text, reading.end) if kind == "percent" and after is None else None
    own_clause = re.split(r"[,;:]|\s(?:và|còn)\s", text[: reading.start])[-1]
    named_in_clause = bool(strip_measure(own_clause)) and not is_empty_measure(measure, place)
    if share_of and not (named_in_clause and not _verb_like(measure)):
        # "đạt 38% số người trưởng thành": the share is of those counted after it, when nothing before names
        # what it measures ("Thu học phí không dùng tiền mặt đạt 42% số trường" is of the fee collection)
        counted = extend_counted(text, share_of.end(), "", counted=True, share=True)
        if counted and not is_place(counted):
            return f"số {counted}", place
    whole = after is not None and after.casefold() in cue_words("whole_nouns")
    if whole and not is_empty_measure(measure, place):
        # "… lần lượt đạt 71% và 64% dân số": the population is what the share is of, not what it measures;
        # "mạng 4G đã phủ sóng 99,8% dân số": the subject is, not its verb
        return re.split(r"\s+(?:đã|đang|vừa|sẽ)\s+", measure, maxsplit=1)[0], place
    if (
        after is not None
        and after.casefold() in cue_words("target_wholes")
        and (is_empty_measure(measure, place) or _verb_like(measure))
    ):
        # "Số thu ngân sách đạt 420.000 tỷ đồng, vượt 11% dự toán": a share of the plan whose clause names
        # nothing else measures the figure before it (carried from there), not the plan; "Bộ hoàn thành 100%
        # chỉ tiêu" keeps the plan
        return None, place
    if after:
        # "… lần lượt đạt 71% và 64% dân số": the population is what the share is of, not what it measures
        owners: list[str] = []
        counted = _without_owner_in_run(after, owners)
        return counted, place or named_place(owners[0] if owners else None)
    taken = _time_taken(measure) if kind == "count" and unit_text.casefold() in time_units() else ""
    if taken:
        return taken, place
    subset = _subset_share(text, reading) if kind == "percent" and after is None else ""
    if subset:
        return subset, place
    acted = _acted_share(text, reading) if kind == "percent" and after is None else ""
    if acted:
        return acted, place
    # only a counted noun names what is measured; "đồng", "%", "điểm", "lần" do not: "cần khoảng 45 tỷ đồng"
    # with no label is better left unnamed (and may take a neighbour's measure)
    return measure or (unit_text if _names_what_is_counted(kind, unit_text) else "") or None, place


# "… lên 90% | và đạt", "… lên trên 40% tổng doanh thu | và đạt": a figure, its noun or whole, then a joining
# verb
_AFTER_A_FIGURE = re.compile(
    r"\d[\d.,]*(?:\s*%)?(?:\s+[^\W\d_]+){0,4}?\s*(?:,\s*)?(?:(?:và|đồng thời)\s+)?(?:đạt|có)\s*$",
    re.IGNORECASE,
)


def _joined_after_a_figure(text: str, start: int) -> bool:
    """Whether only a joining verb stands between the figure before and this one ("… lên 90% và đạt |")."""
    return _AFTER_A_FIGURE.search(text, 0, start) is not None


# "…, cấp chứng chỉ điều khiển cho 187 người": the deed done for the ones counted, after who did it
_FOR_BEFORE = re.compile(r"(?<!\w)cho\s+(?:(?:hơn|gần|khoảng|trên|chừng|xấp xỉ)\s+)?$", re.IGNORECASE)
_NAME_FIRST = re.compile(r"^(?:(?-i:[A-ZĐ])\w*|và)(?:\s+(?:(?-i:[A-ZĐ])\w*|và|\d+))*\s+(?=(?-i:[a-zđ]))")


def _served_by_deed(text: str, reading: Reading, counted: str) -> str:
    """What was done for the ones a count counts, named before "cho": "Ngành đã cấp chữ ký số cho 1.180
    bác sĩ" → "bác sĩ được cấp chữ ký số" ("" when no "cho" stands right before the count, or the deed
    holds a number of its own or none is left once who did it is dropped)."""
    if not _FOR_BEFORE.search(text, 0, reading.start) or re.search(
        r"\s(?:đã|đang|được|bị)\s", f" {counted} "
    ):
        return ""
    clause = re.split(
        r"[,;:()]|\.\s|\s(?:và|còn|nhưng)\s", text[: _FOR_BEFORE.search(text, 0, reading.start).start()]
    )[-1]
    opened = list(_words_pattern("aspect_markers", at="any").finditer(clause))
    deed = (clause[opened[-1].end() :] if opened else _NAME_FIRST.sub("", clause.strip())).strip()
    if not opened:
        deed = _words_pattern("clause_connectives", at="start").sub("", deed)  # "…, đồng thời cấp … cho"
    if not opened and not _words_pattern("actions", at="start").match(deed):
        # "Các doanh nghiệp … tạo việc làm cho": without a marker, only a known deed shows where it opens
        return ""
    passive = re.match(r"được\s+", deed)
    deed = deed[passive.end() :] if passive else deed  # "Ứng dụng đã được cài cho …": "được" said once
    if not deed or not deed[:1].islower() or holds_number(deed) or len(deed.split()) > MAX_WORDS:
        return ""
    subject = clause[: opened[-1].start()].strip(" ,") if passive and opened else ""
    if subject and not is_place(subject) and not holds_number(subject) and len(subject.split()) <= MAX_WORDS:
        # "Cơ sở dữ liệu đất đai đã được xây dựng cho 11/13 huyện": what was done for them names the subject
        opening = subject[:1].lower() + subject[1:] if subject[1:2].islower() else subject
        return f"{counted} được {deed} {opening}"
    return f"{counted} được {deed}"


def _whole_sum(text: str, reading: Reading) -> str:
    """A sum that is the whole a part was done of: "thu hồi 12,4 tỷ đồng trên tổng số 15 tỷ đồng phải thu" →
    "tổng số tiền phải thu" ("" when no whole opener stands right before the sum)."""
    if ending_pattern("whole_openers").search(text[: reading.start]) is None:
        return ""
    what = strip_measure(_counted_run(text[reading.end :]))
    what = "" if holds_number(what) or is_place(what) else what
    return f"tổng số tiền {what}".strip()


def _time_taken(label: str) -> str:
    """The time a deed takes, named by the deed before its verb: "Mỗi xe qua làn ETC chỉ mất" → "thời gian mỗi
    xe qua làn ETC" ("" when the label does not end in such a verb)."""
    verb = _words_pattern("duration_verbs", at="end").search(label)
    deed = strip_measure(label[: verb.start()]) if verb else ""
    if not deed or is_place(deed):
        return ""
    return f"thời gian {deed[:1].lower() + deed[1:] if deed[1:2].islower() else deed}"


_ASPECT_AFTER = re.compile(r"\s+về\s+(?=[^\W\d_])", re.IGNORECASE)


def _aspect_after(text: str, reading: Reading) -> str:
    """What a share or a change is of, named right after it: "tăng 22% về vốn điều lệ", "đạt tỷ lệ 93,5% về
    hồ sơ chứng thực điện tử" ("" when no "về" follows the value)."""
    about = _ASPECT_AFTER.match(text, reading.end)
    if about is None:
        return ""
    what = strip_measure(_counted_run(text[about.end() :]))
    return what if what and not is_place(what) and not holds_number(what) else ""


def _measured_in_aspect(measure: str, place: str | None, aspect: str) -> str:
    """The measure of a figure with "về …" after it: a dimension of the quantity named before ("kim ngạch …
    tăng 12% về lượng"), else the quantity itself, a bare "tỷ lệ" before it included."""
    named = "" if is_empty_measure(measure, place) and measure.casefold() != "tỷ lệ" else measure
    quantity = named if named.casefold() != "tỷ lệ" else ""
    if aspect.casefold() in _folded("aspect_tails"):
        return f"{quantity or 'tỷ lệ'} về {aspect}"  # "tỷ lệ thi hành xong về việc"
    if aspect.casefold() in _folded("aspect_heads") and quantity:
        # "giá trị giao dịch qua QR": the aspect heads the quantity, as analysts write it
        lowered = quantity[:1].lower() + quantity[1:] if quantity[1:2].islower() else quantity
        return f"{aspect} {lowered}"
    return f"tỷ lệ {aspect}" if named.casefold() == "tỷ lệ" else aspect


def _takes_a_part(text: str, reading: Reading) -> bool:
    """Whether a share comes right after a verb that gives it to the part named before ("chiếm tới") and
    before the count it is a part of ("số học viên", "tổng số giao dịch", "lượt xe"); "chiếm 60% thị phần"
    measures the market share itself."""
    return (
        _verb_at_end("part_of_whole_verbs").search(text, 0, reading.start) is not None
        and _COUNT_OF_WHOLE.match(text, reading.end) is not None
    )


_COUNT_OF_WHOLE = re.compile(r"\s+(?:tổng\s+)?(?:số|lượt|tổng)\s+[^\W\d_]", re.IGNORECASE)


def _names_what_is_counted(kind: FigureKind, unit_text: str) -> bool:
    """Whether a figure's unit names things counted ("doanh nghiệp", "1.000 đến 1.500 doanh nghiệp …"), not a
    currency, a per cent, points or times."""
    if kind in {"count", "number_word", "share"}:
        return True
    # "2,3 bác sĩ/10.000 dân", "1.000 đến 1.500 doanh nghiệp", not "8.000 tỷ đồng mỗi năm" nor "8-12%"
    return kind in {"rate", "range"} and unit_text[:1].isalpha() and not is_currency(unit_text)


# how many words a noun named before may add to a bare counter ("máy" → "máy giao dịch tự động ATM đa năng")
_FULLER_WORDS = 7


def _unit_named_fuller_before(text: str, start: int, unit_text: str) -> str:
    """The counted noun as the sentence named it before the figure, when it named it more fully and with no
    figure between: "hệ thống vé điện tử … bán được 2,35 triệu vé" → "vé điện tử"."""
    if not unit_text[:1].isalpha() or is_currency(unit_text):
        return ""
    mentions = list(
        re.finditer(rf"(?<!\w){re.escape(unit_text)}\s+(?=[^\W\d_])", text[:start], re.IGNORECASE)
    )
    if not mentions or re.search(
        rf"\d[\d.,]*\s+{re.escape(unit_text)}(?!\w)|;", text[mentions[-1].end() : start], re.IGNORECASE
    ):
        # another count of the same noun between them ("… 500 máy tính …, 20 máy") names which ones itself,
        # and a clause of its own ends the mention ("Kỹ sư trực có thể …; mỗi ca chỉ cần hai kỹ sư"); a count
        # of another noun does not ("tặng máy điện thoại 4G cho 10.500 thuê bao: Viettel (6.400 máy)")
        return ""
    if re.search(r"\d[\d.,]*\s*(?:\S+\s+)?$", text[: mentions[-1].start()]):
        return ""  # an earlier figure's own noun: whether it carries is the carry step's to say
    between = text[mentions[-1].end() : start]
    if _words_pattern("other_whole_openers", at="any").search(between) or _words_pattern(
        "national_cues", at="any"
    ).search(between):
        return ""  # "…, trong khi cả nước có 2 triệu doanh nghiệp": another whole
    named = extend_counted(text, mentions[-1].start() + len(unit_text), unit_text, counted=True)
    named = _RAISED_TO_END.sub("", named)  # "nâng số sản phẩm có mã truy xuất | lên | 2.000 mã"
    words = named.split()
    fuller = len(unit_text.split()) < len(words) <= len(unit_text.split()) + _FULLER_WORDS
    # "Nhiều mã số nhất thuộc về …": the "nhất" of a list's head, no name
    superlative = {cue.split()[-1].casefold() for cue in _cue_list("list_heads") if cue.endswith("nhất")}
    # "máy điện thoại 4G" holds no figure of its own; "máy tính 20 triệu đồng" does
    if superlative & {word.casefold() for word in words} or is_place(named) or holds_number(named):
        return ""
    return named if fuller else ""


@cache
def _passive_agent() -> re.Pattern[str]:
    """ "Ứng dụng eTax Mobile được | 41.200 người nộp thuế cài đặt": after a name, the count is of who did it
    to the name, said after the number ("số hóa được 412.000 trang" is a verb's result, after no name)."""
    hedges = phrase_alternation(_cue_list("verb_hedges"))
    return re.compile(rf"(?-i:[A-ZĐ])[\w-]*\s+(?:được|bị)(?:\s+(?:{hedges}))?\s*$", re.IGNORECASE)


_RAISED_TO_END = re.compile(r"\s+(?:lên|xuống)(?:\s+(?:còn|mức))?\s*$", re.IGNORECASE)


def _same_counter_before(text: str, start: int, unit_text: str) -> str:
    """What an earlier figure of the sentence counted in the same generic counter, when the figure's own
    clause names nothing: "Năm 2022 cổng có 12.500 lượt truy cập; năm 2023 là 310.000 lượt." → "lượt truy
    cập" for 310.000."""
    if unit_text.casefold() not in _folded("generic_counters"):
        return ""
    own = re.split(r"[,;:]", text[:start])[-1]
    if strip_measure(own) or len(own) == start:
        return ""
    counter = re.compile(
        rf"\d(?:\s*(?:{phrase_alternation(_SCALES)}))?\s+{re.escape(unit_text)}(?!\w)", re.IGNORECASE
    )
    earlier = list(counter.finditer(text, 0, start - len(own)))
    if not earlier:
        return ""
    run = extend_counted(text, earlier[-1].end(), unit_text, counted=True)
    return run if run.casefold() != unit_text.casefold() and len(run.split()) <= MAX_WORDS else ""


_SCALES = ("triệu", "nghìn", "ngàn", "tỷ", "tỉ")


def _counted_before(text: str, start: int, noun: str) -> str:
    """What an earlier count of the sentence named more narrowly than a rate's counted ``noun`` does: "có
    74.000 doanh nghiệp công nghệ số, tương đương 0,74 doanh nghiệp trên 1.000 dân" → "doanh nghiệp công
    nghệ số"."""
    counter = re.compile(
        rf"\d(?:\s*(?:{phrase_alternation(_SCALES)}))?\s+{re.escape(noun)}(?!\w)", re.IGNORECASE
    )
    for earlier in reversed(list(counter.finditer(text, 0, start))):
        # which ones, not what they do now: the run ends before "đang hoạt động"
        now = re.search(r"\s+(?:đang|đã|vừa|sẽ)\s+", text[earlier.end() :])
        run = extend_counted(
            text[: earlier.end() + now.start()] if now else text, earlier.end(), noun, counted=True
        )
        if run.casefold().startswith(f"{noun.casefold()} ") and len(run.split()) <= MAX_WORDS:
            return run
    return ""


_EARNED = re.compile(
    r"^(?P<whose>.+?)\s+(?:đạt|có|thu về|ghi nhận)\s+(?P<noun>[^\d,;]{2,20})$", re.IGNORECASE
)
# "với tổng số tiền hơn 312 tỷ đồng được nộp vào ngân sách": a sum named only "số tiền", then what was done
_SUM_LABEL = re.compile(r"(?<!\w)(?:tổng\s+)?số tiền\s*$", re.IGNORECASE)
_DONE_AFTER = re.compile(r"\s*(?P<done>(?:đã\s+)?được\s+[^,;.()]+)", re.IGNORECASE)


def _sum_done(text: str, reading: Reading) -> str:
    """ "… tổng số tiền hơn 312 tỷ đồng được nộp vào ngân sách qua Cổng dịch vụ công" → "số tiền được nộp
    vào ngân sách" (where it was paid goes, as from any measure)."""
    done = _DONE_AFTER.match(text, reading.end)
    if not _SUM_LABEL.search(text[: reading.start]) or done is None:
        return ""
    phrase = strip_measure(f"số tiền {done.group('done')}")
    return phrase if len(phrase.split()) <= MAX_WORDS else ""


@cache
def _money_verbs() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """The verbs of ``measure.money_verbs`` right before a sum (with "được" and hedges such as "khoảng"
    between), and for each the sum's name, the words before what it is spent on and the words after a money
    noun that follows it."""
    table = {
        normalize_text(verb).casefold(): (normalize_text(noun), normalize_text(spent), normalize_text(done))
        for verb, (noun, spent, done) in load_toml("figure_grammar.toml")["measure"]["money_verbs"].items()
    }
    hedges = phrase_alternation(_cue_list("verb_hedges"))
    verbs = phrase_alternation(tuple(table))
    # "doanh thu được": the revenue's name, not the verb "thu được"
    pattern = re.compile(
        rf"(?<!\w)(?<!doanh )(?<!nguồn )(?P<verb>{verbs})(?:\s+được)?(?:\s+(?:{hedges}))*\s*$", re.IGNORECASE
    )
    return pattern, table


@cache
def _collected() -> re.Pattern[str]:
    """ "… thu viện phí không dùng tiền mặt được | 186 tỷ đồng": a sum collected, with what was collected
    between."""
    return re.compile(
        rf"(?<![\w])(?<!doanh )(?<!nguồn )thu\s+(?P<what>[^\W\d_][^,;:()\d]*?)\s+được"
        rf"(?:\s+(?:{hedges_alternation()}))*\s*$",
        re.IGNORECASE,
    )


# what a sum was spent on, after it: "… 96 tỷ đồng để xây dựng trung tâm dữ liệu", "… cho hạ tầng số, gồm …"
_SPENT_FOR = re.compile(
    r"\s*(?:(?:trong|vào)\s+(?:năm|giai đoạn)\s+[\d\s–-]+)?\s*(?:(?:cho|để|vào|nhằm)\s+)?"
    r"(?P<what>[^\W\d_][^,;:.()]*)",
    re.IGNORECASE,
)
_SPENT_FOR_WORDS = MAX_WORDS


def _money_by_its_verb(text: str, reading: Reading) -> str:
    """A sum named by the verb right before it (``measure.money_verbs``), with what it was spent on or
    the money noun after it.

    >>> from analysis.figures.reading import reading_at
    >>> text = "Riêng Viettel Đắk Lắk đầu tư 190 tỷ đồng."
    >>> _money_by_its_verb(text, reading_at(text.index("190"), text.index(".")))
    'vốn đầu tư'
    >>> text = "Năm 2024, tỉnh bố trí 96 tỷ đồng để xây dựng trung tâm dữ liệu."
    >>> _money_by_its_verb(text, reading_at(text.index("96"), text.index(" để")))
    'kinh phí xây dựng trung tâm dữ liệu'
    """
    pattern, table = _money_verbs()
    verb = pattern.search(text, 0, reading.start)
    collected = _collected().search(text, 0, reading.start) if verb is None else None
    what = collected.group("what") if collected else ""
    if what and not holds_number(what) and len(what.split()) <= MAX_WORDS:
        # "các cơ sở y tế đã thu viện phí không dùng tiền mặt được 186 tỷ đồng": what was collected, not who
        return f"số thu {what}"
    if verb is None:
        return ""
    subject = re.split(r"[,;:()]", text[: verb.start()])[-1].strip()
    if (
        _words_pattern("money_nouns", at="start").match(subject)
        or _SUM_LABEL.search(subject)
        or _SUM_LEVEL.search(subject)
        or re.search(r"(?<!\w)mà\s", subject)
    ):
        # "ngân sách tỉnh bố trí 248 tỷ đồng", "… có tổng mức đầu tư 120 tỷ đồng", "Chi phí in ấn mà cơ quan
        # tiết kiệm được …": a sum named before its verb
        return ""
    noun, spent_on, done = table[verb.group("verb").casefold()]
    if noun.endswith(" của"):
        # "Mỗi lớp tập huấn trực tiếp tốn khoảng 40 triệu đồng": the cost is of the subject
        whose = strip_measure(subject)
        noun = noun.removesuffix(" của")
        if whose and not is_place(whose):
            return f"{noun} {whose[:1].lower() + whose[1:] if whose[1:2].islower() else whose}"
        return noun
    named = _money_noun_after(text, reading.end, lists=True)
    if named:
        # "tiết kiệm 1,3 tỷ đồng tiền in phim, giấy" → "tiền in phim, giấy tiết kiệm"
        return f"{named} {done}"
    spent = _SPENT_FOR.match(text, reading.end)
    what = spent.group("what").strip() if spent else ""
    stop = _words_pattern("spent_on_stops", at="any").search(what)
    what = what[: stop.start()].strip() if stop else what
    if not what or len(what.split()) > _SPENT_FOR_WORDS:
        return noun  # "bố trí 156 tỷ đồng cho giai đoạn 2023-2025": when, not what for
    if re.search(r"(?<!\w)(?:này|đó|ấy|trên)$", what, re.IGNORECASE):
        return ""  # "… dành 18 tỷ đồng cho việc này": what it is for was named before
    return f"{spent_on} {what}"


# a sum's level ending the words before its verb ("… có tổng mức đầu tư 120 tỷ đồng"); "số tiền" is its label
_SUM_LEVEL = re.compile(r"(?<!\w)(?:tổng mức|mức|tổng)\s*$", re.IGNORECASE)


def _money_noun_after(text: str, end: int, *, lists: bool = False) -> str:
    """What a sum of money is, when a money noun follows its currency, up to the end of its clause:
    "… khoảng 350 tỷ đồng tiền thuế chậm nộp" → "tiền thuế chậm nộp"."""
    if not _words_pattern("money_nouns", at="start").match(text[end:].lstrip()):
        return ""
    # a sum's own noun ("tiền tàu xe, ăn ở", "chi phí nhân công và vật tư") runs as a share's noun does
    run = extend_counted(text, end, "", counted=not lists)
    if not (lists and _LISTED_TO_END.fullmatch(run)):
        # "tiền in phim, giấy" to the end of its clause is one list; "tiền thuế, tăng 5%" is not
        run = run.split(",")[0]
    run = run.strip()
    return run if len(run.split()) <= MAX_WORDS else ""


_LISTED_TO_END = re.compile(r"[^,]+(?:,\s*[^\W\d_][^,]{0,30}){1,2}")


def _counted_per(unit_text: str) -> str:
    """The things a rate counts ("giường bệnh" of "giường bệnh/10.000 dân"); "" for money or a quantity
    per time ("triệu đồng/năm", "USD/người", "GB/tháng")."""
    counted = unit_text.split("/", 1)[0].strip() if "/" in unit_text else ""
    words = counted.casefold().split()
    if not words or not all(word.isalpha() and word.islower() for word in counted.split()):
        return ""
    if any(word in _folded("quantity_units", "money_words") or word in time_units() for word in words):
        return ""
    return counted


def _subset_share(text: str, reading: Reading) -> str:
    """ "…, trong đó 12% là hộ nghèo": a share of the ones the clause before counted that names them after
    "là" measures those ("hộ nghèo"); what such a part did is read with its whole in ``carry``."""
    clauses = re.split(r"[,;:]", text[: reading.start])
    own = clauses[-1].strip()
    if len(clauses) < 2 or own.casefold() not in _folded("subset_openers"):
        return ""
    counted = _counted_after_number(clauses[-2])
    if not counted or is_place(counted):
        return ""
    rest = text[reading.end :].lstrip()
    named = re.match(r"là\s+", rest, re.IGNORECASE)
    if named:  # "…, trong đó 12% là hộ nghèo": the ones it names
        run = strip_measure(re.split(r"[,;.()]", rest[named.end() :], maxsplit=1)[0])
        return run if 0 < len(run.split()) <= MAX_WORDS and not is_place(run) else ""
    return ""  # what the part did is read with the whole before it (``carry``)


def _acted_share(text: str, reading: Reading) -> str:
    """ "…, nhưng mới có 62% triển khai đầy đủ phương án bảo đảm an toàn": a share with no noun of its own
    and no label in its own clause measures the verb phrase after it, to the end of that clause."""
    # "…, 29% đã dùng phần mềm … và chỉ 8% dùng dữ liệu …": "và" before the next share opens its clause
    own = re.split(r"[,;:]|\s+và\s+", text[: reading.start])[-1]
    own = _words_pattern("contrast_openers", at="start").sub("", own.strip())
    if strip_measure(own):
        return ""
    after = text[reading.end :].lstrip()
    marked = _words_pattern("aspect_markers", at="start").match(after)
    rest = after[marked.end() :].lstrip() if marked else after
    # "…, 31% đã bán hàng qua sàn": after "đã" any verb in lower case; without it, a known one
    if not (marked and rest[:1].islower() and rest[:1].isalpha()) and not _words_pattern(
        "share_verbs", at="start"
    ).match(rest):
        return ""
    phrase = re.split(
        r"[,;.()]|\s+(?:nhưng|trong khi|còn)\s|\s+và\s+(?=(?:[^\W\d_]+\s+){0,2}\d)", rest, maxsplit=1
    )[0].strip()
    head = _share_head_before(text[: reading.start])
    if head:
        phrase = f"{head} {phrase}"  # "41% doanh nghiệp có website, 23,6% tham gia sàn …": the same ones
    return phrase if len(phrase.split()) <= MAX_WORDS else ""


def _share_head_before(before: str) -> str:
    """The ones an earlier share of the sentence counted, up to what they did: "41% doanh nghiệp trên địa
    bàn có website, …" → "doanh nghiệp"."""
    shares = list(re.finditer(r"\d%\s+(?P<run>[^\d,;:()%]+)", before))
    for share in reversed(shares):  # "53% doanh nghiệp …, 29% đã dùng …": the latest share that named them
        # "53% doanh nghiệp | mới dừng ở …": the ones counted end where what they did begins
        run = re.split(r"\s(?:đã|đang|vừa|mới|chỉ|còn|đều)\s", f" {share.group('run')} ", maxsplit=1)[0]
        verb = _words_pattern("share_verbs", at="any").search(run)
        cut = len(run) < len(f" {share.group('run')} ")  # an aspect word ended the ones counted
        head = _without_owner_in_run(run[: verb.start()] if verb else (run if cut else ""), [])
        head = _words_pattern("aspect_markers", at="end").sub("", head).strip()
        if 0 < len(head.split()) <= 4:
            return head
    return ""


def find_subject(sentence: str, unit: str, number_start: int) -> str | None:
    """The domain entity a figure is about: a glossary term the unit heads or holds, else the nearest;
    a longer term wins over a shorter one it holds.

    >>> find_subject("Có 1.380 doanh nghiệp công nghệ số đang hoạt động.", "doanh nghiệp", 3)
    'doanh nghiệp công nghệ số'
    """
    folded = sentence.casefold()
    unit_folded = unit.casefold()
    head = unit_folded.split()[0] if unit_folded.split() else ""
    pattern, canonical, rank = _glossary_matcher()
    # the longest term at every word start, overlaps too ("doanh nghiệp công nghệ số" holds "công nghệ số")
    spans = sorted(
        (
            (match.start(1), match.end(1), canonical[" ".join(match.group(1).split())])
            for match in pattern.finditer(folded)
        ),
        key=lambda span: rank[span[2]],
    )
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


@cache
def _glossary_matcher() -> tuple[re.Pattern[str], dict[str, str], dict[str, int]]:
    """The glossary as one compiled pattern (longest term first at each word start, read ahead so that
    overlapping terms are all found), each folded term's entry as written, and its place in the glossary."""
    canonical: dict[str, str] = {}
    for term in glossary():
        canonical.setdefault(" ".join(term.casefold().split()), term)
    rank = {term: place for place, term in enumerate(canonical.values())}
    terms = phrase_alternation(canonical)
    return re.compile(rf"(?<!\w)(?=((?:{terms}))(?!\w))"), canonical, rank
