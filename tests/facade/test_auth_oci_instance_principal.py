"""OCI instance principals over real HTTP: metadata and federation stand-ins on 127.0.0.1, the OCI fake as the API."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import pickle
import traceback
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from _oci_principals import FederationStandIn, MetadataStandIn, make_instance_credentials, stripped
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

import policy_clients
from policy_clients import AuthenticationError, RetryPolicy
from policy_clients.auth import OCIFederationError, OCIInstancePrincipalSigner
from policy_clients.auth.oci_instance_principal import tenancy_of
from policy_clients.testing import OCIIdentityFake

if TYPE_CHECKING:
    from conftest import LocalServer

POLICY = "ocid1.policy.oc1..instance"
TENANCY = "ocid1.tenancy.oc1..aaaainstancetenancy"
CALLS = 100


@pytest.fixture(scope="module")
def credentials() -> Any:
    return make_instance_credentials(TENANCY)


@pytest.fixture
def metadata(server: LocalServer, credentials: Any) -> MetadataStandIn:
    return MetadataStandIn(server, credentials)


@pytest.fixture
def federation(server: LocalServer, credentials: Any, oci_identity_fake: OCIIdentityFake) -> FederationStandIn:
    return FederationStandIn(server, credentials, oci_identity_fake)


@pytest.fixture
def signer(
    metadata: MetadataStandIn, federation: FederationStandIn, oci_identity_fake: OCIIdentityFake
) -> OCIInstancePrincipalSigner:
    return OCIInstancePrincipalSigner(
        metadata_url=metadata.url, federation_endpoint=federation.url, clock=oci_identity_fake.clock.now
    )


class KeyIds(list[str]):
    """The keyId each API request went out with (the fake records requests with credentials redacted)."""

    def __call__(self, request: httpx.Request) -> None:
        if request.url.path.startswith("/20160918/"):
            self.append(request.headers["authorization"].split('keyId="', 1)[1].split('"', 1)[0])

    async def hook(self, request: httpx.Request) -> None:
        self(request)


def client_for(fake: OCIIdentityFake, signer: OCIInstancePrincipalSigner, **options: Any) -> Any:
    sent = options.pop("sent", KeyIds())
    return policy_clients.oci_identity(
        signer=signer,
        base_url=fake.base_url,
        event_hooks={"request": [sent]},
        async_event_hooks={"request": [sent.hook]},
        **options,
    )


def get(client: Any) -> int:
    from oci_identity_client.api.policies import get_policy

    return int(get_policy.sync_detailed(POLICY, client=client).status_code)


async def aget(client: Any) -> int:
    from oci_identity_client.api.policies import get_policy

    return int((await get_policy.asyncio_detailed(POLICY, client=client)).status_code)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_metadata_federation_and_signed_call_on_the_wire(
    oci_identity_fake: OCIIdentityFake,
    metadata: MetadataStandIn,
    federation: FederationStandIn,
    credentials: Any,
    mode: str,
) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import UpdatePolicyDetails

    etag = oci_identity_fake.seed_policy(POLICY)
    sent = KeyIds()
    client = policy_clients.oci_identity(
        auth="instance_principal",
        metadata_url=metadata.url,
        federation_endpoint=federation.url,
        base_url=oci_identity_fake.base_url,
        user_agent="svc/2.0",
        event_hooks={"request": [sent]},
        async_event_hooks={"request": [sent.hook]},
    )
    body = UpdatePolicyDetails(description="as the instance")
    if mode == "sync":
        response = update_policy.sync_detailed(POLICY, client=client, body=body, if_match=etag)
    else:
        response = await update_policy.asyncio_detailed(POLICY, client=client, body=body, if_match=etag)
    assert response.status_code == 200, federation.problems
    # The metadata service: each identity document once, with IMDS v2's fixed header.
    for path in ("/identity/cert.pem", "/identity/key.pem", "/identity/intermediate.pem"):
        [read] = metadata.requests(path)
        assert read.headers["authorization"] == "Bearer Oracle"
    assert not metadata.requests("/instance/region")  # the federation endpoint was given
    # The federation call: verified by the stand-in (signature, keyId, digest, body); the rest checked here.
    [call] = federation.calls
    assert federation.problems == []
    assert 'keyId="' + credentials.key_id + '"' in call.headers["authorization"]
    assert "host" not in call.headers["authorization"].split('headers="', 1)[1].split('"', 1)[0].split()
    assert call.headers["user-agent"] == "svc/2.0"
    federated = json.loads(call.body)
    assert federated["certificate"] == stripped(credentials.leaf.public_bytes(serialization.Encoding.PEM))
    public = federation.session_keys[0]
    assert public.key_size == 2048 and public.public_numbers().e == 65537
    assert "purpose" not in federated
    # The API call: signed as ST$<the issued token> with the session key (the fake checks the signature).
    assert sent == ["ST$" + federation.issued[0]]
    auth = client.get_httpx_client().auth
    assert isinstance(auth, OCIInstancePrincipalSigner) and auth.tenancy == TENANCY


def test_token_is_cached_and_refreshed_within_60_s_of_expiry(
    oci_identity_fake: OCIIdentityFake, federation: FederationStandIn, signer: OCIInstancePrincipalSigner
) -> None:
    oci_identity_fake.seed_policy(POLICY)
    federation.lifetime = 300
    sent = KeyIds()
    client = client_for(oci_identity_fake, signer, sent=sent)
    assert get(client) == 200
    oci_identity_fake.clock.advance(239)  # 61 s before exp: still used
    assert get(client) == 200
    assert len(federation.calls) == 1
    oci_identity_fake.clock.advance(2)  # 59 s before exp: refreshed first, with a new session key
    assert get(client) == 200
    assert len(federation.calls) == 2
    first, second = federation.session_keys
    assert first.public_numbers() != second.public_numbers()
    assert sent == ["ST$" + federation.issued[0]] * 2 + ["ST$" + federation.issued[1]]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_401_fetches_a_new_token_once(
    oci_identity_fake: OCIIdentityFake, federation: FederationStandIn, signer: OCIInstancePrincipalSigner, mode: str
) -> None:
    oci_identity_fake.seed_policy(POLICY)
    client = client_for(oci_identity_fake, signer)
    assert get(client) == 200
    oci_identity_fake.revoke_key("ST$" + federation.issued[0])  # the service no longer takes the token
    assert (get(client) if mode == "sync" else await aget(client)) == 200
    assert [r.status for r in oci_identity_fake.requests] == [200, 401, 200]
    assert len(federation.calls) == 2
    # A token refused again is the caller's AuthenticationError after one more federation, not a loop.
    federation.register = False
    oci_identity_fake.revoke_key("ST$" + federation.issued[1])
    with pytest.raises(AuthenticationError):
        get(client) if mode == "sync" else await aget(client)
    assert [r.status for r in oci_identity_fake.requests][3:] == [401, 401]
    assert len(federation.calls) == 3


def test_100_concurrent_threads_make_one_federation_call(
    oci_identity_fake: OCIIdentityFake, federation: FederationStandIn, signer: OCIInstancePrincipalSigner
) -> None:
    oci_identity_fake.seed_policy(POLICY)
    federation.delay = 0.3
    sent = KeyIds()
    client = client_for(oci_identity_fake, signer, timeout=60, sent=sent)
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(get, client) for _ in range(CALLS)]
        done, pending = concurrent.futures.wait(futures, timeout=120)
    assert not pending
    assert [f.result() for f in done] == [200] * CALLS
    assert len(federation.calls) == 1
    assert sent == ["ST$" + federation.issued[0]] * CALLS


async def test_100_concurrent_tasks_make_one_federation_call(
    oci_identity_fake: OCIIdentityFake, federation: FederationStandIn, signer: OCIInstancePrincipalSigner
) -> None:
    oci_identity_fake.seed_policy(POLICY)
    federation.delay = 0.3
    client = client_for(oci_identity_fake, signer, timeout=60)
    results = await asyncio.wait_for(asyncio.gather(*(aget(client) for _ in range(CALLS))), timeout=120)
    assert results == [200] * CALLS
    assert len(federation.calls) == 1


def test_a_metadata_5xx_is_retried_and_a_federation_429_is_not(
    oci_identity_fake: OCIIdentityFake,
    metadata: MetadataStandIn,
    federation: FederationStandIn,
    signer: OCIInstancePrincipalSigner,
) -> None:
    oci_identity_fake.seed_policy(POLICY)
    fast = RetryPolicy(max_attempts=3, initial_backoff=0.01, max_backoff=0.02)
    client = client_for(oci_identity_fake, signer, retry=fast)
    metadata.failures = [503]
    assert get(client) == 200
    assert len(metadata.requests("/identity/cert.pem")) == 2
    oci_identity_fake.revoke_key("ST$" + federation.issued[0])
    federation.failures = [429]
    with pytest.raises(OCIFederationError) as caught:
        get(client)
    assert caught.value.status_code == 429
    assert len(federation.calls) == 2  # the 429 was not retried


def test_region_comes_from_the_metadata_service(metadata: MetadataStandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OCI_REGION", raising=False)
    monkeypatch.setenv("OCI_CLI_AUTH", "instance_principal")
    monkeypatch.setenv("OCI_METADATA_BASE_URL", metadata.url)
    client = policy_clients.oci_identity()  # the mode from OCI_CLI_AUTH, the region from IMDS
    assert str(client.get_httpx_client().base_url) == "https://identity.us-phoenix-1.oci.oraclecloud.com"
    signer = client.get_httpx_client().auth
    assert isinstance(signer, OCIInstancePrincipalSigner)
    assert signer.federation_endpoint == "https://auth.us-phoenix-1.oraclecloud.com"
    [read] = metadata.requests("/instance/region")
    assert read.headers["authorization"] == "Bearer Oracle"


def test_tenancy_from_the_certificate_subject() -> None:
    other = make_instance_credentials("ocid1.tenancy.oc1..identity", prefix="opc-identity:")
    assert tenancy_of(other.leaf) == "ocid1.tenancy.oc1..identity"
    nameless = make_instance_credentials("x", prefix="opc-unrelated:")
    assert nameless.leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    with pytest.raises(OCIFederationError, match="names no tenancy"):
        tenancy_of(nameless.leaf)


@pytest.mark.parametrize("url", ["http://metadata.example/opc/v2", "ftp://127.0.0.1/opc/v2"])
def test_a_metadata_url_that_would_cross_the_network_in_clear_is_refused(url: str) -> None:
    with pytest.raises(policy_clients.ConfigurationError, match="metadata URL"):
        OCIInstancePrincipalSigner(metadata_url=url, federation_endpoint="https://auth.example")


def test_a_changed_tenancy_is_refused(
    oci_identity_fake: OCIIdentityFake,
    metadata: MetadataStandIn,
    federation: FederationStandIn,
    signer: OCIInstancePrincipalSigner,
) -> None:
    oci_identity_fake.seed_policy(POLICY)
    client = client_for(oci_identity_fake, signer)
    assert get(client) == 200
    moved = make_instance_credentials("ocid1.tenancy.oc1..other")
    metadata.credentials = federation.credentials = moved
    oci_identity_fake.revoke_key("ST$" + federation.issued[0])
    with pytest.raises(OCIFederationError, match="tenancy changed"):
        get(client)


def failure_of(call: Any) -> BaseException:
    try:
        call()
    except Exception as error:
        del call  # only frames below the test's own show up in the traceback
        return error
    raise AssertionError("expected the call to fail")


@pytest.fixture
def leaked(credentials: Any) -> Iterator[list[str]]:
    """Secrets to look for: filled in by the test (tokens), seeded with the leaf key's PEM body."""
    yield [stripped(credentials.leaf_key_pem)[20:80]]


