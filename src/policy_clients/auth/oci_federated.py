"""OCI principals that fetch a security token over the network: the fetch driver and the session-token exchange.

Instance principals and resource principals 2.1 share the same shape: a few preliminary requests
(metadata reads, a resource principal token), then a POST that sends a fresh session public key and answers
``{"token": <JWT>}``; API calls are signed with ``keyId="ST$<JWT>"`` and the session private key. The
fetch is one token fetch of the shared ``token_cache.CachedTokenFetcher`` (one at a time for every thread
and event loop, refreshed within 60 s of ``exp``, once more after a 401), and each of its requests is yielded
through the caller's own client as a credential request.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
import uuid
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .._body import aread_limited, read_limited
from .._redact import redact_text
from .._safety import ensure_secure_url
from .errors import CredentialError, OCIFederationError
from .oci import OCISigner, sign_request
from .oci_session import SESSION_KEY_ID_PREFIX
from .token_cache import MAX_TOKEN_RESPONSE_SIZE, CachedTokenFetcher, IssuedToken, header_token, wait_budget

__all__ = [
    "REFRESH_MARGIN",
    "FederatedTokenSigner",
    "FetchSteps",
    "SessionToken",
    "SessionTokenSource",
    "fetched_credentials",
    "new_session_key",
    "pem_body",
    "refuse_unless_ok",
]

REFRESH_MARGIN = 60.0
_EXCERPT_CHARS = 200

FetchSteps = Generator[httpx.Request, tuple[httpx.Response, bytes], tuple[httpx.Response, bytes, float]]
"""Yields each request of a fetch, is sent (response, body), returns the token exchange's (response, body, sent_at)."""


@dataclass(frozen=True, kw_only=True)
class SessionToken(IssuedToken):
    """A security token and the session key whose public half it was issued for."""

    private_key: RSAPrivateKey = field(repr=False)


