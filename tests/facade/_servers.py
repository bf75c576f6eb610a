"""A scripted HTTP/1.1 server on 127.0.0.1 for the client-layer tests.

Each request takes the next scripted action (reply, drop the connection, or reply late); once the
script is used up every request gets the default reply. Every request is recorded.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass(frozen=True)
class Seen:
    method: str
    target: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    peer: int = 0  # the client's port: one value across requests means one connection reused


@dataclass(frozen=True)
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"{}"
    delay: float = 0.0  # reply late (after the client's read timeout, for timeout tests)
    drop: bool = False  # close the connection without replying


def reply(status: int = 200, payload: Any = None, headers: dict[str, str] | None = None, **kw: Any) -> Reply:
    body = json.dumps({} if payload is None else payload).encode()
    return Reply(status, {"Content-Type": "application/json", **(headers or {})}, body, **kw)


DROP = Reply(drop=True)


class ScriptedServer:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.script: deque[Reply] = deque()
        self.default = reply(200, {"ok": True})
        self.seen: list[Seen] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                action = owner._next(Seen(self.command, self.path, headers, body, self.client_address[1]))
                if action.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if action.delay:
                    time.sleep(action.delay)
                try:
                    self.send_response(action.status)
                    for name, value in action.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(action.body)))
                    self.end_headers()
                    self.wfile.write(action.body)
                except OSError:
                    self.close_connection = True

            do_GET = do_PUT = do_POST = do_PATCH = do_DELETE = do_HEAD = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def _next(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            return self.script.popleft() if self.script else self.default

    def push(self, *actions: Reply) -> None:
        with self._lock:
            self.script.extend(actions)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def serving() -> Iterator[ScriptedServer]:
    """A started server, stopped afterwards; the body of every server fixture."""
    server = ScriptedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    yield from serving()


def unused_port_url() -> str:
    """A loopback URL nothing listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class Sleeps:
    """Injected sleep: records requested delays, never waits."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


class FakeClock:
    """Monotonic clock that only moves when the injected sleep says so (plus optional per-read ticks)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
