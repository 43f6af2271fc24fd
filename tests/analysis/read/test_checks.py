"""The checks made before and while a file is parsed, one limit at a time, on real files."""

from __future__ import annotations

import io
import random
import threading
import time
import zipfile
from collections.abc import Callable

import pytest

from analysis.read import ReadError, read_article
from analysis.read.checks import (
    MAX_DOCX_RUNS,
    MAX_HTML_DEPTH,
    MAX_HTML_ELEMENTS,
    MAX_PDF_PAGES,
    MAX_ZIP_ENTRIES,
    check_docx,
    check_html_depth,
    count_docx_characters,
    cpu_budget,
)
from benchmarks.hostile_files import (
    empty_runs_docx,
    many_entries_docx,
    paragraph_bomb_docx,
    shared_stream_pdf,
    wordy_docx,
)


def _refusal(data: bytes, suffix: str) -> ReadError:
    with pytest.raises(ReadError) as refused:
        read_article(f"bai{suffix}", data)
    return refused.value


def _patched_central_size(data: bytes, part: str, size: int) -> bytes:
    """The zip with the unpacked size its central directory declares for ``part`` replaced."""
    name = part.encode()
    header = data.rindex(b"PK\x01\x02", 0, data.rindex(name))
    return data[: header + 24] + size.to_bytes(4, "little") + data[header + 28 :]


