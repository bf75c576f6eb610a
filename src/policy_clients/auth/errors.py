"""Exceptions raised by the auth flows; their messages never carry secrets."""

from __future__ import annotations

__all__ = [
    "ConductorOneSecretError",
    "ConductorOneTokenError",
    "CredentialError",
    "OCIConfigError",
    "OCIKeyError",
]


class CredentialError(ValueError):
    """Credential material is malformed or cannot be loaded."""


class ConductorOneSecretError(CredentialError):
    """A ConductorOne client id or client secret does not have the documented shape."""


class OCIConfigError(CredentialError):
    """An OCI config file is missing, unreadable, or lacks a required key."""


class OCIKeyError(CredentialError):
    """An OCI API signing key cannot be loaded (wrong passphrase, not an RSA private key, ...)."""


class ConductorOneTokenError(Exception):
    """The ConductorOne token endpoint did not issue a usable access token.

    ``status_code`` is the HTTP status (``None`` when the response never arrived) and
    ``body_excerpt`` a truncated, redacted piece of a non-200 response body.
    """

    def __init__(self, message: str, *, status_code: int | None = None, body_excerpt: str = "") -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body_excerpt = body_excerpt
