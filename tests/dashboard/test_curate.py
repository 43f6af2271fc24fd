"""The analyst curates key figures on the overview and the figures page: pins, hides and captions are
saved in the store (never in the browser) and the same-measure chart's choice is kept in the URL."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.present.i18n import translate
from analysis.store import CorpusStore
from analysis.types import Curation
from tests.dashboard.conftest import metrics
from tests.dashboard.test_app import assert_healthy, go

ROOT = Path(__file__).resolve().parents[2]


def _stored() -> Curation:
    with CorpusStore(Path(os.environ["DXPOLICY_STORE"])) as store:
        return store.curation()


def _store(curation: Curation) -> None:
    with CorpusStore(Path(os.environ["DXPOLICY_STORE"])) as store:
        store.save_curation(curation)


def test_the_overview_leads_with_the_teams_and_never_the_event(app: AppTest) -> None:
    values = [value for _, value in metrics(app)]
    assert values[:2] == ["hơn 80.000 tổ", "gần 380.000 thành viên"]
    assert "63 tỉnh, thành phố" not in values


def test_pin_relabel_and_hide_on_the_overview(app: AppTest) -> None:
    assert [value for _, value in metrics(app)][3] == "hơn 5 triệu lượt người dân"
    app.button(key="curate_3_pin").click().run()
    assert_healthy(app)
    assert metrics(app)[0][1] == "hơn 5 triệu lượt người dân"
    assert len(_stored().pinned) == 1

    app.text_input(key="curate_0_caption").input("Người dân học <b>kỹ năng số</b>")
    app.button(key="curate_0_save").click().run()
    assert_healthy(app)
    assert metrics(app)[0] == ("Người dân học <b>kỹ năng số</b> · 2022", "hơn 5 triệu lượt người dân")

    app.button(key="curate_1_hide").click().run()  # the teams, now second
    assert_healthy(app)
    assert "hơn 80.000 tổ" not in [value for _, value in metrics(app)]
    assert _stored().hidden and app.expander[0].label == translate("curate_hidden", "vi", count=1)
    app.button(key="curate_hidden_0_hide").click().run()  # shown again
    assert "hơn 80.000 tổ" in [value for _, value in metrics(app)]


def test_a_pin_whose_figure_is_gone_is_reported_and_can_be_forgotten(
    start_app: Callable[[], AppTest],
) -> None:
    _store(Curation(pinned=("removed~42~tổ~42 tổ~r",)))
    app = start_app()
    assert_healthy(app)
    assert translate("curate_missing", "vi", count=1) in [i.value for i in app.info]
    app.button(key="curate_forget_missing").click().run()
    assert _stored() == Curation() and not app.info


def test_view_only_offers_no_change(
    monkeypatch: pytest.MonkeyPatch, start_app: Callable[[], AppTest]
) -> None:
    monkeypatch.setenv("DXPOLICY_READ_ONLY", "1")
    app = start_app()
    assert_healthy(app)
    assert app.button(key="curate_0_pin").disabled
    assert app.text_input(key="curate_0_caption").disabled


@pytest.fixture
def with_fixture_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixture articles beside the seeds (they count the provinces in three years: "63 → 63 → 34")
    and two articles stating one measure in two years."""
    folder = tmp_path / "more"
    folder.mkdir()
    for path in (ROOT / "tests" / "fixtures" / "articles").glob("*.txt"):
        shutil.copy(path, folder)
    for year, value in ((2023, 40), (2024, 45)):
        (folder / f"hs_{year}.txt").write_text(
            f"Dịch vụ công trực tuyến năm {year}\n\nNăm {year}, tỷ lệ hồ sơ trực tuyến toàn trình "
            f"của cả nước đạt {value}%, theo Bộ Thông tin và Truyền thông.\n",
            encoding="utf-8",
        )
    monkeypatch.setenv("DXPOLICY_CORPUS", str(folder))


@pytest.mark.usefixtures("with_fixture_articles")
def test_the_chosen_measure_is_in_the_url_and_saved_for_the_presentation(
    start_app: Callable[[], AppTest],
) -> None:
    app = go(start_app(), "figures")
    assert_healthy(app)
    chooser = app.selectbox(key="measure")
    assert len(chooser.options) >= 2
    # a count of every province ("63 → 63") is never the line the chart opens on
    assert chooser.options[0].startswith("tỷ lệ hồ sơ trực tuyến toàn trình")
    second = chooser.options[1]
    chooser.select_index(1).run()
    assert_healthy(app)
    measure = app.query_params["measure"]
    assert len(measure) == 8 and app.selectbox(key="measure").value == measure
    assert second
    app.button(key="curate_measure_save").click().run()
    assert_healthy(app)
    assert _stored().measure == measure
    assert translate("curate_measure_saved", "vi") in [c.value for c in app.caption]


def test_a_figure_row_can_be_pinned_from_the_figures_page(app: AppTest) -> None:
    go(app, "figures")
    table = app.main.dataframe[0].value
    row = list(table[translate("figures", "vi")]).index("16 nhóm nền tảng số")
    app.session_state["figures"] = {"selection": {"rows": [row], "columns": []}}
    app.run()
    assert_healthy(app)
    app.button(key="curate_row_pin").click().run()
    assert_healthy(app)
    pinned = _stored().pinned
    assert len(pinned) == 1 and pinned[0].split("~")[1] == "16"  # named by the figure, not by its row
    go(app, "overview")
    assert metrics(app)[0][1] == "16 nhóm nền tảng số"


@pytest.mark.usefixtures("with_fixture_articles")
@pytest.mark.parametrize("linked", ["0000beef", "not-a-measure", "x" * 300, "<script>"])
def test_a_link_naming_no_measure_opens_the_default(linked: str) -> None:
    app = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    app.query_params["measure"] = linked
    app.run(timeout=120)
    go(app, "figures")
    assert_healthy(app)
    chooser = app.selectbox(key="measure")
    assert chooser.index == 0  # the default line, and the address corrected
    assert not app.query_params.get("measure")
