"""httpx clients with the retry loop above auth, error mapping and per-attempt logging.

httpx runs the auth flow inside ``Client.send`` and transports sit below it, so the retry loop
overrides ``send``: each attempt calls ``super().send`` with the client's auth and the auth flow runs
again (fresh token, fresh OCI signature, fresh request id). Generated operations call
``client.request(...)``, which ends in ``send``, so they get all of this without being wrapped.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
from httpx._client import USE_CLIENT_DEFAULT, UseClientDefault
from httpx._types import AuthTypes, CookieTypes

from ._body import DEFAULT_MAX_RESPONSE_SIZE, aread_limited, read_limited
from ._cookies import ResponseCookies
from ._errors import (
    APIError,
    MalformedResponseError,
    PolicyClientError,
    PreconditionFailedError,
    RateLimitedError,
    RedirectError,
    RequestTimeoutError,
    TokenEndpointError,
    TransportError,
    api_error_class,
)
from ._logging import http_logger
from ._redact import is_sensitive_name, redact_url
from ._retry import (
    CALL_DEADLINE,
    CREDENTIAL_REQUEST_EXTENSION,
    DEADLINE_EXTENSION,
    FINAL,
    NO_VENDOR_RULES,
    OPERATION_EXTENSION,
    RetryDecision,
    RetryPolicy,
    RetryState,
    VendorRetryRules,
    is_idempotent,
    parse_retry_after,
)
from ._safety import ensure_secure_url
from ._secret import E, without_locals

if TYPE_CHECKING:
    import anyio

__all__ = ["AsyncPolicyHTTPClient", "ErrorParser", "PolicyHTTPClient"]

ErrorParser = Callable[[bytes, int], "tuple[object | None, str | None]"]
"""Turns an error body and status into (the vendor's generated error model or None, a short message or None)."""

_RETRYABLE_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_UNSENT_EXCEPTIONS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MERGED_URLS = 512
"""Merged URLs a client remembers (``_merge_url``): far more paths than an API has, bounded per id."""


def _failed_request(exc: httpx.RequestError) -> httpx.Request | None:
    return getattr(exc, "_request", None)  # httpx's .request property raises when none was attached


def _scrubbed(error: E) -> E:
    """Drop the frames below the facade from an error and its causes before it reaches the caller.

    Those frames hold the request with its ``Authorization`` header, the token response, the signing
    input; ``traceback.TracebackException(capture_locals=True)`` and pytest's ``--showlocals`` would
    print them. The message, type and attributes say what failed.
    """
    return without_locals(error)


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


class _Attempts:
    """Per-request loop state shared by the sync and async clients (no I/O here)."""

    def __init__(self, owner: _PolicyClientMixin, request: httpx.Request) -> None:
        self.owner = owner
        self.request = request
        self.policy = owner.retry_policy
        self.operation = request.extensions.get(OPERATION_EXTENSION)
        self.state = RetryState(
            self.policy,
            idempotent=is_idempotent(request.method, request.extensions),
            replayable=isinstance(request.stream, httpx.ByteStream),
        )
        self._timeout = request.extensions.get("timeout")
        self._attempt_started = 0.0
        rules = owner.retry_rules
        if rules.retry_headers and self.policy.max_attempts > 1:
            for name, value in rules.retry_headers.items():
                if name not in request.headers:
                    request.headers[name] = value
        self.deadline: float | None = None

    def reads_body(self, response: httpx.Response) -> bool:
        """Whether ``after_response`` needs the body read first (a vendor rule looks at the error code)."""
        status = response.status_code
        return status not in self.policy.retry_statuses and self.owner.retry_rules.reads_body(status)

    def start_attempt(self) -> None:
        """Shorten this attempt's timeouts to what is left of the overall deadline, and publish the deadline.

        The deadline (``time.monotonic()`` based) goes into the request's extensions, for token-fetch
        waiters, and bounds the whole attempt, body included (``_deadline`` sync, a cancel scope async).
        """
        remaining = self.state.remaining()
        extensions = dict(self.request.extensions)
        if remaining is not None:
            left = max(remaining, 0.001)
            self.deadline = time.monotonic() + left
            extensions[DEADLINE_EXTENSION] = self.deadline
            if isinstance(self._timeout, dict):
                extensions["timeout"] = {
                    k: left if v is None else min(float(v), left) for k, v in self._timeout.items()
                }
        self.request.extensions = extensions
        self._attempt_started = self.policy.clock()

    def time_left(self) -> float | None:
        """Seconds until this attempt's deadline (None: no deadline)."""
        return None if self.deadline is None else max(0.0, self.deadline - time.monotonic())

    def _elapsed(self) -> float:
        return self.policy.clock() - self._attempt_started

    def after_exception(self, exc: httpx.RequestError) -> RetryDecision:
        """Record a failed attempt that got no (readable) response, and decide about the next.

        "Surely unsent" holds only for a failure to reach the first hop, or a failure of the token request
        that had to come first. A failure on a later redirect hop means the origin did get the request.
        """
        retryable = isinstance(exc, _RETRYABLE_EXCEPTIONS)
        failed = _failed_request(exc)
        if failed is not None and failed.extensions.get(CREDENTIAL_REQUEST_EXTENSION):
            unsent = retryable  # the API request was never sent: its token fetch failed first
        else:
            unsent = isinstance(exc, _UNSENT_EXCEPTIONS) and (failed is None or failed is self.request)
        # A response that could not be read (corrupt encoding, endless redirects) came from a server that
        # did get the request; a local refusal (CR/LF in a header, unsupported scheme) sent nothing.
        answered = isinstance(exc, httpx.DecodingError | httpx.TooManyRedirects)
        self.state.record(
            type(exc).__name__, self._elapsed(), may_have_succeeded=(retryable or answered) and not unsent
        )
        decision = self.state.decide(retryable=retryable, surely_unsent=unsent, retry_after=None)
        self._log(type(exc).__name__, decision)
        return decision

    def after_token_failure(self, exc: TokenEndpointError) -> RetryDecision:
        """Record an attempt whose token fetch failed (the API request was not sent), and decide."""
        outcome = f"token {exc.status_code or 'failure'}"
        self.state.record(outcome, self._elapsed(), may_have_succeeded=False, status_code=exc.status_code)
        decision = self.state.decide(retryable=exc.retryable, surely_unsent=True, retry_after=None)
        self._log(outcome, decision)
        return decision

    def token_error(self, exc: TokenEndpointError, decision: RetryDecision) -> PolicyClientError:
        """The final error of a failed token fetch: a timeout when it timed out or the deadline ended the retries."""
        if exc.timed_out or (exc.retryable and decision.reason.startswith("deadline")):
            where = " ".join(p for p in (self.owner.vendor, self.operation) if p) or "request"
            timeout = RequestTimeoutError(f"{where}: the call's deadline passed while fetching a token: {exc}")
            timeout.__cause__ = exc
            return self.annotate(timeout)
        return self.annotate(exc)

    def annotate(self, error: PolicyClientError) -> PolicyClientError:
        """Fill in vendor, operation and attempts on an error raised below the retry loop."""
        error.vendor = error.vendor or self.owner.vendor
        error.operation = error.operation or self.operation
        if not error.attempt_history:
            error.attempt_history = tuple(self.state.attempts)
        return error

    def after_response(self, response: httpx.Response) -> RetryDecision:
        """Record an attempt that got a response, and decide about the next."""
        status = response.status_code
        self.state.record(str(status), self._elapsed(), may_have_succeeded=status >= 500, status_code=status)
        retryable = status in self.policy.retry_statuses or (
            self.owner.retry_rules.reads_body(status) and self.owner.retry_rules.retryable(status, response.content)
        )
        if not retryable:
            decision = FINAL
        else:
            decision = self.state.decide(
                retryable=True, surely_unsent=False, retry_after=parse_retry_after(response.headers, self.policy.now)
            )
        self._log(str(status), decision)
        return decision

    def _log(self, outcome: str, decision: RetryDecision) -> None:
        if not http_logger.isEnabledFor(logging.DEBUG):
            return
        attempt = self.state.attempts[-1]
        http_logger.debug(
            "%s %s %s attempt %d -> %s in %.3fs; %s",
            self.owner.vendor or "-",
            self.request.method,
            redact_url(str(self.request.url)),
            attempt.number,
            outcome,
            attempt.elapsed,
            f"retrying in {decision.delay:.3f}s ({decision.reason})" if decision.retry else f"done ({decision.reason})",
            extra={
                "policy_clients_vendor": self.owner.vendor,
                "policy_clients_operation": self.operation,
                "policy_clients_attempt": attempt.number,
                "policy_clients_outcome": outcome,
                "policy_clients_retry": decision.retry,
                "policy_clients_delay": decision.delay,
            },
        )

    def needs_raise(self, response: httpx.Response) -> bool:
        """Whether the final response becomes an exception.

        A 412 to an ``if-match`` request after an ambiguous earlier attempt always raises, even with
        ``raise_for_status=False``, because returning it would hide that the write may have happened.
        """
        if response.status_code < 400:
            return False
        return self.owner.raise_for_status or self._ambiguous_412(response)

    def _ambiguous_412(self, response: httpx.Response) -> bool:
        return (
            response.status_code == 412
            and "if-match" in self.request.headers
            and self.state.earlier_attempt_may_have_succeeded
        )

    def api_error(self, response: httpx.Response) -> APIError:
        """Build the mapped error for a final error response whose body has been read."""
        body = response.content
        model, detail = self.owner.parse_error(body, response.status_code)
        common: dict[str, Any] = {
            "vendor": self.owner.vendor,
            "operation": self.operation,
            "method": self.request.method,
            "headers": response.headers,
            "body": body,
            "error_model": model,
            "detail": detail,
            "attempt_history": self.state.attempts,
            "request": response.request,  # the last hop's: its URL and the request id sent show in the message
        }
        cls = api_error_class(response.status_code)
        if cls is PreconditionFailedError:
            return PreconditionFailedError(
                status_code=response.status_code,
                earlier_attempt_may_have_succeeded=self._ambiguous_412(response),
                **common,
            )
        error = cls(status_code=response.status_code, **common)
        if isinstance(error, RateLimitedError):
            error.retry_after = parse_retry_after(response.headers, self.policy.now)
        return error

    def transport_error(self, exc: httpx.RequestError) -> TransportError:
        """Build the mapped error for a final failure below HTTP (or of reading the response)."""
        cls: type[TransportError] = TransportError
        if isinstance(exc, httpx.TimeoutException):
            cls = RequestTimeoutError
        elif isinstance(exc, httpx.TooManyRedirects):
            cls = RedirectError
        elif isinstance(exc, httpx.DecodingError):
            cls = MalformedResponseError
        where = " ".join(p for p in (self.owner.vendor, self.operation) if p) or "request"
        message = f"{where}: {type(exc).__name__} on {self.request.method} {redact_url(str(self.request.url))}"
        detail = str(exc)
        if detail:
            message += f": {detail[:300]}"
        if len(self.state.attempts) > 1:
            message += f" (after {len(self.state.attempts)} attempts)"
        return cls(
            message,
            request=self.request,
            vendor=self.owner.vendor,
            operation=self.operation,
            attempt_history=self.state.attempts,
        )


def _no_error_model(body: bytes, status: int) -> tuple[object | None, str | None]:
    return None, None


class _PolicyClientMixin:
    """Settings shared by the sync and async clients."""

    vendor: str | None
    retry_policy: RetryPolicy
    retry_rules: VendorRetryRules
    raise_for_status: bool
    max_response_size: int | None
    _error_parser: ErrorParser
    _cookies: httpx.Cookies
    _merged_urls: dict[str, tuple[httpx.URL, httpx.URL]]

    def _setup(
        self,
        vendor: str | None,
        retry: RetryPolicy | None,
        raise_for_status: bool,
        error_parser: ErrorParser | None,
        retry_rules: VendorRetryRules | None,
        max_response_size: int | None,
    ) -> None:
        if max_response_size is not None and max_response_size < 1:
            raise ValueError("max_response_size must be at least 1 (or None for no limit)")
        self.vendor = vendor
        self.retry_policy = RetryPolicy() if retry is None else retry
        self.retry_rules = retry_rules or NO_VENDOR_RULES
        self.raise_for_status = raise_for_status
        self.max_response_size = max_response_size
        self._error_parser = error_parser or _no_error_model
        self._cookies = ResponseCookies(self._cookies)  # httpx's jar, copied
        self._merged_urls = {}

    @property
    def cookies(self) -> httpx.Cookies:
        """The client's cookies (httpx's; responses without ``Set-Cookie`` skip the cookiejar)."""
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: CookieTypes) -> None:
        self._cookies = ResponseCookies(cookies)

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        """Httpx's base URL + path merge, remembered per path string for the base URL it was made with.

        Generated operations pass a path string; merging parses it and then the joined URL again (two
        ``urlparse`` runs, about 5% of a call on the fast transport). ``httpx.URL`` is immutable, so the
        result can be handed to every request for that path; setting ``base_url`` makes a new URL object,
        which the identity check notices. Bounded: a service calling many distinct ids only re-parses.
        """
        if not isinstance(url, str):
            return super()._merge_url(url)  # type: ignore[misc,no-any-return]
        base: httpx.URL = self.base_url  # type: ignore[attr-defined]
        known = self._merged_urls.get(url)
        if known is not None and known[0] is base:
            return known[1]
        merged: httpx.URL = super()._merge_url(url)  # type: ignore[misc]
        if len(self._merged_urls) >= _MERGED_URLS:
            self._merged_urls.clear()
        self._merged_urls[url] = (base, merged)
        return merged

    def _build_redirect_request(self, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        """Httpx's next hop, minus anything that would carry credentials where they must not go.

        A token request (its body holds a signed assertion) is never redirected to another origin; a hop
        to another origin drops every credential-named header (httpx itself drops only ``Authorization``);
        a hop that still carries credentials must be https (or loopback).
        """
        next_request: httpx.Request = super()._build_redirect_request(request, response)  # type: ignore[misc]
        cross_origin = not _same_origin(next_request.url, request.url)
        if cross_origin and request.extensions.get(CREDENTIAL_REQUEST_EXTENSION):
            raise RedirectError(
                f"refusing to follow a redirect of a credential request to another origin ({next_request.url.host!r})",
                request=request,
            )
        if cross_origin:
            for name in [n for n in next_request.headers if is_sensitive_name(n)]:
                del next_request.headers[name]
        if "authorization" in next_request.headers or request.extensions.get(CREDENTIAL_REQUEST_EXTENSION):
            try:
                ensure_secure_url(next_request.url)
            except PolicyClientError as exc:
                raise RedirectError(f"refusing a redirect: {exc}", request=request) from None
        return next_request

    def parse_error(self, body: bytes, status: int) -> tuple[object | None, str | None]:
        """Parse an error body into the vendor's error model and a message; garbage gives (None, None)."""
        if not body:
            return None, None
        try:
            return self._error_parser(body, status)
        except (Exception, RecursionError):  # a malformed error body must not hide the HTTP error itself
            return None, None

    def _describe(self) -> str:
        return (
            f"vendor={self.vendor!r}, retry={self.retry_policy!r}, raise_for_status={self.raise_for_status}, "
            f"max_response_size={self.max_response_size}"
        )


class PolicyHTTPClient(_PolicyClientMixin, httpx.Client):
    """``httpx.Client`` that retries above auth and raises ``policy_clients`` errors.

    Args:
        vendor: name used in log records and errors.
        retry: the retry policy (``None``: ``RetryPolicy()`` defaults; ``RetryPolicy.disabled()`` for one attempt).
            Its deadline bounds the whole call, body included (with httpx's own transport).
        raise_for_status: raise an ``APIError`` subclass for a final status >= 400. With False the
            response is returned and the generated operations parse their error models as usual.
        error_parser: the vendor's error body parser (see ``ErrorParser``).
        retry_rules: what the vendor's own SDK also retries (``VendorRetryRules``).
        max_response_size: largest response body read, in bytes after decompression (None: no limit).
        **kwargs: passed to ``httpx.Client``.

    """

    def __init__(
        self,
        *,
        vendor: str | None = None,
        retry: RetryPolicy | None = None,
        raise_for_status: bool = True,
        error_parser: ErrorParser | None = None,
        retry_rules: VendorRetryRules | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._setup(vendor, retry, raise_for_status, error_parser, retry_rules, max_response_size)
        from ._deadline import install_deadline_backend  # loads httpcore, as httpx's transport just did

        install_deadline_backend(self._transport)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, {self._describe()})"

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send with retries; every attempt runs the auth flow again."""
        attempts = _Attempts(self, request)
        sleep = self.retry_policy.sleep
        while True:
            attempts.start_attempt()
            scope = CALL_DEADLINE.set(attempts.deadline)
            try:
                response = super().send(request, stream=True, auth=auth, follow_redirects=follow_redirects)
                if not stream or response.status_code >= 400:  # error bodies are read here, within the limits
                    read_limited(response, self.max_response_size)
            except TokenEndpointError as exc:
                decision = attempts.after_token_failure(exc)
                if not decision.retry:
                    raise _scrubbed(attempts.token_error(exc, decision)) from None
                sleep(decision.delay)
                continue
            except PolicyClientError as exc:
                raise _scrubbed(attempts.annotate(exc)) from None
            except httpx.RequestError as exc:
                decision = attempts.after_exception(exc)
                if not decision.retry:
                    raise _scrubbed(attempts.transport_error(_scrubbed(exc))) from exc
                sleep(decision.delay)
                continue
            finally:
                CALL_DEADLINE.reset(scope)
            if attempts.reads_body(response):
                response.read()
            decision = attempts.after_response(response)
            if decision.retry:
                response.close()
                sleep(decision.delay)
                continue
            if attempts.needs_raise(response):
                response.close()
                raise _scrubbed(attempts.api_error(response))
            return response


class AsyncPolicyHTTPClient(_PolicyClientMixin, httpx.AsyncClient):
    """``httpx.AsyncClient`` that retries above auth, raises ``policy_clients`` errors, and queues fairly.

    ``max_concurrency`` (default: ``limits.max_connections``) caps attempts in flight with a FIFO
    semaphore in front of the connection pool, so excess requests wait here instead of piling up
    inside httpcore's pool, whose cost grows with the number of waiters (encode/httpx#3215).
    Other arguments as for ``PolicyHTTPClient``; backoff sleeps use ``RetryPolicy.async_sleep``
    (default ``anyio.sleep``, so asyncio and trio both work).
    """

    def __init__(
        self,
        *,
        vendor: str | None = None,
        retry: RetryPolicy | None = None,
        raise_for_status: bool = True,
        error_parser: ErrorParser | None = None,
        retry_rules: VendorRetryRules | None = None,
        max_concurrency: int | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        **kwargs: Any,
    ) -> None:

        super().__init__(**kwargs)
        self._setup(vendor, retry, raise_for_status, error_parser, retry_rules, max_response_size)
        if max_concurrency is None:
            limits = kwargs.get("limits")
            max_concurrency = (limits if isinstance(limits, httpx.Limits) else httpx.Limits()).max_connections
        if max_concurrency is not None and max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.max_concurrency = max_concurrency
        # One gate per event loop: an anyio/asyncio semaphore must not be shared by tasks of two loops.
        self._gates: weakref.WeakKeyDictionary[object, anyio.Semaphore] = weakref.WeakKeyDictionary()
        self._gates_guard = threading.Lock()

    def _gate(self) -> anyio.Semaphore | None:
        import anyio
        import sniffio

        if not self.max_concurrency:
            return None
        if sniffio.current_async_library() != "asyncio":
            key: object = self  # trio: one gate (a trio run is one loop)
        else:
            import asyncio

            key = asyncio.get_running_loop()
        with self._gates_guard:
            gate = self._gates.get(key)
            if gate is None:
                gate = self._gates[key] = anyio.Semaphore(self.max_concurrency)
            return gate

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, {self._describe()})"

    async def _send_once(
        self,
        request: httpx.Request,
        stream: bool,
        auth: AuthTypes | UseClientDefault | None,
        follow_redirects: bool | UseClientDefault,
    ) -> httpx.Response:
        import anyio

        gate = self._gate()
        if gate is None:
            return await super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        try:
            gate.acquire_nowait()
        except anyio.WouldBlock:
            timeouts = request.extensions.get("timeout")
            wait = timeouts.get("pool") if isinstance(timeouts, dict) else None
            with anyio.move_on_after(wait) as scope:
                await gate.acquire()
            if scope.cancelled_caught:
                raise httpx.PoolTimeout("timed out waiting for a free connection slot", request=request) from None
        try:
            return await super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        finally:
            gate.release()

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send with retries; every attempt runs the auth flow again."""
        import anyio

        attempts = _Attempts(self, request)
        sleep = self.retry_policy.async_sleep or anyio.sleep
        while True:
            attempts.start_attempt()
            try:
                response = await self._bounded_attempt(request, stream, auth, follow_redirects, attempts)
            except TokenEndpointError as exc:
                decision = attempts.after_token_failure(exc)
                if not decision.retry:
                    raise _scrubbed(attempts.token_error(exc, decision)) from None
                await sleep(decision.delay)
                continue
            except PolicyClientError as exc:
                raise _scrubbed(attempts.annotate(exc)) from None
            except httpx.RequestError as exc:
                decision = attempts.after_exception(exc)
                if not decision.retry:
                    raise _scrubbed(attempts.transport_error(_scrubbed(exc))) from exc
                await sleep(decision.delay)
                continue
            if attempts.reads_body(response):
                await response.aread()
            decision = attempts.after_response(response)
            if decision.retry:
                await response.aclose()
                await sleep(decision.delay)
                continue
            if attempts.needs_raise(response):
                await response.aclose()
                raise _scrubbed(attempts.api_error(response))
            return response

    async def _bounded_attempt(
        self,
        request: httpx.Request,
        stream: bool,
        auth: AuthTypes | UseClientDefault | None,
        follow_redirects: bool | UseClientDefault,
        attempts: _Attempts,
    ) -> httpx.Response:
        """One attempt, body included, inside a cancel scope that ends at the call's deadline."""
        import anyio

        with anyio.move_on_after(attempts.time_left()) as scope:
            response = await self._send_once(request, True, auth, follow_redirects)
            try:
                if not stream or response.status_code >= 400:
                    await aread_limited(response, self.max_response_size)
            except BaseException:
                await response.aclose()
                raise
            return response
        assert scope.cancelled_caught
        raise httpx.ReadTimeout("the call's overall deadline passed", request=request)
