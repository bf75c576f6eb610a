"""Raw asyncio servers on 127.0.0.1 that misbehave on purpose: stall, trickle, bomb, redirect, bad framing.

Each server runs its own event loop in a thread. A behaviour is an ``async def (conn)`` that reads the
request and writes whatever bytes it likes; the server records every request, and how many bytes each
behaviour got out before the client hung up (the proof that a deadline cut a trickle short).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import zlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

import policy_clients
from policy_clients import RetryPolicy
from policy_clients._client import AsyncPolicyHTTPClient, PolicyHTTPClient
from policy_clients.auth import ConductorOneClientCredentials
from policy_clients.testing._assertion import make_client_credentials

MODES = ["sync", "fast", "async"]
"""``fast``: sync, over ``FastHTTPTransport`` (the conftest makes it every sync client's transport)."""


@dataclass(frozen=True)
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    request: RawRequest
    server: HostileServer

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()
        self.server.bytes_sent += len(data)

    async def trickle(self, data: bytes, interval: float) -> None:
        """One byte per ``interval`` seconds, until done or the client hangs up."""
        for i in range(len(data)):
            await self.send(data[i : i + 1])
            await asyncio.sleep(interval)

    async def stall(self, seconds: float) -> None:
        """Say nothing (bounded, so the server thread always ends)."""
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(seconds)


Behaviour = Callable[[Conn], Awaitable[None]]


def head(status: int | str, headers: dict[str, str] | None = None, *, length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(status: int | str, body: bytes = b"{}", headers: dict[str, str] | None = None) -> Behaviour:
    """A well-formed answer (JSON content type unless told otherwise)."""
    all_headers = {"Content-Type": "application/json", **(headers or {})}

    async def behaviour(conn: Conn) -> None:
        await conn.send(head(status, all_headers, length=len(body)) + body)

    return behaviour


def json_answer(status: int, payload: Any, headers: dict[str, str] | None = None) -> Behaviour:
    return answer(status, json.dumps(payload).encode(), headers)


def gzip_bomb(inflated: int) -> bytes:
    """``inflated`` zero bytes, gzip-compressed (about 1000:1)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1024 * 1024)
    whole, rest = divmod(inflated, len(block))
    parts = [compressor.compress(block) for _ in range(whole)]
    parts += [compressor.compress(block[:rest]), compressor.flush()]
    return b"".join(parts)


class HostileServer:
    """Serve scripted behaviours (one per request, then ``default``) on 127.0.0.1 from a thread."""

    def __init__(self, default: Behaviour | None = None) -> None:
        self.default = default or json_answer(200, {"ok": True})
        self.script: list[Behaviour] = []
        self.routes: dict[str, list[Behaviour]] = {}
        self.seen: list[RawRequest] = []
        self.bytes_sent = 0
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(5)
        assert self._server is not None
        self.port: int = self._server.sockets[0].getsockname()[1]
        self.url: str = f"http://127.0.0.1:{self.port}"

    def push(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self.script.extend(behaviours)

    def route(self, path: str, *behaviours: Behaviour) -> None:
        """Behaviours for requests to ``path`` (used up in order; the last one repeats)."""
        with self._lock:
            self.routes[path] = list(behaviours)

    def requests_to(self, path: str) -> list[RawRequest]:
        return [r for r in self.seen if r.target.split("?")[0] == path]

    def _next(self, request: RawRequest) -> Behaviour:
        with self._lock:
            self.seen.append(request)
            routed = self.routes.get(request.target.split("?")[0])
            if routed:
                return routed.pop(0) if len(routed) > 1 else routed[0]
            return self.script.pop(0) if self.script else self.default

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def start() -> None:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self._ready.set()

        self._loop.run_until_complete(start())
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                await self._next(request)(Conn(reader, writer, request, self))
                if writer.is_closing():
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    def stop(self) -> None:
        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.sleep(0)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()


async def _read_request(reader: asyncio.StreamReader) -> RawRequest | None:
    try:
        raw = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    lines = raw.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    body = b""
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                await reader.readline()
                break
            body += await reader.readexactly(size)
            await reader.readline()
    elif "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    return RawRequest(method, target, headers, body)


def serving(default: Behaviour | None = None) -> Iterator[HostileServer]:
    server = HostileServer(default)
    try:
        yield server
    finally:
        server.stop()


def conductorone_auth(server: HostileServer, **kw: Any) -> ConductorOneClientCredentials:
    """ConductorOne client credentials whose token endpoint is ``server``'s ``/auth/v1/token``."""
    credentials, _ = make_client_credentials("hostile", f"127.0.0.1:{server.port}")
    return ConductorOneClientCredentials(
        credentials.client_id, credentials.client_secret, token_url=server.url + "/auth/v1/token", **kw
    )


def quick_policy(**kw: Any) -> RetryPolicy:
    """Retries that never really wait (jitter 0), bounded by a short deadline."""
    defaults: dict[str, Any] = {"deadline": 1.0, "initial_backoff": 0.0, "max_backoff": 0.0, "jitter": "none"}
    defaults.update(kw)
    return RetryPolicy(**defaults)


def call(mode: str, base_url: str, method: str, path: str, *, client: dict[str, Any], **kw: Any) -> httpx.Response:
    """One request through the facade's client layer, sync or async."""
    options = {"base_url": base_url, "vendor": "test", **client}
    if mode != "async":
        with PolicyHTTPClient(**options) as sync_client:
            return sync_client.request(method, path, **kw)

    async def run() -> httpx.Response:
        async with AsyncPolicyHTTPClient(**options) as async_client:
            return await async_client.request(method, path, **kw)

    return asyncio.run(run())


def outcome(mode: str, base_url: str, method: str, path: str, *, client: dict[str, Any], **kw: Any) -> BaseException:
    """The exception one request ends in (fails the test if it returns)."""
    try:
        response = call(mode, base_url, method, path, client=client, **kw)
    except Exception as error:
        return error
    raise AssertionError(f"expected an error, got HTTP {response.status_code}")


__all__ = [
    "MODES",
    "Behaviour",
    "Conn",
    "HostileServer",
    "RawRequest",
    "answer",
    "call",
    "conductorone_auth",
    "gzip_bomb",
    "head",
    "json_answer",
    "outcome",
    "policy_clients",
    "quick_policy",
    "serving",
]
