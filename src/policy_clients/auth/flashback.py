"""Flashback access tokens from a refresh token (``POST /user/refresh``), as the vendor's TypeScript client does.

The answer carries a new refresh token each time (the old one is spent), kept for the next refresh.
Caching, one refresh at a time and the single replay after a 401 are ``token_cache.CachedTokenFetcher``'s.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from .._errors import TokenEndpointError
from .._safety import ensure_secure_url
from .._secret import Secret, hides_credentials
from .bearer import validate_header_secret
from .errors import CredentialError
from .token_cache import CachedTokenAuth, CachedTokenFetcher, IssuedToken, header_token, refuse_unless_ok

__all__ = ["REFRESH_PATH", "FlashbackRefreshTokenAuth"]

REFRESH_PATH = "/user/refresh"
REFRESH_OPERATION = "flashback.refresh"
_MILLISECONDS_FROM = 10**11  # an epoch timestamp this large is in milliseconds (year 5138 in seconds)


def _expires_at(value: object) -> float | None:
    """``expiresAt`` as epoch seconds; the TypeScript client types it only as a number (ms or s)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return None
    return float(value) / 1000 if value >= _MILLISECONDS_FROM else float(value)


class _FlashbackRefreshSource:
    """Flashback's refresh request and answer, holding the latest refresh token."""

    def __init__(self, refresh_token: Secret, refresh_url: httpx.URL) -> None:
        self._refresh_token = refresh_token
        self._lock = threading.Lock()
        self.refresh_url = refresh_url
        self.where = f"Flashback refresh endpoint {refresh_url}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(refresh_url={str(self.refresh_url)!r})"

    def token_request(self, request: httpx.Request, now: float) -> httpx.Request:
        with self._lock:
            current = self._refresh_token
        return httpx.Request(
            "POST",
            self.refresh_url,
            json={"refresh_token": current.reveal()},
            headers={"Accept": "application/json"},
            extensions={"policy_clients.operation": REFRESH_OPERATION, "policy_clients.idempotent": True},
        )

    def parse(self, response: httpx.Response, body: bytes, sent_at: float) -> IssuedToken:
        refuse_unless_ok(response, body, self.where)
        status = response.status_code
        try:
            payload: Any = json.loads(body)
        except (ValueError, RecursionError):
            payload = None
        if not isinstance(payload, dict) or payload.get("success") is False:
            raise TokenEndpointError(f"{self.where} answered 200 without a successful JSON object", status_code=status)
        access = header_token(payload.get("accessToken") or payload.get("token"), self.where, status, "accessToken")
        rotated = payload.get("refreshToken")
        if rotated is not None:
            new_refresh = header_token(rotated, self.where, status, "refreshToken")
            with self._lock:
                self._refresh_token = new_refresh
        expires_at = _expires_at(payload.get("expiresAt"))
        reusable = expires_at is None or expires_at > sent_at
        return IssuedToken(access, sent_at, expires_at, reusable=reusable)


class FlashbackRefreshTokenAuth(CachedTokenAuth):
    """Bearer access tokens refreshed with a (rotating) refresh token before expiry and once after a 401."""

    @hides_credentials
    def __init__(
        self,
        refresh_token: Secret | str,
        *,
        refresh_url: str,
        access_token: Secret | str | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 10.0,
    ) -> None:
        secret = Secret.of(refresh_token)
        for what, value in (("refresh token", secret), ("access token", access_token)):
            if value is None:
                continue
            try:
                validate_header_secret(Secret.of(value).reveal(), what)
            except (TypeError, ValueError) as error:
                raise CredentialError(f"Flashback {error}") from None
        self.refresh_url = httpx.URL(refresh_url)
        ensure_secure_url(self.refresh_url)
        self.fetcher = CachedTokenFetcher(
            _FlashbackRefreshSource(secret, self.refresh_url), clock=clock, refresh_margin=refresh_margin
        )
        if access_token is not None:  # used until the API refuses it, then refreshed
            self.fetcher.prime(IssuedToken(Secret.of(access_token), clock(), None))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(refresh_token='***', refresh_url={str(self.refresh_url)!r})"
