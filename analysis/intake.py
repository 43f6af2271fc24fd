"""Articles brought in the way people have them, as candidates for the review step: files, .zip
archives of articles, links to article pages, and text pasted with its title.

Each way ends in :func:`analysis.store.prepare_upload` (the one reading of an article's bytes),
so an article fetched from a link, found in an archive or saved as a file gives the same text and
the same inferred details. Nothing here writes anything: the store saves what the user reviewed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from analysis.documents import build_document, walk_folder
from analysis.read import ReadError
from analysis.read.archive import ARCHIVE_SUFFIX, MAX_ARCHIVE_BYTES, ArchiveMember, read_archive
from analysis.read.formats import MB, check_size
from analysis.read.names import clean_upload_name, display_name, suffix_of
from analysis.read.problems import make_problem
from analysis.read.web import FetchLimits, fetch_page
from analysis.store import Candidate, prepare_upload, prepare_uploads, revise_corrections
from analysis.types import LoadProblem

# What a link looks like in pasted text: a scheme, "://", then anything up to a space; a bracket
# or a mark of punctuation closing it belongs to the sentence around it.
_LINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"'()]+(?<![.,;:!?])")
# Called as (done, total, link) before each link is fetched and once at the end.
LinkProgress = Callable[[int, int, str], None]


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
