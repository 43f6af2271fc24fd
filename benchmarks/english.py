"""How English the English story is: per slide, the items shown in Vietnamese and in English, and
the per-item "(Vietnamese original)" markers. ``python benchmarks/english.py`` (bundled seeds).

An item is a table cell, a word-cloud word, a figure card's label and unit, a chart category or
series name; an item is Vietnamese when it has a Vietnamese letter (đ, ư, ơ, ă, â, ê, ô or a tone
mark). Sources (titles, outlets) and quoted sentences are the article's wording and not counted.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.pipeline import BUNDLED_SEEDS, analyze_corpus
from analysis.present.brief import brief_of
from analysis.present.markdown import render_markdown
from analysis.present.selection import filter_corpus
from analysis.present.story import (
    ChangeColumns,
    FigureCards,
    MeasureCharts,
    PriorityMatrix,
    ThemeQuote,
    Timeline,
    build_story,
)

MARKERS = ("(Vietnamese original)", "No curated English gloss yet")


def vietnamese(text: str) -> bool:
    """Whether ``text`` has a letter English does not write (đ, or a Vietnamese diacritic)."""
    return any(unicodedata.combining(ch) or ch in "đĐ" for ch in unicodedata.normalize("NFD", text))


def noted(slide: object) -> str:
    """Whether the slide says once that untranslated items are in Vietnamese (older stories: no)."""
    return "note" if getattr(slide, "untranslated", "") else ""


def items(slide: object) -> list[str]:
    body = slide.body
    if isinstance(body, ThemeQuote):
        return [word for word, _ in body.words]
    if isinstance(body, PriorityMatrix):
        return list(body.labels)
    if isinstance(body, ChangeColumns):
        return [cell for row in body.table.rows for cell in row if cell]
    if isinstance(body, FigureCards):
        return [part for card in body.cards for part in (card.value, card.label) if part]
    if isinstance(body, MeasureCharts):
        return [chart.title for chart in body.charts] + [s.name for c in body.charts for s in c.series]
    if isinstance(body, Timeline):
        return [row[2] for row in body.table.rows]
    return []


def main() -> None:
    corpus = analyze_corpus([BUNDLED_SEEDS], cache_path=None)
    corpus = filter_corpus(corpus, years=None, documents=None, scope="national")
    story = build_story(corpus, language="en")
    total_vi = total_en = 0
    print(f"{'slide':<10} {'vi':>4} {'en':>4} {'':>4}  title")
    for slide in story.slides:
        shown = items(slide)
        vi = sum(map(vietnamese, shown))
        total_vi, total_en = total_vi + vi, total_en + len(shown) - vi
        print(f"{slide.kind:<10} {vi:>4} {len(shown) - vi:>4} {noted(slide):>4}  {slide.title[:70]}")
    markdown = render_markdown(brief_of(corpus, language="en"))
    markers = {marker: markdown.count(marker) for marker in MARKERS}
    print(f"items in Vietnamese: {total_vi}, in English: {total_en}")
    print(f"per-item markers in the English Markdown brief: {markers}")


if __name__ == "__main__":
    main()
