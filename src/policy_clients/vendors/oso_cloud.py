"""Factory for the Oso Cloud client (``oso_cloud_client``), bearer API key."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Unpack

from .._options import ClientOptions, env_value, require
from .._secret import hides_credentials
from ._base import build_generated_client, facade_client_class, json_error_parser, only_token_provider, text
from ._install import vendor_package

if TYPE_CHECKING:
    import httpx
    import oso_cloud_client

    from ..auth.provider import TokenProvider

__all__ = ["API_KEY_ENV", "DEFAULT_BASE_URL", "URL_ENV", "api_base_url", "oso_cloud", "parse_error"]

VENDOR = "oso_cloud"
API_KEY_ENV = "OSO_CLOUD_API_KEY"
URL_ENV = "OSO_CLOUD_URL"
DEFAULT_BASE_URL = "https://api.osohq.com/api/"


def _parse(data: dict[str, Any]) -> object:
    from oso_cloud_client.models import (
        ApiError,
        GenericSavePolicyError,
        OtherSavePolicyError,
        TestsFailedSavePolicyError,
        ValidationSavePolicyError,
    )

    # SavePolicyError (POST /policy) is a oneOf told apart only by the const ``error_type``; Other takes
    # any type. Reads answer the plain ``ApiError`` (a message, no error_type).
    for model in (GenericSavePolicyError, ValidationSavePolicyError, TestsFailedSavePolicyError, OtherSavePolicyError):
        try:
            return model.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return ApiError.from_dict(data)


parse_error = json_error_parser(_parse, lambda model: text(getattr(model, "message", None)))
"""Parse an Oso error body into a ``*SavePolicyError`` (or, without ``error_type``, ``ApiError``) model."""


def api_base_url(url: str) -> str:
    """Oso's API root from either form people use: the server (``https://host``) or the API (``https://host/api``).

    Oso's own clients take ``OSO_CLOUD_URL`` as the server and append ``/api``, while its docs show API URLs
    ending in ``/api``; taking both means neither gives ``/api/api/policy`` (an opaque 404).
    """
    path, sep, query = url.partition("?")
    path = path.rstrip("/")
    if not path.endswith("/api"):
        path += "/api"
    return f"{path}/{sep}{query}"


@functools.cache
def _client_class() -> type[oso_cloud_client.AuthenticatedClient]:
    with vendor_package(VENDOR, "oso_cloud_client", "oso-cloud"):
        from oso_cloud_client import AuthenticatedClient

    return facade_client_class(AuthenticatedClient, "OsoCloudClient", __name__)


@hides_credentials
def oso_cloud(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    instance_id: str | None = None,
    token_provider: TokenProvider | None = None,
    **options: Unpack[ClientOptions],
) -> oso_cloud_client.AuthenticatedClient:
    """Build an Oso Cloud client for every ``oso_cloud_client.api`` operation, sync and async.

    The client keeps the ``OsoOffset`` of its last successful write and sends it on every later request
    (read-your-writes, as Oso's official clients do).

    Args:
        api_key: the Oso Cloud API key; default ``$OSO_CLOUD_API_KEY``.
        base_url: the server or its API base (default ``$OSO_CLOUD_URL``, else ``https://api.osohq.com/api/``);
            ``/api`` is appended unless the path already ends with it, so ``http://127.0.0.1:8080`` (as
            Oso's official clients read ``OSO_CLOUD_URL``) and ``http://127.0.0.1:8080/api`` both work.
        instance_id: the ``X-Oso-Instance-Id`` to send (default: a fresh uuid per client).
        token_provider: a callable (sync, or returning an awaitable) asked for the token on every attempt and
            again after a 401; replaces ``api_key``.
        **options: the common options (``policy_clients.ClientOptions``): retry, timeout, headers,
            event hooks, transports, limits, user agent, TLS, redirects, raise_for_status.

    Raises:
        ConfigurationError: no API key was given or found.
        InsecureTransportError: ``base_url`` is plain http to a host that is not this machine.
        MissingVendorPackageError (an ImportError): the ``oso-cloud-client`` package is not installed.

    """
    from ..auth.oso import OsoCloudAuth, OsoCloudTokenProviderAuth

    auth: httpx.Auth
    if token_provider is not None:
        only_token_provider(VENDOR, api_key=api_key)
        auth = OsoCloudTokenProviderAuth(token_provider, instance_id=instance_id)
    else:
        key = require(api_key or env_value(API_KEY_ENV), argument="api_key", env=API_KEY_ENV, vendor=VENDOR)
        auth = OsoCloudAuth(key, instance_id=instance_id)
    if base_url is None:
        base_url = env_value(URL_ENV) or DEFAULT_BASE_URL
    base_url = api_base_url(base_url)
    return build_generated_client(
        _client_class(),
        vendor=VENDOR,
        base_url=base_url,
        auth=auth,
        error_parser=parse_error,
        options=options,
    )
