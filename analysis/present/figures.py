"""View data for figures: a value read with its unit, the same measure across years, disagreements, cards.

Nothing here draws: pages and charts lay out what these functions return.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from analysis.figures.kinds import change_direction, starts_a_change
from analysis.figures.measure.places import names_kinds_of_place, place_name
from analysis.figures.measure.same import measure_key, most_stated, named_measure
from analysis.present.excerpts import Excerpt, figure_excerpt
from analysis.present.glosses import plural_unit, rank_place_en, render_place, render_subject, render_unit
from analysis.present.i18n import qualifier_label, scope_label, translate
from analysis.present.localize import format_value
from analysis.present.resources import load_toml
from analysis.types import FIGURE_KINDS, Figure


@dataclass(frozen=True)
class SeriesPoint:
    """One figure on a "same measure across years" line, with where it was read; ``label`` is its
    value as the reader reads it ("hơn 80.000 tổ")."""

    year: int
    value: float
    label: str
    doc: str
    sentence: str
    figure: Figure | None = None
    number: str = ""  # the value without its unit, beside an axis naming it: "hơn 80.000", "thứ 21/63"


@dataclass(frozen=True)
class MeasureSeries:
    """One measure (what, for whom, unit, kind) across years; ``title`` names it for a reader
    ("tỷ lệ hồ sơ trực tuyến · Huế") and ``unit_text`` is its unit in the reader's language."""

    measure: str
    unit: str
    kind: str
    points: tuple[SeriesPoint, ...]
    title: str = ""
    unit_text: str = ""


@dataclass(frozen=True)
class Disagreement:
    """Articles giving different values for one measure and year; ``title`` names the measure."""

    measure: str
    unit: str
    year: int
    figures: tuple[Figure, ...]
    title: str = ""


@dataclass(frozen=True)
class FigureCard:
    """A key figure for a card or a slide: ``value`` with its unit ("hơn 80.000 tổ"), ``label`` what it
    measures and for whom, ``when`` its year (and "mục tiêu" for a goal), ``excerpt`` the article's own
    words around the number (:func:`~analysis.present.excerpts.figure_excerpt`), shown beside the label
    so a label read short of its sentence is seen at once."""

    value: str
    label: str
    when: str
    figure: Figure
    excerpt: Excerpt | None = None

    @property
    def caption(self) -> str:
        """The label and the year on one line: "Tổ công nghệ số cộng đồng · 2023"."""
        return " · ".join(part for part in (self.label, self.when) if part)


def kind_label(kind: str, language: str) -> str:
    """The reader's word for a figure kind: "percent" → "Tỷ lệ (%)" / "Percentage"."""
    return translate(f"kind_{kind}", language)


# --- writing a value ---------------------------------------------------------------------------


def unit_text(unit: str, language: str) -> str:
    """What a figure counts, in the reader's language; a rate's parts each ("giao dịch/ngày" →
    "transactions/day") when each has a curated rendering."""
    rendering = render_unit(unit, language)
    if rendering.glossed or language != "en" or "/" not in unit:
        return rendering.text
    parts = [render_unit(part.strip(), language) for part in unit.split("/")]
    if all(part.glossed for part in parts):
        return "/".join(part.text for part in parts)
    return rendering.text


def _span(low: float, high: float, language: str) -> str:
    """Two ends of a range sharing their scale word once: "1–2 nghìn tỷ", "7,5–8"."""
    first, second = format_value(low, language), format_value(high, language)
    low_number, _, low_scale = first.partition(" ")
    high_number, _, high_scale = second.partition(" ")
    if low_scale and low_scale == high_scale:
        return f"{low_number}–{high_number} {high_scale}"
    return f"{first}–{second}"


def _rank_place(unit: str, language: str) -> str:
    """Where a rank is held, after "no. 7": "nationwide", "in the world", "among countries"."""
    if language != "en":
        return unit
    placed = rank_place_en(unit)
    if placed:
        return placed
    rendering = render_unit(unit, language)
    return f"among {rendering.text}" if rendering.glossed else rendering.text


