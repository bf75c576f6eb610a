"""Verify ConductorOne client assertions (EdDSA JWS), written apart from the facade's signer as a cross-check."""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

_NONCE = re.compile(r"^[0-9a-fA-F]{32}$")
SECRET_PREFIX = "secret-token:conductorone.com:v1:"  # noqa: S105 - a format prefix, not a secret


def b64url_decode(text: str) -> bytes:
    """Decode unpadded base64url (raises ValueError on bad input)."""
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise ValueError("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as exc:
        raise ValueError("not base64url") from exc


def b64url_encode(data: bytes) -> str:
    """Unpadded base64url."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def token_host(client_id: str) -> str:
    """Return the token host a client id names: between `@` and `/`, lower-cased (may carry a port)."""
    _, at, rest = client_id.partition("@")
    host = rest.split("/", 1)[0].lower()
    if not at or not host:
        raise ValueError("client id does not name a token host")
    return host


def audience_for(client_id: str) -> str:
    """Return the `aud` a client id's assertions must carry: its token host without the port."""
    host = token_host(client_id)
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


@dataclass(frozen=True)
class ClientCredentials:
    """A ConductorOne client id and secret made for a fake; the repr hides the secret."""

    client_id: str
    client_secret: str = field(repr=False)


def make_client_credentials(name: str, host: str, suffix: str = "pcc") -> tuple[ClientCredentials, Ed25519PublicKey]:
    """Fresh credentials in ConductorOne's format for a token host, and the public key to register."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(public), "d": b64url_encode(private)}
    secret = SECRET_PREFIX + b64url_encode(json.dumps(jwk, separators=(",", ":")).encode("utf-8"))
    return ClientCredentials(f"{name}@{host}/{suffix}", secret), key.public_key()


@dataclass
class AssertionChecker:
    """Checks assertions for registered clients; remembers nonces so an assertion cannot be replayed."""

    keys: dict[str, Ed25519PublicKey] = field(default_factory=dict)
    _nonces: set[str] = field(default_factory=set)

    def problem(self, assertion: str, client_id: str, now: float, audience: str | None = None) -> str | None:
        """Why an assertion is refused for a client id at time `now`, or None if it is good.

        `audience` is the name the server was reached by (its `aud`); default: the client id's host.
        """
        key = self.keys.get(client_id)
        if key is None:
            return "unknown client_id"
        parts = assertion.split(".")
        if len(parts) != 3:
            return "client_assertion is not a compact JWS"
        try:
            header: Any = json.loads(b64url_decode(parts[0]))
            claims: Any = json.loads(b64url_decode(parts[1]))
            signature = b64url_decode(parts[2])
        except ValueError:
            return "client_assertion does not decode"
        if not isinstance(header, dict) or not isinstance(claims, dict):
            return "client_assertion header or claims are not objects"
        if header.get("alg") != "EdDSA":
            return f"alg must be EdDSA, got {header.get('alg')!r}"
        nonce = header.get("nonce")
        if not isinstance(nonce, str) or not _NONCE.match(nonce):
            return "header nonce must be 32 hex characters"
        try:
            key.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"))
        except InvalidSignature:
            return "bad signature"
        claim_problem = _claims_problem(claims, client_id, now, audience or audience_for(client_id))
        if claim_problem:
            return claim_problem
        if nonce in self._nonces:
            return "assertion replayed (nonce seen before)"
        self._nonces.add(nonce)
        return None


def _claims_problem(claims: dict[str, Any], client_id: str, now: float, expected: str) -> str | None:
    if claims.get("iss") != client_id or claims.get("sub") != client_id:
        return "iss and sub must both be the client id"
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if expected not in audiences:
        return f"aud must contain {expected!r}"
    times = {name: claims.get(name) for name in ("iat", "nbf", "exp")}
    for name, value in times.items():
        if not isinstance(value, int | float) or isinstance(value, bool):
            return f"{name} must be a number"
    if not float(times["nbf"]) <= now:  # type: ignore[arg-type]
        return "assertion not yet valid (nbf)"
    if not now < float(times["exp"]):  # type: ignore[arg-type]
        return "assertion expired (exp)"
    return None