def new_session_key() -> RSAPrivateKey:
    """A fresh RSA-2048 session key (e=65537), as the SDK makes one for every token."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem_body(pem: bytes) -> str:
    """A PEM block's base64 body: BEGIN/END lines and line breaks removed, as OCI's token bodies want."""
    lines = pem.decode("ascii").strip().splitlines()
    return "".join(line.strip() for line in lines if line.strip() and not line.startswith("-----"))


def refuse_unless_ok(where: str, response: httpx.Response, body: bytes, retryable: Callable[[int], bool]) -> None:
    """Raise ``OCIFederationError`` for a non-200 answer, quoting a redacted excerpt of its body."""
    status = response.status_code
    if status == httpx.codes.OK:
        return
    text = redact_text(body.decode("utf-8", "replace"))
    excerpt = text[:_EXCERPT_CHARS] + ("..." if len(text) > _EXCERPT_CHARS else "")
    raise OCIFederationError(
        f"{where} answered HTTP {status}: {excerpt!r}",
        status_code=status,
        body_excerpt=excerpt,
        retryable=retryable(status),
    )


def _jwt_expiry(token: str) -> float | None:
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError, RecursionError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


class SessionTokenSource:
    """The exchange that sends a new session public key and answers ``{"token": <JWT>}``.

    ``build(public_key_body, now)`` makes the request (its body and signature are the principal's business);
    the preliminary steps of a fetch have given it what it needs by then.
    """

    def __init__(
        self,
        where: str,
        build: Callable[[str, float], httpx.Request],
        *,
        retryable: Callable[[int], bool],
        key_factory: Callable[[], RSAPrivateKey] = new_session_key,
    ) -> None:
        self.where = where
        self._build = build
        self._retryable = retryable
        self._key_factory = key_factory
        self._session_key: RSAPrivateKey | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(where={self.where!r})"

    def token_request(self, request: httpx.Request, now: float) -> httpx.Request:
        """A new session key with every token, as the SDK does; its public half goes in the request."""
        self._session_key = self._key_factory()
        public_pem = self._session_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return self._build(pem_body(public_pem), now)

    def parse(self, response: httpx.Response, body: bytes, sent_at: float) -> IssuedToken:
        """``{"token": <JWT>}``, cached until the JWT's ``exp`` (until a 401 when it has none)."""
        refuse_unless_ok(self.where, response, body, self._retryable)
        try:
            payload: Any = json.loads(body)
        except (ValueError, RecursionError):
            payload = None
        if not isinstance(payload, dict):
            raise OCIFederationError(f"{self.where} answered 200 without a JSON object", status_code=200)
        value = header_token(payload.get("token"), self.where, 200, name="token")
        key, self._session_key = self._session_key, None
        if key is None:
            raise OCIFederationError(f"{self.where} answered a request this client did not make", status_code=200)
        return SessionToken(value, sent_at, _jwt_expiry(value.reveal()), private_key=key)


class FederatedTokenSigner(OCISigner):
    """Sign API calls as ``ST$<token>`` with a token fetched by :meth:`fetch_steps`, sync and async.

    Subclasses supply the fetch (``fetch_steps``) and a ``SessionTokenSource``; caching, the one fetch at a
    time, refresh, the replay after a 401 and the sync/async driving are here, once.
    """

    def __init__(
        self,
        source: SessionTokenSource,
        *,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN,
    ) -> None:
        super().__init__(clock=clock)
        self.fetcher = CachedTokenFetcher(
            source, clock=clock, refresh_margin=refresh_margin, error_class=OCIFederationError
        )

    def fetch_steps(self, request: httpx.Request) -> FetchSteps:
        """The requests of one fetch; ends with ``self.fetcher.token_request(request)``'s answer."""
        raise NotImplementedError

    def credentials(self) -> tuple[str, RSAPrivateKey]:
        """The cached token and session key (fetching happens in the auth flows, through the client)."""
        token = self.fetcher.cached()
        if not isinstance(token, SessionToken):
            raise CredentialError("no security token fetched yet: send a request through the client")
        return SESSION_KEY_ID_PREFIX + token.value.reveal(), token.private_key

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign with the cached token, fetching it first when missing or within the margin of expiry."""
        self._prepare(request)
        request.read()
        for _attempt in range(2):
            token, flight, owner = self.fetcher.claim()
            if flight is not None and not owner:
                token = flight.wait(wait_budget(request))
            elif flight is not None:
                steps = self.fetch_steps(request)
                try:
                    outgoing = next(steps)
                    while True:
                        response = yield outgoing
                        outgoing = steps.send((response, read_limited(response, MAX_TOKEN_RESPONSE_SIZE)))
                except StopIteration as done:
                    token = self.fetcher.parse(flight, *done.value)
                except BaseException as exc:  # the waiters of this flight must hear of it
                    self.fetcher.abandon(flight, exc)
                    raise
            response = yield self._signed(request, token)
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            self.fetcher.invalidate(token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async :meth:`sync_auth_flow`; waiting callers await the one fetch instead of blocking the loop."""
        self._prepare(request)
        await request.aread()
        for _attempt in range(2):
            token, flight, owner = self.fetcher.claim()
            if flight is not None and not owner:
                token = await flight.async_wait(wait_budget(request))
            elif flight is not None:
                steps = self.fetch_steps(request)
                try:
                    outgoing = next(steps)
                    while True:
                        response = yield outgoing
                        outgoing = steps.send((response, await aread_limited(response, MAX_TOKEN_RESPONSE_SIZE)))
                except StopIteration as done:
                    token = self.fetcher.parse(flight, *done.value)
                except BaseException as exc:
                    self.fetcher.abandon(flight, exc)
                    raise
            response = yield self._signed(request, token)
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            self.fetcher.invalidate(token)

    def _prepare(self, request: httpx.Request) -> None:
        ensure_secure_url(request.url)
        if "opc-request-id" not in request.headers:
            request.headers["opc-request-id"] = uuid.uuid4().hex.upper()

    def _signed(self, request: httpx.Request, token: IssuedToken | None) -> httpx.Request:
        if not isinstance(token, SessionToken):  # the fetcher only ever holds what the source issued
            raise OCIFederationError("the token fetch issued no session token")
        key_id = SESSION_KEY_ID_PREFIX + token.value.reveal()
        sign_request(request, key_id=key_id, private_key=token.private_key, now=self._clock())
        return request


def fetched_credentials(
    signer: FederatedTokenSigner, request: httpx.Request
) -> Generator[httpx.Request, tuple[httpx.Response, bytes], tuple[str, RSAPrivateKey]]:
    """An inner principal's ``keyId`` and key, for a principal whose token fetch it signs (nested, 1.1).

    Its own cached token, or one fetched here first, inside the outer fetch (which runs one at a time).
    """
    token, flight, owner = signer.fetcher.claim()
    if flight is not None and owner:
        try:
            token = signer.fetcher.parse(flight, *(yield from signer.fetch_steps(request)))
        except BaseException as exc:
            signer.fetcher.abandon(flight, exc)
            raise
    elif flight is not None:  # the inner signer is also used directly, and fetching right now
        token = flight.wait(wait_budget(request))
    if not isinstance(token, SessionToken):
        raise OCIFederationError("the inner principal issued no session token")
    return SESSION_KEY_ID_PREFIX + token.value.reveal(), token.private_key
