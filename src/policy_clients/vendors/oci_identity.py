"""Factory for the OCI Identity client (``oci_identity_client``), RSA-SHA256 request signatures."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any, Unpack

from .._errors import ConfigurationError
from .._options import ClientOptions
from ._base import build_generated_client, facade_client_class, json_error_parser, text
from ._install import vendor_package

if TYPE_CHECKING:
    import oci_identity_client

    from ..auth.oci import OCIRequestSigner

__all__ = ["CONFIG_FILE_ENV", "PROFILE_ENV", "oci_identity", "parse_error", "region_base_url"]

VENDOR = "oci_identity"
CONFIG_FILE_ENV = "OCI_CONFIG_FILE"
PROFILE_ENV = "OCI_CLI_PROFILE"


def region_base_url(region: str) -> str:
    """Map an OCI region identifier (e.g. ``us-ashburn-1``) to its Identity endpoint."""
    name = region.strip().lower()
    if not name or not all(ch.isalnum() or ch == "-" for ch in name):
        raise ConfigurationError(f"{VENDOR}: {region!r} is not an OCI region identifier")
    return f"https://identity.{name}.oci.oraclecloud.com"


def _parse(data: dict[str, Any]) -> object:
    from oci_identity_client.models import Error

    return Error.from_dict(data)


def _describe(model: Any) -> str | None:
    code, message = text(getattr(model, "code", None)), text(getattr(model, "message", None))
    return f"{code}: {message}" if code and message else message or code


parse_error = json_error_parser(_parse, _describe)
"""Parse an OCI ``{code, message}`` error body into ``Error``."""


@functools.cache
def _client_class() -> type[oci_identity_client.AuthenticatedClient]:
    with vendor_package(VENDOR, "oci_identity_client", "oci-identity"):
        from oci_identity_client import AuthenticatedClient

    return facade_client_class(AuthenticatedClient, "OCIIdentityClient", __name__)


def oci_identity(
    *,
    config_file: str | os.PathLike[str] | None = None,
    profile: str | None = None,
    signer: OCIRequestSigner | None = None,
    region: str | None = None,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> oci_identity_client.AuthenticatedClient:
    """Build an OCI Identity client for every ``oci_identity_client.api`` operation, sync and async.

    Every attempt (retries included) is signed afresh. Credentials: ``signer`` if given (build one with
    ``OCIRequestSigner.from_pem(...)``), else the config file profile: ``config_file`` or
    ``$OCI_CONFIG_FILE`` or ``~/.oci/config``; ``profile`` or ``$OCI_CLI_PROFILE`` or ``DEFAULT``
    (keys ``user``, ``fingerprint``, ``key_file``, ``tenancy``, ``region``, optional ``pass_phrase``).

    Args:
        config_file: the OCI config file.
        profile: the profile in it.
        signer: a ready ``policy_clients.auth.oci.OCIRequestSigner`` (then the config file is not read).
        region: overrides the profile's region; the host is ``https://identity.<region>.oci.oraclecloud.com``.
        base_url: overrides the region (a Private Cloud Appliance's identity host, local fakes).
        **options: the common options (``policy_clients.ClientOptions``). Retries re-sign each attempt;
            a 412 to an ``if-match`` update after an ambiguous attempt raises ``PreconditionFailedError``
            with ``earlier_attempt_may_have_succeeded=True``.

    Raises:
        ConfigurationError: no region or base URL could be found.
        policy_clients.auth.OCIConfigError / OCIKeyError: the config or key cannot be loaded.
        InsecureTransportError: ``base_url`` is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``oci-identity-client`` package is not installed.

    """
    from ..auth.oci import OCIRequestSigner
    from ..auth.oci_config import load_oci_config

    client_class = _client_class()  # a missing package is the first thing to fix, before any config
    if signer is None:
        config = load_oci_config(config_file, profile)
        signer = OCIRequestSigner.from_config(config)
        region = region or config.region
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
    )
