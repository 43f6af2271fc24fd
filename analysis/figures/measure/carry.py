"""A figure whose sentence names no measure takes one from its neighbours: the figure before it, the index an
earlier sentence names, the topic of the sentence before, or the last of its series.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from analysis.figures.cues import cue_pattern, cue_words, ending_pattern, only_cues, pointer_alternation
from analysis.figures.measure.clauses import _subject_of, respective_part, respective_place
from analysis.figures.measure.counted import _counted_run, _is_generic, done_to_count
from analysis.figures.measure.empty import (
    _folded_text,
    _lists_names,
    _names_an_agent,
    _only_acts,
    is_empty_measure,
    is_list_frame,
)
from analysis.figures.measure.index import (
    INDEX_HEAD,
    INDEX_NAMED,
    INDEX_PLAIN,
    names_who_is_ranked,
    round_topic,
)
from analysis.figures.measure.label import MAX_WORDS, holds_number, strip_measure
from analysis.figures.measure.places import is_place, named_place, names_kinds_of_place
from analysis.figures.measure.words import (
    _cue_list,
    _folded,
    _words_pattern,
    changes_a_count,
    hedges_alternation,
    said_of_it_at_end,
)
from analysis.figures.units import is_currency
from analysis.text import phrase_alternation
from analysis.types import Figure, Sentence


def carry_measures(figures: Sequence[Figure], sentences: Sequence[Sentence]) -> list[Figure]:
    """A figure whose sentence names only a place takes the measure of the figure before it:
    "Tỷ lệ thanh toán trực tuyến đạt 24,6%. Cao nhất là Long An (44,1%)" measures both alike; so does a
    rank after "Về Chỉ số GII, Việt Nam xếp thứ 48", "Singapore đứng thứ 7" (a bare place may open the
    next paragraph); and "tăng 4 bậc" is a step in the rank before it."""
    paragraph = {sentence.index: sentence.paragraph for sentence in sentences}
    carried: list[Figure] = []
    for figure in figures:
        part = respective_part(figure.sentence, figure.start)
        if part:
            # "Hai trụ cột kinh tế số và xã hội số lần lượt đứng thứ 45 và 39": each part in turn, whatever a
            # series of ranks passed on from its first
            figure = replace(figure, measure=part)
        paired = respective_place(figure.sentence, figure.start)
        if paired and figure.place and paired != figure.place:
            # "thành phố Hải Phòng và tỉnh Nghệ An lần lượt đứng thứ 2 và 3": each place in turn, whatever a
            # series passed on from its first
            figure = replace(figure, place=named_place(paired))
        if figure.kind in {"rank", "score"} and names_who_is_ranked(
            figure.sentence, figure.start, figure.measure
        ):
            # "Về chỉ số tiếp cận điện năng, PC Long An xếp thứ 4/21", "Trong đợt đánh giá … năm 2023, Đài đạt
            # 612/1.000 điểm": ranked or scored in the round the sentence opens with, not by the body's name
            figure = replace(figure, measure=round_topic(figure.sentence) or figure.measure)
        fuller = _topic_named_in_full_before(figure, carried)
        if fuller:
            # "Về thanh toán, Bệnh viện … dẫn đầu với tỷ lệ thanh toán viện phí … 72%; Trung tâm … đạt 58%":
            # the topic, named in full by the figure before, is that figure's measure
            figure = replace(figure, measure=fuller)
        share = _share_the_points_change(figure, carried)
        if share is not None:
            carried.append(replace(figure, measure=share.measure))
            continue
        part = _as_part_of_the_whole_before(figure, carried)
        if part is not None:
            carried.append(part)
            continue
        valued = _value_of_the_count_before(figure, carried)
        if valued:
            # "… 2,1 tỉ giao dịch qua kênh số, …, với tổng giá trị 41 triệu tỉ đồng": the value of those
            carried.append(replace(figure, measure=valued))
            continue
        before = carried[-1] if carried and carried[-1].sentence_index == figure.sentence_index else None
        named = _count_the_whole_names(figure, carried)
        if named is not None:
            # "1,26 triệu vé … tại 11 điểm du lịch, chiếm 83% tổng số vé phát hành": the count again, as a
            # share of all the ones its whole names, not of the count nearest it
            carried.append(replace(figure, measure=named.measure, place=figure.place or named.place))
            continue
        done = _part_before_its_whole(before, carried) if before is not None else None
        if before is not None and _restates_as_share(figure, before, after_whole=done is not None):
            # "… 3.321 xã, phường đã kết nối hệ thống …, đạt 100%": the count again, as a share of all; "đã
            # thi hành xong 186,3 tỷ đồng trên tổng số 438 tỷ đồng …, đạt 42,5%": the part done, of its whole
            restated = done or before
            carried.append(replace(figure, measure=restated.measure, place=figure.place or restated.place))
            continue
        whole_done = _whole_the_count_reached(figure, before) if before is not None else ""
        if whole_done:
            # "… cho 1,1 triệu người dân, đạt 94,6% dân số toàn tỉnh": the share of the whole it names that
            # the count's deed reached ("dân số toàn tỉnh được lập hồ sơ …"), not the whole alone
            carried.append(replace(figure, measure=whole_done))
            continue
        if before is not None and _named_as_the_plan(figure, before):
            # "… đạt 8.950 tỷ đồng, bằng 112% dự toán, tăng 9,4% so với năm 2023": the rise is of the revenue,
            # not of the plan the share before it was of
            carried.append(replace(figure, measure=before.measure, place=figure.place or before.place))
            continue
        if before is not None and _of_the_plan(figure, before):
            # "Số thu ngân sách đạt 420.000 tỷ đồng, vượt 11% dự toán": the share of the plan the figure
            # before it reached, whatever its kind
            carried.append(replace(figure, measure=before.measure, place=figure.place or before.place))
            continue
        if before is not None and _changes_the_count_before(figure, before) and not _aspect_named(figure):
            # a total takes the noun counted before it ("… 6.000 doanh nghiệp công nghệ số, nâng tổng số lên
            # 58.000 doanh nghiệp"), a change that count's measure
            total = figure.kind in _COUNTED
            named_total = (
                total
                and before.unit.casefold() == figure.unit.casefold()
                and _total_before().search(figure.sentence, 0, figure.start) is not None
            )
            # "lắp thêm 20 camera, nâng tổng số lên 46 camera": the total of them, where the bare noun alone
            # would say nothing more than the unit; a longer noun before says which ones by itself
            measure = f"tổng số {before.unit}" if named_total else before.unit if total else before.measure
            carried.append(replace(figure, measure=measure))
            continue
        steps = figure.kind == "change" and figure.unit.casefold() in _folded("rank_steps")
        # "Các địa phương dẫn đầu gồm: …" opens a paragraph of places for the measure just given
        named = figure.measure or ""
        bare_place = bool(named) and (is_place(named) or is_list_frame(named))
        # "… tỷ lệ này chỉ khoảng 21%. || Bệnh viện Đa khoa tỉnh dẫn đầu với tỷ lệ 68%": a bare head opening
        # the next paragraph is the quantity just given, as a bare place is
        bare_head = " ".join(named.casefold().split()) in _folded("bare_heads")
        counts_things = changes_a_count(figure.kind, figure.unit)  # "có thêm 1.200 doanh nghiệp": which ones
        field = figure.unit if figure.kind in {"rank", "score", "change"} and not counts_things else ""
        # "xếp 59/193 quốc gia và vùng lãnh thổ, … với 54,48/100 điểm": the rank's field is no measure
        field += " " + " ".join(
            before.unit
            for before in carried
            if before.sentence_index == figure.sentence_index and before.kind == "rank"
        )
        fuller = _named_more_fully_before(figure, carried, paragraph)
        if fuller:
            # "… 1.480 kỹ sư thiết kế vi mạch … Năm 2025, mục tiêu là 2.000 kỹ sư": the same engineers
            carried.append(replace(figure, measure=fuller))
            continue
        done_to = _done_to_bare_count(figure)
        if done_to:
            # "trung tâm số hóa được 412.000 trang": a short noun no earlier count named more fully is known
            # by what was done to it ("trang được số hóa")
            carried.append(replace(figure, measure=done_to))
            continue
        if _counts_places(figure):
            # "… tại 63 tỉnh, thành phố", "14 bộ, ngành và 21 địa phương đã thí điểm …": the places are what
            # the count counts, not whom another figure is for
            carried.append(figure)
            continue
        purpose = _purpose_after(figure) if figure.kind in {"money", "range"} else ""
        if purpose and (
            is_empty_measure(figure.measure, figure.place)
            or _only_acts(_folded_text(figure.measure))
            or _names_an_agent(figure.measure or "")
        ):
            # "tỉnh dành 42 tỷ đồng cho các dự án chuyển đổi số": what the money is for
            carried.append(replace(figure, measure=purpose))
            continue
        if steps or is_empty_measure(figure.measure, figure.place, unit=field):
            ranked_list = figure.kind in {"rank", "score"} and is_list_frame(figure.measure)
            previous = (
                None
                if ranked_list
                else next(
                    (
                        before
                        for before in reversed(carried)
                        if figure.sentence_index - before.sentence_index <= 1
                        and (
                            bare_place
                            or bare_head
                            or paragraph.get(before.sentence_index) == paragraph.get(figure.sentence_index)
                        )
                        and (
                            before.kind in {"rank", "score"}
                            if steps
                            else _same_family(_family_kind(before), _family_kind(figure))
                        )
                        and not is_empty_measure(before.measure, before.place)
                        and not (
                            paragraph.get(before.sentence_index) != paragraph.get(figure.sentence_index)
                            and _is_component(before.sentence)
                        )
                    ),
                    None,
                )
            )
            if previous is None and figure.kind in {"rank", "score"}:
                # "Nhóm dẫn đầu gồm Hải Phòng (74,12 điểm) …": the index the article ranks by
                previous = next(
                    (
                        before
                        for before in reversed(carried)
                        if before.measure
                        and INDEX_HEAD.search(before.measure)
                        and not _is_component(before.sentence)
                    ),
                    None,
                )
            topic = topic_before(figure, sentences) if previous is None and not steps else ""
            index = (
                _index_named_earlier(figure, sentences) if figure.kind in {"rank", "score"} or steps else ""
            )
            if previous is not None:
                figure = replace(figure, measure=previous.measure)
            elif index and not topic:
                # "… công bố kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024. Theo đó, Kon Tum đạt 0,5127
                # điểm": the index an earlier sentence names
                figure = replace(figure, measure=index)
            elif topic:
                figure = replace(figure, measure=topic)
            elif ranked_list or _names_an_agent(figure.measure or ""):
                figure = replace(figure, measure=None)  # better no label than "Sở Tài chính đã bố trí"
            elif figure.kind == "rate" and "/" in figure.unit:
                figure = replace(
                    figure, measure=figure.unit.split("/")[0].strip()
                )  # "7,4 bác sĩ trên 10.000 dân"
            elif _only_acts(_folded_text(figure.measure)):
                figure = replace(figure, measure=None)  # nor than "tỉnh dành"
        carried.append(figure)
    return _fill_from_the_next(_share_the_deed(carried))


@cache
def _total_before() -> re.Pattern[str]:
    """ "… nâng tổng số lên (khoảng) |": a total named right before its number."""
    hedges = hedges_alternation()
    return re.compile(rf"(?<!\w)tổng\s+số\s+(?:lên|là|đạt)\s+(?:(?:{hedges})\s+)?$", re.IGNORECASE)


def _share_the_deed(figures: list[Figure]) -> list[Figure]:
    """ "14/22 bệnh viện tuyến tỉnh và 9/21 trung tâm y tế tuyến huyện đã triển khai bệnh án điện tử", "100%
    bệnh viện tuyến tỉnh và 21/21 trung tâm y tế …", "34 doanh nghiệp và 27 hợp tác xã kết nối …": two
    figures joined by "và" before one deed each measure their own noun with it."""
    shared = list(figures)
    for index in range(len(shared) - 2, -1, -1):
        figure, joined = shared[index], shared[index + 1]
        measure = " ".join((figure.measure or "").split())
        # a percentage's noun is the run after it; a share's or a count's, its unit
        noun = measure if figure.kind == "percent" else figure.unit
        between = figure.sentence[figure.end : joined.start]
        if figure.kind == "percent":
            between = re.sub(rf"^\s*{re.escape(noun)}", "", between) if noun else "*"
        elif (
            noun
            and measure.casefold().startswith(f"{noun.casefold()},")
            and between.startswith(measure[len(noun) :])
        ):
            # "11 bệnh viện tuyến tỉnh, tuyến huyện và 47 trạm y tế xã đã …": the noun runs on past the unit
            # and a comma; a run on with a verb ("2.146 trường học sử dụng …") holds its own deed
            between, noun = between[len(measure) - len(noun) :], measure
        if (
            figure.kind not in {"share", "percent", *_COUNTED}
            or joined.kind not in {"share", *_COUNTED}
            or (figure.kind in _COUNTED) != (joined.kind in _COUNTED)
            or joined.sentence_index != figure.sentence_index
            or not noun
            or measure.casefold() != noun.casefold()
            or not re.fullmatch(r"\s*và\s+", between)
            or not (joined.measure or "").casefold().startswith(f"{joined.unit.casefold()} ")
        ):
            continue
        deed = (joined.measure or "")[len(joined.unit) :]
        if figure.kind in _COUNTED and not _shared_deed_of_counts(deed):
            # "57 ngân hàng và 39 tổ chức trung gian thanh toán | đã kết nối …": the nearer noun may run on
            # past its unit before the deed both did
            deed = _deed_past_the_name(deed, joined.sentence[joined.end :])
            if not deed:
                continue  # "9 khu công nghiệp và 37 cơ sở sản xuất có lưu lượng …": the nearer noun's own
        shared[index] = replace(figure, measure=f"{noun}{deed}")
    return shared


def _as_part_of_the_whole_before(figure: Figure, before: Sequence[Figure]) -> Figure | None:
    """ "Tổng số tiền trợ cấp đã chi trả là 412 tỷ đồng, trong đó 97% được chuyển vào tài khoản ngân hàng",
    "… đón 268.000 lượt truy cập, 41% trong số đó đến từ du khách nước ngoài": a share of the whole just
    given, then what its part did, measures the whole's noun with that deed ("tiền trợ cấp … được chuyển vào
    tài khoản ngân hàng"), not the whole alone; None when ``figure`` is no such part."""
    whole = before[-1] if before else None
    if (
        whole is None
        or figure.unit.strip() != "%"  # "trong đó 612/745 bộ dữ liệu của khối sở …" names its own noun
        or whole.sentence_index != figure.sentence_index
        or whole.end > figure.start
    ):
        return None
    deed = _deed_of_the_part(figure.sentence, whole.end, figure.start, figure.end)
    noun = _noun_of_the_whole(whole)
    own = " ".join((figure.measure or "").casefold().split())
    if not deed or not noun or (deed.casefold() in own and own != deed.casefold()):
        return None  # "trong đó 12% là hộ nghèo" already names the ones it counts
    measure = f"{noun} {deed}"
    if len(measure.split()) > MAX_WORDS:
        # "… được chuyển thẳng vào tài khoản ngân hàng | của người lao động": whose it is, dropped to fit
        measure = re.sub(r"\s+của\s+[^,;]*$", "", measure)
    return replace(figure, measure=measure) if len(measure.split()) <= MAX_WORDS else None


