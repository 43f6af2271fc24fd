"""A Streamlit client without a browser: one visitor's session over Streamlit's own websocket protocol.

It does what the browser's frontend does, message for message (protobuf ``BackMsg`` out,
``ForwardMsg`` in, over ``/_stcore/stream``), so a load test can hold fifty sessions in one process:
run the app's script (``rerun``), go to a page, press a button, upload a file (the uploader's
``file_urls_request``, then an HTTP PUT with the XSRF token, as the frontend does) and send the
"clear cache" message that any visitor's browser can send. Each run is timed from the request to the
server's ``script_finished``.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import itertools
import time
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Common_pb2 import FileURLs, UploadedFileInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.sync.client import ClientConnection, connect

XSRF_COOKIE = "_streamlit_xsrf"
_DONE = {
    ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY,
    ForwardMsg.ScriptFinishedStatus.FINISHED_WITH_COMPILE_ERROR,
    ForwardMsg.ScriptFinishedStatus.FINISHED_FRAGMENT_RUN_SUCCESSFULLY,
}


class SessionError(RuntimeError):
    """The server did not answer as a Streamlit server does (closed, timed out, or no such widget)."""


@dataclass
class Element:
    """One element a run drew: its type ("button", "alert", "markdown", …) and its protobuf."""

    kind: str
    proto: object

    @property
    def text(self) -> str:
        return str(getattr(self.proto, "body", "") or getattr(self.proto, "label", ""))


@dataclass
class Run:
    """What one script run sent back, and how long it took from request to ``script_finished``."""

    seconds: float
    elements: list[Element] = field(default_factory=list)

    def find(self, kind: str, label: str = "") -> Element:
        """The first element of ``kind`` whose text contains ``label``."""
        for element in self.elements:
            if element.kind == kind and label in element.text:
                return element
        raise SessionError(f"no {kind} {label!r} in this run: {[e.kind for e in self.elements]}")

    def texts(self, kind: str) -> list[str]:
        return [element.text for element in self.elements if element.kind == kind]


class StreamlitSession:
    """One visitor's session with the dashboard at ``base_url`` (``http://127.0.0.1:PORT``)."""

    def __init__(self, base_url: str, *, timeout: float = 120.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session_id = ""
        self.pages: dict[str, str] = {}  # URL path ("library", "" for the default page) → script hash
        self._ids = itertools.count(1)
        # The XSRF cookie comes with any answer of the server, here its health check; the browser
        # sends it back with uploads, and its token in the websocket's subprotocol list.
        self._cookies = http.cookiejar.CookieJar()
        self._http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self._cookies))
        with self._http.open(f"{self.base_url}/_stcore/health", timeout=timeout) as answer:
            answer.read()
        self.xsrf = next((cookie.value for cookie in self._cookies if cookie.name == XSRF_COOKIE), "")
        url = urllib.parse.urlsplit(self.base_url)
        headers = {"Cookie": f"{XSRF_COOKIE}={self.xsrf}"} if self.xsrf else {}
        self._closing = contextlib.ExitStack()
        self._socket: ClientConnection = self._closing.enter_context(
            connect(
                f"ws://{url.netloc}/_stcore/stream",
                subprotocols=["streamlit", self.xsrf] if self.xsrf else ["streamlit"],  # type: ignore[list-item]
                additional_headers=headers,
                open_timeout=timeout,
                max_size=None,
            )
        )
        self.page_hash = ""
        self.query_string = ""
        # fragment id → seconds: what the page asked the browser to rerun on its own (st.fragment's
        # run_every), as the browser would; renewed by every full run.
        self.auto_reruns: dict[str, float] = {}

    def __enter__(self) -> StreamlitSession:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._closing.close()

    def _send(self, message: BackMsg) -> None:
        self._socket.send(message.SerializeToString())

    def _receive(self, deadline: float) -> ForwardMsg:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SessionError(f"no answer within {self.timeout:.0f} s")
        try:
            raw = self._socket.recv(timeout=remaining)
        except TimeoutError as error:
            raise SessionError(f"no answer within {self.timeout:.0f} s") from error
        message = ForwardMsg()
        message.ParseFromString(raw if isinstance(raw, bytes) else raw.encode())
        return message

    def rerun(
        self,
        *,
        page: str | None = None,
        query_string: str | None = None,
        widgets: list[WidgetState] | None = None,
        fragment: str = "",
    ) -> Run:
        """Run the app's script as the browser asks for it (on ``page``, a URL path such as
        ``"library"``; default: where the session is) and wait for the run to finish; with
        ``fragment``, only that fragment runs (as an auto-rerun)."""
        if page is not None:
            self.page_hash = self.pages.get(page, "") if self.pages else ""
            if page and not self.page_hash:
                self.query_string = query_string or ""
        if query_string is not None:
            self.query_string = query_string
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query_string
        state.page_script_hash = self.page_hash
        if page is not None and not self.page_hash:
            state.page_name = page
        state.widget_states.widgets.extend(widgets or [])
        if fragment:
            state.fragment_id = fragment
            state.is_auto_rerun = True
        state.context_info.timezone = "Asia/Ho_Chi_Minh"
        state.context_info.locale = "vi-VN"
        started = time.monotonic()
        self._send(message)
        return self._finish(started)

    def _finish(self, started: float) -> Run:
        deadline = started + self.timeout
        run = Run(0.0)
        while True:
            message = self._receive(deadline)
            kind = message.WhichOneof("type")
            if kind == "new_session":  # the start of every full run
                run.elements.clear()
                self.auto_reruns = {}
                self.session_id = message.new_session.initialize.session_id or self.session_id
            elif kind == "navigation":  # st.navigation's pages, and the one this run shows
                navigation = message.navigation
                self.pages = {page.url_pathname: page.page_script_hash for page in navigation.app_pages}
                default = [page.page_script_hash for page in navigation.app_pages if page.is_default]
                self.pages[""] = default[0] if default else self.pages.get("", "")
                self.page_hash = navigation.page_script_hash or self.page_hash
            elif kind == "auto_rerun":
                self.auto_reruns[message.auto_rerun.fragment_id] = message.auto_rerun.interval
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                element_kind = element.WhichOneof("type") or ""
                run.elements.append(Element(element_kind, getattr(element, element_kind, None)))
            elif kind == "script_finished" and message.script_finished in _DONE:
                run.seconds = time.monotonic() - started
                return run

    def click(self, run: Run, label: str, *, widgets: list[WidgetState] | None = None) -> Run:
        """Press the button labelled ``label`` in ``run`` (the other widgets as in ``widgets``)."""
        button = run.find("button", label)
        press = WidgetState(id=button.proto.id, trigger_value=True)  # type: ignore[attr-defined]
        return self.rerun(widgets=[*(widgets or []), press])

    def upload(self, run: Run, files: list[tuple[str, bytes]]) -> tuple[Run, WidgetState]:
        """Put ``files`` into the file uploader of ``run`` as the browser does; the run that follows,
        and the uploader's state (to send again with the next runs of this page)."""
        uploader = run.find("file_uploader")
        request = BackMsg()
        request.file_urls_request.request_id = str(next(self._ids))
        request.file_urls_request.session_id = self.session_id
        request.file_urls_request.file_names.extend(name for name, _ in files)
        self._send(request)
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._receive(deadline)
            if message.WhichOneof("type") == "file_urls_response":
                break
        urls = list(message.file_urls_response.file_urls)
        state = WidgetState(id=uploader.proto.id)  # type: ignore[attr-defined]
        for (name, content), file_urls in zip(files, urls, strict=True):
            self._put(file_urls.upload_url, name, content)
            state.file_uploader_state_value.uploaded_file_info.append(
                UploadedFileInfo(
                    name=name,
                    size=len(content),
                    file_id=file_urls.file_id,
                    file_urls=FileURLs(
                        file_id=file_urls.file_id,
                        upload_url=file_urls.upload_url,
                        delete_url=file_urls.delete_url,
                    ),
                )
            )
        return self.rerun(widgets=[state]), state

    def _put(self, upload_url: str, name: str, content: bytes) -> None:
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        url = urllib.parse.urljoin(self.base_url + "/", upload_url.lstrip("/"))
        request = urllib.request.Request(url, data=body, method="PUT")
        request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
        if self.xsrf:
            request.add_header("X-Xsrftoken", self.xsrf)
        with self._http.open(request, timeout=self.timeout) as answer:
            answer.read()

    def clear_cache(self) -> None:
        """What the browser's "Clear cache" menu item sends (any visitor can send it)."""
        message = BackMsg()
        message.clear_cache = True
        self._send(message)
