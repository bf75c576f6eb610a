"""ConductorOne OAuth2 client credentials with an Ed25519 JWT assertion, as the vendor's Go SDK does it.

The token request is yielded from the auth flow, so it travels through the caller's own client
(transport, proxies, event hooks, timeouts) for both ``httpx.Client`` and ``httpx.AsyncClient``.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .._safety import ensure_secure_url
from ._jose import b64url_decode, sign_eddsa_jws
from .bearer import BearerTokenAuth, validate_header_secret
from .errors import ConductorOneSecretError, ConductorOneTokenError

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
TOKEN_OPERATION = "conductorone.token"  # noqa: S105 - an operation label
_SECRET_VERSION = "v1"  # noqa: S105 - the secret format version
_NONCE = re.compile(r"[0-9a-f]{32}")
_HOST = re.compile(r"[a-z0-9._~-]+(:[0-9]{1,5})?|\[[0-9a-f:.]+\](:[0-9]{1,5})?")
_EXCERPT_CHARS = 200

ConductorOneBearer = BearerTokenAuth
"""Pre-issued ConductorOne access tokens are plain bearer tokens."""


@dataclass(frozen=True)
class ParsedClientSecret:
    """The Ed25519 key (and optional JWK ``kid``) carried by a ConductorOne client secret."""

    private_key: Ed25519PrivateKey = field(repr=False)
    kid: str | None = None


def parse_client_secret(secret: str) -> ParsedClientSecret:
    """Decode ``secret-token:conductorone.com:v1:<base64url JWK>`` into its Ed25519 private key.

    Errors describe what is wrong with the shape, never the secret itself.
    """
    if not isinstance(secret, str):
        raise ConductorOneSecretError(f"client secret must be a str, got {type(secret).__name__}")
    parts = secret.strip().split(":")
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
    """Return the token host of ``<name>@<host>/<suffix>``: lower-cased, port kept if present."""
    at = client_id.find("@")
    slash = client_id.find("/", at + 1) if at >= 0 else -1
    host = client_id[at + 1 : slash].lower() if slash >= 0 else ""
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
    client_id: str, key: Ed25519PrivateKey, *, now: float, nonce: str, kid: str | None = None
) -> str:
    """Sign the client assertion JWS the vendor's Go SDK sends (EdDSA, nonce header, +/-2 min window)."""
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
        "aud": [audience_from_token_host(token_host_from_client_id(client_id))],
        "exp": issued_at + ASSERTION_SKEW_SECONDS,
        "nbf": issued_at - ASSERTION_SKEW_SECONDS,
        "iat": issued_at,
    }
    return sign_eddsa_jws(header, claims, key)


@dataclass(frozen=True)
class _Token:
    value: str = field(repr=False)
    expires_at: float | None


def _excerpt(text: str, hide: tuple[str, ...]) -> str:
    for secret in hide:
        if secret:
            text = text.replace(secret, "***")
    return text[:_EXCERPT_CHARS] + ("..." if len(text) > _EXCERPT_CHARS else "")


