"""Factory for the ConductorOne client (``conductorone_client``): OAuth2 client credentials or a bearer token."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._errors import ConfigurationError
from .._options import ClientOptions, env_value
from ._base import build_generated_client, facade_client_class, json_error_parser, text
from ._install import vendor_package

if TYPE_CHECKING:
    import conductorone_client

__all__ = ["ACCESS_TOKEN_ENV", "CLIENT_ID_ENV", "CLIENT_SECRET_ENV", "conductorone", "parse_error"]

VENDOR = "conductorone"
CLIENT_ID_ENV = "CONDUCTORONE_CLIENT_ID"
CLIENT_SECRET_ENV = "CONDUCTORONE_CLIENT_SECRET"  # noqa: S105 - an environment variable name
ACCESS_TOKEN_ENV = "CONDUCTORONE_ACCESS_TOKEN"  # noqa: S105 - an environment variable name


def _parse(data: dict[str, Any]) -> object:
    from conductorone_client.models import GoogleRpcStatus

    return GoogleRpcStatus.from_dict(data)


parse_error = json_error_parser(_parse, lambda model: text(getattr(model, "message", None)))
"""Parse a ConductorOne ``google.rpc.Status`` error body and its message."""


@functools.cache
def _client_class() -> type[conductorone_client.AuthenticatedClient]:
    with vendor_package(VENDOR, "conductorone_client", "conductorone"):
        from conductorone_client import AuthenticatedClient

    return facade_client_class(AuthenticatedClient, "ConductorOneClient", __name__)


def conductorone(
    client_id: str | None = None,
    client_secret: str | None = None,
    *,
    access_token: str | None = None,
    tenant: str | None = None,
    base_url: str | None = None,
    token_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> conductorone_client.AuthenticatedClient:
    """Build a ConductorOne client for every ``conductorone_client.api`` operation, sync and async.

    Credentials, first match wins: ``client_id`` + ``client_secret`` arguments; ``access_token`` argument;
    ``$CONDUCTORONE_CLIENT_ID`` + ``$CONDUCTORONE_CLIENT_SECRET``; ``$CONDUCTORONE_ACCESS_TOKEN``.
    With client credentials, tokens are fetched from ``https://<tenant host>/auth/v1/token`` with a signed
    Ed25519 JWT assertion, cached, and refreshed 10 s before expiry.

    Args:
        client_id: ``<name>@<tenant>.conductor.one/<suffix>``; its host is the API and token host.
        client_secret: ``secret-token:conductorone.com:v1:...``.
        access_token: a pre-issued bearer token (then give ``tenant`` or ``base_url``).
        tenant: the tenant name, for ``https://<tenant>.conductor.one``.
        base_url: overrides the host derived from the client id or tenant.
        token_url: overrides the token endpoint (local fakes).
        **options: the common options (``policy_clients.ClientOptions``).

    Raises:
        ConfigurationError: no usable credentials, or no way to know the tenant host.
        InsecureTransportError: a URL is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``conductorone-client`` package is not installed.

    """
    from ..auth.bearer import BearerTokenAuth
    from ..auth.conductorone import ConductorOneClientCredentials, token_host_from_client_id

    auth: httpx.Auth
    if client_id is None and client_secret is None and access_token is None:
        client_id, client_secret = env_value(CLIENT_ID_ENV), env_value(CLIENT_SECRET_ENV)
        if client_id is None and client_secret is None:
            access_token = env_value(ACCESS_TOKEN_ENV)
    if client_id is not None and client_secret is not None:
        auth = ConductorOneClientCredentials(client_id, client_secret, token_url=token_url)
        host: str | None = token_host_from_client_id(client_id)
    elif access_token is not None and client_id is None and client_secret is None:
        auth = BearerTokenAuth(access_token)
        host = None
    else:
        raise ConfigurationError(
            f"{VENDOR}: pass client_id= and client_secret= (or set {CLIENT_ID_ENV} and {CLIENT_SECRET_ENV}), "
            f"or access_token= (or set {ACCESS_TOKEN_ENV})"
        )
    if base_url is None:
        if tenant is not None:
            base_url = f"https://{tenant.strip().lower()}.conductor.one"
        elif host is not None:
            base_url = f"https://{host}"
        else:
            raise ConfigurationError(f"{VENDOR}: with an access token, pass tenant= or base_url=")
    return build_generated_client(
        _client_class(),
        vendor=VENDOR,
        base_url=base_url,
        auth=auth,
        error_parser=parse_error,
        options=options,
    )
