"""The default async transport: httpx requests carried by aiohttp's connection pool.

httpcore's async pool (httpx 0.28 / httpcore 1.0) does O(n) work per request while n requests wait for
or hold connections, so a shared ``httpx.AsyncClient`` loses most of its throughput at ~100 concurrent
calls (encode/httpx#3215). aiohttp's connector does not, so under asyncio the facade's async clients
send through it. httpx still builds the request, runs auth, redirects, cookies and decoding, and our
retry loop sits above all of that, so only the wire I/O changes.

Errors are mapped to the httpx classes our retry layer classifies, keeping "surely not sent"
(``ConnectError``/``ConnectTimeout``) apart from "may have reached the server" (``ReadTimeout``,
``ReadError``, ``RemoteProtocolError``), so a non-idempotent write is never replayed after the server
may have seen it. Outside asyncio (trio) requests go through httpx's own transport instead.

aiohttp has no per-write timeout: a request body is bounded by the connect and read timeouts and the
retry deadline only (the facade's request bodies are small JSON documents).
"""

from __future__ import annotations

import asyncio
import ssl
import threading
import weakref
from collections.abc import AsyncGenerator, AsyncIterator

import aiohttp
import httpx
import yarl

__all__ = ["AiohttpTransport", "map_aiohttp_error"]

# aiohttp adds these when absent; httpx already decided which to send, so it must not add its own.
_SKIP_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


def map_aiohttp_error(exc: BaseException, request: httpx.Request | None = None) -> httpx.TransportError | None:
    """Translate an aiohttp (or asyncio timeout) error into the httpx error class with the same meaning.

    Returns ``None`` for anything that is not a transport failure (it is then re-raised unchanged).
    Order matters: aiohttp's classes inherit from each other (a connect timeout is a ``ServerTimeoutError``
    and a ``ClientConnectionError``; a refused connection is a ``ClientOSError``).
    """
    message = str(exc) or type(exc).__name__
    mapped: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # connecting, or waiting for a pooled connection
        mapped = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake: nothing was sent
        mapped = httpx.ConnectError
    elif isinstance(exc, (aiohttp.ServerTimeoutError, TimeoutError)):  # sent, no (complete) answer
        mapped = httpx.ReadTimeout
    elif isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.ClientResponseError)):
        mapped = httpx.RemoteProtocolError
    elif isinstance(exc, (aiohttp.InvalidURL, aiohttp.NonHttpUrlClientError)):
        mapped = httpx.UnsupportedProtocol
    elif isinstance(exc, (aiohttp.ClientConnectionError, OSError)):  # reset or broken pipe mid-exchange
        mapped = httpx.ReadError
    elif isinstance(exc, aiohttp.ClientError):
        mapped = httpx.TransportError
    else:
        return None
    return mapped(message, request=request) if request is not None else mapped(message)


