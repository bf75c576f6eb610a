"""OCI instance principals: a compute instance signs as itself with a token it federates for.

The instance metadata service (IMDS v2) hands the instance a leaf certificate, its private key and an
intermediate certificate. A POST to the auth service's ``/v1/x509``, signed with the leaf key under
``keyId="<tenancy>/fed-x509/<SHA-1 fingerprint>"``, exchanges them and a fresh session public key for a
security token (a JWT). API calls are then signed with ``keyId="ST$<token>"`` and the session key.

The fetch (four metadata reads and the federation call) is one token fetch of the shared
``token_cache.CachedTokenFetcher``: one at a time, its outcome serving every waiting caller, refreshed
within 60 s of the token's ``exp`` and once after a 401. Its requests travel through the caller's own
client (transport, deadline, User-Agent), sync or async, as credential requests.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import threading
import time
import uuid
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .._body import aread_limited, read_limited
from .._errors import PolicyClientError
from .._redact import redact_text
from .._safety import ensure_secure_url, is_loopback_host
from .._secret import hides_credentials
from .errors import CredentialError, OCIConfigError, OCIFederationError
from .oci import OCISigner, load_rsa_private_key, sign_request
from .oci_session import SESSION_KEY_ID_PREFIX
from .token_cache import (
    MAX_TOKEN_RESPONSE_SIZE,
    CachedTokenFetcher,
    IssuedToken,
    header_token,
    mark_credential_request,
    wait_budget,
)

__all__ = [
    "DEFAULT_METADATA_URL",
    "FEDERATION_PATH",
    "FEDERATION_SIGNED_HEADERS",
    "METADATA_URL_ENV",
    "REFRESH_MARGIN",
    "InstanceIdentity",
    "OCIInstancePrincipalSigner",
    "SessionToken",
    "pem_body",
    "tenancy_of",
]

METADATA_URL_ENV = "OCI_METADATA_BASE_URL"
DEFAULT_METADATA_URL = "http://169.254.169.254/opc/v2"
FEDERATION_PATH = "/v1/x509"
# As the SDK signs the federation call: no host line.
FEDERATION_SIGNED_HEADERS = ("date", "(request-target)", "content-length", "content-type", "x-content-sha256")
REFRESH_MARGIN = 60.0
_METADATA_AUTHORIZATION = "Bearer Oracle"  # IMDS v2 wants this fixed value; it is no credential
_METADATA_HOSTS = frozenset({"169.254.169.254", "fd00:c1::a9fe:a9fe"})  # link-local: plain http is how IMDS talks
_TENANCY_PREFIXES = ("opc-tenant:", "opc-identity:")
_MAX_METADATA_BYTES = 64 * 1024
_EXCERPT_CHARS = 200
_METADATA_OPERATION = "oci.instance_metadata"
_FEDERATION_OPERATION = "oci.federation"


@dataclass(frozen=True, kw_only=True)
class SessionToken(IssuedToken):
    """A federated security token and the session key its public half was sent with."""

    private_key: RSAPrivateKey = field(repr=False)


@dataclass(frozen=True)
class InstanceIdentity:
    """What the metadata service hands over; the leaf key never shows in a repr."""

    certificate_pem: bytes
    intermediate_pems: tuple[bytes, ...]
    private_key: RSAPrivateKey = field(repr=False)
    tenancy: str

    @property
    def key_id(self) -> str:
        """``<tenancy>/fed-x509/<SHA-1 of the leaf certificate, upper-case hex pairs joined by ':'>``."""
        certificate = x509.load_pem_x509_certificate(self.certificate_pem)
        digest = certificate.fingerprint(_sha1()).hex().upper()
        return f"{self.tenancy}/fed-x509/" + ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _sha1() -> Any:
    from cryptography.hazmat.primitives import hashes

    return hashes.SHA1()  # noqa: S303 - the fingerprint OCI names the certificate by, not a security check


def pem_body(pem: bytes) -> str:
    """A PEM block's base64 body: BEGIN/END lines and line breaks removed, as the federation body wants."""
    lines = pem.decode("ascii").strip().splitlines()
    return "".join(line.strip() for line in lines if line.strip() and not line.startswith("-----"))


def tenancy_of(certificate: x509.Certificate) -> str:
    """The tenancy OCID from the leaf certificate's subject (``opc-tenant:`` or ``opc-identity:`` value)."""
    for attribute in certificate.subject:
        value = attribute.value if isinstance(attribute.value, str) else ""
        for prefix in _TENANCY_PREFIXES:
            if value.startswith(prefix) and value[len(prefix) :]:
                return value[len(prefix) :]
    raise OCIFederationError("the instance certificate's subject names no tenancy (opc-tenant: / opc-identity:)")


