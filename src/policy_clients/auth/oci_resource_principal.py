"""OCI resource principals, version 2.2 (Functions, Data Flow, Jobs): the platform hands the token over.

The runtime sets ``OCI_RESOURCE_PRINCIPAL_VERSION=2.2`` and puts the resource principal session token
(RPST, a JWT) and its private key in the environment, each either inline or as an absolute path to a
file that the platform rewrites when it rotates them. Calls are signed with ``keyId="ST$<RPST>"``.
As in the SDK there is no refresh before a request; a 401 re-reads both and re-signs once.

Versions 2.1, 2.1.1 and 2.1.2 fetch their tokens over the network (``oci_resource_principal_v21``;
1.1 fetches as the instance principal (``oci_resource_principal_v11``), 3.0 nests one through its parents
(``oci_resource_principal_nested``); ``resource_principal_signer`` picks by version. An unknown version is a
clear error rather than a silent fallback.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .._secret import hides_credentials
from .errors import OCIConfigError, OCIKeyError
from .oci import OCISigner, load_rsa_private_key
from .oci_session import SESSION_KEY_ID_PREFIX

if TYPE_CHECKING:
    from .oci_resource_principal_nested import OCINestedResourcePrincipalSigner
    from .oci_resource_principal_v11 import OCIResourcePrincipalV11Signer
    from .oci_resource_principal_v21 import OCIResourcePrincipalV21Signer

ResourcePrincipal = Union[
    "OCIResourcePrincipalSigner",
    "OCIResourcePrincipalV21Signer",
    "OCIResourcePrincipalV11Signer",
    "OCINestedResourcePrincipalSigner",
]


__all__ = [
    "FETCHED_VERSIONS",
    "RESOURCE_PRINCIPAL_VERSION_ENV",
    "OCIResourcePrincipalSigner",
    "ResourcePrincipal",
    "ResourcePrincipalClaims",
    "load_resource_key",
    "resource_principal_signer",
]

RESOURCE_PRINCIPAL_VERSION_ENV = "OCI_RESOURCE_PRINCIPAL_VERSION"
_RPST_ENV = "OCI_RESOURCE_PRINCIPAL_RPST"
_PEM_ENV = "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM"
_PASSPHRASE_ENV = "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
_REGION_ENV = "OCI_RESOURCE_PRINCIPAL_REGION"
_MAX_FILE_BYTES = 256 * 1024
FETCHED_VERSIONS = ("2.1", "2.1.1", "2.1.2")
_SUPPORTED = "supported: 2.2, " + ", ".join(FETCHED_VERSIONS) + ", 1.1, 3.0"


@dataclass(frozen=True)
class ResourcePrincipalClaims:
    """What the RPST says about the resource (read, not verified: the server verifies it)."""

    tenancy: str | None
    compartment: str | None


class OCIResourcePrincipalSigner(OCISigner):
    """Sign as the resource the code runs in, from the ``OCI_RESOURCE_PRINCIPAL_*`` environment."""

    @hides_credentials
    def __init__(self, *, environ: Mapping[str, str] | None = None, clock: Callable[[], float] = time.time) -> None:
        super().__init__(clock=clock)
        env = dict(os.environ if environ is None else environ)
        version = env.get(RESOURCE_PRINCIPAL_VERSION_ENV, "").strip()
        if not version:
            raise OCIConfigError(f"resource principals need ${RESOURCE_PRINCIPAL_VERSION_ENV} (not set)")
        if version != "2.2":
            raise OCIConfigError(f"resource principal version {version!r} is not supported ({_SUPPORTED})")
        for name in (_RPST_ENV, _PEM_ENV, _REGION_ENV):
            if not env.get(name, "").strip():
                raise OCIConfigError(f"resource principal version 2.2 needs ${name} (not set)")
        self._rpst_source = env[_RPST_ENV].strip()
        self._pem_source = env[_PEM_ENV].strip()
        self._passphrase_source = env.get(_PASSPHRASE_ENV) or None
        self.region = env[_REGION_ENV].strip()
        self._lock = threading.Lock()
        self._key_id, self._private_key = self._load()

    def credentials(self) -> tuple[str, RSAPrivateKey]:
        """The RPST and key loaded last (at start, or after a 401)."""
        with self._lock:
            return self._key_id, self._private_key

    @hides_credentials
    def refresh_after_401(self) -> bool:
        """Re-read token and key when they come from files (the platform may have rotated them)."""
        if not (_is_path(self._rpst_source) or _is_path(self._pem_source)):
            return False
        loaded = self._load()
        with self._lock:
            changed = loaded[0] != self._key_id
            self._key_id, self._private_key = loaded
        return changed

    @property
    def claims(self) -> ResourcePrincipalClaims:
        """``res_tenant`` and ``res_compartment`` from the token's payload."""
        payload = _jwt_payload(self.credentials()[0].removeprefix(SESSION_KEY_ID_PREFIX))
        tenancy, compartment = payload.get("res_tenant"), payload.get("res_compartment")
        return ResourcePrincipalClaims(
            tenancy=tenancy if isinstance(tenancy, str) else None,
            compartment=compartment if isinstance(compartment, str) else None,
        )

    def _load(self) -> tuple[str, RSAPrivateKey]:
        token = _value(self._rpst_source, _RPST_ENV).decode("ascii", errors="replace").strip()
        if not token or any(ch in token for ch in '"\\\r\n') or not token.isprintable():
            raise OCIConfigError(f"${_RPST_ENV} does not hold a resource principal session token")
        return SESSION_KEY_ID_PREFIX + token, load_resource_key(self._pem_source, self._passphrase_source)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(version='2.2', region={self.region!r}, token='***', private_key='***')"