@cache
def _value_with() -> re.Pattern[str]:
    """ "…, với tổng giá trị khoảng …": a sum named only by its head (``value_heads``), right after a count of
    its clause."""
    return re.compile(
        r"(?:,\s*(?:(?:với|có|đạt)\s+)?|\s+với\s+)"
        rf"(?P<head>{phrase_alternation(_cue_list('value_heads'))})"
        r"(?:\s+(?:ước|ước đạt|khoảng|hơn|gần|trên|đạt|là))*\s*$",
        re.IGNORECASE,
    )


def _value_of_the_count_before(figure: Figure, before: Sequence[Figure]) -> str:
    """ "tổng giá trị giao dịch qua kênh số" for the sum in "… 2,1 tỉ giao dịch qua kênh số, tăng 38%, với
    tổng giá trị khoảng 41 triệu tỉ đồng": the value of what the latest count of its sentence counted ("" when
    the sum names more than its head, or no count comes before it)."""
    if figure.kind != "money":
        return ""
    counts = [
        earlier
        for earlier in before
        if earlier.sentence_index == figure.sentence_index and earlier.end <= figure.start
    ]
    count = next((earlier for earlier in reversed(counts) if earlier.kind in _COUNTED), None)
    if count is None or not count.measure or is_place(count.measure):
        return ""
    valued = _value_with().search(figure.sentence, count.end, figure.start)
    if (
        valued is None
        or " ".join((figure.measure or "").casefold().split()) != valued.group("head").casefold()
    ):
        return ""
    noun = _words_pattern("bare_heads", at="start").sub("", count.measure).strip()
    # "… 4.860 lượt nộp tiền qua kênh trực tuyến, với tổng số tiền …": the money of the deed, not of "lượt"
    noun = _words_pattern("generic_counters", at="start").sub("", noun).strip()
    return f"{valued.group('head')} {noun}" if noun else ""


