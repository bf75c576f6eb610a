"""Each retry rule of the client layer, against a real local server, sync and async."""

from __future__ import annotations

import email.utils
from collections.abc import Generator

import httpx
import pytest
from _helpers import MODES, make_policy, request
from _servers import DROP, FakeClock, Reply, ScriptedServer, Sleeps, reply, scripted, unused_port_url

from policy_clients import (
    APIError,
    PreconditionFailedError,
    RateLimitedError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    TransportError,
)
from policy_clients._retry import parse_retry_after
from policy_clients.auth import OsoCloudAuth

__all__ = ["scripted"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_status_is_retried(scripted: ScriptedServer, mode: str, status: int) -> None:
    sleeps = Sleeps()
    scripted.push(reply(status))
    response = request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": make_policy(sleeps)})
    assert response.status_code == 200
    assert len(scripted.seen) == 2
    assert sleeps.delays == [0.25]  # full jitter: 0.5 s base * random() 0.5


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [400, 401, 404, 409, 412, 501])
def test_other_statuses_are_not_retried(scripted: ScriptedServer, mode: str, status: int) -> None:
    sleeps = Sleeps()
    scripted.push(reply(status))
    with pytest.raises(APIError) as info:
        request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": make_policy(sleeps)})
    assert info.value.status_code == status
    assert len(scripted.seen) == 1
    assert sleeps.delays == []


