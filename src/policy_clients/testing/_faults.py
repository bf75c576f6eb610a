"""Scriptable faults: each one applies, in the order scripted, to the next matching requests."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["fail", "delay", "drop", "non_json", "unknown_fields", "unknown_enum", "headers"]
MAX_FAULT_COUNT = 10_000
DEFAULT_HTML = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


@dataclass
class Fault:
    """One scripted fault and how many more requests it applies to."""

    kind: FaultKind
    remaining: int
    path: str | None = None
    method: str | None = None
    status: int = 503
    retry_after: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    message: str | None = None
    body: str = ""
    content_type: str = "text/html; charset=utf-8"
    seconds: float = 0.0
    after_headers: bool = False
    processed: bool = False
    code: str | None = None

    def matches(self, method: str, path: str) -> bool:
        """Whether the fault applies to a request (path is a glob over the raw request path)."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


def _count(n: int) -> int:
    if not 1 <= n <= MAX_FAULT_COUNT:
        raise ValueError(f"n must be between 1 and {MAX_FAULT_COUNT}, got {n}")
    return n


class FaultInjector:
    """The queue of scripted faults for one fake.

    Faults apply only to requests that pass routing, auth and validation (a bad request still gets
    its 4xx); `path` (a glob such as `*/token`) and `method` narrow which requests a fault takes.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[Fault] = []

    def _add(self, fault: Fault) -> None:
        with self._lock:
            self._queue.append(fault)

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 503,
        retry_after: str | None = None,
        headers: dict[str, str] | None = None,
        message: str | None = None,
        path: str | None = None,
        method: str | None = None,
        code: str | None = None,
    ) -> None:
        """Answer the next `n` matching requests with `status` in the vendor's error shape (state untouched).

        `code`: the vendor error code in that body, where the vendor has codes (OCI's `LockConflict`...).
        """
        if not 400 <= status <= 599:
            raise ValueError(f"fail_next needs an error status, got {status}")
        self._add(
            Fault(
                "fail",
                _count(n),
                path,
                method,
                status,
                retry_after,
                dict(headers or {}),
                message or "injected",
                code=code,
            )
        )

    def set_headers_next(
        self, n: int, headers: dict[str, str], *, path: str | None = None, method: str | None = None
    ) -> None:
        """Handle the next `n` matching requests normally, then replace these response headers (a lying cursor...)."""
        self._add(Fault("headers", _count(n), path, method, headers=dict(headers)))

    def delay_next(self, n: int, seconds: float, *, path: str | None = None, method: str | None = None) -> None:
        """Hold the next `n` matching requests for `seconds` before handling them normally."""
        if not 0 <= seconds <= 600:
            raise ValueError(f"seconds must be between 0 and 600, got {seconds}")
        self._add(Fault("delay", _count(n), path, method, seconds=seconds))

    def drop_connection_next(
        self,
        n: int = 1,
        *,
        after_headers: bool = False,
        processed: bool = False,
        path: str | None = None,
        method: str | None = None,
    ) -> None:
        """Close the connection on the next `n` matching requests.

        `after_headers`: send the status line, headers and half the body first. `processed`: apply the
        request to the fake's state before dropping (the "lost response" case for idempotency tests).
        """
        self._add(Fault("drop", _count(n), path, method, after_headers=after_headers, processed=processed))

    def non_json_next(
        self,
        n: int = 1,
        *,
        status: int = 502,
        body: str = DEFAULT_HTML,
        content_type: str = "text/html; charset=utf-8",
        path: str | None = None,
        method: str | None = None,
    ) -> None:
        """Answer the next `n` matching requests with a non-JSON body, as a proxy in front of the vendor might."""
        self._add(Fault("non_json", _count(n), path, method, status, body=body, content_type=content_type))

    def unknown_fields_next(self, n: int = 1, *, path: str | None = None, method: str | None = None) -> None:
        """Add an unknown property to every object in the next `n` matching (otherwise valid) responses."""
        self._add(Fault("unknown_fields", _count(n), path, method))

    def unknown_enum_next(self, n: int = 1, *, path: str | None = None, method: str | None = None) -> None:
        """Replace every enum value in the next `n` matching responses with one the spec does not list."""
        self._add(Fault("unknown_enum", _count(n), path, method))

    def take(self, method: str, path: str) -> Fault | None:
        """Consume one application of the first queued fault that matches the request."""
        with self._lock:
            for index, fault in enumerate(self._queue):
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        del self._queue[index]
                    return fault
        return None

    @property
    def pending(self) -> int:
        """How many fault applications are still queued."""
        with self._lock:
            return sum(fault.remaining for fault in self._queue)

    def clear(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._queue.clear()
