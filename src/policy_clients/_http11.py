"""Reading an HTTP/1.1 response off a buffered socket, by RFC 9112's rules: status line, fields, body framing.

Written for ``FastHTTPTransport`` from the RFC's grammar, in its order: the status line (§4), the header
block (§5, checked as h11 checks it), how long the body is (§6.3, rule by rule), the chunked coding (§7.1)
and whether the connection persists afterwards (§9.3). Wherever the RFC says a recipient must treat a
response as invalid, and wherever it leaves the choice to us and a lenient reading could let one response
be taken for another (request smuggling, response splitting), this raises ``Malformed``: the transport
reports it as ``httpx.RemoteProtocolError`` and closes the connection.
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = [
    "CHUNKED",
    "MAX_FIELDS",
    "MAX_LINE",
    "TUNNEL",
    "UNTIL_CLOSE",
    "Body",
    "Fields",
    "Malformed",
    "body_length",
    "parse_status_line",
    "persists",
    "read_fields",
    "read_final_head",
]

MAX_LINE = 65536
"""The longest status, field or chunk-size line we read (bytes, its line ending included)."""
MAX_FIELDS = 100
"""The most header (or trailer) field lines in one block."""

CHUNKED = -1
"""``body_length``: the body is in the chunked transfer coding, ending with its zero-size chunk."""
UNTIL_CLOSE = -2
"""``body_length``: the body is everything until the server closes the connection."""
TUNNEL = -3
"""``body_length``: a 2xx answer to CONNECT: no body; the connection has become a tunnel (never reused)."""

Fields = list[tuple[bytes, bytes]]
"""Header fields as received: (name, value) in order, names as sent, values without surrounding whitespace."""

_STATUS_LINE = re.compile(rb"HTTP/1\.([0-9]) ([0-9]{3})(?: ([\t\x20-\x7e\x80-\xff]*))?\r?\n")
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE = re.compile(rb"[\r\n\x00]")
_DIGITS = re.compile(rb"[0-9]+")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n\x00]*)?\r?\n")
_LINE_ENDS = (b"\r\n", b"\n")


class Malformed(Exception):
    """The response breaks HTTP/1.1's message syntax or framing: nothing after it on the connection is safe."""


class Reader(Protocol):
    """What is needed of the buffered socket (``io.BufferedReader``)."""

    def readline(self, size: int = ..., /) -> bytes: ...
    def read(self, size: int = ..., /) -> bytes: ...
    def read1(self, size: int = ..., /) -> bytes: ...


def parse_status_line(line: bytes) -> tuple[int, int, bytes]:
    """``(minor version, status, reason)`` from a status line (RFC 9112 §4), else ``Malformed``.

    ``status-line = HTTP-version SP status-code SP [ reason-phrase ]``, read as h11 reads it: the SP before
    an empty reason may be missing, a lone LF may end the line (§2.2), any HTTP/1.x is answered as 1.1
    (§2.3). Valid codes are 100-599 (RFC 9110 §15); 600-999 pass, as with httpx's own transport, so the
    caller sees what the server said.
    """
    match = _STATUS_LINE.fullmatch(line)
    if match is None:
        if not line:
            raise Malformed("the server closed the connection without sending a response")
        if not line.endswith(b"\n"):
            raise Malformed("the connection closed in the status line")
        raise Malformed(f"malformed status line {line[:100]!r}")
    status = int(match[2])
    if status < 100:
        raise Malformed(f"invalid status code {status}")
    return int(match[1]), status, (match[3] or b"").strip(b" \t")


