"""Resource principals 1.1 and 3.0 over real HTTP: an inner token refused before its expiry is fetched anew, once.

The inner principal (the instance for 1.1, the leaf resource for 3.0) caches its token until ``exp``; a server
may refuse it earlier (revoked, rotated). Then the outer fetch's first request answers 401, and the chain must
refresh bottom-up: the inner token first, then the outer one, each once, before the caller hears of it.
"""

from __future__ import annotations

import asyncio
import io
import logging
import pickle
import traceback
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from _oci_principals import (
    FederationStandIn,
    MetadataStandIn,
    NestedStandIn,
    ResourcePrincipalStandIn,
    jwt,
    make_instance_credentials,
    stripped,
)
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import policy_clients
from policy_clients import RequestTimeoutError, RetryPolicy
from policy_clients.auth import (
    OCIFederationError,
    OCIInstancePrincipalSigner,
    OCINestedResourcePrincipalSigner,
    OCIResourcePrincipalSigner,
    OCIResourcePrincipalV11Signer,
)
from policy_clients.testing import OciIdentityFake

if TYPE_CHECKING:
    from conftest import LocalServer, RecordedRequest

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


def _local_server(server: LocalServer) -> Iterator[LocalServer]:
    """One more local server like ``server`` (its class: conftest is not importable beside other folders)."""
    local = type(server)()
    local.start()
    try:
        yield local
    finally:
        local.stop()


other_server = pytest.fixture(_local_server, name="other_server")
third_server = pytest.fixture(_local_server, name="third_server")


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


def build_v11(
    server: LocalServer, oci_identity_fake: OciIdentityFake, resource_key: rsa.RSAPrivateKey
) -> tuple[OCIResourcePrincipalV11Signer, Any, ResourcePrincipalStandIn, FederationStandIn, _Registry]:
    """1.1 on an instance: the RPT and RPST endpoints accept what the federation stand-in issued."""
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
    return signer, client, rp, federation, registry


def build_nested(
    server: LocalServer, other_server: LocalServer, oci_identity_fake: OciIdentityFake, resource_key: rsa.RSAPrivateKey
) -> tuple[OCINestedResourcePrincipalSigner, Any, ResourcePrincipalStandIn, NestedStandIn, _Registry]:
    """3.0 over a 2.1 leaf (on ``server``), two parents deep (on ``other_server``)."""
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
    return signer, client, leaf, parents, registry


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_1_1_refetches_the_instance_token_after_the_rpt_endpoint_refuses_it(
    server: LocalServer, oci_identity_fake: OciIdentityFake, resource_key: rsa.RSAPrivateKey, mode: str
) -> None:
    _, client, rp, federation, registry = build_v11(server, oci_identity_fake, resource_key)
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
    _, client, leaf, parents, registry = build_nested(server, other_server, oci_identity_fake, resource_key)
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


def shown_by_pickling(obj: object) -> str:
    """What ``pickle.dump`` leaves in a file, with every protocol, and what its refusal says."""
    shown = []
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        stream = io.BytesIO()
        with pytest.raises((TypeError, pickle.PicklingError)) as refused:
            pickle.dump(obj, stream, protocol=protocol)
        shown += [stream.getvalue().decode("latin-1"), str(refused.value)]
    return "\n".join(shown)


def failure_of(call: Any) -> BaseException:
    try:
        call()
    except Exception as error:
        del call  # only frames below the test's own show up in the traceback
        return error
    raise AssertionError("expected the call to fail")


def test_no_token_or_key_in_reprs_pickles_errors_or_locals_of_any_principal_object(
    server: LocalServer,
    other_server: LocalServer,
    third_server: LocalServer,
    oci_identity_fake: OciIdentityFake,
    resource_key: rsa.RSAPrivateKey,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    v11, v11_client, rp, federation, registry = build_v11(server, oci_identity_fake, resource_key)
    nested, nested_client, leaf, parents, parents_registry = build_nested(
        other_server, third_server, oci_identity_fake, resource_key
    )
    assert asyncio.run(call(v11_client, "sync")) == 200 and asyncio.run(call(nested_client, "sync")) == 200
    inline_rpst = jwt({"res_tenant": "inline", "jti": "SECRET-" + "x" * 70_000})  # large: a pickle frame is flushed
    handed_over = OCIResourcePrincipalSigner(
        environ={
            "OCI_RESOURCE_PRINCIPAL_VERSION": "2.2",
            "OCI_RESOURCE_PRINCIPAL_RPST": inline_rpst,
            "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM": pem(resource_key),
            "OCI_RESOURCE_PRINCIPAL_REGION": "phx",
        }
    )
    # A failure inside each chain: the inner token refused, refreshed once, refused again.
    for signer_registry, refused_key, keys, api_token in (
        (registry, "ST$" + federation.issued[0], rp.keys, rp.issued[0]),
        (parents_registry, "ST$" + leaf.issued[0], parents.keys, parents.issued[-1]),
    ):
        oci_identity_fake.revoke_key("ST$" + api_token)
        del keys[refused_key]
        signer_registry.accept = False
    errors = [
        failure_of(lambda: asyncio.run(call(v11_client, "sync"))),
        failure_of(lambda: asyncio.run(call(nested_client, "sync"))),
    ]
    assert all(isinstance(error, OCIFederationError) for error in errors)

    secrets = [
        *(t.split(".")[1] for t in federation.issued + rp.issued + leaf.issued + parents.issued),
        *(token for pair in rp.rpts + leaf.rpts for token in pair),
        inline_rpst.split(".")[1][:60],
        pem(resource_key).splitlines()[2],
        stripped(
            v11.instance._identity.private_key.private_bytes(  # type: ignore[union-attr]
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )[40:100],
    ]
    objects: list[object] = [
        v11,
        v11.instance,
        nested,
        nested.leaf,
        handed_over,
        v11.instance._identity,
        v11.fetcher.source,
        nested.fetcher.source,
    ]
    objects += [
        token for token in (v11.fetcher.cached(), nested.fetcher.cached(), v11.instance.fetcher.cached()) if token
    ]
    shown = [repr(v11_client), repr(nested_client), caplog.text]
    for obj in objects:
        shown += [repr(obj), str(obj), shown_by_pickling(obj)]
    for error in errors:
        shown += [
            str(error),
            repr(error),
            pickle.dumps(error).decode("latin-1"),
            "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format()),
        ]
    # (which text, which secret) pairs only: a failing assertion must not print the secret either
    leaks = [(i, j) for i, text in enumerate(shown) for j, secret in enumerate(secrets) if secret in text]
    assert leaks == []


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_inner_refresh_ends_at_the_callers_deadline(
    server: LocalServer, oci_identity_fake: OciIdentityFake, resource_key: rsa.RSAPrivateKey, mode: str
) -> None:
    signer, client, rp, federation, _ = build_v11(server, oci_identity_fake, resource_key)
    assert await call(client, mode) == 200
    oci_identity_fake.revoke_key("ST$" + rp.issued[0])
    del rp.keys["ST$" + federation.issued[0]]
    federation.delay = 3.0  # the instance's refetch stalls well past the 1 s deadline
    retry = RetryPolicy(deadline=1.0, initial_backoff=0.0, max_backoff=0.0, jitter="none")
    slow = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url, retry=retry)
    with pytest.raises(RequestTimeoutError):
        await call(slow, mode)
    assert len(federation.calls) == 2  # the refetch was under way when the deadline cut it
    federation.delay = 0.0
    assert await call(client, mode) == 200  # nothing left stuck: the next call refreshes the chain
