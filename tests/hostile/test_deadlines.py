"""The overall deadline bounds the whole call: trickled headers or body, a stalled token endpoint."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from _hostile import MODES, Conn, HostileServer, conductorone_auth, head, outcome, quick_policy

import policy_clients
from policy_clients import RequestTimeoutError

pytestmark = pytest.mark.serial  # real deadlines and waiter races: run alone (noxfile.py)

TRICKLED = 200  # bytes the server would send at one per 0.1 s (20 s); a 1 s deadline must cut it short


async def trickle_headers(conn: Conn) -> None:
    await conn.trickle(head(200, {"Content-Type": "application/json", "X-Pad": "p" * TRICKLED}, length=2), 0.1)


async def trickle_body(conn: Conn) -> None:
    await conn.send(head(200, {"Content-Type": "application/json"}, length=TRICKLED))
    await conn.trickle(b" " * TRICKLED, 0.1)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("behaviour", [trickle_headers, trickle_body], ids=["headers", "body"])
def test_trickled_response_ends_at_the_deadline(hostile: HostileServer, mode: str, behaviour: Any) -> None:
    hostile.default = behaviour
    error = outcome(mode, hostile.url, "GET", "/p", client={"retry": quick_policy(deadline=1.0)})
    assert isinstance(error, RequestTimeoutError)
    assert hostile.bytes_sent < TRICKLED  # the client hung up long before the server was done


async def stall_token(conn: Conn) -> None:
    await conn.stall(5)


@pytest.mark.parametrize("mode", MODES)
def test_token_waiters_give_up_at_their_deadline_and_share_one_fetch(hostile: HostileServer, mode: str) -> None:
    """8 callers, a token endpoint that never answers, a 1 s deadline: one token request, 8 timeouts."""
    hostile.route("/auth/v1/token", stall_token)
    auth = conductorone_auth(hostile)
    retry = quick_policy(deadline=1.0, max_attempts=1)  # one attempt each: every token request is a new fetch
    errors = _run_concurrently(mode, 8, hostile.url, {"auth": auth, "retry": retry})
    assert len(errors) == 8
    assert [type(e) for e in errors if not isinstance(e, RequestTimeoutError)] == [], [str(e) for e in errors]
    assert len(hostile.requests_to("/auth/v1/token")) == 1
    assert not hostile.requests_to("/p")


def _run_concurrently(mode: str, n: int, base_url: str, client: dict[str, Any]) -> list[BaseException]:
    """``n`` concurrent GETs on one client (threads or tasks); returns their errors."""
    errors: list[BaseException] = []
    options = {"base_url": base_url, "vendor": "test", **client}
    if mode != "async":
        with policy_clients._client.PolicyHTTPClient(**options) as sync_client:

            def one() -> None:
                try:
                    sync_client.get("/p")
                except Exception as error:
                    errors.append(error)

            threads = [threading.Thread(target=one) for _ in range(n)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(10)
        return errors

    async def run() -> None:
        async with policy_clients._client.AsyncPolicyHTTPClient(**options) as async_client:
            results = await asyncio.gather(*(async_client.get("/p") for _ in range(n)), return_exceptions=True)
        errors.extend(r for r in results if isinstance(r, BaseException))

    asyncio.run(run())
    return errors