def _deed_of_the_part(sentence: str, whole_end: int, start: int, end: int) -> str:
    """What the part after "trong đó"/"trong số đó" did, to the end of its clause ("" when the share is no
    such part or names no deed)."""
    clauses = re.split(r"[,;:]", sentence[whole_end:start])
    opener = _words_pattern("subset_openers", at="start")
    after = sentence[end:].lstrip()
    if len(clauses) < 2 or holds_number(sentence[whole_end:start]):
        return ""
    own = clauses[-1].strip()
    if not own:
        # "…, 41% trong số đó đến từ …": the opener after the share
        follows = opener.match(after)
        if follows is None:
            return ""
        after = after[follows.end() :].lstrip()
    elif own.casefold() not in _folded("subset_openers"):
        return ""
    # "… đến từ du khách nước ngoài | nhờ giao diện bốn thứ tiếng": why is no part of what they did
    deed = re.split(r"[,;.()]|\s+(?:nhưng|trong khi|còn|so với|nhờ|vì|bởi)\s", after, maxsplit=1)[0].strip()
    if re.match(r"là\s+của\s", deed, re.IGNORECASE):
        deed = deed[deed.casefold().index("của") :]  # "trong đó 58% là của đồng bào Tày": whose ones
    starts = (
        _words_pattern("passive_markers", at="start").match(deed)
        or _words_pattern("share_verbs", at="start").match(deed)
        or _words_pattern("part_deeds", at="start").match(deed)
    )
    return deed if starts else ""