def _stored_docx(make_docx: Callable[[list[str]], bytes], parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(make_docx(["Cà Mau năm 2024"]))) as source,
        zipfile.ZipFile(out, "w") as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info))
        for name, content in parts.items():
            target.writestr(name, content, compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def test_a_docx_with_one_part_too_many_is_refused_before_unpacking() -> None:
    template_parts = len(zipfile.ZipFile(io.BytesIO(many_entries_docx(entries=0))).infolist())
    data = many_entries_docx(entries=MAX_ZIP_ENTRIES - template_parts + 1)
    assert _refusal(data, ".docx").values == {"count": "2.001", "limit": "2.000"}
    check_docx(many_entries_docx(entries=MAX_ZIP_ENTRIES - template_parts), max_chars=10)  # at the limit


def test_a_part_packed_100_to_1_is_a_bomb_named_by_its_part() -> None:
    refusal = _refusal(paragraph_bomb_docx(paragraphs=1, chars=2_000_000), ".docx")
    assert refusal.code == "zip_ratio" and refusal.values["part"] == "word/document.xml"
    assert int(refusal.values["ratio"]) >= 100 and refusal.values["limit"] == "100"


def test_declared_unpacked_sizes_are_summed_before_unpacking(make_docx: Callable[[list[str]], bytes]) -> None:
    photo = random.Random(1).randbytes(2 * 1024 * 1024)  # a photo does not pack
    data = _patched_central_size(
        _stored_docx(make_docx, {"word/media/image1.jpeg": photo}), "image1.jpeg", 150 << 20
    )
    assert _refusal(data, ".docx").values == {"size": "150", "limit": "100"}


def test_a_docx_lying_about_its_sizes_is_corrupt_after_what_it_declared() -> None:
    bomb = paragraph_bomb_docx(paragraphs=1, chars=2_000_000)
    refusal = _refusal(_patched_central_size(bomb, "word/document.xml", 4096), ".docx")
    assert refusal.code == "docx_corrupt"


def test_xml_over_32_mb_is_refused_before_it_is_parsed() -> None:
    refusal = _refusal(wordy_docx(megabytes=33), ".docx")
    assert (
        refusal.code == "zip_unpacked"
        and refusal.values["limit"] == "32"
        and int(refusal.values["size"]) > 32
    )


def test_a_declaration_in_any_xml_part_is_refused(make_docx: Callable[[list[str]], bytes]) -> None:
    source = make_docx(["Cà Mau năm 2024"])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as archive, zipfile.ZipFile(out, "w") as target:
        for info in archive.infolist():
            content = archive.read(info)
            if info.filename == "word/styles.xml":
                content = content.replace(b"?>", b'?><!DOCTYPE x SYSTEM "file:///etc/passwd">', 1)
            target.writestr(info, content)
    assert _refusal(out.getvalue(), ".docx").values == {"part": "word/styles.xml"}


def test_characters_are_counted_as_python_docx_reads_them(make_docx: Callable[[list[str]], bytes]) -> None:
    import docx

    document = docx.Document()
    run = document.add_paragraph("Năm 2024,").add_run(" Cà Mau")
    run.add_tab()
    run.add_break()
    run.add_text("có 1.450 hộ.")
    buffer = io.BytesIO()
    document.save(buffer)
    expected = sum(
        len(paragraph.text) for paragraph in docx.Document(io.BytesIO(buffer.getvalue())).paragraphs
    )
    with zipfile.ZipFile(buffer) as archive:
        assert count_docx_characters(archive, limit=expected) == expected
        with pytest.raises(ReadError) as refusal:
            count_docx_characters(archive, limit=expected - 1)
    assert refusal.value.code == "too_long"


def test_runs_are_counted_up_to_their_limit() -> None:
    at_limit = empty_runs_docx(runs=MAX_DOCX_RUNS - 1)  # and the one run of its sentence
    with zipfile.ZipFile(io.BytesIO(at_limit)) as archive:
        assert count_docx_characters(archive, limit=1_000) == len(
            "Năm 2024, Cà Mau có 1.450 hộ kinh doanh số."
        )
    refusal = _refusal(empty_runs_docx(runs=MAX_DOCX_RUNS), ".docx")
    assert refusal.code == "docx_runs" and refusal.values == {"limit": "200.000"}


def test_a_document_just_under_the_character_limit_is_read(make_docx: Callable[[list[str]], bytes]) -> None:
    data = make_docx(["Cà Mau năm 2024 " * 10])
    check_docx(data, max_chars=160)
    with pytest.raises(ReadError) as refusal:
        check_docx(data, max_chars=159)
    assert refusal.value.code == "too_long"


@pytest.mark.parametrize(
    ("opening", "times", "refused"),
    [
        ("<div>", MAX_HTML_DEPTH - 2, False),  # html and body are two of the levels
        ("<div>", MAX_HTML_DEPTH - 1, True),
        ("<span>", 5_000, True),
        ("<p>Cà Mau", 5_000, False),  # unclosed paragraphs close each other, as in a browser
        ("<li>Cà Mau", 5_000, False),
    ],
    ids=["just-under", "just-over", "deep-spans", "unclosed-p", "unclosed-li"],
)
def test_html_nesting_is_measured_as_the_parser_builds_it(opening: str, times: int, refused: bool) -> None:
    markup = opening * times + "Cà Mau"
    if not refused:
        check_html_depth(markup)
        return
    with pytest.raises(ReadError) as refusal:
        check_html_depth(markup)
    assert refusal.value.code == "html_depth" and refusal.value.values == {"limit": str(MAX_HTML_DEPTH)}


def test_html_elements_are_counted_up_to_their_limit() -> None:
    check_html_depth("<p>2024" * (MAX_HTML_ELEMENTS - 2))  # with html and body
    with pytest.raises(ReadError) as refusal:
        check_html_depth("<p>2024" * (MAX_HTML_ELEMENTS - 1))
    assert refusal.value.code == "html_elements" and refusal.value.values == {"limit": "30.000"}


def test_a_pdf_over_the_page_limit_is_refused_from_its_declared_count() -> None:
    refusal = _refusal(shared_stream_pdf(MAX_PDF_PAGES + 1, operators=0, text="Ca Mau 2024"), ".pdf")
    assert refusal.values == {"count": "2.001", "limit": "2.000"}


def test_a_pdf_understating_its_page_count_is_refused_after_listing() -> None:
    data = shared_stream_pdf(MAX_PDF_PAGES + 1, operators=0, text="Ca Mau 2024")
    lying = data.replace(b"/Count 2001 ", b"/Count 1    ")
    assert len(lying) == len(data) and lying != data
    assert _refusal(lying, ".pdf").values == {"count": "2.001", "limit": "2.000"}


def test_pages_sharing_their_content_are_read_once() -> None:
    import pypdf

    assert read_article("a.pdf", shared_stream_pdf(3, operators=0, text="Ca Mau 2024")).text == "\n".join(
        ["Ca Mau 2024"] * 3
    )
    # 1,000 pages of a content stream taking pypdf about 0.15 s each: 150 s read page by page, far
    # over the 30 s budget; read once, the file is accepted.
    data = shared_stream_pdf(1_000, operators=20_000, text="Ca Mau 2024")
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    started = time.process_time()
    page.extract_text()
    assert time.process_time() - started > 0.05
    assert read_article("a.pdf", data).text.count("Ca Mau 2024") == 1_000


def _busy(seconds: float) -> None:
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass


def test_the_cpu_budget_stops_a_slow_page_in_the_main_thread() -> None:
    with pytest.raises(ReadError) as refused, cpu_budget(0.2, page=7):
        _busy(5)
    assert refused.value.values == {"page": "7", "seconds": "0.2"}
    _busy(0.3)  # the timer is off once the block has ended


def test_the_cpu_budget_is_left_to_the_worker_limits_off_the_main_thread() -> None:
    finished: list[bool] = []

    def run() -> None:
        with cpu_budget(0.05, page=1):
            _busy(0.2)
        finished.append(True)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert finished == [True]


def test_a_docx_damaged_anywhere_is_refused_as_damaged_never_as_a_crash(
    make_docx: Callable[[list[str]], bytes],
) -> None:
    good = make_docx([f"Năm 2024, tỉnh Cà Mau đã hỗ trợ {number} hộ kinh doanh." for number in range(30)])
    rng = random.Random(20)
    codes = set()
    for _ in range(60):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            read_article("bai.docx", bytes(damaged))
        except ReadError as error:
            codes.add(error.code)
    assert "docx_corrupt" in codes and "read_crashed" not in codes
