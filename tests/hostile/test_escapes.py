"""Every hostile outcome is one documented error type, the same sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from _hostile import MODES, Conn, HostileServer, answer, head, outcome, quick_policy

import policy_clients
from policy_clients import MalformedResponseError, RedirectError, ServerError, TransportError

DEEP = b"[" * 30_000 + b"]" * 30_000
CORRUPT_GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"garbage that is not deflate"


def flashback_update(mode: str, base_url: str) -> BaseException:
    """The generated Flashback operation against ``base_url``; returns what it raised."""
    from flashback_client.api.policies import update_policy
    from flashback_client.models import UpdatePolicyRequest

    client = policy_clients.flashback(token="t0ken-value", base_url=base_url, retry=quick_policy(max_attempts=1))
    try:
        if mode != "async":
            update_policy.sync_detailed("p1", client=client, body=UpdatePolicyRequest(name="n"))
        else:
            asyncio.run(update_policy.asyncio_detailed("p1", client=client, body=UpdatePolicyRequest(name="n")))
    except Exception as error:
        return error
    raise AssertionError("expected an error")


@pytest.mark.parametrize("mode", MODES)
def test_deeply_nested_json_success_body(hostile: HostileServer, mode: str) -> None:
    from flashback_client.errors import MalformedResponse

    hostile.default = answer(200, DEEP)
    assert isinstance(flashback_update(mode, hostile.url), MalformedResponse)


@pytest.mark.parametrize("mode", MODES)
def test_deeply_nested_json_error_body(hostile: HostileServer, mode: str) -> None:
    hostile.default = answer(500, DEEP)
    error = flashback_update(mode, hostile.url)
    assert isinstance(error, ServerError) and error.error_model is None


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [204, 302, 304])
def test_undocumented_status_is_not_a_silent_success(hostile: HostileServer, mode: str, status: int) -> None:
    from flashback_client.errors import UnexpectedStatus

    hostile.default = answer(status, b"", {"Location": "/elsewhere"})
    error = flashback_update(mode, hostile.url)
    assert isinstance(error, UnexpectedStatus) and error.status_code == status


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 500])
def test_corrupt_gzip(hostile: HostileServer, mode: str, status: int) -> None:
    hostile.default = answer(status, CORRUPT_GZIP, {"Content-Encoding": "gzip"})
    error = outcome(mode, hostile.url, "GET", "/p", client={"retry": quick_policy(max_attempts=1)})
    assert type(error) is MalformedResponseError


@pytest.mark.parametrize("mode", MODES)
def test_redirect_loop(hostile: HostileServer, mode: str) -> None:
    hostile.default = answer(302, b"", {"Location": "/p"})
    client = {"retry": quick_policy(max_attempts=1), "follow_redirects": True}
    assert type(outcome(mode, hostile.url, "GET", "/p", client=client)) is RedirectError


@pytest.mark.parametrize("mode", MODES)
def test_crlf_in_a_header_value(hostile: HostileServer, mode: str) -> None:
    client = {"retry": quick_policy(max_attempts=1)}
    error = outcome(mode, hostile.url, "GET", "/p", client=client, headers={"X-Note": "a\r\nInjected: yes"})
    assert type(error) is TransportError
    assert hostile.seen == []


async def status_000(conn: Conn) -> None:
    await conn.send(head("000", {"Content-Length": "2"}) + b"{}")


async def no_status(conn: Conn) -> None:
    await conn.send(b"HTTP/1.1 \r\nContent-Length: 0\r\n\r\n")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("behaviour", [status_000, no_status], ids=["000", "empty"])
def test_invalid_status_line(hostile: HostileServer, mode: str, behaviour: Any) -> None:
    hostile.default = behaviour
    error = outcome(mode, hostile.url, "GET", "/p", client={"retry": quick_policy(max_attempts=1)})
    assert type(error) is TransportError
