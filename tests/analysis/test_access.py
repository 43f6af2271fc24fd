"""Who may change the library: the passphrase hash, the delay after failures, the read-only switch
and the detection of an identity provider configured for ``st.login``."""

from __future__ import annotations

import itertools
import time

import pytest

from analysis.access import (
    MAX_FAILURE_DELAY_S,
    PassphraseError,
    allowed_editors,
    check_passphrase_hash,
    failure_delay,
    hash_passphrase,
    identity_providers,
    read_only_requested,
    verify_passphrase,
)

PASSPHRASE = "Sở Thông tin và Truyền thông 2025"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_passphrase(PASSPHRASE)


def test_the_right_passphrase_is_accepted_and_a_near_one_is_not(stored: str) -> None:
    assert verify_passphrase(PASSPHRASE, stored)
    for wrong in (
        "",
        PASSPHRASE[:-1],
        PASSPHRASE + " ",
        "So Thong tin va Truyen thong 2025",
        PASSPHRASE.upper(),
    ):
        assert not verify_passphrase(wrong, stored), wrong


def test_a_hash_is_salted_and_holds_no_passphrase(stored: str) -> None:
    again = hash_passphrase(PASSPHRASE)
    assert again != stored and verify_passphrase(PASSPHRASE, again)
    assert PASSPHRASE not in stored and stored.startswith("scrypt$32768$8$1$")


def test_checking_takes_the_same_work_right_or_wrong(stored: str) -> None:
    """Each check derives the full scrypt key (tenths of a second): a guess costs what a sign-in costs."""
    started = time.perf_counter()
    verify_passphrase("x", stored)
    assert time.perf_counter() - started > 0.02


@pytest.mark.parametrize(
    "broken",
    [
        "",
        "pbkdf2$1$2$3$4$5",
        "scrypt$32768$8$1$not base64!$AAAA",
        "scrypt$1024$8$1$MDEyMzQ1Njc4OWFiY2Rl$" + "A" * 44,  # too cheap to be one of ours
        "scrypt$32768$8$1$MDEyMzQ1Njc4OWFiY2Rl$QUJD",  # a key of the wrong length
        "scrypt$32768$8$1$MDEyMzQ1Njc4OWFiY2Rl",
    ],
)
def test_a_hash_not_made_by_the_helper_is_refused_with_its_name(broken: str) -> None:
    with pytest.raises(
        PassphraseError, match=r"DXPOLICY_EDITOR_PASSPHRASE_HASH .* dxpolicy --hash-passphrase"
    ):
        check_passphrase_hash(broken)
    with pytest.raises(PassphraseError):
        verify_passphrase(PASSPHRASE, broken)


def test_a_short_passphrase_cannot_be_hashed() -> None:
    with pytest.raises(PassphraseError, match="at least 8"):
        hash_passphrase("1234567")


def test_the_delay_grows_with_each_failure_up_to_its_ceiling() -> None:
    delays = [failure_delay(count) for count in range(12)]
    assert delays[0] == 0.0 and delays[1] == 1.0
    assert all(later >= earlier for earlier, later in itertools.pairwise(delays))
    assert delays[-1] == MAX_FAILURE_DELAY_S and failure_delay(10**6) == MAX_FAILURE_DELAY_S


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True),
        ("true", True),
        ("YES", True),
        ("0", False),
        ("false", False),
        ("", False),
        (" off ", False),
    ],
)
def test_the_read_only_switch(value: str, expected: bool) -> None:
    assert read_only_requested({"DXPOLICY_READ_ONLY": value}) is expected
    assert read_only_requested({}) is False


_AUTH = {"redirect_uri": "https://dx.so.gov.vn/oauth2callback", "cookie_secret": "a long random secret"}
_PROVIDER = {
    "client_id": "dx",
    "client_secret": "s",
    "server_metadata_url": "https://id.so.gov.vn/.well-known",
}


@pytest.mark.parametrize(
    ("auth", "expected"),
    [
        ({}, ()),
        ({**_AUTH, **_PROVIDER}, ("default",)),
        ({**_AUTH, "microsoft": _PROVIDER}, ("microsoft",)),
        ({**_AUTH, "google": _PROVIDER, "keycloak": _PROVIDER}, ("google", "keycloak")),
        ({"cookie_secret": "x", **_PROVIDER}, ()),  # no redirect_uri
        ({**_AUTH, "google": {**_PROVIDER, "client_secret": ""}}, ()),  # a key left empty
        ({**_AUTH, "my_idp": _PROVIDER}, ()),  # Streamlit refuses "_" in provider names
        (_PROVIDER, ()),
    ],
    ids=["none", "default", "named", "two", "no-redirect", "empty-key", "underscore", "no-auth-keys"],
)
def test_an_identity_provider_is_detected_only_when_fully_configured(
    auth: dict[str, object], expected: tuple[str, ...]
) -> None:
    assert identity_providers(auth) == expected


def test_editors_may_be_limited_to_listed_addresses() -> None:
    assert allowed_editors({}) == frozenset()
    assert allowed_editors({"DXPOLICY_EDITORS": " An@So.gov.vn ,,binh@so.gov.vn"}) == {
        "an@so.gov.vn",
        "binh@so.gov.vn",
    }
