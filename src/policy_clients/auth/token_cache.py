"""Vendor-neutral cached access tokens for httpx auth flows (OAuth2 client credentials and the like).

A vendor supplies a ``TokenSource`` (how to build the token request, how to read the answer); this module
does the rest, the same way for every vendor, sync and async:

- one fetch at a time, and its one result, token *or* failure, serves every caller that waited for it
  (100 concurrent callers with no token make one token request, also when it fails);
- a waiter gives up at its own call's deadline (``RequestTimeoutError``), not after the fetch ahead of it;
- refresh before expiry, with a margin never more than half the token's lifetime (a 10 s token is not
  refetched on every call), and a token issued with ``expires_in: 0`` serves only the callers of its fetch;
- the token body is read with a size limit, and a failure is a ``TokenEndpointError`` whose
  ``retryable`` flag lets the facade's retry loop try again (5xx, 408, 429, no response);
- a 401 from the API invalidates the token and the request is replayed once with a fresh one.

The token request is yielded from the auth flow, so it travels through the caller's own client
(transport, proxies, event hooks, timeouts, deadline). It carries ``CREDENTIAL_REQUEST_EXTENSION`` so the
facade's client never follows a redirect of it to another origin and knows a failure of it means the
API request itself was never sent.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from .._body import aread_limited, read_limited
from .._errors import PolicyClientError, RequestTimeoutError, TokenEndpointError
from .._redact import redact_text
from .._retry import CREDENTIAL_REQUEST_EXTENSION, DEADLINE_EXTENSION, DEFAULT_RETRY_STATUSES
from .._safety import ensure_secure_url
from .._secret import Secret
from .bearer import validate_header_secret

__all__ = [
    "CREDENTIAL_REQUEST_EXTENSION",
    "DEADLINE_EXTENSION",
    "MAX_TOKEN_RESPONSE_SIZE",
    "CachedTokenAuth",
    "CachedTokenFetcher",
    "IssuedToken",
    "TokenFlight",
    "TokenSource",
    "header_token",
    "mark_credential_request",
    "oauth2_form_request",
    "parse_oauth2_token_response",
    "refuse_unless_ok",
    "wait_budget",
]

MAX_TOKEN_RESPONSE_SIZE = 64 * 1024
_EXCERPT_CHARS = 200


@dataclass(frozen=True)
class IssuedToken:
    """An access token; ``reusable`` is False when its lifetime is too short to cache at all."""

    value: Secret = field(repr=False)
    issued_at: float
    expires_at: float | None
    reusable: bool = True


class TokenSource(Protocol):
    """What a vendor supplies: the token request, and how to read its answer."""

    where: str
    """How errors name the endpoint (e.g. ``ConductorOne token endpoint https://...``)."""

    def token_request(self, request: httpx.Request, now: float) -> httpx.Request:
        """Build a fresh token request (a new assertion each time) for the API request ``request``."""

    def parse(self, response: httpx.Response, body: bytes, sent_at: float) -> IssuedToken:
        """Turn the token endpoint's answer into a token, or raise ``TokenEndpointError``."""


def oauth2_form_request(url: httpx.URL, fields: dict[str, str], *, operation: str) -> httpx.Request:
    """An RFC 6749 token request: a form POST, JSON answer expected, safe to repeat (a fetch changes nothing)."""
    return httpx.Request(
        "POST",
        url,
        data=fields,
        headers={"Accept": "application/json"},
        extensions={"policy_clients.operation": operation, "policy_clients.idempotent": True},
    )


def refuse_unless_ok(response: httpx.Response, body: bytes, where: str) -> None:
    """Raise ``TokenEndpointError`` for a non-200 answer, quoting a redacted excerpt of its body."""
    status = response.status_code
    if status != httpx.codes.OK:
        text = redact_text(body.decode("utf-8", "replace"))
        excerpt = text[:_EXCERPT_CHARS] + ("..." if len(text) > _EXCERPT_CHARS else "")
        raise TokenEndpointError(
            f"{where} answered HTTP {status}: {excerpt!r}",
            status_code=status,
            body_excerpt=excerpt,
            retryable=status in DEFAULT_RETRY_STATUSES,
        )


def header_token(value: object, where: str, status: int, name: str = "access_token") -> Secret:
    """A non-empty token that can go in a header, else ``TokenEndpointError`` (never quoting it)."""
    if not isinstance(value, str) or not value:
        raise TokenEndpointError(f"{where} answered 200 with an empty {name}", status_code=status)
    try:
        validate_header_secret(value, name)
    except ValueError:
        raise TokenEndpointError(f"{where} issued an {name} that cannot go in a header", status_code=status) from None
    return Secret(value)


def parse_oauth2_token_response(response: httpx.Response, body: bytes, sent_at: float, where: str) -> IssuedToken:
    """Read an RFC 6749 section 5.1 token response; errors never quote a 200 body (it may hold a token)."""
    status = response.status_code
    refuse_unless_ok(response, body, where)
    try:
        payload: Any = json.loads(body)
    except (ValueError, RecursionError):
        payload = None
    if not isinstance(payload, dict):
        raise TokenEndpointError(f"{where} answered 200 without a JSON object", status_code=status)
    value = header_token(payload.get("access_token"), where, status)
    token_type = payload.get("token_type")
    if token_type not in (None, "") and (not isinstance(token_type, str) or token_type.lower() != "bearer"):
        raise TokenEndpointError(f"{where} issued an unsupported token_type", status_code=status)
    expires_in = payload.get("expires_in")
    if isinstance(expires_in, str):
        try:
            expires_in = float(expires_in)
        except ValueError:
            expires_in = "invalid"
    if expires_in is not None and (
        isinstance(expires_in, bool) or not isinstance(expires_in, int | float) or not 0 <= expires_in < 10**9
    ):
        raise TokenEndpointError(f"{where} answered 200 with an invalid expires_in", status_code=status)
    if expires_in is None:  # no lifetime stated: cached until the API answers 401
        return IssuedToken(value, sent_at, None)
    # Counted from when the request left (errs early); a zero lifetime serves only the callers of this fetch.
    return IssuedToken(value, sent_at, sent_at + float(expires_in), reusable=expires_in > 0)


class TokenFlight:
    """One token fetch in progress; its future holds the token or the failure for every waiter."""

    def __init__(self) -> None:
        self.future: concurrent.futures.Future[IssuedToken] = concurrent.futures.Future()

    def wait(self, timeout: float | None) -> IssuedToken:
        """Block until the fetch ends (or ``timeout``), then return its token or raise its failure."""
        try:
            return self.future.result(timeout)
        except concurrent.futures.TimeoutError:
            raise _gave_up(timeout) from None
        except TokenEndpointError as error:
            raise _shared(error) from None

    async def async_wait(self, timeout: float | None) -> IssuedToken:
        """Await the fetch without blocking the event loop; as :meth:`wait`."""
        waiter = asyncio.wrap_future(self.future)
        done, _ = await asyncio.wait({waiter}, timeout=timeout)  # unlike wait_for, never cancels the fetch
        if not done:
            # Not cancelled (that would cancel the shared fetch); its outcome is read so asyncio does not warn.
            waiter.add_done_callback(lambda f: f.cancelled() or f.exception())
            raise _gave_up(timeout)
        try:
            return waiter.result()
        except TokenEndpointError as error:
            raise _shared(error) from None


def _gave_up(timeout: float | None) -> RequestTimeoutError:
    return RequestTimeoutError(
        f"gave up after {timeout or 0:.3f}s waiting for the token fetch of a concurrent call (the call's deadline)"
    )


def _shared(error: TokenEndpointError) -> TokenEndpointError:
    """A fresh exception per waiter (one instance raised in many threads would share a traceback)."""
    return _converted(error, type(error))


def wait_budget(request: httpx.Request) -> float | None:
    """How long a caller may wait for another caller's fetch: what is left of its own call's deadline."""
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    if isinstance(deadline, int | float):
        return max(0.0, deadline - time.monotonic())
    timeout = request.extensions.get("timeout")
    values = [v for v in timeout.values() if isinstance(v, int | float)] if isinstance(timeout, dict) else []
    return sum(values) if values else None


class CachedTokenFetcher:
    """The cache and the single-flight fetch, shared by every thread and event loop using one auth object."""

    def __init__(
        self,
        source: TokenSource,
        *,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 10.0,
        max_response_size: int = MAX_TOKEN_RESPONSE_SIZE,
        error_class: type[TokenEndpointError] = TokenEndpointError,
    ) -> None:
        if refresh_margin < 0:
            raise ValueError("refresh_margin must be >= 0")
        self.source = source
        self.clock = clock
        self.refresh_margin = refresh_margin
        self.max_response_size = max_response_size
        self.error_class = error_class
        self._token: IssuedToken | None = None
        self._flight: TokenFlight | None = None
        self._guard = threading.Lock()

    def prime(self, token: IssuedToken) -> None:
        """Start with a token the caller already holds (used until it expires or the API refuses it)."""
        with self._guard:
            self._token = token

    def invalidate(self, rejected: IssuedToken | None = None) -> None:
        """Forget the cached token (only ``rejected``, when given: another caller may have a newer one)."""
        with self._guard:
            if rejected is None or self._token is rejected:
                self._token = None

    def usable(self, token: IssuedToken | None) -> bool:
        """Whether a cached token can still be sent (refresh margin at most half its lifetime)."""
        if token is None or not token.reusable:
            return False
        if token.expires_at is None:
            return True
        margin = min(self.refresh_margin, (token.expires_at - token.issued_at) / 2)
        return self.clock() < token.expires_at - margin

    def cached(self) -> IssuedToken | None:
        """The cached token while it can still be sent, without starting a fetch."""
        with self._guard:
            return self._token if self.usable(self._token) else None

    def claim(self) -> tuple[IssuedToken | None, TokenFlight | None, bool]:
        """(cached token, None, False), or (None, flight to wait for, False), or (None, new flight, True: fetch it)."""
        with self._guard:
            if self.usable(self._token):
                return self._token, None, False
            if self._flight is not None:
                return None, self._flight, False
            flight = self._flight = TokenFlight()
            return None, flight, True

    def settle(self, flight: TokenFlight, token: IssuedToken | None, error: BaseException | None) -> None:
        """End a fetch: cache the token, wake the waiters with it or with the failure."""
        with self._guard:
            if self._flight is flight:
                self._flight = None
            if token is not None:
                self._token = token
        if flight.future.done():
            return
        if token is not None:
            flight.future.set_result(token)
        else:
            flight.future.set_exception(error or self._no_response())

    def _no_response(self) -> TokenEndpointError:
        return self.error_class(f"{self.source.where} gave no usable response", retryable=True)

    def parse(self, flight: TokenFlight, response: httpx.Response, body: bytes, sent_at: float) -> IssuedToken:
        """Parse the answer and settle the flight with the token or the failure."""
        try:
            token = self.source.parse(response, body, sent_at)
        except TokenEndpointError as error:
            failure = _converted(error, self.error_class) if type(error) is TokenEndpointError else error
            self.settle(flight, None, failure)
            raise failure from None
        except Exception as exc:  # whatever the source tripped over, the waiters must hear of it
            failure = self.error_class(f"{self.source.where} answered with an unreadable body ({type(exc).__name__})")
            self.settle(flight, None, failure)
            raise failure from None
        self.settle(flight, token, None)
        return token

    def token_request(self, request: httpx.Request) -> tuple[httpx.Request, float]:
        """A fresh token request for ``request``, marked as a credential request, under the same deadline."""
        sent_at = self.clock()
        token_request = self.source.token_request(request, sent_at)
        ensure_secure_url(token_request.url)
        mark_credential_request(token_request, request)
        return token_request, sent_at

    def abandon(self, flight: TokenFlight, exc: BaseException) -> None:
        """End a fetch that failed before its answer could be parsed; the waiters hear why."""
        self.settle(flight, None, _failure(exc, self))


def mark_credential_request(token_request: httpx.Request, request: httpx.Request) -> None:
    """Make ``token_request`` travel as a credential request under ``request``'s deadline and User-Agent.

    The facade's client then never redirects it to another origin and knows that its failure means the
    API request was never sent.
    """
    extensions = dict(token_request.extensions)
    extensions[CREDENTIAL_REQUEST_EXTENSION] = True
    for name in ("timeout", DEADLINE_EXTENSION):
        if name in request.extensions:
            extensions[name] = request.extensions[name]
    token_request.extensions = extensions
    # Built outside the client, it lacks the client's default headers; it identifies itself like the call.
    user_agent = request.headers.get("user-agent")
    if user_agent is not None and "user-agent" not in token_request.headers:
        token_request.headers["User-Agent"] = user_agent


def _converted(error: TokenEndpointError, cls: type[TokenEndpointError]) -> TokenEndpointError:
    return cls(
        str(error),
        status_code=error.status_code,
        body_excerpt=error.body_excerpt,
        retryable=error.retryable,
        timed_out=error.timed_out,
    )


class CachedTokenAuth(httpx.Auth):
    """``httpx.Auth`` sending ``Authorization: Bearer <token>`` from a ``CachedTokenFetcher``, sync and async."""

    fetcher: CachedTokenFetcher

    def invalidate(self) -> None:
        """Forget the cached token so the next request fetches a new one."""
        self.fetcher.invalidate()

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Authenticate for ``httpx.Client``; the token request is yielded through the same client."""
        ensure_secure_url(request.url)
        request.read()  # a 401 replay must be able to send the body again
        fetcher = self.fetcher
        for _attempt in range(2):
            token, flight, owner = fetcher.claim()
            if flight is not None and not owner:
                token = flight.wait(wait_budget(request))
            elif flight is not None:
                try:  # whatever happens here, the waiters of this flight must hear of it
                    token_request, sent_at = fetcher.token_request(request)
                    token_response = yield token_request
                    body = read_limited(token_response, fetcher.max_response_size)
                except BaseException as exc:  # GeneratorExit: httpx gave up on the token request
                    fetcher.abandon(flight, exc)
                    raise
                token = fetcher.parse(flight, token_response, body, sent_at)
            assert token is not None
            request.headers["Authorization"] = f"Bearer {token.value.reveal()}"
            response = yield request
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            fetcher.invalidate(token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authenticate for ``httpx.AsyncClient``; mirrors :meth:`sync_auth_flow`."""
        ensure_secure_url(request.url)
        await request.aread()
        fetcher = self.fetcher
        for _attempt in range(2):
            token, flight, owner = fetcher.claim()
            if flight is not None and not owner:
                token = await flight.async_wait(wait_budget(request))
            elif flight is not None:
                try:  # whatever happens here, the waiters of this flight must hear of it
                    token_request, sent_at = fetcher.token_request(request)
                    token_response = yield token_request
                    body = await aread_limited(token_response, fetcher.max_response_size)
                except BaseException as exc:
                    fetcher.abandon(flight, exc)
                    raise
                token = fetcher.parse(flight, token_response, body, sent_at)
            assert token is not None
            request.headers["Authorization"] = f"Bearer {token.value.reveal()}"
            response = yield request
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            fetcher.invalidate(token)


def _failure(exc: BaseException, fetcher: CachedTokenFetcher) -> TokenEndpointError:
    """What the waiters of a fetch that ended without a parsed answer are told."""
    if isinstance(exc, TokenEndpointError):
        return exc
    if isinstance(exc, PolicyClientError):
        return fetcher.error_class(f"{fetcher.source.where}: {exc}", retryable=False)
    # httpx closes the flow (GeneratorExit) while the real failure propagates: it is the context.
    cause = exc.__context__ if isinstance(exc, GeneratorExit) and exc.__context__ is not None else exc
    what = " (abandoned)" if isinstance(cause, GeneratorExit) else f" ({type(cause).__name__})"
    # The facade cancels an async attempt at its deadline (the flow is then closed late, without a cause):
    # for the waiters, that is the fetch timing out.
    timed_out = isinstance(cause, httpx.TimeoutException | TimeoutError | asyncio.CancelledError | GeneratorExit)
    return fetcher.error_class(
        f"{fetcher.source.where} gave no usable response{what}", retryable=True, timed_out=timed_out
    )
