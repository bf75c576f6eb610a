"""Static bearer-token auth for vendors that take a pre-issued token."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from .._safety import ensure_secure_url
from .._secret import hides_credentials

__all__ = ["BearerTokenAuth", "validate_header_secret"]


def validate_header_secret(value: str, what: str) -> str:
    """Reject empty values and values that would break or inject HTTP headers, without echoing them."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, got {type(value).__name__}")
    if not value or value != value.strip():
        raise ValueError(f"{what} must be non-empty and carry no surrounding whitespace")
    if any(ord(ch) < 0x21 or ord(ch) > 0x7E for ch in value):
        raise ValueError(f"{what} must contain only visible ASCII characters")
    return value


class BearerTokenAuth(httpx.Auth):
    """Send ``Authorization: Bearer <token>`` on every attempt; the token never shows in the repr."""

    @hides_credentials
    def __init__(self, token: str) -> None:
        self._token = validate_header_secret(token, "token")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Attach the bearer token after checking the transport is safe."""
        ensure_secure_url(request.url)
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request
