"""Redaction of credentials from anything that may be logged, printed or put into an exception."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["REDACTED", "is_sensitive_name", "redact_headers", "redact_text", "redact_url"]

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


# Shapes of credentials, whatever name or argument they arrive under (a swapped client id and secret,
# a server echoing our header, a key pasted into the wrong setting). Order matters: whole blocks first.
_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    # PEM blocks (private keys, certificates), also when the END line is missing (a truncated excerpt).
    (re.compile(r"-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|$)", re.S), REDACTED),
    # RFC 8959 secret-token URIs (ConductorOne client secrets).
    (re.compile(r"secret-token:[^\s'\"`,;)}\]]+", re.I), REDACTED),
    # JOSE: compact JWS/JWT (and any base64url JSON such as an encoded JWK) starts with base64url('{"').
    (re.compile(r"eyJ[A-Za-z0-9_-]{6,}(?:\.[A-Za-z0-9_-]*){0,2}"), REDACTED),
    # JWK private members in plain JSON.
    (re.compile(r'("(?:d|p|q|dp|dq|qi|k)"\s*:\s*")[^"]*(")'), rf"\1{REDACTED}\2"),
    # HTTP auth schemes: keep the scheme, drop the credential.
    (re.compile(r"\b((?i:bearer)|Basic|Digest)(\s+)[A-Za-z0-9._~+/=:-]+"), rf"\1\2{REDACTED}"),
    (re.compile(r'(\bsignature\s*=\s*")[^"]*(")', re.I), rf"\1{REDACTED}\2"),
    # name=value and "name": "value" pairs whose name says credential.
    (
        re.compile(
            r"""(["']?[\w-]*(?:token|secret|password|passphrase|assertion|api[_-]?key|signature|credential)"""
            r"""[\w-]*["']?\s*[:=]\s*["']?)([^"'&\s,;}]+)""",
            re.I,
        ),
        rf"\1{REDACTED}",
    ),
)
# Long random-looking runs (an API key or token with no telling shape): upper, lower and digits mixed.
_OPAQUE = re.compile(r"[A-Za-z0-9_+/-]{32,}={0,2}")


def _opaque(match: re.Match[str]) -> str:
    text = match.group(0)
    mixed = any(c.isupper() for c in text) and any(c.islower() for c in text) and any(c.isdigit() for c in text)
    return REDACTED if mixed else text


def redact_text(text: str) -> str:
    """Replace anything shaped like a credential in free text (error messages, excerpts, log lines)."""
    if not text:
        return text
    for pattern, replacement in _SHAPES:
        text = pattern.sub(replacement, text)
    return _OPAQUE.sub(_opaque, text)
