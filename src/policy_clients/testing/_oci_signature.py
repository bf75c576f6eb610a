"""Verify OCI RSA-SHA256 request signatures, written apart from the facade's signer as a cross-check."""

from __future__ import annotations

import base64
import binascii
import email.utils
import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from policy_clients.testing._server import IncomingRequest

MAX_SKEW_SECONDS = 300.0
_PARAM = re.compile(r'([A-Za-z]+)="([^"]*)"')
_BASE_HEADERS = ("date", "(request-target)", "host")
_BODY_HEADERS = ("content-length", "content-type", "x-content-sha256")
_BODY_METHODS = frozenset({"PUT", "POST", "PATCH"})


@dataclass(frozen=True)
class OCICredentials:
    """An OCI API signing key made for a fake; the repr hides the private key."""

    tenancy: str
    user: str
    fingerprint: str
    private_key_pem: bytes = field(repr=False)

    @property
    def key_id(self) -> str:
        """`<tenancy>/<user>/<fingerprint>`, as the Authorization header names the key."""
        return f"{self.tenancy}/{self.user}/{self.fingerprint}"


def fingerprint(public_key: rsa.RSAPublicKey) -> str:
    """OCI's key fingerprint: MD5 of the DER public key, colon-separated hex."""
    der = public_key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    digest = hashlib.md5(der, usedforsecurity=False).hexdigest()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def make_oci_credentials() -> tuple[OCICredentials, rsa.RSAPublicKey]:
    """Return a fresh 2048-bit key with made-up tenancy and user OCIDs, and the public key to register."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    tenancy = f"ocid1.tenancy.oc1..aaaafake{secrets.token_hex(12)}"
    user = f"ocid1.user.oc1..aaaafake{secrets.token_hex(12)}"
    return OCICredentials(tenancy, user, fingerprint(key.public_key()), pem), key.public_key()


def required_headers(method: str) -> tuple[str, ...]:
    """Headers a request of this method must sign."""
    return _BASE_HEADERS + _BODY_HEADERS if method.upper() in _BODY_METHODS else _BASE_HEADERS


def signature_problem(request: IncomingRequest, keys: Mapping[str, rsa.RSAPublicKey], now: float) -> str | None:
    """Why a request's OCI signature is refused at time `now`, or None when it verifies."""
    header = request.header("authorization")
    if header is None:
        return "missing Authorization header"
    scheme, _, rest = header.partition(" ")
    if scheme != "Signature":
        return "Authorization is not an OCI Signature"
    params = dict(_PARAM.findall(rest))
    if params.get("algorithm") != "rsa-sha256" or params.get("version") != "1":
        return 'signature must have algorithm="rsa-sha256" and version="1"'
    key = keys.get(params.get("keyId", ""))
    if key is None:
        return "unknown keyId"
    signed = params.get("headers", "").lower().split()
    missing = [name for name in required_headers(request.method) if name not in signed]
    if missing:
        return f"required headers not signed: {missing}"
    absent = [name for name in signed if name != "(request-target)" and request.header(name) is None]
    if absent:
        return f"signed headers missing from the request: {absent}"
    problem = _date_problem(request.header("date") or request.header("x-date") or "", now)
    if problem is None and request.method.upper() in _BODY_METHODS:
        problem = _body_problem(request)
    if problem is not None:
        return problem
    lines = [
        f"(request-target): {request.method.lower()} {request.target}"
        if name == "(request-target)"
        else f"{name}: {request.header(name)}"
        for name in signed
    ]
    try:
        signature = base64.b64decode(params.get("signature", ""), validate=True)
        key.verify(signature, "\n".join(lines).encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    except (binascii.Error, ValueError, InvalidSignature):
        return "signature does not verify"
    return None


def _date_problem(value: str, now: float) -> str | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return "date header is not an HTTP date"
    if when.tzinfo is None:
        return "date header has no time zone"
    if abs(when.timestamp() - now) > MAX_SKEW_SECONDS:
        return "date header is more than 5 minutes from the server's clock"
    return None


def _body_problem(request: IncomingRequest) -> str | None:
    expected = base64.b64encode(hashlib.sha256(request.body).digest()).decode("ascii")
    if request.header("x-content-sha256") != expected:
        return "x-content-sha256 does not match the body"
    if request.header("content-length") != str(len(request.body)):
        return "content-length does not match the body"
    return None
