"""RFC 9112 response reading (``_http11``): status lines, body framing rule by rule, persistence, chunked bodies.

Pure functions over bytes; the same cases on the wire, through ``FastHTTPTransport`` to a real server on
127.0.0.1, are in tests/hostile/test_fast_transport.py.
"""

from __future__ import annotations

import io

import pytest

from policy_clients._http11 import (
    CHUNKED,
    MAX_FIELDS,
    MAX_LINE,
    TUNNEL,
    UNTIL_CLOSE,
    Body,
    Fields,
    Malformed,
    body_length,
    parse_status_line,
    persists,
    read_final_head,
)


def fields(*lines: str) -> Fields:
    return [(name.encode(), value.encode()) for name, _, value in (line.partition(": ") for line in lines)]


def reader(data: bytes) -> io.BufferedReader:
    return io.BufferedReader(io.BytesIO(data))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"HTTP/1.1 200 OK\r\n", (1, 200, b"OK")),
        (b"HTTP/1.0 404 Not Found\r\n", (0, 404, b"Not Found")),
        (b"HTTP/1.1 204\r\n", (1, 204, b"")),  # no SP before an empty reason, as h11 takes it
        (b"HTTP/1.1 204 \r\n", (1, 204, b"")),
        (b"HTTP/1.1 200 OK\n", (1, 200, b"OK")),  # a lone LF ends a line (RFC 9112 2.2)
        (b"HTTP/1.9 200 OK\r\n", (9, 200, b"OK")),  # a later 1.x minor: answered as 1.1 by the caller
        (b"HTTP/1.1 503 Slow\tdown caf\xe9 \r\n", (1, 503, b"Slow\tdown caf\xe9")),  # HTAB and obs-text
        (b"HTTP/1.1 999 Request denied\r\n", (1, 999, b"Request denied")),  # 3 digits pass, as with httpx
    ],
)
def test_status_line(line: bytes, expected: tuple[int, int, bytes]) -> None:
    assert parse_status_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        b"",  # the server closed without answering
        b"HTTP/1.1 200 OK",  # closed inside the line
        b"HTTP/1.1 abc X\r\n",
        b"HTTP/1.1 99 X\r\n",
        b"HTTP/1.1 2000 X\r\n",
        b"HTTP/1.1 000 X\r\n",
        b"HTTP/1.1 \r\n",
        b"HTTP/1.1  200 OK\r\n",
        b"HTTP/2.0 200 OK\r\n",
        b"HTTP/1 200 OK\r\n",
        b"http/1.1 200 OK\r\n",  # HTTP-name is case-sensitive (2.3)
        b"SPDY/3 200 OK\r\n",
        b"HTTP/1.1 200 O\rK\r\n",
        b"HTTP/1.1 200 O\x00K\r\n",
        b"HTTP/1.1 200 O\x7fK\r\n",
        b"\r\n",
    ],
)
def test_malformed_status_line(line: bytes) -> None:
    with pytest.raises(Malformed):
        parse_status_line(line)


@pytest.mark.parametrize(
    ("status", "method", "minor", "head", "expected"),
    [
        # rule 1: HEAD, 1xx, 204 and 304 end with the header block, whatever their framing fields say
        (200, "HEAD", 1, fields("Content-Length: 10"), 0),
        (200, "HEAD", 1, fields("Transfer-Encoding: chunked"), 0),
        (204, "GET", 1, fields("Content-Length: 10"), 0),
        (304, "GET", 1, fields("Transfer-Encoding: chunked"), 0),
        (103, "GET", 1, fields(), 0),
        # rule 2: a 2xx to CONNECT is a tunnel; a refusal has a body as usual
        (200, "CONNECT", 1, fields("Content-Length: 10"), TUNNEL),
        (407, "CONNECT", 1, fields("Content-Length: 10"), 10),
        # rule 4: chunked, found case-insensitively, across field lines and list syntax
        (200, "GET", 1, fields("Transfer-Encoding: chunked"), CHUNKED),
        (200, "GET", 1, fields("transfer-encoding: Chunked"), CHUNKED),
        (200, "GET", 1, fields("Transfer-Encoding: , chunked ,"), CHUNKED),  # empty elements dropped
        # rules 5 and 6: one valid Content-Length, however often repeated
        (200, "GET", 1, fields("Content-Length: 42"), 42),
        (200, "GET", 1, fields("content-LENGTH: 0"), 0),
        (200, "GET", 1, fields("Content-Length: 007"), 7),
        (200, "GET", 1, fields("Content-Length: 42, 42", "Content-Length: 42"), 42),
        (200, "GET", 0, fields("Content-Length: 42"), 42),
        (200, "POST", 1, fields("Content-Length: 99999999999999999999"), 99999999999999999999),
        # rule 8: neither: until the server closes
        (200, "GET", 1, fields(), UNTIL_CLOSE),
        (200, "GET", 0, fields("Content-Type: text/plain"), UNTIL_CLOSE),
        (500, "DELETE", 1, fields(), UNTIL_CLOSE),
    ],
)
def test_body_length(status: int, method: str, minor: int, head: Fields, expected: int) -> None:
    assert body_length(status, method, minor, head) == expected


