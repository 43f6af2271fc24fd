"""Article text out of each supported format, each read by a well-kept library.

.txt/.md are decoded as text; .html keeps only the article (trafilatura drops navigation, menus,
scripts, styles, comments, ads and footers); .docx is read with python-docx; .pdf with pypdf, and
only its text layer (a scanned PDF is reported, not guessed at). The checks of
:mod:`analysis.read.checks` run first and while parsing. This module reads in the calling process;
:mod:`analysis.read.sandbox` runs it in a worker with time and memory limits (a ``MemoryError``
is left to the worker to report).
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Callable

from analysis.outlets import infer_outlet, names_outlet
from analysis.read.checks import (
    PDF_SECONDS_PER_PAGE,
    check_docx,
    check_html_depth,
    check_pdf_pages,
    cpu_budget,
    page_content_key,
    shown_limit,
)
from analysis.read.encoding import decode_bytes
from analysis.read.problems import ReadError
from analysis.resources import load_toml

MB = 1024 * 1024
# Size limits, documented in README.md. A long government plan is a few hundred kB of text; a
# file far larger than these limits is a collection or a mistake, and analysing it would take
# minutes, so it is refused before any work is done.
MAX_BYTES = {
    ".txt": 3 * MB,
    ".md": 3 * MB,
    ".html": 5 * MB,
    ".htm": 5 * MB,
    ".docx": 10 * MB,
    ".pdf": 10 * MB,
}
MAX_CHARS = 1_000_000
SUPPORTED_SUFFIXES = tuple(MAX_BYTES)


def check_size(size: int, suffix: str) -> None:
    """Raise ``too_large`` when ``size`` bytes is over the limit for ``suffix`` files."""
    limit = MAX_BYTES.get(suffix, 3 * MB)
    if size > limit:
        raise ReadError("too_large", size=f"{size / MB:.1f}", limit=limit // MB, suffix=suffix)


def _plain_text(data: bytes) -> tuple[str, dict[str, object]]:
    decoded = decode_bytes(data)
    return decoded.text, {
        "encoding": decoded.encoding,
        "damaged": decoded.damaged,
        "first_damage_line": decoded.first_damage_line,
        "first_damage_char": decoded.first_damage_char,
    }


def _html_text(data: bytes) -> tuple[str, dict[str, object]]:
    import trafilatura
    from trafilatura.settings import set_date_params

    markup, info = _plain_text(data)
    check_html_depth(markup)
    # Only the dates the page declares (meta tags, <time>, JSON-LD, the URL): the extensive search
    # guesses from the text, and turns a bare "Năm 2023" into 1 January 2023.
    date_params = {**set_date_params(extensive=False), "outputformat": "%Y-%m-%d %H:%M"}
    try:
        extracted = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=date_params,
        )
    except MemoryError:
        raise
    except Exception as error:  # lxml can reject a page in many ways; each means "no article"
        raise ReadError("html_no_article") from error
    text = (getattr(extracted, "text", None) or "").strip()
    if not text:
        raise ReadError("html_no_article")
    title = (getattr(extracted, "title", None) or "").strip()
    lead = _html_lead(markup)
    if lead and " ".join(lead.split()[:12]) not in " ".join(text.split()):
        text = f"{lead}\n{text}"
    # The headline sits in <title>/<h1>, which the body may leave out; put it first for inference.
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return text + _html_footer_outlet_lines(markup) + _html_metadata_lines(extracted), info


# Vietnamese papers mark the lead paragraph "sapo" ("detail-sapo", "singular-sapo", "article-sapo").
_LEAD_XPATH = "//*[contains(translate(@class, 'SAPO', 'sapo'), 'sapo')]"
_MAX_LEAD_CHARS = 1500


def _html_lead(markup: str) -> str:
    """The page's lead paragraph ("(Chinhphu.vn) - Phó Thủ tướng yêu cầu …"), which trafilatura leaves
    out when it stands in a block of its own beside the article's body; "" when there is none."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, TypeError, lxml.etree.ParserError):  # an empty or odd page has no lead
        return ""
    for element in tree.xpath(_LEAD_XPATH):
        text = " ".join(element.text_content().split())
        if text and len(text) <= _MAX_LEAD_CHARS:
            return text
    return ""


