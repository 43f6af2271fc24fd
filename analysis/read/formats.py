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
import re
import zipfile
from collections.abc import Callable
from typing import TYPE_CHECKING

from analysis.furniture import page_date
from analysis.outlets import _outlet_on_line, _portal_name, infer_outlet, names_outlet, respell
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

if TYPE_CHECKING:
    import lxml.html

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
    tree = _html_tree(markup)
    lead = _html_lead(tree)
    if lead and " ".join(lead.split()[:12]) not in " ".join(text.split()):
        text = f"{lead}\n{text}"
    # The date line printed under the headline, which trafilatura drops with the page's furniture,
    # when the page declares no date of its own: right after the headline, where a saved .txt has it.
    printed = "" if getattr(extracted, "date", None) else _html_date_line(tree, text, title)
    if printed:
        text = f"{printed}\n{text}"
    # The headline sits in <title>/<h1>, which the body may leave out; put it first for inference.
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    # trafilatura guesses a site name from the <title> too, and may take its headline part for it
    declared = " ".join((getattr(extracted, "sitename", None) or "").split())
    title_site = _html_title_site(tree)
    # a site name declared without its diacritics ("TUOI TRE ONLINE") as its <title> spells it
    site = respell(declared, names=[title_site]) if declared and declared != title else title_site
    return text + _html_footer_outlet_lines(tree) + _html_metadata_lines(extracted, site=site), info


def _html_tree(markup: str) -> lxml.html.HtmlElement | None:
    """The parsed page, or None for a page lxml cannot parse (it then has no lead, footer or date)."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.fromstring(markup)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None


# Elements a browser shows on lines of their own; the page's text as printed breaks at them.
_BLOCK_TAGS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"),
        *("nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"),
    )
)
_UNSHOWN_TAGS = ("script", "style", "noscript", "template")


def _printed_lines(element: lxml.html.HtmlElement) -> list[str]:
    """The text of ``element`` line by line as a browser prints it: a line per block, spaces tidied.

    >>> import lxml.html
    >>> _printed_lines(lxml.html.fromstring("<div><p>© Báo A</p>Giấy phép<br>Địa chỉ: <b>5</b> Lê Lợi</div>"))
    ['© Báo A', 'Giấy phép', 'Địa chỉ: 5 Lê Lợi']
    """
    import copy

    element = copy.deepcopy(element)
    for unshown in element.xpath(" | ".join(f"//{tag}" for tag in _UNSHOWN_TAGS)):
        unshown.drop_tree()
    for block in element.iter(*_BLOCK_TAGS):
        block.text = "\n" + (block.text or "")
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
    return [line for line in lines if line]


# A page prints its date within a few lines of its headline (breadcrumbs, a byline, the lead between);
# a date further off is a related link's, a comment's or the header's date of today.
_DATE_LINE_REACH = 12


def _html_date_line(tree: lxml.html.HtmlElement | None, text: str, title: str) -> str:
    """The date line the page prints nearest its headline ("21/08/2024 06:05 GMT+7" under the <h1>),
    not today's date in its header nor a related link's; "" when the text already holds a date line
    or the page prints none near a headline it shows."""
    if tree is None or any(page_date(line) for line in text.split("\n")[:_DATE_LINE_REACH]):
        return ""
    headings = [" ".join(h1.text_content().split()) for h1 in tree.iter("h1")]
    lines = _printed_lines(tree)
    headline = next((i for i, line in enumerate(lines) if line in {*headings, title} - {""}), None)
    if headline is None:
        return ""
    near = range(max(0, headline - _DATE_LINE_REACH), min(len(lines), headline + _DATE_LINE_REACH + 1))
    dated = [index for index in near if page_date(lines[index])]
    nearest = min(dated, key=lambda index: (abs(index - headline), index < headline), default=None)
    return lines[nearest] if nearest is not None else ""


# "Hộ kinh doanh chuyển sang thanh toán số | Báo Tây Ninh điện tử": the site's name closes the <title>
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")


def _html_title_site(tree: lxml.html.HtmlElement | None) -> str:
    """The site's name that closes a page's <title> after its headline ("… | Báo Nhân Dân điện tử",
    "… - Tạp chí Kinh tế và Dự báo"): the part after the last bar or dash, when what comes before it is
    the page's <h1> or the part reads as an outlet's name; "" otherwise."""
    if tree is None:
        return ""
    heading = tree.find(".//title")
    title = " ".join((heading.text_content() if heading is not None else "").split())
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 2:
        return ""
    site = parts[-1]
    before = title[: title.rfind(site)].rstrip(" |–—-")
    headings = {" ".join(h1.text_content().split()) for h1 in tree.iter("h1")}
    named = names_outlet(site) or _portal_name(site) is not None
    return site if before in headings or named else ""


# Vietnamese papers mark the lead paragraph "sapo" ("detail-sapo", "singular-sapo", "article-sapo").
_LEAD_XPATH = "//*[contains(translate(@class, 'SAPO', 'sapo'), 'sapo')]"
_MAX_LEAD_CHARS = 1500


def _html_lead(tree: lxml.html.HtmlElement | None) -> str:
    """The page's lead paragraph ("(Chinhphu.vn) - Phó Thủ tướng yêu cầu …"), which trafilatura leaves
    out when it stands in a block of its own beside the article's body; "" when there is none."""
    if tree is None:  # an empty or odd page has no lead
        return ""
    for element in tree.xpath(_LEAD_XPATH):
        text = " ".join(element.text_content().split())
        if text and len(text) <= _MAX_LEAD_CHARS:
            return text
    return ""


