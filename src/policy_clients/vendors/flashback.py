"""Factory for the Flashback client (``flashback_client``), bearer token."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Unpack

from .._options import ClientOptions, env_value, require
from ._base import build_generated_client, facade_client_class, json_error_parser, text
from ._install import vendor_package

if TYPE_CHECKING:
    import flashback_client

__all__ = ["DEFAULT_BASE_URL", "TOKEN_ENV", "flashback", "parse_error"]

VENDOR = "flashback"
TOKEN_ENV = "FLASHBACK_API_TOKEN"  # noqa: S105 - an environment variable name
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


def flashback(
    token: str | None = None,
    *,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> flashback_client.AuthenticatedClient:
    """Build a Flashback client for every ``flashback_client.api`` operation, sync and async.

    Args:
        token: the Flashback access token; default ``$FLASHBACK_API_TOKEN``.
        base_url: default ``https://backend.flashback.tech`` (the host of the vendor's docs; the vendor's
            TypeScript client uses ``https://api.flashback.tech``).
        **options: the common options (``policy_clients.ClientOptions``).

    Raises:
        ConfigurationError: no token was given or found.
        InsecureTransportError: ``base_url`` is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``flashback-client`` package is not installed.

    """
    from ..auth.bearer import BearerTokenAuth

    secret = require(token or env_value(TOKEN_ENV), argument="token", env=TOKEN_ENV, vendor=VENDOR)
    return build_generated_client(
        _client_class(),
        vendor=VENDOR,
        base_url=base_url or DEFAULT_BASE_URL,
        auth=BearerTokenAuth(secret),
        error_parser=parse_error,
        options=options,
    )
