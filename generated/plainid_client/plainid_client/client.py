"""HTTP client holders for plainid-client: they own the httpx clients that every operation uses."""

import ssl
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx
from attrs import define, evolve, field

if TYPE_CHECKING:
    from .resources import AsyncResources
    from .resources.policies import PoliciesResource


@define
class Client:
    """Configuration plus lazily built httpx clients (sync and async) for calling the API.

    Pass ``base_url`` and optionally ``cookies``, ``headers``, ``timeout``, ``verify_ssl``,
    ``follow_redirects`` and ``httpx_args`` (extra keyword arguments for the httpx constructors), or hand
    over ready httpx clients with :meth:`set_httpx_client` / :meth:`set_async_httpx_client` (that is how
    ``policy_clients`` adds auth, retries and timeouts).

    Operations are methods of one resource per tag (``client.policies.<operation>(...)``),
    returning the parsed success and raising for errors; ``client.aio`` has the same resources with
    coroutine methods, on this client's configuration and connection pools. The modules of ``api`` stay
    the function-style equivalent.

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` for a status the spec does not
            document, instead of returning ``parsed=None``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _default_headers(self) -> dict[str, str]:
        return dict(self._headers)

    @property
    def policies(self) -> "PoliciesResource":
        """The ``policies`` operations as methods (imported on first use)."""
        from .resources.policies import PoliciesResource

        return PoliciesResource(self)

    @property
    def aio(self) -> "AsyncResources":
        """The resources with coroutine methods (``await client.aio.<resource>.<operation>(...)``), on this client."""
        from .resources import AsyncResources

        return AsyncResources(self)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for sync calls (it overrides cookies, headers and timeout set here)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._default_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter the underlying httpx.Client's context (it cannot be entered twice)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Close the underlying httpx.Client."""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async calls (it overrides cookies, headers and timeout set here)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._default_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the underlying httpx.AsyncClient's context (it cannot be entered twice)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Close the underlying httpx.AsyncClient."""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


@define
class AuthenticatedClient(Client):
    """A Client that sends ``Authorization: <prefix> <token>`` when it builds its own httpx clients.

    The token never appears in ``repr()``. Clients handed over with ``set_httpx_client`` bring their own
    authentication (``policy_clients`` uses ``httpx.Auth`` flows) and ``token`` may stay empty.

    Attributes:
        token: the bearer token.
        prefix: the scheme before the token (empty for none).
        auth_header_name: the header that carries it.
    """

    token: str = field(default="", kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _default_headers(self) -> dict[str, str]:
        headers = dict(self._headers)
        if self.token:
            headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return headers
