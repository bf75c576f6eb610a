"""The errors conductorone-client raises itself (the facade's errors cover the HTTP outcomes).

Catch ``UnexpectedResponse`` for a response that cannot be turned into the declared type: it carries
the status, headers and raw body, whatever went wrong (an undocumented status, a body that is not JSON
such as a proxy's HTML 502, a missing required field, a page of a paged operation that answered with an
error, a server that repeats a page cursor). ``StatusError`` (an ``UnexpectedResponse`` too) is what the
resource-style methods (``client.<tag>.<operation>(...)``) raise for an error status, so they can return
only the success type; it carries the parsed error model. ``InvalidRequest`` is raised before anything is
sent, for a request the spec says the server must refuse.
"""

from collections.abc import Mapping
from typing import Any

import httpx

_BODY_PREVIEW = 200


def _rebuild(cls: type[Exception], args: tuple[Any, ...], state: dict[str, Any]) -> Exception:
    """Unpickle an error without calling its keyword-only ``__init__`` (the default reduce would)."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class _Picklable(Exception):
    """Errors cross process boundaries (workers, pytest-xdist, task queues): they pickle with every attribute."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class UnexpectedResponse(_Picklable):
    """The response could not be turned into the type the API spec declares.

    Attributes:
        status_code: the HTTP status, any int (not only those ``http.HTTPStatus`` knows).
        headers: the response headers.
        content: the raw body.
        operation: the operationId of the call.
        reason: what was wrong.
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        operation: str = "",
        reason: str = "",
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.operation = operation
        self.reason = reason
        preview = content[:_BODY_PREVIEW].decode("utf-8", errors="replace")
        more = f" (+{len(content) - _BODY_PREVIEW} bytes)" if len(content) > _BODY_PREVIEW else ""
        where = f"{operation}: " if operation else ""
        super().__init__(f"{where}{reason or 'unexpected response'} (status {status_code}); body: {preview!r}{more}")

    @classmethod
    def from_response(cls, response: httpx.Response, *, operation: str, reason: str) -> "UnexpectedResponse":
        """Build the error from an httpx response."""
        return cls(response.status_code, response.content, headers=response.headers, operation=operation, reason=reason)


class UnexpectedStatus(UnexpectedResponse):
    """The status is not documented and ``Client.raise_on_unexpected_status`` is true."""


class MalformedResponse(UnexpectedResponse):
    """A documented status came with a body that does not match the spec (not JSON, missing fields...)."""


class StatusError(UnexpectedResponse):
    """The server answered with an error status; a resource-style method raises it instead of returning it.

    A ``policy_clients`` client (``raise_for_status=True``, its default) raises its own ``APIError`` first,
    so this is what a plain generated client, or a facade client with ``raise_for_status=False``, sees.

    Attributes:
        parsed: the error model the spec declares for that status (``Error``...), or None.
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        operation: str = "",
        parsed: object = None,
        reason: str = "the server answered with an error status",
    ) -> None:
        super().__init__(status_code, content, headers=headers, operation=operation, reason=reason)
        self.parsed = parsed


class PageError(StatusError):
    """A page of a paged operation (``pages`` / ``iterate``) answered with an error status, so paging stops.

    Attributes:
        parsed: the error model the spec declares for that status, or None.
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        operation: str = "",
        parsed: object = None,
    ) -> None:
        super().__init__(
            status_code,
            content,
            headers=headers,
            operation=operation,
            parsed=parsed,
            reason="a page answered with an error status",
        )


class RepeatingCursorError(UnexpectedResponse):
    """A page gave back the very cursor it was requested with: following it would fetch the same page forever.

    Attributes:
        cursor: the repeated cursor.
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        cursor: str,
        headers: Mapping[str, str] | None = None,
        operation: str = "",
    ) -> None:
        shown = cursor if len(cursor) <= 80 else cursor[:80] + "..."
        reason = f"the next-page cursor {shown!r} is the one just sent (the server is looping)"
        super().__init__(status_code, content, headers=headers, operation=operation, reason=reason)
        self.cursor = cursor


class InvalidRequest(_Picklable, ValueError):
    """The request breaks a rule of the API spec (e.g. a body's ``minProperties``); nothing was sent.

    Attributes:
        operation: the operationId of the call.
        reason: which rule the request breaks.
    """

    def __init__(self, *, operation: str, reason: str) -> None:
        self.operation = operation
        self.reason = reason
        super().__init__(f"{operation}: {reason}; the request was not sent")


__all__ = [
    "InvalidRequest",
    "MalformedResponse",
    "PageError",
    "RepeatingCursorError",
    "StatusError",
    "UnexpectedResponse",
    "UnexpectedStatus",
]
