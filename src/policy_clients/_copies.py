"""Cheap copies of a facade client (``with_options``, ``with_headers``...) that share one connection pool.

A copy's httpx client is a *view* of the original's: a shallow copy of the same object (same transport and
pool, same auth flow and so the same token cache, same concurrency gate) with its own headers, cookies,
timeout and retry policy, and optionally per-call headers or an idempotency key applied as each request is
built. Making one costs a dict copy, not a new client; the original's hot path is untouched, since only
views run the extra step. A view owns nothing: closing it is a no-op, and once the original is closed its
views refuse to send, as the original does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx
from httpx._client import ClientState

from ._client import AsyncPolicyHTTPClient, PolicyHTTPClient
from ._errors import ConfigurationError
from ._retry import RetryPolicy

__all__ = ["CallOptions", "async_view", "check_idempotency_key", "sync_view", "with_options"]

G = TypeVar("G")


@dataclass(frozen=True)
class CallOptions:
    """What a copy changes on each request it builds, after the operation has set its own headers.

    ``extra_headers`` win over the operation's headers (``with_headers`` sets defaults, which lose to them);
    ``idempotency_key`` replaces the vendor's idempotency header (``idempotency_header``) on requests that
    carry one, i.e. operations whose spec marks a retry-token header; other requests are left alone.
    """

    extra_headers: Mapping[str, str] = field(default_factory=dict)
    idempotency_header: str | None = None
    idempotency_key: str | None = None

    def merged(self, newer: CallOptions) -> CallOptions:
        """These options overridden by a later copy's."""
        return CallOptions(
            extra_headers={**self.extra_headers, **newer.extra_headers},
            idempotency_header=newer.idempotency_header or self.idempotency_header,
            idempotency_key=newer.idempotency_key if newer.idempotency_key is not None else self.idempotency_key,
        )

    def apply(self, request: httpx.Request) -> None:
        """Set the per-call headers on a request just built (before auth runs, so they are signed if signed)."""
        for name, value in self.extra_headers.items():
            request.headers[name] = value
        header = self.idempotency_header
        if self.idempotency_key is not None and header is not None and header in request.headers:
            request.headers[header] = self.idempotency_key


def check_idempotency_key(vendor: str, header: str | None, key: str) -> str:
    """Refuse a key the vendor cannot take: no idempotency header at all, or one that is no header value."""
    if header is None:
        raise ConfigurationError(f"{vendor}: the API has no idempotency key header; idempotency_key= does not apply")
    if not isinstance(key, str) or not key or not key.isprintable() or key.strip() != key:
        raise ConfigurationError(f"{vendor}: idempotency_key must be a non-empty printable string ({header})")
    return key


class _View:
    """Behaviour shared by the sync and async views (mixed in ahead of the client class)."""

    _view_of: PolicyHTTPClient | AsyncPolicyHTTPClient
    _call_options: CallOptions | None

    @property
    def _state(self) -> ClientState:
        return self._view_of._state

    @_state.setter
    def _state(self, value: ClientState) -> None:
        if value is not ClientState.CLOSED:  # sending through a view opens the shared pool; closing it does not
            self._view_of._state = value

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        request: httpx.Request = super().build_request(*args, **kwargs)  # type: ignore[misc]
        if self._call_options is not None:
            self._call_options.apply(request)
        return request


class _SyncView(_View, PolicyHTTPClient):
    """A ``PolicyHTTPClient`` sharing another's pool and auth (see the module docstring)."""

    def close(self) -> None:
        """Do nothing: the pool belongs to the client this is a view of."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        return None


class _AsyncView(_View, AsyncPolicyHTTPClient):
    """An ``AsyncPolicyHTTPClient`` sharing another's pool, auth and concurrency gate."""

    async def aclose(self) -> None:
        """Do nothing: the pool belongs to the client this is a view of."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        return None


def _view(
    cls: type[Any],
    base: PolicyHTTPClient | AsyncPolicyHTTPClient,
    *,
    headers: Mapping[str, str] | None,
    cookies: Mapping[str, str] | None,
    timeout: httpx.Timeout,
    retry: RetryPolicy,
    call_options: CallOptions | None,
) -> Any:
    view = object.__new__(cls)
    state = dict(base.__dict__)
    state.pop("_state", None)  # read through to the base (a property of the view class)
    view.__dict__.update(state)
    view._view_of = getattr(base, "_view_of", base)
    # New objects (httpx's setters, or a copy of the base's), so the base's stay as they were; None: the
    # base's headers, copied, and its cookie jar, shared as one httpx client shares it between requests.
    if headers is None:
        view._headers = base.headers.copy()
    else:
        view.headers = headers
    if cookies is not None:
        view.cookies = dict(cookies)
    view.timeout = timeout
    view.retry_policy = retry
    view._call_options = call_options
    return view


def sync_view(base: PolicyHTTPClient, **settings: Any) -> PolicyHTTPClient:
    """A view of ``base`` (settings: headers, cookies (None: the base's), timeout, retry, call_options)."""
    view: PolicyHTTPClient = _view(_SyncView, base, **settings)
    return view


def async_view(base: AsyncPolicyHTTPClient, **settings: Any) -> AsyncPolicyHTTPClient:
    """A view of ``base`` (same settings as ``sync_view``)."""
    view: AsyncPolicyHTTPClient = _view(_AsyncView, base, **settings)
    return view


def with_options(
    client: G,
    *,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    max_attempts: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    idempotency_key: str | None = None,
) -> G:
    """A copy of a factory's client for one or a few calls, sharing its connection pool and credentials.

    Args:
        client: a client returned by a ``policy_clients`` factory (or a copy of one).
        timeout: seconds or an ``httpx.Timeout`` for each attempt (the retry deadline still bounds the call).
        retry: another ``RetryPolicy`` (default: the one in force).
        max_attempts: attempts in all, on top of ``retry`` or the policy in force (1: no retries).
        extra_headers: headers set on every request, over the operation's own (``Accept``, ``if-match``...).
        idempotency_key: the vendor's idempotency key (OCI ``opc-retry-token``) for operations that take
            one; the same key on a second create returns the first's result. A ``ConfigurationError`` for a
            vendor without one.

    The original is unchanged. Close the original (not the copy) when done.

    """
    from .vendors._base import FacadeClientMixin

    if not isinstance(client, FacadeClientMixin):
        raise TypeError(f"with_options takes a client made by a policy_clients factory, not {type(client).__name__}")
    copy = client.with_options(
        timeout=timeout,
        retry=retry,
        max_attempts=max_attempts,
        extra_headers=extra_headers,
        idempotency_key=idempotency_key,
    )
    return cast("G", copy)