class ConductorOneClientCredentials(httpx.Auth):
    """Fetch, cache and refresh a ConductorOne access token; replay once on a 401 with a fresh token.

    One token fetch runs at a time: threads share a ``threading.Lock``; tasks share an
    ``asyncio.Lock`` per event loop (a lock bound to one loop is never used on another).
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = 10.0,
    ) -> None:
        if not isinstance(client_id, str):
            raise ConductorOneSecretError("client id must be a str")
        host = token_host_from_client_id(client_id)
        parsed = parse_client_secret(client_secret)
        if refresh_margin < 0:
            raise ValueError("refresh_margin must be >= 0")
        self.client_id = client_id
        self.token_url = httpx.URL(token_url if token_url is not None else f"https://{host}{TOKEN_PATH}")
        ensure_secure_url(self.token_url)
        self._key = parsed.private_key
        self._kid = parsed.kid
        self._clock = clock
        self._refresh_margin = refresh_margin
        self._token: _Token | None = None
        self._sync_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, client_secret='***', "
            f"token_url={str(self.token_url)!r})"
        )

    def invalidate(self) -> None:
        """Forget the cached token so the next request fetches a new one."""
        self._token = None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Authenticate for ``httpx.Client``; the token request is yielded through the same client."""
        ensure_secure_url(request.url)
        request.read()  # a 401 replay must be able to send the body again
        rejected: _Token | None = None
        for _attempt in range(2):
            token = self._usable_token(rejected)
            if token is None:
                with self._sync_lock:
                    token = self._take_over(rejected)
                    if token is None:
                        token_request, assertion, sent_at = self._token_request(request)
                        token_response = yield token_request
                        token_response.read()
                        token = self._store(token_response, assertion, sent_at)
            request.headers["Authorization"] = f"Bearer {token.value}"
            response = yield request
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            rejected = token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authenticate for ``httpx.AsyncClient``; mirrors :meth:`sync_auth_flow`."""
        ensure_secure_url(request.url)
        await request.aread()
        rejected: _Token | None = None
        for _attempt in range(2):
            token = self._usable_token(rejected)
            if token is None:
                async with self._loop_lock():
                    token = self._take_over(rejected)
                    if token is None:
                        token_request, assertion, sent_at = self._token_request(request)
                        token_response = yield token_request
                        await token_response.aread()
                        token = self._store(token_response, assertion, sent_at)
            request.headers["Authorization"] = f"Bearer {token.value}"
            response = yield request
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            rejected = token

    def _usable_token(self, rejected: _Token | None) -> _Token | None:
        token = self._token
        if token is None or token is rejected:
            return None
        if token.expires_at is not None and self._clock() >= token.expires_at - self._refresh_margin:
            return None
        return token

    def _take_over(self, rejected: _Token | None) -> _Token | None:
        """Under the fetch lock: drop a token the API rejected, then reuse one another caller fetched."""
        if rejected is not None and self._token is rejected:
            self._token = None
        return self._usable_token(rejected)

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    def _token_request(self, request: httpx.Request) -> tuple[httpx.Request, str, float]:
        sent_at = self._clock()
        assertion = make_client_assertion(
            self.client_id, self._key, now=sent_at, nonce=secrets.token_hex(16), kid=self._kid
        )
        extensions: dict[str, Any] = {"policy_clients.operation": TOKEN_OPERATION, "policy_clients.idempotent": True}
        if "timeout" in request.extensions:
            extensions["timeout"] = request.extensions["timeout"]
        token_request = httpx.Request(
            "POST",
            self.token_url,
            data={
                "client_id": self.client_id,
                "grant_type": "client_credentials",
                "client_assertion_type": CLIENT_ASSERTION_TYPE,
                "client_assertion": assertion,
            },
            headers={"Accept": "application/json"},
            extensions=extensions,
        )
        return token_request, assertion, sent_at

    def _store(self, response: httpx.Response, assertion: str, sent_at: float) -> _Token:
        token = self._parse_token_response(response, assertion, sent_at)
        self._token = token
        return token

    def _parse_token_response(self, response: httpx.Response, assertion: str, sent_at: float) -> _Token:
        status = response.status_code
        where = f"ConductorOne token endpoint {self.token_url}"
        if status != httpx.codes.OK:
            excerpt = _excerpt(response.text, (assertion,))
            raise ConductorOneTokenError(
                f"{where} answered HTTP {status}: {excerpt!r}", status_code=status, body_excerpt=excerpt
            )
        # A 200 body may hold a token: from here on, errors never quote it.
        try:
            payload: Any = response.json()
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            raise ConductorOneTokenError(f"{where} answered 200 without a JSON object", status_code=status)
        value = payload.get("access_token")
        if not isinstance(value, str) or not value:
            raise ConductorOneTokenError(f"{where} answered 200 with an empty access_token", status_code=status)
        try:
            validate_header_secret(value, "access_token")
        except ValueError:
            raise ConductorOneTokenError(
                f"{where} issued an access_token that cannot go in a header", status_code=status
            ) from None
        token_type = payload.get("token_type")
        if token_type not in (None, "") and (not isinstance(token_type, str) or token_type.lower() != "bearer"):
            raise ConductorOneTokenError(f"{where} issued an unsupported token_type", status_code=status)
        return _Token(value=value, expires_at=self._expiry(payload.get("expires_in"), sent_at, where))

    @staticmethod
    def _expiry(expires_in: Any, sent_at: float, where: str) -> float | None:
        """Absolute expiry, counted from when the request left (errs early); no/zero lifetime = no expiry."""
        if expires_in is None:
            return None
        if isinstance(expires_in, str):
            try:
                expires_in = float(expires_in)
            except ValueError:
                expires_in = None
        if isinstance(expires_in, bool) or not isinstance(expires_in, int | float) or not expires_in >= 0:
            raise ConductorOneTokenError(f"{where} answered 200 with an invalid expires_in", status_code=200)
        return None if expires_in == 0 else sent_at + float(expires_in)
