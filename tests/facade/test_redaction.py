"""Secrets never show in logs (DEBUG), reprs or exception text; cross-origin redirects drop credentials."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest
from _helpers import MODES, make_policy, request
from _servers import ScriptedServer, Sleeps, reply, scripted, serving

import policy_clients
from policy_clients import RetryPolicy, ServerError
from policy_clients._redact import redact_headers, redact_url
from policy_clients.auth import BearerTokenAuth, OsoCloudAuth

__all__ = ["scripted"]

SECRET = "sk_live_TOPSECRET_5f3a9"


@pytest.fixture
def second() -> Iterator[ScriptedServer]:
    yield from serving()


@pytest.mark.parametrize("mode", MODES)
def test_secret_absent_from_logs_reprs_and_errors(
    scripted: ScriptedServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's and httpcore's included
    scripted.default = reply(503, {"message": "down"})
    kwargs = {"retry": make_policy(Sleeps()), "auth": OsoCloudAuth(SECRET), "headers": {"X-Api-Key": SECRET}}
    with pytest.raises(ServerError) as info:
        request(mode, scripted.url, "GET", "/p", client_kwargs=kwargs)
    error = info.value
    assert all(s.headers["authorization"] == f"Bearer {SECRET}" for s in scripted.seen)  # it was really sent
    attempt_logs = [r for r in caplog.records if r.name == "policy_clients.http"]
    assert len(attempt_logs) == 3
    assert "attempt 1 -> 503" in attempt_logs[0].getMessage()
    assert "retrying in" in attempt_logs[0].getMessage() and "done" in attempt_logs[-1].getMessage()
    everything = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    for text in (everything, str(error), repr(error), str(error.headers), repr(kwargs["auth"])):
        assert SECRET not in text


@pytest.mark.parametrize("mode", MODES)
def test_own_logs_and_error_headers_redact_server_secrets(
    scripted: ScriptedServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="policy_clients")
    scripted.push(reply(401, headers={"Set-Cookie": f"session={SECRET}"}))
    with pytest.raises(policy_clients.AuthenticationError) as info:
        request(mode, scripted.url, "GET", f"/p?access_token={SECRET}", client_kwargs={})
    own = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("policy_clients"))
    assert "access_token=[REDACTED]" in own
    for text in (own, str(info.value), repr(info.value), str(info.value.headers)):
        assert SECRET not in text
    assert info.value.headers["set-cookie"] == "[REDACTED]"


def test_factory_client_reprs_hide_secrets(scripted: ScriptedServer) -> None:
    client = policy_clients.oso_cloud(SECRET, base_url=scripted.url + "/api/", headers={"Authorization": SECRET})
    for text in (repr(client), str(client), repr(client.get_httpx_client()), repr(client.get_async_httpx_client())):
        assert SECRET not in text
    assert "OsoCloudClient(base_url=" in repr(client)


def test_redact_helpers() -> None:
    headers = redact_headers(
        httpx.Headers({"Authorization": "Bearer x", "Cookie": "a=b", "X-Api-Key": "k", "X-Request-ID": "r"})
    )
    assert dict(headers) == {
        "authorization": "[REDACTED]",
        "cookie": "[REDACTED]",
        "x-api-key": "[REDACTED]",
        "x-request-id": "r",
    }
    assert redact_url("https://u:pw@h/p?access_token=abc&x=1") == "https://h/p?access_token=[REDACTED]&x=1"
    assert redact_url("https://h/p?x=1") == "https://h/p?x=1"


@pytest.mark.parametrize("mode", MODES)
def test_cross_origin_redirect_drops_authorization(scripted: ScriptedServer, second: ScriptedServer, mode: str) -> None:
    scripted.push(reply(302, headers={"Location": second.url + "/landing"}))
    kwargs = {"auth": BearerTokenAuth(SECRET), "follow_redirects": True, "retry": RetryPolicy.disabled()}
    assert request(mode, scripted.url, "GET", "/start", client_kwargs=kwargs).status_code == 200
    assert scripted.seen[0].headers["authorization"] == f"Bearer {SECRET}"
    (landed,) = second.seen
    assert landed.target == "/landing"
    assert "authorization" not in landed.headers


@pytest.mark.parametrize("mode", MODES)
def test_same_origin_redirect_keeps_authorization(scripted: ScriptedServer, mode: str) -> None:
    scripted.push(reply(307, headers={"Location": "/moved"}))
    kwargs = {"auth": BearerTokenAuth(SECRET), "follow_redirects": True, "retry": RetryPolicy.disabled()}
    request(mode, scripted.url, "GET", "/start", client_kwargs=kwargs)
    assert scripted.seen[1].headers["authorization"] == f"Bearer {SECRET}"