def _check_metadata_url(url: httpx.URL) -> None:
    """https, or plain http to the link-local metadata address or this machine (tests' stand-ins)."""
    host = url.host.strip("[]").lower()
    if url.scheme == "https" or (url.scheme == "http" and (host in _METADATA_HOSTS or is_loopback_host(host))):
        return
    raise OCIConfigError(f"the instance metadata URL must be https, or http to {sorted(_METADATA_HOSTS)}; got {host!r}")


def _refused(where: str, response: httpx.Response, body: bytes, retry_statuses: Callable[[int], bool]) -> None:
    status = response.status_code
    if status == httpx.codes.OK:
        return
    text = redact_text(body.decode("utf-8", "replace"))
    excerpt = text[:_EXCERPT_CHARS] + ("..." if len(text) > _EXCERPT_CHARS else "")
    raise OCIFederationError(
        f"{where} answered HTTP {status}: {excerpt!r}",
        status_code=status,
        body_excerpt=excerpt,
        retryable=retry_statuses(status),
    )


def _metadata_retryable(status: int) -> bool:
    return status in (404, 429) or (status >= 500 and status != 501)


def _federation_retryable(status: int) -> bool:
    return status >= 500 and status != 501  # as the SDK: 429 is not retried


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


class _FederationSource:
    """The ``/v1/x509`` exchange; the metadata steps put the instance's identity here first."""

    def __init__(self, endpoint: str | None, key_factory: Callable[[], RSAPrivateKey]) -> None:
        self.endpoint = endpoint
        self.where = "OCI federation endpoint"
        self.identity: InstanceIdentity | None = None
        self._key_factory = key_factory
        self._session_key: RSAPrivateKey | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self.endpoint!r})"

    def token_request(self, request: httpx.Request, now: float) -> httpx.Request:
        identity, endpoint = self.identity, self.endpoint
        assert identity is not None and endpoint is not None, "metadata steps run first"
        self._session_key = self._key_factory()  # a new session key with every token, as the SDK does
        public_pem = self._session_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        body = {
            "certificate": pem_body(identity.certificate_pem),
            "publicKey": pem_body(public_pem),
            "intermediateCertificates": [pem_body(pem) for pem in identity.intermediate_pems],
        }
        federation = httpx.Request(
            "POST",
            endpoint.rstrip("/") + FEDERATION_PATH,
            content=json.dumps(body).encode("utf-8"),
            headers={"content-type": "application/json", "accept": "application/json"},
            extensions={"policy_clients.operation": _FEDERATION_OPERATION, "policy_clients.idempotent": True},
        )
        sign_request(
            federation,
            key_id=identity.key_id,
            private_key=identity.private_key,
            now=now,
            names=FEDERATION_SIGNED_HEADERS,
        )
        return federation

    def parse(self, response: httpx.Response, body: bytes, sent_at: float) -> IssuedToken:
        _refused(self.where, response, body, _federation_retryable)
        try:
            payload: Any = json.loads(body)
        except (ValueError, RecursionError):
            payload = None
        if not isinstance(payload, dict):
            raise OCIFederationError(f"{self.where} answered 200 without a JSON object", status_code=200)
        value = header_token(payload.get("token"), self.where, 200, name="token")
        key, self._session_key = self._session_key, None
        assert key is not None
        return SessionToken(value, sent_at, _jwt_expiry(value.reveal()), private_key=key)


_Step = Generator[httpx.Request, tuple[httpx.Response, bytes], tuple[httpx.Response, bytes, float]]


