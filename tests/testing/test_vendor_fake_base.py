"""The shared machinery: loud failure on fake bugs, keep-alive, clean shutdown."""

from __future__ import annotations

import threading
from typing import Any, ClassVar

import httpx
import pytest

from policy_clients.testing import FakeServerError, VendorFake
from policy_clients.testing._base import json_response
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/echo": {
            "post": {
                "operationId": "echo",
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["ok"],
                                    "properties": {"ok": {"type": "boolean"}},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


class EchoFake(VendorFake):
    error_schema: ClassVar[dict[str, Any]] = {"type": "object", "required": ["message"]}

    def __init__(self, answer: Any) -> None:
        super().__init__(spec=SPEC)
        self.answer = answer

    def authenticate(self, request: IncomingRequest, check: RequestCheck) -> Response | None:
        return None

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        if self.answer is RuntimeError:
            raise RuntimeError("boom")
        return json_response(200, self.answer)


def test_off_spec_response_fails_loudly_at_stop() -> None:
    fake = EchoFake({"ok": "yes"}).start()
    try:
        assert httpx.post(fake.url("/echo"), json={}).status_code == 200
    finally:
        with pytest.raises(FakeServerError, match="is not of type 'boolean'"):
            fake.stop()


def test_handler_crash_is_500_and_fails_at_exit() -> None:
    with pytest.raises(FakeServerError, match="handler crashed"), EchoFake(RuntimeError) as fake:
        assert httpx.post(fake.url("/echo"), json={}).status_code == 500


def test_conforming_fake_stops_quietly_and_keeps_connections_alive() -> None:
    with EchoFake({"ok": True}) as fake, httpx.Client(base_url=fake.base_url) as client:
        ports = set()
        for _ in range(5):
            response = client.post("/echo", json={}, extensions={"trace": None})
            assert response.status_code == 200
            ports.add(response.extensions["network_stream"].get_extra_info("client_addr"))
        assert len(ports) == 1  # one keep-alive connection served every request
    assert not fake.running


def test_stop_closes_idle_keep_alive_connections_and_joins_threads() -> None:
    fake = EchoFake({"ok": True}).start()
    clients = [httpx.Client(base_url=fake.base_url) for _ in range(3)]
    for client in clients:
        assert client.post("/echo", json={}).status_code == 200
    fake.stop()
    assert not [t for t in threading.enumerate() if t.name.startswith("policy-clients-fake") and t.is_alive()]
    for client in clients:
        client.close()


def test_unknown_path_gets_vendor_error_shape() -> None:
    with EchoFake({"ok": True}) as fake:
        response = httpx.get(fake.url("/nope"))
    assert response.status_code == 404 and "no operation" in response.json()["message"]
