"""Factory for the ConductorOne client (``conductorone_client``): OAuth2 client credentials or a bearer token."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._errors import ConfigurationError
from .._options import ClientOptions, env_value
from .._safety import host_label
from .._secret import hides_credentials
from ._base import build_generated_client, facade_client_class, json_error_parser, only_token_provider, text
from ._install import vendor_package

if TYPE_CHECKING:
    import conductorone_client

    from ..auth.provider import TokenProvider

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


def _override_origin(base_url: str | None, tenant: str | None) -> httpx.URL | None:
    """The API origin an explicit ``base_url`` (first) or ``tenant`` names; the token host follows it, as in the SDK."""
    if base_url is not None:
        url = httpx.URL(base_url)
        if not url.host:
            raise ConfigurationError(f"{VENDOR}: base_url must be an absolute URL")
        return url.copy_with(path="/", query=None, fragment=None)
    if tenant is not None:
        return httpx.URL(f"https://{tenant}.conductor.one/")
    return None


def _credential_auth(
    client_id: str | None,
    client_secret: str | None,
    access_token: str | None,
    base_url: str | None,
    tenant: str | None,
    token_url: str | None,
) -> tuple[httpx.Auth, str | None]:
    """Client credentials or an access token, arguments before the environment; and the host they name."""
    from ..auth.bearer import BearerTokenAuth
    from ..auth.conductorone import TOKEN_PATH, ConductorOneClientCredentials, token_host_from_client_id

    if client_id is None and client_secret is None and access_token is None:
        client_id, client_secret = env_value(CLIENT_ID_ENV), env_value(CLIENT_SECRET_ENV)
        if client_id is None and client_secret is None:
            access_token = env_value(ACCESS_TOKEN_ENV)
    if client_id is not None and client_secret is not None:
        override = _override_origin(base_url, tenant)
        if token_url is None and override is not None:
            token_url = str(override.join(TOKEN_PATH))
        token_host = override.netloc.decode("ascii") if override is not None else None
        auth = ConductorOneClientCredentials(client_id, client_secret, token_url=token_url, token_host=token_host)
        return auth, token_host_from_client_id(client_id)
    if access_token is not None and client_id is None and client_secret is None:
        return BearerTokenAuth(access_token), None
    raise ConfigurationError(
        f"{VENDOR}: pass client_id= and client_secret= (or set {CLIENT_ID_ENV} and {CLIENT_SECRET_ENV}), "
        f"or access_token= (or set {ACCESS_TOKEN_ENV})"
    )


@functools.cache
def _client_class() -> type[conductorone_client.AuthenticatedClient]:
    with vendor_package(VENDOR, "conductorone_client", "conductorone"):
        from conductorone_client import AuthenticatedClient

    return facade_client_class(AuthenticatedClient, "ConductorOneClient", __name__)


@hides_credentials
def conductorone(
    client_id: str | None = None,
    client_secret: str | None = None,
    *,
    access_token: str | None = None,
    tenant: str | None = None,
    base_url: str | None = None,
    token_url: str | None = None,
    token_provider: TokenProvider | None = None,
    **options: Unpack[ClientOptions],
) -> conductorone_client.AuthenticatedClient:
    """Build a ConductorOne client for every ``conductorone_client.api`` operation, sync and async.

    Credentials, first match wins: ``client_id`` + ``client_secret`` arguments; ``access_token`` argument;
    ``$CONDUCTORONE_CLIENT_ID`` + ``$CONDUCTORONE_CLIENT_SECRET``; ``$CONDUCTORONE_ACCESS_TOKEN``.
    With client credentials, tokens are fetched from ``<host>/auth/v1/token`` with a signed Ed25519 JWT
    assertion, cached, and refreshed 10 s before expiry. The host is the API host: ``base_url``, else
    ``tenant``, else the client id's host (``name@acme/x`` means ``acme.conductor.one``), as the Go SDK's
    tenant override sets both.

    Args:
        client_id: ``<name>@<tenant>.conductor.one/<suffix>``; its host is the API and token host.
        client_secret: ``secret-token:conductorone.com:v1:...``.
        access_token: a pre-issued bearer token (then give ``tenant`` or ``base_url``).
        tenant: the tenant name, for ``https://<tenant>.conductor.one``.
        base_url: overrides the host derived from the client id or tenant (the token host follows it).
        token_url: overrides the token endpoint alone (a proxy, local fakes).
        token_provider: a callable (sync, or returning an awaitable) asked for the access token on every
            attempt and again after a 401; replaces the other credentials (then give ``tenant`` or ``base_url``).
        **options: the common options (``policy_clients.ClientOptions``).

    Raises:
        ConfigurationError: no usable credentials, or no way to know the tenant host.
        InsecureTransportError: a URL is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``conductorone-client`` package is not installed.

    """
    auth: httpx.Auth
    if tenant is not None:
        tenant = host_label(tenant, what="tenant", vendor=VENDOR)
    if token_provider is not None:
        from ..auth.provider import TokenProviderAuth

        only_token_provider(VENDOR, client_id=client_id, client_secret=client_secret, access_token=access_token)
        auth, host = TokenProviderAuth(token_provider), None
    else:
        auth, host = _credential_auth(client_id, client_secret, access_token, base_url, tenant, token_url)
    if base_url is None:
        if tenant is not None:
            base_url = f"https://{tenant}.conductor.one"
        elif host is not None:
            base_url = f"https://{host}"
        else:
            raise ConfigurationError(f"{VENDOR}: with an access token or token_provider, pass tenant= or base_url=")
    return build_generated_client(
        _client_class(),
        vendor=VENDOR,
        base_url=base_url,
        auth=auth,
        error_parser=parse_error,
        options=options,
    )