def figure_number_text(figure: Figure, language: str) -> str:
    """A figure's number as it reads without its unit (a chart's point label, beside an axis that
    names the unit): "hơn 80.000", "thứ 21/63", "640/1.000", "1/3", "7,5–8", "tăng 17,5" for a rise."""
    value = format_value(figure.value, language)
    if figure.kind == "range" and figure.value_high is not None:
        value = _span(figure.value, figure.value_high, language)
    elif figure.value_high is not None:
        value += f"–{format_value(figure.value_high, language)}"
    if figure.kind == "rank":
        value = translate("rank_value", language, value=value)
        if figure.out_of is not None and language != "en":
            value += f"/{format_value(figure.out_of, language)}"
        elif figure.out_of is not None:
            value += f" of {format_value(figure.out_of, language)}"
    elif figure.kind in {"score", "share"} and figure.out_of is not None:
        value += f"/{format_value(figure.out_of, language)}"
    qualifier = qualifier_label(figure.qualifier, language)
    value = f"{qualifier} {value}".strip()
    # "tăng 17,5% so với cùng kỳ" is a rise, not a level: a card's bare "17,5 %" would read as one
    direction = change_direction(figure.sentence, figure.start, kind=figure.kind)
    return translate(f"change_{direction}", language, value=value) if direction else value


# the largest denominator of a fraction read as such ("1/3 số hộ", "3/4 số xã"); above it, a count out of all
_FRACTION_MAX = 10


def figure_value_text(figure: Figure, language: str) -> str:
    """A figure as a sentence writes it, value and unit together, in the reader's language: "hơn
    80.000 tổ", "45 %", "thứ 21/63 tỉnh, thành phố" ("no. 21 of 63 provinces and cities"), "hơn 1/3
    số hộ" ("over 1/3 of households"), "640/1.000 điểm", "1,5 triệu tỷ đồng".

    >>> figure_value_text(Figure(45.0, "%", None, "45%", None, 2024, "d", "s", kind="percent"), "vi")
    '45 %'
    """
    number = figure_number_text(figure, language)
    if not figure.unit:
        return number
    if figure.kind == "rank" and figure.out_of is None:
        return f"{number} {_rank_place(figure.unit, language)}".strip()
    unit = unit_text(figure.unit, language)
    if language == "en" and not (figure.value == 1 and figure.value_high is None):
        unit = plural_unit(unit)  # "4 days", "12–15 days"; a rate keeps "…/day"
    if figure.kind == "share":
        if language == "en":
            return f"{number} of {unit}"
        # "1/3 số hộ": a fraction of the number of households; "214/297 trường học" counts them out, as
        # articles write it
        counted_out = figure.out_of is not None and figure.out_of > _FRACTION_MAX
        if not counted_out and not figure.unit.casefold().startswith("số "):
            return f"{number} số {unit}"
    return f"{number} {unit}"


# --- naming what a figure measures ---------------------------------------------------------------


def _measure_rendering(measure: str, language: str) -> str:
    rendering = render_subject(measure, language)
    if not rendering.glossed:  # a counted noun with its modifier: "nhóm nền tảng số" → "groups of …"
        rendering = render_unit(measure, language)
    return rendering.text if rendering.glossed else measure


def measure_text(figure: Figure, *, language: str = "vi") -> str:
    """The measure as shown beside a value, with the place it is measured for when one is named;
    in English where a rendering is curated, else as the article writes it (a table cell is no
    place for a "Vietnamese original" mark on every row).

    >>> figure = Figure(87.5, "%", None, "87,5%", None, 2024, "d", "s", measure="tỷ lệ hồ sơ", place="Huế")
    >>> measure_text(figure)
    'tỷ lệ hồ sơ · Huế'
    >>> measure_text(Figure(6.0, "tổ", None, "6 tổ", None, 2023, "d", "s", measure="tổ"), language="en")
    'teams'
    >>> teams = "các Tổ công nghệ số cộng đồng, với 6 tổ"
    >>> measure_text(Figure(6.0, "tổ", "Tổ công nghệ số cộng đồng", "6 tổ", None, 2023, "d", teams,
    ...                     start=35, end=39, measure="tổ"))
    'Tổ công nghệ số cộng đồng'
    """
    measure = _measure_beyond_unit(figure) or _subject_of_unit(figure) or named_measure(figure)
    if measure is None:
        return ""
    measure = _measure_rendering(measure, language)
    return f"{measure} · {render_place(place_name(figure.place), language)}" if figure.place else measure