_TIME_TAIL = re.compile(
    r"\s+(?:(?:trong|vào|của)\s+)?(?:cả\s+)?(?:năm|quý|tháng|học kỳ|giai đoạn)(?:\s.*)?$", re.IGNORECASE
)


@cache
def _pointer_tail() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{pointer_alternation()})\s*$", re.IGNORECASE)


def _noun_of_the_whole(whole: Figure) -> str:
    """ "tiền trợ cấp thất nghiệp đã chi trả" of "Tổng số tiền trợ cấp thất nghiệp đã chi trả trong năm": the
    whole's measure without its head ("tổng số") and when it was counted; its counted noun when it has
    none."""
    measure = whole.measure or (whole.unit if whole.kind in _COUNTED else "")
    measure = _TIME_TAIL.sub("", _words_pattern("bare_heads", at="start").sub("", measure).strip())
    measure = _pointer_tail().sub("", measure)  # "giấy chứng sinh điện tử nêu trên": the ones just named
    return "" if is_place(measure) else measure.strip()


def _deed_past_the_name(rest: str, after_count: str) -> str:
    """ "trung gian thanh toán kết nối với …" → " kết nối với …": a deed both counts did, after more words of
    the nearer noun's name, up to the aspect marker the sentence opens the deed with ("… thanh toán | đã kết
    nối"); "" when there is none."""
    markers = phrase_alternation(_cue_list("aspect_markers"))
    named = re.match(rf"(?P<name>(?:\s+[^\W\d_]+){{1,5}}?)\s+(?:{markers})\s", after_count, re.IGNORECASE)
    if named is None or not all(word.islower() for word in named.group("name").split()):
        return ""
    deed = " ".join(rest.split()[len(named.group("name").split()) :])
    return f" {deed}" if _shared_deed_of_counts(deed) else ""


def _shared_deed_of_counts(deed: str) -> bool:
    """Whether what follows the second of two counts joined by "và" is a deed both did ("kết nối vào …",
    "triển khai …"), not a relative clause of the nearer noun ("có lưu lượng …") nor more of its name."""
    deed = deed.strip()
    if re.match(r"(?:đạt|có)\s+tỷ lệ\s.*\d", deed, re.IGNORECASE):
        return True  # "18 bộ, ngành và 41 địa phương đạt tỷ lệ … trên 50%": a bound both are within
    if not deed or _words_pattern("have_verbs", at="start").match(deed):
        return False
    return bool(
        # "14 trường trung học phổ thông và 52 trường trung học cơ sở đã được lắp màn hình …": done to both
        _words_pattern("passive_markers", at="start").match(deed)
        or _words_pattern("share_verbs", at="start").match(deed)
        or _words_pattern("actions", at="start").match(deed)
    )


def _aspect_named(figure: Figure) -> bool:
    """Whether "về …" right after the value names what it is of: "tăng 14% về giá trị"."""
    return re.match(r"\s*về\s+[^\W\d_]", figure.sentence[figure.end :], re.IGNORECASE) is not None


def _part_before_its_whole(whole: Figure, before: Sequence[Figure]) -> Figure | None:
    """The figure of the sentence a whole right after "trên tổng số" is the whole of: "giải quyết 4.120 đơn
    thư trên tổng số 4.560 đơn" → the 4.120; None when ``whole`` is no such whole."""
    part = next((figure for figure in reversed(before) if figure.end <= whole.start), None)
    if part is None or part.sentence_index != whole.sentence_index or part.kind != whole.kind:
        return None
    between = whole.sentence[part.end : whole.start].strip().casefold()
    ends_in_opener = ending_pattern("whole_openers").search(between) is not None
    return part if ends_in_opener and not re.search(r"[;.]|\d", between) else None


_WHOLE_COUNTED = re.compile(r"\s+(?:tổng\s+)?số\s+[^\W\d_]", re.IGNORECASE)


_ABOUT_FRAME = re.compile(r"\s*Về\s+(?P<topic>[^,:;.\d]+?)\s*[,:]")


def _topic_named_in_full_before(figure: Figure, before: Sequence[Figure]) -> str:
    """The measure of an earlier figure of the sentence that names in full the topic the sentence opens
    with ("Về thanh toán, …"), for a figure measured by that topic alone ("" otherwise)."""
    frame = _ABOUT_FRAME.match(figure.sentence)
    measure = " ".join((figure.measure or "").casefold().split())
    if frame is None or measure != " ".join(frame.group("topic").casefold().split()):
        return ""
    fuller = [
        earlier.measure
        for earlier in before
        if earlier.sentence_index == figure.sentence_index
        and earlier.measure
        and measure in " ".join(earlier.measure.casefold().split())
        and len(earlier.measure) > len(measure)
    ]
    return fuller[-1] if fuller else ""


_WHOLE_NOUN = re.compile(r"\s+(?:tổng\s+)?số\s+(?P<noun>[^\W\d_][^,;.()\d]*)", re.IGNORECASE)


