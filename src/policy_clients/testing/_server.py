"""A small threaded HTTP/1.1 server with keep-alive, run in a background thread.

Real sockets on 127.0.0.1 so sync and async clients, connection pools and timeouts all behave as on
the wire; one thread per connection; `stop()` closes idle keep-alive connections so it returns fast.
"""

from __future__ import annotations

import atexit
import contextlib
import email.utils
import http
import re
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MAX_BODY = 16 * 1024 * 1024
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,8}")  # RFC 9112 chunk-size: hex digits only (no sign, no 0x)
_IDLE_TIMEOUT = 30.0
_POLL_INTERVAL = 0.02


@dataclass(frozen=True)
class IncomingRequest:
    """One request as received: method, raw target, headers in order, and the body bytes."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @property
    def path(self) -> str:
        """The raw (still percent-encoded) path."""
        return self.target.split("?", 1)[0]

    @property
    def query_string(self) -> str:
        """The raw query string, without `?`."""
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    @cached_property
    def header_map(self) -> dict[str, str]:
        """Headers by lower-cased name; repeated headers joined with `, ` (RFC 9110)."""
        out: dict[str, str] = {}
        for name, value in self.headers:
            key = name.lower()
            out[key] = f"{out[key]}, {value}" if key in out else value
        return out

    def header(self, name: str) -> str | None:
        """One header's value by case-insensitive name."""
        return self.header_map.get(name.lower())


@dataclass
class Response:
    """A response to send; `json` keeps the decoded value so it can be checked and edited before sending."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    json: Any = None

    def header(self, name: str) -> str | None:
        """First value of a header by case-insensitive name."""
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def set_header(self, name: str, value: str) -> None:
        """Replace (or add) a header."""
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))


@dataclass(frozen=True)
class Drop:
    """Close the connection instead of answering; with `after_headers`, after sending headers and half the body."""

    after_headers: bool
    response: Response | None = None


App = Callable[[IncomingRequest], "Response | Drop"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = _IDLE_TIMEOUT
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default stderr access log."""

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True

    def _dispatch(self) -> None:
        body = self._read_body()
        if body is None:
            return
        request = IncomingRequest(self.command, self.path, tuple(self.headers.items()), body)
        try:
            outcome = self.server.app(request)
        except Exception as exc:  # a request the fake cannot handle must not kill the connection thread
            outcome = Response(500, [("Content-Type", "text/plain")], f"fake failed: {type(exc).__name__}".encode())
        if isinstance(outcome, Drop):
            self._drop(outcome)
        else:
            self._send(outcome, head=self.command == "HEAD")

    do_GET = do_PUT = do_POST = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _dispatch

    def _read_body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self._read_chunked()
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            return b""
        try:
            length = int(length_header)
        except ValueError:
            self.send_error(400, "bad Content-Length")
            return None
        if length < 0 or length > MAX_BODY:
            self.send_error(413 if length > 0 else 400, "bad Content-Length")
            return None
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024).split(b";", 1)[0].strip()
            if not _CHUNK_SIZE.fullmatch(line):
                self.close_connection = True
                self.send_error(400, "bad chunk size")
                return None
            size = int(line, 16)
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                self.send_error(413, "body too large")
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _head_bytes(self, response: Response, length: int) -> bytes:
        try:
            reason = http.HTTPStatus(response.status).phrase
        except ValueError:
            reason = "Unknown"
        lines = [f"HTTP/1.1 {response.status} {reason}"]
        names = {name.lower() for name, _ in response.headers}
        if "date" not in names:
            lines.append(f"Date: {email.utils.formatdate(usegmt=True)}")
        lines.extend(f"{name}: {value}" for name, value in response.headers if name.lower() != "content-length")
        lines.append(f"Content-Length: {length}")
        if self.close_connection:
            lines.append("Connection: close")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def _send(self, response: Response, *, head: bool) -> None:
        payload = self._head_bytes(response, len(response.body)) + (b"" if head else response.body)
        self.wfile.write(payload)

    def _drop(self, drop: Drop) -> None:
        self.close_connection = True
        if drop.after_headers and drop.response is not None:
            body = drop.response.body or b"{}"
            self.close_connection = False  # keep the head free of `Connection: close`: the drop must surprise
            head = self._head_bytes(drop.response, len(body))
            self.close_connection = True
            self.wfile.write(head + body[: len(body) // 2])
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False
    # The standard library listens with a backlog of 5: a burst of clients then loses SYNs while the accept
    # thread is busy and waits out TCP's retransmits (1 s, 3 s, 7 s ...). The kernel caps this at its limit.
    request_queue_size = socket.SOMAXCONN

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.app = app
        self._connections: set[socket.socket] = set()
        self._conn_threads: set[threading.Thread] = set()
        self._lock = threading.Lock()
        super().__init__(address, _Handler)

    def track(self, connection: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._run, args=(request, client_address), daemon=True, name="policy-clients-fake-conn"
        )
        with self._lock:
            self._conn_threads.add(thread)
        thread.start()

    def _run(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._conn_threads.discard(threading.current_thread())

    def close_all(self, join_timeout: float) -> None:
        with self._lock:
            connections = list(self._connections)
            threads = list(self._conn_threads)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(join_timeout)


class HttpServer:
    """Serve an `App` on an ephemeral port of 127.0.0.1 from a background thread (stopped at exit, at the latest)."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0) -> None:
        self._app = app
        self._address = (host, port)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()

    @property
    def port(self) -> int:
        """The bound port (after `start`)."""
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.server_address[1])

    @property
    def host(self) -> str:
        """The bound host."""
        return self._address[0]

    def start(self) -> None:
        """Bind and start serving; idempotent."""
        if self._server is not None:
            return
        self.stopping.clear()
        self._server = _Server(self._address, self._app)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": _POLL_INTERVAL},
            daemon=True,
            name="policy-clients-fake",
        )
        self._thread.start()
        atexit.register(self.stop)  # a fake started and never stopped is stopped when the interpreter exits

    def stop(self, join_timeout: float = 5.0) -> None:
        """Stop accepting, wake delayed handlers, close open connections and join every thread."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self.stopping.set()
        server.shutdown()
        server.server_close()
        server.close_all(join_timeout)
        if thread is not None:
            thread.join(join_timeout)
        self._server = self._thread = None
        atexit.unregister(self.stop)