def _measure_beyond_unit(figure: Figure) -> str | None:
    """The figure's measure unless it only repeats the unit ("80.000 tổ" measures "tổ": the value
    says so already, and the subject the unit counts, "Tổ công nghệ số cộng đồng", says more)."""
    measure = named_measure(figure)
    return None if measure is None or measure.casefold() == figure.unit.casefold() else measure


def figure_label(figure: Figure, language: str) -> str:
    """What a figure is, for a card, a slide or a list: its measure and the place it is measured
    for ("Tỷ lệ thanh toán trực tuyến · Long An"). A measure that only repeats the unit gives way to
    what the figure is about ("hơn 80.000 tổ" → "Tổ công nghệ số cộng đồng"), then to its kind
    ("Số lượng"); in English, wording without a curated rendering gives way the same way. The place
    is never shown alone as if it were the measure.

    >>> figure_label(Figure(44.1, "%", None, "", None, 2023, "d", "s", kind="percent",
    ...              measure="Tỷ lệ thanh toán trực tuyến", place="Long An"), "vi")
    'Tỷ lệ thanh toán trực tuyến · Long An'
    """
    # only a measure that repeats the unit gives way to the subject: "7,8 triệu hộ, cá nhân kinh doanh trên
    # sàn thương mại điện tử" is no "E-commerce" in English, though only that one has a rendering
    beyond = _measure_beyond_unit(figure)
    candidates = [
        (text, rendering)
        for text in ((beyond,) if beyond else (_subject_of_unit(figure),))
        if text
        for rendering in (_measure_rendering(text, language),)
    ]
    # in English, only wording with a curated rendering; a card is no place for untranslated Vietnamese
    # a count's value names what it counts ("3 doanh nghiệp viễn thông"): "Số lượng" would add nothing
    fallback = (
        "" if figure.kind in {"count", "number_word"} and figure.unit else kind_label(figure.kind, language)
    )
    about = next(
        (rendering for text, rendering in candidates if language != "en" or rendering != text),
        fallback,
    )
    place = render_place(place_name(figure.place), language) if figure.place else ""
    if place and place.casefold() not in about.casefold():
        about = f"{about} · {place}" if about else place
    return about


def _subject_of_unit(figure: Figure) -> str | None:
    """The figure's subject when it names what the unit counts ("tổ" → "Tổ công nghệ số cộng đồng");
    a subject only found nearby in the sentence ("thủ tục hành chính" beside "3.321 xã") says nothing."""
    subject, unit = (figure.subject or "").casefold(), figure.unit.casefold()
    if not subject or not unit.split():
        return None
    related = subject.split()[0] == unit.split()[0] or subject in unit or unit in subject
    # "Hơn 5 triệu lượt người dân được tiếp cận kỹ năng số cơ bản": named right after, in the same clause
    clause = re.split(r"[;.]", figure.sentence[figure.end :], maxsplit=1)[0][:80].casefold()
    return figure.subject if related or subject in clause else None


def figure_when(figure: Figure, language: str, *, year: bool = True) -> str:
    """The year a figure is about, marked when it is a goal: "2023", "2030 · mục tiêu"."""
    parts = [str(figure.year)] if figure.year and year else []
    if figure.is_target:
        parts.append(translate("target", language).lower())
    return " · ".join(parts)


def figure_caption(figure: Figure, language: str, *, year: bool = True, scope: bool = False) -> str:
    """What a figure is and when, on one line: "Tỷ lệ thanh toán trực tuyến · Long An · 2023";
    without the year where the page shows it already (a year's column); with ``scope``, whose it is
    too, where facts of several scopes share a page ("… · 2026 · Tỉnh, thành phố: Quảng Trị")."""
    parts = [figure_label(figure, language), figure_when(figure, language, year=year)]
    if scope:
        parts.append(scope_label(figure.scope, language))
    return " · ".join(part for part in parts if part)


