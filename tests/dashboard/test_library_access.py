"""Only editors change the library: a viewer (read-only mode, or not signed in) is offered no
upload, edit or remove, and a change asked for anyway is refused by the store below the page; an
editor signs in with the passphrase (after a delay that grows with failures) and removes an article.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.access import hash_passphrase
from analysis.intake import add_files
from analysis.present.i18n import translate
from analysis.store import CorpusStore
from analysis.text import escape_markdown

PASSPHRASE = "biên tập viên Sở TT&TT 2025"


@pytest.fixture(scope="module")
def passphrase_hash() -> str:
    return hash_passphrase(PASSPHRASE)


@pytest.fixture
def stored(isolated_dashboard: Path, tmp_path: Path, store_articles: list[tuple[str, bytes]]) -> Path:
    """The dashboard's store, holding three articles."""
    path = tmp_path / "store" / "corpus.sqlite3"
    with CorpusStore(path) as store:
        assert len(add_files(store, store_articles).added) == 3
    return path


def _library(start_app: Callable[[], AppTest]) -> AppTest:
    at = start_app()
    at.switch_page("views/library.py").run()
    assert not at.exception
    return at


def _ids(path: Path) -> list[str]:
    with CorpusStore(path) as store:
        return [document.id for document in store.list_documents()]


def _editing_widgets(at: AppTest) -> list[str]:
    """Every widget that could change the library, by what it is."""
    found = [f"uploader {item.label}" for item in at.get("file_uploader")]
    found += [
        f"menu {item.label}" for item in at.selectbox if item.label == translate("library_edit_pick", "vi")
    ]
    found += [f"picker {item.label}" for item in at.multiselect if item.key.startswith("library_remove")]
    found += [
        f"button {item.key}" for item in at.button if item.key and item.key.startswith("library_remove")
    ]
    found += [
        f"form {item.key}" for item in at.text_input if item.key and item.key.startswith("library_edit")
    ]
    return found


def _sign_in(at: AppTest, passphrase: str) -> None:
    """Type into the sign-in form and submit it, in one run (a form sends its values on submit)."""
    at.text_input(key="library_passphrase").input(passphrase)
    labels = [button.label for button in at.button]
    at.button[labels.index(translate("library_sign_in_button", "vi"))].click().run()


def _forged_removal(store_path: str) -> None:
    """A change the page never offered a viewer, asked for through the page's own store opener."""
    from pathlib import Path

    import streamlit as st

    from analysis.store import StoreError
    from dashboard.views.library import _open_for_change

    try:
        with _open_for_change(Path(store_path)) as store:
            st.write(f"removed {store.remove(['ha-giang'])}")
    except StoreError as error:
        st.write(f"refused {error.problem.code}")


