"""Checks that run before (and while) a file is parsed, so a hostile file costs little to refuse.

A .docx is a zip of XML parts: its entry count, declared unpacked sizes and packing ratios are
checked from the zip directory before anything is unpacked; its XML parts are scanned for DOCTYPE
and entity declarations (Word never writes them) and the characters and runs of its text are
counted as the document streams by, stopping at their limits. A PDF's page count is checked before any page
is read, and each page gets a CPU budget; pages drawing the same content stream are read once. An
HTML page's nesting depth is measured as it streams through the HTML parser. Every refusal is a
:class:`ReadError` whose message names the limit; the limits are documented in README.md.
"""

from __future__ import annotations

import io
import signal
import threading
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from analysis.read.problems import ReadError

MB = 1024 * 1024
# A .docx from Word has 10–40 parts, a few hundred with many images; tens of thousands is a trap.
MAX_ZIP_ENTRIES = 2_000
# All parts unpacked, images included: a 10 MB .docx of photos unpacks to little more than 10 MB.
MAX_UNPACKED_BYTES = 100 * MB
# The XML parts unpacked: a 300-page plan is a few MB of XML.
MAX_XML_BYTES = 32 * MB
# Word's XML packs 5–20 to 1; a part packed 100 to 1 or more is one character repeated (a "zip bomb").
MAX_PACKING_RATIO = 100
# Small parts pack well by chance (a short part of spaces); the ratio is checked above this size.
RATIO_CHECKED_FROM = MB
# A run is a stretch of text in one style; a 300-page plan has some 100,000. python-docx walks
# them one by one in Python (about 2 s per 100,000 on a busy server), and empty runs add no
# characters to stop at, so they are counted too.
MAX_DOCX_RUNS = 200_000
MAX_PDF_PAGES = 2_000
# A text page takes pypdf 5–50 ms; a page needing a second of CPU is drawing something else.
PDF_SECONDS_PER_PAGE = 1.0
# Real pages nest 20–60 elements deep; lxml's HTML parser itself gives up past 255.
MAX_HTML_DEPTH = 255
# A long article page with its menus has 2,000–15,000 elements. The article extractor's time grows
# faster than their number: 20,000 take it about 1 s, 50,000 about 5 s, 100,000 about 18 s.
MAX_HTML_ELEMENTS = 30_000

_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAG = f"{_WORD_NS}t"
_RUN_TAG = f"{_WORD_NS}r"
# Elements python-docx turns into one character each (tab, line and page breaks, hyphens).
_ONE_CHARACTER_TAGS = frozenset(f"{_WORD_NS}{name}" for name in ("tab", "br", "cr", "noBreakHyphen", "ptab"))
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
_CHUNK = 64 * 1024


def shown_limit(number: int) -> str:
    """A count as written in Vietnamese, with dots between thousands.

    >>> shown_limit(1_000_000)
    '1.000.000'
    """
    return f"{number:,}".replace(",", ".")


def check_zip_directory(archive: zipfile.ZipFile) -> None:
    """Refuse a .docx whose zip directory declares too many parts, too much unpacked data, too much
    XML, or a part packed so tightly it can only be a bomb; nothing is unpacked for this."""
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ReadError("zip_entries", count=shown_limit(len(entries)), limit=shown_limit(MAX_ZIP_ENTRIES))
    # The ratio first: it names the part that is a bomb, where the totals only say "too much".
    for entry in entries:
        ratio = entry.file_size // max(entry.compress_size, 1)
        if entry.file_size >= RATIO_CHECKED_FROM and ratio >= MAX_PACKING_RATIO:
            raise ReadError("zip_ratio", part=entry.filename[:80], ratio=ratio, limit=MAX_PACKING_RATIO)
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ReadError("zip_unpacked", size=unpacked // MB, limit=MAX_UNPACKED_BYTES // MB)
    xml = sum(entry.file_size for entry in entries if _is_xml(entry.filename))
    if xml > MAX_XML_BYTES:
        raise ReadError("zip_unpacked", size=xml // MB, limit=MAX_XML_BYTES // MB)


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def check_xml_parts(archive: zipfile.ZipFile) -> None:
    """Refuse a .docx with a DOCTYPE or an entity declaration in any XML part (the door to
    "billion laughs" and external entities); the parts are unpacked in chunks, never whole."""
    for entry in archive.infolist():
        if not _is_xml(entry.filename):
            continue
        tail = b""
        with archive.open(entry) as part:
            while chunk := part.read(_CHUNK):
                window = tail + chunk
                if any(declaration in window for declaration in _DECLARATIONS):
                    raise ReadError("xml_declarations", part=entry.filename[:80])
                tail = window[-16:]


class _TextCounter:
    """An lxml parser target counting the characters of a Word document's text as it streams by."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.count = 0
        self.runs = 0
        self._in_text = 0

    def start(self, tag: str, attrib: object) -> None:
        if tag == _TEXT_TAG:
            self._in_text += 1
        elif tag == _RUN_TAG:
            self.runs += 1
            if self.runs > MAX_DOCX_RUNS:
                raise ReadError("docx_runs", limit=shown_limit(MAX_DOCX_RUNS))
        elif tag in _ONE_CHARACTER_TAGS:
            self._add(1)

    def end(self, tag: str) -> None:
        if tag == _TEXT_TAG:
            self._in_text -= 1

    def data(self, text: str) -> None:
        if self._in_text:
            self._add(len(text))

    def doctype(self, *_: object) -> None:
        raise ReadError("xml_declarations", part="word/document.xml")

    def close(self) -> int:
        return self.count

    def _add(self, count: int) -> None:
        self.count += count
        if self.count > self.limit:
            raise ReadError("too_long", limit=shown_limit(self.limit))


def count_docx_characters(archive: zipfile.ZipFile, *, limit: int) -> int:
    """The characters of the document's text, counted while it is unpacked and parsed in chunks;
    :class:`ReadError` as soon as the count passes ``limit`` ("too_long") or the runs
    :data:`MAX_DOCX_RUNS` ("docx_runs"), without a tree built."""
    from lxml import etree

    counter = _TextCounter(limit)
    parser = etree.XMLParser(target=counter, resolve_entities=False, no_network=True, load_dtd=False)
    try:
        with archive.open("word/document.xml") as part:
            while chunk := part.read(_CHUNK):
                parser.feed(chunk)
        return parser.close()
    except KeyError:
        raise ReadError("docx_corrupt", reason="word/document.xml") from None
    except etree.XMLSyntaxError as error:
        raise ReadError("docx_corrupt", reason=type(error).__name__) from None


def check_docx(data: bytes, *, max_chars: int) -> None:
    """Every .docx check, cheapest first: the zip directory, declarations, then the text's length.

    >>> try:
    ...     check_docx("Chuyển đổi số".encode(), max_chars=10)
    ... except ReadError as error:
    ...     print(error.code, error.values)
    docx_corrupt {'reason': 'BadZipFile'}
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip_directory(archive)
            check_xml_parts(archive)
            count_docx_characters(archive, limit=max_chars)
    except ReadError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        EOFError,
        OSError,
        ValueError,
    ) as error:
        # Damaged or encrypted entries, unknown compression methods, CRC errors: not a .docx Word
        # can open either.
        raise ReadError("docx_corrupt", reason=type(error).__name__) from None


def check_pdf_pages(reader: object) -> int:
    """The number of pages of a pypdf reader; :class:`ReadError` ("pdf_pages") over the limit.

    The count the file declares is checked first, before pypdf walks the page tree to list them.
    """
    try:
        declared = int(reader.trailer["/Root"]["/Pages"]["/Count"])  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError, AttributeError):
        declared = 0
    if declared > MAX_PDF_PAGES:
        raise ReadError("pdf_pages", count=shown_limit(declared), limit=shown_limit(MAX_PDF_PAGES))
    pages = len(reader.pages)  # type: ignore[attr-defined]
    if pages > MAX_PDF_PAGES:
        raise ReadError("pdf_pages", count=shown_limit(pages), limit=shown_limit(MAX_PDF_PAGES))
    return pages


