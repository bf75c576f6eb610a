"""Fixtures for the hostile-server suite: every case runs against fresh raw servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _hostile import HostileServer, serving


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    yield from serving()


@pytest.fixture
def elsewhere() -> Iterator[HostileServer]:
    """A second origin (another port), for redirects."""
    yield from serving()
