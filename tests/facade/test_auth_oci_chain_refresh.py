"""Resource principals 1.1 and 3.0 over real HTTP: an inner token refused before its expiry is fetched anew, once.

The inner principal (the instance for 1.1, the leaf resource for 3.0) caches its token until ``exp``; a server
may refuse it earlier (revoked, rotated). Then the outer fetch's first request answers 401, and the chain must
refresh bottom-up: the inner token first, then the outer one, each once, before the caller hears of it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from _oci_principals import (
    FederationStandIn,
    MetadataStandIn,
    NestedStandIn,
    ResourcePrincipalStandIn,
    make_instance_credentials,
)
from conftest import LocalServer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import policy_clients
from policy_clients.auth import (
    OCIFederationError,
    OCIInstancePrincipalSigner,
    OCINestedResourcePrincipalSigner,
    OCIResourcePrincipalV11Signer,
)
from policy_clients.testing import OciIdentityFake

if TYPE_CHECKING:
    from conftest import RecordedRequest

POLICY = "ocid1.policy.oc1..chain"
TENANCY = "ocid1.tenancy.oc1..chain"
RESOURCE = "ocid1.fnfunc.oc1..leaf"
LEAF_KEY_ID = f"resource/v2.1/{RESOURCE}"
LEAF_RPT_PATH = f"/20180711/resourcePrincipalTokenV2/{RESOURCE}"
CALL_TIMEOUT = 30.0


class _Registry:
    """Where a stand-in registers the tokens it issues: another stand-in's keys instead of the API's."""

    def __init__(self, fake: OciIdentityFake, keys: dict[str, rsa.RSAPublicKey]) -> None:
        self.clock = fake.clock
        self.keys = keys
        self.accept = True  # False: issue tokens nobody will accept

    def register_key(self, key_id: str, public_key: rsa.RSAPublicKey) -> None:
        if self.accept:
            self.keys[key_id] = public_key


@pytest.fixture(scope="module")
def resource_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def other_server() -> Iterator[LocalServer]:
    local = LocalServer()
    local.start()
    try:
        yield local
    finally:
        local.stop()


def pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


async def call(client: Any, mode: str) -> int:
    from oci_identity_client.api.policies import get_policy

    if mode == "sync":
        return int(get_policy.sync_detailed(POLICY, client=client).status_code)
    response = await asyncio.wait_for(get_policy.asyncio_detailed(POLICY, client=client), CALL_TIMEOUT * 2)
    return int(response.status_code)


def key_ids(requests: list[RecordedRequest]) -> list[str]:
    return [r.headers["authorization"].split('keyId="')[1].split('"')[0] for r in requests]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_1_1_refetches_the_instance_token_after_the_rpt_endpoint_refuses_it(
    server: LocalServer, oci_identity_fake: OciIdentityFake, resource_key: rsa.RSAPrivateKey, mode: str
) -> None:
    credentials = make_instance_credentials(TENANCY)
    metadata = MetadataStandIn(server, credentials)
    rp = ResourcePrincipalStandIn(
        server,
        oci_identity_fake,
        key_id="unused",
        public_key=resource_key.public_key(),
        path=f"/20180711/resourcePrincipalToken/{metadata.instance_id}",
    )
    rp.keys = {}
    registry = _Registry(oci_identity_fake, rp.keys)
    federation = FederationStandIn(server, credentials, registry)  # type: ignore[arg-type]
    oci_identity_fake.seed_policy(POLICY)
    instance = OCIInstancePrincipalSigner(metadata_url=metadata.url, federation_endpoint=federation.url)
    env = {
        "OCI_RESOURCE_PRINCIPAL_VERSION": "1.1",
        "OCI_RESOURCE_PRINCIPAL_RPT_ENDPOINT": server.url,
        "OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT": server.url,
    }
    signer = OCIResourcePrincipalV11Signer(environ=env, instance=instance)
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url, timeout=CALL_TIMEOUT)
    assert await call(client, mode) == 200, (rp.problems, federation.problems)

    # Both tokens refused well before their exp: the API refuses the RPST, the RPT endpoint the instance's.
    oci_identity_fake.revoke_key("ST$" + rp.issued[0])
    del rp.keys["ST$" + federation.issued[0]]
    assert await call(client, mode) == 200, (rp.problems, federation.problems)
    assert len(federation.calls) == 2 and len(rp.issued) == 2
    assert key_ids(server.requests_to(rp.path)) == [
        "ST$" + t for t in federation.issued[:1] * 2 + federation.issued[1:]
    ]

    # Refused again after the refresh: the caller hears of it after exactly one more instance token.
    oci_identity_fake.revoke_key("ST$" + rp.issued[1])
    del rp.keys["ST$" + federation.issued[1]]
    registry.accept = False
    with pytest.raises(OCIFederationError) as refused:
        await call(client, mode)
    assert refused.value.status_code == 401
    assert len(federation.calls) == 3 and len(rp.issued) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_3_0_refetches_the_leaf_token_after_a_parent_refuses_it(
    server: LocalServer,
    other_server: LocalServer,
    oci_identity_fake: OciIdentityFake,
    resource_key: rsa.RSAPrivateKey,
    mode: str,
) -> None:
    parents = NestedStandIn(
        other_server, oci_identity_fake, leaf_key_id="unused", leaf_key=resource_key.public_key(), depth=2
    )
    parents.keys.clear()
    registry = _Registry(oci_identity_fake, parents.keys)
    leaf = ResourcePrincipalStandIn(
        server,
        registry,  # type: ignore[arg-type]
        key_id=LEAF_KEY_ID,
        public_key=resource_key.public_key(),
        path=LEAF_RPT_PATH,
    )
    oci_identity_fake.seed_policy(POLICY)
    env = {
        "OCI_RESOURCE_PRINCIPAL_VERSION": "3.0",
        "OCI_RESOURCE_PRINCIPAL_VERSION_FOR_LEAF_RESOURCE": "2.1",
        "OCI_RESOURCE_PRINCIPAL_RPT_ENDPOINT_FOR_LEAF_RESOURCE": server.url,
        "OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT_FOR_LEAF_RESOURCE": server.url,
        "OCI_RESOURCE_PRINCIPAL_RESOURCE_ID_FOR_LEAF_RESOURCE": RESOURCE,
        "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_FOR_LEAF_RESOURCE": pem(resource_key),
        "OCI_RESOURCE_PRINCIPAL_REGION_FOR_LEAF_RESOURCE": "phx",
        "OCI_RESOURCE_PRINCIPAL_RPT_URL_FOR_PARENT_RESOURCE": f"{other_server.url}/parent/1",
        "OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT_FOR_PARENT_RESOURCE": other_server.url,
    }
    signer = OCINestedResourcePrincipalSigner(environ=env)
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url, timeout=CALL_TIMEOUT)
    assert await call(client, mode) == 200, (leaf.problems, parents.problems)
    assert parents.signed_by[0] == "ST$" + leaf.issued[0]

    # The outermost token and the leaf's are refused: the leaf refreshes first, then the chain above it.
    oci_identity_fake.revoke_key("ST$" + parents.issued[-1])
    del parents.keys["ST$" + leaf.issued[0]]
    assert await call(client, mode) == 200, (leaf.problems, parents.problems)
    assert len(leaf.issued) == 2 and len(leaf.rpts) == 2
    assert parents.signed_by[2:] == ["ST$" + leaf.issued[1], "ST$" + parents.issued[2]]

    # Refused again: one more leaf token, then the caller hears of it.
    oci_identity_fake.revoke_key("ST$" + parents.issued[-1])
    del parents.keys["ST$" + leaf.issued[1]]
    registry.accept = False
    with pytest.raises(OCIFederationError) as refused:
        await call(client, mode)
    assert refused.value.status_code == 401
    assert len(leaf.issued) == 3
