"""The overall deadline of a sync call, applied to every socket read and write of httpx's own transport.

httpx's timeouts apply per read, so a server trickling one byte a second keeps a call alive forever.
The retry loop sets the call's deadline in a context variable; the network backend installed here clips
each connect, read and write timeout to what is left of it, so headers and body must arrive in time.
(Async calls are bounded by a cancel scope in the client instead; see ``_client``.)
"""

from __future__ import annotations

import ssl
import time
import typing

import httpcore  # imported by httpx's HTTPTransport anyway; this module is loaded only after one exists
import httpx

from ._retry import CALL_DEADLINE

__all__ = ["install_deadline_backend"]


def _clip(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = CALL_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's overall deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clip(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clip(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, _clip(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clip(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _clip(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install_deadline_backend(transport: httpx.BaseTransport | None) -> bool:
    """Make httpx's ``HTTPTransport`` honour ``CALL_DEADLINE``; other transports are left alone (False)."""
    pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
    backend = getattr(pool, "_network_backend", None)  # httpcore's ConnectionPool (private attribute)
    if backend is None or isinstance(backend, _DeadlineBackend):
        return backend is not None
    pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return True
