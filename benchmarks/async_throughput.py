"""Async throughput: the facade's AsyncClient vs a bare httpx.AsyncClient at 1/10/100 concurrent calls.

Serves a minimal asyncio.Protocol HTTP/1.1 keep-alive responder on 127.0.0.1 (in a separate process,
so the server does not compete with the client for the event loop) and sends N GETs per run.

    python benchmarks/async_throughput.py [--requests 2000] [--concurrency 1 10 100]

Prints req/s per client and concurrency. No assertions: a measurement, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import socket
import time
from collections.abc import Awaitable, Callable

import httpx

from policy_clients import RetryPolicy
from policy_clients._client import AsyncPolicyHTTPClient
from policy_clients._options import DEFAULT_LIMITS, DEFAULT_TIMEOUT
from policy_clients._transport import AiohttpTransport

RESPONSE = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{"ok":true}'


class _Responder(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:  # GETs without bodies: one response per header block
            _, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
            self.transport.write(RESPONSE)  # type: ignore[attr-defined]


def _serve(sock: socket.socket) -> None:
    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(_Responder, sock=sock, backlog=1024)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


async def _run(client: httpx.AsyncClient, total: int, concurrency: int) -> float:
    remaining = total

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            response = await client.get("/ping")
            assert response.status_code == 200

    await client.get("/ping")  # warm up one connection
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return total / (time.perf_counter() - started)


ClientFactory = Callable[[str], httpx.AsyncClient]


def _clients() -> dict[str, ClientFactory]:
    return {
        "bare httpx.AsyncClient (defaults)": lambda url: httpx.AsyncClient(base_url=url),
        "bare httpx.AsyncClient (keepalive=100)": lambda url: httpx.AsyncClient(base_url=url, limits=DEFAULT_LIMITS),
        "facade AsyncPolicyHTTPClient (default aiohttp transport)": lambda url: AsyncPolicyHTTPClient(
            base_url=url,
            vendor="bench",
            retry=RetryPolicy(),
            timeout=DEFAULT_TIMEOUT,
            limits=DEFAULT_LIMITS,
            transport=AiohttpTransport(limits=DEFAULT_LIMITS),
        ),
        "facade AsyncPolicyHTTPClient on httpcore": lambda url: AsyncPolicyHTTPClient(
            base_url=url, vendor="bench", retry=RetryPolicy(), timeout=DEFAULT_TIMEOUT, limits=DEFAULT_LIMITS
        ),
    }


async def _measure(url: str, total: int, levels: list[int], runs: Callable[[], Awaitable[None]] | None = None) -> None:
    for name, make in _clients().items():
        figures = []
        for concurrency in levels:
            async with make(url) as client:
                figures.append(f"{concurrency:>3}: {await _run(client, total, concurrency):8.0f} req/s")
        print(f"{name:<40} " + "  ".join(figures))


def main() -> None:
    """Start the responder process, measure each client at each concurrency, print req/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 100])
    args = parser.parse_args()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = multiprocessing.Process(target=_serve, args=(sock,), daemon=True)
    server.start()
    try:
        asyncio.run(_measure(url, args.requests, args.concurrency))
    finally:
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    main()
