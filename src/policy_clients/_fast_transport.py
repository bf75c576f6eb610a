"""An opt-in sync transport: HTTP/1.1 over a small keep-alive pool of our own, under httpx's API.

httpx's own sync transport (httpcore + h11) is most of a small call's cost: two ``send`` calls per
request, h11's event machinery and header validation, httpcore's pool bookkeeping. This transport keeps
httpx's API and everything above the transport (auth, redirects, cookies, decoding, our retry loop) and
replaces only the wire: the request goes out in one ``sendall``, and the reply is read by ``_http11``
(RFC 9112's status line, header block as h11 checks it, body framing rule by rule, chunked coding,
persistence), off the socket through one ``io.BufferedReader``.

Semantics kept from httpx's transport (and the aiohttp one):

- timeouts: ``connect`` (TCP and TLS handshake), ``write`` (each send), ``read`` (each receive, headers and
  body), ``pool`` (waiting for a free connection under ``max_connections``); each is also clipped to the
  call's overall deadline (``CALL_DEADLINE``), so a trickling server cannot outlive the call;
- errors: ``ConnectError``/``ConnectTimeout``/``PoolTimeout`` only when nothing was sent (the retry loop
  may then replay even a POST), ``WriteTimeout``/``WriteError``/``ReadTimeout``/``ReadError``/
  ``RemoteProtocolError`` once the request may have reached the server, ``LocalProtocolError`` for a
  header httpx accepted but HTTP forbids (CR, LF, NUL);
- a pooled connection the server has closed is detected before it is reused (the socket reads as ready)
  and replaced; a reused connection whose very first send fails is replaced once (nothing reached the
  server); anything later is the retry loop's decision;
- TLS: ``verify`` as for httpx (True: certifi's bundle via ``httpx.create_ssl_context``, a path, an
  ``ssl.SSLContext``, or False), SNI and host name checking by the context;
- bodies stream: the response body is read in chunks of at most one ``recv`` each (``read1``), so the
  facade's ``max_response_size`` and deadline hold while reading;
- a response RFC 9112 makes invalid (a malformed status line or field, Content-Length that is not one
  non-negative decimal, Transfer-Encoding with Content-Length or other than ``chunked``, broken chunked
  framing, a body cut short, an unasked-for 101) is ``RemoteProtocolError`` and its connection is closed;
  interim 1xx responses (100 Continue, 103 Early Hints) are skipped.

Not supported: HTTP/2, proxies (httpx ignores ``HTTP(S)_PROXY`` whenever a transport is given, which is
why this is opt-in), Unix sockets, ``Expect: 100-continue``.
"""

from __future__ import annotations

import contextlib
import io
import re
import select
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from ._http11 import TUNNEL, UNTIL_CLOSE, Body, Malformed, body_length, persists, read_final_head
from ._retry import CALL_DEADLINE

__all__ = ["FastHTTPTransport"]

_CHUNK = 65536
_BAD_VALUE = re.compile(rb"[\r\n\x00]")
_TOKEN = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_NAMES = re.compile(rb"%s(?::%s)*" % (_TOKEN, _TOKEN))  # header names joined by ':' (a character no name has)
_Origin = tuple[str, bytes, int]  # scheme, host, port


def _clip(timeout: float | None, error: type[httpx.TimeoutException], request: httpx.Request) -> float | None:
    """``timeout`` shortened to what is left of the call's deadline (which raises ``error`` once passed)."""
    deadline = CALL_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's overall deadline passed", request=request)
    return left if timeout is None else min(timeout, left)


def _set_timeout(sock: socket.socket, timeout: float | None) -> None:
    """``sock.settimeout``, skipped when that timeout is already set: setting it is a syscall every time."""
    if sock.gettimeout() != timeout:
        sock.settimeout(timeout)


