"""A damaged record in the store: every page still runs, and the Library page lists it and removes it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.present.i18n import translate
from analysis.store import CorpusStore
from analysis.text import escape_markdown


def test_a_damaged_record_is_listed_and_removed_on_the_library_page(
    damaged_store: Path, start_app: Callable[[], AppTest]
) -> None:
    at = start_app()
    assert not at.exception
    shown = " ".join(element.value for element in [*at.warning, *at.error, *at.info]).replace("\\", "")
    assert "hau-giang" in shown and "95%" not in shown and "59%" not in shown
    for page in ("overview", "figures", "explore"):
        at.switch_page(f"views/{page}.py").run()
        assert not at.exception, page

    at.switch_page("views/library.py").run()
    assert not at.exception
    assert any("hau\\-giang" in warning.value for warning in at.warning)  # Markdown-escaped
    titles = list(at.dataframe[0].value[translate("title", "vi")])
    assert "[hỏng] Hậu Giang số hóa hồ sơ hành chính năm 2023" in titles
    picker = next(item for item in at.multiselect if item.label == translate("library_remove_pick", "vi"))
    assert any(option.endswith("· hau-giang") for option in picker.options)
    editable = next(item for item in at.selectbox if item.label == translate("library_edit_pick", "vi"))
    assert not any("hau-giang" in option for option in editable.options)  # removable, not editable

    picker.set_value(["hau-giang"]).run()
    at.button(key="library_remove").click().run()
    at.button(key="library_remove_yes").click().run()
    assert not at.exception
    assert [success.value for success in at.success] == [
        escape_markdown(translate("library_removed", "vi", count=1))
    ]
    with CorpusStore(damaged_store) as store:
        documents, problems = store.read_documents()
    assert [document.id for document in documents] == ["binh-phuoc", "ha-giang"] and problems == []
    assert not any("hau\\-giang" in warning.value for warning in at.warning)


def test_removing_from_a_read_only_store_says_it_is_intact(
    damaged_store: Path, start_app: Callable[[], AppTest]
) -> None:
    at = start_app()
    at.switch_page("views/library.py").run()
    picker = next(item for item in at.multiselect if item.label == translate("library_remove_pick", "vi"))
    picker.set_value(["hau-giang"]).run()
    at.button(key="library_remove").click().run()
    folder = damaged_store.parent
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not permitted here: {done.stderr.decode().strip()}")
    try:
        at.button(key="library_remove_yes").click().run()
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert not at.exception
    (error,) = [element.value.replace("\\", "") for element in at.error]  # Markdown escapes dropped
    assert error.startswith("Chưa lưu được: ") and "vẫn nguyên vẹn" in error
    assert "OperationalError" not in error and "Traceback" not in error
    with CorpusStore(damaged_store) as store:
        assert [document.id for document in store.list_documents()] == ["binh-phuoc", "ha-giang", "hau-giang"]
