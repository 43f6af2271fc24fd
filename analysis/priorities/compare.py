"""What persisted, is new or was dropped among the stated priorities from year to year."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

from analysis.priorities.concepts import load_taxonomy
from analysis.types import ConceptYears, PriorityChange, PriorityList


def compare_priorities(
    priorities: Iterable[PriorityList], *, years: Sequence[int]
) -> tuple[tuple[ConceptYears, ...], tuple[PriorityChange, ...]]:
    """For every concept the years it is a stated priority, and per pair of years what changed.

    >>> from analysis.types import PriorityItem
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
