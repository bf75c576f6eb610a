"""Copies of a factory's client (``with_headers``, ``with_options``...) leave it unchanged and share its pool.

Real HTTP to a scripted server on 127.0.0.1, sync and async: the server sees which headers each request
carried and from which client port (one port: one connection, reused by the original and its copies).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from _servers import ScriptedServer, reply, scripted

import policy_clients
from policy_clients import RetryPolicy

__all__ = ["scripted"]  # the fixture

MODES = ["sync", "async"]


def _client(scripted: ScriptedServer, **options: Any) -> Any:
    return policy_clients.flashback(token="fb-token-" + "x" * 24, base_url=scripted.url, **options)


def _get(mode: str, *clients: Any) -> None:
    """One GET through each client in turn, in one event loop for async (one loop: one aiohttp pool)."""
    if mode == "sync":
        for client in clients:
            client.get_httpx_client().get("/ping")
        return

    async def run() -> None:
        for client in clients:
            await client.get_async_httpx_client().get("/ping")

    asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_with_headers_leaves_the_original_unchanged(scripted: ScriptedServer, mode: str) -> None:
    original = _client(scripted)
    _get(mode, original)  # the original's httpx client exists before the copy is made
    copy = original.with_headers({"X-Tenant": "blue"})
    _get(mode, original, copy, original)
    assert [s.headers.get("x-tenant") for s in scripted.seen] == [None, None, "blue", None]
    assert "X-Tenant" not in original.get_httpx_client().headers


@pytest.mark.parametrize("mode", MODES)
def test_copies_share_one_connection_pool(scripted: ScriptedServer, mode: str) -> None:
    original = _client(scripted)
    copy = original.with_headers({"X-A": "1"})
    _get(mode, original, copy, copy.with_cookies({"c": "1"}), original.with_timeout(httpx.Timeout(9.0)), original)
    assert len(scripted.seen) == 5
    assert len({s.peer for s in scripted.seen}) == 1, "each copy opened its own connection"


@pytest.mark.parametrize("mode", MODES)
def test_with_options_copies_share_the_pool(scripted: ScriptedServer, mode: str) -> None:
    original = _client(scripted)
    copy = policy_clients.with_options(original, timeout=3, max_attempts=1, extra_headers={"X-B": "2"})
    _get(mode, original, copy, copy.with_options(timeout=4), original)
    assert [s.headers.get("x-b") for s in scripted.seen] == [None, "2", "2", None]
    assert len({s.peer for s in scripted.seen}) == 1


@pytest.mark.parametrize("mode", MODES)
def test_with_options_per_call_settings(scripted: ScriptedServer, mode: str) -> None:
    original = _client(scripted, retry=RetryPolicy(max_attempts=4))
    copy = policy_clients.with_options(
        original, timeout=2.5, max_attempts=1, extra_headers={"X-Trace": "t-1", "Accept": "text/plain"}
    )
    http = copy.get_httpx_client() if mode == "sync" else copy.get_async_httpx_client()
    assert http.timeout == httpx.Timeout(2.5)
    assert http.retry_policy == RetryPolicy(max_attempts=1)
    assert "max_attempts=1" in repr(copy) and "max_attempts=4" in repr(original)
    scripted.push(reply(503), reply(503))
    with pytest.raises(policy_clients.ServerError) as caught:
        _get(mode, copy)
    assert caught.value.attempts == 1  # the original would have retried
    assert scripted.seen[0].headers["x-trace"] == "t-1"
    assert scripted.seen[0].headers["accept"] == "text/plain"  # extra headers win over the request's own
    assert scripted.seen[0].headers["authorization"].startswith("Bearer ")
    _get(mode, original)  # the second 503 is retried, then the default 200
    assert [s.headers.get("x-trace") for s in scripted.seen] == ["t-1", None, None]


@pytest.mark.parametrize("mode", MODES)
def test_closing_a_copy_keeps_the_pool_open_and_closing_the_original_closes_it(
    scripted: ScriptedServer, mode: str
) -> None:
    original = _client(scripted)
    copy = original.with_options(max_attempts=2)
    if mode == "sync":
        with copy:
            copy.get_httpx_client().get("/ping")
        original.get_httpx_client().get("/ping")
        with original:
            pass
        with pytest.raises(RuntimeError, match="closed"):
            copy.get_httpx_client().get("/ping")
    else:

        async def run() -> None:
            async with copy:
                await copy.get_async_httpx_client().get("/ping")
            await original.get_async_httpx_client().get("/ping")
            async with original:
                pass
            with pytest.raises(RuntimeError, match="closed"):
                await copy.get_async_httpx_client().get("/ping")

        asyncio.run(run())
    assert len(scripted.seen) == 2 and len({s.peer for s in scripted.seen}) == 1


def test_idempotency_key_needs_a_vendor_that_has_one(scripted: ScriptedServer) -> None:
    with pytest.raises(policy_clients.ConfigurationError, match="no idempotency key"):
        policy_clients.with_options(_client(scripted), idempotency_key="k-1")


def test_with_options_takes_only_facade_clients() -> None:
    with pytest.raises(TypeError, match="policy_clients factory"):
        policy_clients.with_options(httpx.Client(), timeout=1)


def test_a_view_never_shares_mutable_headers_with_the_original(scripted: ScriptedServer) -> None:
    original = _client(scripted)
    view = policy_clients.with_options(original, max_attempts=1).get_httpx_client()
    view.headers["X-Mutated"] = "1"
    assert "X-Mutated" not in original.get_httpx_client().headers
    assert view.headers["User-Agent"] == original.get_httpx_client().headers["User-Agent"]
