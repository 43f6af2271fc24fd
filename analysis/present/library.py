"""View data of the library page: reviewing uploads before they are saved, the stored list, the
editing and removing of stored articles, and the uploader's own texts in the interface language.

Also the year filter's carry-over: a year that appears with a new article joins the selection
when every year was selected, so the article shows in the tab that added it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime

import pandas as pd

from analysis.intake import Candidate, clean_corrections
from analysis.present.i18n import format_figure, translate
from analysis.read.formats import MAX_BYTES, MAX_CHARS, MB
from analysis.read.metadata import MAX_YEAR, MIN_YEAR, OVERRIDABLE_FIELDS
from analysis.read.problems import ReadError, make_problem
from analysis.store import StoredDocument, document_details
from analysis.text import fold_diacritics
from analysis.types import LoadProblem

REVIEW_COLUMNS = ("file", "source", "id", "title", "outlet", "published", "year")


def carry_year_selection(chosen: Sequence[int], previous: Sequence[int], years: Sequence[int]) -> list[int]:
    """The year filter after the corpus's years changed from ``previous`` to ``years``.

    Everything selected stays everything (a new 2025 joins); otherwise the choice is kept, minus
    years no article is about any more.

    >>> carry_year_selection([2022, 2023, 2024], [2022, 2023, 2024], [2022, 2023, 2024, 2025])
    [2022, 2023, 2024, 2025]
    >>> carry_year_selection([2023], [2022, 2023, 2024], [2022, 2024, 2025])
    []
    """
    if sorted(chosen) == sorted(previous):
        return list(years)
    return [year for year in chosen if year in years]


def review_rows(candidates: Sequence[Candidate]) -> list[dict[str, object]]:
    """One editable row per candidate, with what was inferred (the user corrects it in place)."""
    rows = []
    for candidate in candidates:
        document = candidate.document
        rows.append(
            {
                "file": candidate.name,
                "source": candidate.source_url or "",
                "id": candidate.doc_id,
                "title": document.title,
                "outlet": document.outlet or "",
                "published": document.published.date().isoformat() if document.published else "",
                "year": document.year,
            }
        )
    return rows


def _same(field: str, edited: object, inferred: object) -> bool:
    if field == "published":
        return str(edited or "")[:10] == str(inferred or "")[:10]
    if field == "year":
        try:
            return (None if edited in (None, "") else int(str(edited))) == inferred
        except ValueError:
            return False
    return (str(edited or "").strip() or None) == (str(inferred or "").strip() or None)


def corrections_from_review(
    candidates: Sequence[Candidate], edited: Sequence[Mapping[str, object]]
) -> tuple[dict[str, dict[str, object]], list[LoadProblem]]:
    """What the user changed in the review table, checked, by file name; bad values are problems.

    >>> corrections_from_review([], [])
    ({}, [])
    """
    corrections: dict[str, dict[str, object]] = {}
    problems: list[LoadProblem] = []
    for candidate, row in zip(candidates, edited, strict=False):
        inferred = document_details(candidate.document)
        changed = {
            field: _none_if_blank(row.get(field))
            for field in OVERRIDABLE_FIELDS
            if not _same(field, row.get(field), inferred[field])
        }
        if "year" in changed and isinstance(changed["year"], float) and changed["year"] != changed["year"]:
            changed["year"] = None  # an emptied number cell comes back as NaN
        try:
            corrections[candidate.name] = clean_corrections(changed)
        except ReadError as error:
            problems.append(
                make_problem(
                    candidate.name, "sidecar_value", name=candidate.name, doc=candidate.doc_id, **error.values
                )
            )
    return corrections, problems


def _none_if_blank(value: object) -> object:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value


def search_stored(documents: Sequence[StoredDocument], query: str) -> list[StoredDocument]:
    """Stored documents whose id, title, outlet or file name contains ``query`` (diacritics optional).

    >>> stored = StoredDocument("a", "a.txt", "txt", 1, "", "Kinh tế số", None, None, None, ())
    >>> [document.id for document in search_stored([stored], "kinh te")]
    ['a']
    """
    needle = fold_diacritics(query.strip()).casefold()
    if not needle:
        return list(documents)
    return [
        document
        for document in documents
        if needle
        in fold_diacritics(
            " ".join((document.id, document.title, document.outlet or "", document.name))
        ).casefold()
    ]


def shown_title(document: StoredDocument, language: str) -> str:
    """A stored document's title on one line, marked when its record is damaged.

    >>> damaged = StoredDocument("a", "a.txt", "txt", 1, "", "Kinh  tế số", None, None, None, (), True)
    >>> shown_title(damaged, "en")
    '[damaged] Kinh tế số'
    """
    title = " ".join(document.title.split())
    return f"{translate('store_damaged_mark', language)} {title}".strip() if document.damaged else title


def stored_table(documents: Sequence[StoredDocument], language: str) -> pd.DataFrame:
    """The stored documents as a table in ``language`` (a damaged record's title is marked)."""
    rows = [
        {
            "id": document.id,
            translate("title", language): shown_title(document, language),
            translate("outlet", language): document.outlet or translate("unknown_outlet", language),
            translate("library_source", language): document.source_url or "",
            translate("year", language): str(document.year)
            if document.year
            else translate("unknown_year", language),
            translate("library_file", language): document.name,
            translate("library_format", language): document.format,
            translate("library_added", language): _added(document.added_at),
            translate("library_corrected", language): ", ".join(
                translate(f"field_{field}", language) for field in document.corrected
            ),
        }
        for document in documents
    ]
    return pd.DataFrame(rows, columns=_stored_columns(language))


def _stored_columns(language: str) -> list[str]:
    keys = (
        "title",
        "outlet",
        "library_source",
        "year",
        "library_file",
        "library_format",
        "library_added",
        "library_corrected",
    )
    return ["id", *(translate(key, language) for key in keys)]


def _added(value: str) -> str:
    try:
        return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value


def upload_limits() -> str:
    """The reader's own size limit for each format (what the upload really accepts); each limit
    is kept on one line with no-break spaces.

    >>> upload_limits().replace("\\xa0", " ")
    '3 MB (TXT, MD) · 5 MB (HTML, HTM) · 10 MB (DOCX, PDF)'
    """
    by_size: dict[int, list[str]] = {}
    for suffix, size in MAX_BYTES.items():
        by_size.setdefault(size, []).append(suffix.lstrip(".").upper())
    groups = (f"{size // MB} MB ({', '.join(names)})" for size, names in sorted(by_size.items()))
    return " · ".join(group.replace(" ", "\xa0") for group in groups)


def upload_help(language: str) -> str:
    """The caption under the uploader: one article per file, its length limit, that the server keeps
    them (never where: a visitor has no business with the server's folders).

    >>> upload_help("vi")[:38]
    'Mỗi tệp một bài, tối đa 1 triệu ký tự.'
    """
    chars = format_figure(MAX_CHARS, None, language)
    return translate("library_upload_limits", language, chars=chars)


_SCOPE = re.compile(r"[A-Za-z0-9_-]+")


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal that cannot end the string, the rule or the style element.

    >>> _css_string('Tệp "x" </style>')
    '"Tệp \\\\22 x\\\\22  \\\\3c /style\\\\3e "'
    """
    return '"' + "".join(ch if ch.isalnum() or ch in " .,;:·–()/" else f"\\{ord(ch):x} " for ch in text) + '"'


def uploader_css(scope: str, language: str) -> str:
    """CSS that shows Streamlit's file uploader texts in ``language`` inside the container whose
    key is ``scope``: Streamlit 1.67 has no parameter for its "Upload" button, its
    "200MB per file • TXT, …" line or its "Drag and drop files here" overlay, so those are hidden
    and the app's own texts (with the reader's real size limits) are drawn in their place; a file
    the server refused gets a line saying what to do. The element holding this style (when it
    sits in the container) takes no room either.

    >>> 'content: "Chọn tệp"' in uploader_css("kho", "vi")
    True
    """
    if not _SCOPE.fullmatch(scope):
        raise ValueError(f"not a widget key usable as a CSS class: {scope!r}")
    root = f".st-key-{scope} [data-testid='stFileUploaderDropzone']"
    button = _css_string(translate("uploader_button", language))
    instructions = _css_string(translate("uploader_instructions", language, limits=upload_limits()))
    drop = _css_string(translate("uploader_drop", language))
    # A name of some 8,000 characters or more makes Streamlit's server refuse the upload itself
    # (HTTP 400) before the page can see the file; its chip then has only a red icon.
    failed = _css_string(translate("uploader_failed", language))
    return f"""