class _ResponseStream(httpx.AsyncByteStream):
    """The aiohttp response body as an httpx stream; closing it returns the connection to the pool."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise map_aiohttp_error(exc, self._request) or exc from exc

    async def aclose(self) -> None:
        # A fully read body hands the connection back for reuse; a partly read one closes it.
        self._response.release()


def _client_timeout(request: httpx.Request) -> aiohttp.ClientTimeout:
    timeout = request.extensions.get("timeout")
    values = timeout if isinstance(timeout, dict) else {}
    return aiohttp.ClientTimeout(
        total=None,
        connect=values.get("pool"),  # aiohttp's connect covers waiting for a pooled connection
        sock_connect=values.get("connect"),
        sock_read=values.get("read"),
    )


async def _stream_body(stream: httpx.AsyncByteStream) -> AsyncIterator[bytes]:
    async for chunk in stream:
        yield chunk


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` sending HTTP/1.1 through one ``aiohttp.ClientSession``.

    Args:
        verify: TLS verification as for httpx: True, a CA bundle path, False, or an ``ssl.SSLContext``.
        limits: ``max_connections`` caps open connections (None: no cap); ``keepalive_expiry`` is how
            long an idle connection stays pooled.

    Each event loop gets its own session (connection pool), created on first use inside that loop:
    aiohttp's connections belong to one loop, so one client may serve several loops at once (threads, or
    ``asyncio.run`` called again). A loop's session is closed when the loop shuts down its async
    generators (``asyncio.run`` and pytest-asyncio do), so no connector is left unclosed. aiohttp's cookie
    jar and automatic headers are off: httpx handles cookies and headers.

    """

    def __init__(self, *, verify: ssl.SSLContext | str | bool = True, limits: httpx.Limits | None = None) -> None:
        self._verify = verify
        self._ssl: ssl.SSLContext | bool = verify if isinstance(verify, ssl.SSLContext) else False
        if not isinstance(verify, ssl.SSLContext) and verify is not False:
            self._ssl = httpx.create_ssl_context(verify=verify)
        self._limits = limits or httpx.Limits()
        self._sessions: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopSession] = weakref.WeakKeyDictionary()
        self._guard = threading.Lock()
        self._fallback: httpx.AsyncHTTPTransport | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limits={self._limits!r})"

    async def _session_for(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        with self._guard:
            current = self._sessions.get(loop)
            if current is not None and not current.session.closed:
                return current.session
            current = self._sessions[loop] = _LoopSession(self._new_session())
        await current.closer.asend(None)  # runs to its first yield: the loop now finalizes it at shutdown
        return current.session

    def _new_session(self) -> aiohttp.ClientSession:
        limit = self._limits.max_connections
        keepalive = self._limits.keepalive_expiry
        connector = aiohttp.TCPConnector(
            limit=limit or 0,
            limit_per_host=0,
            keepalive_timeout=15.0 if keepalive is None else keepalive,
            ssl=self._ssl,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            auto_decompress=False,  # httpx decodes Content-Encoding itself
            trust_env=False,
        )
        # aiohttp silently resends GET/PUT/DELETE... once when the connection drops. Our retry loop must
        # see every attempt: it re-runs auth, counts attempts, and knows which operations are idempotent
        # (a PUT marked ``x-idempotent: false`` must not be replayed). No public switch exists; the
        # attribute is slotted, so a rename fails loudly (and tests/facade/test_async_transport.py).
        session._retry_connection = False
        return session

    def _httpx_fallback(self) -> httpx.AsyncHTTPTransport:
        if self._fallback is None:
            self._fallback = httpx.AsyncHTTPTransport(verify=self._verify, limits=self._limits)
        return self._fallback

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request; the response body streams from aiohttp until read or closed."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (trio): aiohttp cannot run here
            return await self._httpx_fallback().handle_async_request(request)
        session = await self._session_for(loop)
        data: bytes | AsyncIterator[bytes] | None
        headers = request.headers.copy()
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            assert isinstance(request.stream, httpx.AsyncByteStream)
            data = _stream_body(request.stream)
            headers.pop("transfer-encoding", None)  # aiohttp chunks a body of unknown length itself
        try:
            response = await session.request(
                request.method,
                # encoded=True: httpx already encoded the URL; yarl must not decode %2E and resolve '..' again.
                yarl.URL(str(request.url), encoded=True),
                headers=headers.multi_items(),
                data=data,
                allow_redirects=False,
                compress=None,
                timeout=_client_timeout(request),
            )
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise map_aiohttp_error(exc, request) or exc from exc
        except ValueError as exc:  # aiohttp refuses CR/LF in a header value before sending, as h11 does (sync)
            raise httpx.LocalProtocolError(f"invalid request: {exc}", request=request) from exc
        if not 100 <= response.status <= 999:  # h11 (sync) refuses these status lines too
            response.close()
            raise httpx.RemoteProtocolError(f"invalid HTTP status {response.status}", request=request)
        version = response.version
        http_version = f"HTTP/{version.major}.{version.minor}" if version is not None else "HTTP/1.1"
        extensions: dict[str, object] = {"http_version": http_version.encode()}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        """Close this loop's pooled connections (other loops' close at their shutdown) and the fallback."""
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        with self._guard:
            current = self._sessions.pop(loop, None) if loop is not None else None
        if current is not None:
            await current.session.close()
            await current.closer.aclose()
        if self._fallback is not None:
            await self._fallback.aclose()


class _LoopSession:
    """One loop's session, and the async generator the loop finalizes at shutdown, closing the session."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self.closer = _close_at_loop_shutdown(session)


async def _close_at_loop_shutdown(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    # asyncio's loop.shutdown_asyncgens() (run by asyncio.run before closing the loop) calls aclose() on
    # every async generator still suspended: that is the one hook a library gets into a loop's end.
    try:
        yield
    finally:
        await session.close()
