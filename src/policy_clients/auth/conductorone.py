"""ConductorOne OAuth2 client credentials with an Ed25519 JWT assertion, as the vendor's Go SDK does it.

The token request is yielded from the auth flow, so it travels through the caller's own client
(transport, proxies, event hooks, timeouts) for both ``httpx.Client`` and ``httpx.AsyncClient``.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .._safety import ensure_secure_url
from .._secret import Secret, hides_credentials, reveal
from ._jose import b64url_decode, sign_eddsa_jws
from .bearer import BearerTokenAuth
from .errors import ConductorOneSecretError, ConductorOneTokenError
from .token_cache import (
    CachedTokenAuth,
    CachedTokenFetcher,
    IssuedToken,
    oauth2_form_request,
    parse_oauth2_token_response,
)

__all__ = [
    "CLIENT_ASSERTION_TYPE",
    "TOKEN_PATH",
    "ConductorOneBearer",
    "ConductorOneClientCredentials",
    "ParsedClientSecret",
    "audience_from_token_host",
    "make_client_assertion",
    "parse_client_secret",
    "token_host_from_client_id",
]

CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
TOKEN_PATH = "/auth/v1/token"  # noqa: S105 - a URL path, not a password
ASSERTION_SKEW_SECONDS = 120
TENANT_DOMAIN = ".conductor.one"
TOKEN_OPERATION = "conductorone.token"  # noqa: S105 - an operation label
_SECRET_VERSION = "v1"  # noqa: S105 - the secret format version
_NONCE = re.compile(r"[0-9a-f]{32}")
# A DNS name (labels of letters, digits, inner '-') or a bracketed IPv6 address, optional port: nothing in a
# client id may steer its token request to a host other than the one it names (no '/', '@', '_', '~').
_HOST = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?"
    r"|\[[0-9a-f:.]+\](:[0-9]{1,5})?"
)

ConductorOneBearer = BearerTokenAuth
"""Pre-issued ConductorOne access tokens are plain bearer tokens."""


@dataclass(frozen=True)
class ParsedClientSecret:
    """The Ed25519 key (and optional JWK ``kid``) carried by a ConductorOne client secret."""

    private_key: Ed25519PrivateKey = field(repr=False)
    kid: str | None = None


@hides_credentials
def parse_client_secret(secret: Secret | str) -> ParsedClientSecret:
    """Decode ``secret-token:conductorone.com:v1:<base64url JWK>`` into its Ed25519 private key.

    Errors describe what is wrong with the shape, never the secret itself.
    """
    if not isinstance(secret, str | Secret):
        raise ConductorOneSecretError(f"client secret must be a str, got {type(secret).__name__}")
    parts = reveal(secret).strip().split(":")
    if len(parts) != 4:
        raise ConductorOneSecretError(f"client secret must have 4 ':'-separated parts, found {len(parts)}")
    if parts[2] != _SECRET_VERSION:
        raise ConductorOneSecretError("client secret has an unsupported version (third part must be 'v1')")
    try:
        jwk: Any = json.loads(b64url_decode(parts[3]))
    except ValueError:
        raise ConductorOneSecretError("client secret key part is not a base64url-encoded JSON object") from None
    if not isinstance(jwk, dict):
        raise ConductorOneSecretError("client secret key part is not a base64url-encoded JSON object")
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519":
        raise ConductorOneSecretError("client secret key must be an OKP JWK on curve Ed25519")
    d = _jwk_bytes(jwk, "d", "private key")
    x = _jwk_bytes(jwk, "x", "public key")
    private_key = Ed25519PrivateKey.from_private_bytes(d)
    if private_key.public_key().public_bytes_raw() != x:
        raise ConductorOneSecretError("client secret JWK public key ('x') does not match its private key ('d')")
    kid = jwk.get("kid")
    if kid is not None and (not isinstance(kid, str) or not kid):
        raise ConductorOneSecretError("client secret JWK 'kid' must be a non-empty string")
    return ParsedClientSecret(private_key=private_key, kid=kid)


def _jwk_bytes(jwk: dict[str, Any], name: str, what: str) -> bytes:
    value = jwk.get(name)
    if not isinstance(value, str):
        raise ConductorOneSecretError(f"client secret JWK has no {what} ({name!r})")
    try:
        raw = b64url_decode(value)
    except ValueError:
        raise ConductorOneSecretError(f"client secret JWK {what} ({name!r}) is not base64url") from None
    if len(raw) != 32:
        raise ConductorOneSecretError(f"client secret JWK {what} ({name!r}) must be 32 bytes, got {len(raw)}")
    return raw


def token_host_from_client_id(client_id: str) -> str:
    """Return the token host of ``<name>@<host>/<suffix>``: lower-cased, port kept if present.

    A host without a dot is a tenant name (``name@acme/x`` means ``acme.conductor.one``), as in the Go SDK;
    unlike it, a dot-less host with a port (``localhost:8080``) is kept as it is rather than made unusable.
    """
    at = client_id.find("@")
    slash = client_id.find("/", at + 1) if at >= 0 else -1
    host = client_id[at + 1 : slash].lower() if slash >= 0 else ""
    if host and not any(mark in host for mark in ".:["):  # a bare tenant name, as the Go SDK reads it
        host += TENANT_DOMAIN
    if not host or not _HOST.fullmatch(host):
        raise ConductorOneSecretError(
            f"client id {client_id!r} must look like '<name>@<tenant>.conductor.one/<suffix>'"
        )
    return host


def audience_from_token_host(host: str) -> str:
    """Strip the port from a token host, as the assertion's ``aud`` carries the bare host."""
    if host.startswith("["):
        end = host.find("]")
        return host[1:end] if host[end + 1 :].startswith(":") else host
    return host.split(":", 1)[0]


