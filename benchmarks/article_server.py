"""A local web server of article pages, for the link tests and the links benchmark.

Real HTTP on loopback, in a thread: article pages made from the bundled seeds (headline, menu,
article, footer, the date and site name in meta tags, as news sites write them), and the hostile
cases a fetcher must survive: a redirect chain, a redirect loop, a huge page, a page that drips
one byte at a time, an image, a missing page. Loopback is a private address, so the fetcher must
be allowed private addresses to use it.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MORE_ARTICLES = ROOT / "tests" / "fixtures" / "figures"
HUGE_BYTES = 12 * 1024 * 1024
DRIP_SECONDS = 0.2


def article_page(text: str, *, site: str = "Báo Điện tử Thử nghiệm", published: str = "") -> bytes:
    """An article's text as a news page: its first line the headline, the rest paragraphs, with a
    menu, related links and a footer around it for the extractor to drop."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title, paragraphs = (lines[0], lines[1:]) if lines else ("", [])
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "\n".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="og:site_name" content="{html.escape(site)}">{meta}</head>
<body><nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>{html.escape(title)}</h1>
{body}
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/khac">Một tin khác</a></li></ul></aside>
<footer>© {html.escape(site)}. Giấy phép số 123/GP-BTTTT.</footer></body></html>"""
    return page.encode("utf-8")


def seed_pages(count: int = 20) -> dict[str, bytes]:
    """``count`` article pages named ``<file stem>.html``: the seeds first, then the figure
    passages written for the tests."""
    files = sorted(SEEDS.glob("*.txt")) + sorted(MORE_ARTICLES.glob("p*.txt"))
    return {f"{file.stem}.html": article_page(file.read_text(encoding="utf-8")) for file in files[:count]}


class _Handler(BaseHTTPRequestHandler):
    pages: Mapping[str, bytes] = {}
    protocol_version = "HTTP/1.0"

    def log_message(self, *_: object) -> None:  # quiet: the tests print their own findings
        pass

    def _send(self, status: int, content_type: str, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        parts = path.strip("/").split("/")
        try:
            if parts[0] == "bai" and len(parts) == 2 and parts[1] in self.pages:
                self._send(200, "text/html; charset=utf-8", self.pages[parts[1]])
            elif parts[0] == "chuyen" and len(parts) == 3:  # /chuyen/<steps left>/<page>
                steps = int(parts[1])
                self._redirect(f"/chuyen/{steps - 1}/{parts[2]}" if steps > 1 else f"/bai/{parts[2]}")
            elif parts[0] == "vong":  # redirects for ever
                self._redirect(f"/vong/{len(parts)}/x")
            elif parts[0] == "lon.html":  # a huge page, its size not declared
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                block = b"<p>" + "Chuyển đổi số ".encode() * 4000 + b"</p>\n"
                sent = 0
                while sent < HUGE_BYTES:
                    self.wfile.write(block)
                    sent += len(block)
            elif parts[0] == "lon-khai.html":  # a huge page that says so
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(HUGE_BYTES))
                self.end_headers()
            elif parts[0] == "cham.html":  # one byte at a time, for a minute
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for byte in b"<html><body><p>" + b"x" * 300:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(DRIP_SECONDS)
            elif parts[0] == "anh.png":
                self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100))
            else:
                self._send(404, "text/html", b"<html><body>Not found</body></html>")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the fetcher stopped reading, as it should


@contextmanager
def serve_articles(pages: Mapping[str, bytes] | None = None) -> Iterator[str]:
    """Serve ``pages`` (default: 20 seed pages) under ``/bai/<name>`` on loopback, in a thread;
    yields the base address (``http://127.0.0.1:<port>``)."""
    handler = type("Handler", (_Handler,), {"pages": dict(pages if pages is not None else seed_pages())})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