def test_no_token_or_key_in_logs_reprs_errors_pickles_or_locals(
    oci_identity_fake: OCIIdentityFake,
    federation: FederationStandIn,
    signer: OCIInstancePrincipalSigner,
    credentials: Any,
    leaked: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    oci_identity_fake.seed_policy(POLICY)
    client = client_for(oci_identity_fake, signer)
    assert get(client) == 200
    token = federation.issued[0]
    leaked += [token, token.split(".")[1]]
    # A federation error whose body echoes credentials (as a misbehaving proxy might).
    oci_identity_fake.revoke_key("ST$" + token)
    federation.failures = [400]
    federation.server.route(
        "POST",
        "/v1/x509",
        lambda _r: (
            400,
            {"Content-Type": "application/json"},
            json.dumps({"code": "X", "message": f"ST${token} " + credentials.leaf_key_pem.decode()}).encode(),
        ),
    )
    failure = failure_of(lambda: get(client))
    assert isinstance(failure, OCIFederationError)
    text = [
        repr(signer),
        repr(client),
        str(failure),
        repr(failure),
        "".join(traceback.TracebackException.from_exception(failure, capture_locals=True).format()),
        caplog.text,
    ]
    with pytest.raises(TypeError) as pickled:
        pickle.dumps(signer)
    text.append(str(pickled.value))
    for secret in leaked:
        for shown in text:
            assert secret not in shown
