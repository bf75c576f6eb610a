"""FastHTTPTransport's own semantics: unsent vs maybe-sent, stale keep-alive connections, pool, timeouts, framing.

The whole hostile suite also runs over it (``mode="fast"``); these are the cases specific to a transport.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _hostile import Conn, HostileServer, answer, head, json_answer

import policy_clients
from policy_clients import RequestTimeoutError, RetryPolicy, TransportError
from policy_clients._client import PolicyHTTPClient
from policy_clients._fast_transport import FastHTTPTransport

SECRET = "tok_FAST_TRANSPORT_SECRET_9c2a"


def no_wait(**kw: Any) -> RetryPolicy:
    options: dict[str, Any] = {"deadline": 5.0, "initial_backoff": 0.0, "max_backoff": 0.0, "jitter": "none"}
    options.update(kw)
    return RetryPolicy(**options)


def facade(url: str, transport: FastHTTPTransport | None = None, **kwargs: Any) -> PolicyHTTPClient:
    kwargs.setdefault("retry", no_wait())
    return PolicyHTTPClient(base_url=url, vendor="test", transport=transport or FastHTTPTransport(), **kwargs)


def then_close(behaviour: Any, *, reset: bool = False) -> Any:
    """Answer, then close the keep-alive connection without saying so (``reset``: with an RST)."""

    async def closing(conn: Conn) -> None:
        await behaviour(conn)
        if reset:
            sock = conn.writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.writer.close()

    return closing


def test_factory_option_selects_it_and_calls_work(hostile: HostileServer) -> None:
    from oso_cloud_client.api.policy import get_policy, post_policy
    from oso_cloud_client.models import ApiResult, Policy

    hostile.default = json_answer(200, {"message": "saved"}, {"OsoOffset": "off-1"})
    client = policy_clients.oso_cloud(SECRET, base_url=hostile.url + "/api/", transport="fast")
    with client:
        http = client.get_httpx_client()
        assert isinstance(http._transport, FastHTTPTransport)
        results = [post_policy.sync(client=client, body=Policy(src=f"actor U{i} {{}}")) for i in range(5)]
        get_policy.sync_detailed(client=client)
        assert http._transport._open == 1  # one kept-alive connection carried every call
    assert all(isinstance(r, ApiResult) and r.message == "saved" for r in results)
    assert len(hostile.seen) == 6
    assert {r.headers["authorization"] for r in hostile.seen} == {f"Bearer {SECRET}"}
    assert hostile.seen[-1].headers["osooffset"] == "off-1"  # the auth flow saw the response headers


def test_request_and_response_pass_through(hostile: HostileServer) -> None:
    hostile.push(answer(201, b"created\n", {"Content-Type": "text/plain", "X-One": "1", "X-Dup": "a"}))
    with facade(hostile.url, headers={"X-Team": "a"}) as client:
        response = client.post("/things?q=%2E1", content=b"\x00raw", headers={"If-Match": "e1"})
    assert (response.status_code, response.reason_phrase, response.http_version) == (201, "X", "HTTP/1.1")
    assert response.headers["x-one"] == "1" and response.text == "created\n"
    (seen,) = hostile.seen
    assert (seen.method, seen.target, seen.body) == ("POST", "/things?q=%2E1", b"\x00raw")
    assert seen.headers["x-team"] == "a" and seen.headers["if-match"] == "e1"
    assert seen.headers["content-length"] == "4" and seen.headers["host"] == f"127.0.0.1:{hostile.port}"


def test_streamed_request_bodies_chunked_and_sized(hostile: HostileServer) -> None:
    def parts() -> Iterator[bytes]:
        yield from (b"a" * 10, b"", b"b" * 70_000)

    with facade(hostile.url) as client:
        client.put("/chunked", content=parts())
        client.put("/sized", content=parts(), headers={"Content-Length": "70010"})
        client.put("/large", content=b"c" * 200_000)
    chunked, sized, large = hostile.seen
    assert chunked.headers["transfer-encoding"] == "chunked" and chunked.body == b"a" * 10 + b"b" * 70_000
    assert sized.body == b"a" * 10 + b"b" * 70_000 and "transfer-encoding" not in sized.headers
    assert large.body == b"c" * 200_000


def test_streamed_response_chunks_and_chunked_framing(hostile: HostileServer) -> None:
    async def chunked(conn: Conn) -> None:
        body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in (b"x" * 5000, b"y" * 3)) + b"0\r\n\r\n"
        await conn.send(head(200, {"Transfer-Encoding": "chunked"}) + body)

    hostile.push(chunked, answer(200, b"z" * 300_000))
    transport = FastHTTPTransport()
    with facade(hostile.url, transport) as client:
        assert client.get("/c").content == b"x" * 5000 + b"yyy"
        with client.stream("GET", "/big") as response:
            sizes = [len(c) for c in response.iter_raw()]
        assert sum(sizes) == 300_000 and max(sizes) <= 65536  # one receive per chunk, not the whole body
        client.get("/again")
        assert transport._open == 1  # both bodies were read to the end, so the connection was reused


def test_partly_read_body_discards_the_connection(hostile: HostileServer) -> None:
    hostile.push(answer(200, b"z" * 300_000))
    transport = FastHTTPTransport()
    with facade(hostile.url, transport) as client:
        with client.stream("GET", "/big") as response:
            next(response.iter_raw())
        assert transport._open == 0
        assert client.get("/next").status_code == 200


def test_server_closing_an_idle_connection_is_noticed_before_reuse(hostile: HostileServer) -> None:
    hostile.default = then_close(json_answer(200, {"ok": True}))
    with facade(hostile.url, retry=RetryPolicy.disabled()) as client:
        for _ in range(3):  # a POST is never replayed, so each must go out on a live connection
            assert client.post("/p", json={}).status_code == 200
            _wait_for_close(client)
    assert len(hostile.seen) == 3


def test_reset_pooled_connection_is_replaced_once_when_nothing_was_sent(
    hostile: HostileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race the idle check cannot see: the reset arrives after it; the first send fails, nothing was sent."""
    hostile.default = then_close(json_answer(200, {"ok": True}), reset=True)
    with facade(hostile.url, retry=RetryPolicy.disabled()) as client:
        assert client.post("/p", json={}).status_code == 200
        monkeypatch.setattr("policy_clients._fast_transport._Connection.looks_closed", lambda self: False)
        _wait_for_close(client)
        assert client.post("/p", json={}).status_code == 200
    assert len(hostile.seen) == 2  # the failed send reached no one; the POST went out once