def read_fields(fp: Reader) -> Fields:
    """The field lines up to the empty line (RFC 9112 §5), with a line length and field count limit.

    The rules are h11's (httpx's own transport): a name is a token right before its colon, a value loses its
    surrounding whitespace and may not hold CR, LF or NUL, and an obsolete line fold (§5.2) joins the
    previous value with one space.
    """
    fields: Fields = []
    while True:
        line = fp.readline(MAX_LINE + 1)
        if line in _LINE_ENDS:
            return fields
        if len(line) > MAX_LINE:
            raise Malformed(f"a header line longer than {MAX_LINE} bytes")
        if not line.endswith(b"\n"):
            raise Malformed("the connection closed in the header block")
        if len(fields) >= MAX_FIELDS:
            raise Malformed(f"more than {MAX_FIELDS} header fields")
        if line[0] in b" \t":  # obs-fold: continues the previous field's value
            if not fields:
                raise Malformed("a folded line before any header field")
            name, value = fields.pop()
            value = b"%s %s" % (value, line.strip(b" \t\r\n"))
            value = value.strip(b" \t")  # a fold of an empty value adds no leading space
        else:
            name, colon, value = line.partition(b":")
            if not colon or not _TOKEN.fullmatch(name):
                raise Malformed(f"malformed header line {line[:100]!r}")
            value = value.strip(b" \t\r\n")
        if _BAD_VALUE.search(value):
            raise Malformed(f"illegal character in the value of header {name[:100]!r}")
        fields.append((name, value))


def _add(found: list[bytes] | None, value: bytes) -> list[bytes]:
    """``found`` (None: the field not seen yet) plus the elements of one more line of a list field.

    RFC 9110 §5.3: several lines of a field are one comma-separated list; §5.6.1: empty elements (``a, , b``)
    are dropped. ``value`` comes from ``read_fields``, so it has no surrounding whitespace.
    """
    if found is None:
        found = []
    if b"," in value:
        found.extend(element for part in value.split(b",") if (element := part.strip(b" \t")))
    elif value:
        found.append(value)
    return found


def body_length(status: int, method: str, minor: int, fields: Fields) -> int:
    """How a final response's body is delimited: a length (0: none), ``CHUNKED``, ``UNTIL_CLOSE`` or ``TUNNEL``.

    ``Malformed`` where RFC 9112 §6 makes the framing invalid, or lets us refuse it and we do.

    RFC 9112 §6.3, rule by rule (rule 7 is about requests):

    1. a response to HEAD, and a 1xx, 204 or 304 response, ends with its header block;
    2. a 2xx response to CONNECT turns the connection into a tunnel;
    3. Transfer-Encoding with Content-Length: the RFC lets TE win but says it "ought to be handled as an
       error" (a sign of smuggling or splitting): refused;
    4. Transfer-Encoding: chunked as the final coding is chunked; in HTTP/1.0 any Transfer-Encoding makes
       the framing faulty (§6.1): refused. A final coding other than chunked would mean until-close, and
       a coding before chunked would stay on the content, but the only coding we (and h11) decode is
       chunked, and handing a still-coded body over as the content would be silently wrong: refused;
    5. Content-Length that is not a non-negative decimal, or several different values, is unrecoverable
       and the client must discard the response: refused. Repeats of one value (``42, 42``) are that value
       (the RFC lets a recipient take it);
    6. a valid Content-Length is the length;
    8. otherwise the body runs until the server closes the connection.
    """
    if method == "HEAD" or status < 200 or status in (204, 304):
        return 0
    if method == "CONNECT" and status < 300:
        return TUNNEL
    codings = lengths = None
    for name, value in fields:
        if len(name) == 17 and name.lower() == b"transfer-encoding":
            codings = _add(codings, value)
        elif len(name) == 14 and name.lower() == b"content-length":
            lengths = _add(lengths, value)
    if codings is not None:
        if lengths is not None:
            raise Malformed("both Transfer-Encoding and Content-Length")
        if minor == 0:
            raise Malformed("Transfer-Encoding in an HTTP/1.0 response")
        if len(codings) != 1 or codings[0].lower() != b"chunked":
            raise Malformed(f"unsupported Transfer-Encoding {b', '.join(codings)[:100]!r} (only chunked is)")
        return CHUNKED
    if lengths is not None:
        values = set(lengths)
        if len(values) != 1:
            raise Malformed(f"conflicting Content-Length values {sorted(values)[:5]!r}")
        (value,) = values
        if not _DIGITS.fullmatch(value):
            raise Malformed(f"invalid Content-Length {value[:100]!r}")
        try:
            return int(value)
        except ValueError:  # over Python's int conversion limit (4300 digits): "large numerals", §6.3 rule 5
            raise Malformed(f"Content-Length of {len(value)} digits") from None
    return UNTIL_CLOSE


