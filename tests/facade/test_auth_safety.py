from __future__ import annotations

import httpx
import pytest

from policy_clients._safety import InsecureTransportError, ensure_secure_url, is_loopback_host
from policy_clients.auth import BearerTokenAuth, OsoCloudAuth

SECRET = "tok-SECRET-7f3a9c"


@pytest.mark.parametrize(
    "url",
    [
        "https://api.osohq.com/api/policy",
        "https://10.0.0.1/x",
        "http://127.0.0.1:8080/x",
        "http://127.9.8.7/x",
        "http://localhost:1/x",
        "http://LOCALHOST./x",
        "http://[::1]:9/x",
        "http://[::ffff:127.0.0.1]/x",
    ],
)
def test_secure_or_loopback_urls_are_allowed(url: str) -> None:
    ensure_secure_url(httpx.URL(url))


@pytest.mark.parametrize(
    "url",
    [
        "http://api.osohq.com/api/policy",
        "http://10.0.0.1/x",
        "http://128.0.0.1/x",
        "http://localhost.example.com/x",
        "http://[::2]/x",
        "http://0.0.0.0/x",
    ],
)
def test_plain_http_to_other_hosts_is_refused(url: str) -> None:
    with pytest.raises(InsecureTransportError) as info:
        ensure_secure_url(httpx.URL(url))
    assert isinstance(info.value, ValueError)
    assert httpx.URL(url).host in str(info.value)


def test_error_names_host_but_not_query() -> None:
    with pytest.raises(InsecureTransportError) as info:
        ensure_secure_url(httpx.URL(f"http://example.com/x?key={SECRET}"))
    assert SECRET not in str(info.value)


def test_loopback_helper() -> None:
    assert is_loopback_host("127.0.0.1")
    assert not is_loopback_host("example.com")


@pytest.mark.parametrize("auth", [BearerTokenAuth(SECRET), OsoCloudAuth(SECRET)])
def test_flows_refuse_before_sending_credentials(auth: httpx.Auth) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:  # never reached: the flow refuses first
        sent.append(request)
        return httpx.Response(200)

    with (
        httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client,
        pytest.raises(InsecureTransportError),
    ):
        client.post("http://policy.example.com/policy", json={})
    assert sent == []