def make_client_assertion(
    client_id: str,
    key: Ed25519PrivateKey,
    *,
    now: float,
    nonce: str,
    kid: str | None = None,
    audience: str | None = None,
) -> str:
    """Sign the client assertion JWS the vendor's Go SDK sends (EdDSA, nonce header, +/-2 min window).

    ``aud`` is the token host without its port: ``audience``, else the client id's host.
    """
    if not _NONCE.fullmatch(nonce):
        raise ValueError("nonce must be 32 lower-case hex characters")
    header: dict[str, Any] = {"alg": "EdDSA"}
    if kid is not None:
        header["kid"] = kid
    header["nonce"] = nonce
    issued_at = int(now)
    claims = {
        "iss": client_id,
        "sub": client_id,
        "aud": [audience or audience_from_token_host(token_host_from_client_id(client_id))],
        "exp": issued_at + ASSERTION_SKEW_SECONDS,
        "nbf": issued_at - ASSERTION_SKEW_SECONDS,
        "iat": issued_at,
    }
    return sign_eddsa_jws(header, claims, key)


class _ConductorOneTokenSource:
    """ConductorOne's token request (a fresh signed assertion each time) for ``CachedTokenFetcher``."""

    def __init__(
        self, client_id: str, key: Ed25519PrivateKey, kid: str | None, token_url: httpx.URL, audience: str
    ) -> None:
        self.client_id = client_id
        self._key = key
        self._kid = kid
        self.audience = audience
        self.token_url = token_url
        self.where = f"ConductorOne token endpoint {token_url}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r})"

    def token_request(self, request: httpx.Request, now: float) -> httpx.Request:
        assertion = Secret(
            make_client_assertion(
                self.client_id, self._key, now=now, nonce=secrets.token_hex(16), kid=self._kid, audience=self.audience
            )
        )
        fields = {
            "client_id": self.client_id,
            "grant_type": "client_credentials",
            "client_assertion_type": CLIENT_ASSERTION_TYPE,
            "client_assertion": assertion.reveal(),
        }
        return oauth2_form_request(self.token_url, fields, operation=TOKEN_OPERATION)

    def parse(self, response: httpx.Response, body: bytes, sent_at: float) -> IssuedToken:
        return parse_oauth2_token_response(response, body, sent_at, self.where)


class ConductorOneClientCredentials(CachedTokenAuth):
    """Fetch, cache and refresh a ConductorOne access token; replay once on a 401 with a fresh token.

    The cache, the single shared fetch and the deadlines are ``token_cache.CachedTokenFetcher``'s.
    """

    @hides_credentials
    def __init__(
        self,
        client_id: str,
        client_secret: Secret | str,
        *,
        token_url: str | None = None,
        token_host: str | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 10.0,
    ) -> None:
        """Set up the token source; ``token_host`` (``host[:port]``) replaces the client id's host.

        As with the SDK's tenant override, tokens then come from ``https://<token_host>/auth/v1/token`` and
        assertions name it as ``aud``. ``token_url`` replaces only the URL (a proxy, a local fake).
        """
        if not isinstance(client_id, str):
            raise ConductorOneSecretError("client id must be a str")
        host = token_host_from_client_id(client_id)
        if token_host is not None:
            if not isinstance(token_host, str) or not _HOST.fullmatch(token_host.lower()):
                raise ConductorOneSecretError(f"token host {token_host!r} is not a host name")
            host = token_host.lower()
        parsed = parse_client_secret(client_secret)
        self.client_id = client_id
        self.token_url = httpx.URL(token_url if token_url is not None else f"https://{host}{TOKEN_PATH}")
        ensure_secure_url(self.token_url)
        source = _ConductorOneTokenSource(
            client_id, parsed.private_key, parsed.kid, self.token_url, audience_from_token_host(host)
        )
        self.fetcher = CachedTokenFetcher(
            source, clock=clock, refresh_margin=refresh_margin, error_class=ConductorOneTokenError
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, client_secret='***', "
            f"token_url={str(self.token_url)!r})"
        )
