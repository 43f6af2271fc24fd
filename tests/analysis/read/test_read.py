"""Reading every format and every bad input the issue names: a clear problem, never an exception."""

from __future__ import annotations

import codecs
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.documents import build_document, load_corpus
from analysis.pipeline import analyze_document
from analysis.present.problems import describe_problem
from analysis.read import MAX_BYTES, MAX_CHARS, ReadError, document_id_for, read_article, read_path
from tests.analysis.read.conftest import ARTICLE

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 stores it: base letters precomposed, tone marks combining."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258"))
    return b"".join(out)


def refused(name: str, data: bytes) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_article(name, data)
    return caught.value


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8 BOM"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16 BOM"),
        pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf-16-be BOM"),
        pytest.param(lambda t: t.encode("utf-32"), id="utf-32 BOM"),
        pytest.param(lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), id="NFD"),
        pytest.param(to_cp1258, id="windows-1258"),
    ],
)
def test_every_encoding_gives_the_same_nfc_text(encode: Callable[[str], bytes]) -> None:
    article = read_article("bai.txt", encode(ARTICLE))
    assert article.text == ARTICLE


def test_windows_1258_is_read_with_a_note_to_save_as_utf8() -> None:
    article = read_article("cu.txt", to_cp1258(ARTICLE))
    (note,) = article.warnings
    assert note.kept and note.code == "legacy_encoding"
    assert "cp1258" in describe_problem(note, language="en") and "UTF-8" in note.message


def test_nfd_and_nfc_give_the_same_analysis() -> None:
    nfc = analyze_document(build_document("a", read_article("a.txt", ARTICLE.encode()).text))
    nfd_bytes = unicodedata.normalize("NFD", ARTICLE).encode()
    nfd = analyze_document(build_document("a", read_article("a.txt", nfd_bytes).text))
    assert [(f.value, f.unit) for f in nfd.figures] == [(f.value, f.unit) for f in nfc.figures]
    assert (1450.0, "hộ kinh doanh") in [(f.value, f.unit) for f in nfc.figures]
    assert nfd.priorities == nfc.priorities and len(nfc.priorities) == 1


def test_undecodable_bytes_in_the_middle_keep_the_good_text_and_report_the_damage() -> None:
    first, second = ARTICLE.split("\n", 1)
    data = first.encode() + b"\n\xff\xfe\xc3(" + second.encode()
    article = read_article("hong.txt", data)
    assert first in article.text and second in article.text
    (damage,) = article.warnings
    assert damage.kept and damage.code == "damaged"
    assert dict(damage.values)["line"] == "2"
    assert "hong.txt" in damage.message and "UTF-8" in describe_problem(damage, language="en")


# --- bad inputs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("rong.txt", b"", "empty"),
        ("trang.txt", b" \n\t \r\n" + "\u3000\u00a0".encode(), "empty"),
        ("bom.txt", codecs.BOM_UTF8 + b"   \n", "empty"),
        ("anh.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("anh.md", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary"),
        ("chuongtrinh.txt", b"\x7fELF\x02\x01\x01" + bytes(200), "binary"),
        ("nul.txt", "Chuyển đổi số".encode("utf-16-le"), "binary"),  # UTF-16 without a BOM
        ("bang.xlsx", b"PK\x03\x04", "unsupported"),
        ("khong-duoi", b"Chuyen doi so", "unsupported"),
        ("hong.docx", b"PK\x03\x04 this is no zip", "docx_corrupt"),
        ("hong.pdf", b"%PDF-1.4\n garbage", "pdf_corrupt"),
        ("trong.html", b"<html><head><script>x()</script></head><body></body></html>", "html_no_article"),
    ],
)
def test_bad_inputs_are_refused_with_a_code_and_a_message(name: str, data: bytes, code: str) -> None:
    error = refused(name, data)
    assert error.code == code
    problem = error.problem(name)
    assert problem.message.startswith(f"{name}: ")
    assert describe_problem(problem, language="en").startswith(f"{name}: ")
    assert problem.message != describe_problem(problem, language="en")


