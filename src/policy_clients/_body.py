"""Reading a response body with a size limit that holds while streaming, decompressed bytes counted.

httpx's own ``read()`` inflates whatever arrives: a 1 MB gzip body that expands to 1 GB is held in memory
whole. Here the raw stream is fed to the content decoder in small slices, so no step inflates more than
``_SLICE`` times the decoder's worst ratio (~1000:1 for deflate), and the count stops at the limit.
An uncompressed body inflates nothing, so it is counted in the chunks the transport reads (no slicing).
"""

from __future__ import annotations

import httpx

from ._errors import ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_SIZE", "aread_limited", "read_limited"]

DEFAULT_MAX_RESPONSE_SIZE = 8 * 1024 * 1024
"""8 MiB: far above any policy document or error body these APIs send, far below what hurts a service."""

_SLICE = 1024


class _Limited:
    """Decodes raw slices and counts the decoded size against the limit."""

    def __init__(self, response: httpx.Response, limit: int, identity: bool) -> None:
        self.response = response
        self.limit = limit
        # httpx's decoder for Content-Encoding (private API); none for an identity body, which decodes to itself
        self.decoder = None if identity else response._get_content_decoder()
        self.parts: list[bytes] = []
        self.size = 0

    def feed(self, raw: bytes) -> None:
        self._count(raw if self.decoder is None else self.decoder.decode(raw))

    def finish(self) -> bytes:
        if self.decoder is not None:
            self._count(self.decoder.flush())
        body = b"".join(self.parts)
        self.response._content = body  # what httpx's read() sets, so .content / .json() work as usual
        return body

    def _count(self, chunk: bytes) -> None:
        if not chunk:
            return
        self.size += len(chunk)
        if self.size > self.limit:
            raise ResponseTooLargeError(
                f"response body of HTTP {self.response.status_code} exceeds max_response_size "
                f"({self.limit} bytes, counted after decompression)",
                request=self.response.request,
                status_code=self.response.status_code,
                limit=self.limit,
            )
        self.parts.append(chunk)


def _identity(response: httpx.Response) -> bool:
    """Whether the body has no content coding: it is counted as it comes, in the transport's own chunks."""
    encoding = response.headers.get("content-encoding")
    return encoding is None or encoding.strip().lower() in ("", "identity")


def read_limited(response: httpx.Response, limit: int | None) -> bytes:
    """Read and decode the body of a streamed response; ``ResponseTooLargeError`` past ``limit`` bytes."""
    if limit is None:
        return response.read()
    if hasattr(response, "_content"):
        return response.content
    identity = _identity(response)
    reader = _Limited(response, limit, identity)
    try:
        for raw in response.iter_raw(None if identity else _SLICE):
            reader.feed(raw)
        return reader.finish()
    finally:
        response.close()


async def aread_limited(response: httpx.Response, limit: int | None) -> bytes:
    """Async ``read_limited``."""
    if limit is None:
        return await response.aread()
    if hasattr(response, "_content"):
        return response.content
    identity = _identity(response)
    reader = _Limited(response, limit, identity)
    try:
        async for raw in response.aiter_raw(None if identity else _SLICE):
            reader.feed(raw)
        return reader.finish()
    finally:
        await response.aclose()
