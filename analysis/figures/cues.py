"""The cue words of the figure grammar (``data/figure_grammar.toml``) and the small readers built on them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.figures.units import Piece, grammar, syllable_phrases
from analysis.resources import phrases
from analysis.text import phrase_alternation
from analysis.text import phrase_pattern as _whole_words

CLAUSE_BOUNDARY = re.compile(
    r",(?=\s)|[;:(–]|\s-\s|\b(?:và|nhưng|còn(?!\s+lại\b)|trong đó|trong khi|song)\b", re.IGNORECASE
)  # "còn lại" (the rest) is a word, not "còn" (while) opening a clause


def cue_words(name: str) -> tuple[str, ...]:
    """The cue phrases ``name`` of the grammar, longest first: ``cue_words("target")`` holds "phấn đấu"."""
    return phrases(f"figure_grammar.toml:cues.{name}")


@cache
def ending_pattern(name: str) -> re.Pattern[str]:
    """Whether a text ends with one of the cue phrases ``name``, as whole words."""
    return re.compile(rf"(?:^|(?<=[\s(\"“]))(?:{alternation(name)})\s*$", re.IGNORECASE)


def alternation(name: str) -> str:
    """The cue phrases ``name`` as one regular-expression alternation, longest first, spaces flexible."""
    return phrase_alternation(cue_words(name))


@cache
def pointer_alternation() -> str:
    """The words that point back (``anaphora``) as one alternation, with the forms a run leaves once it cuts
    "trên" off as a stop word: "Lượng khách nói | trên" reads "Lượng khách nói"."""
    cut = {phrase.split()[0] for phrase in cue_words("anaphora") if phrase.endswith(" trên")}
    return phrase_alternation([*cue_words("anaphora"), *sorted(cut)])


def cue_pattern(name: str) -> re.Pattern[str]:
    """Any of the cue phrases ``name`` as whole words: ``cue_pattern("target")`` finds "phấn đấu"."""
    return _whole_words(cue_words(name))


def goal_cues(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The goal words of ``text[start:end]`` that set a goal: not one counted as a noun ("7.248 yêu cầu",
    "tổng số yêu cầu") nor one inside an agency's name ("Sở Kế hoạch và Đầu tư", ``goal_words_in_names``).

    >>> [m.group(0) for m in goal_cues("Sở Kế hoạch và Đầu tư nhận 17 kiến nghị, phấn đấu giải quyết hết")]
    ['phấn đấu']
    >>> goal_cues("đã tiếp nhận 7.248 yêu cầu, chiếm 68,3% tổng số yêu cầu")
    []
    """
    stop = len(text) if end is None else end
    # only the words just before a cue can make it a name's or a counted noun: a bounded window keeps a long
    # text linear (a year in each of 20,000 sentences asks this once each)
    window = max(0, start - _NAME_REACH)
    names = [(m.start(), m.end()) for m in _names_holding_goal_words().finditer(text, window, stop)]
    return [
        cue
        for cue in cue_pattern("target").finditer(text, start, stop)
        if not (
            _counted_noun(cue.group(0))
            and _COUNTED_BEFORE.search(text, max(0, cue.start() - _NAME_REACH), cue.start())
        )
        and not any(a <= cue.start() < b for a, b in names)
    ]


_NAME_REACH = 40


# "7.248 yêu cầu", "tổng số yêu cầu", "các kế hoạch": a goal noun counted names things, sets no goal; a year
# before it does not count it ("Năm 2025 mục tiêu là …")
_COUNTED_BEFORE = re.compile(
    r"(?:(?<![\d./])(?<!năm\s)\d[\d.,]*|(?<!\w)(?:số|tổng số|các|những))\s*$", re.IGNORECASE
)


def _counted_noun(cue: str) -> bool:
    return " ".join(cue.casefold().split()) in {
        " ".join(n.casefold().split()) for n in cue_words("goal_nouns")
    }


@cache
def _names_holding_goal_words() -> re.Pattern[str]:
    # written as names are, capitals included: "kế hoạch và đầu tư công" is a plan, not the department
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(cue_words('goal_words_in_names'))})(?!\w)")