def _wait_for_close(client: PolicyHTTPClient) -> None:
    """Until the server's FIN (or RST) has reached the pooled connection."""
    transport = client._transport
    assert isinstance(transport, FastHTTPTransport)
    (idle,) = transport._idle.values()
    sock = idle[0].sock
    for _ in range(500):
        try:
            if sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b"":
                return
        except BlockingIOError:
            threading.Event().wait(0.01)
        except ConnectionResetError:
            return
    pytest.fail("the server never closed the connection")


def test_dropped_connection_retries_idempotent_and_reruns_auth(hostile: HostileServer) -> None:
    async def drop(conn: Conn) -> None:
        conn.writer.close()

    hostile.push(drop)
    calls: list[int] = []

    def auth(request: httpx.Request) -> httpx.Request:
        calls.append(1)
        request.headers["Authorization"] = f"Bearer t{len(calls)}"
        return request

    with facade(hostile.url, auth=auth) as client:
        assert client.put("/p", json={"a": 1}).status_code == 200
    assert [r.headers["authorization"] for r in hostile.seen] == ["Bearer t1", "Bearer t2"]


@pytest.mark.parametrize("extensions", [{}, {"policy_clients.idempotent": False}], ids=["post", "put-marked"])
def test_dropped_connection_never_replays_a_non_idempotent_write(
    hostile: HostileServer, extensions: dict[str, Any]
) -> None:
    async def drop(conn: Conn) -> None:
        conn.writer.close()

    hostile.default = drop
    method = "PUT" if extensions else "POST"
    with facade(hostile.url) as client, pytest.raises(TransportError) as info:
        client.request(method, "/p", json={"a": 1}, extensions=extensions)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)  # may have reached the server
    assert len(hostile.seen) == 1


def test_truncated_body_is_a_protocol_error(hostile: HostileServer) -> None:
    async def short(conn: Conn) -> None:
        await conn.send(head(200, {"Content-Type": "application/json"}, length=100) + b'{"a":')
        conn.writer.close()

    hostile.default = short
    with facade(hostile.url, retry=RetryPolicy.disabled()) as client, pytest.raises(TransportError) as info:
        client.post("/p", json={})
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


