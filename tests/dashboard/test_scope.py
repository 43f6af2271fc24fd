"""The scope filter: national by default, kept in the link, a province's list out of the national story."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.conftest import APP, FIRST_RUN_TIMEOUT, RUN_TIMEOUT

PROVINCE_ARTICLE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "scope" / "dev" / "d02_quang_tri_nhiem_vu_2026.txt"
)


@pytest.fixture
def with_province(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The seeds and one province's portal article setting "5 nhiệm vụ trọng tâm" for 2026."""
    folder = tmp_path / "extra"
    folder.mkdir()
    shutil.copy(PROVINCE_ARTICLE, folder)
    monkeypatch.setenv("DXPOLICY_CORPUS", str(folder))
    return folder


def _open(page: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)
    for name, value in params.items():
        at.query_params[name] = value
    at.run(timeout=FIRST_RUN_TIMEOUT)
    if page != "overview":
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _page_text(at: AppTest) -> str:
    parts = [str(getattr(element, "value", "")) for element in at.main]
    parts += [str(getattr(getattr(element, "proto", None), "body", "")) for element in at.main]
    return "\n".join(parts)


def test_national_by_default_keeps_the_provinces_year_out(with_province: Path) -> None:
    at = _open("priorities")
    assert at.sidebar.selectbox(key="scope").value == "national"
    assert at.title[0].value == "Ưu tiên 2022–2024"
    assert (
        2026 not in at.selectbox(key="cell_year").options
        and "2026" not in at.selectbox(key="cell_year").options
    )


def test_all_scopes_from_the_link_show_the_province(with_province: Path) -> None:
    at = _open("priorities", scope="all")
    assert at.sidebar.selectbox(key="scope").value == "all"
    assert at.title[0].value == "Ưu tiên 2022–2026"
    assert "2026" in at.selectbox(key="cell_year").options


def test_choosing_a_scope_writes_it_to_the_link(with_province: Path) -> None:
    at = _open("compare")
    at.sidebar.selectbox(key="scope").set_value("province").run()
    assert not at.exception
    assert at.query_params["scope"] in ("province", ["province"])
    assert at.multiselect(key="cmp").options == ["2026"]


def test_an_unknown_scope_in_the_link_falls_back_to_national() -> None:
    at = _open("overview", scope="regional")
    assert at.sidebar.selectbox(key="scope").value == "national"
    assert [toast.value for toast in at.toast]  # the reader is told the link value was ignored
