"""Guards that keep credentials off insecure transports."""

from __future__ import annotations

import functools
import ipaddress
import re

import httpx

from ._errors import ConfigurationError

__all__ = ["InsecureTransportError", "ensure_secure_url", "ensure_well_formed_url", "host_label", "is_loopback_host"]

_SCHEMES = ("https", "http")

_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


class InsecureTransportError(ConfigurationError):
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
    Scheme and host are read once each: this runs before every authenticated request, and each ``httpx.URL``
    property is a Python call.
    """
    scheme, host = url.scheme, url.host
    _check_well_formed(scheme, host)
    if scheme == "https" or (scheme == "http" and is_loopback_host(host)):
        return
    raise InsecureTransportError(f"refusing to send credentials over {scheme} to non-loopback host {host!r}; use https")


def ensure_well_formed_url(url: httpx.URL) -> None:
    """Refuse a URL that names no usable scheme or host, before the scheme is judged secure or not.

    A typo such as ``htps://`` or ``https//`` is a malformed URL, not an insecure one: saying so (and
    naming the schemes expected) points at the typo. Only scheme and host are shown, never the query.
    """
    _check_well_formed(url.scheme, url.host)


def _check_well_formed(scheme: str, host: str) -> None:
    if scheme not in _SCHEMES:
        found = f"scheme {scheme!r}" if scheme else "no scheme"
        raise ConfigurationError(
            f"malformed URL: {found} (host {host!r}); expected 'https://' (or 'http://' to a loopback host)"
        )
    if not host:
        raise ConfigurationError(f"malformed URL: no host after '{scheme}://'")


def host_label(value: object, *, what: str, vendor: str) -> str:
    """Check a value that becomes one label of a host name (tenant, region): ASCII letters, digits, inner ``-``.

    Anything else (``evil.example/``, ``a@b``, ``x.y``, non-ASCII that IDNA would map) could steer the request,
    and its credentials, to another host, so it is refused with a ``ConfigurationError`` before any request.
    """
    text = value.strip().lower() if isinstance(value, str) else ""
    if not _LABEL.fullmatch(text):
        raise ConfigurationError(
            f"{vendor}: {what} must be one DNS label (ASCII letters, digits and inner '-'), got {value!r}"
        )
    return text
