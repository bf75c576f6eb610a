"""OCI resource principals 2.1, 2.1.1, 2.1.2 over real HTTP: RPT and RPST stand-ins on 127.0.0.1, the OCI fake."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import pickle
from typing import TYPE_CHECKING, Any

import pytest
from _oci_principals import ResourcePrincipalStandIn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import policy_clients
from policy_clients import AuthenticationError
from policy_clients.auth import OCIConfigError, OCIResourcePrincipalV21Signer
from policy_clients.testing import OCIIdentityFake

if TYPE_CHECKING:
    from conftest import LocalServer

POLICY = "ocid1.policy.oc1..rp21"
RESOURCE = "ocid1.datascienceresource.oc1..r"
TENANCY = "ocid1.tenancy.oc1..t"
CALLS = 100


@pytest.fixture(scope="module")
def resource_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def environment(server: LocalServer, key: rsa.RSAPrivateKey, version: str, **extra: str) -> dict[str, str]:
    return {
        "OCI_RESOURCE_PRINCIPAL_VERSION": version,
        "OCI_RESOURCE_PRINCIPAL_RPT_ENDPOINT": server.url,
        "OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT": server.url,
        "OCI_RESOURCE_PRINCIPAL_RESOURCE_ID": RESOURCE,
        "OCI_RESOURCE_PRINCIPAL_TENANCY_ID": TENANCY,
        "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM": pem(key),
        "OCI_RESOURCE_PRINCIPAL_REGION": "iad",
        **extra,
    }


VERSIONS = {
    "2.1": (f"resource/v2.1/{RESOURCE}", f"/20180711/resourcePrincipalTokenV2/{RESOURCE}"),
    "2.1.1": (f"resource/v2.1.1/{TENANCY}/{RESOURCE}", f"/20180711/resourcePrincipalTokenV2/{RESOURCE}"),
    "2.1.2": (f"resource/v2.1.2/{TENANCY}/{RESOURCE}", f"/20180711/resourcePrincipalTokenV212/{RESOURCE}"),
}


def stand_in(
    server: LocalServer, fake: OCIIdentityFake, key: rsa.RSAPrivateKey, version: str, path: str | None = None
) -> ResourcePrincipalStandIn:
    key_id, default_path = VERSIONS[version]
    return ResourcePrincipalStandIn(server, fake, key_id=key_id, public_key=key.public_key(), path=path or default_path)


def get(client: Any) -> int:
    from oci_identity_client.api.policies import get_policy

    return int(get_policy.sync_detailed(POLICY, client=client).status_code)


async def aget(client: Any) -> int:
    from oci_identity_client.api.policies import get_policy

    return int((await get_policy.asyncio_detailed(POLICY, client=client)).status_code)


@pytest.mark.parametrize("version", sorted(VERSIONS))
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_rpt_then_rpst_then_signed_call(
    server: LocalServer,
    oci_identity_fake: OCIIdentityFake,
    resource_key: rsa.RSAPrivateKey,
    monkeypatch: pytest.MonkeyPatch,
    version: str,
    mode: str,
) -> None:
    endpoints = stand_in(server, oci_identity_fake, resource_key, version)
    oci_identity_fake.seed_policy(POLICY)
    for name, value in environment(
        server, resource_key, version, OCI_RESOURCE_PRINCIPAL_SECURITY_CONTEXT="ctx-1"
    ).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OCI_CLI_AUTH", raising=False)
    client = policy_clients.oci_identity(base_url=oci_identity_fake.base_url)  # the environment picks the mode
    assert isinstance(client.get_httpx_client().auth, OCIResourcePrincipalV21Signer)
    assert (get(client) if mode == "sync" else await aget(client)) == 200, endpoints.problems
    [rpt] = server.requests_to(VERSIONS[version][1])
    [rpst] = server.requests_to("/v1/resourcePrincipalSessionToken")
    assert endpoints.problems == []
    assert f'keyId="{VERSIONS[version][0]}"' in rpt.headers["authorization"]
    assert rpt.headers.get("security-context") == ("ctx-1" if version == "2.1.2" else None)
    assert json.loads(rpst.body)["resourcePrincipalToken"] == endpoints.rpts[0][0]
    assert get(client) == 200  # cached: no second fetch
    assert len(server.requests_to("/v1/resourcePrincipalSessionToken")) == 1
    # The regional host follows OCI_RESOURCE_PRINCIPAL_REGION without base_url.
    regional = policy_clients.oci_identity()
    assert str(regional.get_httpx_client().base_url) == "https://identity.us-ashburn-1.oci.oraclecloud.com"


def test_rpt_path_template(
    server: LocalServer, oci_identity_fake: OCIIdentityFake, resource_key: rsa.RSAPrivateKey
) -> None:
    stand_in(server, oci_identity_fake, resource_key, "2.1", path=f"/custom/{RESOURCE}/rpt")
    oci_identity_fake.seed_policy(POLICY)
    env = environment(server, resource_key, "2.1", OCI_RESOURCE_PRINCIPAL_RPT_PATH="/custom/{}/rpt")
    client = policy_clients.oci_identity(
        signer=OCIResourcePrincipalV21Signer(environ=env), base_url=oci_identity_fake.base_url
    )
    assert get(client) == 200
    assert len(server.requests_to(f"/custom/{RESOURCE}/rpt")) == 1


@pytest.mark.serial  # the fake clock runs on from real time: a 1 s margin at the 60 s refresh edge
def test_refresh_within_60_s_of_expiry_and_once_after_a_401(
    server: LocalServer, oci_identity_fake: OCIIdentityFake, resource_key: rsa.RSAPrivateKey
) -> None:
    endpoints = stand_in(server, oci_identity_fake, resource_key, "2.1")
    endpoints.lifetime = 300
    oci_identity_fake.seed_policy(POLICY)
    signer = OCIResourcePrincipalV21Signer(
        environ=environment(server, resource_key, "2.1"), clock=oci_identity_fake.clock.now
    )
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url)
    assert get(client) == 200
    oci_identity_fake.clock.advance(239)
    assert get(client) == 200
    assert len(endpoints.issued) == 1
    oci_identity_fake.clock.advance(2)  # 59 s before exp
    assert get(client) == 200
    assert len(endpoints.issued) == 2
    oci_identity_fake.revoke_key("ST$" + endpoints.issued[1])
    assert get(client) == 200
    assert len(endpoints.issued) == 3 and len(endpoints.rpts) == 3
    assert [r.status for r in oci_identity_fake.requests][-2:] == [401, 200]
    oci_identity_fake.revoke_key("ST$" + endpoints.issued[2])
    endpoints.register = False  # tokens issued from now on are unknown to the API: 401 again
    with pytest.raises(AuthenticationError):
        get(client)
    assert len(endpoints.issued) == 4  # one refetch, then the caller hears of it


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_100_concurrent_calls_make_one_token_fetch(
    server: LocalServer, oci_identity_fake: OCIIdentityFake, resource_key: rsa.RSAPrivateKey, mode: str
) -> None:
    endpoints = stand_in(server, oci_identity_fake, resource_key, "2.1.1")
    endpoints.delay = 0.3
    oci_identity_fake.seed_policy(POLICY)
    signer = OCIResourcePrincipalV21Signer(environ=environment(server, resource_key, "2.1.1"))
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url, timeout=60)
    if mode == "sync":
        with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
            futures = [pool.submit(get, client) for _ in range(CALLS)]
            done, pending = concurrent.futures.wait(futures, timeout=120)
        assert not pending
        results = [f.result() for f in done]
    else:
        results = await asyncio.wait_for(asyncio.gather(*(aget(client) for _ in range(CALLS))), timeout=120)
    assert results == [200] * CALLS
    assert len(endpoints.rpts) == 1 and len(endpoints.issued) == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"OCI_RESOURCE_PRINCIPAL_RPT_ENDPOINT": ""}, "OCI_RESOURCE_PRINCIPAL_RPT_ENDPOINT"),
        ({"OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT": "http://rpst.example"}, "OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT"),
        ({"OCI_RESOURCE_PRINCIPAL_TENANCY_ID": ""}, "OCI_RESOURCE_PRINCIPAL_TENANCY_ID"),
        ({"OCI_RESOURCE_PRINCIPAL_RESOURCE_ID": "a/b"}, "OCI_RESOURCE_PRINCIPAL_RESOURCE_ID"),
        ({"OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM": "not a pem"}, "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM"),
        ({"OCI_RESOURCE_PRINCIPAL_VERSION": "9.9"}, "not supported"),
    ],
)
def test_an_incomplete_environment_names_the_variable(
    server: LocalServer, resource_key: rsa.RSAPrivateKey, change: dict[str, str], message: str
) -> None:
    from policy_clients.auth import resource_principal_signer

    env = {**environment(server, resource_key, "2.1.1"), **change}
    with pytest.raises(OCIConfigError, match=message) as caught:
        resource_principal_signer(environ=env)
    assert "PRIVATE KEY" not in str(caught.value)


def test_no_token_or_key_in_reprs_errors_or_pickles(
    server: LocalServer, oci_identity_fake: OCIIdentityFake, resource_key: rsa.RSAPrivateKey
) -> None:
    endpoints = stand_in(server, oci_identity_fake, resource_key, "2.1")
    oci_identity_fake.seed_policy(POLICY)
    signer = OCIResourcePrincipalV21Signer(environ=environment(server, resource_key, "2.1"))
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url)
    assert get(client) == 200
    secrets = [endpoints.issued[0], *endpoints.rpts[0], pem(resource_key).splitlines()[2]]
    with pytest.raises(TypeError) as pickled:
        pickle.dumps(signer)
    for shown in (repr(signer), repr(client), str(pickled.value)):
        for secret in secrets:
            assert secret not in shown


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_nested_3_0_signs_each_parent_round_with_the_previous_token(
    server: LocalServer,
    oci_identity_fake: OCIIdentityFake,
    resource_key: rsa.RSAPrivateKey,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    from _oci_principals import NestedStandIn, jwt

    from policy_clients.auth import OCINestedResourcePrincipalSigner

    leaf_rpst = jwt({"res_tenant": "leaf", "exp": 4102444800})
    parents = NestedStandIn(
        server, oci_identity_fake, leaf_key_id="ST$" + leaf_rpst, leaf_key=resource_key.public_key(), depth=2
    )
    oci_identity_fake.seed_policy(POLICY)
    env = {
        "OCI_RESOURCE_PRINCIPAL_VERSION": "3.0",
        "OCI_RESOURCE_PRINCIPAL_VERSION_FOR_LEAF_RESOURCE": "2.2",
        "OCI_RESOURCE_PRINCIPAL_RPST_FOR_LEAF_RESOURCE": leaf_rpst,
        "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_FOR_LEAF_RESOURCE": pem(resource_key),
        "OCI_RESOURCE_PRINCIPAL_REGION_FOR_LEAF_RESOURCE": "phx",
        "OCI_RESOURCE_PRINCIPAL_RPT_URL_FOR_PARENT_RESOURCE": f"{server.url}/parent/1",
        "OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT_FOR_PARENT_RESOURCE": server.url,
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OCI_CLI_AUTH", raising=False)
    client = policy_clients.oci_identity(base_url=oci_identity_fake.base_url)
    signer = client.get_httpx_client().auth
    assert isinstance(signer, OCINestedResourcePrincipalSigner) and signer.region == "phx"
    assert (get(client) if mode == "sync" else await aget(client)) == 200, parents.problems
    assert parents.problems == []
    # Parent 1 was asked as the leaf, parent 2 as parent 1's session token; the API saw parent 2's.
    assert parents.signed_by == ["ST$" + leaf_rpst, "ST$" + parents.issued[0]]
    assert len(parents.issued) == 2
    assert leaf_rpst not in repr(signer) and parents.issued[1] not in repr(signer)


class _Registry:
    """Where the federation stand-in registers instance tokens: the RPT stand-in's keys, not the API's."""

    def __init__(self, fake: OCIIdentityFake, keys: dict[str, rsa.RSAPublicKey]) -> None:
        self.clock = fake.clock
        self.keys = keys

    def register_key(self, key_id: str, public_key: rsa.RSAPublicKey) -> None:
        self.keys[key_id] = public_key


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_1_1_fetches_the_rpt_as_the_instance_principal(
    server: LocalServer,
    oci_identity_fake: OCIIdentityFake,
    resource_key: rsa.RSAPrivateKey,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    from _oci_principals import FederationStandIn, MetadataStandIn, make_instance_credentials

    from policy_clients.auth import OCIInstancePrincipalSigner, OCIResourcePrincipalV11Signer

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
    federation = FederationStandIn(server, credentials, _Registry(oci_identity_fake, rp.keys))  # type: ignore[arg-type]
    oci_identity_fake.seed_policy(POLICY)
    instance = OCIInstancePrincipalSigner(metadata_url=metadata.url, federation_endpoint=federation.url)
    env = {
        "OCI_RESOURCE_PRINCIPAL_VERSION": "1.1",
        "OCI_RESOURCE_PRINCIPAL_RPT_ENDPOINT": server.url,
        "OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT": server.url,
    }
    signer = OCIResourcePrincipalV11Signer(environ=env, instance=instance)
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url)
    assert (get(client) if mode == "sync" else await aget(client)) == 200, (rp.problems, federation.problems)
    # The RPT and RPST calls verified against the instance's session token; the API took the RPST.
    assert len(federation.calls) == 1 and len(rp.issued) == 1 and rp.problems == []
    assert len(metadata.requests("/instance/id")) == 1
    [rpt] = server.requests_to(rp.path)
    assert f'keyId="ST${federation.issued[0]}"' in rpt.headers["authorization"]
    # Without a region, the factory reads the instance's (the metadata stand-in says phx).
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("OCI_METADATA_BASE_URL", metadata.url)
    monkeypatch.delenv("OCI_REGION", raising=False)
    monkeypatch.delenv("OCI_CLI_AUTH", raising=False)
    regional = policy_clients.oci_identity()
    assert str(regional.get_httpx_client().base_url) == "https://identity.us-phoenix-1.oci.oraclecloud.com"
