"""Articles brought in the way people have them, as candidates for the review step: files, .zip
archives of articles, links to article pages, and text pasted with its title; the duplicate key;
the user's corrections checked.

Each way ends in :func:`prepare_upload` (the one reading of an article's bytes), so an article
fetched from a link, found in an archive or saved as a file gives the same text and the same
inferred details. Nothing here writes anything but :func:`add_files` and :func:`revise_document`,
through the store (which keeps what the user reviewed: bytes, text, corrections, never what was
inferred).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.documents import build_document, walk_folder
from analysis.read import ReadError, document_id_for, read_article
from analysis.read.archive import ARCHIVE_SUFFIX, MAX_ARCHIVE_BYTES, ArchiveMember, read_archive
from analysis.read.formats import MB, check_size
from analysis.read.metadata import MAX_TEXT_FIELD, MAX_YEAR, MIN_YEAR, OVERRIDABLE_FIELDS, clean_field
from analysis.read.names import clean_upload_name, display_name, suffix_of
from analysis.read.problems import make_problem
from analysis.read.web import FetchLimits, fetch_page
from analysis.store import AddResult, CorpusStore, Revision, document_details
from analysis.text import normalize_text
from analysis.types import Document, LoadProblem

# What a link looks like in pasted text: a scheme, "://", then anything up to a space; a bracket
# or a mark of punctuation closing it belongs to the sentence around it.
_LINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"'()]+(?<![.,;:!?])")
# Called as (done, total, link) before each link is fetched and once at the end.
LinkProgress = Callable[[int, int, str], None]


def text_key(document: Document) -> str:
    """What makes two documents the same article: their body text, whatever the format or spacing.

    >>> text_key(build_document("a", "Kinh tế\\n  số.")) == text_key(build_document("b", "Kinh tế số."))
    True
    """
    return hashlib.sha256(" ".join(document.body.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Candidate:
    """An uploaded file read and understood, waiting for the user to review its metadata."""

    name: str
    doc_id: str
    format: str
    data: bytes
    text: str
    document: Document
    key: str  # the duplicate check: :func:`text_key` of ``document``
    warnings: tuple[LoadProblem, ...] = ()
    # The address an article was fetched from, and details the user gave with it (a paste's
    # title, outlet and date), saved as corrections unless the review changes them.
    source_url: str | None = None
    given: tuple[tuple[str, object], ...] = ()


def prepare_upload(name: str, data: bytes) -> Candidate:
    """Read an uploaded file into a :class:`Candidate`, or raise :class:`ReadError` saying why not.

    >>> prepare_upload("bài.txt", "Ngày Chuyển đổi số quốc gia năm 2025.".encode()).document.year
    2025
    """
    article = read_article(name, data)
    doc_id = document_id_for(name)
    document = build_document(doc_id, article.text, path=display_name(name))
    if not document.body.strip():
        raise ReadError("furniture_only")
    key = text_key(document)
    return Candidate(name, doc_id, article.format, data, article.text, document, key, article.warnings)


def clean_corrections(corrections: Mapping[str, object]) -> dict[str, object]:
    """Corrections checked field by field (raises :class:`ReadError` "sidecar_value")."""
    return {
        field: clean_field(field, corrections[field]) for field in OVERRIDABLE_FIELDS if field in corrections
    }


def _typed(value: object) -> str:
    """A typed value as a message shows it: on one line, cut at 40 characters."""
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def _same_value(field: str, first: object, second: object) -> bool:
    if field == "published":  # a date typed in a form matches an inferred date-and-time of that day
        return str(first or "")[:10] == str(second or "")[:10]
    return first == second


def revise_corrections(
    inferred: Mapping[str, object],
    corrections: Mapping[str, object],
    changes: Mapping[str, object],
    *,
    name: str,
) -> tuple[dict[str, object], list[LoadProblem]]:
    """A document's corrections after the user's ``changes`` (raw typed values by field).

    Every value is checked first; if any is bad, the corrections come back unchanged with one
    problem per bad value (named ``name``). A value equal to the current one keeps things as they
    are; any other value is the user's, kept as a correction even when it equals the inferred one
    (so an improved inference never overrides what the user confirmed).

    >>> revise_corrections({"title": "Bài", "year": 2023}, {}, {"year": "2024", "title": "Bài"}, name="a")
    ({'year': 2024}, [])
    >>> revise_corrections({"title": "Bài", "year": 2023}, {"year": 2024}, {"year": "2023"}, name="a")
    ({'year': 2023}, [])
    >>> revise_corrections({"title": "Bài", "year": 2023}, {}, {"year": "3000"}, name="a")[1][0].message[:47]
    'a: năm “3000” không hợp lệ; hãy nhập một năm từ'
    """
    cleaned: dict[str, object] = {}
    problems: list[LoadProblem] = []
    for field in OVERRIDABLE_FIELDS:
        if field not in changes:
            continue
        value = changes[field]
        try:
            cleaned[field] = clean_field(field, value)
        except ReadError:
            empty = value is None or not str(value).strip()
            code = "edit_title_empty" if field == "title" and empty else f"edit_{field}"
            problems.append(
                make_problem(
                    name,
                    code,
                    name=name,
                    value=_typed(value if value is not None else ""),
                    first=MIN_YEAR,
                    last=MAX_YEAR,
                    limit=MAX_TEXT_FIELD,
                )
            )
    revised = dict(corrections)
    if problems:
        return revised, problems
    current = {**inferred, **corrections}
    for field, value in cleaned.items():
        if not _same_value(field, value, current.get(field)):
            revised[field] = value
    return revised, problems


def revise_document(store: CorpusStore, doc_id: str, changes: Mapping[str, object]) -> Revision:
    """Check the user's ``changes`` to a stored document's details (raw typed values by field)
    and save them in one transaction; a bad value, a missing or a damaged document changes
    nothing. ``changed`` names the fields whose shown value changed.

    >>> with CorpusStore(Path("/tmp/dx.sqlite3")) as store:  # doctest: +SKIP
    ...     revise_document(store, "can-tho", {"year": "2024", "outlet": "Báo Cần Thơ"}).changed
    ('outlet', 'year')
    """
    outcome: list[Revision] = []

    def revise(inferred_document: Document, corrections: dict[str, object]) -> dict[str, object] | None:
        inferred = document_details(inferred_document)
        revised, problems = revise_corrections(inferred, corrections, changes, name=doc_id)
        if problems:
            outcome.append(Revision((), tuple(problems)))
            return None
        before, after = {**inferred, **corrections}, {**inferred, **revised}
        changed = (f for f in OVERRIDABLE_FIELDS if not _same_value(f, before.get(f), after.get(f)))
        outcome.append(Revision(tuple(changed), ()))
        return revised

    problem = store.update_corrections(doc_id, revise)
    return Revision((), (problem,)) if problem is not None else outcome[0]


def prepare_uploads(uploads: Sequence[tuple[str, bytes]]) -> tuple[list[Candidate], list[LoadProblem]]:
    """Read every uploaded file; the readable ones become candidates, the others problems."""
    candidates: list[Candidate] = []
    problems: list[LoadProblem] = []
    for name, data in uploads:
        shown = display_name(name)
        try:
            # A NUL, an escape or 10,000 characters in a name would reach ids, tables and messages.
            clean = clean_upload_name(name)
            candidate = prepare_upload(clean, data)
        except ReadError as error:
            problems.append(error.problem(shown, name=shown))
            continue
        if clean != normalize_text(name):
            renamed = make_problem(clean, "upload_name", kept=True, name=shown, clean=clean)
            candidate = replace(candidate, warnings=(renamed, *candidate.warnings))
        candidates.append(candidate)
    return candidates, problems


def add_files(
    store: CorpusStore,
    uploads: Sequence[tuple[str, bytes]],
    *,
    corrections: Mapping[str, Mapping[str, object]] | None = None,
    known: Mapping[str, str] | None = None,
    on_saving: Callable[[str], None] | None = None,
) -> AddResult:
    """Read and save a batch of files; unreadable ones are reported, the good ones saved together.

    >>> with CorpusStore(Path("/tmp/dx.sqlite3")) as store:  # doctest: +SKIP
    ...     add_files(store, [("bai.docx", Path("bai.docx").read_bytes())]).added
    ('bai',)
    """
    candidates, problems = prepare_uploads(uploads)
    result = store.add(candidates, corrections=corrections, known=known, on_saving=on_saving)
    return AddResult(result.added, tuple(problems) + result.problems)


def links_in(text: str) -> list[str]:
    """The links in pasted text (one per line, or separated by spaces), each once, in order.

    >>> links_in("https://a.vn/1.html\\n\\n  (https://a.vn/2.html), https://a.vn/1.html")
    ['https://a.vn/1.html', 'https://a.vn/2.html']
    """
    return list(dict.fromkeys(_LINK.findall(text)))


def is_link(item: str) -> bool:
    """Whether a command-line item is a link rather than a path.

    >>> is_link("https://vnexpress.net/bai.html"), is_link("bai-viet/2024")
    (True, False)
    """
    return bool(_LINK.fullmatch(item.strip()))


def _member_candidate(archive: str, member: ArchiveMember) -> Candidate | LoadProblem:
    shown = display_name(f"{archive}/{member.path}", limit=300)
    try:
        candidate = prepare_upload(clean_upload_name(member.name), member.data)
    except ReadError as error:
        return error.problem(shown, name=shown)
    # Named by its place in the archive: two "tin.txt" in two folders stay two rows to review.
    return replace(candidate, name=shown)


def prepare_files(uploads: Sequence[tuple[str, bytes]]) -> tuple[list[Candidate], list[LoadProblem]]:
    """Read uploaded files for review, in order; a .zip gives the articles in it (any format, any
    folder depth), each member left out named with its reason.

    >>> candidates, problems = prepare_files([("bai.txt", "Kinh tế số năm 2024.".encode())])
    >>> [candidate.document.year for candidate in candidates], problems
    ([2024], [])
    """
    candidates: list[Candidate] = []
    problems: list[LoadProblem] = []
    for name, data in uploads:
        if suffix_of(name) != ARCHIVE_SUFFIX:
            read, refused = prepare_uploads([(name, data)])
            candidates.extend(read)
            problems.extend(refused)
            continue
        shown = display_name(name)
        try:
            members, skipped = read_archive(shown, data)
        except ReadError as error:
            problems.append(error.problem(shown, name=shown))
            continue
        problems.extend(skipped)
        for member in members:
            found = _member_candidate(shown, member)
            (problems if isinstance(found, LoadProblem) else candidates).append(found)  # type: ignore[arg-type]
    return candidates, problems


def prepare_links(
    links: Iterable[str],
    *,
    limits: FetchLimits = FetchLimits(),  # noqa: B008 - frozen, shared safely
    on_progress: LinkProgress | None = None,
) -> tuple[list[Candidate], list[LoadProblem]]:
    """Fetch each link (within ``limits``) and read its article for review, the link kept as its
    source; a link that cannot be fetched or read is a problem naming it, and the others still
    come in. Nothing is saved, so without a network nothing is lost."""
    wanted = list(dict.fromkeys(link.strip() for link in links if link.strip()))
    candidates: list[Candidate] = []
    problems: list[LoadProblem] = []
    for done, link in enumerate(wanted):
        if on_progress is not None:
            on_progress(done, len(wanted), link)
        shown = display_name(link, limit=300)
        try:
            page = fetch_page(link, limits=limits)
            candidate = prepare_upload(clean_upload_name(page.name), page.data)
        except ReadError as error:
            problems.append(error.problem(shown, name=shown))
            continue
        document = replace(candidate.document, source_url=page.url)
        candidates.append(replace(candidate, document=document, source_url=page.url))
    if on_progress is not None:
        on_progress(len(wanted), len(wanted), "")
    return candidates, problems


def prepare_paste(
    title: str, text: str, *, outlet: str = "", published: str = ""
) -> tuple[Candidate | None, list[LoadProblem]]:
    """An article pasted with its title (and, optionally, its outlet and publication date) as a
    candidate for review, or the problems with what was typed. The title heads the stored text,
    as a page's headline does, and the given details are kept as the user's corrections.

    >>> text = "Năm 2024, kinh tế số tăng 20%."
    >>> candidate, _ = prepare_paste("Kinh tế số Cà Mau", text, outlet="Báo Cà Mau")
    >>> candidate.document.title, candidate.document.outlet, candidate.document.year
    ('Kinh tế số Cà Mau', 'Báo Cà Mau', 2024)
    """
    title = " ".join(title.split())
    given = {"title": title, **({"outlet": outlet} if outlet.strip() else {})}
    if published.strip():
        given["published"] = published.strip()
    shown = title[:80] or "—"
    cleaned, problems = revise_corrections({}, {}, given, name=shown)
    if problems:
        return None, problems
    if not text.strip():
        return None, [make_problem(shown, "empty", name=shown)]
    name = clean_upload_name(f"{title[:80]}.txt")
    try:
        check_size(len(text.encode("utf-8")), ".txt")
        candidate = prepare_upload(name, f"{title}\n\n{text.strip()}".encode())
    except ReadError as error:
        return None, [error.problem(shown, name=shown)]
    document = build_document(candidate.doc_id, candidate.text, path=name, overrides=cleaned)
    return replace(candidate, document=document, given=tuple(cleaned.items())), []


def gather_items(items: Sequence[str]) -> tuple[list[str], list[tuple[str, bytes]], list[LoadProblem]]:
    """Command-line items sorted into links, and files read from disk (folders with their
    subfolders, archives whole), with a problem for each item or file that is left out."""
    links: list[str] = []
    files: list[Path] = []
    problems: list[LoadProblem] = []
    for item in items:
        if is_link(item):
            links.append(item.strip())
            continue
        path = Path(item)
        if path.is_dir():
            found, skipped = walk_folder(path)
            if not found:
                problems.append(make_problem(str(path), "empty_folder", name=path))
            files.extend(found)
            problems.extend(skipped)
        else:
            files.append(path)
    uploads: list[tuple[str, bytes]] = []
    for file in files:
        try:
            suffix = file.suffix.lower()
            size = file.stat().st_size
            if suffix == ARCHIVE_SUFFIX and size > MAX_ARCHIVE_BYTES:
                raise ReadError(
                    "too_large", size=f"{size / MB:.1f}", limit=MAX_ARCHIVE_BYTES // MB, suffix=suffix
                )
            if suffix != ARCHIVE_SUFFIX:
                check_size(size, suffix)
            uploads.append((file.name, file.read_bytes()))
        except ReadError as error:
            problems.append(error.problem(str(file)))
        except OSError as error:
            code = "not_found" if isinstance(error, FileNotFoundError) else "unreadable"
            problems.append(make_problem(str(file), code, name=file, reason=error.strerror or error))
    return links, uploads, problems
