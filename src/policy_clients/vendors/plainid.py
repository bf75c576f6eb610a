"""Factory for the PlainID client (``plainid_client``), bearer token, regional hosts."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Unpack

from .._errors import ConfigurationError
from .._options import ClientOptions, env_value, require
from ._base import build_generated_client, facade_client_class, json_error_parser, text
from ._install import vendor_package

if TYPE_CHECKING:
    import plainid_client

__all__ = ["DEFAULT_REGION", "REGIONS", "REGION_ENV", "TOKEN_ENV", "parse_error", "plainid", "region_base_url"]

VENDOR = "plainid"
TOKEN_ENV = "PLAINID_TOKEN"  # noqa: S105 - an environment variable name
REGION_ENV = "PLAINID_REGION"
REGIONS = ("us1", "ca1", "eu1")
DEFAULT_REGION = "us1"


def region_base_url(region: str) -> str:
    """Map a PlainID region (``us1``, ``ca1``, ``eu1``) to its API host."""
    name = region.strip().lower()
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


def plainid(
    token: str | None = None,
    *,
    region: str | None = None,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> plainid_client.AuthenticatedClient:
    """Build a PlainID client for every ``plainid_client.api`` operation, sync and async.

    Args:
        token: the PlainID API token; default ``$PLAINID_TOKEN``.
        region: ``us1``, ``ca1`` or ``eu1`` (host ``https://api.<region>.plainid.io``); default
            ``$PLAINID_REGION``, else ``us1`` (the spec's first server).
        base_url: overrides the region, e.g. a local PAA host.
        **options: the common options (``policy_clients.ClientOptions``).

    Raises:
        ConfigurationError: no token, or an unknown region.
        InsecureTransportError: ``base_url`` is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``plainid-client`` package is not installed.

    """
    from ..auth.bearer import BearerTokenAuth

    secret = require(token or env_value(TOKEN_ENV), argument="token", env=TOKEN_ENV, vendor=VENDOR)
    if base_url is None:
        base_url = region_base_url(region or env_value(REGION_ENV) or DEFAULT_REGION)
    return build_generated_client(
        _client_class(),
        vendor=VENDOR,
        base_url=base_url,
        auth=BearerTokenAuth(secret),
        error_parser=parse_error,
        options=options,
    )
