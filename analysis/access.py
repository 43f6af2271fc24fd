"""Who may change the library: a read-only switch, an editor passphrase, an identity provider.

On a shared server the dashboard is opened by everybody; only editors add, edit and remove
articles. ``$DXPOLICY_READ_ONLY`` (set by ``dxpolicy --read-only``) makes everybody a viewer, down
to the store, which then refuses every change. Otherwise editing needs a sign-in when one is
configured: Streamlit's ``st.login`` with the identity provider of ``.streamlit/secrets.toml``
(``[auth]``), else the passphrase whose hash is in ``$DXPOLICY_EDITOR_PASSPHRASE_HASH`` (made with
``dxpolicy --hash-passphrase``). With neither, the dashboard is a one-person tool and its user edits.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping

READ_ONLY_ENV = "DXPOLICY_READ_ONLY"
PASSPHRASE_HASH_ENV = "DXPOLICY_EDITOR_PASSPHRASE_HASH"
EDITORS_ENV = "DXPOLICY_EDITORS"
# scrypt at N=2^15, r=8: about 32 MB and 0.1 s a try here, so guessing a passphrase offline is slow.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024
_SALT_BYTES = 16
_KEY_BYTES = 32
_MIN_PASSPHRASE = 8
# The pause before a sign-in is checked doubles with each failure since the last success, up to this.
MAX_FAILURE_DELAY_S = 30.0
# What a Streamlit identity provider needs (streamlit.auth_util.validate_auth_credentials).
_AUTH_KEYS = ("redirect_uri", "cookie_secret")
_PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")
_FALSE = {"", "0", "false", "no", "off"}


def read_only_requested(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``$DXPOLICY_READ_ONLY`` asks for a read-only library ("1", "true", "yes" …).

    >>> read_only_requested({"DXPOLICY_READ_ONLY": "1"}), read_only_requested({"DXPOLICY_READ_ONLY": "0"})
    (True, False)
    """
    value = (os.environ if environ is None else environ).get(READ_ONLY_ENV, "")
    return value.strip().lower() not in _FALSE


class PassphraseError(ValueError):
    """A passphrase too short to protect the library, or a stored hash that is not one of ours."""


def hash_passphrase(passphrase: str, *, salt: bytes | None = None) -> str:
    """The scrypt hash of ``passphrase`` as one string to put in ``$DXPOLICY_EDITOR_PASSPHRASE_HASH``
    (a fresh random salt each time, so the same passphrase never gives the same string).

    >>> hash_passphrase("biên tập viên 2025", salt=b"0123456789abcdef")[:42]
    'scrypt$32768$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$'
    """
    if len(passphrase) < _MIN_PASSPHRASE:
        raise PassphraseError(f"a passphrase needs at least {_MIN_PASSPHRASE} characters")
    salt = secrets.token_bytes(_SALT_BYTES) if salt is None else salt
    key = _derive(passphrase, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return "$".join(("scrypt", str(_SCRYPT_N), str(_SCRYPT_R), str(_SCRYPT_P), _b64(salt), _b64(key)))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=_KEY_BYTES
    )


def check_passphrase_hash(encoded: str) -> tuple[int, int, int, bytes, bytes]:
    """The parameters, salt and key of a stored hash; raises :class:`PassphraseError` when it is
    not a hash made by :func:`hash_passphrase` (a typo in the environment variable)."""
    parts = encoded.strip().split("$")
    try:
        if len(parts) != 6 or parts[0] != "scrypt":
            raise ValueError(parts[0])
        n, r, p = (int(part) for part in parts[1:4])
        salt, key = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5], validate=True)
        if n < 2**14 or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 4 or len(key) != _KEY_BYTES:
            raise ValueError(encoded)
    except ValueError:
        raise PassphraseError(
            f"{PASSPHRASE_HASH_ENV} is not a hash made by dxpolicy --hash-passphrase"
        ) from None
    return n, r, p, salt, key


def verify_passphrase(passphrase: str, encoded: str) -> bool:
    """Whether ``passphrase`` is the one ``encoded`` was made from; the keys are compared in
    constant time (``hmac.compare_digest``), so the time taken says nothing about how close it was.

    >>> stored = hash_passphrase("biên tập viên 2025")
    >>> verify_passphrase("biên tập viên 2025", stored), verify_passphrase("bien tap vien 2025", stored)
    (True, False)
    """
    n, r, p, salt, key = check_passphrase_hash(encoded)
    return hmac.compare_digest(_derive(passphrase, salt, n, r, p), key)


def failure_delay(failures: int) -> float:
    """Seconds to wait before checking a sign-in after ``failures`` failed ones: none at first,
    then 1, 2, 4 … seconds, at most :data:`MAX_FAILURE_DELAY_S`.

    >>> [failure_delay(count) for count in (0, 1, 2, 3, 10)]
    [0.0, 1.0, 2.0, 4.0, 30.0]
    """
    if failures <= 0:
        return 0.0
    return min(MAX_FAILURE_DELAY_S, 2.0 ** min(failures - 1, 16))


def identity_providers(auth: Mapping[str, object]) -> tuple[str, ...]:
    """The identity providers that the ``[auth]`` section of ``secrets.toml`` configures fully
    for ``st.login`` ("default" for the keys at the top of the section, else each sub-section's
    name); none when a required key is missing.

    >>> identity_providers({"redirect_uri": "https://dx.example/oauth2callback", "cookie_secret": "s",
    ...     "google": {"client_id": "i", "client_secret": "c", "server_metadata_url": "https://m"}})
    ('google',)
    >>> identity_providers({"redirect_uri": "https://dx.example/oauth2callback"})
    ()
    """
    if not all(auth.get(key) for key in _AUTH_KEYS):
        return ()
    found = ["default"] if all(auth.get(key) for key in _PROVIDER_KEYS) else []
    for name, section in auth.items():
        if isinstance(section, Mapping) and "_" not in name and all(section.get(k) for k in _PROVIDER_KEYS):
            found.append(str(name))
    return tuple(found)


def allowed_editors(environ: Mapping[str, str] | None = None) -> frozenset[str]:
    """E-mail addresses in ``$DXPOLICY_EDITORS`` (comma-separated, any case); empty: any signed-in user.

    >>> sorted(allowed_editors({"DXPOLICY_EDITORS": "An@So.gov.vn, binh@so.gov.vn"}))
    ['an@so.gov.vn', 'binh@so.gov.vn']
    """
    value = (os.environ if environ is None else environ).get(EDITORS_ENV, "")
    return frozenset(part.strip().lower() for part in value.split(",") if part.strip())
