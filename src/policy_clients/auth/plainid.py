"""PlainID management API tokens from client credentials (``POST /api/1.0/api-key/token``).

Only the token request is PlainID's: caching, the one-fetch-at-a-time rule, refresh before expiry and
the single replay after a 401 are ``token_cache.CachedTokenFetcher``'s, as for ConductorOne.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from .._safety import ensure_secure_url
from .._secret import Secret, hides_credentials
from .bearer import validate_header_secret
from .errors import CredentialError, PlainIdTokenError
from .token_cache import (
    CachedTokenAuth,
    CachedTokenFetcher,
    IssuedToken,
    oauth2_form_request,
    parse_oauth2_token_response,
)

__all__ = ["TOKEN_PATH", "PlainIdClientCredentials"]

TOKEN_PATH = "/api/1.0/api-key/token"  # noqa: S105 - a URL path, not a password
TOKEN_OPERATION = "plainid.token"  # noqa: S105 - an operation label


class _PlainIdTokenSource:
    """The form PlainID's token endpoint takes: ``grant_type``, ``client_id``, ``client_secret``."""

    def __init__(self, client_id: str, client_secret: Secret, token_url: httpx.URL) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self.where = f"PlainID token endpoint {token_url}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r})"

    def token_request(self, request: httpx.Request, now: float) -> httpx.Request:
        fields = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret.reveal(),
        }
        return oauth2_form_request(self.token_url, fields, operation=TOKEN_OPERATION)

    def parse(self, response: httpx.Response, body: bytes, sent_at: float) -> IssuedToken:
        return parse_oauth2_token_response(response, body, sent_at, self.where)


class PlainIdClientCredentials(CachedTokenAuth):
    """Fetch, cache and refresh a PlainID management API token; replay once on a 401 with a fresh one."""

    @hides_credentials
    def __init__(
        self,
        client_id: str,
        client_secret: Secret | str,
        *,
        token_url: str,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 10.0,
    ) -> None:
        secret = Secret.of(client_secret)
        for what, value in (("client id", client_id), ("client secret", secret.reveal())):
            try:
                validate_header_secret(value, what)
            except (TypeError, ValueError) as error:
                raise CredentialError(f"PlainID {error}") from None
        self.client_id = client_id
        self.token_url = httpx.URL(token_url)
        ensure_secure_url(self.token_url)
        source = _PlainIdTokenSource(client_id, secret, self.token_url)
        self.fetcher = CachedTokenFetcher(
            source, clock=clock, refresh_margin=refresh_margin, error_class=PlainIdTokenError
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, client_secret='***', "
            f"token_url={str(self.token_url)!r})"
        )