def page_content_key(page: object) -> tuple[object, ...] | None:
    """What a page draws, when it is shared: the page object itself, or its content stream(s) with
    its resources, as indirect references. Pages with the same key give the same text, so a file
    listing one page 99,000 times costs one page's reading. None when the page shares nothing."""
    from pypdf.generic import ArrayObject, IndirectObject

    def reference(value: object) -> object:
        if isinstance(value, IndirectObject):
            return (value.idnum, value.generation)
        if isinstance(value, ArrayObject) and all(isinstance(item, IndirectObject) for item in value):
            return tuple((item.idnum, item.generation) for item in value)
        return None

    own = getattr(page, "indirect_reference", None)
    if own is not None:
        return ("page", own.idnum, own.generation)
    contents = reference(page.get("/Contents"))  # type: ignore[attr-defined]
    resources = reference(page.get("/Resources"))  # type: ignore[attr-defined]
    if contents is None or resources is None:
        return None
    return ("drawing", contents, resources)


class _OverBudget(BaseException):
    """Raised by the CPU timer's signal inside the code being timed; a BaseException, so the
    parser's own ``except Exception`` cannot swallow it."""


@contextmanager
def cpu_budget(seconds: float, *, page: int) -> Iterator[None]:
    """Run the block with ``seconds`` of CPU; past them it stops with :class:`ReadError`
    ("pdf_slow_page", naming ``page``). The timer counts this process's CPU time (ITIMER_PROF),
    so waiting costs nothing. Only the main thread can take a signal: elsewhere (a dashboard's
    script thread) the block runs untimed, and the reader's worker process limits bound it."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def over_budget(*_: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGPROF, over_budget)
    # Repeating after the first expiry: should a parser still swallow the stop, it comes again.
    signal.setitimer(signal.ITIMER_PROF, seconds, 0.05)
    try:
        yield
    except _OverBudget:
        raise ReadError("pdf_slow_page", page=page, seconds=f"{seconds:g}") from None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def check_html_depth(markup: str, *, limit: int = MAX_HTML_DEPTH) -> None:
    """Refuse a page whose elements nest deeper than ``limit``, measured as lxml's HTML parser
    builds it (so unclosed <p> and <li> count as a browser would close them), in chunks; or one
    of more than :data:`MAX_HTML_ELEMENTS` elements ("html_elements").

    >>> try:
    ...     check_html_depth("<div>" * 300 + "Chuyển đổi số")
    ... except ReadError as error:
    ...     print(error.code, error.values)
    html_depth {'limit': '255'}
    """
    from lxml import etree

    parser = etree.HTMLPullParser(events=("start", "end"), huge_tree=True)
    depth = elements = 0
    for start in range(0, len(markup), _CHUNK):
        parser.feed(markup[start : start + _CHUNK])
        for event, _ in parser.read_events():
            if event == "start":
                depth += 1
                elements += 1
            else:
                depth -= 1
            if depth > limit:
                raise ReadError("html_depth", limit=limit)
            if elements > MAX_HTML_ELEMENTS:
                raise ReadError("html_elements", limit=shown_limit(MAX_HTML_ELEMENTS))
    # A broken page is the article extractor's to judge, not a depth problem.
    with suppress(etree.XMLSyntaxError):
        parser.close()
