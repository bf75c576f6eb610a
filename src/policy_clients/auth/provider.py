"""``token_provider=``: the caller's own callable supplies the bearer token (the escape hatch of every factory).

Whatever the caller's credential story (a vault, a sidecar, an SSO helper), the callable is asked on every
attempt, and once more after a 401 before the request is replayed. It may be sync, or return an awaitable
(async def) for async clients. Caching is the callable's business; its failures never quote it.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Union

import httpx

from .._errors import PolicyClientError, TokenEndpointError
from .._safety import ensure_secure_url
from .bearer import validate_header_secret
from .errors import CredentialError

__all__ = ["TokenProvider", "TokenProviderAuth"]

TokenProvider = Callable[[], Union[str, Awaitable[str]]]  # noqa: UP007 - a runtime alias
"""A callable returning a bearer token, or an awaitable of one."""


def _checked(value: object) -> str:
    if not isinstance(value, str):
        raise TokenEndpointError(f"token_provider returned {type(value).__name__}, not a str")
    try:
        return validate_header_secret(value, "the token from token_provider")
    except ValueError as error:
        raise TokenEndpointError(str(error)) from None


def _failed(error: Exception) -> PolicyClientError:
    if isinstance(error, PolicyClientError):
        return error
    # The provider's own message may quote what it handles: name the type only.
    return TokenEndpointError(f"token_provider raised {type(error).__name__}")


class TokenProviderAuth(httpx.Auth):
    """``Authorization: Bearer <token_provider()>`` per attempt; asked again and replayed once after a 401."""

    def __init__(self, provider: TokenProvider) -> None:
        if not callable(provider):
            raise CredentialError(f"token_provider must be callable, got {type(provider).__name__}")
        self._provider = provider

    def __repr__(self) -> str:
        name = getattr(self._provider, "__qualname__", type(self._provider).__name__)
        return f"{type(self).__name__}(provider={name!r})"

    def apply(self, request: httpx.Request, token: str) -> None:
        """Put the token on the request (vendors with extra headers override this)."""
        request.headers["Authorization"] = f"Bearer {token}"

    def observe(self, request: httpx.Request, response: httpx.Response) -> None:
        """See each response (a vendor that tracks something from them overrides this)."""

    def _sync_token(self) -> str:
        try:
            value = self._provider()
        except Exception as error:
            raise _failed(error) from None
        if inspect.isawaitable(value):
            close = getattr(value, "close", None)
            if callable(close):
                close()  # never awaited: say so plainly instead of a "coroutine was never awaited" warning
            raise CredentialError("token_provider returned an awaitable: use the async API, or a sync callable")
        return _checked(value)

    async def _async_token(self) -> str:
        try:
            value = self._provider()
            if inspect.isawaitable(value):
                value = await value
        except Exception as error:
            raise _failed(error) from None
        return _checked(value)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Ask for the token, send; on a 401 ask again and send once more."""
        ensure_secure_url(request.url)
        request.read()
        for _attempt in range(2):
            self.apply(request, self._sync_token())
            response = yield request
            self.observe(request, response)
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async :meth:`sync_auth_flow`; an ``async def`` provider is awaited."""
        ensure_secure_url(request.url)
        await request.aread()
        for _attempt in range(2):
            self.apply(request, await self._async_token())
            response = yield request
            self.observe(request, response)
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
