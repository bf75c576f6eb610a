"""Flashback refresh tokens against the Flashback fake's `POST /user/refresh`, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import pickle
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from flashback_client.api.policies import update_policy
from flashback_client.models import UpdatePolicyRequest

import policy_clients
from policy_clients.auth.flashback import FlashbackRefreshTokenAuth
from policy_clients.testing import FlashbackFake
from policy_clients.testing.flashback import REFRESH_PATH

CALLS = 100
BODY = UpdatePolicyRequest(name="renamed")


def refreshes(fake: FlashbackFake) -> list[Any]:
    return [r for r in fake.requests if r.path == REFRESH_PATH]


def api_calls(fake: FlashbackFake) -> list[Any]:
    return [r for r in fake.requests if r.path != REFRESH_PATH]


def update(client: Any) -> int:
    return int(update_policy.sync_detailed("p1", client=client, body=BODY).status_code)


def failure_of(call: Any) -> BaseException:
    try:
        call()
    except Exception as error:
        del call
        return error
    raise AssertionError("expected the call to fail")


@pytest.fixture
def fake(flashback_fake: FlashbackFake) -> FlashbackFake:
    flashback_fake.seed_policy("p1")
    return flashback_fake


def test_refresh_request_and_rotation(fake: FlashbackFake) -> None:
    client = policy_clients.flashback(refresh_token=fake.new_refresh_token(), base_url=fake.base_url)
    assert update(client) == 200
    fake.expire_tokens()
    assert update(client) == 200  # 401, then a refresh with the rotated refresh token, then the replay
    assert len(refreshes(fake)) == 2  # the fake refuses a spent refresh token, so the second used the new one
    first = refreshes(fake)[0]
    assert first.method == "POST" and first.header("content-type") == "application/json"
    assert [r.status for r in refreshes(fake)] == [200, 200]
    assert [r.status for r in api_calls(fake)] == [200, 401, 200]


def test_an_access_token_is_used_until_refused(fake: FlashbackFake) -> None:
    client = policy_clients.flashback(fake.token, refresh_token=fake.new_refresh_token(), base_url=fake.base_url)
    assert update(client) == 200
    assert not refreshes(fake)
    assert api_calls(fake)[0].status == 200


def test_refreshed_before_expires_at(fake: FlashbackFake) -> None:
    fake.token_lifetime = 100
    now = [fake.clock.now()]
    auth = FlashbackRefreshTokenAuth(fake.new_refresh_token(), refresh_url=fake.refresh_url, clock=lambda: now[0])
    with httpx.Client(base_url=fake.base_url, auth=auth, timeout=10) as http:
        assert http.put("/policy/p1", json={"name": "a"}).status_code == 200
        now[0] += 85  # expiresAt (ms) is 100 s away: still cached
        assert http.put("/policy/p1", json={"name": "b"}).status_code == 200
        assert len(refreshes(fake)) == 1
        now[0] += 10  # within 10 s of expiresAt: refreshed
        assert http.put("/policy/p1", json={"name": "c"}).status_code == 200
    assert len(refreshes(fake)) == 2


def test_refresh_under_load_threads(fake: FlashbackFake) -> None:
    client = policy_clients.flashback(
        refresh_token=fake.new_refresh_token(), base_url=fake.base_url, limits=httpx.Limits(max_connections=CALLS)
    )
    fake.faults.delay_next(1, 0.2, path=REFRESH_PATH)
    start = threading.Barrier(CALLS, timeout=10)

    def call(_: int) -> int:
        start.wait()
        return update(client)

    with ThreadPoolExecutor(max_workers=CALLS) as pool:
        assert list(pool.map(call, range(CALLS), timeout=60)) == [200] * CALLS
    assert len(refreshes(fake)) == 1


def test_refresh_under_load_async(fake: FlashbackFake) -> None:
    client = policy_clients.flashback(refresh_token=fake.new_refresh_token(), base_url=fake.base_url)
    fake.faults.delay_next(1, 0.2, path=REFRESH_PATH)

    async def burst() -> list[int]:
        calls = [update_policy.asyncio_detailed("p1", client=client, body=BODY) for _ in range(CALLS)]
        return [int(r.status_code) for r in await asyncio.wait_for(asyncio.gather(*calls), 60)]

    assert asyncio.run(burst()) == [200] * CALLS
    fake.expire_tokens()
    assert asyncio.run(burst()) == [200] * CALLS
    assert len(refreshes(fake)) == 2


def test_a_refused_refresh_token_is_a_token_error_without_it(fake: FlashbackFake) -> None:
    spent = fake.new_refresh_token()
    assert update(policy_clients.flashback(refresh_token=spent, base_url=fake.base_url)) == 200  # spends it
    client = policy_clients.flashback(refresh_token=spent, base_url=fake.base_url)
    error = failure_of(lambda: update(client))
    assert isinstance(error, policy_clients.TokenEndpointError)
    assert error.status_code == 401
    texts = [str(error), repr(error), pickle.dumps(error).decode("latin-1")]
    texts.append("".join(traceback.TracebackException.from_exception(error, capture_locals=True).format()))
    assert not [t for t in texts if spent in t]


def test_secrets_stay_out_of_logs_reprs_and_records(fake: FlashbackFake, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    refresh = fake.new_refresh_token()
    client = policy_clients.flashback(refresh_token=refresh, base_url=fake.base_url)
    assert update(client) == 200
    texts = [repr(client), caplog.text, repr(fake.requests)]
    assert not [t for t in texts if refresh in t or "fb-refresh-" in t]
    with pytest.raises(TypeError):
        pickle.dumps(client._facade.auth)  # type: ignore[attr-defined]


def test_refresh_token_from_the_environment(fake: FlashbackFake, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASHBACK_REFRESH_TOKEN", fake.new_refresh_token())
    assert update(policy_clients.flashback(base_url=fake.base_url)) == 200
    assert len(refreshes(fake)) == 1
