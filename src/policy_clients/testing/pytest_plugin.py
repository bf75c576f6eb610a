"""pytest fixtures for the vendor fakes.

Fixtures: `oso_cloud_fake`, `flashback_fake`, `plainid_fake`, `conductorone_fake`, `oci_identity_fake`.
Each yields a started fake (`fake.client()` is a facade client wired to it) and stops it at teardown,
closing those clients; any fake-side problem (an off-spec response, a handler crash) is then raised so
the test that caused it fails. Override the `policy_clients_fake_spec` fixture to serve a spec other than
the generated package's `openapi.json`.

Installing the facade registers this plugin in every pytest run, so it imports nothing the ``testing``
extra brings: without the extra, tests that do not use a fake are untouched and one that does fails
saying what to install.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import pytest

from policy_clients.testing._extra import missing_dependency, missing_message

if TYPE_CHECKING:
    from policy_clients.testing._base import VendorFake
    from policy_clients.testing.conductorone import ConductorOneFake
    from policy_clients.testing.flashback import FlashbackFake
    from policy_clients.testing.oci_identity import OCIIdentityFake
    from policy_clients.testing.oso_cloud import OsoCloudFake
    from policy_clients.testing.plainid import PlainIdFake

F = TypeVar("F", bound="VendorFake")
SpecLoader: TypeAlias = "Callable[[type[VendorFake]], Mapping[str, Any] | None]"


def _require_testing_extra() -> None:
    missing = missing_dependency()
    if missing is not None:
        pytest.fail(missing_message(missing), pytrace=False)


@pytest.fixture
def policy_clients_fake_spec() -> SpecLoader:
    """Spec for a fake class; None means the generated package's `openapi.json`."""
    return lambda cls: None


def _serve(fake: F) -> Iterator[F]:
    with fake:
        yield fake


@pytest.fixture
def oso_cloud_fake(policy_clients_fake_spec: SpecLoader) -> Iterator[OsoCloudFake]:
    """Yield a running Oso Cloud fake; `fake.client()` is a facade client with the API key it accepts."""
    _require_testing_extra()
    from policy_clients.testing.oso_cloud import OsoCloudFake

    yield from _serve(OsoCloudFake(spec=policy_clients_fake_spec(OsoCloudFake)))


@pytest.fixture
def flashback_fake(policy_clients_fake_spec: SpecLoader) -> Iterator[FlashbackFake]:
    """Yield a running Flashback fake; `fake.client()` is a facade client with the token it accepts."""
    _require_testing_extra()
    from policy_clients.testing.flashback import FlashbackFake

    yield from _serve(FlashbackFake(spec=policy_clients_fake_spec(FlashbackFake)))


@pytest.fixture
def plainid_fake(policy_clients_fake_spec: SpecLoader) -> Iterator[PlainIdFake]:
    """Yield a running PlainID fake; `fake.client()` is a facade client with the token it accepts."""
    _require_testing_extra()
    from policy_clients.testing.plainid import PlainIdFake

    yield from _serve(PlainIdFake(spec=policy_clients_fake_spec(PlainIdFake)))


@pytest.fixture
def conductorone_fake(policy_clients_fake_spec: SpecLoader) -> Iterator[ConductorOneFake]:
    """Yield a running ConductorOne fake; `fake.client()` gets tokens from its `/auth/v1/token`."""
    _require_testing_extra()
    from policy_clients.testing.conductorone import ConductorOneFake

    fake = ConductorOneFake(
        token=f"c1-static-{secrets.token_urlsafe(16)}", spec=policy_clients_fake_spec(ConductorOneFake)
    )
    yield from _serve(fake)


@pytest.fixture
def oci_identity_fake(policy_clients_fake_spec: SpecLoader) -> Iterator[OCIIdentityFake]:
    """Yield a running OCI Identity fake; `fake.client()` signs with a fresh key registered there."""
    _require_testing_extra()
    from policy_clients.testing.oci_identity import OCIIdentityFake

    yield from _serve(OCIIdentityFake(spec=policy_clients_fake_spec(OCIIdentityFake)))
