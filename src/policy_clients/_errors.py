"""The facade's one error hierarchy; messages and reprs never carry credentials or raw bodies.

``TransportError`` and ``RequestTimeoutError`` also subclass httpx's own exceptions, so code written
against the generated operations' documented ``httpx.TimeoutException`` keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ._redact import redact_headers, redact_text, redact_url
from ._retry import AttemptRecord

__all__ = [
    "REQUEST_ID_HEADERS",
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "MalformedResponseError",
    "NotFoundError",
    "PolicyClientError",
    "PreconditionFailedError",
    "RateLimitedError",
    "RedirectError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "TokenEndpointError",
    "TransportError",
    "api_error_class",
    "redacted_request",
]

REQUEST_ID_HEADERS = ("opc-request-id", "x-request-id")
"""Response headers that carry the vendor's request id, first match wins (lookups ignore case)."""

_MAX_DETAIL = 300


def _summarise_attempts(history: Sequence[AttemptRecord]) -> str:
    return ", ".join(f"#{a.number} {a.outcome}" for a in history)


def _rebuild(cls: type[PolicyClientError], args: tuple[Any, ...], state: dict[str, Any]) -> PolicyClientError:
    """Unpickle without calling ``__init__`` (whose keyword-only signatures ``pickle`` cannot call)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` safe to keep on an error: no body, credential headers and query values redacted.

    Errors outlive the call (logged, pickled to another process, kept in a traceback), so they must not
    hold the ``Authorization`` header, an OCI signature or a token request's ``client_assertion``.
    """
    kept = {k: v for k, v in request.extensions.items() if k == "timeout" or k.startswith("policy_clients.")}
    return httpx.Request(
        request.method, redact_url(str(request.url)), headers=redact_headers(request.headers), extensions=kept
    )


class PolicyClientError(Exception):
    """Base of every error raised by the facade's client layer.

    Its text is redacted by shape (tokens, keys, assertions) whatever went into it, and it pickles (a
    ``ProcessPoolExecutor`` worker may raise it) with what it carries redacted.
    """

    vendor: str | None = None
    operation: str | None = None
    attempt_history: tuple[AttemptRecord, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*(redact_text(a) if isinstance(a, str) else a for a in args), **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))

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
        super().__init__(message, request=redacted_request(request) if request is not None else None)
        self.vendor = vendor
        self.operation = operation
        self.attempt_history = tuple(attempt_history)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendor={self.vendor!r}, operation={self.operation!r}, attempts={self.attempts})"


class RequestTimeoutError(TransportError, httpx.TimeoutException):
    """The last attempt timed out (connect, read, write or pool), or the overall deadline passed.

    The deadline (``RetryPolicy.deadline``) bounds the whole call: waiting for a token another caller is
    fetching, connecting, sending, and reading headers and body, however slowly the server trickles them.
    """


class ResponseTooLargeError(TransportError):
    """The response body (counted after decompression) grew past the client's ``max_response_size``.

    Raised while streaming, before the body is held in memory; ``status_code`` is the response's status
    and ``limit`` the size in bytes that was exceeded. The connection is closed, not reused.
    """

    def __init__(self, message: str, *, status_code: int, limit: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.status_code = status_code
        self.limit = limit


class MalformedResponseError(TransportError):
    """The server's answer could not be read as HTTP.

    Undecodable ``Content-Encoding`` (corrupt gzip), an invalid status line (``000``), broken framing.
    ``status_code`` is the status when one was parsed.
    """

    def __init__(self, message: str, *, status_code: int | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.status_code = status_code


class RedirectError(TransportError):
    """A redirect was not followed.

    Too many hops, or one that would carry credentials (a token request's assertion, a signature) to
    another origin or over plain HTTP.
    """


class TokenEndpointError(PolicyClientError):
    """A token endpoint (OAuth2 client credentials) did not issue a usable token.

    ``status_code`` is its HTTP status (``None`` when no usable response arrived) and ``body_excerpt`` a short,
    redacted piece of a non-200 body. ``retryable`` says whether the retry loop may try again (5xx, 408, 429,
    or no response); ``timed_out`` that the token request timed out (the facade then raises a
    ``RequestTimeoutError`` when it stops retrying). Concurrent callers waiting for the same fetch all get
    this same outcome.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body_excerpt: str = "",
        retryable: bool = False,
        timed_out: bool = False,
        vendor: str | None = None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body_excerpt = redact_text(body_excerpt)
        self.retryable = retryable
        self.timed_out = timed_out
        self.vendor = vendor
        self.operation = operation


class APIError(PolicyClientError):
    """The server answered with an error status (>= 400) on the last attempt.

    Attributes:
        vendor, operation: which client and generated operation (operationId) made the request.
        status_code: the HTTP status.
        headers: the response headers (credential-bearing ones such as ``Set-Cookie`` redacted).
        method, url: the request that got this answer (the last hop's URL, query secrets and userinfo
            redacted), so a wrong ``base_url`` shows in the message.
        request_id: the vendor's request id (``opc-request-id`` or ``X-Request-ID``) from the response, else
            the one the client sent (Oso's servers do not echo ``X-Request-ID``), for support tickets.
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
        request: httpx.Request | None = None,
    ) -> None:
        self.status_code = status_code
        self.vendor = vendor
        self.operation = operation
        self.method = method or (request.method if request is not None else None)
        self.url = redact_url(str(request.url)) if request is not None else None
        self.headers = httpx.Headers(redact_headers(headers or {}))
        self.request_id = _request_id(self.headers) or (_request_id(request.headers) if request is not None else None)
        self.body = body
        self.error_model = error_model
        self.detail = redact_text(detail[:_MAX_DETAIL]) if detail else None
        self.attempt_history = tuple(attempt_history)
        super().__init__(self._message())

    def _message(self) -> str:
        reason = httpx.codes.get_reason_phrase(self.status_code)
        where = " ".join(p for p in (self.vendor, self.operation) if p) or "request"
        text = f"{where}: HTTP {self.status_code} {reason}".rstrip()
        if self.url:
            text += f" from {self.method or 'request'} {self.url}"
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


def _request_id(headers: httpx.Headers) -> str | None:
    return next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None) or None


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
        request: httpx.Request | None = None,
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
            request=request,
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
