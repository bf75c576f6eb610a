"""Fixtures for the hostile-server suite: every case runs against fresh raw servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _hostile import HostileServer, serving

from policy_clients._client import PolicyHTTPClient
from policy_clients._fast_transport import FastHTTPTransport


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    yield from serving()


@pytest.fixture
def elsewhere() -> Iterator[HostileServer]:
    """A second origin (another port), for redirects."""
    yield from serving()


@pytest.fixture(autouse=True)
def _fast_sync_transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """In ``mode="fast"`` every sync facade client (factories' too) sends through ``FastHTTPTransport``."""
    callspec = getattr(request.node, "callspec", None)
    if callspec is None or callspec.params.get("mode") != "fast":
        return
    original = PolicyHTTPClient.__init__

    def init(self: PolicyHTTPClient, **kwargs: Any) -> None:
        if kwargs.get("transport") is None:
            kwargs["transport"] = FastHTTPTransport(verify=kwargs.get("verify", True), limits=kwargs.get("limits"))
        original(self, **kwargs)

    monkeypatch.setattr(PolicyHTTPClient, "__init__", init)