@hides_credentials
def load_resource_key(pem_source: str, passphrase_source: str | None, *, suffix: str = "") -> RSAPrivateKey:
    """The resource's private key from ``$OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM<suffix>`` (the PEM or a path to it).

    With the PEM in a file, the SDK means the passphrase to be a file path too; inline, it is the text.
    """
    pem_env, passphrase_env = _PEM_ENV + suffix, _PASSPHRASE_ENV + suffix
    pem = _value(pem_source, pem_env)
    passphrase: bytes | None = None
    if passphrase_source is not None:
        passphrase = (
            _value(passphrase_source, passphrase_env).strip()
            if _is_path(pem_source) and _is_path(passphrase_source)
            else passphrase_source.encode("utf-8")
        )
    try:
        return load_rsa_private_key(pem, passphrase)
    except OCIKeyError as exc:  # its text names no secret; say where the key came from
        raise OCIConfigError(f"${pem_env}: {exc}") from None


def resource_principal_signer(
    *, environ: Mapping[str, str] | None = None, clock: Callable[[], float] = time.time
) -> ResourcePrincipal:
    """The signer ``$OCI_RESOURCE_PRINCIPAL_VERSION`` asks for: 2.2 (handed over), 2.1.x and 1.1 (fetched), 3.0.

    Every one has a ``region`` (``None`` for 1.1 without ``$OCI_RESOURCE_PRINCIPAL_REGION``: the instance's).
    """
    env = dict(os.environ if environ is None else environ)
    version = env.get(RESOURCE_PRINCIPAL_VERSION_ENV, "").strip()
    if version in FETCHED_VERSIONS:
        from .oci_resource_principal_v21 import OCIResourcePrincipalV21Signer

        return OCIResourcePrincipalV21Signer(environ=env, clock=clock)
    if version == "1.1":
        from .oci_resource_principal_v11 import OCIResourcePrincipalV11Signer

        return OCIResourcePrincipalV11Signer(environ=env, clock=clock)
    if version == "3.0":
        from .oci_resource_principal_nested import OCINestedResourcePrincipalSigner

        return OCINestedResourcePrincipalSigner(environ=env, clock=clock)
    return OCIResourcePrincipalSigner(environ=env, clock=clock)


def _is_path(source: str) -> bool:
    return os.path.isabs(source)


def _value(source: str, name: str) -> bytes:
    """An absolute path means the file's content; anything else is the value itself."""
    if not _is_path(source):
        return source.encode("utf-8")
    try:
        with Path(source).open("rb") as handle:
            data = handle.read(_MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise OCIConfigError(f"${name}: cannot read {source}: {exc.strerror or type(exc).__name__}") from None
    if len(data) > _MAX_FILE_BYTES:
        raise OCIConfigError(f"${name}: {source} is larger than {_MAX_FILE_BYTES} bytes")
    return data


def _jwt_payload(token: str) -> dict[str, object]:
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        decoded = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError):
        return {}
    return decoded if isinstance(decoded, dict) else {}
