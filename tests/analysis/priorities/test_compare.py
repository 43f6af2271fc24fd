"""What persisted, is new or was dropped from year to year: built lists and the seeds."""

from __future__ import annotations

from analysis.priorities.compare import compare_priorities
from analysis.types import CorpusAnalysis, PriorityItem, PriorityList

# --- compare_priorities --------------------------------------------------------------------------


def _list(year: int, *concepts: str | None) -> PriorityList:
    return PriorityList(year, "h", tuple(PriorityItem(str(c), c) for c in concepts), "d", "s")


def test_compare_priorities_on_built_lists() -> None:
    rows, changes = compare_priorities(
        [
            _list(2022, "online_public_services", "digital_data"),
            _list(2023, "digital_data", None),
            _list(2024, "digital_governance", "digital_data"),
            _list(2019, "cybersecurity"),  # not one of the years asked about
        ],
        years=[2022, 2023, 2024],
    )
    assert [(row.concept, row.years) for row in rows] == [
        ("digital_data", (2022, 2023, 2024)),
        ("online_public_services", (2022,)),
        ("digital_governance", (2024,)),
    ]
    assert rows[0].label_vi == "Dữ liệu số"
    assert [(c.from_year, c.to_year, c.persisted, c.new, c.dropped) for c in changes] == [
        (2022, 2023, ("digital_data",), (), ("online_public_services",)),
        (2022, 2024, ("digital_data",), ("digital_governance",), ("online_public_services",)),
        (2023, 2024, ("digital_data",), ("digital_governance",), ()),
    ]


def test_compare_priorities_with_no_lists() -> None:
    rows, changes = compare_priorities([], years=[2023, 2024])
    assert rows == ()
    assert [(c.persisted, c.new, c.dropped) for c in changes] == [((), (), ())]


def test_seed_comparison(seed_corpus: CorpusAnalysis) -> None:
    rows = {row.concept: row.years for row in seed_corpus.comparison}
    assert rows["digital_data"] == (2023, 2024)
    assert rows["online_public_services"] == (2022, 2023)
    assert rows["digital_governance"] == (2024,)
    changes = {(change.from_year, change.to_year): change for change in seed_corpus.changes}
    assert sorted(changes) == [(2022, 2023), (2022, 2024), (2023, 2024)]
    change = changes[(2023, 2024)]
    assert "digital_governance" in change.new
    assert "online_public_services" in change.dropped
    assert "digital_platforms" in change.dropped
    assert set(change.persisted) == {"digital_data", "cybersecurity"}


def test_compare_priorities_on_the_seed_lists(seed_corpus: CorpusAnalysis) -> None:
    rows, changes = compare_priorities(seed_corpus.priorities, years=[2023, 2024])
    assert {row.concept: row.years for row in rows}["digital_data"] == (2023, 2024)
    (change,) = changes
    assert (change.from_year, change.to_year) == (2023, 2024)
    assert "digital_governance" in change.new
    assert "online_public_services" in change.dropped
