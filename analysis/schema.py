"""What each data file holds: its keys and their types, checked when the file loads.

A bad edit of a data file (a key misspelled, a word list written as one string) stops the program
at once with the file and the key named, instead of matching nothing in silence. A schema is
written with the small vocabulary below: a Python type (``str``, ``int``, ``float``, ``bool``),
``ListOf(spec)``, ``MapOf(spec)`` (a table whose keys are words of the data, not names the code
reads) and a ``dict`` of fixed keys (each value a spec; ``Optional(spec)`` where a key may be
left out). Every fixed key is one the code reads (``tests/analysis/test_data_files.py``).

The core's files are described in :data:`CORE_SCHEMAS`; the presentation files beside the view
code (``analysis.present.resources``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias


@dataclass(frozen=True)
class ListOf:
    """A list whose every item matches ``item``."""

    item: Spec


@dataclass(frozen=True)
class MapOf:
    """A table whose keys are data (words, codes), each value matching ``value``."""

    value: Spec


@dataclass(frozen=True)
class Optional:
    """A fixed key that an entry may leave out."""

    spec: Spec


Spec: TypeAlias = type | ListOf | MapOf | Optional | Mapping[str, Any]


class DataFileError(ValueError):
    """A data file that does not hold what the code reads; the message names the file and the key."""


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _describe(spec: Spec) -> str:
    if isinstance(spec, type):
        return _TYPE_NAMES.get(spec, spec.__name__)
    if isinstance(spec, ListOf):
        return f"a list of {_plural(spec.item)}"
    if isinstance(spec, Optional):
        return _describe(spec.spec)
    return "a table"


def _plural(spec: Spec) -> str:
    if isinstance(spec, type):
        return {str: "strings", int: "integers", float: "numbers", bool: "booleans"}.get(spec, spec.__name__)
    return "tables" if not isinstance(spec, ListOf) else "lists"


def _found(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, str):
        return f"a string ({value[:40]!r})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _matches_type(value: object, expected: type) -> bool:
    if expected is float:  # TOML writes 20 for 20.0
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def _check(file: str, path: str, value: object, spec: Spec) -> None:
    where = f"{file}: {path or '(top level)'}"
    if isinstance(spec, Optional):
        spec = spec.spec
    if isinstance(spec, type):
        if not _matches_type(value, spec):
            raise DataFileError(f"{where}: expected {_describe(spec)}, found {_found(value)}")
        return
    if isinstance(spec, ListOf):
        if not isinstance(value, list):
            raise DataFileError(f"{where}: expected {_describe(spec)}, found {_found(value)}")
        for index, item in enumerate(value):
            _check(file, f"{path}[{index}]", item, spec.item)
        return
    if not isinstance(value, dict):
        raise DataFileError(f"{where}: expected {_describe(spec)}, found {_found(value)}")
    if isinstance(spec, MapOf):
        for key, item in value.items():
            _check(file, f"{path}.{key}" if path else key, item, spec.value)
        return
    unknown = sorted(set(value) - set(spec))
    if unknown:
        key = f"{path}.{unknown[0]}" if path else unknown[0]
        raise DataFileError(
            f"{file}: {key}: unknown key (no code reads it; known here: {', '.join(sorted(spec))})"
        )
    for key, item_spec in spec.items():
        key_path = f"{path}.{key}" if path else key
        if key not in value:
            if isinstance(item_spec, Optional):
                continue
            raise DataFileError(f"{file}: {key_path}: missing (expected {_describe(item_spec)})")
        _check(file, key_path, value[key], item_spec)


def check_against(file: str, parsed: Mapping[str, Any], spec: Spec) -> None:
    """Raise :class:`DataFileError` naming ``file`` and the key where ``parsed`` strays from ``spec``.

    >>> check_against("scope.toml", {"cues": "toàn quốc"}, {"cues": ListOf(str)})
    Traceback (most recent call last):
    ...
    analysis.schema.DataFileError: scope.toml: cues: expected a list of strings, found a string ('toàn quốc')
    """
    _check(file, "", parsed, spec)


def key_paths(spec: Spec, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every fixed key of ``spec`` as a path from the top ("units", "percent"); data keys excluded.

    >>> list(key_paths({"units": {"percent": ListOf(str)}, "terms": MapOf(str)}))
    [('units',), ('units', 'percent'), ('terms',)]
    """
    if isinstance(spec, Optional):
        yield from key_paths(spec.spec, prefix)
    elif isinstance(spec, ListOf):
        yield from key_paths(spec.item, prefix)
    elif isinstance(spec, MapOf):
        yield from key_paths(spec.value, prefix)
    elif not isinstance(spec, type):
        for key, item in spec.items():
            yield (*prefix, key)
            yield from key_paths(item, (*prefix, key))