def _count_the_whole_names(figure: Figure, before: Sequence[Figure]) -> Figure | None:
    """The latest count of a percentage's sentence whose noun the percentage's whole names ("… số vé phát
    hành" names "1,26 triệu vé", not "11 điểm du lịch" between them), when that count says which ones (its
    measure runs past its noun); None otherwise."""
    whole = _WHOLE_NOUN.match(figure.sentence, figure.end) if figure.kind == "percent" else None
    if whole is None or not only_cues(re.split(r"[,;]", figure.sentence[: figure.start])[-1], "whole_equals"):
        return None  # "…, chiếm 83% tổng số …": the share stated of its count, in a clause of its own
    noun = " ".join(whole.group("noun").casefold().split())
    counts = [
        other
        for other in before
        if other.sentence_index == figure.sentence_index
        and other.kind in _COUNTED
        and other.unit
        and noun.startswith(" ".join(other.unit.casefold().split()))
        and len((other.measure or "").split()) > len(other.unit.split())
    ]
    return counts[-1] if counts else None


def _whole_the_count_reached(figure: Figure, before: Figure) -> str:
    """The whole a percentage right after a count names, with what the count's ones did or had done
    ("người dân được lập hồ sơ …, đạt 94,6% dân số toàn tỉnh" → "dân số toàn tỉnh được lập hồ sơ …"); ""
    when the percentage names no whole of its own, or the count's measure says no deed after its noun (one
    opening with ``passive_markers`` or ``have_verbs``)."""
    if figure.kind != "percent" or before.kind not in _COUNTED or not before.measure or not figure.measure:
        return ""
    between = figure.sentence[before.end : figure.start]
    clause = re.split(r"[,;]", between)
    if len(clause) < 2 or re.search(r"[;.:()]|\d", between) or not only_cues(clause[-1], "whole_equals"):
        return ""
    after = figure.sentence[figure.end :].strip()
    whole = " ".join(figure.measure.split())
    if _WHOLE_COUNTED.match(" " + after) or not after.casefold().startswith(whole.casefold()):
        return ""  # "…, đạt 27% số hộ kinh doanh": the count again (``_restates_as_share``)
    unit, measure = " ".join(before.unit.split()), " ".join(before.measure.split())
    if not measure.casefold().startswith(f"{unit.casefold()} "):
        return ""
    deed = measure[len(unit) :].strip()
    opens = _words_pattern("passive_markers", at="start").match(deed) or _words_pattern(
        "have_verbs", at="start"
    ).match(deed)
    return f"{whole} {deed}" if opens else ""


def _restates_as_share(figure: Figure, before: Figure, *, after_whole: bool = False) -> bool:
    """Whether a percentage right after a count or share, with only "đạt", "tương đương" between, is that
    figure again as a share of all ("… 3.321 xã, phường, đặc khu đã kết nối …, đạt 100%")."""
    # a sum is restated as a share only against its whole: "… đạt 1.200 tỷ đồng, đạt 105%" is of a plan
    kinds = {"count", "share", "money"} if after_whole else {"count", "share"}
    if figure.kind != "percent" or before.kind not in kinds or not before.measure:
        return False
    after = figure.sentence[figure.end :]
    if re.match(r"\s+[^\W\d_]", after) and not _WHOLE_COUNTED.match(after):
        # "…, tương đương 92% dân số trưởng thành", "… phủ 99% diện tích": a share of a whole it names,
        # not the count again; "2.100 hộ … mở gian hàng trực tuyến, đạt 27% số hộ kinh doanh cá thể" is
        # the count again, of all the ones "số" counts
        return False
    between = figure.sentence[before.end : figure.start]
    if re.fullmatch(r"\s*\((?:\s*(?:chiếm|bằng|tương đương|đạt))?\s*", between, re.IGNORECASE):
        return before.kind in _COUNTED  # "191 lượt (chiếm 89,7%) đã được khắc phục": the count as a share
    clause = re.split(r"[,;]", between)
    if len(clause) < 2 or re.search(r"[;.:()]|\d", between):
        return False
    return only_cues(clause[-1], "whole_equals")


def _named_as_the_plan(figure: Figure, before: Figure) -> bool:
    """Whether a change right after a share of the plan took the plan as its measure ("dự toán")."""
    measure = " ".join((figure.measure or "").casefold().split())
    plan = cue_pattern("target_wholes")
    return (
        figure.kind == "percent"
        and bool(measure)
        and plan.fullmatch(measure) is not None
        and bool(before.measure)
        and plan.fullmatch(" ".join((before.measure or "").casefold().split())) is None
        and plan.match(figure.sentence[before.end :].lstrip().casefold()) is not None
    )


def _of_the_plan(figure: Figure, before: Figure) -> bool:
    """Whether a percentage is the share of the plan, the estimate or the target the figure just before it
    reached: "… 420.000 tỷ đồng, vượt 11% dự toán"; not "…; năm 2022 cũng là năm Bộ hoàn thành 100% chỉ tiêu"
    (a clause of its own)."""
    after = figure.sentence[figure.end :].lstrip().casefold()
    if figure.kind != "percent" or cue_pattern("target_wholes").match(after) is None:
        return False
    if figure.measure and not cue_pattern("target_wholes").fullmatch(figure.measure.casefold()):
        return False
    between = figure.sentence[before.end : figure.start]
    return ";" not in between and len(between.split(",")[-1].split()) <= 2