def test_read_timeout_is_not_retried_for_a_post(hostile: HostileServer) -> None:
    async def slow(conn: Conn) -> None:
        await conn.stall(2)

    hostile.default = slow
    timeout = httpx.Timeout(5.0, read=0.2)
    with facade(hostile.url, timeout=timeout) as client, pytest.raises(RequestTimeoutError) as info:
        client.post("/slow", json={})
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(hostile.seen) == 1


def test_write_timeout_when_the_server_stops_reading() -> None:
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        timeout = httpx.Timeout(5.0, write=0.2)
        client = facade(url, timeout=timeout, retry=RetryPolicy.disabled())
        with client, pytest.raises(RequestTimeoutError) as info:
            client.put("/p", content=b"x" * (64 * 1024 * 1024))
    assert isinstance(info.value.__cause__, httpx.WriteTimeout)


def test_refused_connection_is_connect_error_and_retried_even_for_a_post() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with facade(url) as client, pytest.raises(TransportError) as info:
        client.post("/p", json={})
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(info.value.attempt_history) == 3  # surely unsent, so even a POST is retried


def test_pool_timeout_when_every_connection_is_busy(hostile: HostileServer) -> None:
    async def slow(conn: Conn) -> None:
        await asyncio.sleep(0.5)
        await json_answer(200, {"ok": True})(conn)

    hostile.push(slow)
    transport = FastHTTPTransport(limits=httpx.Limits(max_connections=1))
    timeout = httpx.Timeout(5.0, pool=0.05)
    with facade(hostile.url, transport, timeout=timeout, retry=RetryPolicy.disabled()) as client:
        results: list[int] = []
        holder = threading.Thread(target=lambda: results.append(client.get("/slow").status_code))
        holder.start()
        while not hostile.seen:
            threading.Event().wait(0.01)
        with pytest.raises(RequestTimeoutError) as info:
            client.get("/queued")
        holder.join(5)
        assert results == [200]
        assert client.get("/after").status_code == 200  # the slot came back
    assert isinstance(info.value.__cause__, httpx.PoolTimeout)
    assert [r.target for r in hostile.seen] == ["/slow", "/after"]