def _html_footer_outlet_lines(tree: lxml.html.HtmlElement | None) -> str:
    """The lines of the page's <footer> that name the outlet ("© Báo Nhân Dân - Cơ quan Trung ương …"),
    which trafilatura leaves out with the rest of the footer; a footer printed as one block
    ("Giấy phép số 178/GP-BTTTT. © Bản quyền thuộc Thời báo Ngân hàng.") as a line "© Thời báo Ngân
    hàng" the metadata inference reads as a copyright footer. They come before the declared site name,
    which is weaker evidence; the footer's other lines (addresses, licence numbers) stay out."""
    if tree is None:  # an empty or odd page has no footer
        return ""
    lines = []
    # a <footer>, or the block many portals mark as one: <div class="site-footer">, <div id="footer">
    footers = tree.xpath(
        "//footer | //*[contains(translate(concat(@class, ' ', @id), 'FOOTER', 'footer'), 'footer')]"
    )
    for footer in footers:
        # line by line as printed ("© Báo Nhân Dân - Cơ quan …" above "Giấy phép số …"), each kept as
        # it is so the metadata inference weighs it by its kind (a copyright line, the owning agency)
        printed = _printed_lines(footer)
        # the portal's name in capitals above its owner ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH …" over "Cơ quan
        # chủ quản: Ủy ban nhân dân tỉnh …") names the site; the owner does only when nothing else does
        naming = [line for line in printed if names_outlet(line) or _portal_name(line)] or [" ".join(printed)]
        for line in naming:
            named = bool(line) and names_outlet(line)
            portal = bool(line) and not named and _portal_name(line) is not None
            outlet = infer_outlet([line]) if named or portal else None
            # the owning agency and the portal's name in capitals keep their own lines (weaker than a
            # copyright line); any other line becomes the copyright line of the name it gives, its
            # address and licence number left out
            kept = portal or outlet == _outlet_on_line(line, "owners")
            shown = line if outlet and kept else f"© {outlet}"
            if outlet and shown not in lines:
                lines.append(shown)
    return "".join(f"\n{line}" for line in lines)


def _html_metadata_lines(extracted: object, *, site: str) -> str:
    """The date the page declares (meta tags, JSON-LD) and its ``site`` name, as lines after the
    article in shapes the metadata inference reads as furniture: "Ngày đăng: 2024-06-10 07:45",
    "Website: Báo Quảng Ninh điện tử". The article's own date and outlet lines, if any, come first and win."""
    lines = []
    published = (getattr(extracted, "date", None) or "").strip().removesuffix(" 00:00")
    if published:
        lines.append(f"Ngày đăng: {published}")
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
