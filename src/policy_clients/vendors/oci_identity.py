"""Factory for the OCI Identity client (``oci_identity_client``), RSA-SHA256 request signatures."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any, Literal, Unpack, get_args

from .._errors import ConfigurationError
from .._options import ClientOptions
from .._retry import VendorRetryRules
from .._secret import hides_credentials
from ._base import build_generated_client, facade_client_class, json_error_parser, text
from ._install import vendor_package

if TYPE_CHECKING:
    from collections.abc import Callable

    import oci_identity_client
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    from ..auth.oci import OCISigner
    from ..auth.oci_config import OCIConfig

__all__ = [
    "AUTH_ENV",
    "CONFIG_FILE_ENV",
    "PROFILE_ENV",
    "REGION_ENV",
    "RETRY_RULES",
    "OCIAuthMode",
    "error_code",
    "oci_identity",
    "parse_error",
    "region_base_url",
]

VENDOR = "oci_identity"
CONFIG_FILE_ENV = "OCI_CONFIG_FILE"
PROFILE_ENV = "OCI_CLI_PROFILE"
REGION_ENV = "OCI_REGION"
AUTH_ENV = "OCI_CLI_AUTH"

OCIAuthMode = Literal["api_key", "session_token", "security_token", "instance_principal", "resource_principal"]
"""How the client authenticates; ``security_token`` is the OCI CLI's name for ``session_token``."""


def region_base_url(region: str) -> str:
    """The Identity endpoint of a region name or short code, in the region's realm (see ``oci_regions``)."""
    from .oci_regions import identity_endpoint

    return identity_endpoint(region)


def _parse(data: dict[str, Any]) -> object:
    from oci_identity_client.models import Error

    return Error.from_dict(data)


def _describe(model: Any) -> str | None:
    code, message = text(getattr(model, "code", None)), text(getattr(model, "message", None))
    return f"{code}: {message}" if code and message else message or code


parse_error = json_error_parser(_parse, _describe)
"""Parse an OCI ``{code, message}`` error body into ``Error``."""


def error_code(body: bytes) -> str | None:
    """The ``code`` of an OCI ``{code, message}`` error body (None for anything else)."""
    model, _ = parse_error(body, 0)
    return text(getattr(model, "code", None))


RETRY_RULES = VendorRetryRules(
    error_codes={409: frozenset({"IncorrectState", "LockConflict"})},
    error_code=error_code,
    retry_headers={"opc-client-retries": "true"},
)
"""As the OCI SDK's default strategy: 409 IncorrectState / LockConflict are retried (the resource is busy,
not in conflict with the request), and every attempt says ``opc-client-retries: true`` while retries are on."""


def _auth_mode(auth: str | None, *, explicit_config: bool) -> str | None:
    """The auth mode asked for; ``None`` lets the config profile decide.

    ``auth=``, else ``$OCI_CLI_AUTH``, else resource principals where the platform set them up and no
    config file was asked for. Unknown modes are refused by name.
    """
    from ..auth.oci_resource_principal import RESOURCE_PRINCIPAL_VERSION_ENV

    mode = (auth or os.environ.get(AUTH_ENV) or "").strip().lower()
    if not mode:
        return "resource_principal" if os.environ.get(RESOURCE_PRINCIPAL_VERSION_ENV) and not explicit_config else None
    if mode not in get_args(OCIAuthMode):
        known = ", ".join(get_args(OCIAuthMode))
        raise ConfigurationError(f"{VENDOR}: auth mode {mode!r} is not supported (supported: {known})")
    return mode


def _config_signer(config: OCIConfig, mode: str | None) -> OCISigner:
    """The signer for a config profile in the chosen mode, or the one the profile implies."""
    from ..auth.oci import OCIRequestSigner
    from ..auth.oci_session import OCISessionTokenSigner

    if mode is None:
        mode = "session_token" if config.security_token_file is not None else "api_key"
    if mode == "api_key":
        return OCIRequestSigner.from_config(config)
    return OCISessionTokenSigner.from_config(config)


def _provider_signer(
    token_provider: Callable[[], str], private_key: RSAPrivateKey | bytes | None, *, signer: object, auth: object
) -> OCISigner:
    """The signer for ``token_provider=``, which replaces every other way of choosing credentials."""
    from ..auth.oci import load_rsa_private_key
    from ..auth.oci_session import OCITokenProviderSigner

    clash = [name for name, value in (("signer", signer), ("auth", auth)) if value is not None]
    if clash:
        raise ConfigurationError(
            f"{VENDOR}: the token_provider argument replaces {', '.join(clash)}; pass one or the other"
        )
    if private_key is None:
        raise ConfigurationError(
            f"{VENDOR}: the token_provider argument needs the private_key argument (the session key)"
        )
    key = load_rsa_private_key(private_key) if isinstance(private_key, bytes) else private_key
    return OCITokenProviderSigner(token_provider, private_key=key)


@functools.cache
def _client_class() -> type[oci_identity_client.AuthenticatedClient]:
    with vendor_package(VENDOR, "oci_identity_client", "oci-identity"):
        from oci_identity_client import AuthenticatedClient

    return facade_client_class(AuthenticatedClient, "OCIIdentityClient", __name__)


