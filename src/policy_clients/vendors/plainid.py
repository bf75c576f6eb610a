"""Factory for the PlainID client (``plainid_client``), bearer token, regional hosts."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._errors import ConfigurationError
from .._options import ClientOptions, env_value
from .._secret import hides_credentials
from ._base import build_generated_client, facade_client_class, json_error_parser, only_token_provider, text
from ._install import vendor_package

if TYPE_CHECKING:
    import plainid_client

    from ..auth.provider import TokenProvider

__all__ = [
    "CLIENT_ID_ENV",
    "CLIENT_SECRET_ENV",
    "DEFAULT_REGION",
    "REGIONS",
    "REGION_ENV",
    "TOKEN_ENV",
    "parse_error",
    "plainid",
    "region_base_url",
]

VENDOR = "plainid"
TOKEN_ENV = "PLAINID_TOKEN"  # noqa: S105 - an environment variable name
CLIENT_ID_ENV = "PLAINID_CLIENT_ID"
CLIENT_SECRET_ENV = "PLAINID_CLIENT_SECRET"  # noqa: S105 - an environment variable name
REGION_ENV = "PLAINID_REGION"
REGIONS = ("us1", "ca1", "eu1")
DEFAULT_REGION = "us1"


def region_base_url(region: str) -> str:
    """Map a PlainID region (``us1``, ``ca1``, ``eu1``) to its API host."""
    name = region.strip().lower() if isinstance(region, str) else ""
    if name not in REGIONS:
        raise ConfigurationError(f"plainid: unknown region {region!r}; expected one of {', '.join(REGIONS)}")
    return f"https://api.{name}.plainid.io"


def _parse(data: dict[str, Any]) -> object:
    from plainid_client.models import ErrorList

    return ErrorList.from_dict(data)


def _describe(model: Any) -> str | None:
    errors = model.errors if isinstance(getattr(model, "errors", None), list) else []
    parts = []
    for error in errors:
        message = text(getattr(error, "message", None))
        code = text(getattr(error, "code", None))
        if message or code:
            parts.append(f"{code}: {message}" if code and message else message or code)
    return "; ".join(p for p in parts if p) or None


parse_error = json_error_parser(_parse, _describe)
"""Parse a PlainID ``{errors: [...]}`` body into ``ErrorList`` and its messages."""


@functools.cache
def _client_class() -> type[plainid_client.AuthenticatedClient]:
    with vendor_package(VENDOR, "plainid_client", "plainid"):
        from plainid_client import AuthenticatedClient

    return facade_client_class(AuthenticatedClient, "PlainIDClient", __name__)


def _auth(token: str | None, client_id: str | None, client_secret: str | None, token_url: str) -> httpx.Auth:
    """A static token or client credentials, arguments before the environment (never a mix of the two)."""
    from ..auth.bearer import BearerTokenAuth
    from ..auth.plainid import PlainIdClientCredentials

    if token is None and client_id is None and client_secret is None:
        client_id, client_secret = env_value(CLIENT_ID_ENV), env_value(CLIENT_SECRET_ENV)
        if client_id is None and client_secret is None:
            token = env_value(TOKEN_ENV)
    if token is not None and client_id is None and client_secret is None:
        return BearerTokenAuth(token)
    if token is None and client_id is not None and client_secret is not None:
        return PlainIdClientCredentials(client_id, client_secret, token_url=token_url)
    raise ConfigurationError(
        f"{VENDOR}: pass token= (or set {TOKEN_ENV}), or client_id= and client_secret= "
        f"(or set {CLIENT_ID_ENV} and {CLIENT_SECRET_ENV}), not both"
    )


@hides_credentials
def plainid(
    token: str | None = None,
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    region: str | None = None,
    base_url: str | None = None,
    token_url: str | None = None,
    token_provider: TokenProvider | None = None,
    **options: Unpack[ClientOptions],
) -> plainid_client.AuthenticatedClient:
    """Build a PlainID client for every ``plainid_client.api`` operation, sync and async.

    Credentials, first match wins: ``token``; ``client_id`` + ``client_secret``; ``$PLAINID_CLIENT_ID`` +
    ``$PLAINID_CLIENT_SECRET``; ``$PLAINID_TOKEN``. Client credentials are exchanged at
    ``<host>/api/1.0/api-key/token`` for a management API token, cached until ``expires_in``, one fetch at
    a time, and fetched again once when the API answers 401.

    Args:
        token: a PlainID management API token.
        client_id: an API client id (tenant or environment credential).
        client_secret: its secret.
        region: ``us1``, ``ca1`` or ``eu1`` (host ``https://api.<region>.plainid.io``); default
            ``$PLAINID_REGION``, else ``us1`` (the spec's first server).
        base_url: overrides the region, e.g. a local PAA host; the token endpoint follows it.
        token_url: overrides the token endpoint.
        token_provider: a callable (sync, or returning an awaitable) asked for the token on every attempt and
            again after a 401; replaces the other credentials.
        **options: the common options (``policy_clients.ClientOptions``).

    Raises:
        ConfigurationError: no credentials, both kinds, half a client credential, or an unknown region.
        InsecureTransportError: a URL is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``plainid-client`` package is not installed.

    """
    from ..auth.plainid import TOKEN_PATH

    if base_url is None:
        base_url = region_base_url(region or env_value(REGION_ENV) or DEFAULT_REGION)
    auth: httpx.Auth
    if token_provider is not None:
        from ..auth.provider import TokenProviderAuth

        only_token_provider(VENDOR, token=token, client_id=client_id, client_secret=client_secret)
        auth = TokenProviderAuth(token_provider)
    else:
        auth = _auth(token, client_id, client_secret, token_url or base_url.rstrip("/") + TOKEN_PATH)
    return build_generated_client(
        _client_class(),
        vendor=VENDOR,
        base_url=base_url,
        auth=auth,
        error_parser=parse_error,
        options=options,
    )
