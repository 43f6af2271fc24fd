"""The briefing as Markdown, for meetings and e-mail: the brief's blocks
(:mod:`analysis.present.brief`) in text, in the story's language. A summary comes first, each
section's message title, its tables (a chart as its numbers, a word cloud as its words), its source
line with outlets and dates, and the numbered sources at the end. Article text is inert: escaped,
and whatever a renderer would link is written as code (:func:`~analysis.present.report.escape_inline`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.present.brief import (
    Brief,
    ChartBlock,
    CloudBlock,
    Heading,
    NumberedList,
    Paragraph,
    TableBlock,
    chart_table,
)
from analysis.present.report import escape_inline
from analysis.present.story import Table

WORDS_IN_TEXT = 12  # a word cloud, in text, is its most frequent words
# What makes a block of a line that starts with it: a heading, a quote, a list item, a rule.
_BLOCK_START = re.compile(r"^([#>+=*-]|\d+(?=[.)]))")


def _line(text: str) -> str:
    r"""Escaped text (see :func:`~analysis.present.report.escape_inline`) that starts a line and stays text.

    >>> print(_line("# 1. tiêu đề"), _line("2024. Năm dữ liệu"), _line("Năm 2024"), sep=" | ")
    \# 1. tiêu đề | 2024\. Năm dữ liệu | Năm 2024
    """
    escaped = escape_inline(text)
    match = _BLOCK_START.match(escaped)
    if match is None:
        return escaped
    if match.group(1)[0].isdigit():  # "2024." → "2024\.": a number, not a list item
        end = match.end()
        return escaped[:end] + "\\" + escaped[end:]
    return "\\" + escaped


def _markdown_table(table: Table) -> list[str]:
    def row(cells: Sequence[str]) -> str:
        return "| " + " | ".join(escape_inline(cell) or " " for cell in cells) + " |"

    return [row(table.header), "|" + "---|" * len(table.header), *(row(cells) for cells in table.rows)]


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown to paste in an e-mail: a summary first, each section's message title,
    its tables (charts as their numbers), its source line, and the numbered sources at the end.
    Article text is inert (:func:`~analysis.present.report.escape_inline`): no markup, no link.

    >>> brief = build_brief(build_story(corpus, paged=False))  # doctest: +SKIP
    >>> render_markdown(brief).splitlines()[0]  # doctest: +SKIP
    '# Chuyển đổi số quốc gia 2022–2024: 5 điểm chính'
    """
    lines: list[str] = []
    for block in brief.blocks:
        if isinstance(block, Heading):
            lines += ["#" * block.level + " " + escape_inline(block.text), ""]
        elif isinstance(block, Paragraph):
            text = _line(block.text)
            if block.style in ("message", "note", "source") and text:
                text = f"_{text}_"
            elif block.style == "quote":
                text = f"> {text}"
            lines += [text, ""]
        elif isinstance(block, NumberedList):
            lines += [f"{number}. {escape_inline(item)}" for number, item in enumerate(block.items, start=1)]
            lines.append("")
        elif isinstance(block, TableBlock):
            lines += [*_markdown_table(block.table), ""]
        elif isinstance(block, ChartBlock):
            lines += [f"**{escape_inline(block.chart.title)}**", ""]
            lines += [*_markdown_table(chart_table(block.chart, brief.language)), ""]
        elif isinstance(block, CloudBlock):
            words = ", ".join(word for word, _ in block.words[:WORDS_IN_TEXT])
            lines += [f"{_line(block.caption)}: {escape_inline(words)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
