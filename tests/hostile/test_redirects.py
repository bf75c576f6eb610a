"""Redirects: a failure after the first hop is never "unsent"; credentials never go to another origin."""

from __future__ import annotations

import pytest
from _hostile import MODES, HostileServer, answer, conductorone_auth, json_answer, outcome, quick_policy

from policy_clients import RedirectError, TransportError
from policy_clients.auth import BearerTokenAuth, ConductorOneTokenError


def refused_url() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/gone"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [302, 303, 307])
def test_post_redirected_to_a_dead_host_is_not_replayed(hostile: HostileServer, mode: str, status: int) -> None:
    hostile.default = answer(status, b"", {"Location": refused_url()})
    client = {"follow_redirects": True, "retry": quick_policy(max_attempts=3)}
    error = outcome(mode, hostile.url, "POST", "/p", client=client, json={"a": 1})
    assert isinstance(error, TransportError)
    assert len(hostile.seen) == 1  # the origin processed it once; the failed later hop does not make it "unsent"
    assert error.attempt_history[-1].may_have_succeeded


@pytest.mark.parametrize("mode", MODES)
def test_token_request_never_follows_a_cross_origin_redirect(
    hostile: HostileServer, elsewhere: HostileServer, mode: str
) -> None:
    hostile.route("/auth/v1/token", answer(307, b"", {"Location": elsewhere.url + "/auth/v1/token"}))
    elsewhere.default = json_answer(200, {"access_token": "foreign-token", "token_type": "Bearer"})
    client = {"auth": conductorone_auth(hostile), "follow_redirects": True, "retry": quick_policy(max_attempts=2)}
    error = outcome(mode, hostile.url, "GET", "/p", client=client)
    assert isinstance(error, RedirectError | ConductorOneTokenError), error
    assert elsewhere.seen == []  # the signed assertion never left its origin
    assert hostile.requests_to("/p") == []  # and no foreign token was used


@pytest.mark.parametrize("mode", MODES)
def test_cross_origin_hop_drops_every_credential_header(
    hostile: HostileServer, elsewhere: HostileServer, mode: str
) -> None:
    from _hostile import call

    hostile.route("/p", answer(302, b"", {"Location": elsewhere.url + "/landing"}))
    client = {"auth": BearerTokenAuth("t0ken-value"), "follow_redirects": True, "retry": quick_policy(max_attempts=1)}
    call(mode, hostile.url, "GET", "/p", client=client, headers={"X-Api-Key": "k3y-value", "X-Trace": "t"})
    (landed,) = elsewhere.seen
    assert "authorization" not in landed.headers and "x-api-key" not in landed.headers
    assert landed.headers["x-trace"] == "t"
