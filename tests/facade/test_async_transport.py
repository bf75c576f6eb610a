"""The default async transport (aiohttp's pool under httpx): wire behaviour, error mapping, retries, concurrency."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
import pytest
from _servers import DROP, FakeClock, Reply, ScriptedServer, Sleeps, reply, scripted, unused_port_url

import policy_clients
from policy_clients import RequestTimeoutError, RetryPolicy, TransportError
from policy_clients._client import AsyncPolicyHTTPClient
from policy_clients._transport import AiohttpTransport, map_aiohttp_error

__all__ = ["scripted"]

SECRET = "tok_TRANSPORT_SECRET_5d1e"


def no_wait() -> RetryPolicy:
    sleeps = Sleeps()
    return RetryPolicy(sleep=sleeps, async_sleep=sleeps.asleep, random=lambda: 0.0, clock=FakeClock())


def facade(url: str, **kwargs: Any) -> AsyncPolicyHTTPClient:
    """A facade async client on the aiohttp transport, retrying without waiting."""
    return AsyncPolicyHTTPClient(base_url=url, vendor="test", retry=no_wait(), transport=AiohttpTransport(), **kwargs)


async def test_factory_client_uses_it_and_serves_100_concurrent_calls(scripted: ScriptedServer) -> None:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import ApiResult, Policy

    scripted.default = reply(200, {"message": "saved"}, headers={"OsoOffset": "off-7"})
    client = policy_clients.oso_cloud(SECRET, base_url=scripted.url + "/api/", retry=no_wait())
    async with client:
        http = client.get_async_httpx_client()
        assert isinstance(http._transport, AiohttpTransport)  # the default when nothing is passed
        responses = await asyncio.gather(
            *(post_policy.asyncio_detailed(client=client, body=Policy(src=f"actor U{i} {{}}")) for i in range(100))
        )
    assert all(isinstance(r.parsed, ApiResult) and r.parsed.message == "saved" for r in responses)
    assert {r.parsed_headers.oso_offset for r in responses} == {"off-7"}
    assert len(scripted.seen) == 100
    assert sorted(json.loads(s.body)["src"] for s in scripted.seen) == sorted(f"actor U{i} {{}}" for i in range(100))
    assert {s.headers["authorization"] for s in scripted.seen} == {f"Bearer {SECRET}"}
    assert len({s.headers["x-request-id"] for s in scripted.seen}) == 100  # auth flow ran per request


async def test_explicit_transport_is_kept(scripted: ScriptedServer) -> None:
    transport = httpx.AsyncHTTPTransport()
    client = policy_clients.oso_cloud(SECRET, base_url=scripted.url + "/api/", async_transport=transport)
    async with client:
        assert client.get_async_httpx_client()._transport is transport


async def test_headers_body_and_status_line_pass_through(scripted: ScriptedServer) -> None:
    scripted.push(Reply(201, {"X-One": "1", "Content-Type": "text/plain"}, b"created\n"))
    async with facade(scripted.url, headers={"X-Team": "a"}) as client:
        response = await client.post("/things?q=1", content=b"\x00raw", headers={"If-Match": "e1"})
    assert (response.status_code, response.reason_phrase, response.http_version) == (201, "Created", "HTTP/1.1")
    assert response.headers["x-one"] == "1" and response.text == "created\n"
    (seen,) = scripted.seen
    assert (seen.method, seen.target, seen.body) == ("POST", "/things?q=1", b"\x00raw")
    assert seen.headers["x-team"] == "a" and seen.headers["if-match"] == "e1"
    assert "content-type" not in seen.headers  # aiohttp adds none of its own headers
    assert "aiohttp" not in seen.headers["user-agent"]


async def test_streamed_request_body_and_response(scripted: ScriptedServer) -> None:
    scripted.push(Reply(200, {}, b"x" * 100_000))

    async def parts() -> AsyncIterator[bytes]:
        for part in (b"a" * 10, b"b" * 10):
            yield part

    async with facade(scripted.url) as client:
        request = client.build_request("PUT", "/up", content=parts(), headers={"Content-Length": "20"})
        response = await client.send(request, stream=True)
        try:
            chunks = [c async for c in response.aiter_bytes()]
        finally:
            await response.aclose()
    assert b"".join(chunks) == b"x" * 100_000
    assert scripted.seen[0].body == b"a" * 10 + b"b" * 10


async def test_dropped_connection_retries_idempotent_and_reruns_auth(scripted: ScriptedServer) -> None:
    scripted.push(DROP)
    calls = []

    def auth(request: httpx.Request) -> httpx.Request:
        calls.append(1)
        request.headers["Authorization"] = f"Bearer t{len(calls)}"
        return request

    async with facade(scripted.url, auth=auth) as client:
        response = await client.put("/p", json={"a": 1})
    assert response.status_code == 200
    assert [s.headers["authorization"] for s in scripted.seen] == ["Bearer t1", "Bearer t2"]


async def test_dropped_connection_never_replays_a_non_idempotent_write(scripted: ScriptedServer) -> None:
    scripted.push(DROP)
    async with facade(scripted.url) as client:
        with pytest.raises(TransportError) as info:
            await client.post("/p", json={"a": 1})
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)  # may have reached the server
    assert len(scripted.seen) == 1


async def test_dropped_put_marked_non_idempotent_is_not_replayed(scripted: ScriptedServer) -> None:
    scripted.push(DROP)
    async with facade(scripted.url) as client:
        with pytest.raises(TransportError):
            await client.put("/p", json={"a": 1}, extensions={"policy_clients.idempotent": False})
    assert len(scripted.seen) == 1  # neither our retry loop nor aiohttp's own resend replayed it


async def test_read_timeout_maps_to_request_timeout(scripted: ScriptedServer) -> None:
    scripted.push(Reply(delay=1.0))
    async with facade(scripted.url, timeout=httpx.Timeout(5.0, read=0.2)) as client:
        with pytest.raises(RequestTimeoutError) as info:
            await client.post("/slow", json={})
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(scripted.seen) == 1  # a read timeout on a POST is not retried: the write may have happened


async def test_refused_connection_is_connect_error_and_retried() -> None:
    async with facade(unused_port_url()) as client:
        with pytest.raises(TransportError) as info:
            await client.post("/p", json={})
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(info.value.attempt_history) == 3  # surely unsent, so even a POST is retried


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (aiohttp.ConnectionTimeoutError(), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError(), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("truncated"), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (TimeoutError(), httpx.ReadTimeout),
    ],
)
def test_error_mapping_keeps_unsent_apart_from_maybe_sent(error: BaseException, expected: type[Exception]) -> None:
    mapped = map_aiohttp_error(error)
    assert type(mapped) is expected


def test_non_transport_errors_are_not_mapped() -> None:
    assert map_aiohttp_error(ValueError("x")) is None
