"""Links fetched from a real local web server: articles, redirects, and every way a fetch must stop."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import analysis.read.web as web
from analysis.present.problems import describe_problem
from analysis.read.problems import ReadError
from analysis.read.web import ALLOW_PRIVATE_ENV, FetchLimits, fetch_page
from benchmarks.article_server import DRIP_SECONDS, article_page, seed_pages, serve_articles

ALLOWED = FetchLimits(allow_private=True, seconds=5.0)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve_articles(seed_pages(3)) as base:
        yield base


def refusal(url: str, limits: FetchLimits = ALLOWED) -> ReadError:
    with pytest.raises(ReadError) as caught:
        fetch_page(url, limits=limits)
    return caught.value


def test_an_article_page_is_fetched_as_served(server: str) -> None:
    name, data = next(iter(seed_pages(1).items()))
    page = fetch_page(f"{server}/bai/{name}", limits=ALLOWED)
    assert page.data == data and page.name == name
    assert page.content_type.startswith("text/html")
    assert page.url == page.final_url == f"{server}/bai/{name}"


def test_an_address_with_vietnamese_letters_is_fetched() -> None:
    page = article_page("Chuyển đổi số ở Cà Mau\nNăm 2024, tỉnh có 120 dịch vụ công trực tuyến.")
    with serve_articles({"chuyển-đổi-số.html": page}) as base:
        fetched = fetch_page(f"{base}/bai/chuyển-đổi-số.html", limits=ALLOWED)
    assert fetched.data == page and fetched.name == "chuyển-đổi-số.html"


def test_a_redirect_chain_is_followed_and_the_link_kept_as_given(server: str) -> None:
    name = next(iter(seed_pages(1)))
    page = fetch_page(f"{server}/chuyen/3/{name}", limits=ALLOWED)
    assert page.final_url == f"{server}/bai/{name}" and page.url == f"{server}/chuyen/3/{name}"
    assert page.data == seed_pages(1)[name]


@pytest.mark.parametrize(
    ("path", "limits", "code", "values"),
    [
        pytest.param("/chuyen/6/x.html", ALLOWED, "url_redirects", {"limit": "5"}, id="too many redirects"),
        pytest.param("/vong", ALLOWED, "url_redirects", {"limit": "5"}, id="a redirect loop"),
        pytest.param("/lon.html", ALLOWED, "url_too_large", {"limit": "5"}, id="a huge page"),
        pytest.param("/lon-khai.html", ALLOWED, "url_too_large", {"limit": "5"}, id="a huge page declared"),
        pytest.param("/anh.png", ALLOWED, "url_type", {"type": "image/png"}, id="an image"),
        pytest.param("/khong-co.html", ALLOWED, "url_status", {"status": "404 Not Found"}, id="missing"),
        pytest.param(
            "/bai/x.html",
            FetchLimits(),
            "url_private",
            {"host": "127.0.0.1", "address": "127.0.0.1", "option": ALLOW_PRIVATE_ENV},
            id="loopback without the option",
        ),
    ],
)
def test_a_fetch_that_must_stop_stops_with_a_message(
    server: str, path: str, limits: FetchLimits, code: str, values: dict[str, str]
) -> None:
    error = refusal(server + path, limits)
    assert (error.code, error.values) == (code, values)
    problem = error.problem(server + path)
    assert problem.message.startswith(server + path) and describe_problem(problem, language="en").startswith(
        server + path
    )
    assert problem.message != describe_problem(problem, language="en")


def test_a_slow_page_is_stopped_at_the_time_limit(server: str) -> None:
    started = time.monotonic()
    error = refusal(f"{server}/cham.html", FetchLimits(allow_private=True, seconds=1.5))
    spent = time.monotonic() - started
    assert error.code == "url_timeout" and error.values == {"seconds": "1.5"}
    # stopped at its limit, not when the page would have ended (300 bytes × DRIP_SECONDS)
    assert spent < 1.5 + 1.0 < 300 * DRIP_SECONDS


@pytest.mark.parametrize(
    ("url", "code"),
    [
        pytest.param("ftp://example.com/a.txt", "url_invalid", id="ftp"),
        pytest.param("file:///etc/passwd", "url_invalid", id="file"),
        pytest.param("javascript:alert(1)", "url_invalid", id="javascript"),
        pytest.param("http://", "url_invalid", id="no host"),
        pytest.param("http://example.com:port/", "url_invalid", id="bad port"),
        pytest.param("http://localhost:9/", "url_private", id="localhost"),
        pytest.param("http://10.1.2.3/", "url_private", id="private"),
        pytest.param("http://169.254.169.254/latest/meta-data/", "url_private", id="link-local metadata"),
        pytest.param("http://[::1]/", "url_private", id="IPv6 loopback"),
        pytest.param("http://[::ffff:192.168.1.1]/", "url_private", id="IPv4-mapped private"),
        pytest.param("http://224.0.0.1/", "url_private", id="multicast"),
        pytest.param("http://0.0.0.0/", "url_private", id="unspecified"),
        pytest.param("http://khong-co-may-nay.invalid/bai.html", "url_unresolved", id="no such host"),
    ],
)
def test_bad_and_private_addresses_are_refused_before_any_connection(url: str, code: str) -> None:
    assert refusal(url, FetchLimits(seconds=5.0)).code == code


@pytest.fixture
def redirecting() -> Iterator[tuple[str, list[str]]]:
    """A loopback server redirecting every request to the address last put in its list."""
    targets: list[str] = []

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", targets[-1])
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", targets
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("target", "code"),
    [
        pytest.param("http://10.0.0.1/noi-bo.html", "url_private", id="to a private address"),
        pytest.param("http://169.254.169.254/latest/meta-data/", "url_private", id="to cloud metadata"),
        pytest.param("file:///etc/passwd", "url_invalid", id="to a local file"),
    ],
)
def test_each_redirect_target_is_checked_again(
    redirecting: tuple[str, list[str]], target: str, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    start, targets = redirecting
    targets.append(target)
    # Loopback (this test's own server, the first hop) is let through; every other address is
    # judged by the real check, which must stop the second hop.
    judged = web.is_public_address
    monkeypatch.setattr(web, "is_public_address", lambda address: address == "127.0.0.1" or judged(address))
    error = refusal(start, FetchLimits(seconds=5.0))
    assert error.code == code
