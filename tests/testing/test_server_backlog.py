"""A burst of connections reaches the fake even while its accept loop is busy.

The fakes serve from one accept thread; with the standard library's listen backlog of 5, a burst of
100 concurrent clients (the OCI instance-principal test) had its SYNs dropped while that thread was
busy, and each dropped client waited out TCP's 1 s, 3 s, 7 s ... retransmits: on a loaded CI machine
past a 60 s deadline. Here the accept loop is held on purpose, so the check does not depend on load.
"""

from __future__ import annotations

import selectors
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from policy_clients.testing import _server
from policy_clients.testing._server import HttpServer, Response

BURST = 100
CONNECT_WINDOW = 2.0  # seconds; below TCP's first SYN retransmit plus the next one


@pytest.fixture
def held_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[HttpServer, threading.Event]]:
    release = threading.Event()
    original = _server._Server.process_request

    def process_request(self: _server._Server, request: socket.socket, client_address: object) -> None:
        release.wait(10)  # hold the accept loop: later connections can only queue in the backlog
        original(self, request, client_address)

    monkeypatch.setattr(_server._Server, "process_request", process_request)
    server = HttpServer(lambda request: Response(200, body=b"ok"))
    server.start()
    try:
        yield server, release
    finally:
        release.set()
        server.stop()


def test_a_burst_of_connections_queues_while_the_accept_loop_is_busy(
    held_server: tuple[HttpServer, threading.Event],
) -> None:
    server, _release = held_server
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(BURST)]
    selector = selectors.DefaultSelector()
    try:
        for sock in sockets:
            sock.setblocking(False)
            sock.connect_ex((server.host, server.port))
            selector.register(sock, selectors.EVENT_WRITE)
        connected: set[socket.socket] = set()
        deadline = time.monotonic() + CONNECT_WINDOW
        while len(connected) < BURST and (left := deadline - time.monotonic()) > 0:
            for key, _events in selector.select(left):
                ready = key.fileobj
                assert isinstance(ready, socket.socket)
                selector.unregister(ready)
                assert ready.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
                connected.add(ready)
        assert len(connected) == BURST
    finally:
        selector.close()
        for sock in sockets:
            sock.close()
