"""One spelling of OCI across the public API; the old ``Oci...`` names still work, with a warning."""

from __future__ import annotations

import importlib

import pytest

import policy_clients.testing
import policy_clients.testing.oci_identity

PUBLIC_MODULES = [
    "policy_clients",
    "policy_clients.auth",
    "policy_clients.testing",
    "policy_clients.testing.oci_identity",
]


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_public_names_spell_oci_in_capitals(module: str) -> None:
    names = getattr(importlib.import_module(module), "__all__", None) or dir(importlib.import_module(module))
    assert [n for n in names if n.startswith("Oci")] == []


@pytest.mark.parametrize(
    ("module", "old", "new"),
    [
        (policy_clients.testing, "OciIdentityFake", "OCIIdentityFake"),
        (policy_clients.testing, "OciCredentials", "OCICredentials"),
        (policy_clients.testing.oci_identity, "OciIdentityFake", "OCIIdentityFake"),
    ],
)
def test_old_names_are_deprecated_aliases(module: object, old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"{old} is deprecated; use {new}"):
        value = getattr(module, old)
    assert value is getattr(module, new)


def test_unknown_names_still_fail() -> None:
    with pytest.raises(AttributeError):
        policy_clients.testing.OciNothing  # type: ignore[attr-defined]  # noqa: B018
