"""`fake.client(**options)`: a facade client wired to each fake with valid credentials, sync and async.

Also what copies of such a client share over real HTTP: one token (ConductorOne's token cache) and, for OCI,
the idempotency key that makes a repeated create return the first policy.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import pytest

import policy_clients
from policy_clients.testing import ConductorOneFake, FlashbackFake, OCIIdentityFake, OsoCloudFake, PlainIdFake

MODES = ["sync", "async"]


def run(mode: str, module: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return module.sync_detailed(**kwargs)
    return asyncio.run(module.asyncio_detailed(**kwargs))


@pytest.mark.parametrize("mode", MODES)
def test_oso_cloud(oso_cloud_fake: OsoCloudFake, mode: str) -> None:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import Policy

    client = oso_cloud_fake.client(retry=policy_clients.RetryPolicy.disabled())
    assert run(mode, post_policy, client=client, body=Policy(src="actor User {}")).status_code == 200
    assert oso_cloud_fake.policy == "actor User {}"


@pytest.mark.parametrize("mode", MODES)
def test_flashback(flashback_fake: FlashbackFake, mode: str) -> None:
    from flashback_client.api.policies import get_policy

    flashback_fake.seed_policy("p1")
    assert run(mode, get_policy, policy_id="p1", client=flashback_fake.client()).status_code == 200


@pytest.mark.parametrize("mode", MODES)
def test_plainid(plainid_fake: PlainIdFake, mode: str) -> None:
    from plainid_client.api.policies import upsert_policy

    client = plainid_fake.client()
    env, workspace = uuid.uuid4(), uuid.uuid4()
    response = run(mode, upsert_policy, env_id=env, client=client, body="package x", filterauth_ws_id=workspace)
    assert response.status_code in (200, 201)


@pytest.mark.parametrize("mode", MODES)
def test_conductorone_copies_share_one_token(conductorone_fake: ConductorOneFake, mode: str) -> None:
    from conductorone_client.api.policies import get_policy

    conductorone_fake.seed_policy("pol1")
    client = conductorone_fake.client()
    for each in (client, client.with_headers({"X-A": "1"}), policy_clients.with_options(client, timeout=9)):
        assert run(mode, get_policy, id="pol1", client=each).status_code == 200
    assert [r.path for r in conductorone_fake.requests] == ["/auth/v1/token"] + ["/api/v1/policies/pol1"] * 3


@pytest.mark.parametrize("mode", MODES)
def test_oci_identity_update(oci_identity_fake: OCIIdentityFake, mode: str) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import UpdatePolicyDetails

    etag = oci_identity_fake.seed_policy("ocid1.policy.oc1..p")
    response = run(
        mode,
        update_policy,
        policy_id="ocid1.policy.oc1..p",
        client=oci_identity_fake.client(),
        body=UpdatePolicyDetails(description="New"),
        if_match=etag,
    )
    assert response.status_code == 200
    assert oci_identity_fake.get_policy("ocid1.policy.oc1..p")["description"] == "New"  # type: ignore[index]


@pytest.mark.parametrize("mode", MODES)
def test_oci_idempotency_key_makes_a_repeated_create_return_the_first(
    oci_identity_fake: OCIIdentityFake, mode: str
) -> None:
    from oci_identity_client.api.policies import create_policy
    from oci_identity_client.models import CreatePolicyDetails

    body = CreatePolicyDetails(
        compartment_id="ocid1.tenancy.oc1..aaaa", name="ops", description="d", statements=["allow group A to x"]
    )
    client = oci_identity_fake.client()
    keyed = policy_clients.with_options(client, idempotency_key="create-ops-1")
    first, again = (run(mode, create_policy, client=keyed, body=body) for _ in range(2))
    other = run(mode, create_policy, client=client, body=body.__class__.from_dict({**body.to_dict(), "name": "o2"}))
    assert first.parsed.id == again.parsed.id != other.parsed.id
    tokens = [r.header("opc-retry-token") for r in oci_identity_fake.requests]
    assert tokens[:2] == ["create-ops-1", "create-ops-1"] and tokens[2] not in (None, "create-ops-1")


def test_stop_closes_the_clients_it_made() -> None:
    with OsoCloudFake() as fake:
        client = fake.client()
        http = client.get_httpx_client()
    assert http.is_closed


@pytest.mark.parametrize("make", [lambda f: f.client()], ids=["client"])
def test_client_needs_a_running_fake(make: Callable[[Any], Any]) -> None:
    with pytest.raises(RuntimeError):
        make(OsoCloudFake())
