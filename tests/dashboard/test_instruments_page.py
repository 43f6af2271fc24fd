"""The Policies and targets page: instruments cited by year, their citing sentences, the progress
board, and what the page says when the articles give it nothing to show."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.pipeline import analyze_corpus
from analysis.present.i18n import translate
from analysis.present.story import build_story
from tests.dashboard.conftest import APP, FIRST_RUN_TIMEOUT, RUN_TIMEOUT

ARTICLES = {
    "a_2022.txt": "Kinh tế số năm 2022\nThực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng"
    " Chính phủ, Bộ đã báo cáo kết quả.\nNăm 2022, tỷ trọng kinh tế số đạt 14,26% GDP.\n",
    "b_2023.txt": "Kinh tế số năm 2023 tăng tốc\nTheo Nghị quyết 57-NQ/TW và Đề án 06, năm 2023 là năm bản"
    " lề.\nNăm 2023, tỷ trọng kinh tế số đạt 16,5% GDP.\n",
    "c_2024.txt": "Kinh tế số năm 2024\nNăm 2024, tỷ trọng kinh tế số đạt 18,3% GDP, theo Bộ.\n"
    "Nghị quyết 57-NQ/TW tiếp tục được triển khai.\n",
}


def _start(folder: Path, monkeypatch: pytest.MonkeyPatch, language: str = "vi") -> AppTest:
    monkeypatch.setenv("DXPOLICY_CORPUS", str(folder))
    monkeypatch.setenv("DXPOLICY_NO_SEEDS", "1")
    at = AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)
    at.run(timeout=FIRST_RUN_TIMEOUT)
    if language != "vi":
        at.sidebar.segmented_control(key="lang").set_value(language).run()
    at.switch_page("views/instruments.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _html(at: AppTest) -> list[str]:
    return [element.value for element in at.main if getattr(element, "type", None) == "html"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_picking_an_instrument_shows_its_sentences_with_links_to_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    at = _start(_write(tmp_path / "articles", ARTICLES), monkeypatch, language)
    assert [t.value for t in at.title] == [translate("page_instruments", language)]
    picker = at.selectbox(key="instrument")
    assert picker.options[0].startswith("57-NQ/TW")  # the most cited first
    assert {option.split(" — ")[0] for option in picker.options} == {"57-NQ/TW", "411/QĐ-TTg", "06/QĐ-TTg"}
    picker.set_value("411/QĐ-TTg").run()
    shown = _html(at)
    assert any("Thực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022" in block for block in shown)
    # the link keeps the language (issue 16: "?lang=" dropped on the way)
    kept = "lang=English&amp;" if language == "en" else ""
    assert any(f'href="explore?{kept}doc=a_2022&amp;s=1"' in block for block in shown)
    assert any("phê duyệt Chiến lược quốc gia phát triển kinh tế số" in block for block in shown)


def test_the_progress_board_puts_the_registry_target_beside_the_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _start(_write(tmp_path / "articles", ARTICLES), monkeypatch)
    board = at.dataframe[-1].value
    rows = board.to_dict("records")
    due = next(row for row in rows if row[translate("progress_deadline", "vi")] == 2025)
    # one measure however it is said ("tỷ trọng kinh tế số", "kinh tế số"), every instrument setting it
    assert due[translate("progress_measure", "vi")].casefold() == "kinh tế số"
    assert due[translate("progress_target", "vi")] == "20 % GDP"
    assert due[translate("progress_baseline", "vi")] == "14,26 % GDP (2022)"
    assert due[translate("progress_latest", "vi")] == "18,3 % GDP (2024)"
    assert due[translate("progress_gap", "vi")] == "1,7 % GDP"
    assert due[translate("progress_status", "vi")] == translate("progress_on_track", "vi")
    sources = set(due[translate("progress_sources", "vi")].split(", "))
    assert sources >= {"411/QĐ-TTg", "52-NQ/TW", "749/QĐ-TTg"}
    # the target's own clause and every result's sentence, each with where it comes from
    shown = _html(at)
    assert any("Mục tiêu đến năm 2025, tỷ trọng kinh tế số đạt 20% GDP" in block for block in shown)
    assert any("Năm 2024, tỷ trọng kinh tế số đạt 18,3% GDP" in block for block in shown)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_articles_citing_nothing_get_an_empty_state_saying_what_to_add(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    plain = {"d_2023.txt": "Một ngày ở xã\nNgười dân dùng điện thoại để nộp hồ sơ và thanh toán.\n"}
    at = _start(_write(tmp_path / "articles", plain), monkeypatch, language)
    assert [info.value for info in at.info] == [
        translate("instruments_none", language),
        translate("progress_none", language),
    ]
    assert not at.error


@pytest.mark.parametrize("language", ["vi", "en"])
def test_presentation_mode_shows_the_progress_slide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    folder = _write(tmp_path / "articles", ARTICLES)
    kinds = [slide.kind for slide in build_story(analyze_corpus([folder], cache_path=None)).slides]
    monkeypatch.setenv("DXPOLICY_CORPUS", str(folder))
    monkeypatch.setenv("DXPOLICY_NO_SEEDS", "1")
    at = AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)
    at.query_params["present"] = "1"
    at.query_params["slide"] = str(kinds.index("progress") + 1)
    if language == "en":
        at.query_params["lang"] = "English"
    at.run(timeout=FIRST_RUN_TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    heading = next(body for body in _html(at) if 'class="slide-title' in body)
    # the title states where the first target stands, its status named; the board is what it shows
    assert translate("progress_on_track", language) in heading.split("</h1>", 1)[0]
    assert f'class="slide-message">{translate("progress_board", language)}</p>' in heading
    charts = [element for element in at.main if getattr(element, "type", None) == "plotly_chart"]
    assert len(charts) == 2  # the 2025 and the 2030 target, each beside the results