def _named_more_fully_before(figure: Figure, before: Sequence[Figure], paragraph: dict[int, int]) -> str:
    """The fuller name an earlier count of the paragraph gave the noun a count names bare: "1.480 kỹ sư thiết
    kế vi mạch … 2.000 kỹ sư" → "kỹ sư thiết kế vi mạch" for 2.000; "" when none did, or when the earlier
    noun is a coordinated group ("106 xã, phường, thị trấn, trong đó 78 xã": a part, not the group), unless
    the count stands in brackets after the place it is the group's part in ("… (21 thôn)")."""
    # a rate counts its first part: "91 thuê bao trên 100 dân" after "Số thuê bao băng rộng di động đạt 92
    # triệu" names the same subscriptions
    unit = " ".join(figure.unit.split("/")[0].casefold().split())
    measure = " ".join((figure.measure or "").casefold().split())
    bare = measure in {"", unit} or (
        # "… đã tiếp nhận 96.350 cuộc gọi, trung bình 2.140 cuộc mỗi ngày": a rate of the count just given,
        # its noun named no further than that count's
        figure.kind == "rate"
        and any(
            earlier.sentence_index == figure.sentence_index
            and earlier.kind in _COUNTED
            and " ".join(earlier.unit.casefold().split()) == measure
            and " ".join((earlier.measure or "").casefold().split()).startswith(f"{measure} ")
            for earlier in before
        )
    )
    if figure.kind not in {*_COUNTED, "rate"} or not unit or not bare or is_place(unit):
        return ""
    in_brackets = _in_brackets_after_place(figure)
    for earlier in reversed(before):
        if paragraph.get(earlier.sentence_index) != paragraph.get(figure.sentence_index):
            break
        since = earlier.end if earlier.sentence_index == figure.sentence_index else 0
        between = figure.sentence[since : figure.start]
        opener = _words_pattern("other_whole_openers", at="any").search(between)
        if (opener and not _ANOTHER_TIME.match(between, opener.end())) or _words_pattern(
            "national_cues", at="any"
        ).search(between):
            # "Hà Nội có 500 doanh nghiệp số, trong khi cả nước có 2 triệu doanh nghiệp": another whole; "…,
            # trong khi năm trước mới có 12 camera" is the same ones at another time
            break
        if earlier.kind not in _COUNTED:
            continue
        if (
            in_brackets
            and earlier.sentence_index == figure.sentence_index
            and earlier.sentence[: earlier.start].rstrip().endswith("(")
            and earlier.measure
            and earlier.unit == figure.unit
        ):
            # "… cao nhất tại huyện Lục Ngạn (1.120 người) và Sơn Động (860 người)": the list's next place
            return earlier.measure
        if (
            in_brackets
            and unit in _folded("quantity_units")
            and " ".join(earlier.unit.casefold().split()) == unit
            and " ".join((earlier.measure or "").casefold().split()) not in {"", unit}
        ):
            # "… diện tích lúa … đạt 6.400 ha. Nhiều nhất là huyện Thoại Sơn (1.850 ha)": a place's part of
            # the area, length or volume just given
            return earlier.measure or ""
        # "điểm bưu điện văn hóa xã …" keeps the "điểm" that heads other measures ("điểm tín nhiệm")
        stripped = _words_pattern("bare_heads", at="start").sub("", earlier.measure or "").strip()
        for measure in (stripped, (earlier.measure or "").strip()):
            folded = " ".join(measure.casefold().split())
            if folded.startswith(f"{unit} ") and folded[len(unit) + 1 : len(unit) + 2].isalpha():
                return measure
            if in_brackets and folded.startswith(f"{unit}, "):
                # "52 thôn, bản chưa có sóng 4G, tập trung ở huyện Mường Tè (21 thôn)": the group's part in
                # one place is the group's measure there
                return measure
    # "huyện Lý Nhân có nhiều trạm bơm … nhất (11 trạm)", when no count before named them: what the leader has
    # most of (its place may not be read yet: the bracket alone says the count is the leader's)
    return _most_of(figure, unit) if figure.sentence[: figure.start].rstrip().endswith("(") else ""


# how many short nouns a count's noun may join and still say no more than which kind ("hồ sơ, giấy tờ")
_SHORT_NOUNS = 3


def _done_to_bare_count(figure: Figure) -> str:
    """What was done to the ones a count of a short noun counts, when its measure is that noun alone ("" when
    the noun says which ones already, or nothing was done to it right before the count)."""
    unit = " ".join(figure.unit.casefold().split())
    measure = " ".join((figure.measure or "").split())
    # "41.326 bản sao" is read as "bản" of "bản sao", "48.620 hồ sơ, giấy tờ" as "hồ sơ": the short noun, or
    # short nouns, its measure names in full
    parts = re.split(r",\s*|\s+và\s+", measure)
    short = all(_is_generic(part, "") for part in parts) and len(parts) <= _SHORT_NOUNS
    opens = re.match(rf"{re.escape(unit)}(?:\s|,)", measure, re.IGNORECASE) is not None
    noun = measure if short and opens else figure.unit
    bare = measure.casefold() in {"", unit, noun.casefold()}
    if (
        figure.kind != "count"
        or not unit
        or not bare
        or is_place(figure.unit)
        or names_kinds_of_place(figure.unit)  # "5 huyện, thị xã": which places is what they did, not to them
        or not _is_generic(figure.unit, "")
    ):
        return ""
    return done_to_count(figure.sentence, figure.start, noun)


def _most_of(figure: Figure, unit: str) -> str:
    """What a place leading a list has most or least of, named before it ("huyện Lý Nhân có nhiều trạm bơm
    điều khiển từ xa nhất (11 trạm)"): the ones the bracketed count counts."""
    clause = re.split(r"[;.:]", figure.sentence[: figure.start])[-1]
    most = rf"(?<!\w)(?:nhiều|ít)\s+(?P<noun>{re.escape(unit)}(?:\s+[^\s(),;]+)*?)\s+nhất(?!\w)"
    match = re.search(most, clause, re.IGNORECASE)
    return match.group("noun") if match else ""


def _in_brackets_after_place(figure: Figure) -> bool:
    """Whether ``figure`` stands in brackets right after the place it is for: "Lục Ngạn (1.120 người)"."""
    return bool(figure.place) and figure.sentence[: figure.start].rstrip().endswith("(")


_ANOTHER_TIME = re.compile(
    r"\s*(?:(?:vào|ở|trong|cùng)\s+)?"
    r"(?:năm|mùa|cùng kỳ|đầu năm|cuối năm|trước đó|thời điểm|tháng|quý|kỳ)(?!\w)",
    re.IGNORECASE,
)


def _counts_places(figure: Figure) -> bool:
    """Whether ``figure`` is a count of places read as its own measure ("63 tỉnh, thành phố")."""
    unit = " ".join(figure.unit.casefold().split())
    measure = " ".join((figure.measure or "").casefold().split())
    return figure.kind in _COUNTED and bool(unit) and measure == unit and is_place(figure.unit)


