"""The vendor fakes answer malformed requests with a 4xx and keep serving; an unstopped fake stops at exit."""

from __future__ import annotations

import socket
import subprocess
import sys
from typing import Any

import pytest

from policy_clients.testing import ConductorOneFake, FlashbackFake, OsoCloudFake

DEEP = b"[" * 100_000 + b"]" * 100_000


def exchange(port: int, raw: bytes) -> bytes:
    """Send raw bytes, read the answer (bounded by a socket timeout; empty if the fake hung up)."""
    with socket.create_connection(("127.0.0.1", port), timeout=3) as sock:
        sock.sendall(raw)  # the write side stays open: a fake waiting for more bytes would hang, not answer
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else 0


def request(method: str, path: str, port: int, body: bytes, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("deep json", lambda fake: request("POST", "/api/policy", _port(fake), DEEP, _json(fake, DEEP))),
        (
            "chunk size -1",
            lambda fake: request("POST", "/api/policy", _port(fake), b"-1\r\nxx\r\n0\r\n\r\n", _chunked(fake)),
        ),
        ("chunk size 0x10", lambda fake: request("POST", "/api/policy", _port(fake), b"0x10\r\n", _chunked(fake))),
    ],
)
def test_oso_fake_answers_malformed_requests_and_serves_on(name: str, make: Any) -> None:
    with OsoCloudFake() as fake:
        answer = exchange(_port(fake), make(fake))
        assert 400 <= status_of(answer) < 500, (name, answer[:200])
        healthy = request(
            "POST", "/api/policy", _port(fake), b'{"src": "actor User {}"}', _json(fake, b'{"src": "actor User {}"}')
        )
        assert status_of(exchange(_port(fake), healthy)) == 200


def test_conductorone_fake_answers_a_non_ascii_token_body() -> None:
    with ConductorOneFake() as fake:
        body = "client_id=é&grant_type=client_credentials".encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(len(body))}
        assert status_of(exchange(_port(fake), request("POST", "/auth/v1/token", _port(fake), body, headers))) == 400
        assert status_of(exchange(_port(fake), request("POST", "/auth/v1/token", _port(fake), DEEP, headers))) == 400


def test_flashback_fake_answers_a_deep_json_body() -> None:
    with FlashbackFake() as fake:
        fake.seed_policy("p1")
        headers = {**_json(fake, DEEP)}
        assert 400 <= status_of(exchange(_port(fake), request("PUT", "/policy/p1", _port(fake), DEEP, headers))) < 500


def test_a_started_fake_that_is_never_stopped_is_stopped_at_exit() -> None:
    code = (
        "import atexit, socket\n"
        "from policy_clients.testing import OsoCloudFake\n"
        "fake = OsoCloudFake()\n"
        "port = []\n"
        "def check():  # registered first, so it runs after the fakes' own exit handler\n"
        "    try:\n"
        "        socket.create_connection(('127.0.0.1', port[0]), timeout=1).close()\n"
        "        print('still serving')\n"
        "    except OSError:\n"
        "        print('stopped')\n"
        "atexit.register(check)\n"
        "fake.start()\n"
        "port.append(int(fake.base_url.split(':')[2].split('/')[0]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "stopped"


def _json(fake: Any, body: bytes) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {fake.token}",
        "Content-Type": "application/json",
        "Content-Length": str(len(body)),
    }


def _chunked(fake: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {fake.token}", "Content-Type": "application/json", "Transfer-Encoding": "chunked"}


def _port(fake: Any) -> int:
    return int(str(fake.base_url).rsplit(":", 1)[1].split("/")[0])
