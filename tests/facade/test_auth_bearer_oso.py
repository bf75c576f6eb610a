from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import httpx
import pytest

from policy_clients.auth import BearerTokenAuth, ConductorOneBearer, OsoCloudAuth

if TYPE_CHECKING:
    from conftest import LocalServer

SECRET = "k_SECRET_3b1d0e"


def test_bearer_header_on_the_wire(server: LocalServer) -> None:
    with httpx.Client(base_url=server.url, auth=BearerTokenAuth(SECRET)) as client:
        assert client.put("/policy/p1", json={"a": 1}).status_code == 200
    (request,) = server.requests
    assert request.headers["authorization"] == f"Bearer {SECRET}"


async def test_bearer_async(server: LocalServer) -> None:
    async with httpx.AsyncClient(base_url=server.url, auth=BearerTokenAuth(SECRET)) as client:
        assert (await client.post("/x", content=b"body")).status_code == 200
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"


def test_conductorone_bearer_is_plain_bearer() -> None:
    assert ConductorOneBearer is BearerTokenAuth


@pytest.mark.parametrize("bad", ["", " padded ", "line\nbreak", "tab\tinside"])
def test_bearer_rejects_unusable_tokens_without_echo(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        BearerTokenAuth(bad)
    if bad:
        assert bad.strip() not in str(info.value)


def test_reprs_redact_secret() -> None:
    for auth in (BearerTokenAuth(SECRET), OsoCloudAuth(SECRET)):
        assert SECRET not in repr(auth)
        assert SECRET not in str(auth)
        assert "***" in repr(auth)
    assert repr(BearerTokenAuth(SECRET)) == "BearerTokenAuth(token='***')"


def test_oso_headers_on_the_wire(server: LocalServer) -> None:
    auth = OsoCloudAuth(SECRET)
    with httpx.Client(base_url=server.url, auth=auth) as client:
        client.post("/api/policy", json={"filename": None, "src": "allow(_, _, _);"})
        client.post("/api/policy", json={"filename": None, "src": "x"}, headers={"Accept": "text/plain"})
    first, second = server.requests
    assert first.headers["authorization"] == f"Bearer {SECRET}"
    assert first.headers["x-osoapiversion"] == "0"
    assert first.headers["accept"] == "application/json"
    assert second.headers["accept"] == "text/plain"  # only added when absent
    assert first.headers["x-oso-instance-id"] == second.headers["x-oso-instance-id"] == auth.instance_id
    uuid.UUID(first.headers["x-request-id"])
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


def test_oso_fresh_request_id_per_attempt_of_the_same_request(server: LocalServer) -> None:
    """A retry layer re-sends the same request object; every attempt must get a new request id."""
    auth = OsoCloudAuth(SECRET, instance_id="11111111-2222-4333-8444-555555555555")
    with httpx.Client(auth=auth) as client:
        request = client.build_request("POST", f"{server.url}/api/policy", json={"src": "x"})
        for _ in range(3):
            client.send(request)
    ids = [r.headers["x-request-id"] for r in server.requests]
    assert len(set(ids)) == 3
    assert {r.headers["x-oso-instance-id"] for r in server.requests} == {"11111111-2222-4333-8444-555555555555"}


def test_oso_instance_id_differs_between_auth_objects() -> None:
    assert OsoCloudAuth(SECRET).instance_id != OsoCloudAuth(SECRET).instance_id


async def test_oso_async(server: LocalServer) -> None:
    auth = OsoCloudAuth(SECRET)
    async with httpx.AsyncClient(base_url=server.url, auth=auth) as client:
        await client.post("/api/policy", json={})
        await client.post("/api/policy", json={})
    first, second = server.requests
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    assert first.headers["x-oso-instance-id"] == auth.instance_id
    assert first.headers["authorization"] == f"Bearer {SECRET}"
