"""The keyword options every factory takes, their defaults, and the builder of the httpx clients."""

from __future__ import annotations

import functools
import os
import ssl
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

import httpx

from ._body import DEFAULT_MAX_RESPONSE_SIZE
from ._client import AsyncPolicyHTTPClient, ErrorParser, PolicyHTTPClient
from ._errors import ConfigurationError
from ._retry import RetryPolicy, VendorRetryRules

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "HTTPClientBuilder",
    "env_value",
    "resolve_timeout",
    "user_agent",
]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""5 s to connect (a host that takes longer is down or unreachable), 30 s to read, write or wait for the pool."""

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)
"""Keep every pooled connection alive: httpx's default of 20 keep-alive connections under 100 in flight
closes and reopens connections constantly (encode/httpx#3215)."""

_DEFAULT_RETRY = RetryPolicy()

SyncHook = Callable[..., Any]
AsyncHook = Callable[..., Awaitable[Any]]


class ClientOptions(TypedDict, total=False):
    """Keyword options common to every factory (all optional).

    - ``retry``: ``RetryPolicy`` (default ``RetryPolicy()``: 3 attempts, 60 s deadline, idempotent
      requests only; ``RetryPolicy.disabled()`` for a single attempt).
    - ``timeout``: ``httpx.Timeout`` or seconds (default connect 5 s, read/write/pool 30 s; each attempt is
      also cut short by the retry deadline). ``httpx.Timeout(None)`` disables timeouts.
    - ``headers``: extra headers sent on every request (credentials belong in the auth flow, not here).
    - ``event_hooks`` / ``async_event_hooks``: httpx event hooks for the sync / async client.
    - ``transport`` / ``async_transport``: replace httpx's transport (instrumentation, a faster transport,
      ``httpx.MockTransport``); ``limits`` and ``verify`` then belong to that transport. The default async
      transport is aiohttp's connection pool when aiohttp is installed (``policy_clients._transport``;
      httpcore's pool slows down under ~100 concurrent calls), else httpx's own. ``transport="fast"``
      selects ``FastHTTPTransport`` for sync calls (``policy_clients._fast_transport``: our own
      HTTP/1.1 reading under httpx, about half httpx's per-call cost; HTTP/1.1 only, no proxies).
    - ``limits``: ``httpx.Limits`` (default 100 connections, all kept alive for 5 s).
    - ``max_concurrency``: async attempts in flight at once (default ``limits.max_connections``).
    - ``user_agent``: default ``policy-clients/<version> <vendor>``.
    - ``verify``: TLS verification: True, a CA bundle path, or an ``ssl.SSLContext``.
    - ``follow_redirects``: default False. Cross-origin redirects never carry ``Authorization``.
    - ``max_response_size``: largest response body read, in bytes counted after decompression (default
      ``DEFAULT_MAX_RESPONSE_SIZE``, 8 MiB; ``None``: no limit); a larger one raises ``ResponseTooLargeError``.
    - ``raise_for_status``: default True: a final status >= 400 raises an ``APIError`` subclass. With False
      the generated operations return their parsed error models as usual.
    """

    retry: RetryPolicy | None
    timeout: httpx.Timeout | float | None
    headers: Mapping[str, str] | None
    event_hooks: Mapping[str, Sequence[SyncHook]] | None
    async_event_hooks: Mapping[str, Sequence[AsyncHook]] | None
    transport: httpx.BaseTransport | Literal["fast"] | None
    async_transport: httpx.AsyncBaseTransport | None
    limits: httpx.Limits | None
    max_concurrency: int | None
    user_agent: str | None
    verify: ssl.SSLContext | str | bool
    follow_redirects: bool
    max_response_size: int | None
    raise_for_status: bool


def env_value(name: str) -> str | None:
    """Read an environment variable, treating unset, empty and blank alike (``None``)."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return None
    return value.strip()


def require(value: str | None, *, argument: str, env: str, vendor: str) -> str:
    """Return a credential or raise a ``ConfigurationError`` naming the argument and variable (never a value)."""
    if value is None:
        raise ConfigurationError(f"{vendor}: pass {argument}= or set the {env} environment variable")
    return value


def resolve_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout:
    """Turn the ``timeout`` option into an ``httpx.Timeout`` (``None`` gives the default)."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(float(timeout))


@functools.cache
def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("policy-clients")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0+unknown"


def user_agent(vendor: str) -> str:
    """Build the default ``User-Agent``: ``policy-clients/<version> <vendor>``."""
    return f"policy-clients/{_package_version()} {vendor}"


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    """Build one verifying context per process; loading the CA bundle is most of a client's construction cost."""
    return httpx.create_ssl_context()


@dataclass(frozen=True, kw_only=True)
class HTTPClientBuilder:
    """Everything needed to build the sync or async httpx client of one factory call, on first use.

    The generated client holds base URL, headers, cookies, timeout, TLS and redirect settings (so its
    ``with_headers``/``with_timeout`` copies keep working); this holds the rest: auth, retry, hooks,
    transports, limits and the vendor's error parser.
    """

    vendor: str
    auth: httpx.Auth | None = field(repr=False)
    error_parser: ErrorParser | None = field(default=None, repr=False)
    retry: RetryPolicy | None = None
    event_hooks: Mapping[str, Sequence[SyncHook]] | None = field(default=None, repr=False)
    async_event_hooks: Mapping[str, Sequence[AsyncHook]] | None = field(default=None, repr=False)
    transport: httpx.BaseTransport | Literal["fast"] | None = field(default=None, repr=False)
    async_transport: httpx.AsyncBaseTransport | None = field(default=None, repr=False)
    limits: httpx.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    max_concurrency: int | None = None
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE
    raise_for_status: bool = True
    retry_rules: VendorRetryRules | None = None
    idempotency_header: str | None = None
    """The vendor's idempotency key header (OCI ``opc-retry-token``), for ``with_options(idempotency_key=)``."""

    @property
    def retry_policy(self) -> RetryPolicy:
        """The policy in force: ``retry`` or, when none was given, the ``RetryPolicy()`` defaults the clients use."""
        return self.retry if self.retry is not None else _DEFAULT_RETRY

    @classmethod
    def from_options(
        cls,
        *,
        vendor: str,
        auth: httpx.Auth | None,
        error_parser: ErrorParser | None,
        options: ClientOptions,
        retry_rules: VendorRetryRules | None = None,
        idempotency_header: str | None = None,
    ) -> HTTPClientBuilder:
        """Take the builder's share of the common options."""
        return cls(
            vendor=vendor,
            idempotency_header=idempotency_header,
            auth=auth,
            error_parser=error_parser,
            retry_rules=retry_rules,
            retry=options.get("retry"),
            event_hooks=options.get("event_hooks"),
            async_event_hooks=options.get("async_event_hooks"),
            transport=options.get("transport"),
            async_transport=options.get("async_transport"),
            limits=options.get("limits") or DEFAULT_LIMITS,
            max_concurrency=options.get("max_concurrency"),
            max_response_size=options.get("max_response_size", DEFAULT_MAX_RESPONSE_SIZE),
            raise_for_status=options.get("raise_for_status", True),
        )

    def _common(
        self,
        *,
        base_url: str,
        headers: Mapping[str, str],
        cookies: Mapping[str, str],
        timeout: httpx.Timeout | None,
        verify: ssl.SSLContext | str | bool,
        follow_redirects: bool,
    ) -> dict[str, Any]:
        if verify is True:
            verify = _default_ssl_context()
        return {
            "vendor": self.vendor,
            "retry": self.retry,
            "raise_for_status": self.raise_for_status,
            "max_response_size": self.max_response_size,
            "error_parser": self.error_parser,
            "retry_rules": self.retry_rules,
            "auth": self.auth,
            "base_url": base_url,
            "headers": dict(headers),
            "cookies": dict(cookies),
            "timeout": timeout if timeout is not None else DEFAULT_TIMEOUT,
            "verify": verify,
            "follow_redirects": follow_redirects,
            "limits": self.limits,
        }

    def build_sync(self, **settings: Any) -> PolicyHTTPClient:
        """Build the sync client (settings: base_url, headers, cookies, timeout, verify, follow_redirects)."""
        hooks = {k: list(v) for k, v in (self.event_hooks or {}).items()}
        common = self._common(**settings)
        transport = self.transport
        if transport == "fast":
            from ._fast_transport import FastHTTPTransport

            transport = FastHTTPTransport(verify=common["verify"], limits=self.limits)
        return PolicyHTTPClient(**common, event_hooks=hooks, transport=transport)

    def build_async(self, **settings: Any) -> AsyncPolicyHTTPClient:
        """Build the async client (same settings as ``build_sync``)."""
        hooks = {k: list(v) for k, v in (self.async_event_hooks or {}).items()}
        common = self._common(**settings)
        transport = self.async_transport
        if transport is None:
            transport = _default_async_transport(verify=common["verify"], limits=self.limits)
        return AsyncPolicyHTTPClient(
            **common, event_hooks=hooks, transport=transport, max_concurrency=self.max_concurrency
        )


def _default_async_transport(
    *, verify: ssl.SSLContext | str | bool, limits: httpx.Limits
) -> httpx.AsyncBaseTransport | None:
    """Return the aiohttp-backed transport when aiohttp is installed (see ``_transport``), else None (httpx's)."""
    try:
        from ._transport import AiohttpTransport  # imported here: sync-only users never load aiohttp
    except ImportError:
        return None
    return AiohttpTransport(verify=verify, limits=limits)