def test_waiters_get_connections_as_they_free_up(hostile: HostileServer) -> None:
    transport = FastHTTPTransport(limits=httpx.Limits(max_connections=2))
    with facade(hostile.url, transport) as client:
        statuses: list[int] = []
        threads = [threading.Thread(target=lambda: statuses.append(client.get("/p").status_code)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert statuses == [200] * 8 and transport._open <= 2


@pytest.mark.parametrize(
    ("name", "value"),
    [("X-Bad", "a\r\nInjected: 1"), ("X-Bad", "a\nb"), ("X-Bad", "a\x00b"), ("X Bad", "v"), ("X:Bad", "v")],
)
def test_header_injection_is_refused_before_sending(hostile: HostileServer, name: str, value: str) -> None:
    with facade(hostile.url) as client, pytest.raises(TransportError) as info:
        client.get("/p", headers={name: value})
    assert isinstance(info.value.__cause__, httpx.LocalProtocolError)
    assert hostile.seen == []


@pytest.mark.parametrize("status_line", [b"HTTP/1.1 abc X\r\n", b"SPDY/3 200 OK\r\n", b"HTTP/1.1 99 X\r\n"])
def test_malformed_status_line_is_a_protocol_error(hostile: HostileServer, status_line: bytes) -> None:
    async def bad(conn: Conn) -> None:
        await conn.send(status_line + b"Content-Length: 0\r\n\r\n")

    hostile.default = bad
    with facade(hostile.url, retry=RetryPolicy.disabled()) as client, pytest.raises(TransportError) as info:
        client.get("/p")
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


def test_closed_transport_refuses_new_requests(hostile: HostileServer) -> None:
    transport = FastHTTPTransport()
    with facade(hostile.url, transport, retry=RetryPolicy.disabled()) as client:
        client.get("/p")
    assert transport._open == 0
    with pytest.raises(httpx.ConnectError):
        transport.handle_request(httpx.Request("GET", hostile.url + "/p"))


def _either(mode: str, url: str) -> PolicyHTTPClient:
    """A facade client on the fast transport or on httpx's own (httpcore + h11), for like-for-like checks."""
    if mode == "fast":
        return facade(url, retry=RetryPolicy.disabled())
    return PolicyHTTPClient(base_url=url, vendor="test", retry=RetryPolicy.disabled())


def _raw(block: bytes) -> Any:
    async def behaviour(conn: Conn) -> None:
        await conn.send(block)

    return behaviour


@pytest.mark.parametrize("mode", ["fast", "httpx"])
def test_response_header_block_reads_as_h11_reads_it(hostile: HostileServer, mode: str) -> None:
    block = (
        b"HTTP/1.1 100 Continue\r\nX-Interim: 1\r\n\r\n"  # an interim response: skipped, its fields dropped
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Pad: \t padded \t\r\nX-Fold: a\r\n  b\r\n\tc \r\n"
        b"X-Empty:\r\nX-Fold-Empty:\r\n x\r\nX-Dup: 1\r\nx-dup: 2\r\nX-Latin: caf\xe9\r\n\r\n{}"
    )
    hostile.push(_raw(block), answer(200, b"[]"))
    with _either(mode, hostile.url) as client:
        response = client.get("/p")
        assert client.get("/again").content == b"[]"  # the body was framed right: the connection carries on
    assert response.status_code == 200 and response.content == b"{}"
    assert response.headers["x-pad"] == "padded"
    assert response.headers["x-fold"] == "a b c" and response.headers["x-fold-empty"] == "x"
    assert response.headers["x-empty"] == "" and response.headers.get_list("x-dup") == ["1", "2"]
    assert response.headers.raw[-1] == (b"X-Latin", b"caf\xe9") and "x-interim" not in response.headers


@pytest.mark.parametrize("mode", ["fast", "httpx"])
@pytest.mark.parametrize(
    "fields",
    [
        b"No-Colon\r\n",
        b"X-Space : v\r\n",
        b": no name\r\n",
        b"X(Bad): v\r\n",
        b"X-Nul: a\x00b\r\n",
        b"X-Cr: a\rb\r\n",
        b" folded-first: v\r\n",
    ],
)
def test_malformed_header_field_is_a_protocol_error(hostile: HostileServer, mode: str, fields: bytes) -> None:
    hostile.default = _raw(b"HTTP/1.1 200 OK\r\n" + fields + b"Content-Length: 2\r\n\r\n{}")
    with _either(mode, hostile.url) as client, pytest.raises(TransportError) as info:
        client.get("/p")
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.parametrize(
    "fields", [b"".join(b"X-%d: v\r\n" % i for i in range(101)), b"X-Long: " + b"v" * 70_000 + b"\r\n"]
)
def test_header_block_over_http_client_limits_is_a_protocol_error(hostile: HostileServer, fields: bytes) -> None:
    hostile.default = _raw(b"HTTP/1.1 200 OK\r\n" + fields + b"Content-Length: 2\r\n\r\n{}")
    with facade(hostile.url, retry=RetryPolicy.disabled()) as client, pytest.raises(TransportError) as info:
        client.get("/p")
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


def test_framing_headers_are_read_case_insensitively(hostile: HostileServer) -> None:
    async def chunked(conn: Conn) -> None:
        await conn.send(b"HTTP/1.1 200 OK\r\ntransfer-ENCODING: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")

    hostile.push(chunked, _raw(b"HTTP/1.1 200 OK\r\ncontent-LENGTH: 3\r\nConnection: close\r\n\r\nxyz"))
    transport = FastHTTPTransport()
    with facade(hostile.url, transport) as client:
        assert client.get("/c").content == b"abc"
        assert transport._open == 1  # chunked to its end: kept alive
        assert client.get("/l").content == b"xyz"
        assert transport._open == 0  # "Connection: close" was heard


def _framed(hostile: HostileServer, block: bytes, *, method: str = "GET", close: bool = False) -> Any:
    """One response sent as exactly ``block`` (then the connection closed, with ``close``), and a normal one.

    Returns the first response and whether its connection went back to the pool; the second call shows the
    first body was framed right (a wrong length would leave bytes that break it).
    """
    hostile.push(then_close(_raw(block)) if close else _raw(block), answer(200, b"[]"))
    transport = FastHTTPTransport()
    with facade(hostile.url, transport, retry=RetryPolicy.disabled()) as client:
        response = client.request(method, "/first")
        kept = transport._open == 1
        assert client.get("/second").content == b"[]"
    return response, kept


_OK = b"HTTP/1.1 200 OK\r\n"


@pytest.mark.parametrize(
    ("block", "method", "close", "status", "content", "kept"),
    [
        (_OK + b"Content-Length: 5\r\n\r\n", "HEAD", False, 200, b"", True),  # 6.3 rule 1
        (b"HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n", "DELETE", False, 204, b"", True),
        (b"HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n", "GET", False, 304, b"", True),
        (_OK + b"Content-Length: 2, 2\r\ncontent-length: 2\r\n\r\n{}", "GET", False, 200, b"{}", True),  # rule 5
        (
            _OK + b"Transfer-Encoding: chunked\r\n\r\n3;n=v\r\nabc\r\n0\r\nX-Trailer: t\r\n\r\n",
            "GET",
            False,
            200,
            b"abc",
            True,
        ),
        (_OK + b"Content-Type: text/plain\r\n\r\nuntil the end", "GET", True, 200, b"until the end", False),  # rule 8
        (b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}", "GET", False, 200, b"{}", False),  # 9.3
        (b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}", "GET", False, 200, b"{}", True),
        (_OK + b"Connection: close\r\nContent-Length: 2\r\n\r\n{}", "GET", False, 200, b"{}", False),
        (b"HTTP/1.1 201\r\nContent-Length: 2\r\n\r\n{}", "POST", False, 201, b"{}", True),  # no reason phrase
        (
            b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
            + _OK
            + b"Content-Length: 2\r\n\r\n{}",
            "GET",
            False,
            200,
            b"{}",
            True,
        ),
    ],
    ids=[
        "head",
        "204",
        "304",
        "repeated-length",
        "chunked-ext-trailer",
        "until-close",
        "http10-closes",
        "http10-keep-alive",
        "connection-close",
        "no-reason",
        "interim-103-100",
    ],
)
def test_response_framing_on_the_wire(
    hostile: HostileServer, block: bytes, method: str, close: bool, status: int, content: bytes, kept: bool
) -> None:
    """RFC 9112 6.3's rules that give a body, each against a real server: the body ends where it should."""
    response, was_kept = _framed(hostile, block, method=method, close=close)
    assert (response.status_code, response.content, was_kept) == (status, content, kept)
    assert "link" not in response.headers  # an interim response's fields are not the final one's


@pytest.mark.parametrize(
    "block",
    [
        _OK + b"Content-Length: abc\r\n\r\n{}",  # http.client ignored it and read until the close
        _OK + b"Content-Length: +2\r\n\r\n{}",  # http.client took int("+2")
        _OK + b"Content-Length: -1\r\n\r\n{}",
        _OK + b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",  # http.client took the first
        _OK + b"Content-Length: 2, 3\r\n\r\n{}",
        _OK + b"Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n2\r\n{}\r\n0\r\n\r\n",  # 6.3 rule 3
        _OK + b"Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",  # a coding left on the content
        _OK + b"Transfer-Encoding: gzip\r\n\r\n{}",  # final coding not chunked
        b"HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",  # 6.1
        _OK + b"Transfer-Encoding: chunked\r\n\r\n0x2\r\n{}\r\n0\r\n\r\n",  # http.client took int("0x2", 16)
        _OK + b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}XY0\r\n\r\n",  # http.client skipped any 2 bytes
        _OK + b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nbad trailer\r\n\r\n",
        _OK + b"Transfer-Encoding: chunked\r\n\r\n5\r\n{}",  # cut short
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: upgrade\r\n\r\n",
        b"HTTP/2.0 200 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1  200 OK\r\nContent-Length: 2\r\n\r\n{}",
    ],
    ids=[
        "length-not-decimal",
        "length-signed",
        "length-negative",
        "length-differing-fields",
        "length-differing-list",
        "te-and-length",
        "te-gzip-chunked",
        "te-gzip",
        "te-in-http10",
        "chunk-size-0x",
        "chunk-without-crlf",
        "bad-trailer",
        "chunk-cut-short",
        "unasked-101",
        "http2-version",
        "two-spaces",
    ],
)
def test_invalid_response_framing_is_a_protocol_error(hostile: HostileServer, block: bytes) -> None:
    """Each is RemoteProtocolError and its connection is closed (the server closes too, so nothing hangs)."""
    hostile.push(then_close(_raw(block)))
    transport = FastHTTPTransport()
    with facade(hostile.url, transport, retry=RetryPolicy.disabled()) as client:
        with pytest.raises(TransportError) as info:
            client.get("/p")
        assert transport._open == 0
        assert client.get("/next").status_code == 200
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
