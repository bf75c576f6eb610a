"""Independent signers for the fake tests (OCI request signatures, ConductorOne client assertions),
written from auth.md rather than shared with the facade, so the fakes cross-check it."""

from __future__ import annotations

import base64
import email.utils
import hashlib
import json
import secrets
import time
from typing import Any

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

# -- ConductorOne: client secret and client assertion, made the way auth.md describes -----------------


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def c1_secret(key: Ed25519PrivateKey) -> str:
    jwk = {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": b64url(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)),
        "d": b64url(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())),
    }
    return "secret-token:conductorone.com:v1:" + b64url(json.dumps(jwk).encode())


def c1_assertion(
    key: Ed25519PrivateKey,
    client_id: str,
    *,
    now: float | None = None,
    header: dict[str, Any] | None = None,
    claims: dict[str, Any] | None = None,
) -> str:
    now = time.time() if now is None else now
    host = client_id.split("@", 1)[1].split("/", 1)[0].lower()
    head = {"alg": "EdDSA", "nonce": secrets.token_hex(16), **(header or {})}
    body = {
        "iss": client_id,
        "sub": client_id,
        "aud": [host.rsplit(":", 1)[0]],
        "iat": int(now),
        "nbf": int(now) - 120,
        "exp": int(now) + 120,
        **(claims or {}),
    }
    signing_input = f"{b64url(json.dumps(head).encode())}.{b64url(json.dumps(body).encode())}"
    return f"{signing_input}.{b64url(key.sign(signing_input.encode()))}"


def c1_token_form(client_id: str, assertion: str) -> dict[str, str]:
    return {
        "client_id": client_id,
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": assertion,
    }


# -- OCI: an httpx auth that signs the way auth.md describes ---------------------------------------------


class OciTestSigner(httpx.Auth):
    """Signs requests with RSA-SHA256 per OCI's scheme; `date` is overridable to test skew."""

    def __init__(
        self, key: rsa.RSAPrivateKey, key_id: str, *, date: str | None = None, headers: list[str] | None = None
    ) -> None:
        self.key, self.key_id, self.date, self.headers = key, key_id, date, headers

    def auth_flow(self, request: httpx.Request) -> Any:
        body = request.read()
        request.headers["date"] = self.date or email.utils.formatdate(usegmt=True)
        names = ["date", "(request-target)", "host"]
        if request.method in ("PUT", "POST", "PATCH"):
            request.headers.setdefault("content-type", "application/json")
            request.headers["content-length"] = str(len(body))
            request.headers["x-content-sha256"] = base64.b64encode(hashlib.sha256(body).digest()).decode()
            names += ["content-length", "content-type", "x-content-sha256"]
        names = self.headers or names
        target = request.url.raw_path.decode()
        lines = [
            f"(request-target): {request.method.lower()} {target}"
            if n == "(request-target)"
            else f"{n}: {request.headers[n]}"
            for n in names
        ]
        signature = self.key.sign("\n".join(lines).encode(), padding.PKCS1v15(), hashes.SHA256())
        request.headers["authorization"] = (
            f'Signature algorithm="rsa-sha256",headers="{" ".join(names)}",keyId="{self.key_id}",'
            f'signature="{base64.b64encode(signature).decode()}",version="1"'
        )
        yield request
