from __future__ import annotations

import concurrent.futures
import uuid
from typing import TYPE_CHECKING

import httpx
import pytest

from policy_clients.auth import BearerTokenAuth, ConductorOneBearer, OsoCloudAuth
from policy_clients.testing import OsoCloudFake

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


def test_oso_offset_of_a_successful_write_goes_on_every_later_request(oso_cloud_fake: OsoCloudFake) -> None:
    auth = OsoCloudAuth(oso_cloud_fake.token)
    with httpx.Client(base_url=oso_cloud_fake.base_url, auth=auth) as client:
        client.get("/policy")
        client.post("/policy", json={"src": "actor A {}"})
        client.get("/policy")
        client.post("/policy", json={"src": "actor B {}"})
        client.get("/policy_metadata")
    sent = [request.headers.get("osooffset") for request in oso_cloud_fake.requests]
    assert sent == [None, None, "1", "1", "2"]
    assert auth.offset == "2"


def test_oso_offset_ignores_failed_writes_reads_and_empty_values(oso_cloud_fake: OsoCloudFake) -> None:
    auth = OsoCloudAuth(oso_cloud_fake.token)
    with httpx.Client(base_url=oso_cloud_fake.base_url, auth=auth) as client:
        client.post("/policy", json={"src": "actor A {}"})
        oso_cloud_fake.faults.fail_next(1, status=500, headers={"OsoOffset": "99"})
        assert client.post("/policy", json={"src": "actor B {}"}).status_code == 500
    assert auth.offset == "1"

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"OsoOffset": "7" if request.method == "GET" else ""})

    fresh = OsoCloudAuth(SECRET)
    with httpx.Client(base_url="http://127.0.0.1", auth=fresh, transport=httpx.MockTransport(answer)) as client:
        client.get("/policy")  # a read never moves the offset
        client.post("/policy", json={})  # an empty value never erases or sets it
    assert fresh.offset is None


def test_a_caller_set_oso_offset_wins(oso_cloud_fake: OsoCloudFake) -> None:
    auth = OsoCloudAuth(oso_cloud_fake.token)
    with httpx.Client(base_url=oso_cloud_fake.base_url, auth=auth) as client:
        client.post("/policy", json={"src": "actor A {}"})
        client.get("/policy", headers={"OsoOffset": "0"})
    assert oso_cloud_fake.last_request.headers["osooffset"] == "0"


async def test_oso_offset_async_and_per_client(oso_cloud_fake: OsoCloudFake) -> None:
    writer, reader = OsoCloudAuth(oso_cloud_fake.token), OsoCloudAuth(oso_cloud_fake.token)
    async with httpx.AsyncClient(base_url=oso_cloud_fake.base_url, auth=writer) as client:
        await client.post("/policy", json={"src": "actor A {}"})
        await client.get("/policy")
    async with httpx.AsyncClient(base_url=oso_cloud_fake.base_url, auth=reader) as client:
        await client.get("/policy")
    assert [r.headers.get("osooffset") for r in oso_cloud_fake.requests] == [None, "1", None]


def test_oso_offset_shared_by_threads_is_always_one_the_fake_issued(oso_cloud_fake: OsoCloudFake) -> None:
    auth = OsoCloudAuth(oso_cloud_fake.token)

    def write(index: int) -> None:
        with httpx.Client(base_url=oso_cloud_fake.base_url, auth=auth, timeout=10) as client:
            client.post("/policy", json={"src": f"actor A{index} {{}}"})

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, range(20)))
    assert [r.status for r in oso_cloud_fake.requests] == [200] * 20
    assert auth.offset is not None and 1 <= int(auth.offset) <= 20
