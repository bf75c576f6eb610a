"""Minimal JOSE helpers: base64url without padding and compact Ed25519 JWS (no PyJWT needed)."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

__all__ = ["b64url_decode", "b64url_encode", "compact_json", "sign_eddsa_jws"]

_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def b64url_encode(data: bytes) -> str:
    """Encode as base64url with the padding stripped (RFC 7515 section 2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Decode strict unpadded base64url; raise ValueError (without echoing input) on anything else."""
    if not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url without padding")
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except binascii.Error:
        raise ValueError("not base64url without padding") from None


def compact_json(value: Mapping[str, Any]) -> bytes:
    """Serialise JSON the way JOSE libraries do: no whitespace, UTF-8."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign_eddsa_jws(header: Mapping[str, Any], claims: Mapping[str, Any], key: Ed25519PrivateKey) -> str:
    """Build a compact JWS (``header.payload.signature``) signed with Ed25519."""
    signing_input = f"{b64url_encode(compact_json(header))}.{b64url_encode(compact_json(claims))}"
    signature = key.sign(signing_input.encode("ascii"))
    return f"{signing_input}.{b64url_encode(signature)}"