@hides_credentials
def oci_identity(
    *,
    config_file: str | os.PathLike[str] | None = None,
    profile: str | None = None,
    signer: OCISigner | None = None,
    auth: OCIAuthMode | None = None,
    region: str | None = None,
    base_url: str | None = None,
    token_provider: Callable[[], str] | None = None,
    private_key: RSAPrivateKey | bytes | None = None,
    metadata_url: str | None = None,
    federation_endpoint: str | None = None,
    **options: Unpack[ClientOptions],
) -> oci_identity_client.AuthenticatedClient:
    """Build an OCI Identity client for every ``oci_identity_client.api`` operation, sync and async.

    Every attempt (retries included) is signed afresh. Credentials: ``signer`` if given (build one with
    ``OCIRequestSigner.from_pem(...)``), else the config file profile: ``config_file`` or
    ``$OCI_CONFIG_FILE`` or ``~/.oci/config``; ``profile`` or ``$OCI_CLI_PROFILE`` or ``DEFAULT``.
    An API-key profile has ``user``, ``fingerprint``, ``key_file``, ``tenancy`` (optional
    ``pass_phrase``); a session profile (``oci session authenticate``) has ``security_token_file`` and
    ``key_file``, and the token file is read again whenever the CLI refreshes it.

    Args:
        config_file: the OCI config file.
        profile: the profile in it.
        signer: a ready ``policy_clients.auth.OCISigner`` (then the config file is not read).
        auth: ``"api_key"``, ``"session_token"`` (alias ``"security_token"``), ``"instance_principal"`` (the
            compute instance's identity, from its metadata service) or ``"resource_principal"`` (from the
            ``OCI_RESOURCE_PRINCIPAL_*`` environment); default ``$OCI_CLI_AUTH``, else
            ``resource_principal`` when ``$OCI_RESOURCE_PRINCIPAL_VERSION`` is set and no config file or
            profile was named, else ``session_token`` when the profile names a ``security_token_file``,
            else ``api_key``.
        region: overrides the profile's region (or ``$OCI_REGION``): a name (``us-langley-1``) or short code
            (``phx``); the host is ``https://identity.<region>.oci.<the realm's domain>``.
        base_url: overrides the region (a Private Cloud Appliance's identity host, local fakes).
        token_provider: a synchronous callable returning a security token (a session token, an RPST), asked on
            every attempt and again after a 401; requests are signed with ``keyId="ST$<token>"`` and
            ``private_key`` (the session key: an RSA key or its PEM bytes). Replaces ``signer`` and the config.
        private_key: the session key for ``token_provider``.
        metadata_url: instance principals: the metadata service (default ``$OCI_METADATA_BASE_URL``, else
            ``http://169.254.169.254/opc/v2``).
        federation_endpoint: instance principals: the auth service (default ``https://auth.<instance's
            region>.<realm domain>``).
        **options: the common options (``policy_clients.ClientOptions``). Retries re-sign each attempt,
            also retry 409 ``IncorrectState`` / ``LockConflict`` and send ``opc-client-retries: true``
            (``RETRY_RULES``, as OCI's SDK); a 412 to an ``if-match`` update after an ambiguous attempt
            raises ``PreconditionFailedError`` with ``earlier_attempt_may_have_succeeded=True``.

    Raises:
        ConfigurationError: no region or base URL could be found, or ``auth`` names an unknown mode.
        policy_clients.auth.OCIConfigError / OCIKeyError: the config or key cannot be loaded.
        InsecureTransportError: ``base_url`` is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``oci-identity-client`` package is not installed.

    """
    from ..auth.oci_config import load_oci_config

    client_class = _client_class()  # a missing package is the first thing to fix, before any config
    if token_provider is not None:
        signer = _provider_signer(token_provider, private_key, signer=signer, auth=auth)
    elif private_key is not None:
        raise ConfigurationError(f"{VENDOR}: the private_key argument goes with the token_provider argument")
    instance_mode = False
    if signer is None:
        mode = _auth_mode(auth, explicit_config=config_file is not None or profile is not None)
        if mode == "instance_principal":
            from ..auth.oci_instance_principal import OCIInstancePrincipalSigner

            instance = OCIInstancePrincipalSigner(metadata_url=metadata_url, federation_endpoint=federation_endpoint)
            signer, instance_mode = instance, True
            if base_url is None:
                region = region or os.environ.get(REGION_ENV) or instance.region()
        elif mode == "resource_principal":
            from ..auth.oci_resource_principal import resource_principal_signer

            principal = resource_principal_signer()
            signer, region = principal, region or principal.region
            host = getattr(principal, "instance", None)  # 1.1: the instance's region, when none is set
            if not region and base_url is None and host is not None:
                region = os.environ.get(REGION_ENV) or host.region()
        else:
            config = load_oci_config(config_file, profile)
            signer = _config_signer(config, mode)
            region = region or config.region
    if (metadata_url is not None or federation_endpoint is not None) and not instance_mode:
        raise ConfigurationError(f"{VENDOR}: metadata_url and federation_endpoint go with auth='instance_principal'")
    region = region or os.environ.get(REGION_ENV) or None
    if base_url is None:
        if not region:
            raise ConfigurationError(f"{VENDOR}: pass region= or base_url=, or set region in the OCI config profile")
        base_url = region_base_url(region)
    return build_generated_client(
        client_class,
        vendor=VENDOR,
        base_url=base_url,
        auth=signer,
        error_parser=parse_error,
        options=options,
        retry_rules=RETRY_RULES,
        idempotency_header="opc-retry-token",  # the spec's x-retry-token header (create_policy)
    )
