"""Auth, retries, timeouts and clear errors over the generated policy-management API clients.

One factory per vendor returns that vendor's generated ``AuthenticatedClient``, ready for every
generated operation, sync and async. ``import policy_clients`` loads nothing else: each public name
is imported from its module on first use (PEP 562), so retry, error and transport machinery load
when a client is built or a name is touched, and vendor packages only when their factory is called.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time ``__getattr__`` imports on demand
    __version__: str
    from ._body import DEFAULT_MAX_RESPONSE_SIZE
    from ._copies import with_options
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
    from ._etag import (
        aupdate_with_etag,
        update_with_etag,
    )
    from ._options import (
        DEFAULT_LIMITS,
        DEFAULT_TIMEOUT,
        ClientOptions,
    )
    from ._retry import (
        DEFAULT_RETRY_STATUSES,
        AttemptRecord,
        RetryPolicy,
        VendorRetryRules,
    )
    from ._safety import InsecureTransportError
    from .vendors._install import MissingVendorPackageError
    from .vendors.conductorone import conductorone
    from .vendors.flashback import flashback
    from .vendors.oci_identity import oci_identity
    from .vendors.oso_cloud import oso_cloud
    from .vendors.plainid import plainid

_LAZY: dict[str, str] = {
    "DEFAULT_MAX_RESPONSE_SIZE": "._body",
    "APIError": "._errors",
    "AuthenticationError": "._errors",
    "ConfigurationError": "._errors",
    "ConflictError": "._errors",
    "MalformedResponseError": "._errors",
    "NotFoundError": "._errors",
    "PolicyClientError": "._errors",
    "PreconditionFailedError": "._errors",
    "RateLimitedError": "._errors",
    "RedirectError": "._errors",
    "RequestTimeoutError": "._errors",
    "ResponseTooLargeError": "._errors",
    "ServerError": "._errors",
    "TokenEndpointError": "._errors",
    "TransportError": "._errors",
    "with_options": "._copies",
    "aupdate_with_etag": "._etag",
    "update_with_etag": "._etag",
    "DEFAULT_LIMITS": "._options",
    "DEFAULT_TIMEOUT": "._options",
    "ClientOptions": "._options",
    "DEFAULT_RETRY_STATUSES": "._retry",
    "AttemptRecord": "._retry",
    "RetryPolicy": "._retry",
    "VendorRetryRules": "._retry",
    "InsecureTransportError": "._safety",
    "MissingVendorPackageError": ".vendors._install",
    "conductorone": ".vendors.conductorone",
    "flashback": ".vendors.flashback",
    "oci_identity": ".vendors.oci_identity",
    "oso_cloud": ".vendors.oso_cloud",
    "plainid": ".vendors.plainid",
}

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
    "MissingVendorPackageError",
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
    "with_options",
]


if not TYPE_CHECKING:  # hidden from mypy, so a misspelt name is an error rather than Any

    def __getattr__(name: str) -> Any:
        """Import a public name's module on first access and cache the name here (later lookups are plain)."""
        if name == "__version__":  # read on first use: importlib.metadata costs milliseconds at import
            from importlib.metadata import PackageNotFoundError, version

            try:
                found = version("policy-clients")  # one source of truth: the installed distribution's metadata
            except PackageNotFoundError:  # imported from a source tree that was never installed
                found = "0+unknown"
            globals()["__version__"] = found
            return found
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