def figure_with_label(figure: Figure, language: str, *, year: bool = True, scope: bool = False) -> str:
    """A figure's value and what it is, on one line, for a column of figures with no room for a caption
    ("52,3 % — tỷ lệ dịch vụ công trực tuyến · Đắk Lắk"): never a bare "52,3 %".

    >>> figure_with_label(Figure(52.3, "%", None, "52,3%", None, 2024, "d", "s", kind="percent",
    ...                   measure="tỷ lệ dịch vụ công trực tuyến", place="Đắk Lắk"), "vi", year=False)
    '52,3 % — tỷ lệ dịch vụ công trực tuyến · Đắk Lắk'
    """
    caption = figure_caption(figure, language, year=year, scope=scope) or kind_label(figure.kind, language)
    return translate(
        "compare_figure_label", language, value=figure_value_text(figure, language), label=caption
    )


# --- the same measure --------------------------------------------------------------------------


def _stated(figures: Iterable[Figure]) -> list[Figure]:
    """The levels a year reached: no goal, no range, no rise or fall ("tăng 17,5%" is no point on a line of
    the level it changed, nor a value to disagree with)."""
    return [
        f
        for f in figures
        if f.year is not None
        and not f.is_target
        and f.kind != "range"
        and change_direction(f.sentence, f.start, kind=f.kind) is None
    ]


# Values of one measure a year apart rarely differ tenfold; when they do, the articles are almost
# always speaking of different scopes (a province's 6.300 members beside the nation's 380.000).
MAX_STEP_RATIO = 10.0


def on_one_scale(values: Sequence[float], *, max_ratio: float = MAX_STEP_RATIO) -> bool:
    """Whether consecutive values could be one measure's trajectory rather than different scopes.

    >>> on_one_scale([14.26, 16.5, 18.3]), on_one_scale([380000, 6300])
    (True, False)
    """
    for before, after in pairwise(values):
        low, high = sorted((abs(before), abs(after)))
        if high and (low == 0 or high / low > max_ratio):
            return False
    return True


def measure_series(
    figures: Iterable[Figure],
    *,
    language: str = "vi",
    years: Collection[int] | None = None,
    min_years: int = 2,
) -> list[MeasureSeries]:
    """Figures of one measure (:func:`measure_key`: what, for whom, unit and kind; never the unit alone)
    lined up by year, goals and ranges left out: a measure's trajectory, only in ``years`` when given.
    Where a year states several values, the one most articles give stands for it, then the first
    stated (:func:`find_disagreements` names the others). A line whose values jump tenfold from one
    year to the next is left out (see :func:`on_one_scale`). Longer lines come first, a count of every
    province (:func:`is_backdrop`) last.
    """
    groups: dict[tuple[str, str, str, str], dict[int, list[Figure]]] = {}
    for figure in _stated(figures):
        key = measure_key(figure)
        if key is None or (years is not None and figure.year not in years):
            continue
        groups.setdefault(key, {}).setdefault(figure.year, []).append(figure)  # type: ignore[arg-type]
    series = []
    for by_year in groups.values():
        if len(by_year) < min_years:
            continue
        chosen = [(year, most_stated(by_year[year])) for year in sorted(by_year)]
        if not on_one_scale([f.value for _, f in chosen]):
            continue  # most likely different scopes (a province beside the nation), not one measure
        points = tuple(
            SeriesPoint(
                year,
                f.value,
                figure_value_text(f, language),
                f.doc,
                f.sentence,
                f,
                figure_number_text(f, language),
            )
            for year, f in chosen
        )
        first = chosen[0][1]
        series.append(
            MeasureSeries(
                first.measure or "",
                first.unit,
                first.kind,
                points,
                series_title(first, language),
                unit_text(first.unit, language) if first.unit else "",
            )
        )
    # a count of every province ("63 → 63 tỉnh, thành phố") is the setting of events: never opened on
    return sorted(
        series,
        key=lambda s: (
            any(p.figure is not None and is_backdrop(p.figure) for p in s.points),
            -len(s.points),
            s.title.casefold(),
        ),
    )


