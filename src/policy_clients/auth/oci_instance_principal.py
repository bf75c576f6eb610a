"""OCI instance principals: a compute instance signs as itself with a token it federates for.

The instance metadata service (IMDS v2) hands the instance a leaf certificate, its private key and an
intermediate certificate. A POST to the auth service's ``/v1/x509``, signed with the leaf key under
``keyId="<tenancy>/fed-x509/<SHA-1 fingerprint>"``, exchanges them and a fresh session public key for a
security token (a JWT). API calls are then signed with ``keyId="ST$<token>"`` and the session key.
Caching, refresh and the sync/async fetch are ``oci_federated.FederatedTokenSigner``'s.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .._errors import PolicyClientError
from .._safety import ensure_secure_url, is_loopback_host
from .._secret import hides_credentials
from .errors import OCIConfigError, OCIFederationError
from .oci import load_rsa_private_key, sign_request
from .oci_federated import (
    REFRESH_MARGIN,
    FederatedTokenSigner,
    FetchSteps,
    SessionTokenSource,
    new_session_key,
    pem_body,
    refuse_unless_ok,
)
from .token_cache import mark_credential_request

__all__ = [
    "DEFAULT_METADATA_URL",
    "FEDERATION_PATH",
    "FEDERATION_SIGNED_HEADERS",
    "METADATA_URL_ENV",
    "InstanceIdentity",
    "OCIInstancePrincipalSigner",
    "tenancy_of",
]

METADATA_URL_ENV = "OCI_METADATA_BASE_URL"
DEFAULT_METADATA_URL = "http://169.254.169.254/opc/v2"
FEDERATION_PATH = "/v1/x509"
# As the SDK signs the federation call: no host line.
FEDERATION_SIGNED_HEADERS = ("date", "(request-target)", "content-length", "content-type", "x-content-sha256")
_METADATA_AUTHORIZATION = "Bearer Oracle"  # IMDS v2 wants this fixed value; it is no credential
_METADATA_HOSTS = frozenset({"169.254.169.254", "fd00:c1::a9fe:a9fe"})  # link-local: plain http is how IMDS talks
_TENANCY_PREFIXES = ("opc-tenant:", "opc-identity:")
_MAX_METADATA_BYTES = 64 * 1024
_METADATA_OPERATION = "oci.instance_metadata"
_FEDERATION_OPERATION = "oci.federation"


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
        # SHA-1 only names the certificate, as OCI does; nothing relies on it for security.
        digest = certificate.fingerprint(hashes.SHA1()).hex().upper()  # noqa: S303
        return f"{self.tenancy}/fed-x509/" + ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


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


def _metadata_retryable(status: int) -> bool:
    return status in (404, 429) or (status >= 500 and status != 501)


def _federation_retryable(status: int) -> bool:
    return status >= 500 and status != 501  # as the SDK: 429 is not retried


class OCIInstancePrincipalSigner(FederatedTokenSigner):
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
        source = SessionTokenSource(
            "OCI federation endpoint",
            self._federation_request,
            retryable=_federation_retryable,
            key_factory=session_key_factory or new_session_key,
        )
        super().__init__(source, clock=clock, refresh_margin=refresh_margin)
        self.metadata_url = httpx.URL(
            (metadata_url or os.environ.get(METADATA_URL_ENV) or DEFAULT_METADATA_URL).rstrip("/")
        )
        _check_metadata_url(self.metadata_url)
        if federation_endpoint is not None:
            ensure_secure_url(httpx.URL(federation_endpoint))
        self._endpoint = federation_endpoint
        self._region: str | None = None
        self._tenancy: str | None = None
        self._identity: InstanceIdentity | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(metadata_url={str(self.metadata_url)!r}, "
            f"federation_endpoint={self._endpoint!r}, token='***', private_key='***')"
        )

    @property
    def federation_endpoint(self) -> str | None:
        """Where tokens come from (known once the region is, when not given)."""
        return self._endpoint

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
                    response = client.send(self.metadata_request("instance/region"))
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

    def _federation_request(self, public_key: str, now: float) -> httpx.Request:
        """``POST /v1/x509``: the certificates and the session public key, signed ``fed-x509`` with the leaf key."""
        identity, endpoint = self._identity, self._endpoint
        if identity is None or endpoint is None:
            raise OCIFederationError("the instance identity must be read before the federation call")
        body = {
            "certificate": pem_body(identity.certificate_pem),
            "publicKey": public_key,
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

    def fetch_steps(self, request: httpx.Request) -> FetchSteps:
        """Metadata reads, then the federation call; yields each request, is sent (response, body)."""
        if self._region is None and self._endpoint is None:
            response, body = yield self.metadata_request("instance/region", request)
            refuse_unless_ok("OCI instance metadata /instance/region", response, body, _metadata_retryable)
            self._keep_region(body)
        pems: dict[str, bytes] = {}
        for name in ("cert.pem", "key.pem", "intermediate.pem"):
            response, body = yield self.metadata_request(f"identity/{name}", request)
            refuse_unless_ok(f"OCI instance metadata /identity/{name}", response, body, _metadata_retryable)
            pems[name] = body
        self._identity = self._read_identity(pems)
        federation, sent_at = self.fetcher.token_request(request)
        response, body = yield federation
        return response, body, sent_at

    @hides_credentials
    def _read_identity(self, pems: dict[str, bytes]) -> InstanceIdentity:
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
            if self._endpoint is None:
                self._endpoint = auth_endpoint(region)
        return region

    def metadata_request(self, path: str, request: httpx.Request | None = None) -> httpx.Request:
        """A GET of ``<metadata URL>/<path>`` with IMDS v2's header; a credential request when under ``request``."""
        metadata = httpx.Request(
            "GET",
            f"{self.metadata_url}/{path}",
            headers={"Authorization": _METADATA_AUTHORIZATION, "Accept": "*/*"},
            extensions={"policy_clients.operation": _METADATA_OPERATION, "policy_clients.idempotent": True},
        )
        if request is not None:
            mark_credential_request(metadata, request)
        return metadata
