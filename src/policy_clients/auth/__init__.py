"""httpx.Auth flows for the five vendors; each works with httpx.Client and httpx.AsyncClient."""

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
    OCIKeyError,
    PlainIdTokenError,
)
from .flashback import FlashbackRefreshTokenAuth
from .oci import OCIRequestSigner, OCISigner, build_signing_string, load_rsa_private_key, sign_request
from .oci_config import OCIConfig, load_oci_config
from .oci_resource_principal import OCIResourcePrincipalSigner
from .oci_session import OCISessionTokenSigner, OCITokenProviderSigner
from .oso import OsoCloudAuth, OsoCloudTokenProviderAuth
from .plainid import PlainIdClientCredentials
from .provider import TokenProvider, TokenProviderAuth

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
    "OCIKeyError",
    "OCIRequestSigner",
    "OCIResourcePrincipalSigner",
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
    "sign_request",
    "token_host_from_client_id",
]
