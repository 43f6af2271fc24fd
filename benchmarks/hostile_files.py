"""Builders of hostile files: small on disk, ruinous to read without limits (issue 20).

Each builder returns the file's bytes, made the way an attacker would make them (by hand where no
tool would write such a file). The tests read them and expect a refusal within the budget;
``benchmarks/hostile.py`` measures the time and memory the refusal costs, before and after.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from collections.abc import Callable

# One PDF operator pair that draws nothing: pypdf's text extraction parses every one of them (the
# stream also shows a string, maybe empty, so an extractor cannot skip it as "no text").
_IDLE_OPERATORS = b"q Q "


def shared_stream_pdf(pages: int, *, operators: int = 990_000, text: str = "") -> bytes:
    """A PDF whose ``pages`` pages are one page object listed ``pages`` times in the page tree, all
    drawing one compressed content stream of ``operators`` save/restore pairs and ``text`` (ASCII).

    With 99,000 pages the file is about 600 kB; each page costs a plain extractor seconds.
    """
    shown = b"BT /F1 12 Tf 72 720 Td (" + text.encode("ascii") + b") Tj ET"
    content = zlib.compress(_IDLE_OPERATORS * operators + shown, 9)
    kids = b" ".join(b"3 0 R" for _ in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length "
        + str(len(content)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


_DOCUMENT_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
_DOCUMENT_TAIL = b"<w:sectPr/></w:body></w:document>"


def _docx_replacing(parts: dict[str, Callable[[zipfile.ZipFile, str], None] | bytes]) -> bytes:
    """A real python-docx document with some parts replaced (a callable streams its part)."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    out = io.BytesIO()
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info, source.read(info))
        for name, part in parts.items():
            if callable(part):
                part(target, name)
            else:
                target.writestr(name, part)
    return out.getvalue()


