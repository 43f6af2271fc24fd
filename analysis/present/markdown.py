"""The report as a readable Vietnamese Markdown brief, for meetings and e-mail; figures are written,
labelled and escaped the way every other view writes them (:mod:`analysis.present.figures`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from analysis.present.figures import figure_caption, figure_value_text
from analysis.present.instruments import mention_from_report, summarize_instruments
from analysis.report import escape_inline
from analysis.types import Figure

_FIGURE_FIELDS = {field.name for field in fields(Figure)}


def figure_from_report(row: Mapping[str, Any]) -> Figure:
    """A figure of the JSON report as the :class:`~analysis.types.Figure` it was written from."""
    values: dict[str, Any] = dict.fromkeys(("subject", "qualifier", "year")) | dict.fromkeys(
        ("unit", "text", "doc", "sentence"), ""
    )
    values |= {key: value for key, value in row.items() if key in _FIGURE_FIELDS}
    values["value"] = float(values["value"])
    for key in ("value_high", "out_of"):
        if values.get(key) is not None:
            values[key] = float(values[key])
    return Figure(**values)


def render_markdown(report: Mapping[str, Any]) -> str:
    """A readable Vietnamese brief of the report, for meetings and e-mail."""
    labels = {concept["id"]: concept["label_vi"] for concept in report["concepts"]}
    lines = ["# Chuyển đổi số quốc gia — báo cáo tổng hợp", ""]
    lines += ["## Tài liệu", "", "| Mã | Tiêu đề | Nguồn | Ngày đăng | Năm | Số từ |"]
    lines += ["|---|---|---|---|---|---|"]
    for doc in report["documents"]:
        cells = [doc["id"], doc["title"], doc["outlet"] or "—", doc["published"] or "—", doc["year"] or "—"]
        row = " | ".join(escape_inline(cell) for cell in cells)
        lines.append(f"| {row} | {doc['words']} |")
    lines += ["", "## Chủ đề từng năm", ""]
    for year, summary in report["years"].items():
        lines.append(f"### {year}")
        official = summary["official_theme"]
        lines.append(
            f"- Chủ đề chính thức: {escape_inline(official) if official else 'không nêu trong tài liệu'}"
        )
        for theme in summary["themes"]:
            kind, text, doc = (escape_inline(theme[key]) for key in ("kind", "text", "doc"))
            lines.append(f"  - ({kind}) {text} — _{doc}_")
        terms = ", ".join(escape_inline(term["term"]) for term in summary["top_terms"][:10])
        lines.append(f"- Từ khóa nổi bật: {terms or '—'}")
        lines.append("")
    lines += ["## Ưu tiên", ""]
    for priority in report["priorities"]:
        heading, doc = escape_inline(priority["heading"]), escape_inline(priority["doc"])
        lines.append(f"### {priority['year'] or '?'} — {heading} (_{doc}_)")
        for item in priority["items"]:
            lines.append(
                f"- {escape_inline(item['text'])} → **{labels.get(item['concept'], 'chưa phân loại')}**"
            )
        lines.append("")
    lines += ["## So sánh ưu tiên qua các năm", ""]
    for row in report["comparison"]:
        lines.append(f"- {row['label_vi']}: {', '.join(str(year) for year in row['years'])}")
    for change in report["changes"]:

        def named(ids: list[str]) -> str:
            return ", ".join(labels.get(concept, concept) for concept in ids) or "—"

        lines.append(
            f"- {change['from']} → {change['to']}: giữ {named(change['persisted'])}; "
            f"mới {named(change['new'])}; bỏ {named(change['dropped'])}"
        )
    lines += ["", "## Số liệu chính", ""]
    for row in report["figures"]:
        figure = figure_from_report(row)
        value = escape_inline(figure_value_text(figure, "vi"))
        caption = escape_inline(figure_caption(figure, "vi", year=False))
        when = f"{figure.year or '?'}" + (", mục tiêu" if figure.is_target else "")
        sentence, doc = escape_inline(figure.sentence), escape_inline(figure.doc)
        lines.append(f"- **{value}** — {caption} ({when}) — “{sentence}” _{doc}_")
    lines += ["", "## Dòng thời gian", ""]
    for event in report["timeline"]:
        lines.append(f"- {event['date']}: {escape_inline(event['title'])} — _{escape_inline(event['doc'])}_")
    lines += ["", "## Văn bản được trích dẫn", ""]
    mentions = [mention_from_report(row) for row in report.get("instruments", [])]
    for row in summarize_instruments(mentions):
        facts = ", ".join(
            fact
            for fact in (row.kind, row.issuer, row.issued.strftime("%d/%m/%Y") if row.issued else None)
            if fact
        )
        title = f" {escape_inline(row.title)}" if row.title else ""
        docs = ", ".join(f"_{escape_inline(doc)}_" for doc in row.documents)
        label, cited = escape_inline(row.label), len(row.mentions)
        lines.append(f"- **{label}** ({escape_inline(facts)}){title}: {cited} lần trích dẫn — {docs}")
    if not mentions:
        lines.append("- Không bài viết nào trích dẫn văn bản.")
    return "\n".join(lines) + "\n"
