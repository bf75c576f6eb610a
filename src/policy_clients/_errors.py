"""The facade's one error hierarchy; messages and reprs never carry credentials or raw bodies.

``TransportError`` and ``RequestTimeoutError`` also subclass httpx's own exceptions, so code written
against the generated operations' documented ``httpx.TimeoutException`` keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import httpx

from ._redact import redact_headers
from ._retry import AttemptRecord

__all__ = [
    "REQUEST_ID_HEADERS",
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "NotFoundError",
    "PolicyClientError",
    "PreconditionFailedError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ServerError",
    "TransportError",
    "api_error_class",
]

REQUEST_ID_HEADERS = ("opc-request-id", "x-request-id")
"""Response headers that carry the vendor's request id, first match wins (lookups ignore case)."""

_MAX_DETAIL = 300


def _summarise_attempts(history: Sequence[AttemptRecord]) -> str:
    return ", ".join(f"#{a.number} {a.outcome}" for a in history)


class PolicyClientError(Exception):
    """Base of every error raised by the facade's client layer."""

    vendor: str | None = None
    operation: str | None = None
    attempt_history: tuple[AttemptRecord, ...] = ()

    @property
    def attempts(self) -> int:
        """How many attempts were made before giving up."""
        return len(self.attempt_history)


class ConfigurationError(PolicyClientError, ValueError):
    """A factory was called without credentials or with settings it cannot use (the message names them)."""


class TransportError(PolicyClientError, httpx.TransportError):
    """The request failed below HTTP (connection refused or dropped, TLS, protocol error) on its last attempt.

    The original httpx exception is the ``__cause__``.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        vendor: str | None = None,
        operation: str | None = None,
        attempt_history: Sequence[AttemptRecord] = (),
    ) -> None:
        super().__init__(message, request=request)
        self.vendor = vendor
        self.operation = operation
        self.attempt_history = tuple(attempt_history)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendor={self.vendor!r}, operation={self.operation!r}, attempts={self.attempts})"


class RequestTimeoutError(TransportError, httpx.TimeoutException):
    """The last attempt timed out (connect, read, write or pool), or the overall deadline left no time."""


class APIError(PolicyClientError):
    """The server answered with an error status (>= 400) on the last attempt.

    Attributes:
        vendor, operation: which client and generated operation (operationId) made the request.
        status_code: the HTTP status.
        headers: the response headers (credential-bearing ones such as ``Set-Cookie`` redacted).
        request_id: the vendor's request id (``opc-request-id`` or ``X-Request-ID``), for support tickets.
        body: the raw response body (never part of ``str()``: it is the server's, not ours to print).
        error_model: the vendor's error model parsed from the body by the generated package, or ``None``.
        attempts / attempt_history: how many attempts were made, and what each did.

    """

    def __init__(
        self,
        *,
        status_code: int,
        vendor: str | None = None,
        operation: str | None = None,
        method: str | None = None,
        headers: httpx.Headers | Mapping[str, str] | None = None,
        body: bytes = b"",
        error_model: object | None = None,
        detail: str | None = None,
        attempt_history: Sequence[AttemptRecord] = (),
    ) -> None:
        self.status_code = status_code
        self.vendor = vendor
        self.operation = operation
        self.method = method
        self.headers = httpx.Headers(redact_headers(headers or {}))
        self.request_id = next((self.headers[h] for h in REQUEST_ID_HEADERS if h in self.headers), None)
        self.body = body
        self.error_model = error_model
        self.detail = detail[:_MAX_DETAIL] if detail else None
        self.attempt_history = tuple(attempt_history)
        super().__init__(self._message())

    def _message(self) -> str:
        reason = httpx.codes.get_reason_phrase(self.status_code)
        where = " ".join(p for p in (self.vendor, self.operation) if p) or "request"
        text = f"{where}: HTTP {self.status_code} {reason}".rstrip()
        if self.detail:
            text += f": {self.detail}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        if self.attempts > 1:
            text += f" after {self.attempts} attempts [{_summarise_attempts(self.attempt_history)}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(vendor={self.vendor!r}, operation={self.operation!r}, "
            f"status_code={self.status_code}, request_id={self.request_id!r}, attempts={self.attempts})"
        )


class AuthenticationError(APIError):
    """401 or 403: the credentials were refused or lack permission."""


class NotFoundError(APIError):
    """404: the resource (policy, environment, tenant path) does not exist."""


class ConflictError(APIError):
    """409: the resource is in a conflicting state (412 is the ``PreconditionFailedError`` subclass)."""


class PreconditionFailedError(ConflictError):
    """412: a precondition such as OCI's ``if-match`` etag did not hold.

    ``earlier_attempt_may_have_succeeded`` is True when the request was retried after an attempt that
    ended ambiguously (timeout, dropped connection, 5xx): that attempt may have applied the change and
    moved the etag, so this 412 may be caused by our own earlier write. Re-read the resource before
    deciding what to do; the message names the earlier attempts.
    """

    def __init__(
        self,
        *,
        status_code: int = 412,
        vendor: str | None = None,
        operation: str | None = None,
        method: str | None = None,
        headers: httpx.Headers | Mapping[str, str] | None = None,
        body: bytes = b"",
        error_model: object | None = None,
        detail: str | None = None,
        attempt_history: Sequence[AttemptRecord] = (),
        earlier_attempt_may_have_succeeded: bool = False,
    ) -> None:
        self.earlier_attempt_may_have_succeeded = earlier_attempt_may_have_succeeded
        super().__init__(
            status_code=status_code,
            vendor=vendor,
            operation=operation,
            method=method,
            headers=headers,
            body=body,
            error_model=error_model,
            detail=detail,
            attempt_history=attempt_history,
        )

    def _message(self) -> str:
        text = super()._message()
        if self.earlier_attempt_may_have_succeeded:
            earlier = [a for a in self.attempt_history[:-1] if a.may_have_succeeded]
            text += (
                f"; an earlier attempt may have succeeded ({_summarise_attempts(earlier)}), so the if-match "
                "etag may have been changed by this very request: re-read the resource before retrying"
            )
        return text


class RateLimitedError(APIError):
    """429: too many requests; ``retry_after`` holds the server-requested wait in seconds, if any."""

    retry_after: float | None = None


class ServerError(APIError):
    """5xx: the server failed."""


def api_error_class(status_code: int) -> type[APIError]:
    """Pick the most specific error class for an HTTP error status."""
    if status_code in (401, 403):
        return AuthenticationError
    if status_code == 404:
        return NotFoundError
    if status_code == 409:
        return ConflictError
    if status_code == 412:
        return PreconditionFailedError
    if status_code == 429:
        return RateLimitedError
    if status_code >= 500:
        return ServerError
    return APIError
