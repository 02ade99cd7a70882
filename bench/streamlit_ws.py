"""A Streamlit session without a browser: Streamlit's own WebSocket protocol, spoken from Python.

The browser's part, as the frontend does it: connect to /_stcore/stream (subprotocol ``streamlit``), send a
``BackMsg`` with ``rerun_script`` (the page, the query string, the widget values), then read ``ForwardMsg``s
until ``script_finished``. The session remembers what a browser would: the widgets the last run drew (id,
kind, options), the app's pages (for navigation) and the query string the app wrote.

One interaction is timed from the moment its ``BackMsg`` is sent until its run's ``script_finished`` arrives.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

STREAM_PATH = "/_stcore/stream"
REPLICA_HEADER = "X-OptionBoard-Replica"
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
FINISHED = ForwardMsg.FINISHED_SUCCESSFULLY
RERUN_REPLACED = ForwardMsg.FINISHED_EARLY_FOR_RERUN


class SessionError(RuntimeError):
    """A run that did not finish cleanly: an exception on the page, a compile error, a timeout, a closed socket."""


@dataclass(frozen=True)
class Widget:
    id: str
    kind: str  # the element's proto field: "multiselect", "selectbox", "checkbox", ...
    label: str
    options: tuple[str, ...]


@dataclass
class RunResult:
    seconds: float
    messages: int
    exceptions: tuple[str, ...] = ()
    found: bool = False  # whether the session's ``look_for`` bytes were in this run's messages


@dataclass
class StreamlitSession:
    base_url: str  # http://host:port
    timeout_s: float = 60.0
    widgets: dict[str, Widget] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)  # url path -> page script hash
    query_string: str = ""
    page_hash: str = ""
    cookie: str = ""  # a Cookie header for the connection (e.g. a load balancer's affinity cookie)
    look_for: bytes = b""  # text to watch for in the messages (UTF-8): RunResult.found says if a run drew it
    replica: str | None = None  # the load balancer's X-OptionBoard-Replica, when there is one
    _socket: object = None

    async def connect(self) -> None:
        parts = urlsplit(self.base_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        self._socket = await websockets.connect(
            f"{scheme}://{parts.netloc}{STREAM_PATH}",
            subprotocols=["streamlit"],
            max_size=MAX_MESSAGE_BYTES,
            open_timeout=self.timeout_s,
            ping_interval=None,
            additional_headers={"Cookie": self.cookie} if self.cookie else None,
        )
        self.replica = self._socket.response.headers.get(REPLICA_HEADER)

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()

    async def open_page(self, url_path: str, query_string: str = "") -> RunResult:
        """What a browser does when it opens ``/url_path?query_string`` (or follows a link to it)."""
        self.query_string = query_string
        page_hash = self.pages.get(url_path, "")
        return await self._rerun(page_hash=page_hash, page_name="" if page_hash else url_path)

    async def set_widget(self, widget: Widget, value) -> RunResult:
        """Change one widget, as a click does: a rerun that carries the widget's new value."""
        state = WidgetState(id=widget.id)
        if isinstance(value, bool):
            state.bool_value = value
        elif isinstance(value, str):
            state.string_value = value
        elif isinstance(value, (list, tuple)):
            state.string_array_value.data.extend(value)
        else:
            raise TypeError(f"no widget value of type {type(value).__name__}")
        return await self._rerun(page_hash=self.page_hash, widget_states=[state])

    def widget(self, key: str) -> Widget:
        """The widget the last run drew with user key ``key`` (Streamlit ends a keyed widget's id with it)."""
        for widget_id, widget in self.widgets.items():
            if widget_id.endswith(f"-{key}"):
                return widget
        raise SessionError(f"no widget with key {key!r} on the page (found: {sorted(self.widgets)})")

    async def _rerun(self, page_hash: str = "", page_name: str = "", widget_states=()) -> RunResult:
        message = BackMsg()
        rerun = message.rerun_script
        rerun.query_string = self.query_string
        rerun.page_script_hash = page_hash
        rerun.page_name = page_name
        rerun.widget_states.widgets.extend(widget_states)
        started = time.perf_counter()
        await self._socket.send(message.SerializeToString())
        self.widgets = {}
        counted, exceptions, found = 0, [], False
        while True:
            try:
                raw = await asyncio.wait_for(self._socket.recv(), self.timeout_s)
            except TimeoutError as error:
                raise SessionError(f"no script_finished within {self.timeout_s:g} s") from error
            except websockets.ConnectionClosed as error:
                raise SessionError(f"the server closed the connection ({error})") from error
            counted += 1
            found = found or bool(self.look_for and self.look_for in raw)
            forward = ForwardMsg()
            forward.ParseFromString(raw)
            kind = forward.WhichOneof("type")
            if kind == "delta":
                self._read_delta(forward.delta, exceptions)
            elif kind == "navigation":
                self.pages = {page.url_pathname: page.page_script_hash for page in forward.navigation.app_pages}
                self.page_hash = forward.navigation.page_script_hash
            elif kind == "new_session":
                self.page_hash = forward.new_session.page_script_hash or self.page_hash
            elif kind == "page_info_changed":
                self.query_string = forward.page_info_changed.query_string
            elif kind == "page_not_found":
                raise SessionError(f"page not found: {forward.page_not_found.page_name!r}")
            elif kind == "script_finished":
                if forward.script_finished == RERUN_REPLACED:
                    continue  # a callback asked for another run; the interaction ends with that one
                seconds = time.perf_counter() - started
                if forward.script_finished != FINISHED:
                    raise SessionError(f"the run ended with status {forward.script_finished}")
                return RunResult(seconds, counted, tuple(exceptions), found)

    def _read_delta(self, delta, exceptions: list[str]) -> None:
        if delta.WhichOneof("type") != "new_element":
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            exceptions.append(f"{element.exception.type}: {element.exception.message}")
            return
        inner = getattr(element, kind) if kind else None
        widget_id = getattr(inner, "id", "") if inner is not None else ""
        if widget_id:
            options = tuple(getattr(inner, "options", ()))
            self.widgets[widget_id] = Widget(widget_id, kind, getattr(inner, "label", ""), options)


def run_async(coroutine):
    """asyncio.run in a thread of its own, so it works where an event loop already runs in the caller's thread
    (Playwright's sync API leaves one running in the thread of the browser tests)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