def series_title(figure: Figure, language: str) -> str:
    """A same-measure line named for the reader: its measure and place, with the unit when the
    measure does not say it ("tỷ lệ hồ sơ trực tuyến · Huế (%)", "provinces and cities")."""
    title = measure_text(figure, language=language) or figure_label(figure, language)
    unit = unit_text(figure.unit, language) if figure.unit else ""
    if unit and unit.casefold() not in title.casefold():
        title = f"{title} ({unit})"
    return title


def find_disagreements(figures: Iterable[Figure], *, language: str = "vi") -> list[Disagreement]:
    """Measures for which articles give different values in the same year: flagged, never hidden."""
    groups: dict[tuple[tuple[str, str, str, str], int], list[Figure]] = {}
    for figure in _stated(figures):
        key = measure_key(figure)
        # "19.536 người dân" surveyed and "40 triệu người dân" with a health record share only a noun
        names_only_unit = " ".join((figure.measure or "").casefold().split()) == " ".join(
            figure.unit.casefold().split()
        )
        if key is not None and not names_only_unit:
            groups.setdefault((key, figure.year), []).append(figure)  # type: ignore[arg-type]
    found = []
    for (_, year), members in groups.items():
        values = {round(f.value, 6) for f in members}
        if len(values) > 1 and len({f.doc for f in members}) > 1:
            first = members[0]
            found.append(
                Disagreement(
                    first.measure or "", first.unit, year, tuple(members), series_title(first, language)
                )
            )
    return sorted(found, key=lambda d: (d.year, d.measure.casefold()))


def group_repeats(figures: Sequence[Figure]) -> list[tuple[Figure, tuple[str, ...]]]:
    """Figures restating one fact (the same value, unit, qualifier, kind and measure, both goals or
    both results), once, with every article stating them, first statement first: many articles
    repeat "hơn 80.000 tổ". Two facts that only share a value stay two.

    >>> [(f.value, docs) for f, docs in group_repeats(figures)]  # doctest: +SKIP
    [(80000.0, ('a', 'b'))]
    """
    groups: dict[tuple[object, ...], tuple[Figure, list[str]]] = {}
    for figure in figures:
        key = (
            round(figure.value, 6),
            " ".join(figure.unit.casefold().split()),
            figure.qualifier,
            figure.kind,
            figure.is_target,
            figure.out_of,
            figure.value_high,
            measure_key(figure),
        )
        if key not in groups:
            groups[key] = (figure, [])
        if figure.doc not in groups[key][1]:
            groups[key][1].append(figure.doc)
    return [(first, tuple(docs)) for first, docs in groups.values()]


def figures_frame(
    figures: Sequence[Figure],
    titles: dict[str, str],
    language: str,
    *,
    kinds: Sequence[str] = (),
    years: Sequence[int] = (),
    scope: bool = False,
) -> tuple[pd.DataFrame, list[Figure]]:
    """The figures table (kind, value with unit, measure, qualifier, year, goal, disagreement, article,
    sentence) filtered by kind and year, and the figures of its rows in order, so a picked row opens its
    sentence; with ``scope``, a column saying whose each figure is, after the measure."""
    flagged = {id(f) for d in find_disagreements(figures) for f in d.figures}
    shown = [
        f
        for f in figures
        if (not kinds or f.kind in kinds) and (not years or (f.year is not None and f.year in years))
    ]
    yes = translate("yes", language)
    frame = pd.DataFrame(
        [
            {
                translate("kind", language): kind_label(f.kind, language),
                translate("figures", language): figure_value_text(f, language),
                translate("measure", language): measure_text(f, language=language),
                translate("qualifier", language): qualifier_label(f.qualifier, language),
                # a figure with no year says so, rather than "None"; the column stays text, one type for Arrow
                translate("year", language): str(f.year)
                if f.year is not None
                else translate("unknown_year", language),
                translate("target", language): yes if f.is_target else "",
                translate("disagrees", language): "⚠" if id(f) in flagged else "",
                translate("article", language): titles.get(f.doc, f.doc),
                translate("source_sentence", language): f.sentence,
            }
            | ({translate("filter_scope", language): scope_label(f.scope, language)} if scope else {})
            for f in shown
        ],
        columns=[
            translate(key, language)
            for key in (
                "kind",
                "figures",
                "measure",
                *(("filter_scope",) if scope else ()),
                "qualifier",
                "year",
                "target",
                "disagrees",
                "article",
                "source_sentence",
            )
        ],
    )
    return frame, shown


