"""Errors survive pickling (a ProcessPoolExecutor worker may raise them) and carry nothing secret."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest
from _hostile import MODES, HostileServer, json_answer, outcome, quick_policy

from policy_clients import APIError, PreconditionFailedError, ServerError, TransportError
from policy_clients.auth import BearerTokenAuth

TOKEN = "bearer-t0ken-Secret-4f2a"


def _raise_server_error() -> None:
    raise ServerError(status_code=503, vendor="v", operation="op", headers={"X-Request-ID": "r1"}, body=b"down")


def test_api_error_round_trips_through_pickle_and_a_process_pool() -> None:
    error = PreconditionFailedError(vendor="oci", operation="up", body=b"{}", earlier_attempt_may_have_succeeded=True)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is PreconditionFailedError and str(again) == str(error)
    assert (again.status_code, again.body, again.earlier_attempt_may_have_succeeded) == (412, b"{}", True)
    with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(ServerError) as info:
        pool.submit(_raise_server_error).result(timeout=60)
    assert info.value.request_id == "r1" and isinstance(info.value, APIError)


@pytest.mark.parametrize("mode", MODES)
def test_pickled_transport_error_carries_no_authorization(hostile: HostileServer, mode: str) -> None:
    hostile.default = json_answer(200, {}, {"Content-Length": "100"})  # promises more than it sends
    client = {"auth": BearerTokenAuth(TOKEN), "retry": quick_policy(max_attempts=1)}
    error = outcome(mode, hostile.url, "GET", "/p?access_token=" + TOKEN, client=client)
    assert isinstance(error, TransportError)
    blob = pickle.dumps(error)
    assert TOKEN.encode() not in blob
    request = pickle.loads(blob).request
    assert isinstance(request, httpx.Request) and request.headers["authorization"] == "[REDACTED]"
