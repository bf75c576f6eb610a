"""What the fake records about each request, with credentials redacted."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

REDACTED = "[REDACTED]"
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "x-auth-token"}
)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers by lower-cased name; credential values replaced, keeping the auth scheme for assertions."""
    out: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        if key in SECRET_HEADERS:
            scheme = value.split(" ", 1)[0] if key in ("authorization", "proxy-authorization") and " " in value else ""
            value = f"{scheme} {REDACTED}" if scheme else REDACTED
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received and how it answered (`status` None when the connection was dropped)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    json: Any
    status: int | None
    operation_id: str | None = None
    fault: str | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)

    def header(self, name: str) -> str | None:
        """Return a recorded (redacted) header by case-insensitive name."""
        return self.headers.get(name.lower())


def parse_json(body: bytes, content_type: str | None) -> Any:
    """Return the JSON value of a body sent as JSON, else None."""
    if not body or not content_type or "json" not in content_type.lower():
        return None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser can follow
        return None


def parse_query(query_string: str) -> dict[str, list[str]]:
    """Query parameters, every value kept."""
    return parse_qs(query_string, keep_blank_values=True)
