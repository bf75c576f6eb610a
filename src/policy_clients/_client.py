"""httpx clients with the retry loop above auth, error mapping and per-attempt logging.

httpx runs the auth flow inside ``Client.send`` and transports sit below it, so the retry loop
overrides ``send``: each attempt calls ``super().send`` with the client's auth and the auth flow runs
again (fresh token, fresh OCI signature, fresh request id). Generated operations call
``client.request(...)``, which ends in ``send``, so they get all of this without being wrapped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
from httpx._client import USE_CLIENT_DEFAULT, UseClientDefault
from httpx._types import AuthTypes

from ._errors import (
    APIError,
    PolicyClientError,
    PreconditionFailedError,
    RateLimitedError,
    RequestTimeoutError,
    TransportError,
    api_error_class,
)
from ._logging import http_logger
from ._redact import redact_url
from ._retry import (
    NO_VENDOR_RULES,
    OPERATION_EXTENSION,
    RetryDecision,
    RetryPolicy,
    RetryState,
    VendorRetryRules,
    is_idempotent,
    parse_retry_after,
)

if TYPE_CHECKING:
    import anyio

__all__ = ["AsyncPolicyHTTPClient", "ErrorParser", "PolicyHTTPClient"]

ErrorParser = Callable[[bytes, int], "tuple[object | None, str | None]"]
"""Turns an error body and status into (the vendor's generated error model or None, a short message or None)."""

_RETRYABLE_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_UNSENT_EXCEPTIONS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


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

    def reads_body(self, response: httpx.Response) -> bool:
        """Whether ``after_response`` needs the body read first (a vendor rule looks at the error code)."""
        status = response.status_code
        return status not in self.policy.retry_statuses and self.owner.retry_rules.reads_body(status)

    def start_attempt(self) -> None:
        """Shorten this attempt's timeouts to what is left of the overall deadline."""
        remaining = self.state.remaining()
        if remaining is not None and isinstance(self._timeout, dict):
            left = max(remaining, 0.001)
            clipped = {k: left if v is None else min(float(v), left) for k, v in self._timeout.items()}
            self.request.extensions = {**self.request.extensions, "timeout": clipped}
        self._attempt_started = self.policy.clock()

    def _elapsed(self) -> float:
        return self.policy.clock() - self._attempt_started

    def after_exception(self, exc: httpx.TransportError) -> RetryDecision:
        """Record a failed attempt that got no response, and decide about the next."""
        retryable = isinstance(exc, _RETRYABLE_EXCEPTIONS)
        unsent = isinstance(exc, _UNSENT_EXCEPTIONS)
        self.state.record(type(exc).__name__, self._elapsed(), may_have_succeeded=retryable and not unsent)
        decision = self.state.decide(retryable=retryable, surely_unsent=unsent, retry_after=None)
        self._log(type(exc).__name__, decision)
        return decision

    def after_response(self, response: httpx.Response) -> RetryDecision:
        """Record an attempt that got a response, and decide about the next."""
        status = response.status_code
        self.state.record(str(status), self._elapsed(), may_have_succeeded=status >= 500, status_code=status)
        retryable = status in self.policy.retry_statuses or (
            self.owner.retry_rules.reads_body(status) and self.owner.retry_rules.retryable(status, response.content)
        )
        if not retryable:
            decision = RetryDecision(False, 0.0, "final")
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

    def transport_error(self, exc: httpx.TransportError) -> TransportError:
        """Build the mapped error for a final failure below HTTP."""
        cls = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
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
    _error_parser: ErrorParser

    def _setup(
        self,
        vendor: str | None,
        retry: RetryPolicy | None,
        raise_for_status: bool,
        error_parser: ErrorParser | None,
        retry_rules: VendorRetryRules | None,
    ) -> None:
        self.vendor = vendor
        self.retry_policy = RetryPolicy() if retry is None else retry
        self.retry_rules = retry_rules or NO_VENDOR_RULES
        self.raise_for_status = raise_for_status
        self._error_parser = error_parser or _no_error_model

    def parse_error(self, body: bytes, status: int) -> tuple[object | None, str | None]:
        """Parse an error body into the vendor's error model and a message; garbage gives (None, None)."""
        if not body:
            return None, None
        try:
            return self._error_parser(body, status)
        except Exception:  # a malformed error body must not hide the HTTP error itself
            return None, None

    def _describe(self) -> str:
        return f"vendor={self.vendor!r}, retry={self.retry_policy!r}, raise_for_status={self.raise_for_status}"


class PolicyHTTPClient(_PolicyClientMixin, httpx.Client):
    """``httpx.Client`` that retries above auth and raises ``policy_clients`` errors.

    Args:
        vendor: name used in log records and errors.
        retry: the retry policy (``None``: ``RetryPolicy()`` defaults; ``RetryPolicy.disabled()`` for one attempt).
        raise_for_status: raise an ``APIError`` subclass for a final status >= 400. With False the
            response is returned and the generated operations parse their error models as usual.
        error_parser: the vendor's error body parser (see ``ErrorParser``).
        retry_rules: what the vendor's own SDK also retries (``VendorRetryRules``).
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
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._setup(vendor, retry, raise_for_status, error_parser, retry_rules)

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
            try:
                response = super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
            except httpx.TransportError as exc:
                if isinstance(exc, PolicyClientError):
                    raise
                decision = attempts.after_exception(exc)
                if not decision.retry:
                    raise attempts.transport_error(exc) from exc
                sleep(decision.delay)
                continue
            if attempts.reads_body(response):
                response.read()
            decision = attempts.after_response(response)
            if decision.retry:
                response.close()
                sleep(decision.delay)
                continue
            if attempts.needs_raise(response):
                try:
                    response.read()
                finally:
                    response.close()
                raise attempts.api_error(response)
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
        **kwargs: Any,
    ) -> None:
        import anyio  # only async users pay for it

        super().__init__(**kwargs)
        self._setup(vendor, retry, raise_for_status, error_parser, retry_rules)
        if max_concurrency is None:
            limits = kwargs.get("limits")
            max_concurrency = (limits if isinstance(limits, httpx.Limits) else httpx.Limits()).max_connections
        if max_concurrency is not None and max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.max_concurrency = max_concurrency
        self._gate: anyio.Semaphore | None = anyio.Semaphore(max_concurrency) if max_concurrency else None

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

        gate = self._gate
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
                response = await self._send_once(request, stream, auth, follow_redirects)
            except httpx.TransportError as exc:
                if isinstance(exc, PolicyClientError):
                    raise
                decision = attempts.after_exception(exc)
                if not decision.retry:
                    raise attempts.transport_error(exc) from exc
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
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                raise attempts.api_error(response)
            return response