@pytest.mark.parametrize(
    ("head", "minor"),
    [
        (fields("Transfer-Encoding: chunked", "Content-Length: 3"), 1),  # rule 3: refused, not TE-wins
        (fields("Content-Length: 3", "transfer-encoding: chunked"), 1),
        (fields("Transfer-Encoding: chunked"), 0),  # 6.1: TE in HTTP/1.0 is faulty framing
        (fields("Transfer-Encoding: gzip, chunked"), 1),  # a coding we do not decode would stay on the content
        (fields("Transfer-Encoding: gzip", "Transfer-Encoding: chunked"), 1),
        (fields("Transfer-Encoding: gzip"), 1),  # final coding not chunked: until-close, but still coded
        (fields("Transfer-Encoding: identity"), 1),
        (fields("Transfer-Encoding: chunked, chunked"), 1),
        (fields("Transfer-Encoding: "), 1),
        (fields("Content-Length: abc"), 1),  # rule 5: not a non-negative decimal
        (fields("Content-Length: -1"), 1),
        (fields("Content-Length: +2"), 1),
        (fields("Content-Length: 0x10"), 1),
        (fields("Content-Length: 1_0"), 1),
        (fields("Content-Length: 1 0"), 1),
        ([(b"Content-Length", "\u0661".encode())], 1),  # a non-ASCII digit
        (fields("Content-Length: "), 1),
        ([(b"Content-Length", b"9" * 5000)], 1),  # a numeral past int()'s limit is refused, not a ValueError
        (fields("Content-Length: 2", "Content-Length: 3"), 1),  # rule 5: differing values
        (fields("Content-Length: 2, 3"), 1),
        (fields("Content-Length: 2", "content-length: 02"), 1),  # the same number, spelt differently
    ],
)
def test_invalid_framing_is_malformed(head: Fields, minor: int) -> None:
    with pytest.raises(Malformed):
        body_length(200, "GET", minor, head)


@pytest.mark.parametrize(
    ("minor", "head", "expected"),
    [
        (1, fields(), True),
        (1, fields("Connection: keep-alive"), True),
        (1, fields("Connection: close"), False),
        (1, fields("connection: Upgrade, CLOSE"), False),
        (1, fields("Connection: te", "Connection: close"), False),
        (1, fields("Connection: x-close-later"), True),  # an option is a token, not a substring
        (0, fields(), False),
        (0, fields("Connection: Keep-Alive"), True),
        (0, fields("Keep-Alive: timeout=5"), False),  # the option must be in Connection
        (0, fields("Connection: keep-alive, close"), False),
    ],
)
def test_persistence(minor: int, head: Fields, expected: bool) -> None:
    assert persists(minor, head) is expected


def test_interim_responses_are_skipped_to_the_final_one() -> None:
    fp = reader(
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
        b"HTTP/1.1 102 Processing\r\n\r\n"
        b"HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}"
    )
    assert read_final_head(fp) == (1, 201, b"Created", [(b"Content-Length", b"2")])
    assert fp.read() == b"{}"


