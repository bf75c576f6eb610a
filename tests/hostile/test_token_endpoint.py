"""Token endpoint failures: typed, retried when worth it, shared by concurrent callers; sane lifetimes."""

from __future__ import annotations

import pytest
from _hostile import (
    MODES,
    Behaviour,
    Conn,
    HostileServer,
    answer,
    call,
    conductorone_auth,
    json_answer,
    outcome,
    quick_policy,
)
from test_deadlines import _run_concurrently

from policy_clients import PolicyClientError, TokenEndpointError
from policy_clients.auth import ConductorOneTokenError

pytestmark = pytest.mark.serial  # real deadlines and waiter races: run alone (noxfile.py)

TOKEN = "/auth/v1/token"


def token(expires_in: object = 3600) -> Behaviour:
    return json_answer(200, {"access_token": "issued-t0ken", "token_type": "Bearer", "expires_in": expires_in})


@pytest.mark.parametrize("mode", MODES)
def test_token_5xx_is_retried_and_typed(hostile: HostileServer, mode: str) -> None:
    hostile.route(TOKEN, json_answer(503, {"error": "busy"}), token())
    client = {"auth": conductorone_auth(hostile), "retry": quick_policy(max_attempts=3)}
    assert call(mode, hostile.url, "POST", "/p", client=client, json={}).status_code == 200
    assert len(hostile.requests_to(TOKEN)) == 2
    assert len(hostile.requests_to("/p")) == 1


@pytest.mark.parametrize("mode", MODES)
def test_token_timeout_is_retried_even_for_a_post(hostile: HostileServer, mode: str) -> None:
    async def stall(conn: Conn) -> None:
        await conn.stall(3)

    hostile.route(TOKEN, stall, token())
    client = {"auth": conductorone_auth(hostile), "retry": quick_policy(deadline=3.0), "timeout": 0.3}
    assert call(mode, hostile.url, "POST", "/p", client=client, json={}).status_code == 200
    assert len(hostile.requests_to("/p")) == 1


@pytest.mark.parametrize("mode", MODES)
def test_token_failure_is_a_policy_client_error(hostile: HostileServer, mode: str) -> None:
    hostile.route(TOKEN, json_answer(400, {"error": "invalid_client"}))
    error = outcome(mode, hostile.url, "GET", "/p", client={"auth": conductorone_auth(hostile)})
    assert isinstance(error, ConductorOneTokenError) and isinstance(error, TokenEndpointError | PolicyClientError)
    assert error.status_code == 400 and not error.retryable
    assert len(hostile.requests_to(TOKEN)) == 1


@pytest.mark.parametrize("mode", MODES)
def test_100_callers_share_one_failed_token_request(hostile: HostileServer, mode: str) -> None:
    async def slow_refusal(conn: Conn) -> None:
        await conn.stall(0.5)  # long enough for all 100 callers to be waiting for this one fetch
        await json_answer(400, {"error": "invalid_client"})(conn)

    hostile.route(TOKEN, slow_refusal)
    client = {"auth": conductorone_auth(hostile), "retry": quick_policy(deadline=20.0)}  # 100 calls on a busy box
    errors = _run_concurrently(mode, 100, hostile.url, client)
    assert len(errors) == 100 and all(isinstance(e, ConductorOneTokenError) for e in errors)
    assert len(hostile.requests_to(TOKEN)) == 1


@pytest.mark.parametrize("mode", MODES)
def test_100_callers_share_one_token(hostile: HostileServer, mode: str) -> None:
    hostile.route(TOKEN, token())
    client = {"auth": conductorone_auth(hostile), "retry": quick_policy(deadline=20.0)}  # 100 calls on a busy box
    errors = _run_concurrently(mode, 100, hostile.url, client)
    assert errors == []
    assert len(hostile.requests_to(TOKEN)) == 1 and len(hostile.requests_to("/p")) == 100


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("expires_in", "fetches"), [(5, 1), (0, 3), ("0", 3)])
def test_short_and_zero_lifetimes(hostile: HostileServer, mode: str, expires_in: object, fetches: int) -> None:
    """5 s (under the 10 s refresh margin) is still reused; 0 serves only its own fetch, never cached."""
    hostile.route(TOKEN, token(expires_in))
    auth = conductorone_auth(hostile)
    for _ in range(3):
        assert call(mode, hostile.url, "GET", "/p", client={"auth": auth}).status_code == 200
    assert len(hostile.requests_to(TOKEN)) == fetches


@pytest.mark.parametrize("mode", MODES)
def test_deeply_nested_token_body(hostile: HostileServer, mode: str) -> None:
    hostile.route(TOKEN, _deep(200))
    error = outcome(mode, hostile.url, "GET", "/p", client={"auth": conductorone_auth(hostile)})
    assert isinstance(error, ConductorOneTokenError)


def _deep(status: int) -> Behaviour:
    return answer(status, b"[" * 30_000 + b"]" * 30_000)
