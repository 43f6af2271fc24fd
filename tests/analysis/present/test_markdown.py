"""The Markdown brief (``report --format md``): the same story as the deck and the handout, in
text to paste in an e-mail; article text stays text, whatever renders it."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markdown_it import MarkdownIt

from analysis.present.brief import brief_of, build_brief
from analysis.present.i18n import translate
from analysis.present.markdown import render_markdown
from analysis.present.story import Findings, build_story
from analysis.types import CorpusAnalysis
from tests.conftest import HOSTILE_OUTLET_LINK


def _markdown(corpus: CorpusAnalysis, language: str = "vi") -> str:
    return render_markdown(build_brief(build_story(corpus, language=language, paged=False)))


@pytest.fixture(scope="module")
def briefs(seed_corpus: CorpusAnalysis) -> dict[str, str]:
    return {language: _markdown(seed_corpus, language) for language in ("vi", "en")}


def test_the_brief_opens_with_its_title_and_a_summary_of_findings(
    briefs: dict[str, str], seed_corpus: CorpusAnalysis
) -> None:
    for language, markdown in briefs.items():
        story = build_story(seed_corpus, language=language)
        lines = markdown.splitlines()
        assert lines[0] == f"# {story.slides[0].title}"
        summary = lines.index(f"## {translate('md_summary', language)}")
        assert summary < next(i for i, line in enumerate(lines) if line.startswith("## 1. "))
        findings = story.slides[0].body
        assert isinstance(findings, Findings)
        listed = [line for line in lines[summary:] if re.match(r"\d+\. ", line)][: len(findings.items)]
        assert len(listed) == len(findings.items) >= 3
        for line, finding in zip(listed, findings.items, strict=True):
            assert finding.text.replace("“", "").split(":")[0] in line.replace("“", "")
            assert re.search(r"\(→ \d+\)$", line), line  # the section that shows it
        assert markdown.endswith("\n")


def test_sources_are_outlets_and_local_dates_never_file_ids_or_iso(
    briefs: dict[str, str], seed_corpus: CorpusAnalysis
) -> None:
    vi, en = briefs["vi"], briefs["en"]
    for document in (a.document for a in seed_corpus.documents):
        assert document.id.replace("_", "\\_") not in vi and document.id not in vi
    assert "2025-12-20T00:00:00" not in vi and not re.search(r"\d{4}-\d{2}-\d{2}", vi + en)
    assert "25/04/2024" in vi and "Apr 25, 2024" in en
    # the numbered source list closes the brief, one line per article
    tail = vi.split(f"## {translate('handout_sources', 'vi')}\n", 1)[1].strip().splitlines()
    assert len(tail) == len(seed_corpus.documents)
    assert tail[-1].startswith("5. Thủ tướng: Mỗi Bộ, ngành, địa phương phải có 1 đề án chuyển đổi số — ")
    assert tail[-1].endswith(", 25/04/2024")
    # every section names its sources by outlet and date and by number
    sections = vi.count("\n## ") - 2  # less the summary and the source list
    assert vi.count("_Nguồn: ") == sections
    assert re.search(r"_Nguồn: VOV5; PLVN — \\\[1\\\], \\\[2\\\]_", vi)


def test_each_list_once_and_year_pairs_as_tables(briefs: dict[str, str]) -> None:
    vi = briefs["vi"]
    html = MarkdownIt("commonmark").enable("table").render(vi)
    # the pair 2023 → 2024: a table of what persisted, is new, was dropped
    assert "<th>Duy trì (2)</th>\n<th>Mới (5)</th>\n<th>Không còn nêu (2)</th>" in html
    assert html.count("<table>") >= 5  # corpus, matrix, two pairs, figures, timeline
    # the key figures are listed once, the timeline once, each theme once
    assert vi.count("| hơn 80.000 tổ | Tổ công nghệ số cộng đồng | 2023 |") == 1
    assert vi.count("| 28/12/2023 | Phiên họp | Phiên họp thứ 7 |") == 1
    assert vi.count("> “Tạo lập và khai thác dữ liệu số để tạo ra giá trị mới”") == 1


def test_english_brief_is_english_around_the_vietnamese_originals(briefs: dict[str, str]) -> None:
    en = briefs["en"]
    assert en.startswith("# National digital transformation 2022–2024: ")
    assert "## Summary" in en and "## Sources" in en
    assert "| Persisted (2) | New (5) | Dropped (2) |" in en
    assert "Tóm tắt" not in en and "Nguồn:" not in en


HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> [bấm](http://evil.example) "
    "![ảnh](http://evil.example/x.png) :red[đỏ] **đậm** | ô"
)
LINKABLE = (
    "Xem www.evil.example, http://evil.example/a?b=c, chinhphu.vn, TT.HN, //evil.example, "
    "mailto:a@b.vn và thu@mic.gov.vn (https://evil.example/x_(y)). [a|b](ftp://evil.example) `http://x.vn`"
)


def _hostile(corpus: CorpusAnalysis, text: str) -> CorpusAnalysis:
    """The seeds with article text replaced: every title and event title, one outlet."""
    documents = tuple(
        replace(
            a,
            document=replace(
                a.document, title=f"{text} {n}", outlet=HOSTILE_OUTLET_LINK if n == 0 else a.document.outlet
            ),
        )
        for n, a in enumerate(corpus.documents)
    )
    timeline = tuple(replace(event, title=f"# {text}") for event in corpus.timeline)
    return replace(corpus, documents=documents, timeline=timeline)


def test_article_text_is_shown_as_text(seed_corpus: CorpusAnalysis) -> None:
    markdown = _markdown(_hostile(seed_corpus, HOSTILE))
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    for markup in ("<script", "<img", "<a ", "<strong>đậm", "<h1>#"):
        assert markup not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text
    assert "[bấm](<code>http://evil.example</code>)" in html
    assert "<td># &lt;script&gt;" in html  # a "|" in a cell does not cut the row, "#" starts no heading


@pytest.mark.parametrize("preset", ["gfm-like", "commonmark"])
def test_nothing_from_an_article_becomes_a_link(seed_corpus: CorpusAnalysis, preset: str) -> None:
    """Rendered with auto-linking on (as GitHub links bare URLs and domains), no URL, domain or
    address from an article becomes a link, and each is still shown as written."""
    renderer = MarkdownIt(preset, {"linkify": True}).enable(["table", "linkify"])
    html = renderer.render(_markdown(_hostile(seed_corpus, LINKABLE)))
    assert "<a " not in html and "<a>" not in html
    shown = re.sub(r"<[^>]+>", "", html).replace("&quot;", '"').replace("&amp;", "&")
    for text in (
        "www.evil.example",
        "http://evil.example/a?b=c",
        "chinhphu.vn",
        "TT.HN",
        HOSTILE_OUTLET_LINK,
    ):
        assert text in shown
    assert "thu@mic.gov.vn (https://evil.example/x_(y))." in shown


def test_an_infinite_figure_never_reads_inf(seed_corpus: CorpusAnalysis) -> None:
    figures = (replace(seed_corpus.figures[0], value=float("inf")), *seed_corpus.figures[1:])
    markdown = _markdown(replace(seed_corpus, figures=figures))
    assert "inf" not in markdown.lower().replace("information", "")


def test_the_brief_lists_the_instruments_the_articles_cite(seed_corpus: CorpusAnalysis) -> None:
    markdown = render_markdown(brief_of(seed_corpus, language="vi"))
    section = markdown.split("văn bản được trích dẫn", 1)[1].split("## ", 1)[0]
    row = next(line for line in section.splitlines() if line.startswith("| 06/QĐ-TTg |"))
    assert row.startswith("| 06/QĐ-TTg | Quyết định | Thủ tướng Chính phủ | 06/01/2022 | phê duyệt Đề án")
    assert row.endswith(" | 3 |")  # cited three times
    assert "_Nguồn: " in section  # its sources, by outlet and date


def test_key_figure_rows_quote_the_article_around_each_number(briefs: dict[str, str]) -> None:
    for language, markdown in briefs.items():
        header = (
            f"| {translate('figures', language)} | {translate('measure', language)} | "
            f"{translate('year', language)} | {translate('in_article', language)} |"
        )
        lines = markdown.splitlines()
        rows = lines[lines.index(header) + 2 :]
        rows = rows[: next(i for i, line in enumerate(rows) if not line.startswith("|"))]
        assert len(rows) >= 4
        for row in rows:
            value, _, _, quoted = (cell.strip() for cell in row.strip("|").split(" | "))
            digits = re.sub(r"\D", "", value)
            # the quote is the Vietnamese sentence's own words: its number is written the Vietnamese way
            assert quoted.startswith("“") and quoted.endswith("”"), row
            assert digits and digits in re.sub(r"\D", "", quoted), row