_WORDS = ListOf(str)


def _lists(names: str) -> dict[str, Spec]:
    """A table of word lists, one per name of the space-separated ``names``."""
    return {name: _WORDS for name in names.split()}


# One schema per TOML file of ``analysis/data`` (the core's vocabulary, hashed into the cache key).
CORE_SCHEMAS: dict[str, Spec] = {
    "calendar.toml": {
        "annual": ListOf({"name": str, "kind": str, "month": int, "day": int, "since": int}),
        "article_year": _lists(
            "next_year spans review index_names deadline done comparison reached school_year_start in_force "
            "law_heads"
        )
        | {"law_name_words": int},
    },
    "events.toml": {
        "kinds": ListOf({"id": str, "label_vi": str, "triggers": _WORDS}),
        "not_held": {"before": _WORDS, "moved_to": _WORDS, "after": _WORDS, "after_words": int},
        "year_frame": {"opening": _WORDS},
        "title": {"ends": _WORDS, "times_of_day": _WORDS, "times_of_day_before": _WORDS},
    },
    "figure_grammar.toml": {
        "units": _lists(
            "percent economy money multiplier score change rate time per not_units unit_lookalikes "
            "noun_verbs point_verbs type_words "
            "object_verbs "
            "stop_words"
        ),
        "cues": _lists(
            "rank year_compounds year_noun_before whole_nouns whole_equals whole_openers target_wholes "
            "numbered_terms "
            "threshold_bounds "
            "threshold_verbs threshold_tails "
            "threshold_conditions rank_fraction date_words "
            "rank_scope "
            "change falling_changes step_changes multiplier label label_exceptions baseline target "
            "stated_value_verbs result_markers "
            "plan_nouns goal_words_in_names goal_nouns plan_parts share_heads indicator_phrases "
            "contrast_words relative_years "
            "previous_year score_labels score_qualifiers index_labels count_labels figure_back_labels "
            "count_label_ends "
            "label_number_words "
            "time_figure_words per_periods value_verbs list_openers list_starts anaphora stop_nouns "
            "class_nouns rank_false_friends small_fraction_not_after present_words present_not_after "
            "present_not_before "
            "as_of_words firm_target forecast_words budget_words plan_frames share_qualifiers "
            "horizon_frames to_year period_words goal_year_words baseline_nouns baseline_year_parts "
            "per_markers whole_words series_joins series_rank_verbs about_words year_binders "
            "score_clause_words address_labels count_label_end_not_after share_copulas parties_before "
            "rank_pillar_words index_clause_adverbs scale_words result_bases rank_round_openers "
            "rank_round_fields label_quantifiers"
        ),
        "measure": _lists(
            "frames trailing trailing_compounds bare_heads leading run_compounds comma_compounds "
            "clause_subjects clause_connectives degree_words level_words "
            "count_run_stops count_run_relatives "
            "count_change_verbs purpose_words rank_steps percent_steps topic_ends topic_heads "
            "time_before_year agent_verbs "
            "generic_counters quantity_units share_verbs contrast_openers subset_openers passive_markers "
            "part_deeds aside_openers frame_nouns person_titles object_not_deeds "
            "adverse_deeds value_heads "
            "component_frames empty_measures "
            "owner_words pronoun_owners pronoun_compounds list_where_words list_predicates comparison_frames "
            "aspect_markers place_descriptors "
            "blocks block_heads block_levels place_determiners document_heads place_heads local_body_heads "
            "national actions "
            "national_cues "
            "district_heads wider_than_locality "
            "rank_fields "
            "provinces provinces_2025 countries list_heads list_head_links have_verbs holder_verbs "
            "apposed_kinds survey_deeds survey_says dangling_ends speakers "
            "change_verbs "
            "said_of_measure "
            "numbered_names "
            "respective "
            "respective_heads shared_head_joins deed_openers place_relatives present_adverbs "
            "measure_aspect_words "
            "whole_left negations "
            "other_whole_openers "
            "source_heads source_verbs run_stops places sources after_stops "
            "average_tails back_references measure_back_labels money_words money_nouns "
            "region_sectors ranking_verbs reporting_verbs source_openers venue_frames comparison_words "
            "example_words agencies verb_hedges spent_on_stops part_of_whole_verbs aspect_heads aspect_tails "
            "bound_measures "
            "duration_verbs"
        )
        | {"money_verbs": MapOf(_WORDS)},
    },
    "furniture.toml": {
        "lines": _WORDS,
        "related_headings": _WORDS,
        "patterns": _WORDS,
        "menu": _WORDS,
        "month_words": ListOf(_WORDS),
        "month_names": ListOf(_WORDS),
        "byline_labels": _WORDS,
    },
    "instrument_grammar.toml": {
        "kinds": ListOf({"name": str, "words": _WORDS, "codes": _WORDS, "weak": Optional(bool)}),
        "fallback": {"name": str},
        "issuers": MapOf(str),
        "law_names": {"stops": _WORDS, "max_words": int},
        "titles": {"openers": _WORDS, "breaks": _WORDS, "ends": _WORDS, "max_words": int},
    },
    "instruments.toml": {
        "instruments": ListOf(
            {
                "kind": str,
                "symbol": str,
                "issued": str,
                "title": str,
                "issuer": str,
                "aliases": _WORDS,
                "source": str,
                "targets": Optional(
                    ListOf(
                        {
                            "clause": str,
                            "measure": str,
                            "value": float,
                            "unit": str,
                            "kind": str,
                            "deadline": int,
                            "source": str,
                        }
                    )
                ),
            }
        ),
    },
    "list_grammar.toml": {
        "numbered": {"patterns": _WORDS},
        "measured_items": {"verbs": _WORDS, "units": _WORDS, "target_heads": _WORDS},
        "index_parts": {"names": _WORDS, "verbs": _WORDS},
    },
    "outlets.toml": {
        "datelines": _WORDS,
        "caption_words": _WORDS,
        "agencies": _WORDS,
        "tag_dateline_lines": int,
        "tag_lookalikes": _WORDS,
        "portal_titles": _WORDS,
        "patterns": _WORDS,
        "max_source_words": int,
        "credits": _WORDS,
        "footers": _WORDS,
        "rights_phrases": _WORDS,
        "proper_names": _WORDS,
        "footer_names": _WORDS,
        "names": _WORDS,
        "name_tails": _WORDS,
        "portal_heads": _WORDS,
        "max_portal_words": int,
        "lowercase_words": _WORDS,
        "place_heads": _WORDS,
        "owners": _WORDS,
        "owner_heads": _WORDS,
        "site_label": str,
        "sites": _WORDS,
        "news_agencies": _WORDS,
    },
    "problems.toml": {"vi": MapOf(str)},
    "scope.toml": {
        "national": {"bodies": _WORDS, "cues": _WORDS, "country": _WORDS},
        "province": {"own": _WORDS, "venue_words": _WORDS, "dateline_tails": _WORDS},
        "sector": {"bodies": MapOf(_WORDS), "own": {"words": _WORDS}},
        "international": {"cues": _WORDS},
    },
    "taxonomy.toml": {
        "concepts": ListOf({"id": str, "label_vi": str, "keywords": _WORDS}),
    },
    "term_kinds.toml": {
        "titles": _WORDS,
        "surnames": _WORDS,
        "time_words": _WORDS,
        "fragments": _WORDS,
        "edge_words": _WORDS,
    },
    "theme_grammar.toml": {
        "quotes": {"pairs": _WORDS},
        "run_on": {"ends": _WORDS, "clause_subjects": _WORDS},
        "named_year": {"links": _WORDS, "max_between": int, "ends": _WORDS},
    },
}


def check_data(name: str, parsed: Mapping[str, Any]) -> None:
    """Check the core data file ``name`` (parsed) against its schema; :class:`DataFileError` says
    which key of which file is wrong.

    >>> check_data("theme_grammar.toml", {"quotes": {"pairs": ["“”"]}})
    Traceback (most recent call last):
    ...
    analysis.schema.DataFileError: theme_grammar.toml: run_on: missing (expected a table)
    """
    if name not in CORE_SCHEMAS:
        raise DataFileError(f"{name}: no schema says what this data file holds (analysis/schema.py)")
    check_against(name, parsed, CORE_SCHEMAS[name])
