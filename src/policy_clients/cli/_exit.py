"""Exit codes, and the one-line message for every failure: CI logs show one line, never a traceback."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .._errors import (
    REQUEST_ID_HEADERS,
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PolicyClientError,
    TokenEndpointError,
    TransportError,
)
from .._redact import redact_text

__all__ = ["ExitCode", "Failure", "NoPolicyError", "UsageError", "failure_of"]


class ExitCode(enum.IntEnum):
    """The documented exit codes (README "Command line"); scripts branch on them, so they never change."""

    OK = 0
    DIFFERENT = 1  # `diff` found a difference
    USAGE = 2  # bad arguments or an unreadable / invalid policy file (argparse uses 2 too)
    AUTH = 3  # credentials refused (401/403) or the token endpoint issued none
    NOT_FOUND = 4  # 404: the policy (or its environment) does not exist
    CONFLICT = 5  # 409, or 412: a stale etag, someone else changed the policy first
    NETWORK = 6  # connection, TLS, timeout, redirect, or an unreadable / oversized response
    API = 7  # any other error status (400, 422, 429, 5xx) or a response the spec does not describe
    CONFIG = 8  # credentials or settings missing or unusable (no API key, no OCI profile, bad base URL)
    INTERNAL = 70  # a bug in policy-clients (EX_SOFTWARE); the message says what to report


class UsageError(Exception):
    """The command line or the policy file is wrong; the message says how."""


class NoPolicyError(Exception):
    """There is no live policy to pull (an Oso environment never written to); exit code 4 like a 404."""


@dataclass(frozen=True)
class Failure:
    """What the command line reports for an exception: its exit code, one line of text, and the request id."""

    code: ExitCode
    kind: str
    message: str
    status: int | None = None
    request_id: str | None = None


def _one_line(text: str) -> str:
    return " ".join(redact_text(text).split())


def _code(error: BaseException) -> ExitCode:
    if isinstance(error, UsageError):
        return ExitCode.USAGE
    if isinstance(error, AuthenticationError | TokenEndpointError):
        return ExitCode.AUTH
    if isinstance(error, NotFoundError | NoPolicyError):
        return ExitCode.NOT_FOUND
    if isinstance(error, ConflictError):
        return ExitCode.CONFLICT
    if isinstance(error, APIError):
        return ExitCode.API
    if isinstance(error, TransportError):
        return ExitCode.NETWORK
    if isinstance(error, ConfigurationError):
        return ExitCode.CONFIG
    if isinstance(error, PolicyClientError) or _is_unexpected_response(error):
        return ExitCode.API
    return ExitCode.INTERNAL


def _is_unexpected_response(error: BaseException) -> bool:
    """A generated package's ``errors.UnexpectedResponse`` (each package has its own class of that name)."""
    return any(cls.__name__ == "UnexpectedResponse" for cls in type(error).__mro__)


def failure_of(error: BaseException, *, sent_request_id: str | None = None) -> Failure:
    """Classify ``error``; ``sent_request_id`` is the id our last request carried, used when the answer named none."""
    code = _code(error)
    status = getattr(error, "status_code", None)
    request_id = getattr(error, "request_id", None)
    if request_id is None and _is_unexpected_response(error):
        headers = {k.lower(): v for k, v in dict(getattr(error, "headers", {}) or {}).items()}
        request_id = next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None)
    if request_id is None and (isinstance(error, APIError | TransportError) or _is_unexpected_response(error)):
        request_id = sent_request_id
    message = _one_line(str(error)) or type(error).__name__
    if code is ExitCode.INTERNAL:
        message = f"internal error ({type(error).__name__}: {message}); please report it"
    if request_id and request_id not in message:
        message += f" (request id {request_id})"
    return Failure(
        code=code,
        kind=type(error).__name__,
        message=message,
        status=status if isinstance(status, int) else None,
        request_id=request_id,
    )