.st-key-{scope} [data-testid='stElementContainer']:has(style) {{ display: none; }}
{root} button [data-testid='stMarkdownContainer'] p {{ display: none; }}
{root} button [data-testid='stMarkdownContainer']::after {{ content: {button}; }}
{root} [data-testid='stFileUploaderDropzoneInstructions'] span {{ display: none; }}
{root} [data-testid='stFileUploaderDropzoneInstructions'] > div::after {{
    content: {instructions}; font-size: 0.875rem; opacity: 0.7; white-space: normal;
}}
{root} > div:not([data-testid]) > span {{ display: none; }}
{root} > div:not([data-testid])::after {{ content: {drop}; font-size: 0.875rem; font-weight: 800; }}
.st-key-{scope} [data-testid='stTooltipErrorHoverTarget']::after {{
    content: {failed}; font-size: 0.875rem; color: rgb(189, 64, 67); white-space: normal; align-self: center;
}}
"""


def edit_defaults(document: StoredDocument) -> dict[str, str]:
    """What the edit form shows for a stored document: its current details as text.

    >>> stored = StoredDocument("a", "a.txt", "txt", 1, "", "Kinh tế số", None, "2025-10-10T08:00", 2025, ())
    >>> edit_defaults(stored)
    {'title': 'Kinh tế số', 'outlet': '', 'published': '2025-10-10', 'year': '2025'}
    """
    return {
        "title": document.title,
        "outlet": document.outlet or "",
        "published": (document.published or "")[:10],
        "year": "" if document.year is None else str(document.year),
    }


def stored_choice(document: StoredDocument, language: str) -> str:
    """How a stored document reads in the edit and remove menus: title, year and id (unique).

    >>> stored_choice(StoredDocument("a", "a.txt", "txt", 1, "", "Kinh tế số", None, None, 2025, ()), "vi")
    'Kinh tế số (2025) · a'
    """
    year = document.year if document.year is not None else translate("unknown_year", language)
    title = shown_title(document, language)
    return f"{title if len(title) <= 90 else title[:89] + '…'} ({year}) · {document.id}"


def fields_text(fields: Sequence[str], language: str) -> str:
    """Changed fields named in ``language``.

    >>> fields_text(["title", "year"], "vi")
    'tiêu đề, năm'
    """
    return ", ".join(translate(f"field_{field}", language) for field in fields)


def year_placeholder(language: str) -> str:
    return translate("library_year_placeholder", language, first=MIN_YEAR, last=MAX_YEAR)
