"""Every vendor's update operation through `policy_clients.<vendor>(...)` and the generated client, sync and async."""

from __future__ import annotations

import uuid

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key

import policy_clients
from policy_clients.auth.oci import OCIRequestSigner
from policy_clients.testing import ConductorOneFake, FlashbackFake, OCIIdentityFake, OsoCloudFake, PlainIdFake

MODES = ["sync", "async"]


async def call(module: object, mode: str, *args: object, **kwargs: object) -> object:
    if mode == "sync":
        return module.sync_detailed(*args, **kwargs)  # type: ignore[attr-defined]
    return await module.asyncio_detailed(*args, **kwargs)  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", MODES)
async def test_oso_cloud(oso_cloud_fake: OsoCloudFake, mode: str) -> None:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import Policy

    client = policy_clients.oso_cloud(api_key=oso_cloud_fake.token, base_url=oso_cloud_fake.base_url)
    first = await call(post_policy, mode, client=client, body=Policy(src="actor User {}"))
    again = await call(post_policy, mode, client=client, body=Policy(src="actor User {}"))
    assert (first.status_code, again.status_code) == (200, 202)  # type: ignore[attr-defined]
    assert oso_cloud_fake.policy == "actor User {}"


@pytest.mark.parametrize("mode", MODES)
async def test_flashback(flashback_fake: FlashbackFake, mode: str) -> None:
    from flashback_client.api.policies import update_policy
    from flashback_client.models import UpdatePolicyRequest

    flashback_fake.seed_policy("p1")
    client = policy_clients.flashback(token=flashback_fake.token, base_url=flashback_fake.base_url)
    response = await call(update_policy, mode, "p1", client=client, body=UpdatePolicyRequest(name="New"))
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert flashback_fake.get_policy("p1")["name"] == "New"  # type: ignore[index]


@pytest.mark.parametrize("mode", MODES)
async def test_plainid(plainid_fake: PlainIdFake, mode: str) -> None:
    from plainid_client.api.policies import upsert_policy

    env, ws = uuid.uuid4(), uuid.uuid4()
    rego = "# METADATA\n# custom:\n#   plainid:\n#     policyId: p-1\npackage policy\n"
    client = policy_clients.plainid(token=plainid_fake.token, base_url=plainid_fake.base_url)
    response = await call(upsert_policy, mode, env, client=client, body=rego, filterauth_ws_id=ws)
    assert response.status_code == 201  # type: ignore[attr-defined]
    assert plainid_fake.policies(str(env), str(ws))["p-1"]["policy"] == rego


@pytest.mark.parametrize("mode", MODES)
async def test_conductorone_client_credentials(conductorone_fake: ConductorOneFake, mode: str) -> None:
    from conductorone_client.api.policies import update_policy
    from conductorone_client.models import Policy, UpdatePolicyRequestInput

    conductorone_fake.seed_policy("pol1")
    credentials = conductorone_fake.new_client_credentials()
    client = policy_clients.conductorone(
        credentials.client_id,
        credentials.client_secret,
        base_url=conductorone_fake.base_url,
        token_url=conductorone_fake.token_url,
    )
    body = UpdatePolicyRequestInput(policy=Policy(display_name="New"), update_mask="displayName")
    response = await call(update_policy, mode, "pol1", client=client, body=body)
    assert response.status_code == 200, response.content  # type: ignore[attr-defined]
    assert conductorone_fake.get_policy("pol1")["displayName"] == "New"  # type: ignore[index]
    assert [r.path for r in conductorone_fake.requests] == ["/auth/v1/token", "/api/v1/policies/pol1"]


@pytest.mark.parametrize("mode", MODES)
async def test_oci_identity(oci_identity_fake: OCIIdentityFake, mode: str) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import UpdatePolicyDetails

    credentials = oci_identity_fake.new_credentials()
    etag = oci_identity_fake.seed_policy("ocid1.policy.oc1..p")
    signer = OCIRequestSigner(
        tenancy=credentials.tenancy,
        user=credentials.user,
        fingerprint=credentials.fingerprint,
        private_key=load_pem_private_key(credentials.private_key_pem, password=None),  # type: ignore[arg-type]
    )
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url)
    response = await call(
        update_policy,
        mode,
        "ocid1.policy.oc1..p",
        client=client,
        body=UpdatePolicyDetails(description="New"),
        if_match=etag,
    )
    assert response.status_code == 200, response.content  # type: ignore[attr-defined]
    assert oci_identity_fake.get_policy("ocid1.policy.oc1..p")["description"] == "New"  # type: ignore[index]
