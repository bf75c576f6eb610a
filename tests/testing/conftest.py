"""Fixtures for the fake tests: specs from the repo's generated/ tree while the generated packages are not installed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from policy_clients.testing import VendorFake, load_spec
from policy_clients.testing.pytest_plugin import (  # noqa: F401 - fixtures, until tests/conftest.py loads the plugin
    conductorone_fake,
    flashback_fake,
    oci_identity_fake,
    oso_cloud_fake,
    plainid_fake,
)

ROOT = Path(__file__).resolve().parents[2]


def spec_for(cls: type[VendorFake]) -> Mapping[str, Any]:
    """The generated package's spec; from the repo's generated/ tree when the package is not installed."""
    try:
        return load_spec(cls.spec_package)
    except ModuleNotFoundError:
        path = ROOT / "generated" / cls.spec_package / cls.spec_package / "openapi.json"
        spec: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return spec


@pytest.fixture
def policy_clients_fake_spec() -> Any:
    return spec_for


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)