@pytest.mark.parametrize("mode", MODES)
def test_retry_statuses_are_configurable(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    scripted.push(reply(409), reply(503))
    policy = make_policy(sleeps, retry_statuses=frozenset({409}))
    with pytest.raises(ServerError):
        request(mode, scripted.url, "PUT", "/p", json={}, client_kwargs={"retry": policy})
    assert len(scripted.seen) == 2


@pytest.mark.parametrize("mode", MODES)
def test_attempt_count_bounds_the_loop(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    scripted.default = reply(500)
    policy = make_policy(sleeps, max_attempts=4, jitter="none")
    with pytest.raises(ServerError) as info:
        request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": policy})
    assert len(scripted.seen) == 4
    assert info.value.attempts == 4
    assert sleeps.delays == [0.5, 1.0, 2.0]  # exponential, no jitter
    assert "after 4 attempts" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused_is_retried_even_for_post(mode: str) -> None:
    sleeps = Sleeps()
    with pytest.raises(TransportError) as info:
        request(mode, unused_port_url(), "POST", "/p", json={}, client_kwargs={"retry": make_policy(sleeps)})
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert isinstance(info.value, httpx.TransportError)  # still caught by code written for bare httpx
    assert info.value.attempts == 3
    assert len(sleeps.delays) == 2


@pytest.mark.parametrize("mode", MODES)
def test_dropped_connection_is_retried_for_idempotent(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    scripted.push(DROP)
    response = request(mode, scripted.url, "PUT", "/p", json={"a": 1}, client_kwargs={"retry": make_policy(sleeps)})
    assert response.status_code == 200
    assert [s.body for s in scripted.seen] == [b'{"a":1}', b'{"a":1}']  # the body is replayed intact


@pytest.mark.parametrize("mode", MODES)
def test_dropped_connection_not_retried_for_post(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(DROP)
    with pytest.raises(TransportError) as info:
        request(mode, scripted.url, "POST", "/p", json={}, client_kwargs={"retry": make_policy(Sleeps())})
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert len(scripted.seen) == 1


@pytest.mark.parametrize("mode", MODES)
def test_read_timeout_is_retried(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    scripted.push(reply(200, {"late": True}, delay=0.3))
    response = request(
        mode,
        scripted.url,
        "GET",
        "/p",
        client_kwargs={"retry": make_policy(sleeps), "timeout": httpx.Timeout(5.0, read=0.05)},
    )
    assert response.json() == {"ok": True}
    assert len(scripted.seen) == 2
    assert len(sleeps.delays) == 1


@pytest.mark.serial  # a 50 ms read timeout races the server thread recording the request
@pytest.mark.parametrize("mode", MODES)
def test_read_timeout_on_post_raises_timeout_error(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(200, delay=0.3))
    with pytest.raises(RequestTimeoutError) as info:
        request(
            mode,
            scripted.url,
            "POST",
            "/p",
            json={},
            client_kwargs={"retry": make_policy(Sleeps()), "timeout": httpx.Timeout(5.0, read=0.05)},
        )
    assert isinstance(info.value, httpx.TimeoutException)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(scripted.seen) == 1


@pytest.mark.parametrize("mode", MODES)
def test_non_idempotent_not_retried_by_default(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(503))
    with pytest.raises(ServerError):
        request(mode, scripted.url, "POST", "/p", json={}, client_kwargs={"retry": make_policy(Sleeps())})
    assert len(scripted.seen) == 1


@pytest.mark.parametrize("mode", MODES)
def test_retry_non_idempotent_opt_in(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(503))
    policy = make_policy(Sleeps(), retry_non_idempotent=True)
    assert request(mode, scripted.url, "POST", "/p", json={}, client_kwargs={"retry": policy}).status_code == 200
    assert len(scripted.seen) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "flag", "expected_requests"), [("POST", True, 2), ("PUT", False, 1)])
def test_idempotent_extension_overrides_method(
    scripted: ScriptedServer, mode: str, method: str, flag: bool, expected_requests: int
) -> None:
    scripted.push(reply(503))
    extensions = {"policy_clients.idempotent": flag, "policy_clients.operation": "op"}
    try:
        request(
            mode,
            scripted.url,
            method,
            "/p",
            json={},
            extensions=extensions,
            client_kwargs={"retry": make_policy(Sleeps())},
        )
    except ServerError as exc:
        assert exc.operation == "op"
    assert len(scripted.seen) == expected_requests


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_seconds(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    scripted.push(reply(503, headers={"Retry-After": "7"}))
    request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": make_policy(sleeps)})
    assert sleeps.delays == [7.0]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_http_date(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    wall = 1_700_000_000.0
    scripted.push(reply(429, headers={"Retry-After": email.utils.formatdate(wall + 30, usegmt=True)}))
    request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": make_policy(sleeps, now=lambda: wall)})
    assert sleeps.delays == [30.0]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_ms_wins(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    scripted.push(reply(429, headers={"retry-after-ms": "250", "Retry-After": "9"}))
    request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": make_policy(sleeps)})
    assert sleeps.delays == [0.25]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_over_cap_stops(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    scripted.push(reply(429, headers={"Retry-After": "120"}))
    with pytest.raises(RateLimitedError) as info:
        request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": make_policy(sleeps, max_retry_after=60)})
    assert sleeps.delays == []
    assert info.value.retry_after == 120.0
    assert len(scripted.seen) == 1


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_ignored_when_disabled(scripted: ScriptedServer, mode: str) -> None:
    sleeps = Sleeps()
    scripted.push(reply(429, headers={"Retry-After": "120"}))
    policy = make_policy(sleeps, respect_retry_after=False, jitter="none")
    request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": policy})
    assert sleeps.delays == [0.5]


@pytest.mark.parametrize("mode", MODES)
def test_deadline_stops_before_sleeping_past_it(scripted: ScriptedServer, mode: str) -> None:
    sleeps, clock = Sleeps(), FakeClock()
    scripted.default = reply(503)
    policy = make_policy(sleeps, clock, deadline=5.0, max_attempts=10, jitter="none", initial_backoff=2.0)
    with pytest.raises(ServerError) as info:
        request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": policy})
    # t=0 attempt 1, sleep 2; t=2 attempt 2; the next 4 s wait would end at t=6 > 5: stop.
    assert sleeps.delays == [2.0]
    assert info.value.attempts == 2


@pytest.mark.parametrize("mode", MODES)
def test_each_attempt_timeout_is_clipped_to_the_deadline(scripted: ScriptedServer, mode: str) -> None:
    sleeps, clock = Sleeps(), FakeClock()
    scripted.push(reply(503))
    seen: list[dict[str, float]] = []

    def hook(req: httpx.Request) -> None:
        seen.append(dict(req.extensions["timeout"]))

    async def ahook(req: httpx.Request) -> None:
        hook(req)

    policy = make_policy(sleeps, clock, deadline=10.0, jitter="none", initial_backoff=4.0)
    kwargs = {
        "retry": policy,
        "timeout": httpx.Timeout(30.0, connect=5.0),
        "event_hooks": {"request": [hook if mode == "sync" else ahook]},
    }
    request(mode, scripted.url, "GET", "/p", client_kwargs=kwargs)
    assert [t["read"] for t in seen] == [10.0, 6.0]
    assert [t["connect"] for t in seen] == [5.0, 5.0]


@pytest.mark.parametrize("mode", MODES)
def test_disabled_policy_makes_one_attempt(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(503))
    with pytest.raises(ServerError):
        request(mode, scripted.url, "GET", "/p", client_kwargs={"retry": RetryPolicy.disabled()})
    assert len(scripted.seen) == 1


class CountingAuth(httpx.Auth):
    def __init__(self) -> None:
        self.runs = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.runs += 1
        request.headers["Authorization"] = f"Bearer run-{self.runs}"
        yield request


@pytest.mark.parametrize("mode", MODES)
def test_auth_runs_again_on_every_attempt(scripted: ScriptedServer, mode: str) -> None:
    auth = CountingAuth()
    scripted.push(reply(503), DROP)
    kwargs = {"retry": make_policy(Sleeps()), "auth": auth}
    assert request(mode, scripted.url, "PUT", "/p", json={}, client_kwargs=kwargs).status_code == 200
    assert auth.runs == 3
    assert [s.headers["authorization"] for s in scripted.seen] == ["Bearer run-1", "Bearer run-2", "Bearer run-3"]


@pytest.mark.parametrize("mode", MODES)
def test_oso_request_id_is_fresh_per_attempt(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(500), reply(502))
    kwargs = {"retry": make_policy(Sleeps()), "auth": OsoCloudAuth("k_retry_secret")}
    request(mode, scripted.url, "GET", "/p", client_kwargs=kwargs)
    ids = [s.headers["x-request-id"] for s in scripted.seen]
    assert len(ids) == 3 and len(set(ids)) == 3
    assert all(s.headers["authorization"] == "Bearer k_retry_secret" for s in scripted.seen)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("first", [reply(503), reply(200, delay=0.3), DROP])
def test_412_after_ambiguous_attempt_names_it(scripted: ScriptedServer, mode: str, first: Reply) -> None:
    scripted.push(first, reply(412, {"code": "NoEtagMatch", "message": "etag mismatch"}))
    kwargs = {
        "retry": make_policy(Sleeps()),
        "timeout": httpx.Timeout(5.0, read=0.05),
        "raise_for_status": False,  # the ambiguous 412 raises anyway
    }
    with pytest.raises(PreconditionFailedError) as info:
        request(mode, scripted.url, "PUT", "/p", json={}, headers={"if-match": "etag-1"}, client_kwargs=kwargs)
    error = info.value
    assert error.earlier_attempt_may_have_succeeded is True
    assert [a.may_have_succeeded for a in error.attempt_history] == [True, False]
    assert "earlier attempt may have succeeded (#1 " in str(error)
    assert len(scripted.seen) == 2


@pytest.mark.parametrize("mode", MODES)
def test_412_on_first_attempt_is_plain(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(412))
    with pytest.raises(PreconditionFailedError) as info:
        request(mode, scripted.url, "PUT", "/p", json={}, headers={"if-match": "e"}, client_kwargs={})
    assert info.value.earlier_attempt_may_have_succeeded is False
    assert "earlier attempt" not in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_412_without_raise_for_status_and_no_ambiguity_is_returned(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(429), reply(412))
    kwargs = {"retry": make_policy(Sleeps()), "raise_for_status": False}
    response = request(mode, scripted.url, "PUT", "/p", json={}, headers={"if-match": "e"}, client_kwargs=kwargs)
    assert response.status_code == 412  # a 429 was surely not applied, so nothing is hidden


def test_streamed_body_is_not_replayed(scripted: ScriptedServer) -> None:
    scripted.push(reply(503))

    def body() -> Generator[bytes, None, None]:
        yield b"chunk"

    with pytest.raises(ServerError):
        request("sync", scripted.url, "PUT", "/p", content=body(), client_kwargs={"retry": make_policy(Sleeps())})
    assert len(scripted.seen) == 1


def test_backoff_shapes() -> None:
    full = RetryPolicy(random=lambda: 1.0, max_backoff=3.0)
    assert [full.backoff(n, None) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 3.0]
    none = RetryPolicy(jitter="none", initial_backoff=1.0, multiplier=3.0, max_backoff=100)
    assert [none.backoff(n, None) for n in (1, 2, 3)] == [1.0, 3.0, 9.0]
    decorrelated = RetryPolicy(jitter="decorrelated", random=lambda: 1.0, max_backoff=5.0)
    assert decorrelated.backoff(1, None) == 1.5  # uniform in [0.5, 3 * 0.5]
    assert decorrelated.backoff(2, 1.5) == 4.5
    assert decorrelated.backoff(3, 4.5) == 5.0  # capped
    assert RetryPolicy(jitter="decorrelated", random=lambda: 0.0).backoff(5, 4.0) == 0.5


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # in the past
        ({"retry-after-ms": "oops", "retry-after": "2"}, 2.0),
        ({"retry-after-ms": "nan", "retry-after": "inf"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=lambda: 1_700_000_000.0) == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_attempts": 0},
        {"deadline": 0},
        {"initial_backoff": -1},
        {"multiplier": 0.5},
        {"jitter": "bogus"},
    ],
)
def test_policy_rejects_nonsense(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_attempt_records_stay_frozen_values() -> None:
    """``AttemptRecord`` has its own ``__init__`` (made once per attempt); it is still a frozen dataclass."""
    import dataclasses
    import pickle

    from policy_clients._retry import AttemptRecord

    record = AttemptRecord(1, "503", 0.25, True, 503)
    assert record == AttemptRecord(number=1, outcome="503", elapsed=0.25, may_have_succeeded=True, status_code=503)
    assert AttemptRecord(2, "ReadTimeout", 1.0, True).status_code is None
    assert (
        repr(record) == "AttemptRecord(number=1, outcome='503', elapsed=0.25, may_have_succeeded=True, status_code=503)"
    )
    assert hash(record) == hash(AttemptRecord(1, "503", 0.25, True, 503))
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.outcome = "200"  # type: ignore[misc]
    assert dataclasses.replace(record, outcome="504").outcome == "504" and record.outcome == "503"
    assert pickle.loads(pickle.dumps(record)) == record
    assert dataclasses.asdict(record)["elapsed"] == 0.25
