"""What every vendor factory shares: the generated-client subclass and the error-body parser helper.

The factory returns a subclass of the vendor's generated ``AuthenticatedClient`` whose
``get_httpx_client`` / ``get_async_httpx_client`` build the facade's httpx clients on first use, so an
async-only service never builds a sync client (nor loads anything for it) and vice versa. Settings
kept on the generated client (base URL, headers, cookies, timeout, TLS, redirects) are read at that
moment, so the generated ``with_headers`` / ``with_timeout`` copies keep auth and retries.
"""

from __future__ import annotations

import dataclasses
import json
import ssl
import threading
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar, cast

import attrs
import httpx

from .._client import AsyncPolicyHTTPClient, PolicyHTTPClient
from .._copies import CallOptions, async_view, check_idempotency_key, sync_view
from .._errors import ConfigurationError
from .._exit import close_at_exit
from .._options import ClientOptions, HTTPClientBuilder, resolve_timeout, user_agent
from .._retry import RetryPolicy, VendorRetryRules
from .._safety import ensure_secure_url, ensure_well_formed_url

__all__ = [
    "FacadeClientMixin",
    "build_generated_client",
    "facade_client_class",
    "json_error_parser",
    "only_token_provider",
]

T = TypeVar("T")
M = TypeVar("M")

_OPTION_NAMES = frozenset(ClientOptions.__annotations__)
_BUILD_LOCK = threading.RLock()  # re-entered when a copy builds its view of the original's client
"""Taken only while a facade client builds its httpx client (once per client): 32 threads calling a new
client at once must not build 32 httpx clients and orphan 31."""

F = TypeVar("F", bound="FacadeClientMixin")


