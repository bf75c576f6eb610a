"""A per-client response size limit, counted after decompression and enforced while streaming."""

from __future__ import annotations

import pytest
from _hostile import MODES, HostileServer, answer, call, gzip_bomb, outcome, quick_policy

import policy_clients
from policy_clients import DEFAULT_MAX_RESPONSE_SIZE, ResponseTooLargeError

BOMB = gzip_bomb(64 * 1024 * 1024)  # 64 KiB on the wire, 64 MiB inflated


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 500])
def test_gzip_bomb_stops_at_the_limit(hostile: HostileServer, mode: str, status: int) -> None:
    hostile.default = answer(status, BOMB, {"Content-Encoding": "gzip"})
    error = outcome(mode, hostile.url, "GET", "/p", client={"retry": quick_policy(max_attempts=1)})
    assert isinstance(error, ResponseTooLargeError)
    assert (error.status_code, error.limit) == (status, DEFAULT_MAX_RESPONSE_SIZE)
    assert len(BOMB) < DEFAULT_MAX_RESPONSE_SIZE  # the wire size alone would pass: the inflated size counts


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 404])
def test_plain_body_over_a_configured_limit(hostile: HostileServer, mode: str, status: int) -> None:
    hostile.default = answer(status, b"x" * 5000)
    client = {"retry": quick_policy(max_attempts=1), "max_response_size": 4096}
    error = outcome(mode, hostile.url, "GET", "/p", client=client)
    assert isinstance(error, ResponseTooLargeError) and error.limit == 4096
    client.update(max_response_size=5000, raise_for_status=False)
    assert call(mode, hostile.url, "GET", "/p", client=client).content == b"x" * 5000


def test_factories_take_the_limit(hostile: HostileServer) -> None:
    client = policy_clients.flashback(token="t0ken-value", base_url=hostile.url, max_response_size=123)
    assert client.get_httpx_client().max_response_size == 123  # type: ignore[attr-defined]
    assert client.get_async_httpx_client().max_response_size == 123  # type: ignore[attr-defined]
    default = policy_clients.flashback(token="t0ken-value", base_url=hostile.url)
    assert default.get_httpx_client().max_response_size == DEFAULT_MAX_RESPONSE_SIZE  # type: ignore[attr-defined]
