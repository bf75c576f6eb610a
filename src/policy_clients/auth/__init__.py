"""httpx.Auth flows for the five vendors; each works with httpx.Client and httpx.AsyncClient.

Names load on first use (PEP 562), so a bearer-token client does not pay for ``cryptography``, which
only the ConductorOne and OCI flows need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time ``__getattr__`` imports on demand
    from .._safety import InsecureTransportError, ensure_secure_url
    from .bearer import BearerTokenAuth
    from .conductorone import (
        ConductorOneBearer,
        ConductorOneClientCredentials,
        ParsedClientSecret,
        make_client_assertion,
        parse_client_secret,
        token_host_from_client_id,
    )
    from .errors import (
        ConductorOneSecretError,
        ConductorOneTokenError,
        CredentialError,
        OCIConfigError,
        OCIFederationError,
        OCIKeyError,
        PlainIdTokenError,
    )
    from .flashback import FlashbackRefreshTokenAuth
    from .oci import OCIRequestSigner, OCISigner, build_signing_string, load_rsa_private_key, sign_request
    from .oci_config import OCIConfig, load_oci_config
    from .oci_instance_principal import OCIInstancePrincipalSigner
    from .oci_resource_principal import OCIResourcePrincipalSigner, resource_principal_signer
    from .oci_resource_principal_nested import OCINestedResourcePrincipalSigner
    from .oci_resource_principal_v11 import OCIResourcePrincipalV11Signer
    from .oci_resource_principal_v21 import OCIResourcePrincipalV21Signer
    from .oci_session import OCISessionTokenSigner, OCITokenProviderSigner
    from .oso import OsoCloudAuth, OsoCloudTokenProviderAuth
    from .plainid import PlainIdClientCredentials
    from .provider import TokenProvider, TokenProviderAuth

_MODULE_OF: dict[str, str] = {
    "InsecureTransportError": ".._safety",
    "ensure_secure_url": ".._safety",
    "BearerTokenAuth": ".bearer",
    "ConductorOneBearer": ".conductorone",
    "ConductorOneClientCredentials": ".conductorone",
    "ParsedClientSecret": ".conductorone",
    "make_client_assertion": ".conductorone",
    "parse_client_secret": ".conductorone",
    "token_host_from_client_id": ".conductorone",
    "ConductorOneSecretError": ".errors",
    "ConductorOneTokenError": ".errors",
    "CredentialError": ".errors",
    "OCIConfigError": ".errors",
    "OCIFederationError": ".errors",
    "OCIKeyError": ".errors",
    "PlainIdTokenError": ".errors",
    "FlashbackRefreshTokenAuth": ".flashback",
    "OCIRequestSigner": ".oci",
    "OCISigner": ".oci",
    "build_signing_string": ".oci",
    "load_rsa_private_key": ".oci",
    "sign_request": ".oci",
    "OCIConfig": ".oci_config",
    "load_oci_config": ".oci_config",
    "OCIInstancePrincipalSigner": ".oci_instance_principal",
    "OCIResourcePrincipalSigner": ".oci_resource_principal",
    "resource_principal_signer": ".oci_resource_principal",
    "OCIResourcePrincipalV21Signer": ".oci_resource_principal_v21",
    "OCIResourcePrincipalV11Signer": ".oci_resource_principal_v11",
    "OCINestedResourcePrincipalSigner": ".oci_resource_principal_nested",
    "OCISessionTokenSigner": ".oci_session",
    "OCITokenProviderSigner": ".oci_session",
    "OsoCloudAuth": ".oso",
    "OsoCloudTokenProviderAuth": ".oso",
    "PlainIdClientCredentials": ".plainid",
    "TokenProvider": ".provider",
    "TokenProviderAuth": ".provider",
}

__all__ = [
    "BearerTokenAuth",
    "ConductorOneBearer",
    "ConductorOneClientCredentials",
    "ConductorOneSecretError",
    "ConductorOneTokenError",
    "CredentialError",
    "FlashbackRefreshTokenAuth",
    "InsecureTransportError",
    "OCIConfig",
    "OCIConfigError",
    "OCIFederationError",
    "OCIInstancePrincipalSigner",
    "OCIKeyError",
    "OCINestedResourcePrincipalSigner",
    "OCIRequestSigner",
    "OCIResourcePrincipalSigner",
    "OCIResourcePrincipalV11Signer",
    "OCIResourcePrincipalV21Signer",
    "OCISessionTokenSigner",
    "OCISigner",
    "OCITokenProviderSigner",
    "OsoCloudAuth",
    "OsoCloudTokenProviderAuth",
    "ParsedClientSecret",
    "PlainIdClientCredentials",
    "PlainIdTokenError",
    "TokenProvider",
    "TokenProviderAuth",
    "build_signing_string",
    "ensure_secure_url",
    "load_oci_config",
    "load_rsa_private_key",
    "make_client_assertion",
    "parse_client_secret",
    "resource_principal_signer",
    "sign_request",
    "token_host_from_client_id",
]

if not TYPE_CHECKING:  # hidden from mypy, so a misspelt name is an error rather than Any

    def __getattr__(name: str) -> Any:
        """Import a public name's module on first access and cache the name here."""
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
