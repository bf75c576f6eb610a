"""Resource-style access to the API: ``client.<resource>.<operation>(...)``, one resource per tag.

``client.policies`` (sync) and ``client.aio.policies`` (async) take the same
arguments as the functions in ``api/<tag>/<module>.py``, return only the success type (an error status
raises ``errors.StatusError``, or the facade's ``APIError`` first), and offer ``with_raw_response`` for
the whole response with headers. Each resource module, and each operation module a method calls, is
imported on first use.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import AuthenticatedClient, Client
    from .policies import AsyncPoliciesResource


class AsyncResources:
    """What ``client.aio`` returns: the resources with coroutine methods, sharing the client's settings and pools.

    ``async with client.aio as aclient:`` closes the client's async httpx client at the end.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def policies(self) -> AsyncPoliciesResource:
        """The ``policies`` operations as coroutine methods."""
        from .policies import AsyncPoliciesResource

        return AsyncPoliciesResource(self._client)

    async def __aenter__(self) -> AsyncResources:
        await self._client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self._client.__aexit__(exc_type, exc_value, traceback)


__all__ = ["AsyncResources"]
