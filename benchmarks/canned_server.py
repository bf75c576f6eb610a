"""A minimal keep-alive HTTP/1.1 responder on 127.0.0.1 returning canned, valid vendor responses.

It runs in its own process (``python benchmarks/canned_server.py``; prints its port, serves until stdin
closes or ``max_seconds`` pass), so the client under test has a core to itself and the server's cost
is constant across the clients compared. Responses are chosen by path, valid for every client measured:
Oso ``POST /api/policy``, OCI ``PUT /20160918/policies/{id}``, ConductorOne ``POST /api/v1/policies/{id}``
and its token endpoint ``POST /auth/v1/token``; ``GET /__stats`` returns request counts per route.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

OSO_BODY = json.dumps({"message": "Policy updated"}).encode()
C1_POLICY = {
    "id": "pol-1",
    "displayName": "Bench policy",
    "description": "updated",
    "policyType": "POLICY_TYPE_GRANT",
    "createdAt": "2026-01-01T00:00:00Z",
    "updatedAt": "2026-01-02T00:00:00Z",
    "systemBuiltin": False,
    "reassignTasksToDelegates": False,
}
C1_BODY = json.dumps({"policy": C1_POLICY}).encode()
OCI_POLICY: dict[str, Any] = {
    "id": "ocid1.policy.oc1..aaaabench",
    "compartmentId": "ocid1.tenancy.oc1..aaaabench",
    "name": "bench-policy",
    "statements": ["Allow group Admins to manage all-resources in tenancy"],
    "description": "updated",
    "timeCreated": "2026-01-01T00:00:00.000Z",
    "lifecycleState": "ACTIVE",
    "versionDate": None,
    "freeformTags": {},
    "definedTags": {},
}
OCI_BODY = json.dumps(OCI_POLICY).encode()
TOKEN_BODY = json.dumps({"access_token": "bench-token", "token_type": "Bearer", "expires_in": 3600}).encode()


def _response(body: bytes, *extra: tuple[str, str]) -> bytes:
    head = [
        "HTTP/1.1 200 OK",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        *(f"{k}: {v}" for k, v in extra),
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


ROUTES: dict[tuple[bytes, bytes], tuple[str, bytes]] = {
    (b"POST", b"/api/policy"): ("oso", _response(OSO_BODY, ("OsoOffset", "1"))),
    (b"PUT", b"/20160918/policies/"): ("oci", _response(OCI_BODY, ("etag", "bench-etag"), ("opc-request-id", "r1"))),
    (b"POST", b"/api/v1/policies/"): ("conductorone", _response(C1_BODY)),
    (b"POST", b"/auth/v1/token"): ("token", _response(TOKEN_BODY)),
}
GENERIC = ("other", _response(b'{"ok":true}'))


def _route(method: bytes, target: bytes) -> tuple[str, bytes]:
    path = target.split(b"?", 1)[0]
    for (m, prefix), answer in ROUTES.items():
        if m == method and (path == prefix or (prefix.endswith(b"/") and path.startswith(prefix))):
            return answer
    return GENERIC


class _Protocol(asyncio.Protocol):
    """Parse pipelined/keep-alive requests (Content-Length or chunked bodies) and answer each at once."""

    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self._one():
            pass

    def _one(self) -> bool:
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0 or self.transport is None:
            return False
        head = self.buffer[:end].split(b"\r\n")
        method, target, _ = head[0].split(b" ", 2)
        headers = {}
        for line in head[1:]:
            key, _, value = line.partition(b":")
            headers[key.strip().lower()] = value.strip()
        start = end + 4
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            consumed = _chunked_length(self.buffer, start)
            if consumed is None:
                return False
            rest = start + consumed
        else:
            rest = start + int(headers.get(b"content-length", b"0"))
            if len(self.buffer) < rest:
                return False
        self.buffer = self.buffer[rest:]
        if target == b"/__stats":
            body = json.dumps(dict(self.counts)).encode()
            self.transport.write(_response(body))
            return True
        name, answer = _route(method, target)
        self.counts[name] += 1
        self.transport.write(answer)
        return True


def _chunked_length(buffer: bytes, start: int) -> int | None:
    """Bytes a complete chunked body takes from ``start``, or None if it has not all arrived."""
    pos = start
    while True:
        eol = buffer.find(b"\r\n", pos)
        if eol < 0:
            return None
        size = int(buffer[pos:eol].split(b";", 1)[0], 16)
        pos = eol + 2 + size + 2
        if len(buffer) < pos:
            return None
        if size == 0:
            return pos - start


async def serve(port: int, max_seconds: float) -> None:
    """Serve until stdin reaches EOF (the parent is gone or done) or ``max_seconds`` pass."""
    counts: Counter[str] = Counter()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Protocol(counts), "127.0.0.1", port, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    done = asyncio.Event()

    def wait_for_eof() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(done.set)

    threading.Thread(target=wait_for_eof, daemon=True).start()
    try:
        await asyncio.wait_for(done.wait(), timeout=max_seconds)
    except TimeoutError:
        pass
    finally:
        server.close()


@dataclass
class CannedServer:
    """The responder as a child process: ``with CannedServer() as server: server.url``."""

    max_seconds: float = 900.0
    port: int = 0
    _process: subprocess.Popen[str] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        """Spawn the child and wait for it to print its port."""
        self._process = subprocess.Popen(  # noqa: S603 - our own script, fixed arguments
            [sys.executable, str(Path(__file__).resolve()), str(self.max_seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.strip().isdigit():
            self.stop()
            raise RuntimeError("canned server did not start")
        self.port = int(line)
        return self

    def stop(self) -> None:
        """Close its stdin (it exits on EOF); kill it if it does not exit within 5 s."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def stats(self) -> dict[str, int]:
        """Return how many requests each route has served since start."""
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request("GET", "/__stats")
            data: dict[str, int] = json.loads(conn.getresponse().read())
        finally:
            conn.close()
        return data


async def hammer(port: int, connections: int, seconds: float) -> int:
    """Raw keep-alive clients, one request in flight each, for ``seconds``: how many responses arrived."""
    request = (
        b"POST /api/policy HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    )
    expected = len(ROUTES[(b"POST", b"/api/policy")][1])
    deadline = asyncio.get_running_loop().time() + seconds
    done = 0

    async def client() -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while asyncio.get_running_loop().time() < deadline:
                writer.write(request)
                await reader.readexactly(expected)
                done += 1
        finally:
            writer.close()

    await asyncio.gather(*(client() for _ in range(connections)))
    return done


def server_ceiling(port: int, connections: int, seconds: float) -> float:
    """Requests/s the server answers to ``connections`` raw clients driven from a separate process."""
    out = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [sys.executable, str(Path(__file__).resolve()), "--hammer", str(port), str(connections), str(seconds)],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    )
    return int(out.stdout.strip()) / seconds


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--hammer":
        print(asyncio.run(hammer(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))))
    else:
        asyncio.run(serve(0, float(sys.argv[1]) if len(sys.argv) > 1 else 900.0))