@pytest.mark.parametrize(
    "block",
    [
        b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n",  # we never ask to upgrade
        b"HTTP/1.1 100 Continue\r\n\r\n",  # closed before the final response
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\n",  # closed inside the header block
        b"HTTP/1.1 200 OK\r\nX-Long: " + b"v" * MAX_LINE + b"\r\n\r\n",
        b"HTTP/1.1 200 " + b"O" * MAX_LINE + b"\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(MAX_FIELDS + 1)) + b"\r\n",
        b"HTTP/1.1 200 OK\r\nNo-Colon\r\n\r\n",
    ],
)
def test_unreadable_head_is_malformed(block: bytes) -> None:
    with pytest.raises(Malformed):
        read_final_head(reader(block))


def _drain(body: Body, size: int = 65536) -> list[bytes]:
    pieces = []
    while piece := body.read1(size):
        pieces.append(piece)
    return pieces


@pytest.mark.parametrize(
    ("length", "data", "content", "rest"),
    [
        (0, b"left on the wire", b"", b"left on the wire"),
        (TUNNEL, b"tunnel bytes", b"", b"tunnel bytes"),
        (5, b"hello, and more", b"hello", b", and more"),
        (UNTIL_CLOSE, b"all of it", b"all of it", b""),
        (CHUNKED, b'5\r\nhello\r\n1;ext=1;other\r\n,\r\n6 ; x="q"\r\n world\r\n000\r\n\r\n', b"hello, world", b""),
        (CHUNKED, b"A\r\n0123456789\r\n0\r\nX-Trailer: t\r\nX-Other: o\r\n\r\n", b"0123456789", b""),
        (CHUNKED, b"3\nabc\r\n0\n\n", b"abc", b""),  # a lone LF ends the size and trailer lines
        (CHUNKED, b"0\r\n\r\nleft on the wire", b"", b"left on the wire"),
    ],
)
def test_body_reads_exactly_its_framing(length: int, data: bytes, content: bytes, rest: bytes) -> None:
    fp = reader(data)
    body = Body(fp, length)
    assert b"".join(_drain(body)) == content
    assert body.done
    assert body.read1(10) == b""
    assert fp.read() == rest  # not a byte past the body was taken


def test_body_pieces_never_exceed_the_asked_size() -> None:
    assert [len(p) for p in _drain(Body(reader(b"x" * 25), 25), 10)] == [10, 10, 5]
    chunked = b"c\r\n" + b"y" * 12 + b"\r\n0\r\n\r\n"
    assert [len(p) for p in _drain(Body(reader(chunked), CHUNKED), 5)] == [5, 5, 2]


@pytest.mark.parametrize(
    ("length", "data"),
    [
        (10, b"short"),  # closed before the end of a fixed length
        (CHUNKED, b"5\r\nab"),  # closed inside a chunk
        (CHUNKED, b"5\r\nhello\r\n"),  # closed before the last chunk
        (CHUNKED, b"5\r\nhello"),  # closed before the CRLF after chunk data
        (CHUNKED, b"3\r\nabcXY0\r\n\r\n"),  # chunk data not followed by CRLF
        (CHUNKED, b"3\r\nabc\n0\r\n\r\n"),
        (CHUNKED, b"0x3\r\nabc\r\n0\r\n\r\n"),  # chunk-size is HEXDIG only
        (CHUNKED, b"+3\r\nabc\r\n0\r\n\r\n"),
        (CHUNKED, b"-3\r\nabc\r\n0\r\n\r\n"),
        (CHUNKED, b" 3\r\nabc\r\n0\r\n\r\n"),
        (CHUNKED, b"3_0\r\nabc\r\n0\r\n\r\n"),
        (CHUNKED, b"\r\nabc\r\n0\r\n\r\n"),
        (CHUNKED, b"3;a\rb\r\nabc\r\n0\r\n\r\n"),
        (CHUNKED, b"3" * (MAX_LINE + 1) + b"\r\n"),
        (CHUNKED, b"3\r\nabc\r\n0\r\nbad trailer\r\n\r\n"),
        (CHUNKED, b"3\r\nabc\r\n0\r\nX-T: 1\r\n"),  # closed inside the trailer section
    ],
)
def test_broken_body_is_malformed(length: int, data: bytes) -> None:
    body = Body(reader(data), length)
    with pytest.raises(Malformed):
        _drain(body)
    assert not body.done