class FacadeClientMixin:
    """Overrides of the generated client that build auth-, retry- and error-aware httpx clients lazily.

    Copies (``with_options``, ``with_headers``, ``with_cookies``, ``with_timeout``) keep a reference to the
    client the factory returned (``_root``) and use views of its httpx clients (``policy_clients._copies``):
    one connection pool and one auth flow (token cache) for the whole family; only the root closes them.
    """

    _base_url: str
    _cookies: dict[str, str]
    _headers: dict[str, str]
    _timeout: httpx.Timeout | None
    _verify_ssl: str | bool | ssl.SSLContext
    _follow_redirects: bool
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None
    _facade: HTTPClientBuilder
    _root: FacadeClientMixin | None
    _call_options: CallOptions | None

    def _facade_settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "cookies": self._cookies,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
        }

    def _view_settings(self) -> dict[str, Any]:
        root = self._root
        return {  # None: as the original's (a copy that did not change them passes the same objects on)
            "headers": None if root is not None and self._headers is root._headers else self._headers,
            "cookies": None if root is not None and self._cookies is root._cookies else self._cookies,
            "timeout": self._timeout if self._timeout is not None else resolve_timeout(None),
            "retry": self._facade.retry_policy,
            "call_options": self._call_options,
        }

    def get_httpx_client(self) -> httpx.Client:
        """Return the sync httpx client, building it on first use (retries above auth, mapped errors)."""
        if self._client is None:
            with _BUILD_LOCK:
                if self._client is None:
                    if self._root is None:
                        self._client = self._facade.build_sync(**self._facade_settings())
                        close_at_exit(self._client)
                    else:
                        base = self._root.get_httpx_client()
                        self._client = sync_view(cast("PolicyHTTPClient", base), **self._view_settings())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the async httpx client, building it on first use (retries above auth, mapped errors).

        One client serves every event loop: its default transport keeps one connection pool per loop.
        """
        if self._async_client is None:
            with _BUILD_LOCK:
                if self._async_client is None:
                    if self._root is None:
                        self._async_client = self._facade.build_async(**self._facade_settings())
                    else:
                        base = self._root.get_async_httpx_client()
                        self._async_client = async_view(cast("AsyncPolicyHTTPClient", base), **self._view_settings())
        return self._async_client

    # -- copies ------------------------------------------------------------------------------------

    def _copy(self: F, **changes: Any) -> F:
        changes.setdefault("root", self._root or self)
        return attrs.evolve(self, **changes)  # type: ignore[misc]

    def with_options(
        self: F,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        max_attempts: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> F:
        """A copy for one or a few calls with other options, sharing this client's pool and credentials.

        See ``policy_clients.with_options`` (the same, visible to type checkers).
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = resolve_timeout(timeout)
        if retry is not None or max_attempts is not None:
            policy = retry if retry is not None else self._facade.retry_policy
            if max_attempts is not None:
                policy = dataclasses.replace(policy, max_attempts=max_attempts)
            changes["facade"] = dataclasses.replace(self._facade, retry=policy)
        if extra_headers or idempotency_key is not None:
            header = self._facade.idempotency_header
            key = None
            if idempotency_key is not None:
                key = check_idempotency_key(self._facade.vendor, header, idempotency_key)
            fresh = CallOptions(dict(extra_headers or {}), header, key)
            changes["call_options"] = fresh if self._call_options is None else self._call_options.merged(fresh)
        return self._copy(**changes)

    def with_headers(self: F, headers: dict[str, str]) -> F:
        """A copy that also sends ``headers`` by default; this client is unchanged, the pool shared."""
        return self._copy(headers={**self._headers, **headers})

    def with_cookies(self: F, cookies: dict[str, str]) -> F:
        """A copy that also sends ``cookies``; this client is unchanged, the pool shared."""
        return self._copy(cookies={**self._cookies, **cookies})

    def with_timeout(self: F, timeout: httpx.Timeout) -> F:
        """A copy with another timeout; this client is unchanged, the pool shared."""
        return self._copy(timeout=timeout)

    # -- closing -----------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the sync connection pool (a copy owns none: closing one does nothing)."""
        if self._root is None and self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connection pool of the running event loop, and the sync one (a copy: nothing)."""
        if self._root is None:
            if self._async_client is not None:
                await self._async_client.aclose()
            self.close()

    def __enter__(self: F) -> F:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.close()

    async def __aenter__(self: F) -> F:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, vendor={self._facade.vendor!r}, "
            f"auth={self._facade.auth!r}, retry={self._facade.retry_policy!r})"
        )


def facade_client_class(base: type[T], name: str, module: str) -> type[T]:
    """Make the facade subclass of a generated client class (call once per vendor; the result is cached there)."""
    namespace: dict[str, Any] = {
        "__module__": module,
        "__qualname__": name,
        "__annotations__": {"_facade": HTTPClientBuilder, "_root": Any, "_call_options": Any},
        "_facade": attrs.field(kw_only=True, alias="facade", repr=False),
        "_root": attrs.field(default=None, kw_only=True, alias="root", repr=False),
        "_call_options": attrs.field(default=None, kw_only=True, alias="call_options", repr=False),
        "__doc__": f"{base.__module__}.{base.__qualname__} whose httpx clients come from policy_clients.",
    }
    cls = type(name, (FacadeClientMixin, base), namespace)
    return cast("type[T]", attrs.define(cls, repr=False))


def build_generated_client(
    cls: type[T],
    *,
    vendor: str,
    base_url: str,
    auth: httpx.Auth | None,
    error_parser: Callable[[bytes, int], tuple[object | None, str | None]] | None,
    options: ClientOptions,
    retry_rules: VendorRetryRules | None = None,
    idempotency_header: str | None = None,
) -> T:
    """Instantiate a facade client class from the common options (validated here, once)."""
    unknown = set(options) - _OPTION_NAMES
    if unknown:
        raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
    url = httpx.URL(base_url)
    ensure_well_formed_url(url)  # fail at construction, not at the first call
    if auth is not None:
        ensure_secure_url(url)
    headers = dict(options.get("headers") or {})
    agent = options.get("user_agent")
    if agent is not None or not any(k.lower() == "user-agent" for k in headers):
        headers = {k: v for k, v in headers.items() if k.lower() != "user-agent"}
        headers["User-Agent"] = agent or user_agent(vendor)
    builder = HTTPClientBuilder.from_options(
        vendor=vendor,
        auth=auth,
        error_parser=error_parser,
        options=options,
        retry_rules=retry_rules,
        idempotency_header=idempotency_header,
    )
    factory = cast("Callable[..., T]", cls)
    return factory(
        base_url=base_url,
        headers=headers,
        timeout=resolve_timeout(options.get("timeout")),
        verify_ssl=options.get("verify", True),
        follow_redirects=options.get("follow_redirects", False),
        # A status the spec does not document (a 204, 302 or 304 from a proxy) is not a success with
        # parsed=None: the generated package raises its UnexpectedStatus, with status, headers and body.
        raise_on_unexpected_status=True,
        facade=builder,
    )


def json_error_parser(
    parse: Callable[[dict[str, Any]], M], describe: Callable[[M], str | None]
) -> Callable[[bytes, int], tuple[object | None, str | None]]:
    """Build a parser: JSON object body -> generated model via ``parse`` (its ``from_dict``) -> short message.

    Anything that is not a JSON object, or that the model rejects, gives ``(None, None)``.
    """

    def parser(body: bytes, status: int) -> tuple[object | None, str | None]:
        try:
            data = json.loads(body)
        except ValueError:
            return None, None
        if not isinstance(data, dict):
            return None, None
        try:
            model = parse(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None, None
        try:
            detail = describe(model)
        except (KeyError, TypeError, ValueError, AttributeError):
            detail = None
        return model, detail

    return parser


def text(value: object) -> str | None:
    """Return a model field if it is a non-empty string (generated models use ``UNSET`` for absent fields)."""
    return value if isinstance(value, str) and value else None


def only_token_provider(vendor: str, **credentials: object) -> None:
    """``token_provider=`` replaces every other credential: refuse a mix rather than guess which one wins."""
    given = sorted(name for name, value in credentials.items() if value is not None)
    if given:
        raise ConfigurationError(
            f"{vendor}: the token_provider argument replaces {', '.join(given)}; pass one or the other"
        )