class _Connection:
    """One keep-alive socket and when it was last returned to the pool."""

    __slots__ = ("idle_since", "origin", "poller", "sock")

    def __init__(self, sock: socket.socket, origin: _Origin) -> None:
        self.sock = sock
        self.origin = origin
        self.idle_since = 0.0
        self.poller = select.poll()  # made once: cheaper per check than select.select's lists
        self.poller.register(sock, select.POLLIN)

    def looks_closed(self) -> bool:
        """An idle connection that reads as ready (or hung up, or in error) has been closed or sent garbage."""
        if self.sock.fileno() < 0:
            return True
        try:
            return bool(self.poller.poll(0))
        except OSError:
            return True

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class _SocketReader(io.RawIOBase):
    """The socket as a raw file for the buffered reader: each receive gets the read timeout, clipped to the deadline."""

    def __init__(self, sock: socket.socket, read_timeout: float | None, request: httpx.Request) -> None:
        self._sock = sock
        self._timeout = read_timeout
        self._request = request

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        _set_timeout(self._sock, _clip(self._timeout, httpx.ReadTimeout, self._request))
        return self._sock.recv_into(buffer)


class _ResponseStream(httpx.SyncByteStream):
    """The response body, one ``recv`` at most per chunk; closing it returns or discards the connection."""

    def __init__(
        self, transport: FastHTTPTransport, conn: _Connection, body: Body, keep: bool, request: httpx.Request
    ) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._body = body
        self._keep = keep
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        body = self._body
        while True:
            try:
                chunk = body.read1(_CHUNK)
            except BaseException as exc:
                self._discard()
                raise _read_error(exc, self._request) from exc
            if not chunk:
                return
            yield chunk
            if body.done:  # the last piece: no further read to learn that
                return

    def _discard(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._transport._release(conn, reuse=False)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._transport._release(conn, reuse=self._keep and self._body.done)


def _read_error(exc: BaseException, request: httpx.Request) -> BaseException:
    """The httpx error for a failure while reading a reply (the request may have been processed)."""
    if isinstance(exc, httpx.TimeoutException):
        return exc
    if isinstance(exc, TimeoutError):
        return httpx.ReadTimeout(str(exc) or "timed out", request=request)
    if isinstance(exc, Malformed):
        return httpx.RemoteProtocolError(str(exc), request=request)
    if isinstance(exc, OSError):
        return httpx.ReadError(str(exc) or type(exc).__name__, request=request)
    if isinstance(exc, ValueError):  # the buffered reader of a socket closed under it
        return httpx.ReadError(f"{type(exc).__name__}: {exc}", request=request)
    return exc


def _head(request: httpx.Request) -> bytes:
    """The request line and headers, refusing what h11 refuses (CR/LF/NUL in values, bad names)."""
    items = request.headers.raw
    if items:
        names, values = zip(*items, strict=True)  # the checks run on two joined strings, not per field
        joined = b":".join(names)
        if joined.count(b":") != len(items) - 1 or not _NAMES.fullmatch(joined) or _BAD_VALUE.search(b"".join(values)):
            raise httpx.LocalProtocolError("illegal header name or value", request=request)
    lines = [b"%s %s HTTP/1.1" % (request.method.encode("ascii"), request.url.raw_path)]
    lines += [b"%s: %s" % item for item in items]
    lines.append(b"\r\n")
    return b"\r\n".join(lines)


def _body(request: httpx.Request) -> tuple[bytes, Iterable[bytes] | None]:
    """The body bytes when httpx already holds them, else the stream to send after the head."""
    if isinstance(request.stream, httpx.ByteStream):
        return request.read(), None
    assert isinstance(request.stream, httpx.SyncByteStream), "a sync transport needs a sync request body"
    if "content-length" in request.headers:
        return b"", request.stream
    return b"", _chunked(request.stream)


def _sendall(sock: socket.socket, data: bytes | memoryview, write: float | None, request: httpx.Request) -> None:
    view = memoryview(data)
    while view:
        _set_timeout(sock, _clip(write, httpx.WriteTimeout, request))
        view = view[sock.send(view) :]


def _chunked(stream: Iterable[bytes]) -> Iterator[bytes]:
    for part in stream:
        if part:
            yield b"%x\r\n%s\r\n" % (len(part), part)
    yield b"0\r\n\r\n"


class FastHTTPTransport(httpx.BaseTransport):
    """``httpx.BaseTransport`` for HTTP/1.1 over keep-alive sockets, responses read by ``_http11``.

    Args:
        verify: TLS verification as for httpx: True, a CA bundle path, False, or an ``ssl.SSLContext``.
        limits: ``max_connections`` caps open connections (None: no cap; waiting is bounded by the pool
            timeout); ``max_keepalive_connections`` caps idle ones; ``keepalive_expiry`` is how long an idle
            connection is kept.

    Use it as ``transport=FastHTTPTransport()`` (a factory or any ``httpx.Client``) or ``transport="fast"``.

    """

    def __init__(self, *, verify: ssl.SSLContext | str | bool = True, limits: httpx.Limits | None = None) -> None:
        self._verify = verify
        self._ssl: ssl.SSLContext | None = verify if isinstance(verify, ssl.SSLContext) else None
        self._limits = limits or httpx.Limits()
        self._idle: dict[_Origin, deque[_Connection]] = {}
        self._open = 0
        self._lock = threading.Lock()  # entered directly: Condition's own __enter__ is a Python call
        self._cond = threading.Condition(self._lock)
        self._waiting = 0  # threads in _cond.wait: only then is there anyone to notify
        self._closed = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limits={self._limits!r})"

    # -- the pool ------------------------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = httpx.create_ssl_context(verify=self._verify)
        return self._ssl

    def _acquire(self, origin: _Origin, timeouts: dict[str, float | None], request: httpx.Request) -> _Connection:
        """An idle live connection to ``origin``, else a new one once a slot is free (``PoolTimeout``)."""
        cap = self._limits.max_connections
        end: float | None = None
        with self._lock:
            while True:
                if self._closed:
                    raise httpx.ConnectError("the transport is closed", request=request)
                conn = self._take_idle(origin)
                if conn is not None:
                    return conn
                if cap is not None and self._open >= cap:
                    self._make_room(origin)
                if cap is None or self._open < cap:
                    self._open += 1
                    break
                if end is None:
                    wait = _clip(timeouts.get("pool"), httpx.PoolTimeout, request)
                    end = float("inf") if wait is None else time.monotonic() + wait
                left = end - time.monotonic()
                if left <= 0:
                    raise httpx.PoolTimeout("timed out waiting for a free connection", request=request)
                self._waiting += 1
                try:
                    self._cond.wait(None if left == float("inf") else left)
                finally:
                    self._waiting -= 1
        try:
            return self._connect(origin, timeouts, request)
        except BaseException:
            with self._lock:
                self._open -= 1
                if self._waiting:
                    self._cond.notify()
            raise

    def _take_idle(self, origin: _Origin) -> _Connection | None:
        """The most recently used live idle connection to ``origin``; expired or closed ones are dropped."""
        pooled = self._idle.get(origin)
        expiry = self._limits.keepalive_expiry
        now = time.monotonic()
        while pooled:
            conn = pooled.pop()
            if (expiry is None or now - conn.idle_since < expiry) and not conn.looks_closed():
                return conn
            self._open -= 1
            conn.close()
        return None

    def _make_room(self, origin: _Origin) -> None:
        """At the cap, close an idle connection to another origin (the caller holds the lock)."""
        for other, idle in self._idle.items():
            if other != origin and idle:
                idle.popleft().close()
                self._open -= 1
                return

    def _connect(self, origin: _Origin, timeouts: dict[str, float | None], request: httpx.Request) -> _Connection:
        scheme, host, port = origin
        timeout = _clip(timeouts.get("connect"), httpx.ConnectTimeout, request)
        name = host.decode("ascii")
        try:
            sock = socket.create_connection((name, port), timeout=timeout)
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out connecting", request=request) from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                sock.settimeout(_clip(timeouts.get("connect"), httpx.ConnectTimeout, request))
                sock = self._ssl_context().wrap_socket(sock, server_hostname=name)
        except TimeoutError as exc:
            sock.close()
            raise httpx.ConnectTimeout(str(exc) or "timed out in the TLS handshake", request=request) from exc
        except (OSError, ssl.CertificateError) as exc:  # ssl.SSLError (verification) is an OSError
            sock.close()
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        except BaseException:
            sock.close()
            raise
        return _Connection(sock, origin)

    def _release(self, conn: _Connection, *, reuse: bool) -> None:
        with self._lock:
            keep = self._limits.max_keepalive_connections
            idle = self._idle.setdefault(conn.origin, deque())
            if reuse and not self._closed and (keep is None or sum(map(len, self._idle.values())) < keep):
                conn.idle_since = time.monotonic()
                idle.append(conn)
            else:
                self._open -= 1
                conn.close()
            if self._waiting:
                self._cond.notify()

    # -- one request -----------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request; the response body streams from the socket until read or closed."""
        url = request.url
        scheme = url.scheme  # each httpx.URL property is a Python call: read once
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {scheme!r}", request=request)
        origin = (scheme, url.raw_host, url.port or (443 if scheme == "https" else 80))
        raw = request.extensions.get("timeout")
        timeouts: dict[str, float | None] = raw if isinstance(raw, dict) else {}
        head = _head(request)
        data, stream = _body(request)
        first, rest = (head + data, b"") if len(data) < _CHUNK else (head, data)
        for retry_stale in (True, False):
            conn = self._acquire(origin, timeouts, request)
            try:
                self._send(conn.sock, first, rest, stream, timeouts.get("write"), request)
            except _Unsent as exc:
                self._release(conn, reuse=False)
                if retry_stale and conn.idle_since > 0 and stream is None:
                    continue  # a pooled connection the server had closed: nothing reached it; once more
                raise httpx.ConnectError(f"connection closed before sending: {exc}", request=request) from exc
            except BaseException:
                self._release(conn, reuse=False)
                raise
            return self._receive(conn, request, timeouts)
        raise AssertionError("unreachable")  # pragma: no cover - the second pass returns or raises

    def _send(
        self,
        sock: socket.socket,
        first: bytes,
        rest: bytes,
        stream: Iterable[bytes] | None,
        write: float | None,
        request: httpx.Request,
    ) -> None:
        try:
            _set_timeout(sock, _clip(write, httpx.WriteTimeout, request))
            sent = sock.send(first)
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc) or "timed out writing", request=request) from exc
        except OSError as exc:  # the first send failed: the peer is gone, nothing of ours was accepted
            raise _Unsent(str(exc) or type(exc).__name__) from exc
        try:
            _sendall(sock, memoryview(first)[sent:], write, request)
            _sendall(sock, rest, write, request)
            for part in stream or ():
                _sendall(sock, part, write, request)
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc) or "timed out writing", request=request) from exc
        except OSError as exc:
            raise httpx.WriteError(str(exc) or type(exc).__name__, request=request) from exc

    def _receive(self, conn: _Connection, request: httpx.Request, timeouts: dict[str, float | None]) -> httpx.Response:
        fp = io.BufferedReader(_SocketReader(conn.sock, timeouts.get("read"), request), _CHUNK)
        try:
            minor, status, reason, fields = read_final_head(fp)
            length = body_length(status, request.method, minor, fields)
        except BaseException as exc:
            self._release(conn, reuse=False)
            raise _read_error(exc, request) from exc
        keep = length != UNTIL_CLOSE and length != TUNNEL and persists(minor, fields)
        extensions = {"http_version": b"HTTP/1.0" if minor == 0 else b"HTTP/1.1"}
        if reason:
            extensions["reason_phrase"] = reason
        return httpx.Response(
            status_code=status,
            headers=fields,
            stream=_ResponseStream(self, conn, Body(fp, length), keep, request),
            request=request,
            extensions=extensions,
        )

    def close(self) -> None:
        """Close every idle connection; connections in use close when their responses do."""
        with self._lock:
            self._closed = True
            for idle in self._idle.values():
                while idle:
                    idle.pop().close()
                    self._open -= 1
            self._cond.notify_all()


class _Unsent(Exception):
    """The first send on a connection failed: the server got none of the request."""