class OCIInstancePrincipalSigner(OCISigner):
    """Sign as the compute instance the code runs on (``auth="instance_principal"``), sync and async.

    ``metadata_url`` (else ``$OCI_METADATA_BASE_URL``, else ``http://169.254.169.254/opc/v2``) and
    ``federation_endpoint`` (else ``https://auth.<region>.<realm domain>`` for the instance's region)
    can be moved, e.g. to local stand-ins in tests.
    """

    @hides_credentials
    def __init__(
        self,
        *,
        metadata_url: str | None = None,
        federation_endpoint: str | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = REFRESH_MARGIN,
        session_key_factory: Callable[[], RSAPrivateKey] | None = None,
    ) -> None:
        super().__init__(clock=clock)
        self.metadata_url = httpx.URL(
            (metadata_url or os.environ.get(METADATA_URL_ENV) or DEFAULT_METADATA_URL).rstrip("/")
        )
        _check_metadata_url(self.metadata_url)
        if federation_endpoint is not None:
            ensure_secure_url(httpx.URL(federation_endpoint))
        self._region: str | None = None
        self._tenancy: str | None = None
        self._lock = threading.Lock()
        self._source = _FederationSource(federation_endpoint, session_key_factory or _new_session_key)
        self.fetcher = CachedTokenFetcher(
            self._source, clock=clock, refresh_margin=refresh_margin, error_class=OCIFederationError
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(metadata_url={str(self.metadata_url)!r}, "
            f"federation_endpoint={self._source.endpoint!r}, token='***', private_key='***')"
        )

    @property
    def tenancy(self) -> str | None:
        """The instance's tenancy, once a token was fetched."""
        return self._tenancy

    def region(self, *, timeout: float = 10.0, attempts: int = 3) -> str:
        """The instance's region (``/instance/region``), read once; the factory asks when no region is given.

        A blocking read with its own short-lived client, outside any call: it runs while the client is built.
        """
        if self._region is not None:
            return self._region
        problem = "no answer"
        for attempt in range(attempts):
            try:
                with httpx.Client(timeout=timeout) as client:
                    response = client.send(self._metadata_request("instance/region"))
                    body = response.read()[:_MAX_METADATA_BYTES]
            except httpx.HTTPError as error:
                problem = type(error).__name__
            else:
                if response.status_code == httpx.codes.OK:
                    return self._keep_region(body)
                problem = f"HTTP {response.status_code}"
                if not _metadata_retryable(response.status_code):
                    break
            if attempt + 1 < attempts:
                time.sleep(min(2.0**attempt, 4.0))
        raise OCIFederationError(
            f"cannot read the instance's region from the metadata service {self.metadata_url.host!r} ({problem}); "
            "pass region= or base_url="
        )

    def credentials(self) -> tuple[str, RSAPrivateKey]:
        """The cached token and session key (fetching happens in the auth flows, through the client)."""
        token = self.fetcher.cached()
        if not isinstance(token, SessionToken):
            raise CredentialError("no instance principal token fetched yet: send a request through the client")
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
                steps = self._fetch_steps(request)
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
                steps = self._fetch_steps(request)
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
            raise OCIFederationError("the federation fetch issued no session token")
        key_id = SESSION_KEY_ID_PREFIX + token.value.reveal()
        sign_request(request, key_id=key_id, private_key=token.private_key, now=self._clock())
        return request

    def _fetch_steps(self, request: httpx.Request) -> _Step:
        """Metadata reads, then the federation call; yields each request, is sent (response, body)."""
        if self._region is None and self._source.endpoint is None:
            response, body = yield self._metadata_request("instance/region", request)
            _refused("OCI instance metadata /instance/region", response, body, _metadata_retryable)
            self._keep_region(body)
        pems: dict[str, bytes] = {}
        for name in ("cert.pem", "key.pem", "intermediate.pem"):
            response, body = yield self._metadata_request(f"identity/{name}", request)
            _refused(f"OCI instance metadata /identity/{name}", response, body, _metadata_retryable)
            pems[name] = body
        self._source.identity = self._identity(pems)
        federation, sent_at = self.fetcher.token_request(request)
        response, body = yield federation
        return response, body, sent_at

    @hides_credentials
    def _identity(self, pems: dict[str, bytes]) -> InstanceIdentity:
        try:
            certificate = x509.load_pem_x509_certificate(pems["cert.pem"])
            intermediates = tuple(
                block.public_bytes(serialization.Encoding.PEM)
                for block in x509.load_pem_x509_certificates(pems["intermediate.pem"])
            )
        except ValueError:
            raise OCIFederationError("the instance metadata service sent a certificate that is not PEM") from None
        try:
            key = load_rsa_private_key(pems["key.pem"])
        except PolicyClientError:
            raise OCIFederationError("the instance metadata service sent a key that is not an RSA PEM key") from None
        tenancy = tenancy_of(certificate)
        with self._lock:
            if self._tenancy is not None and tenancy != self._tenancy:
                raise OCIFederationError("the instance certificate's tenancy changed since the last token")
            self._tenancy = tenancy
        return InstanceIdentity(certificate.public_bytes(serialization.Encoding.PEM), intermediates, key, tenancy)

    def _keep_region(self, body: bytes) -> str:
        from ..vendors.oci_regions import auth_endpoint, resolve_region

        try:
            region = resolve_region(body.decode("ascii").strip().lower()).name
        except (UnicodeDecodeError, PolicyClientError, ValueError):
            region = None
        if region is None:
            raise OCIFederationError("the instance metadata service sent a region that is not one")
        with self._lock:
            self._region = region
            if self._source.endpoint is None:
                self._source.endpoint = auth_endpoint(region)
        return region

    def _metadata_request(self, path: str, request: httpx.Request | None = None) -> httpx.Request:
        metadata = httpx.Request(
            "GET",
            f"{self.metadata_url}/{path}",
            headers={"Authorization": _METADATA_AUTHORIZATION, "Accept": "*/*"},
            extensions={"policy_clients.operation": _METADATA_OPERATION, "policy_clients.idempotent": True},
        )
        if request is not None:
            mark_credential_request(metadata, request)
        return metadata


def _new_session_key() -> RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)
