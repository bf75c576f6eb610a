"""Oso Cloud auth: bearer API key, the headers Oso's official clients send, and the OsoOffset round trip."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Generator

import httpx

from .._headers import random_request_id, set_headers
from .._safety import ensure_secure_url
from .._secret import hides_credentials
from .bearer import validate_header_secret
from .provider import TokenProvider, TokenProviderAuth

__all__ = [
    "OFFSET_HEADER",
    "OSO_API_VERSION",
    "OsoCloudAuth",
    "OsoCloudTokenProviderAuth",
    "OsoOffsetTracker",
    "add_oso_headers",
]

OSO_API_VERSION = "0"
OFFSET_HEADER = "OsoOffset"
_ANY = "*/*"
_READS = frozenset({"GET", "HEAD", "OPTIONS"})


class OsoOffsetTracker:
    """Read-your-writes for one client: keep the ``OsoOffset`` of its last successful write, send it after.

    Like the official clients, only a successful (2xx) write moves it and an empty value never erases it;
    every later request carries it unless the caller set the header. One per auth object, so per client;
    a lock keeps it consistent across threads and event loops. Every Oso auth flow uses this one.
    """

    def __init__(self) -> None:
        self._offset: str | None = None
        self._lock = threading.Lock()

    @property
    def offset(self) -> str | None:
        """The consistency token of the last successful write (None before one)."""
        with self._lock:
            return self._offset

    def attach(self, request: httpx.Request) -> None:
        """Send the offset, unless the caller chose one."""
        offset = self.offset
        if offset is not None and OFFSET_HEADER not in request.headers:
            request.headers[OFFSET_HEADER] = offset

    def observe(self, request: httpx.Request, response: httpx.Response) -> None:
        """Keep the offset of a successful write."""
        if request.method.upper() in _READS or not response.is_success:
            return
        value = response.headers.get(OFFSET_HEADER, "").strip()
        if value and value.isprintable():
            with self._lock:
                self._offset = value


class OsoCloudAuth(httpx.Auth):
    """Bearer API key, ``X-OsoApiVersion``, a fresh ``X-Request-ID`` per attempt and a stable instance id.

    Each run of the flow is one attempt, so a retry layer that re-sends through the client gets a new
    request id each time, as the official clients do. Read-your-writes: ``OsoOffsetTracker``.
    """

    @hides_credentials
    def __init__(self, api_key: str, *, instance_id: str | None = None) -> None:
        self._api_key = validate_header_secret(api_key, "api_key")
        self.instance_id = (
            str(uuid.uuid4()) if instance_id is None else validate_header_secret(instance_id, "instance_id")
        )
        self.offsets = OsoOffsetTracker()

    @property
    def offset(self) -> str | None:
        """The consistency token of the last successful write through this client (None before one)."""
        return self.offsets.offset

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key='***', instance_id={self.instance_id!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Attach the API key and Oso's client headers."""
        ensure_secure_url(request.url)
        add_oso_headers(request, self._api_key, self.instance_id)
        self.offsets.attach(request)
        response = yield request
        self.offsets.observe(request, response)


def add_oso_headers(request: httpx.Request, token: str, instance_id: str) -> None:
    """The bearer token and the headers Oso's clients send; a fresh ``X-Request-ID`` per attempt."""
    fields = {
        "Authorization": f"Bearer {token}",
        "X-OsoApiVersion": OSO_API_VERSION,
        "X-Request-ID": random_request_id(),
        "X-Oso-Instance-Id": instance_id,
    }
    if request.headers.get("Accept", _ANY) == _ANY:  # httpx's default "*/*" counts as absent
        fields["Accept"] = "application/json"
    set_headers(request.headers, fields)  # one pass, not five


class OsoCloudTokenProviderAuth(TokenProviderAuth):
    """``token_provider=`` for Oso Cloud: the caller's token, with Oso's client headers and read-your-writes."""

    def __init__(self, provider: TokenProvider, *, instance_id: str | None = None) -> None:
        super().__init__(provider)
        self.instance_id = (
            str(uuid.uuid4()) if instance_id is None else validate_header_secret(instance_id, "instance_id")
        )
        self.offsets = OsoOffsetTracker()

    @property
    def offset(self) -> str | None:
        """The consistency token of the last successful write through this client (None before one)."""
        return self.offsets.offset

    def apply(self, request: httpx.Request, token: str) -> None:
        """Bearer token plus ``X-OsoApiVersion``, ``X-Request-ID``, ``X-Oso-Instance-Id`` and ``OsoOffset``."""
        add_oso_headers(request, token, self.instance_id)
        self.offsets.attach(request)

    def observe(self, request: httpx.Request, response: httpx.Response) -> None:
        """Keep the ``OsoOffset`` of a successful write."""
        self.offsets.observe(request, response)