def persists(minor: int, fields: Fields) -> bool:
    """Whether the connection may carry another request after this response (RFC 9112 §9.3).

    The ``close`` connection option ends it; HTTP/1.1 persists by default, HTTP/1.0 only with ``keep-alive``.
    """
    options: list[bytes] = []
    for name, value in fields:
        if len(name) == 10 and name.lower() == b"connection":
            options += _add(None, value.lower())
    if b"close" in options:
        return False
    return minor > 0 or b"keep-alive" in options


def read_final_head(fp: Reader) -> tuple[int, int, bytes, Fields]:
    """``(minor version, status, reason, fields)`` of the final response, interim (1xx) responses skipped.

    RFC 9110 §15.2: a client must be able to parse 1xx responses before the final one (100 Continue, 102,
    103 Early Hints; each ends with its header block, which is dropped). 101 Switching Protocols answers an
    ``Upgrade`` request, and we never send one: after it the server speaks another protocol, so it is refused.
    There is no count limit: each interim head is bounded and dropped, and the read and call deadlines bound
    how long a server can keep sending them.
    """
    while True:
        line = fp.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            raise Malformed(f"a status line longer than {MAX_LINE} bytes")
        minor, status, reason = parse_status_line(line)
        fields = read_fields(fp)
        if status >= 200:
            return minor, status, reason, fields
        if status == 101:
            raise Malformed("101 Switching Protocols, but no upgrade was asked for")


class Body:
    """A response's content as ``body_length`` framed it, read in pieces of at most one receive each.

    ``done`` turns true once the whole body has been read (the connection may then be reused); a body
    cut short, or chunked framing that breaks RFC 9112 §7.1, raises ``Malformed``.
    """

    __slots__ = ("_chunked", "_fp", "_left", "_until_close", "done")

    def __init__(self, fp: Reader, length: int) -> None:
        self._fp = fp
        self._chunked = length == CHUNKED
        self._until_close = length == UNTIL_CLOSE
        self._left = max(length, 0)  # bytes left of the body (a fixed length) or of the current chunk
        self.done = length == 0 or length == TUNNEL

    def read1(self, size: int) -> bytes:
        """Up to ``size`` bytes of content; ``b""`` once the body is complete."""
        if self.done:
            return b""
        if self._until_close:
            data = self._fp.read1(size)
            self.done = not data
            return data
        if not self._left and not self._next_chunk():
            return b""
        data = self._fp.read1(min(size, self._left))
        if not data:
            raise Malformed("the connection closed before the end of the body")
        self._left -= len(data)
        if not self._left:
            if self._chunked:
                self._end_chunk()
            else:
                self.done = True
        return data

    def _next_chunk(self) -> bool:
        """Read a chunk-size line (§7.1): True with ``_left`` set, False (done) after the last chunk.

        ``chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF``; extensions are ignored as §7.1.1 asks.
        The last chunk is followed by the trailer section (§7.1.2), read as header fields and dropped.
        """
        line = self._fp.readline(MAX_LINE + 1)
        match = _CHUNK_SIZE.fullmatch(line)
        if match is None:
            if len(line) > MAX_LINE:
                raise Malformed(f"a chunk-size line longer than {MAX_LINE} bytes")
            if not line.endswith(b"\n"):
                raise Malformed("the connection closed before the end of the body")
            raise Malformed(f"malformed chunk-size line {line[:100]!r}")
        self._left = int(match[1], 16)
        if self._left:
            return True
        read_fields(self._fp)
        self.done = True
        return False

    def _end_chunk(self) -> None:
        """The CRLF after chunk data: exactly that (reading past other bytes is how bodies get smuggled)."""
        if self._fp.read(2) != b"\r\n":
            raise Malformed("chunk data not followed by CRLF")