def test_read_only_mode_offers_no_change_and_refuses_a_forged_one(
    stored: Path, start_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXPOLICY_READ_ONLY", "1")
    at = _library(start_app)
    assert _editing_widgets(at) == []
    assert next(info.value for info in at.info) == translate("library_read_only_note", "vi")
    assert list(at.dataframe[0].value["id"]) == ["binh-phuoc", "ha-giang", "hau-giang"]  # viewers see it all
    assert at.get("download_button")[0].proto.label == translate("library_backup_download", "vi", count=3)
    assert not [item for item in at.text_input if item.key == "library_passphrase"]

    forged = AppTest.from_function(_forged_removal, args=(str(stored),)).run()
    assert [item.value for item in forged.markdown] == ["refused store_view_only"]
    assert _ids(stored) == ["binh-phuoc", "ha-giang", "hau-giang"]


def test_a_viewer_not_signed_in_sees_the_library_but_cannot_change_it(
    stored: Path, start_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch, passphrase_hash: str
) -> None:
    monkeypatch.setenv("DXPOLICY_EDITOR_PASSPHRASE_HASH", passphrase_hash)
    at = _library(start_app)
    assert _editing_widgets(at) == []
    assert translate("library_viewer_note", "vi") in [info.value for info in at.info]
    assert len(at.dataframe[0].value) == 3
    # Session state a browser cannot set, set anyway: a removal pending and chosen, as if confirmed
    at.session_state["_library_pending_removal"] = ["ha-giang"]
    at.session_state["_library_removal_choice"] = ["ha-giang"]
    at.run()
    assert not at.exception and _editing_widgets(at) == []
    forged = AppTest.from_function(_forged_removal, args=(str(stored),)).run()
    assert [item.value for item in forged.markdown] == ["refused store_view_only"]
    assert _ids(stored) == ["binh-phuoc", "ha-giang", "hau-giang"]


def test_an_editor_signs_in_with_the_passphrase_after_a_delay_and_removes_an_article(
    stored: Path, start_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch, passphrase_hash: str
) -> None:
    monkeypatch.setenv("DXPOLICY_EDITOR_PASSPHRASE_HASH", passphrase_hash)
    at = _library(start_app)
    _sign_in(at, "không phải mật khẩu")
    assert [error.value for error in at.error] == [translate("library_sign_in_failed", "vi")]
    assert _editing_widgets(at) == []

    started = time.monotonic()
    _sign_in(at, PASSPHRASE)
    assert time.monotonic() - started >= 1.0  # one failure before: the check waited a second
    assert not at.exception and not at.error
    assert escape_markdown(translate("library_signed_in", "vi")) in [item.value for item in at.success]
    assert any(item.startswith("uploader") for item in _editing_widgets(at))

    picker = next(item for item in at.multiselect if item.label == translate("library_remove_pick", "vi"))
    picker.set_value(["ha-giang"]).run()
    at.button(key="library_remove").click().run()
    at.button(key="library_remove_yes").click().run()
    assert not at.exception
    assert _ids(stored) == ["binh-phuoc", "hau-giang"]

    at.button(key="library_sign_out").click().run()
    assert _editing_widgets(at) == []


_AUTH_SECRETS = {
    "redirect_uri": "https://dx.so.gov.vn/oauth2callback",
    "cookie_secret": "một bí mật dài và ngẫu nhiên",
    "client_id": "dxpolicy",
    "client_secret": "bí mật",
    "server_metadata_url": "https://id.so.gov.vn/.well-known/openid-configuration",
}


def _library_with_provider() -> AppTest:
    at = AppTest.from_file(
        str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py"), default_timeout=60
    )
    at.secrets["auth"] = dict(_AUTH_SECRETS)
    at.run(timeout=120)
    at.switch_page("views/library.py").run()
    return at


def test_an_identity_provider_in_secrets_offers_its_sign_in_and_not_the_passphrase(stored: Path) -> None:
    from streamlit.auth_util import is_authlib_installed

    assert is_authlib_installed()  # streamlit[auth] is a dependency: st.login works out of the box
    at = _library_with_provider()
    assert not at.exception and not at.error
    assert _editing_widgets(at) == []
    offered = [item.key for item in at.button if item.key.startswith("library_login_")]
    assert offered == ["library_login_default"]
    assert [item for item in at.text_input if item.key == "library_passphrase"] == []


def test_an_identity_provider_without_authlib_names_the_missing_package(
    stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A server installed without the extra (pip install streamlit alone): said to the administrator.
    import streamlit.auth_util

    monkeypatch.setattr(streamlit.auth_util, "is_authlib_installed", lambda: False)
    at = _library_with_provider()
    assert not at.exception
    assert _editing_widgets(at) == []
    warnings = [item.value.replace("\\", "") for item in at.warning]
    assert any("pip install 'Authlib>=1.3.2'" in warning for warning in warnings), warnings
    assert [item for item in at.button if item.key.startswith("library_login_")] == []


def test_a_damaged_store_file_names_the_last_export_on_the_library_page(
    stored: Path, start_app: Callable[[], AppTest], tmp_path: Path
) -> None:
    from analysis.backup import export_library

    export = tmp_path / "backups" / "thu-vien.zip"
    export.parent.mkdir()
    assert export_library(stored, export).count == 3
    data = bytearray(stored.read_bytes())
    data[4096 * 2 : 4096 * 2 + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"  # a table page overwritten
    stored.write_bytes(bytes(data))

    at = _library(start_app)
    shown = " ".join(item.value.replace("\\", "") for item in at.error)
    assert shown.startswith("Không mở được kho bài viết: ")
    # The file and the export are named; the server's folders are not (a visitor sees this page too;
    # the administrator reads the full paths from `python -m analysis list`).
    assert stored.name in shown and export.name in shown and "3 bài" in shown
    assert str(tmp_path) not in shown and str(stored.parent) not in shown
    assert "Traceback" not in shown
    assert stored.read_bytes() == bytes(data)
