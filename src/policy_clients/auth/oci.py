"""OCI API-key request signing (draft-cavage HTTP signatures, RSA-SHA256), as the official SDK signs."""

from __future__ import annotations

import base64
import email.utils
import hashlib
import time
import uuid
from collections.abc import Callable, Generator, Mapping, Sequence

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .._safety import ensure_secure_url
from .._secret import hides_credentials
from .errors import OCIConfigError, OCIKeyError
from .oci_config import OCIConfig

__all__ = [
    "BODY_SIGNED_HEADERS",
    "EMPTY_BODY_SHA256",
    "GENERIC_SIGNED_HEADERS",
    "OCIRequestSigner",
    "OCISigner",
    "build_signing_string",
    "load_rsa_private_key",
    "make_key_id",
    "read_config_key",
    "sign_request",
    "signed_header_names",
]

EMPTY_BODY_SHA256 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
GENERIC_SIGNED_HEADERS = ("date", "(request-target)", "host")
BODY_SIGNED_HEADERS = ("content-length", "content-type", "x-content-sha256")
_BODY_METHODS = frozenset({"PUT", "POST", "PATCH"})
_SIGNABLE_METHODS = _BODY_METHODS | {"GET", "HEAD", "DELETE"}
# Headers this module added on an earlier attempt; removed before re-signing so each attempt is fresh.
_ADDED_HEADERS_EXTENSION = "policy_clients.oci.added_headers"


def make_key_id(tenancy: str, user: str, fingerprint: str) -> str:
    """Return the ``keyId`` OCI expects: ``<tenancy ocid>/<user ocid>/<key fingerprint>``."""
    return f"{tenancy}/{user}/{fingerprint}"


def signed_header_names(method: str) -> tuple[str, ...]:
    """Headers signed for ``method``, in the order OCI requires."""
    upper = method.upper()
    if upper not in _SIGNABLE_METHODS:
        raise ValueError(f"OCI request signing does not support HTTP method {method!r}")
    return GENERIC_SIGNED_HEADERS + BODY_SIGNED_HEADERS if upper in _BODY_METHODS else GENERIC_SIGNED_HEADERS


def build_signing_string(method: str, target: str, headers: Mapping[str, str], names: Sequence[str]) -> str:
    """Build the OCI signing string: one ``name: value`` line per signed header, newline-joined, no trailing one."""
    lines = []
    for name in names:
        if name == "(request-target)":
            lines.append(f"(request-target): {method.lower()} {target}")
            continue
        value = headers.get(name)
        if value is None:
            raise ValueError(f"cannot sign request: header {name!r} is missing")
        lines.append(f"{name}: {value}")
    return "\n".join(lines)


