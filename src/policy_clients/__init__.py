"""Auth, retries, timeouts and clear errors over the generated policy-management API clients.

One factory per vendor returns that vendor's generated ``AuthenticatedClient``, ready for every
generated operation, sync and async. Vendor packages are imported only when their factory is called.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from ._errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PolicyClientError,
    PreconditionFailedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
)
from ._options import DEFAULT_LIMITS, DEFAULT_TIMEOUT, ClientOptions
from ._retry import DEFAULT_RETRY_STATUSES, AttemptRecord, RetryPolicy
from ._safety import InsecureTransportError
from .vendors._install import MissingVendorPackageError
from .vendors.conductorone import conductorone
from .vendors.flashback import flashback
from .vendors.oci_identity import oci_identity
from .vendors.oso_cloud import oso_cloud
from .vendors.plainid import plainid

try:
    __version__ = version("policy-clients")  # one source of truth: the installed distribution's metadata
except PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_RETRY_STATUSES",
    "DEFAULT_TIMEOUT",
    "APIError",
    "AttemptRecord",
    "AuthenticationError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "InsecureTransportError",
    "MissingVendorPackageError",
    "NotFoundError",
    "PolicyClientError",
    "PreconditionFailedError",
    "RateLimitedError",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "conductorone",
    "flashback",
    "oci_identity",
    "oso_cloud",
    "plainid",
]