def paragraph_bomb_docx(*, paragraphs: int = 2, runs: int = 300_000, chars: int = 0) -> bytes:
    """A .docx of ``paragraphs`` paragraphs of ``runs`` short runs each ("số " in its own run, as
    an editor writes text typed with changes of style): 120 kB packing 25 MB of XML, 600,000
    runs for python-docx to walk. With ``chars``, each paragraph is one run of ``chars`` letters."""
    run = '<w:r><w:t xml:space="preserve">số </w:t></w:r>'.encode()

    def write(target: zipfile.ZipFile, name: str) -> None:
        with target.open(name, "w", force_zip64=True) as part:
            part.write(_DOCUMENT_HEAD)
            for _ in range(paragraphs):
                part.write(b"<w:p>")
                if chars:
                    part.write(b"<w:r><w:t>" + b"a" * chars + b"</w:t></w:r>")
                else:
                    for _ in range(runs // 1_000):
                        part.write(run * 1_000)
                part.write(b"</w:p>")
            part.write(_DOCUMENT_TAIL)

    return _docx_replacing({"word/document.xml": write})


_SYLLABLE_TEXT = (
    "chuyển đổi số quốc gia tỉnh thành phố dữ liệu nền tảng chính phủ điện tử người dân doanh nghiệp "
    "hạ tầng mạng kinh tế xã hội năm kế hoạch mục tiêu phát triển an toàn thông tin dịch vụ công trực tuyến"
)
_SYLLABLES = tuple(_SYLLABLE_TEXT.split())


def wordy_docx(*, megabytes: int = 26) -> bytes:
    """A .docx whose text is ``megabytes`` MB of varied Vietnamese words in paragraphs of a few
    hundred kB: it packs only about 4:1, so it passes every size check and only counting the
    characters as they are read stops it."""
    rng = random.Random(20)

    def write(target: zipfile.ZipFile, name: str) -> None:
        with target.open(name, "w", force_zip64=True) as part:
            part.write(_DOCUMENT_HEAD)
            written = 0
            while written < megabytes * 1024 * 1024:
                words = " ".join(rng.choice(_SYLLABLES) for _ in range(50_000)).encode()
                part.write(b"<w:p><w:r><w:t>" + words + b"</w:t></w:r></w:p>")
                written += len(words)
            part.write(_DOCUMENT_TAIL)

    return _docx_replacing({"word/document.xml": write})


def zip_bomb_docx(*, gigabytes: int = 1) -> bytes:
    """A .docx holding an "image" of ``gigabytes`` GB of zeros, a few MB once packed."""

    def write(target: zipfile.ZipFile, name: str) -> None:
        zeros = bytes(16 * 1024 * 1024)
        with target.open(name, "w", force_zip64=True) as part:
            for _ in range(gigabytes * 64):
                part.write(zeros)

    return _docx_replacing({"word/media/image1.png": write})


def many_entries_docx(*, entries: int = 50_000) -> bytes:
    """A .docx carrying ``entries`` empty parts: its central directory alone is megabytes."""

    def write(target: zipfile.ZipFile, _name: str) -> None:
        for number in range(entries):
            target.writestr(f"customXml/extra{number}.xml", b"")

    return _docx_replacing({"customXml/": write})


def entity_docx(*, levels: int = 9) -> bytes:
    """A .docx whose document declares nested XML entities ("billion laughs")."""
    declarations = [b'<!ENTITY lol0 "lol">']
    for level in range(1, levels + 1):
        reference = f"&lol{level - 1};".encode()
        declarations.append(f'<!ENTITY lol{level} "'.encode() + reference * 10 + b'">')
    document = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document ['
        + b"".join(declarations)
        + b"]>"
        + _DOCUMENT_HEAD.split(b"\n", 1)[1]
        + f"<w:p><w:r><w:t>&lol{levels};</w:t></w:r></w:p>".encode()
        + _DOCUMENT_TAIL
    )
    return _docx_replacing({"word/document.xml": document})


def nested_html(*, depth: int = 100_000) -> bytes:
    """An HTML page whose article sits inside ``depth`` nested <div> elements."""
    return (
        "<!DOCTYPE html><html><head><title>Chuyển đổi số</title></head><body>".encode()
        + b"<div>" * depth
        + "<p>Năm 2024, tỉnh đã hỗ trợ 1.450 hộ kinh doanh lên sàn thương mại điện tử.</p>".encode()
        + b"</div>" * depth
        + b"</body></html>"
    )


def empty_runs_docx(*, runs: int = 250_000) -> bytes:
    """A .docx of ``runs`` empty runs, each with its own revision id as Word writes them (so the
    XML packs only about 4 to 1), and one short sentence: no characters to count, nothing packed
    tightly, yet seconds of python-docx walking its runs."""
    rng = random.Random(250)
    sentence = "<w:p><w:r><w:t>Năm 2024, Cà Mau có 1.450 hộ kinh doanh số.</w:t></w:r></w:p>".encode()
    empty = b"".join(
        f'<w:r w:rsidR="{rng.getrandbits(32):08X}"><w:t></w:t></w:r>'.encode() for _ in range(runs)
    )
    document = _DOCUMENT_HEAD + b"<w:p>" + empty + b"</w:p>" + sentence + _DOCUMENT_TAIL
    return _docx_replacing({"word/document.xml": document})


def many_paragraphs_html(*, paragraphs: int = 350_000) -> bytes:
    """An HTML page of ``paragraphs`` tiny paragraphs (under 5 MB, nested one level): the article
    extractor's time grows faster than the number of elements, to minutes here."""
    return b"<html><body><article>" + b"<p>2024</p>" * paragraphs + b"</article></body></html>"


# Name, suffix and builder of each hostile file the tests and the benchmark read.
HOSTILE_FILES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "pdf-shared-stream-99000-pages": (".pdf", lambda: shared_stream_pdf(99_000)),
    "pdf-shared-stream-5-pages": (".pdf", lambda: shared_stream_pdf(5)),
    "docx-paragraph-bomb": (".docx", paragraph_bomb_docx),
    "docx-250000-empty-runs": (".docx", empty_runs_docx),
    "docx-wordy-26mb": (".docx", wordy_docx),
    "docx-zip-bomb": (".docx", zip_bomb_docx),
    "docx-50000-entries": (".docx", many_entries_docx),
    "docx-xml-entities": (".docx", entity_docx),
    "html-nested-100000": (".html", nested_html),
    "html-350000-paragraphs": (".html", many_paragraphs_html),
}
