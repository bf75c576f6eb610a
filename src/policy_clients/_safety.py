"""Guards that keep credentials off insecure transports."""

from __future__ import annotations

import functools
import ipaddress

import httpx

__all__ = ["InsecureTransportError", "ensure_secure_url", "is_loopback_host"]


class InsecureTransportError(ValueError):
    """Raised instead of sending credentials over plain http to a host that is not this machine."""


@functools.lru_cache(maxsize=256)
def is_loopback_host(host: str) -> bool:
    """Tell whether ``host`` names this machine (``localhost``, 127.0.0.0/8 or ::1).

    Cached: it runs before every authenticated request, and a service talks to few hosts.
    """
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def ensure_secure_url(url: httpx.URL) -> None:
    """Refuse to attach credentials to a request that would cross the network unencrypted.

    https is always allowed; plain http only to loopback hosts (local fakes and tests).
    The message names the host only, never the full URL, which may carry secrets in its query.
    """
    if url.scheme == "https":
        return
    if url.scheme == "http" and is_loopback_host(url.host):
        return
    raise InsecureTransportError(
        f"refusing to send credentials over {url.scheme or 'an unknown scheme'!s} to non-loopback host "
        f"{url.host!r}; use https"
    )
