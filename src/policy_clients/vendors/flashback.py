"""Factory for the Flashback client (``flashback_client``), bearer token."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Unpack

from .._options import ClientOptions, env_value, require
from .._secret import hides_credentials
from ._base import build_generated_client, facade_client_class, json_error_parser, only_token_provider, text
from ._install import vendor_package

if TYPE_CHECKING:
    import flashback_client
    import httpx

    from ..auth.provider import TokenProvider

__all__ = ["DEFAULT_BASE_URL", "REFRESH_TOKEN_ENV", "TOKEN_ENV", "flashback", "parse_error"]

VENDOR = "flashback"
TOKEN_ENV = "FLASHBACK_API_TOKEN"  # noqa: S105 - an environment variable name
REFRESH_TOKEN_ENV = "FLASHBACK_REFRESH_TOKEN"  # noqa: S105 - an environment variable name
DEFAULT_BASE_URL = "https://backend.flashback.tech"


def _parse(data: dict[str, Any]) -> object:
    from flashback_client.models import ErrorBody

    return ErrorBody.from_dict(data)


parse_error = json_error_parser(_parse, lambda model: text(getattr(model, "message", None)))
"""Parse a Flashback ``{success: false, message}`` body into ``ErrorBody`` and its message."""


@functools.cache
def _client_class() -> type[flashback_client.AuthenticatedClient]:
    with vendor_package(VENDOR, "flashback_client", "flashback"):
        from flashback_client import AuthenticatedClient

    return facade_client_class(AuthenticatedClient, "FlashbackClient", __name__)


@hides_credentials
def flashback(
    token: str | None = None,
    *,
    refresh_token: str | None = None,
    base_url: str | None = None,
    refresh_url: str | None = None,
    token_provider: TokenProvider | None = None,
    **options: Unpack[ClientOptions],
) -> flashback_client.AuthenticatedClient:
    """Build a Flashback client for every ``flashback_client.api`` operation, sync and async.

    Credentials, first match wins: ``token_provider``; ``refresh_token`` (or ``$FLASHBACK_REFRESH_TOKEN``):
    access tokens from ``POST <base_url>/user/refresh``, refreshed before ``expiresAt`` and once after a
    401, the rotated refresh token kept (``token`` is then the first access token, used until refused);
    ``token`` (or ``$FLASHBACK_API_TOKEN``), a static access token.

    Args:
        token: a Flashback access token.
        refresh_token: a refresh token (from ``POST /user/login``).
        base_url: default ``https://backend.flashback.tech`` (the host of the vendor's docs; the vendor's
            TypeScript client uses ``https://api.flashback.tech``).
        refresh_url: overrides ``<base_url>/user/refresh``.
        token_provider: a callable (sync, or returning an awaitable) asked for the access token on every
            attempt and again after a 401; replaces the other credentials.
        **options: the common options (``policy_clients.ClientOptions``).

    Raises:
        ConfigurationError: no token was given or found, or ``token_provider`` with another credential.
        InsecureTransportError: a URL is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``flashback-client`` package is not installed.

    """
    from ..auth.bearer import BearerTokenAuth
    from ..auth.flashback import REFRESH_PATH, FlashbackRefreshTokenAuth
    from ..auth.provider import TokenProviderAuth

    base_url = base_url or DEFAULT_BASE_URL
    auth: httpx.Auth
    if token_provider is not None:
        only_token_provider(VENDOR, token=token, refresh_token=refresh_token)
        auth = TokenProviderAuth(token_provider)
    elif refresh_token is not None or (token is None and env_value(REFRESH_TOKEN_ENV) is not None):
        refresh = refresh_token or env_value(REFRESH_TOKEN_ENV)
        assert refresh is not None
        url = refresh_url or base_url.rstrip("/") + REFRESH_PATH
        auth = FlashbackRefreshTokenAuth(refresh, refresh_url=url, access_token=token)
    else:
        auth = BearerTokenAuth(require(token or env_value(TOKEN_ENV), argument="token", env=TOKEN_ENV, vendor=VENDOR))
    return build_generated_client(
        _client_class(),
        vendor=VENDOR,
        base_url=base_url,
        auth=auth,
        error_parser=parse_error,
        options=options,
    )
