"""The store package's own module (:mod:`analysis.store`): where the store file is when nothing names
it, and when ``$DXPOLICY_STORE`` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.store import STORE_ENV, STORE_FILE_NAME, default_store_path


def test_the_environment_variable_names_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(STORE_ENV, "~/kho/thu-vien.sqlite3")
    assert default_store_path() == tmp_path / "kho" / "thu-vien.sqlite3"  # "~" is the user's home


@pytest.mark.parametrize("unset", ["missing", "empty"])
def test_without_it_the_store_is_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unset: str
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "du-lieu"))
    if unset == "missing":
        monkeypatch.delenv(STORE_ENV, raising=False)
    else:
        monkeypatch.setenv(STORE_ENV, "")
    assert default_store_path() == tmp_path / "du-lieu" / "dxpolicy" / STORE_FILE_NAME
    assert STORE_FILE_NAME == "corpus.sqlite3"
