"""An analyst builds a briefing in a real browser: a province's article is in the corpus, the scope
stays national, two figures are pinned and one relabelled on the overview; presentation mode shows
them and the deck and handout downloaded from it carry them, with the province's figure absent.
Screenshots of the overview and the figures page go to tests/artifacts/screenshots/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document as WordDocument
from playwright.sync_api import expect
from pptx import Presentation

from analysis.present.i18n import translate
from tests.e2e.conftest import run_dashboard
from tests.e2e.test_browser import (
    MAIN,
    RENDER_TIMEOUT_MS,
    _assert_no_errors,
    _open,
    _screenshot,
    _wait_until_idle,
)

pytestmark = pytest.mark.browser
PASSAGES = Path(__file__).resolve().parents[1] / "fixtures" / "scope" / "dev"
CAPTION = "Người dân học kỹ năng số <cơ bản>"


@pytest.fixture(scope="module")
def briefing_url(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    """The dashboard on the seeds and Quảng Trị's portal article ("1.120 Tổ công nghệ số cộng đồng")."""
    folder = tmp_path_factory.mktemp("province-articles")
    shutil.copy(PASSAGES / "d02_quang_tri_nhiem_vu_2026.txt", folder)
    with run_dashboard(tmp_path_factory.mktemp("curate"), env_extra={"DXPOLICY_CORPUS": str(folder)}) as base:
        yield base


def _card_values(page: Any) -> list[str]:
    return [v.strip() for v in page.locator(f"{MAIN} .figure-card .figure-value").all_inner_texts()]


def _curate(page: Any, card: int, action: str) -> None:
    """Open the curate popover of card ``card`` and click ``action``, as a user would."""
    page.locator(MAIN).get_by_role("button", name=translate("curate", "vi")).nth(card).click()
    page.locator(f'[data-testid="stPopoverBody"] .st-key-curate_{card}_{action} button').click()
    _wait_until_idle(page)
    page.keyboard.press("Escape")  # the popover closed, as a user leaves it
    expect(page.locator('[data-testid="stPopoverBody"]')).to_have_count(0)


def test_an_analyst_builds_a_briefing(page: Any, briefing_url: str, screenshots_dir: Path) -> None:
    _open(page, briefing_url, "")
    _assert_no_errors(page)
    values = _card_values(page)
    assert values[:2] == ["hơn 80.000 tổ", "gần 380.000 thành viên"], values
    assert not any("1.120" in value for value in values)  # the scope stays national

    _curate(page, 3, "pin")  # "hơn 5 triệu lượt người dân" first
    expect(page.locator(f"{MAIN} .figure-card .figure-value").first).to_have_text(
        "hơn 5 triệu lượt người dân", timeout=RENDER_TIMEOUT_MS
    )
    _curate(page, 3, "pin")  # "16 nhóm nền tảng số" second
    expect(page.locator(f"{MAIN} .figure-card .figure-value").nth(1)).to_have_text(
        "16 nhóm nền tảng số", timeout=RENDER_TIMEOUT_MS
    )
    page.locator(MAIN).get_by_role("button", name=translate("curate", "vi")).first.click()
    field = page.locator('[data-testid="stPopoverBody"] .st-key-curate_0_caption input')
    field.fill(CAPTION)
    field.press("Enter")
    page.locator('[data-testid="stPopoverBody"] .st-key-curate_0_save button').click()
    _wait_until_idle(page)
    expect(page.locator(f"{MAIN} .figure-card .figure-label").first).to_have_text(
        f"{CAPTION} · 2022", timeout=RENDER_TIMEOUT_MS
    )
    page.keyboard.press("Escape")
    expect(page.locator('[data-testid="stPopoverBody"]')).to_have_count(0)
    _assert_no_errors(page)
    _screenshot(page, screenshots_dir, "curate_overview_vi")

    _open(page, briefing_url, "figures")
    _assert_no_errors(page)
    _screenshot(page, screenshots_dir, "curate_figures_vi")

    _open(page, briefing_url, "?present=1&slide=1")
    _assert_no_errors(page)
    with page.expect_download() as deck_download:
        page.locator(".st-key-present_deck button").first.click()
    deck_path = Path(deck_download.value.path())
    with page.expect_download() as handout_download:
        page.locator(".st-key-present_handout_docx button").first.click()
    handout_path = Path(handout_download.value.path())

    deck = Presentation(str(deck_path))
    title = translate("figures_title", "vi", value="")
    numbered = [
        (number, "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame))
        for number, slide in enumerate(deck.slides, start=1)
    ]
    number, text = next((n, t) for n, t in numbered if t.startswith(title))  # the key-figure slide
    assert CAPTION in text and "hơn 5 triệu lượt người dân" in text
    assert "16 nhóm nền tảng số" in text
    assert text.index("hơn 5 triệu") < text.index("16 nhóm nền tảng số") < text.index("hơn 80.000 tổ")
    assert "1.120" not in text and "Quảng Trị" not in text

    handout = "\n".join(p.text for p in WordDocument(str(handout_path)).paragraphs)
    handout += "\n".join(
        c.text for t in WordDocument(str(handout_path)).tables for r in t.rows for c in r.cells
    )
    assert CAPTION in handout and "1.120" not in handout

    _open(page, briefing_url, f"?present=1&slide={number}")  # the slide on screen says the same
    _assert_no_errors(page)
    expect(page.locator(MAIN)).to_contain_text(CAPTION, timeout=RENDER_TIMEOUT_MS)
    assert "1.120" not in page.locator(MAIN).inner_text()