def sign_request(
    request: httpx.Request,
    *,
    key_id: str,
    private_key: RSAPrivateKey,
    now: float,
    names: Sequence[str] | None = None,
) -> None:
    """Add the missing OCI headers and the ``Authorization: Signature ...`` header to ``request`` in place.

    ``now`` (epoch seconds) sets ``date``. Headers added by an earlier call are dropped first, so a
    retried request gets a fresh date and signature. ``names`` replaces the method's usual signed
    headers (the federation call of instance principals signs no ``host``).
    """
    names = signed_header_names(request.method) if names is None else tuple(names)
    headers = request.headers
    for stale in request.extensions.get(_ADDED_HEADERS_EXTENSION, ()):
        headers.pop(stale, None)
    added: list[str] = []

    def add(name: str, value: str) -> None:
        if name not in headers:
            headers[name] = value
            added.append(name)

    add("date", email.utils.formatdate(now, usegmt=True))
    add("host", request.url.netloc.decode("ascii"))
    add("content-type", "application/json")
    if request.method.upper() in _BODY_METHODS:
        try:
            body = request.content
        except httpx.RequestNotRead:
            body = request.read()
        if "transfer-encoding" in headers:  # OCI wants a signed content-length, not chunked framing
            del headers["transfer-encoding"]
        add("content-length", str(len(body)))
        digest = base64.b64encode(hashlib.sha256(body).digest()).decode("ascii") if body else EMPTY_BODY_SHA256
        add("x-content-sha256", digest)

    target = request.url.raw_path.decode("ascii")
    signing_string = build_signing_string(request.method, target, headers, names)
    signature = private_key.sign(signing_string.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    headers["authorization"] = (
        f'Signature algorithm="rsa-sha256",headers="{" ".join(names)}",keyId="{key_id}",'
        f'signature="{base64.b64encode(signature).decode("ascii")}",version="1"'
    )
    request.extensions = {**request.extensions, _ADDED_HEADERS_EXTENSION: tuple(added)}


@hides_credentials
def load_rsa_private_key(pem: bytes, passphrase: str | bytes | None = None) -> RSAPrivateKey:
    """Load a PEM RSA private key; errors say what is wrong without quoting the key or passphrase.

    As the OCI SDK does, a passphrase given for an unencrypted key (e.g. inherited from
    ``[DEFAULT]``) is ignored rather than rejected.
    """
    password = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    try:
        try:
            key = serialization.load_pem_private_key(pem, password)
        except TypeError:
            if password is None:
                raise OCIKeyError("the OCI private key is encrypted and no passphrase was given") from None
            key = serialization.load_pem_private_key(pem, None)
    except ValueError:
        raise OCIKeyError("could not load the OCI private key: not a PEM private key, or wrong passphrase") from None
    except TypeError:
        raise OCIKeyError("could not load the OCI private key") from None
    if not isinstance(key, RSAPrivateKey):
        raise OCIKeyError("the OCI API signing key must be an RSA private key")
    return key


class OCISigner(httpx.Auth):
    """Sign every attempt afresh (OCI allows ~5 minutes of clock skew), for sync and async clients.

    Subclasses say which ``keyId`` and private key sign the next attempt (an API key, a session
    token); the signing itself, the request id and the plain-HTTP refusal are shared.
    """

    requires_request_body = True

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock

    def credentials(self) -> tuple[str, RSAPrivateKey]:
        """The ``keyId`` and key for the next attempt."""
        raise NotImplementedError

    def refresh_after_401(self) -> bool:
        """Reload credentials after the server refused them; True when it is worth one more try.

        Signers whose credentials cannot change (an API key) return False, so a 401 goes straight
        to the caller; token-based principals reload, as the SDK does, and the request is re-signed once.
        """
        return False

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign the request with the current time; runs once per attempt.

        Like the official SDK, a request without an ``opc-request-id`` gets one (not signed), so every
        call can be traced in Oracle support requests and matched with the response's echo.
        """
        ensure_secure_url(request.url)
        if "opc-request-id" not in request.headers:
            request.headers["opc-request-id"] = uuid.uuid4().hex.upper()
        self._sign(request)
        response = yield request
        if response.status_code == 401 and self.refresh_after_401():
            self._sign(request)
            yield request

    def _sign(self, request: httpx.Request) -> None:
        key_id, private_key = self.credentials()
        sign_request(request, key_id=key_id, private_key=private_key, now=self._clock())


class OCIRequestSigner(OCISigner):
    """API-key signing: ``keyId`` is ``<tenancy>/<user>/<fingerprint>``."""

    @hides_credentials
    def __init__(
        self,
        *,
        tenancy: str,
        user: str,
        fingerprint: str,
        private_key: RSAPrivateKey,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(clock=clock)
        if not isinstance(private_key, RSAPrivateKey):
            raise OCIKeyError("the OCI API signing key must be an RSA private key")
        for label, value in (("tenancy", tenancy), ("user", user), ("fingerprint", fingerprint)):
            if not value or any(ch in value for ch in '"/\r\n'):
                raise ValueError(f"OCI {label} must be non-empty and contain no '\"', '/' or line breaks")
        self.key_id = make_key_id(tenancy, user, fingerprint)
        self._private_key = private_key

    @classmethod
    def from_pem(
        cls,
        *,
        tenancy: str,
        user: str,
        fingerprint: str,
        pem: bytes,
        passphrase: str | bytes | None = None,
        clock: Callable[[], float] = time.time,
    ) -> OCIRequestSigner:
        """Build a signer from PEM key bytes (optionally passphrase-protected)."""
        return cls(
            tenancy=tenancy,
            user=user,
            fingerprint=fingerprint,
            private_key=load_rsa_private_key(pem, passphrase),
            clock=clock,
        )

    @classmethod
    def from_config(cls, config: OCIConfig, *, clock: Callable[[], float] = time.time) -> OCIRequestSigner:
        """Build a signer from a loaded OCI config profile, reading its ``key_file``."""
        tenancy, user, fingerprint = config.tenancy, config.user, config.fingerprint
        if not (tenancy and user and fingerprint):
            missing = [k for k in ("user", "fingerprint", "tenancy") if not getattr(config, k)]
            raise OCIConfigError(f"{config.describe()}: API-key signing needs key(s): {', '.join(missing)}")
        return cls(
            tenancy=tenancy,
            user=user,
            fingerprint=fingerprint,
            private_key=read_config_key(config),
            clock=clock,
        )

    def credentials(self) -> tuple[str, RSAPrivateKey]:
        """The API key never changes."""
        return self.key_id, self._private_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(key_id={self.key_id!r}, private_key='***')"


@hides_credentials
def read_config_key(config: OCIConfig) -> RSAPrivateKey:
    """Load the profile's ``key_file``; errors name the file and profile, never the key or passphrase."""
    try:
        pem = config.key_file.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise OCIConfigError(f"{config.describe()}: cannot read key_file {config.key_file}: {reason}") from None
    try:
        return load_rsa_private_key(pem, config.pass_phrase)
    except OCIKeyError as exc:
        raise OCIKeyError(f"{config.describe()}: key_file {config.key_file}: {exc}") from None