def only_cues(text: str, name: str) -> bool:
    """Whether ``text`` (punctuation aside) is nothing but cue phrases of ``name``.

    >>> only_cues(", tương đương ", "whole_equals"), only_cues(", phủ tới ", "whole_equals")
    (True, False)
    """
    words = " ".join(re.sub(r"[,;:()]", " ", text).split()).casefold()
    cues = cue_pattern(name)
    while words:
        said = cues.match(words)
        if said is None:
            return False
        words = words[said.end() :].strip()
    return True


@cache
def result_pattern() -> re.Pattern[str]:
    """What stands now, after a goal: "…, hiện đạt 65%", "Hiện nay …", "… nhưng mới đạt …", and the
    results a goal is built on: "Các chỉ tiêu được đặt ra trên cơ sở kết quả năm 2024: … đạt 41,6%".

    A marker counts only where a clause opens, so "thực hiện", "hiện đại" are no markers; a contrast
    word or a result basis anywhere.
    """
    anywhere = f"{alternation('contrast_words')}|{alternation('result_bases')}"
    return re.compile(
        rf"(?:(?:^|[,;(:])\s*(?:{alternation('result_markers')})|(?<!\w)(?:{anywhere}))(?!\w)",
        re.IGNORECASE,
    )


def ends_with(name: str, text: str) -> bool:
    return ending_pattern(name).search(text) is not None


def clause_before(text: str, position: int) -> str:
    before = text[:position]
    boundaries = [
        match.end()
        for match in CLAUSE_BOUNDARY.finditer(before)
        if not (
            match.group(0).strip() == ","
            and named_examples_go_on(before[: match.start()], before[match.end() :])
        )
    ]
    return before[boundaries[-1] :] if boundaries else before


# "ví điện tử như MoMo, ZaloPay", "các sàn như Shopee, Lazada và Tiki": named examples, no part of what is
# measured (names only: "các nền tảng như mạng xã hội, sàn thương mại điện tử" are the nouns themselves)
_NAME = r"[A-ZĐ0-9][^\s,;.]*(?:\s+[A-ZĐ0-9][^\s,;.]*)*"
NAMED_EXAMPLES = re.compile(
    rf"\s+(?:như|chẳng hạn như|gồm|bao gồm)\s+{_NAME}(?:\s*,\s*{_NAME})*(?:\s+và\s+{_NAME})?"
)


def named_examples_go_on(before: str, after: str) -> bool:
    """Whether a comma between ``before`` and ``after`` lists one more named example: "ví điện tử như MoMo,
    ZaloPay", "các mạng xã hội như Facebook, Zalo"."""
    named = re.search(r"\s(?:như|gồm)\s+[A-ZĐ][^,;]*$", before) or re.search(
        r"(?<!\w)(?:các|những)\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?\s+[A-ZĐ][^\s,;]*(?:\s+[A-ZĐ0-9][^\s,;]*)*$",
        before,
    )  # "qua các sàn Postmart, Voso": names after a plural noun
    return bool(named and re.match(r"\s*[A-ZĐ]", after))


def drop_named_examples(phrase: str) -> str:
    """``phrase`` without the examples it names.

    >>> drop_named_examples("sản phẩm được đưa lên các sàn thương mại điện tử như Postmart, Voso")
    'sản phẩm được đưa lên các sàn thương mại điện tử'
    """
    return NAMED_EXAMPLES.sub("", phrase).strip() or phrase


@cache
def list_heads() -> tuple[tuple[str, ...], ...]:
    return syllable_phrases(phrases("list_heads.txt"))


@cache
def rank_scopes() -> tuple[tuple[str, ...], ...]:
    return syllable_phrases(cue_words("rank_scope"))


@cache
def year_noun_before() -> frozenset[str]:
    """Words before "năm" that make it the noun "year" ("trong năm", "là năm Dữ liệu số")."""
    return frozenset(word.casefold() for word in cue_words("year_noun_before"))


@cache
def counted_nouns() -> tuple[tuple[str, ...], ...]:
    return syllable_phrases([*phrases("count_nouns.txt"), *phrases("list_heads.txt")])


@cache
def time_units() -> frozenset[str]:
    return frozenset(unit.casefold() for unit in grammar()["units"]["time"])


def piece_after(pieces: Sequence[Piece], position: int) -> int:
    for index, piece in enumerate(pieces):
        if piece.start >= position:
            return index
    return len(pieces)
