"""Redaction of credentials from anything that may be logged, printed or put into an exception."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["REDACTED", "is_sensitive_name", "redact_headers", "redact_url"]

REDACTED = "[REDACTED]"

_SENSITIVE_NAMES = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "apikey",
        "x-auth-token",
        "x-csrf-token",
        "client_secret",
        "client_assertion",
        "access_token",
        "refresh_token",
        "id_token",
        "assertion",
        "password",
        "passphrase",
        "pass_phrase",
        "private_key",
    }
)
_SENSITIVE_PARTS = (
    "token",
    "secret",
    "password",
    "passphrase",
    "signature",
    "assertion",
    "api-key",
    "api_key",
    "apikey",
    "credential",
    "private",
    "session",
    "cookie",
)


def is_sensitive_name(name: str) -> bool:
    """Tell whether a header, query parameter or field name may carry a credential."""
    lowered = name.strip().lower()
    return lowered in _SENSITIVE_NAMES or any(part in lowered for part in _SENSITIVE_PARTS)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Header pairs (multi-values kept) with credential-bearing values replaced by ``[REDACTED]``."""
    pairs = (
        headers.multi_items()
        if hasattr(headers, "multi_items")
        else (headers.items() if isinstance(headers, Mapping) else headers)
    )
    return [(name, REDACTED if is_sensitive_name(name) else value) for name, value in pairs]


def redact_url(url: str) -> str:
    """Drop user info from a URL and replace the values of sensitive query parameters."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(is_sensitive_name(k) for k, _ in pairs):
            query = urlencode([(k, REDACTED if is_sensitive_name(k) else v) for k, v in pairs], safe="[]")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
