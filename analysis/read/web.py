"""Article pages fetched from a link, bounded: a time limit for the whole fetch, a size limit
(the body is streamed and stopped), a limited number of redirects (each target checked again),
and a content type the reader supports (an HTML page, or a .pdf, .docx or text file).

An address that resolves to the machine's own or its private networks (loopback, private,
link-local, multicast, reserved, shared) is not fetched unless the caller allows it: a dashboard
on a server must not become a way into that server's network. The address checked is the one
connected to (no second lookup a hostile name server could answer differently). Only the
standard library is used (``http.client``); no proxy settings are read. The page's bytes are read
by :func:`analysis.read.read_article`, which reads HTML in the sandboxed worker; nothing here
parses anything but the address and the headers.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

from analysis.read.formats import MAX_BYTES, MB
from analysis.read.names import suffix_of
from analysis.read.problems import ReadError

ALLOW_PRIVATE_ENV = "DXPOLICY_ALLOW_PRIVATE_ADDRESSES"
# Content types and the reader each one goes to; "text/html" first, as most links are pages.
CONTENT_SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_USER_AGENT = "dxpolicy/1 (article reader; +https://github.com/)"
_ACCEPT = ", ".join([*CONTENT_SUFFIXES, "*/*;q=0.1"])


@dataclass(frozen=True)
class FetchLimits:
    """What one link may cost: ``seconds`` for the whole fetch (redirects included), at most
    ``max_redirects`` redirects, and the body at most the reader's size limit for its type."""

    seconds: float = 20.0
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True)
class FetchedPage:
    """A fetched article file: the link as given, where it ended up, a file name for the reader
    (the link's last part with the suffix of its content type) and the bytes."""

    url: str
    final_url: str
    name: str
    data: bytes
    content_type: str


def private_addresses_allowed() -> bool:
    """Whether ``$DXPOLICY_ALLOW_PRIVATE_ADDRESSES`` allows fetching from private addresses."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def is_public_address(address: str) -> bool:
    """Whether an IP address is on the public internet (not loopback, private, link-local,
    multicast, reserved, unspecified or shared), looking inside IPv4-mapped IPv6 addresses.

    >>> [is_public_address(address) for address in ("203.113.131.1", "127.0.0.1", "::ffff:10.0.0.1")]
    [True, False, False]
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local or ip.is_loopback)


def check_link(url: str) -> str:
    """The link as it will be fetched (spaces around it removed); :class:`ReadError` "url_invalid"
    for anything but an http(s) address with a host.

    >>> check_link(" https://vnexpress.net/chuyen-doi-so.html ")
    'https://vnexpress.net/chuyen-doi-so.html'
    """
    link = url.strip()
    try:
        parts = urlsplit(link)
        parts.port  # noqa: B018 - raises ValueError on a port that is no number
    except ValueError:
        raise ReadError("url_invalid") from None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname or any(c.isspace() for c in link):
        raise ReadError("url_invalid")
    return link


def file_name_for(url: str, suffix: str) -> str:
    """A file name for the page at ``url``: the link's last part (or its host) with ``suffix``.

    >>> file_name_for("https://baochinhphu.vn/chuyen-doi-so-102240.htm", ".html")
    'chuyen-doi-so-102240.html'
    >>> file_name_for("https://mic.gov.vn/", ".html")
    'mic.gov.vn.html'
    """
    parts = urlsplit(url)
    last = unquote(parts.path.rstrip("/").rpartition("/")[2])
    stem = last[: -len(suffix_of(last))] if suffix_of(last) else last
    return f"{stem or parts.hostname or 'trang'}{suffix}"