_WHEN_SPENT = re.compile(
    r"^(?:(?:trong\s+)?(?:năm|giai đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?|mỗi năm|hằng năm)\s*,?\s*"
)


def _purpose_after(figure: Figure) -> str:
    """What a sum is for, named after it: "bố trí 40-55 tỷ đồng để xây dựng cơ sở dữ liệu nông nghiệp"."""
    # "dành 45 tỷ đồng trong năm 2025 cho phổ cập kỹ năng số": when it is spent may come first
    after = _WHEN_SPENT.sub("", figure.sentence[figure.end :].lstrip())
    purpose = _words_pattern("purpose_words", at="start").match(after)
    if purpose is None:
        return ""
    run = strip_measure(_counted_run(after[purpose.end() :]))
    noun = _words_pattern("place_determiners", at="start").sub("", run)
    # "cho các dự án", "cho việc này": a purpose this short says no more than who spends it
    return "" if len(noun.split()) < 3 or is_empty_measure(run) or is_place(run) else run


def _changes_the_count_before(figure: Figure, before: Figure) -> bool:
    """Whether ``figure`` is how much the count just before it changed: "Toàn tỉnh có 186 doanh nghiệp công
    nghệ số, tăng 14% so với cuối năm 2023" (the share grows what was counted, no clause of its own), or the
    total it makes: "có thêm 6.000 doanh nghiệp công nghệ số, nâng tổng số lên 58.000 doanh nghiệp"."""
    unit, unit_before = figure.unit.casefold(), before.unit.casefold()
    total = figure.kind in _COUNTED and bool(unit) and (unit_before + " ").startswith(unit + " ")
    # "… với kim ngạch 1,12 tỷ USD, tăng 17,3% so với năm 2021": a sum grows as a count does
    changed = figure.kind in {"percent", "multiplier", "change"} and before.kind in {*_COUNTED, "money"}
    if not total and not changed:
        return False
    if figure.sentence != before.sentence or (
        changed and (not before.measure or is_empty_measure(before.measure, before.place))
    ):
        return False
    between = figure.sentence[before.end : figure.start]
    if figure.kind == "multiplier" and re.fullmatch(r"\s*,\s*", between):
        return True  # "… là gần 85.000, gấp ba lần cuối năm 2023": the multiplier's own "gấp" opens its span
    # "4.128 tàu cá dài từ 15 m trở lên …, chiếm 92,4%": a bound on the ones counted is no figure between
    between = _bound_between().sub(" ", between)
    return not re.search(r"[\d;.]", between) and _change_clause().search(between) is not None


@cache
def _bound_between() -> re.Pattern[str]:
    tails = phrase_alternation(cue_words("threshold_tails"))
    return re.compile(rf"(?<!\w)từ\s+[\d.,]+\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{tails})(?!\w)", re.IGNORECASE)


_COUNTED = frozenset({"count", "number_word"})


@cache
def _change_clause() -> re.Pattern[str]:
    """ ", tăng", ", tăng gần | gấp đôi": a clause of a change verb up to the figure, a hedge between."""
    verbs = phrase_alternation(_cue_list("count_change_verbs"))
    hedges = phrase_alternation(_cue_list("verb_hedges"))
    return re.compile(rf",\s*(?:{verbs})(?:\s+(?:{hedges}))*\s*$", re.IGNORECASE)


def _fill_from_the_next(figures: list[Figure]) -> list[Figure]:
    """ "A, B và C lần lượt có 91%, 93% và 96% giao dịch trên kênh số": the last of a series names what
    all of them measure; a list of names left as a measure otherwise says nothing (None)."""
    filled = list(figures)
    for index in range(len(filled) - 1, -1, -1):
        figure = filled[index]
        located = _deed_past_where_they_are(figure, filled[index + 1 : index + 2])
        if located:
            # "4.120 hộ kinh doanh tại 52 chợ truyền thống chấp nhận thanh toán bằng mã QR": the deed after
            # the count of where they are is the deed of the ones counted before it
            filled[index] = replace(figure, measure=located)
            continue
        trailing = _trailing_noun_of_series(figure, filled[index + 1 : index + 2])
        if trailing:
            # "Kho lưu trữ huyện A và huyện B lần lượt hoàn thành 94% và 88% khối lượng số hóa": the noun
            # after the last value is what each value of the series measures
            filled[index] = replace(figure, measure=trailing)
            continue
        if not figure.measure or not _lists_names(figure.measure):
            continue
        following = next(
            (
                after
                for after in filled[index + 1 :]
                if after.sentence_index == figure.sentence_index
                and after.kind == figure.kind
                and not is_empty_measure(after.measure, after.place)
            ),
            None,
        )
        filled[index] = replace(figure, measure=following.measure if following else None)
    return filled


_WHERE_BETWEEN = re.compile(r"\s+(?:tại|ở|trong)\s+(?:(?:các|những)\s+)?$", re.IGNORECASE)


def _deed_past_where_they_are(figure: Figure, following: Sequence[Figure]) -> str:
    """The measure of a count named bare right before the count of where its ones are, with the deed that
    count's measure runs on to: "4.120 hộ kinh doanh tại 52 chợ truyền thống chấp nhận …" → "hộ kinh doanh
    chấp nhận …" ("" when the count names more than its noun, or no count of where follows it)."""
    if not following or figure.kind not in _COUNTED or not figure.unit:
        return ""
    where = following[0]
    unit = " ".join(figure.unit.split())
    if (
        where.sentence_index != figure.sentence_index
        or where.kind not in _COUNTED
        or " ".join((figure.measure or "").split()).casefold() not in {"", unit.casefold()}
        or not _WHERE_BETWEEN.fullmatch(figure.sentence[figure.end : where.start])
    ):
        return ""
    measure, where_unit = " ".join((where.measure or "").split()), " ".join(where.unit.split())
    if not measure.casefold().startswith(f"{where_unit.casefold()} "):
        return ""
    deed = measure[len(where_unit) :].strip()
    return f"{unit} {deed}" if deed[:1].islower() else ""