def figure_kinds(figures: Iterable[Figure]) -> list[str]:
    """The kinds present, in the grammar's order."""
    present = {f.kind for f in figures}
    return [kind for kind in FIGURE_KINDS if kind in present]


def _pick_key(figure: Figure) -> tuple[object, ...]:
    """One card per measure and place; a figure naming no measure is one card per value and unit."""
    key = measure_key(figure)
    if key is not None:
        return key[0], key[1]
    return None, round(figure.value, 6), " ".join(figure.unit.casefold().split()), figure.kind


def is_backdrop(figure: Figure) -> bool:
    """Whether a figure is the setting of an event rather than a result: a count of every province or
    locality ("kết nối trực tuyến với 63 tỉnh, thành phố"); see ``present/data/key_figures.toml``."""
    vocabulary = load_toml("key_figures.toml")
    unit = " ".join(figure.unit.casefold().split())
    return (
        figure.kind in {"count", "number_word"}
        and unit in {u.casefold() for u in vocabulary["whole_units"]}
        and figure.value in {float(n) for n in vocabulary["whole_counts"]}
    )


def says_only_where(figure: Figure) -> bool:
    """Whether a figure only counts places, naming nothing they have or did ("Ngược lại, 5 tỉnh còn dưới
    50%" gives "5 tỉnh", measured as "tỉnh"): a card of it would be a bare "5 tỉnh"."""
    return (
        figure.kind in {"count", "number_word"}
        and names_kinds_of_place(figure.unit)
        and _measure_beyond_unit(figure) is None
        and _subject_of_unit(figure) is None
    )


def citations(figures: Iterable[Figure]) -> dict[tuple[object, ...], int]:
    """How many articles state each measure and value (:func:`_pick_key` with the value)."""
    docs: dict[tuple[object, ...], set[str]] = {}
    for figure in figures:
        docs.setdefault((*_pick_key(figure), round(figure.value, 6)), set()).add(figure.doc)
    return {key: len(found) for key, found in docs.items()}


def pick_key_figures(figures: Sequence[Figure], *, limit: int = 8) -> list[Figure]:
    """The figures worth a card, in the order shown: the nation's before a province's or a sector's,
    stated results before goals, a value reached before the one a change started from, figures naming
    their measure before the others, dated before undated (a card with no year is one a meeting cannot
    place), the most cited (the articles stating the same measure and value) then the most recent year
    first (ties keep the articles' order); one per measure and place, a figure without a measure once per
    value and unit.
    A count of every province (the setting of an event, :func:`is_backdrop`) is no key figure, nor a count
    of places that says nothing of them (:func:`says_only_where`).
    """
    cited = citations(figures)
    ranked = sorted(
        (
            (index, figure)
            for index, figure in enumerate(figures)
            if not is_backdrop(figure) and not says_only_where(figure)
        ),
        key=lambda item: (
            item[1].scope.level != "national",
            item[1].is_target,
            # "giảm từ 15 phút xuống còn 3 phút": the state reached, not the one left behind
            starts_a_change(item[1].sentence, item[1].start, item[1].end),
            measure_key(item[1]) is None,
            item[1].year is None,
            -cited[(*_pick_key(item[1]), round(item[1].value, 6))],
            -(item[1].year or 0),
            item[0],
        ),
    )
    seen: set[tuple[object, ...]] = set()
    chosen: list[Figure] = []
    for _, figure in ranked:
        key = _pick_key(figure)
        if key in seen:
            continue
        seen.add(key)
        chosen.append(figure)
        if len(chosen) == limit:
            break
    return chosen


def figure_card(figure: Figure, language: str) -> FigureCard:
    """A figure as a card shows it: value with unit, what it measures and for whom, its year, and the
    article's words around the number."""
    label = figure_label(figure, language)
    return FigureCard(
        figure_value_text(figure, language),
        label[:1].upper() + label[1:],  # a card's label stands alone, as a heading does
        figure_when(figure, language),
        figure,
        figure_excerpt(figure),
    )
