"""Who may change the library in this session: everybody (one person's dashboard), nobody
(read-only), or editors signed in with the identity provider or the editor passphrase.

The rules live in :mod:`analysis.access`; this module reads the session (``st.user``,
``st.session_state``) and the server's settings (environment, ``secrets.toml``). The Library page
shows its editing widgets only when :func:`current_access` allows it, and opens the store with
``read_only=not access.can_edit`` for every change, so a request the page did not offer is
refused by the store too.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

import streamlit as st

from analysis.access import (
    PASSPHRASE_HASH_ENV,
    PassphraseError,
    allowed_editors,
    check_passphrase_hash,
    failure_delay,
    identity_providers,
    read_only_requested,
    verify_passphrase,
)

# Not a widget key: no message from a browser can set it, only a passphrase checked here.
_SIGNED_IN_KEY = "_editor_signed_in"


@dataclass(frozen=True)
class Access:
    """How this session may use the library: ``mode`` is "open", "read_only", "identity",
    "passphrase" or "unusable" (a sign-in is configured but cannot work: ``problem`` says why)."""

    mode: str
    can_edit: bool
    providers: tuple[str, ...] = ()
    email: str | None = None
    problem: str | None = None  # a labels.toml key


class _Failures:
    """Failed passphrase sign-ins since the last success, for the whole server process: a module
    global, so no session (and no clearing of Streamlit's caches) resets it; the lock makes
    checks wait in turn, so parallel guesses each wait their delay too."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0


_FAILURES = _Failures()


def _auth_section() -> dict[str, object]:
    try:
        if not st.secrets.load_if_toml_exists():
            return {}
        section = st.secrets.get("auth")
    except Exception:  # a secrets.toml that cannot be parsed: no provider, said by Streamlit's log
        return {}
    return dict(section) if section else {}


def _authlib_installed() -> bool:
    from streamlit.auth_util import is_authlib_installed

    return is_authlib_installed()


def current_access() -> Access:
    """The access of this session, from the server's settings and its sign-in."""
    if read_only_requested():
        return Access("read_only", False)
    providers = identity_providers(_auth_section())
    if providers:
        if not _authlib_installed():
            return Access("identity", False, providers, problem="library_login_unavailable")
        # .get: a session that never met the server's sign-in (a test run, a bare script) has no
        # "is_logged_in" key, and attribute access raises instead of saying "not signed in".
        if not st.user.get("is_logged_in"):
            return Access("identity", False, providers)
        email = str(st.user.get("email") or "")
        editors = allowed_editors()
        allowed = not editors or email.lower() in editors
        return Access("identity", allowed, providers, email, None if allowed else "library_not_editor")
    encoded = os.environ.get(PASSPHRASE_HASH_ENV, "")
    if encoded.strip():
        try:
            check_passphrase_hash(encoded)
        except PassphraseError:
            return Access("passphrase", False, problem="library_passphrase_broken")
        return Access("passphrase", st.session_state.get(_SIGNED_IN_KEY) == encoded)
    return Access("open", True)


def sign_in_with_passphrase(passphrase: str) -> bool:
    """Check ``passphrase`` against the configured hash after the delay the failures so far call
    for; a success makes this session an editor (until it signs out or the hash changes)."""
    encoded = os.environ.get(PASSPHRASE_HASH_ENV, "")
    with _FAILURES.lock:
        time.sleep(failure_delay(_FAILURES.count))
        try:
            accepted = bool(passphrase) and verify_passphrase(passphrase, encoded)
        except PassphraseError:
            accepted = False
        _FAILURES.count = 0 if accepted else _FAILURES.count + 1
    if accepted:
        st.session_state[_SIGNED_IN_KEY] = encoded
    return accepted


def sign_out() -> None:
    """End this session's editing (a passphrase sign-in here; the provider's with ``st.logout``)."""
    st.session_state.pop(_SIGNED_IN_KEY, None)
