"""Status -> error class mapping and the attributes every error carries."""

from __future__ import annotations

import httpx
import pytest
from _helpers import MODES, request
from _servers import ScriptedServer, reply, scripted

from policy_clients import (
    APIError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PolicyClientError,
    PreconditionFailedError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
)
from policy_clients._errors import api_error_class

__all__ = ["scripted"]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, APIError),
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFoundError),
        (409, ConflictError),
        (412, PreconditionFailedError),
        (418, APIError),
        (429, RateLimitedError),
        (500, ServerError),
        (501, ServerError),
        (599, ServerError),
    ],
)
def test_status_mapping(status: int, cls: type[APIError]) -> None:
    assert api_error_class(status) is cls
    assert issubclass(cls, PolicyClientError)


def test_precondition_failed_is_a_conflict() -> None:
    assert issubclass(PreconditionFailedError, ConflictError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("header", ["opc-request-id", "X-Request-ID", "x-request-id"])
def test_attributes(scripted: ScriptedServer, mode: str, header: str) -> None:
    scripted.push(reply(404, {"code": "NotAuthorizedOrNotFound", "message": "gone"}, headers={header: "req-42"}))

    def parser(body: bytes, status: int) -> tuple[object | None, str | None]:
        return ("model", status), "gone (parsed)"

    kwargs = {"retry": RetryPolicy.disabled(), "error_parser": parser}
    with pytest.raises(NotFoundError) as info:
        request(mode, scripted.url, "GET", "/p", extensions={"policy_clients.operation": "getP"}, client_kwargs=kwargs)
    error = info.value
    assert error.vendor == "test"
    assert error.operation == "getP"
    assert error.method == "GET"
    assert error.status_code == 404
    assert error.request_id == "req-42"
    assert error.headers["content-type"] == "application/json"
    assert error.body == b'{"code": "NotAuthorizedOrNotFound", "message": "gone"}'
    assert error.error_model == ("model", 404)
    assert error.attempts == 1
    assert error.url == f"{scripted.url}/p"
    assert str(error) == f"test getP: HTTP 404 Not Found from GET {scripted.url}/p: gone (parsed) (request id req-42)"
    assert "NotFoundError(vendor='test', operation='getP', status_code=404" in repr(error)


@pytest.mark.parametrize("mode", MODES)
def test_garbage_error_body_gives_no_model(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(httpx_reply := reply(500))
    del httpx_reply

    def parser(body: bytes, status: int) -> tuple[object | None, str | None]:
        raise RuntimeError("parser bug")

    kwargs = {"retry": RetryPolicy.disabled(), "error_parser": parser}
    with pytest.raises(ServerError) as info:
        request(mode, scripted.url, "GET", "/p", client_kwargs=kwargs)
    assert info.value.error_model is None
    assert info.value.detail is None


@pytest.mark.parametrize("mode", MODES)
def test_raise_for_status_false_returns_the_response(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(404))
    kwargs = {"retry": RetryPolicy.disabled(), "raise_for_status": False}
    assert request(mode, scripted.url, "GET", "/p", client_kwargs=kwargs).status_code == 404


def test_vendor_parsers_tolerate_garbage() -> None:
    from policy_clients.vendors import conductorone, flashback, oci_identity, oso_cloud, plainid

    for module in (oso_cloud, flashback, plainid, conductorone, oci_identity):
        for body in (b"", b"not json", b"[1, 2]", b'"x"', b'{"errors": 5, "error_type": 3, "code": []}'):
            model, _detail = module.parse_error(body, 400)
            assert model is None or not isinstance(model, dict)
    model, detail = oci_identity.parse_error(b'{"code": "NotFound", "message": "m"}', 404)
    assert type(model).__name__ == "Error" and detail == "NotFound: m"
    model, detail = oso_cloud.parse_error(b'{"error_type": "Whatever", "message": "m"}', 400)
    assert type(model).__name__ == "OtherSavePolicyError" and detail == "m"


def test_transport_error_is_httpx_compatible() -> None:
    from policy_clients import RequestTimeoutError, TransportError

    assert issubclass(TransportError, httpx.TransportError)
    assert issubclass(RequestTimeoutError, httpx.TimeoutException)
    assert issubclass(RequestTimeoutError, TransportError)