def test_a_docx_truncated_in_transit_is_corrupt(make_docx: Callable[[list[str]], bytes]) -> None:
    data = make_docx(ARTICLE.split("\n"))
    assert refused("cut.docx", data[: len(data) // 2]).code == "docx_corrupt"


def test_a_docx_with_a_damaged_part_is_corrupt(
    make_docx: Callable[[list[str]], bytes], tmp_path: Path
) -> None:
    source = zipfile.ZipFile(__import__("io").BytesIO(make_docx(["Kinh tế số"])))
    target = tmp_path / "x.docx"
    with zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            out.writestr(item, b"<w:document><broken" if item.filename == "word/document.xml" else data)
    assert refused("x.docx", target.read_bytes()).code == "docx_corrupt"


def test_a_pdf_without_a_text_layer_says_to_run_ocr(make_pdf: Callable[..., bytes]) -> None:
    error = refused("scan.pdf", make_pdf([], with_text=False))
    assert error.code == "pdf_no_text"
    assert "OCR" in describe_problem(error.problem("scan.pdf"), language="en")


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf", ".html"])
def test_a_20_mb_file_is_refused_before_it_is_read(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"lon{suffix}"
    with path.open("wb") as handle:  # sparse: the test itself stays fast
        handle.truncate(20 * 1024 * 1024)
    with pytest.raises(ReadError) as caught:
        read_path(path)
    assert caught.value.code == "too_large"
    assert MAX_BYTES[suffix] < 20 * 1024 * 1024
    assert "20.0 MB" in describe_problem(caught.value.problem(str(path)), language="en")


def test_text_over_the_character_limit_is_refused() -> None:
    data = ("Kinh tế số. " * (MAX_CHARS // 12 + 10)).encode()
    assert len(data) <= MAX_BYTES[".txt"]
    assert refused("dai.txt", data).code == "too_long"


# --- formats -------------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_are_read(make_docx: Callable[[list[str]], bytes]) -> None:
    article = read_article("ke-hoach.docx", make_docx(ARTICLE.split("\n")))
    assert article.format == "docx"
    assert article.text == ARTICLE


def test_pdf_text_layer_is_read_with_its_diacritics(make_pdf: Callable[..., bytes]) -> None:
    article = read_article("bao-cao.pdf", make_pdf(ARTICLE.split("\n")))
    flat = " ".join(article.text.split())
    assert "hơn 1.450 hộ kinh doanh" in flat
    assert "Cà Mau đưa 1.450 hộ kinh doanh lên sàn" in flat
    figures = analyze_document(build_document("p", article.text)).figures
    assert 1450.0 in [figure.value for figure in figures]


def test_html_keeps_only_the_article_with_entities_decoded() -> None:
    title, body = ARTICLE.split("\n", 1)
    paragraphs = "".join(f"<p>{line.replace('%', '&#37;')}</p>" for line in body.split("\n"))
    page = f"""<!doctype html><html><head><title>{title} | Báo Cà Mau</title>
    <style>.menu {{ color: red }}</style><script>var tracking = "Tổng truy cập";</script></head>
    <body><nav><ul><li><a href="/">Trang chủ</a></li>
    <li><a href="/kt">Kinh tế &amp; Xã hội</a></li></ul></nav>
    <div class="banner-ads">Quảng cáo: Vay tiêu dùng 0&percnt;</div>
    <article><h1>{title}</h1>{paragraphs}<!-- bình luận ẩn --></article>
    <footer>Bản quyền &copy; 2024 Báo Cà Mau. Địa chỉ: 39 Phan Ngọc Hiển</footer></body></html>"""
    article = read_article("trang.html", page.encode())
    assert article.text.split("\n")[0] == title
    assert "82,5% kế hoạch" in article.text
    for dropped in (
        "Trang chủ",
        "Kinh tế & Xã hội",
        "Quảng cáo",
        "tracking",
        "color",
        "bình luận",
        "Bản quyền",
    ):
        assert dropped not in article.text


# --- names, long lines, missing years ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.txt", "passwd"),
        ("..\\..\\Windows\\bai.txt", "bai"),
        ("a/b/../c.md", "c"),
        ("..", "bai-viet"),
        ("\x00\x1b[31mđỏ\x07.txt", "31mđỏ"),
        ("Bài " + "rất dài " * 60 + ".txt", None),
    ],
)
def test_any_file_name_gives_a_short_safe_id(name: str, expected: str | None) -> None:
    doc_id = document_id_for(name)
    if expected is not None:
        assert doc_id == expected
    assert doc_id and len(doc_id.encode()) <= 255 and len(doc_id) <= 80
    assert not {"/", "\\", "\x00"} & set(doc_id) and ".." not in doc_id
    assert all(unicodedata.category(char)[0] != "C" for char in doc_id)


def test_an_article_on_one_long_line_is_kept_whole() -> None:
    one_line = " ".join(ARTICLE.split()) + " (Ảnh: Báo Cà Mau)"
    document = build_document("mot-dong", read_article("mot-dong.txt", one_line.encode()).text)
    assert document.body == one_line
    assert document.furniture == ()
    analysis = analyze_document(document)
    assert 1450.0 in [figure.value for figure in analysis.figures]


def test_no_date_and_no_year_is_kept_as_year_unknown(tmp_path: Path) -> None:
    (tmp_path / "khong-nam.txt").write_text(
        "Tổ công nghệ số cộng đồng ra mắt\nXã Tân Phú ra mắt Tổ công nghệ số cộng đồng với 12 thành viên.",
        encoding="utf-8",
    )
    (document,), problems = load_corpus([tmp_path])
    assert problems == ()
    assert (document.year, document.published) == (None, None)


# --- metadata.json -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ('{"bai": {"year": 1e999}}', "sidecar_value"),
        ('{"bai": {"year": NaN}}', "sidecar_json"),
        ('{"bai": {"year": true}}', "sidecar_value"),
        ('{"bai": {"year": 20230}}', "sidecar_value"),
        ('{"bai": {"year": [2023]}}', "sidecar_value"),
        ('{"bai": {"published": "hôm qua"}}', "sidecar_value"),
        ('{"bai": {"title": ""}}', "sidecar_value"),
        ('{"bai": {"title": {"a": {"b": {"c": 1}}}}}', "sidecar_value"),
        ('{"bai": ' + "[" * 100_000 + "]" * 100_000 + "}", "sidecar_deep"),
        ('{"bai": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "}", "sidecar_deep"),
        ("[" * 10 + "]" * 10, "sidecar_shape"),
    ],
)
def test_a_bad_metadata_json_is_named_and_the_folder_still_reads(
    tmp_path: Path, content: str, code: str
) -> None:
    (tmp_path / "bai.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.json").write_text(content, encoding="utf-8")
    (document,), problems = load_corpus([tmp_path])
    assert document.id == "bai" and document.year == 2024  # inferred, not overridden
    assert [problem.code for problem in problems] == [code]
    assert problems[0].message.startswith(str(tmp_path / "metadata.json"))


def test_good_values_next_to_a_bad_one_still_apply(tmp_path: Path) -> None:
    (tmp_path / "bai.txt").write_text(ARTICLE, encoding="utf-8")
    sidecar = '{"bai": {"year": 1e999, "outlet": "Báo Cà Mau"}}'  # 1e999 reads as an infinite float
    (tmp_path / "metadata.json").write_text(sidecar, encoding="utf-8")
    (document,), problems = load_corpus([tmp_path])
    assert (document.outlet, document.year) == ("Báo Cà Mau", 2024)
    assert [problem.code for problem in problems] == ["sidecar_value"]


@pytest.mark.parametrize(
    ("head", "lines"),
    [
        (
            '<meta property="og:site_name" content="Báo Quảng Ninh điện tử">'
            '<meta property="article:published_time" content="2024-06-10T07:45:00+07:00">',
            ["Ngày đăng: 2024-06-10 07:45", "Website: Báo Quảng Ninh điện tử"],
        ),
        ('<meta property="article:published_time" content="2024-06-10">', ["Ngày đăng: 2024-06-10"]),
        ("", []),
    ],
)
def test_html_date_and_site_name_follow_the_article(head: str, lines: list[str]) -> None:
    """What trafilatura finds in the page's metadata reaches the metadata inference as furniture lines
    after the article, where the article's own date and outlet lines (if any) come first."""
    paragraphs = "".join(
        f"<p>Năm 2023, tỉnh Quảng Ninh đạt {i},6 điểm về chính quyền số.</p>" for i in range(3)
    )
    page = f"""<!doctype html><html><head><meta charset="utf-8">
    <title>Quảng Ninh dẫn đầu DTI</title>{head}</head>
    <body><nav>Trang chủ | Thời sự</nav><article><h1>Quảng Ninh dẫn đầu DTI</h1>{paragraphs}</article>
    <footer>© Bản quyền thuộc Báo Quảng Ninh</footer></body></html>"""
    text_lines = read_article("trang.html", page.encode()).text.split("\n")
    assert text_lines[0] == "Quảng Ninh dẫn đầu DTI"
    assert [line for line in text_lines if line.startswith(("Ngày đăng", "Website"))] == lines
    assert text_lines[len(text_lines) - len(lines) :] == lines
    document = build_document("trang", read_article("trang.html", page.encode()).text)
    assert document.body.split("\n")[-1].startswith("Năm 2023")


def test_html_footer_naming_the_outlet_reaches_the_metadata_inference() -> None:
    """Trafilatura drops the page's <footer>; a footer line naming the outlet ("… © Bản quyền thuộc
    Tạp chí Hạ tầng Số.") is kept as a furniture line, so the outlet is known; other footer text is not."""
    paragraphs = "".join(
        f"<p>Đến cuối năm 2024, mạng 5G phủ sóng {i}0% số xã vùng núi của tỉnh Lào Cai.</p>" for i in range(3)
    )
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>Lào Cai phủ sóng 5G</title></head>
    <body><header><h2>TẠP CHÍ HẠ TẦNG SỐ</h2></header>
    <article><h1>Lào Cai phủ sóng 5G</h1>{paragraphs}</article>
    <footer>Tạp chí Hạ tầng Số - hatangso.vn. Giấy phép số 91/GP-BTTTT. Địa chỉ: 5 Trần Phú, Hà Nội.
    © Bản quyền thuộc Tạp chí Hạ tầng Số.</footer></body></html>"""
    text = read_article("trang.html", page.encode()).text
    document = build_document("trang", text)
    assert document.outlet == "Tạp chí Hạ tầng Số"
    assert "Giấy phép" not in document.body


def test_html_footer_block_marked_by_class_names_the_outlet() -> None:
    """Many portals print their footer in a <div class="site-footer"> rather than a <footer>."""
    paragraphs = "".join(
        f"<p>Năm 2024, Hà Tĩnh cấp {i}5.000 chữ ký số cho người dân.</p>" for i in range(1, 4)
    )
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>Hà Tĩnh cấp chữ ký số</title></head>
    <body><article><h1>Hà Tĩnh cấp chữ ký số</h1>{paragraphs}</article>
    <div class="site-footer">Hotline: 0239 385 5555. Bản quyền thuộc về Báo Hà Tĩnh.</div></body></html>"""
    document = build_document("trang", read_article("trang.html", page.encode()).text)
    assert document.outlet == "Báo Hà Tĩnh"


def test_html_lead_printed_beside_the_article_body_is_kept_first() -> None:
    """Vietnamese papers print the lead ("sapo") in a block of its own beside the article's body; it
    carries the dateline and often the main figure, so it is kept, after the headline."""
    paragraphs = "".join(
        f"<p>Trong tháng {i}, Sở Tư pháp Vĩnh Long cấp {i}20 bản sao trích lục hộ tịch điện tử.</p>"
        for i in range(3, 7)
    )
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>Vĩnh Long số hóa hộ tịch</title></head>
    <body><div class="article"><h1>Vĩnh Long số hóa hộ tịch</h1><div class="time">02/07/2024 09:10</div>
    <div class="article-sapo">(Báo Vĩnh Long) - Tỉnh đã số hóa 96% sổ hộ tịch lưu trữ từ năm 1976.</div>
    <div class="article-body">{paragraphs}</div></div></body></html>"""
    text = read_article("trang.html", page.encode()).text
    assert text.index("Vĩnh Long số hóa hộ tịch") < text.index("(Báo Vĩnh Long) - Tỉnh đã số hóa 96%")
    assert text.index("96% sổ hộ tịch") < text.index("Trong tháng 3")
    document = build_document("trang", text)
    assert document.outlet == "Báo Vĩnh Long"
    assert "96% sổ hộ tịch" in document.body


def _page(*, title: str, head: str = "", top: str = "", below_headline: str = "", footer: str = "") -> bytes:
    """A saved article page: a header, the headline, what the page prints under it, three paragraphs
    of body and a footer, as news sites lay them out."""
    paragraphs = "".join(
        f"<p>Năm 2024, toàn tỉnh có {i}2.500 hộ kinh doanh dùng thanh toán không dùng tiền mặt.</p>"
        for i in range(1, 4)
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>
    <body><header>{top}<nav>Thời sự · Kinh tế · Xã hội</nav></header>
    <div class="detail"><h1>Hộ kinh doanh chuyển sang thanh toán số</h1>{below_headline}
    <div class="detail-content">{paragraphs}</div></div>
    <div class="box-related"><h3>Tin liên quan</h3>
    <ul><li><a href="#">Chợ 4.0 mở rộng (09/12/2025)</a></li></ul></div>
    <footer>{footer}</footer></body></html>""".encode()


@pytest.mark.parametrize(
    ("below_headline", "top", "published"),
    [
        ('<div class="detail-time">14/03/2025 07:40 GMT+7</div>', "", "2025-03-14"),
        ('<span class="date">Cập nhật: 16:05 | 02/10/2023</span>', "", "2023-10-02"),
        ('<p class="meta">Thứ Hai, 25/11/2024 - 10:15</p>', "", "2024-11-25"),
        ('<div class="time">05 Tháng Tư 2024 | 09:00</div>', "", "2024-04-05"),
    ],
)
def test_html_date_line_printed_under_the_headline_gives_the_date(
    below_headline: str, top: str, published: str
) -> None:
    """A page that declares no date in its metadata prints one under its headline, in a block
    trafilatura leaves out with the rest of the page's furniture; that printed line dates the page."""
    page = _page(title="Hộ kinh doanh chuyển sang thanh toán số", top=top, below_headline=below_headline)
    document = build_document("trang", read_article("trang.html", page).text)
    assert document.published is not None
    assert document.published.date().isoformat() == published
    assert "Tin liên quan" not in document.body


def test_html_date_line_nearest_the_headline_not_today_s_in_the_header() -> None:
    """Kept aside, written before the rule: the header's date of today and a related link's date are
    not the article's; the line printed under the headline is."""
    page = _page(
        title="Hộ kinh doanh chuyển sang thanh toán số",
        top='<span class="today">Thứ Bảy, 06/12/2025</span>',
        below_headline='<div class="article-date">Ngày đăng: 18/07/2025 | 06:30</div>',
    )
    document = build_document("trang", read_article("trang.html", page).text)
    assert document.published is not None
    assert document.published.date().isoformat() == "2025-07-18"


@pytest.mark.parametrize(
    ("title", "footer", "outlets"),
    [
        # the copyright line in a paragraph of its own, the agency's tagline after a dash
        (
            "Hộ kinh doanh chuyển sang thanh toán số",
            "<p>© Báo Hậu Giang - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hậu Giang</p>"
            "<p>Giấy phép số 45/GP-BTTTT. Địa chỉ: 12 Trần Hưng Đạo, Vị Thanh. Điện thoại: 0293.387.0123</p>",
            {"Báo Hậu Giang"},
        ),
        # only the page's <title> names the outlet, after a bar or a dash
        ("Hộ kinh doanh chuyển sang thanh toán số | Báo Tây Ninh điện tử", "", {"Báo Tây Ninh điện tử"}),
        (
            "Hộ kinh doanh chuyển sang thanh toán số - Tạp chí Kinh tế và Dự báo",
            "",
            {"Tạp chí Kinh tế và Dự báo"},
        ),
        # both: either names the outlet
        (
            "Hộ kinh doanh chuyển sang thanh toán số | Báo Sóc Trăng điện tử",
            "<div>© Báo Sóc Trăng - Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Sóc Trăng</div>"
            "<div>Tòa soạn: 4 Trần Hưng Đạo, Sóc Trăng</div>",
            {"Báo Sóc Trăng", "Báo Sóc Trăng điện tử"},
        ),
    ],
)
def test_html_outlet_from_the_footer_s_copyright_line_or_the_page_title(
    title: str, footer: str, outlets: set[str]
) -> None:
    """A footer printed in several paragraphs is read line by line, so its copyright line names the
    outlet; a page's <title> that closes with the outlet's name names it when nothing stronger does."""
    page = _page(title=title, footer=footer)
    document = build_document("trang", read_article("trang.html", page).text)
    assert document.outlet in outlets
    assert document.title == "Hộ kinh doanh chuyển sang thanh toán số"
    assert "Giấy phép" not in document.body and "Tòa soạn" not in document.body


def test_html_outlet_kept_aside_footer_lines_and_a_title_suffix() -> None:
    """Kept aside, written before the rule: a footer of <br>-separated lines and a title naming a site."""
    page = _page(
        title="Hộ kinh doanh chuyển sang thanh toán số - Báo Long An điện tử",
        footer="Cơ quan của Đảng bộ tỉnh Long An<br>© Bản quyền thuộc Báo Long An - Cơ quan của Đảng bộ tỉnh"
        "<br>Giấy phép số 12/GP-BTTTT ngày 3/1/2023",
    )
    document = build_document("trang", read_article("trang.html", page).text)
    assert document.outlet in {"Báo Long An", "Báo Long An điện tử"}


@pytest.mark.parametrize(
    ("title", "head", "footer", "outlet"),
    [
        # the portal's name in capitals above its owner: the portal, not the owning agency
        (
            "Hộ kinh doanh chuyển sang thanh toán số",
            "",
            "<p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</p>"
            "<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Điện Biên</p>"
            "<p>Địa chỉ: Tổ 7, phường Mường Thanh</p>",
            "Cổng thông tin điện tử tỉnh Điện Biên",
        ),
        # the owner beside the site name the page declares: the site
        (
            "Hộ kinh doanh chuyển sang thanh toán số",
            '<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh Bạc Liêu">',
            "<p>Cơ quan chủ quản: Văn phòng UBND tỉnh Bạc Liêu</p>",
            "Cổng thông tin điện tử tỉnh Bạc Liêu",
        ),
        # a site name declared without diacritics, spelled as the page's <title> spells it, and a
        # copyright line that says what it does of the rights after the name
        (
            "Hộ kinh doanh chuyển sang thanh toán số | Báo Quảng Ngãi",
            '<meta property="og:site_name" content="BAO QUANG NGAI">',
            "<p>Tổng biên tập: Nguyễn Văn C</p>",
            "Báo Quảng Ngãi",
        ),
        (
            "Hộ kinh doanh chuyển sang thanh toán số",
            "",
            "<p>Tổng biên tập: Nguyễn Văn C</p>"
            "<p>© Copyright 2025 NguoiLaoDong Online, All rights reserved</p>",
            "Người Lao Động Online",
        ),
    ],
)
def test_html_outlet_is_the_portal_over_its_owner_and_is_spelled_with_its_diacritics(
    title: str, head: str, footer: str, outlet: str
) -> None:
    page = _page(title=title, head=head, footer=footer)
    document = build_document("trang", read_article("trang.html", page).text)
    assert document.outlet == outlet
    assert document.title == "Hộ kinh doanh chuyển sang thanh toán số"