# what may stand between two values of one series: "94% và 88%", "91%, 93% và 96%"
_SERIES_JOIN = re.compile(r"\s*(?:,|và|hoặc)?\s*(?:và|hoặc)?\s*")


def _trailing_noun_of_series(figure: Figure, following: Sequence[Figure]) -> str:
    """The measure of the next value of a series, when only a joiner stands between them, that value's
    measure is read right after it ("94% và 88% khối lượng số hóa" → "khối lượng số hóa" for 94%) and the
    first names nothing of its own before it (only who, or "… lần lượt hoàn thành")."""
    if not following:
        return ""
    after = following[0]
    own = figure.measure or ""
    if own and not (_words_pattern("respective", at="any").search(own) or _lists_names(own) or is_place(own)):
        return ""  # "doanh thu thương mại điện tử tăng 25% và 80% doanh nghiệp …": a measure of its own
    if (
        after.sentence_index != figure.sentence_index
        or after.kind != figure.kind
        or after.unit != figure.unit
        or not after.measure
        or _SERIES_JOIN.fullmatch(figure.sentence[figure.end : after.start]) is None
    ):
        return ""
    ahead = " ".join(figure.sentence[after.end :].split()).casefold()
    return after.measure if ahead.startswith(" ".join(after.measure.split()).casefold()) else ""


def _index_named_earlier(figure: Figure, sentences: Sequence[Sentence]) -> str:
    """The last index named in the sentences before ``figure``'s (the title included), by name and acronym
    first ("Chỉ số chuyển đổi số cấp tỉnh (DTI)"), else by name alone."""
    earlier = [
        s.text
        for s in sorted(sentences, key=lambda s: s.index)
        if s.index < figure.sentence_index and not _is_component(s.text)  # the main index, not a component
    ]
    for pattern in (INDEX_NAMED, INDEX_PLAIN):
        for text in reversed(earlier):
            named = list(pattern.finditer(text))
            if named and strip_measure(named[-1].group(0)):
                return strip_measure(named[-1].group(0))
    return ""


def _is_component(sentence: str) -> bool:
    """Whether a sentence speaks of an index's components ("Trong các chỉ số thành phần, …", "Xét theo trụ
    cột, …"), whose figures are no measure for a bare rank or score elsewhere."""
    return _words_pattern("component_frames", at="any").search(sentence) is not None


def topic_before(figure: Figure, sentences: Sequence[Sentence]) -> str:
    """The quantity the sentence before names without a figure of its own: "Tỷ lệ thanh toán trực tuyến
    trên Cổng … năm 2023 có sự chênh lệch lớn. … tỷ lệ bình quân cả nước đạt 24,6%" measures the first."""
    by_index = {sentence.index: sentence for sentence in sentences}
    current, previous = by_index.get(figure.sentence_index), by_index.get(figure.sentence_index - 1)
    if current is None or previous is None or previous.paragraph != current.paragraph:
        return ""
    if holds_number(previous.text):
        return ""
    heads = _words_pattern("topic_heads", at="start")
    # "Tại các khu công nghiệp, nơi tập trung đông công nhân, | tỷ lệ đoàn viên có thẻ điện tử cao hơn …": the
    # quantity may open the sentence's last clause, after where it is
    clauses = re.split(r",\s+", previous.text)
    opening = next((clause for clause in reversed(clauses) if heads.match(clause)), "")
    if not opening:
        return ""
    announced = _words_pattern("topic_ends", at="end").search(opening.rstrip(" .:"))
    if announced:
        # "Tỷ lệ người dân có tài khoản VNeID của một số tỉnh như sau": the whole sentence announces the list
        topic = strip_measure(opening[: announced.start()])
    else:
        # "tỷ lệ trạm y tế có kết nối cáp quang vẫn thấp": what is said of it ends the quantity; else its verb
        level = said_of_it_at_end().search(opening.rstrip(" ."))
        topic = strip_measure(opening[: level.start()] if level else _subject_of(opening, len(opening)))
    return "" if is_empty_measure(topic) else topic


_FAMILIES = (
    {"rank", "score", "change"},
    {"percent", "change"},
    # "có 812/1.043 trường học …, đạt 77,9%": the share again, as a percentage
    {"share", "percent"},
    {"count", "number_word", "multiplier", "change"},
    # "bố trí 85 tỷ đồng cho …, gấp 1,6 lần năm trước": a multiplier compares the figure before it, whatever
    # its kind
    {"money", "multiplier"},
    {"percent", "multiplier"},
    {"rate", "multiplier"},
)


def _share_the_points_change(figure: Figure, before: Sequence[Figure]) -> Figure | None:
    """The share a change in percentage points changes, earlier in its sentence with no other share or
    sentence end between: "78% tiểu thương tại 146 chợ … đã niêm yết mã QR, tăng 21 điểm phần trăm"."""
    if _family_kind(figure) != "percent" or figure.kind != "change":
        return None
    for earlier in reversed(before):
        if earlier.sentence_index != figure.sentence_index or earlier.doc != figure.doc:
            return None
        if earlier.kind == "percent":
            between = figure.sentence[earlier.end : figure.start]
            if re.search(r"[;.]\s|%", between) or is_empty_measure(earlier.measure, earlier.place):
                return None
            return earlier
    return None


def _family_kind(figure: Figure) -> str:
    """The kind a figure is compared with: a change in percentage points with shares, one in steps with ranks
    ("…, tăng 21 điểm phần trăm" changes the share before it, not the count between them)."""
    unit = " ".join(figure.unit.casefold().split())
    if figure.kind == "change" and unit in _folded("percent_steps"):
        return "percent"
    if figure.kind == "change" and unit in _folded("rank_steps"):
        return "rank"
    if figure.kind == "range":
        # "40-55 tỷ đồng" is a sum, "8-12%" a share, "1.000 đến 1.500 doanh nghiệp" a count
        return "money" if is_currency(unit) else "percent" if unit == "%" else "count"
    return figure.kind


def _same_family(a: str, b: str) -> bool:
    return a == b or any(a in family and b in family for family in _FAMILIES)
