"""Raw article text to a Document: furniture split off, outlet, dates, title and year inferred,
corrections applied."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime

from analysis.documents.title import infer_title
from analysis.documents.year import infer_year
from analysis.furniture import (
    _source_line_date,
    headline_date,
    masthead,
    page_lines,
    split_furniture,
)
from analysis.outlets import infer_outlet, strip_outlet_prefix, tag_dateline_lines
from analysis.text import normalize_text
from analysis.types import Document


def _parse_override_published(value: object) -> datetime:
    return datetime.fromisoformat(str(value))


def build_document(
    doc_id: str,
    raw_text: str,
    *,
    path: str = "",
    overrides: Mapping[str, object] | None = None,
    source_url: str | None = None,
) -> Document:
    """Turn raw article text into a :class:`Document`; ``overrides`` win over inference;
    ``source_url`` is the address the article was fetched from, if any.

    >>> build_document("a", "Tin\\n(VOV5) - Ngày Chuyển đổi số quốc gia năm 2023.").year
    2023
    """
    text = normalize_text(raw_text)
    body_lines, furniture = split_furniture(text)
    # A dateline opens one of the first paragraphs; every other line naming the outlet is furniture.
    lead = tag_dateline_lines()
    outlet = infer_outlet(body_lines[:lead] + furniture, masthead=masthead(text.strip().split("\n")))
    body_lines = [strip_outlet_prefix(line, lead=number < lead) for number, line in enumerate(body_lines)]
    body_lines = [line for line in body_lines if line]
    title = infer_title(body_lines)
    published = headline_date(page_lines(text), title) or _source_line_date(furniture)
    body = "\n".join(body_lines)
    year = infer_year(title, body, published)

    overrides = dict(overrides or {})
    if "title" in overrides:
        title = str(overrides["title"])
    if "outlet" in overrides:
        outlet = str(overrides["outlet"]) if overrides["outlet"] is not None else None
    if "published" in overrides:
        published = _parse_override_published(overrides["published"]) if overrides["published"] else None
    if "year" in overrides:
        year = int(overrides["year"]) if overrides["year"] is not None else None

    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=doc_id,
        path=path,
        title=title,
        outlet=outlet,
        published=published,
        year=year,
        body=body,
        furniture=tuple(furniture),
        content_hash=digest,
        overrides=tuple(sorted((key, str(value)) for key, value in overrides.items())),
        source_url=source_url,
    )
