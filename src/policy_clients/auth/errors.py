"""Exceptions raised by the auth flows; all are ``PolicyClientError``s, so their text is redacted by shape."""

from __future__ import annotations

from .._errors import ConfigurationError, TokenEndpointError

__all__ = [
    "ConductorOneSecretError",
    "ConductorOneTokenError",
    "CredentialError",
    "OCIConfigError",
    "OCIFederationError",
    "OCIKeyError",
    "PlainIdTokenError",
]


class CredentialError(ConfigurationError):
    """Credential material is malformed or cannot be loaded (a ``ValueError``, as before)."""


class ConductorOneSecretError(CredentialError):
    """A ConductorOne client id or client secret does not have the documented shape."""


class OCIConfigError(CredentialError):
    """An OCI config file is missing, unreadable, or lacks a required key."""


class OCIKeyError(CredentialError):
    """An OCI API signing key cannot be loaded (wrong passphrase, not an RSA private key, ...)."""


class ConductorOneTokenError(TokenEndpointError):
    """The ConductorOne token endpoint did not issue a usable access token (see ``TokenEndpointError``)."""


class PlainIdTokenError(TokenEndpointError):
    """The PlainID token endpoint did not issue a usable access token (see ``TokenEndpointError``)."""


class OCIFederationError(TokenEndpointError):
    """OCI's instance metadata service or federation endpoint did not issue a usable security token."""
