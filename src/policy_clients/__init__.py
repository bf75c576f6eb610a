"""Auth, retries, timeouts and clear errors over the generated policy-management API clients.

One factory per vendor returns that vendor's generated ``AuthenticatedClient``, ready for every
generated operation, sync and async. Vendor packages are imported only when their factory is called.
"""

from __future__ import annotations

from ._body import DEFAULT_MAX_RESPONSE_SIZE
from ._errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    MalformedResponseError,
    NotFoundError,
    PolicyClientError,
    PreconditionFailedError,
    RateLimitedError,
    RedirectError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServerError,
    TokenEndpointError,
    TransportError,
)
from ._etag import aupdate_with_etag, update_with_etag
from ._options import DEFAULT_LIMITS, DEFAULT_TIMEOUT, ClientOptions
from ._retry import DEFAULT_RETRY_STATUSES, AttemptRecord, RetryPolicy, VendorRetryRules
from ._safety import InsecureTransportError
from .vendors.conductorone import conductorone
from .vendors.flashback import flashback
from .vendors.oci_identity import oci_identity
from .vendors.oso_cloud import oso_cloud
from .vendors.plainid import plainid

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_RETRY_STATUSES",
    "DEFAULT_TIMEOUT",
    "APIError",
    "AttemptRecord",
    "AuthenticationError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "InsecureTransportError",
    "MalformedResponseError",
    "NotFoundError",
    "PolicyClientError",
    "PreconditionFailedError",
    "RateLimitedError",
    "RedirectError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "TokenEndpointError",
    "TransportError",
    "VendorRetryRules",
    "aupdate_with_etag",
    "conductorone",
    "flashback",
    "oci_identity",
    "oso_cloud",
    "plainid",
    "update_with_etag",
]
