"""The clients' cookie store: a response without Set-Cookie skips the cookiejar, one with it still counts."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _servers import ScriptedServer, reply, scripted

from policy_clients._client import AsyncPolicyHTTPClient, PolicyHTTPClient
from policy_clients._cookies import ResponseCookies

__all__ = ["scripted"]


def test_set_cookie_is_stored_and_sent_back(scripted: ScriptedServer) -> None:
    scripted.push(reply(200, headers={"Set-Cookie": "session=s1; Path=/"}))
    with PolicyHTTPClient(base_url=scripted.url) as client:
        client.get("/login")
        client.get("/next")
        assert client.cookies.get("session") == "s1"
    assert "cookie" not in scripted.seen[0].headers
    assert scripted.seen[1].headers["cookie"] == "session=s1"


async def test_async_set_cookie_is_stored(scripted: ScriptedServer) -> None:
    scripted.push(reply(200, headers={"Set-Cookie": "session=a1; Path=/"}))
    async with AsyncPolicyHTTPClient(base_url=scripted.url) as client:
        await client.get("/login")
        await client.get("/next")
    assert scripted.seen[1].headers["cookie"] == "session=a1"


@pytest.mark.parametrize("client_class", [PolicyHTTPClient, AsyncPolicyHTTPClient])
def test_constructor_and_assigned_cookies_keep_the_fast_store(client_class: Any) -> None:
    client = client_class(cookies={"a": "1"})
    assert isinstance(client.cookies, ResponseCookies) and client.cookies["a"] == "1"
    client.cookies = {"b": "2"}
    assert isinstance(client.cookies, ResponseCookies) and dict(client.cookies) == {"b": "2"}


def test_response_without_set_cookie_never_reaches_the_jar(monkeypatch: pytest.MonkeyPatch) -> None:
    touched: list[object] = []
    monkeypatch.setattr(httpx.Cookies, "extract_cookies", lambda self, response: touched.append(response))
    store = ResponseCookies()
    request = httpx.Request("GET", "https://example.test/")
    store.extract_cookies(httpx.Response(200, headers={"Content-Type": "text/plain"}, request=request))
    assert touched == []
    with_cookie = httpx.Response(200, headers={"set-cookie": "a=1"}, request=request)
    store.extract_cookies(with_cookie)
    assert touched == [with_cookie]
