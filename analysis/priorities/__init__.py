"""Enumerated priority lists, their mapping to the concept taxonomy, and year-to-year comparison.

Each step lives in its own module; the names every caller uses are gathered here.
"""

from analysis.priorities.compare import compare_priorities
from analysis.priorities.concepts import load_taxonomy, map_concept
from analysis.priorities.extract import extract_priorities, find_list_heading, list_heads
from analysis.priorities.items import split_items

__all__ = [
    "compare_priorities",
    "extract_priorities",
    "find_list_heading",
    "list_heads",
    "load_taxonomy",
    "map_concept",
    "split_items",
]