def _html_footer_outlet_lines(markup: str) -> str:
    """The outlet the page's <footer> names ("Giấy phép số 178/GP-BTTTT. © Bản quyền thuộc Thời báo
    Ngân hàng."), which trafilatura leaves out with the rest of the footer, as a line "© Thời báo Ngân
    hàng" the metadata inference reads as a copyright footer; it comes before the declared site name,
    which is weaker evidence. The footer's other text (addresses, licence numbers) stays out."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, TypeError, lxml.etree.ParserError):  # an empty or odd page has no footer
        return ""
    lines = []
    # a <footer>, or the block many portals mark as one: <div class="site-footer">, <div id="footer">
    footers = tree.xpath(
        "//footer | //*[contains(translate(concat(@class, ' ', @id), 'FOOTER', 'footer'), 'footer')]"
    )
    for footer in footers:
        text = " ".join(footer.text_content().split())
        outlet = infer_outlet([text]) if text and names_outlet(text) else None
        if outlet:
            lines.append(f"© {outlet}")
    return "".join(f"\n{line}" for line in lines)


def _html_metadata_lines(extracted: object) -> str:
    """The date and site name the page declares (meta tags, JSON-LD), as lines after the article in
    shapes the metadata inference reads as furniture: "Ngày đăng: 2024-06-10 07:45", "Website:
    Báo Quảng Ninh điện tử". The article's own date and outlet lines, if any, come first and win."""
    lines = []
    published = (getattr(extracted, "date", None) or "").strip().removesuffix(" 00:00")
    if published:
        lines.append(f"Ngày đăng: {published}")
    site = " ".join((getattr(extracted, "sitename", None) or "").split())
    if site:
        lines.append(f"{load_toml('outlets.toml')['site_label']}: {site}")
    return "".join(f"\n{line}" for line in lines)


def _docx_text(data: bytes) -> tuple[str, dict[str, object]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_docx(data, max_chars=MAX_CHARS)
    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ReadError("docx_corrupt", reason=type(error).__name__) from None
    except Exception as error:  # a damaged XML part raises lxml's own errors
        raise ReadError("docx_corrupt", reason=type(error).__name__) from None
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text for cell in row.cells))
    text = "\n".join(paragraphs)
    if not text.strip():
        raise ReadError("empty")
    return text, {}


def _pdf_text(data: bytes) -> tuple[str, dict[str, object]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs its repairs of damaged files; the reader gets one clear problem instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ReadError("pdf_corrupt", reason="encrypted")
        check_pdf_pages(reader)
        pages: list[str] = []
        size = 0
        # Pages drawing the same content are read once: their text is the same.
        read: dict[tuple[object, ...], str] = {}
        for number, page in enumerate(reader.pages, start=1):
            key = page_content_key(page)
            if key is not None and key in read:
                page_text = read[key]
            else:
                with cpu_budget(PDF_SECONDS_PER_PAGE, page=number):
                    page_text = page.extract_text() or ""
                if key is not None:
                    read[key] = page_text
            pages.append(page_text)
            size += len(page_text)
            if size > MAX_CHARS:
                raise ReadError("too_long", limit=shown_limit(MAX_CHARS))
    except (ReadError, MemoryError):
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ReadError("pdf_corrupt", reason=type(error).__name__) from None
    except Exception as error:  # pypdf raises many kinds of error on a damaged file
        raise ReadError("pdf_corrupt", reason=type(error).__name__) from None
    text = "\n".join(pages)
    if not text.strip():
        raise ReadError("pdf_no_text")
    return text, {}


_EXTRACTORS: dict[str, Callable[[bytes], tuple[str, dict[str, object]]]] = {
    ".txt": _plain_text,
    ".md": _plain_text,
    ".html": _html_text,
    ".htm": _html_text,
    ".docx": _docx_text,
    ".pdf": _pdf_text,
}


def extract_text(data: bytes, suffix: str) -> tuple[str, dict[str, object]]:
    """The article text in ``data`` (a ``suffix`` file) and facts about the reading.

    Raises :class:`ReadError` for an unsupported suffix, a file over the size limit, or one
    that holds no readable article.

    >>> extract_text("Ngày Chuyển đổi số quốc gia".encode(), ".txt")[0]
    'Ngày Chuyển đổi số quốc gia'
    """
    suffix = suffix.lower()
    extractor = _EXTRACTORS.get(suffix)
    if extractor is None:
        raise ReadError("unsupported", suffix=suffix or "—")
    check_size(len(data), suffix)
    if not data.strip():
        raise ReadError("empty")
    text, info = extractor(data)
    if len(text) > MAX_CHARS:
        raise ReadError("too_long", limit=shown_limit(MAX_CHARS))
    return text, info
