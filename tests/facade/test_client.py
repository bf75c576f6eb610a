"""The async client's fair queue in front of the pool, and the client reprs."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from _servers import ScriptedServer, reply, scripted

from policy_clients import RequestTimeoutError, RetryPolicy
from policy_clients._client import AsyncPolicyHTTPClient, PolicyHTTPClient

__all__ = ["scripted"]


async def test_gate_queues_requests_beyond_max_concurrency(scripted: ScriptedServer) -> None:
    scripted.default = reply(200, {"ok": True}, delay=0.02)
    async with AsyncPolicyHTTPClient(base_url=scripted.url, max_concurrency=2) as client:
        responses = await asyncio.gather(*(client.get(f"/r{i}") for i in range(10)))
    assert [r.status_code for r in responses] == [200] * 10
    assert sorted(s.target for s in scripted.seen) == sorted(f"/r{i}" for i in range(10))


async def test_gate_wait_is_bounded_by_pool_timeout(scripted: ScriptedServer) -> None:
    scripted.push(reply(200, delay=0.5))
    timeout = httpx.Timeout(5.0, pool=0.05)
    async with AsyncPolicyHTTPClient(
        base_url=scripted.url, max_concurrency=1, timeout=timeout, retry=RetryPolicy.disabled()
    ) as client:
        slow = asyncio.create_task(client.get("/slow"))
        await asyncio.sleep(0.05)
        with pytest.raises(RequestTimeoutError) as info:
            await client.get("/queued")
        assert isinstance(info.value.__cause__, httpx.PoolTimeout)
        assert (await slow).status_code == 200


def test_default_max_concurrency_follows_limits() -> None:
    client = AsyncPolicyHTTPClient(limits=httpx.Limits(max_connections=17))
    assert client.max_concurrency == 17
    assert AsyncPolicyHTTPClient(limits=httpx.Limits(max_connections=None)).max_concurrency is None
    with pytest.raises(ValueError):
        AsyncPolicyHTTPClient(max_concurrency=0)


def test_repr_names_vendor_and_policy() -> None:
    text = repr(PolicyHTTPClient(base_url="http://127.0.0.1:1", vendor="v", retry=RetryPolicy(max_attempts=5)))
    assert text.startswith(
        "PolicyHTTPClient(base_url='http://127.0.0.1:1', vendor='v', retry=RetryPolicy(max_attempts=5"
    )


def test_remembered_url_merges_follow_base_url_changes() -> None:
    """Paths merged with the base URL are remembered per client, never past a change of ``base_url``."""
    first, second = ScriptedServer(), ScriptedServer()
    first.start()
    second.start()
    try:
        with PolicyHTTPClient(base_url=first.url + "/api/", vendor="v") as client:
            for _ in range(2):
                assert client.get("/policy").status_code == 200
                assert client.get("policy?x=1").status_code == 200
            client.base_url = httpx.URL(second.url + "/v2")  # httpx adds the trailing slash
            assert client.get("/policy").status_code == 200
            for i in range(600):  # more distinct paths than are remembered: each still lands where it should
                assert client.build_request("GET", f"/p/{i}").url == httpx.URL(f"{second.url}/v2/p/{i}")
            assert client.build_request("GET", "https://other.example/x").url == httpx.URL("https://other.example/x")
    finally:
        first.stop()
        second.stop()
    assert [s.target for s in first.seen] == ["/api/policy", "/api/policy?x=1"] * 2
    assert [s.target for s in second.seen] == ["/v2/policy"]


async def test_async_client_remembers_url_merges_the_same_way(scripted: ScriptedServer) -> None:
    async with AsyncPolicyHTTPClient(base_url=scripted.url + "/api", vendor="v") as client:
        for _ in range(2):
            assert (await client.get("/policy")).status_code == 200
        client.base_url = httpx.URL(scripted.url + "/other/")
        assert (await client.get("/policy")).status_code == 200
    assert [s.target for s in scripted.seen] == ["/api/policy", "/api/policy", "/other/policy"]