def request_target(url: str) -> str:
    """The path and query to ask the server for, with letters outside ASCII percent-encoded as a
    browser sends them (Vietnamese sites put words with diacritics in their addresses).

    >>> request_target("https://vi.wikipedia.org/wiki/Chuyển_đổi_số?a=b&c=đ")
    '/wiki/Chuy%E1%BB%83n_%C4%91%E1%BB%95i_s%E1%BB%91?a=b&c=%C4%91'
    """
    parts = urlsplit(url)
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return path + (f"?{query}" if query else "")


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to the first address of its host that passes the address check; the
    address checked is the address connected to."""

    allow_private = False

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._create_connection = self._connect_checked  # type: ignore[method-assign]

    def _connect_checked(
        self, address: tuple[str, int], timeout: float | None = None, source: object = None
    ) -> socket.socket:
        host, port = address
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            raise ReadError("url_unresolved", host=host) from None
        refused = ""
        last_error: OSError | None = None
        for family, kind, protocol, _, where in found:
            if not self.allow_private and not is_public_address(str(where[0])):
                refused = str(where[0])
                continue
            connection = socket.socket(family, kind, protocol)
            try:
                connection.settimeout(timeout)
                connection.connect(where)
                return connection
            except OSError as error:
                connection.close()
                last_error = error
        if last_error is not None:
            raise last_error
        raise ReadError("url_private", host=host, address=refused, option=ALLOW_PRIVATE_ENV)


class _PinnedHTTPSConnection(_PinnedHTTPConnection, http.client.HTTPSConnection):
    """The same, with TLS (the certificate checked against the host name, as browsers do)."""


def _connection(url: str, seconds: float, allow_private: bool) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    secure = parts.scheme.lower() == "https"
    # The port always given: http.client would read an IPv6 host's last group as one.
    port = parts.port or (443 if secure else 80)
    if secure:
        connection: http.client.HTTPConnection = _PinnedHTTPSConnection(
            parts.hostname, port, timeout=seconds, context=ssl.create_default_context()
        )
    else:
        connection = _PinnedHTTPConnection(parts.hostname, port, timeout=seconds)
    connection.allow_private = allow_private  # type: ignore[attr-defined]
    return connection


def _suffix_for(content_type: str, url: str) -> str:
    """The reader for a response's content type (or, when it names none, for the link's suffix)."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media in CONTENT_SUFFIXES:
        return CONTENT_SUFFIXES[media]
    guessed = suffix_of(urlsplit(url).path)
    if media in {"", "application/octet-stream"} and guessed in MAX_BYTES:
        return ".html" if guessed == ".htm" else guessed
    raise ReadError("url_type", type=media or "—")


def _remaining(deadline: float, seconds: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ReadError("url_timeout", seconds=f"{seconds:g}")
    return left


def _read_body(
    response: http.client.HTTPResponse,
    connection: http.client.HTTPConnection,
    *,
    limit: int,
    deadline: float,
    seconds: float,
) -> bytes:
    """The body, streamed: stopped past ``limit`` bytes (unpacked, if the server packed it) or at
    the deadline, however slowly the server sends it."""
    encoding = (response.getheader("Content-Encoding") or "").strip().lower()
    unpack = zlib.decompressobj(wbits=47) if encoding in {"gzip", "x-gzip", "deflate"} else None
    chunks: list[bytes] = []
    size = 0
    while True:
        if connection.sock is not None:
            connection.sock.settimeout(_remaining(deadline, seconds))
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        if unpack is not None:
            chunk = unpack.decompress(chunk, limit + 1 - size)
        size += len(chunk)
        if size > limit:
            raise ReadError("url_too_large", limit=limit // MB)
        chunks.append(chunk)
        _remaining(deadline, seconds)
    return b"".join(chunks)


def fetch_page(url: str, *, limits: FetchLimits = FetchLimits()) -> FetchedPage:
    """Fetch the article file at ``url`` within ``limits``; :class:`ReadError` saying why not
    ("url_invalid", "url_private", "url_unresolved", "url_unreachable", "url_timeout",
    "url_redirects", "url_status", "url_type", "url_too_large").

    >>> try:
    ...     fetch_page("ftp://example.com/bai.txt")
    ... except ReadError as error:
    ...     print(error.code)
    url_invalid
    """
    link = check_link(url)
    deadline = time.monotonic() + limits.seconds
    current = link
    for _ in range(limits.max_redirects + 1):
        connection = _connection(current, _remaining(deadline, limits.seconds), limits.allow_private)
        try:
            target = request_target(current)
            connection.request(
                "GET",
                target,
                headers={"User-Agent": _USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": "gzip, identity"},
            )
            response = connection.getresponse()
            if response.status in _REDIRECTS and response.getheader("Location"):
                current = check_link(urljoin(current, response.getheader("Location", "")))
                continue
            if response.status >= 400 or response.status < 200:
                raise ReadError("url_status", status=f"{response.status} {response.reason}".strip())
            content_type = response.getheader("Content-Type") or ""
            suffix = _suffix_for(content_type, current)
            limit = MAX_BYTES[suffix]
            declared = response.getheader("Content-Length")
            if declared and declared.strip().isdigit() and int(declared) > limit:
                raise ReadError("url_too_large", limit=limit // MB)
            data = _read_body(response, connection, limit=limit, deadline=deadline, seconds=limits.seconds)
            return FetchedPage(link, current, file_name_for(link, suffix), data, content_type)
        except ReadError:
            raise
        except TimeoutError:
            raise ReadError("url_timeout", seconds=f"{limits.seconds:g}") from None
        except (OSError, http.client.HTTPException, zlib.error, ValueError) as error:
            reason = getattr(error, "strerror", None) or type(error).__name__
            raise ReadError("url_unreachable", host=urlsplit(current).hostname or "", reason=reason) from None
        finally:
            connection.close()
    raise ReadError("url_redirects", limit=limits.max_redirects)
