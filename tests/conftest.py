"""Root conftest: the vendor fakes' fixtures come from the installed pytest11 entry point of policy-clients."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist, tests marked slow are handed out first, so no worker begins a minute-long file last.

    `nox -s tests` distributes whole files (`--dist loadfile`) in collection order; a stable sort keeps
    the order within each file and among the rest.
    """
    if os.environ.get("PYTEST_XDIST_WORKER"):
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)
