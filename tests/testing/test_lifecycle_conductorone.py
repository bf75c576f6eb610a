"""ConductorOne's policy lifecycle through the facade against its fake, sync and async, and the wire forms
the spec pins down (wire keys, protobuf durations, 64-bit integers as strings, an optional update body,
either security scheme).

ConductorOne has no etags: an update is a field-masked replace, with no precondition.
"""

from __future__ import annotations

from typing import Any

import pytest

import policy_clients
from policy_clients.testing import ConductorOneFake

MODES = ["sync", "async"]
TOKEN = "c1-static-token"
POLICIES = 1_000
PAGE_SIZE = 7
MAX_PAGES = POLICIES // PAGE_SIZE + 2


async def call(module: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return module.sync_detailed(*args, **kwargs)
    return await module.asyncio_detailed(*args, **kwargs)


@pytest.fixture
def fake() -> Any:
    with ConductorOneFake(token=TOKEN) as server:
        yield server


def client_for(fake: ConductorOneFake) -> Any:
    return policy_clients.conductorone(access_token=TOKEN, base_url=fake.base_url)


@pytest.mark.parametrize("mode", MODES)
async def test_create_get_list_update_search_delete(fake: ConductorOneFake, mode: str) -> None:
    from conductorone_client.api.policies import create_policy, delete_policy, get_policy, list_policies, update_policy
    from conductorone_client.api.policy_search import search_policies
    from conductorone_client.models import (
        CreatePolicyRequest,
        Policy,
        PolicyPolicyType,
        SearchPoliciesRequest,
        UpdatePolicyRequestInput,
    )

    seeded = [
        fake.seed_policy(f"seed-{index:04d}", display_name=f"Seed {index}")["id"] for index in range(POLICIES - 1)
    ]
    client = client_for(fake)

    created = await call(
        create_policy,
        mode,
        client=client,
        body=CreatePolicyRequest(display_name="Prod access", policy_type=PolicyPolicyType.POLICY_TYPE_GRANT),
    )
    assert created.status_code == 200, created.content
    policy_id = created.parsed.policy.id
    assert isinstance(policy_id, str) and policy_id

    got = await call(get_policy, mode, policy_id, client=client)
    assert (got.parsed.policy.display_name, got.parsed.policy.policy_type) == ("Prod access", "POLICY_TYPE_GRANT")

    # Paging at the raw operation: every policy once, in creation order, the new one last.
    listed: list[str] = []
    token: str | None = None
    for _ in range(MAX_PAGES):
        page = await call(list_policies, mode, client=client, page_size=PAGE_SIZE, page_token=token or None)
        assert len(page.parsed.list_) <= PAGE_SIZE
        listed += [policy.id for policy in page.parsed.list_]
        token = page.parsed.next_page_token if isinstance(page.parsed.next_page_token, str) else None
        if not token:
            break
    assert listed == [*seeded, policy_id]

    mask = UpdatePolicyRequestInput(
        policy=Policy(
            display_name="Production access",
            description="Manager approval",
            policy_type=PolicyPolicyType.POLICY_TYPE_REVOKE,
        ),
        update_mask="displayName,description",
    )
    updated = await call(update_policy, mode, policy_id, client=client, body=mask)
    after = updated.parsed.policy
    assert (after.display_name, after.description, after.policy_type) == (
        "Production access",
        "Manager approval",
        "POLICY_TYPE_GRANT",  # not in the mask: unchanged
    )

    found = await call(search_policies, mode, client=client, body=SearchPoliciesRequest(display_name="production"))
    assert [policy.id for policy in found.parsed.list_] == [policy_id]

    deleted = await call(delete_policy, mode, policy_id, client=client)
    assert deleted.status_code == 200
    with pytest.raises(policy_clients.NotFoundError) as info:
        await call(get_policy, mode, policy_id, client=client)
    assert (info.value.status_code, info.value.operation) == (404, "getPolicy")
    assert info.value.detail == f"policy {policy_id} not found"


@pytest.mark.parametrize("mode", MODES)
async def test_search_pages_through_the_body(fake: ConductorOneFake, mode: str) -> None:
    from conductorone_client.api.policy_search import search_policies
    from conductorone_client.models import PolicyPolicyType, SearchPoliciesRequest

    for index in range(60):
        kind = "POLICY_TYPE_GRANT" if index % 2 else "POLICY_TYPE_REVOKE"
        fake.seed_policy(f"p{index:02d}", display_name=f"Team {index}", policy_type=kind)
    client = client_for(fake)
    request = SearchPoliciesRequest(query="team", policy_types=[PolicyPolicyType.POLICY_TYPE_GRANT], page_size=7)
    found: list[str] = []
    for _ in range(10):
        page = await call(search_policies, mode, client=client, body=request)
        found += [policy.id for policy in page.parsed.list_]
        token = page.parsed.next_page_token
        if not isinstance(token, str) or not token:
            break
        request.page_token = token
    assert found == [f"p{index:02d}" for index in range(1, 60, 2)]
    bodies = [r.json for r in fake.requests]
    assert [b.get("pageSize") for b in bodies] == [7, 7, 7]  # sizes below 10 are raised to 10 by the server
    assert "pageToken" not in bodies[0] and bodies[1]["pageToken"] and bodies[2]["pageToken"]


@pytest.mark.parametrize("mode", MODES)
async def test_generated_iterators_walk_1000_policies_at_page_size_7(fake: ConductorOneFake, mode: str) -> None:
    from conductorone_client.api.policies import list_policies
    from conductorone_client.api.policy_search import search_policies
    from conductorone_client.models import SearchPoliciesRequest

    seeded = [fake.seed_policy(f"p-{i:04d}", display_name=f"Team {i}")["id"] for i in range(POLICIES)]
    client = client_for(fake)
    request = SearchPoliciesRequest(query="team", page_size=PAGE_SIZE)
    if mode == "sync":
        listed = [policy.id for policy in list_policies.iterate(client=client, page_size=PAGE_SIZE)]
        found = [policy.id for policy in search_policies.iterate(client=client, body=request)]
    else:
        listed = [policy.id async for policy in list_policies.aiterate(client=client, page_size=PAGE_SIZE)]
        found = [policy.id async for policy in search_policies.aiterate(client=client, body=request)]
    assert listed == seeded and found == seeded
    calls = [r for r in fake.requests if r.operation_id == "listPolicies"]
    assert len(calls) == -(-POLICIES // PAGE_SIZE)  # one request per page, none after the last
    assert all(r.query["page_size"] == ["7"] for r in calls)
    searches = [r for r in fake.requests if r.operation_id == "searchPolicies"]
    assert len(searches) == POLICIES // 10  # the server raises page sizes below 10 to 10


def test_list_sends_snake_case_query_names(fake: ConductorOneFake) -> None:
    from conductorone_client.api.policies import list_policies

    fake.seed_policy("p1")
    fake.seed_policy("p2")
    first: Any = list_policies.sync_detailed(client=client_for(fake), page_size=1).parsed
    token = first.next_page_token
    assert isinstance(token, str) and token
    second: Any = list_policies.sync_detailed(client=client_for(fake), page_size=1, page_token=token).parsed
    assert [p.id for p in (*first.list_, *second.list_)] == ["p1", "p2"] and not second.next_page_token
    assert fake.last_request.query == {"page_size": ["1"], "page_token": [token]}


def test_a_bad_page_token_is_a_typed_400(fake: ConductorOneFake) -> None:
    from conductorone_client.api.policies import list_policies

    with pytest.raises(policy_clients.APIError) as info:
        list_policies.sync_detailed(client=client_for(fake), page_token="not a token")
    assert info.value.status_code == 400 and info.value.detail == "invalid page token"


def test_the_manual_provision_assignee_travels_under_its_wire_key(fake: ConductorOneFake) -> None:
    from conductorone_client.api.policies import create_policy, get_policy
    from conductorone_client.models import (
        CreatePolicyRequest,
        ManualProvision,
        PolicyPolicyStepsMap,
        PolicyStep,
        PolicySteps,
        Provision,
        ProvisionerAssignment,
        ProvisionPolicy,
        UserProvisioner,
    )

    assignee = ProvisionerAssignment(users=UserProvisioner(allow_reassignment=True, user_ids=["u1"]))
    step = PolicyStep(provision=Provision(provision_policy=ProvisionPolicy(manual=ManualProvision(assignee=assignee))))
    steps = PolicyPolicyStepsMap()
    steps["grant"] = PolicySteps(steps=[step])
    client = client_for(fake)
    created: Any = create_policy.sync_detailed(
        client=client, body=CreatePolicyRequest(display_name="M", policy_steps=steps)
    )
    sent_step = fake.last_request.json["policySteps"]["grant"]["steps"][0]
    assert sent_step["provision"]["provisionPolicy"]["manual"] == {
        "assignee": {"users": {"allowReassignment": True, "userIds": ["u1"]}}
    }
    read: Any = get_policy.sync_detailed(created.parsed.policy.id, client=client).parsed
    manual = read.policy.policy_steps["grant"].steps[0].provision.provision_policy.manual
    assert manual.assignee.users.user_ids == ["u1"]


def test_durations_are_protobuf_seconds_strings_and_iso_8601_is_refused(fake: ConductorOneFake) -> None:
    from conductorone_client.api.policies import create_policy

    def body(duration: str) -> dict[str, Any]:
        wait = {"wait": {"timeoutDuration": duration, "duration": {"duration": duration}}}
        return {"displayName": "W", "policySteps": {"grant": {"steps": [wait]}}}

    client = client_for(fake).get_httpx_client()
    ok = client.post("/api/v1/policies", json=body("3600s"))
    fraction = client.post("/api/v1/policies", json=body("0.5s"))
    assert (ok.status_code, fraction.status_code) == (200, 200)
    stored = fake.get_policy(ok.json()["policy"]["id"])
    assert stored is not None and stored["policySteps"]["grant"]["steps"][0]["wait"]["timeoutDuration"] == "3600s"
    with pytest.raises(policy_clients.APIError) as info:
        create_policy.sync_detailed(client=client_for(fake), body=_model(body("PT1H")))
    assert info.value.status_code == 400 and "PT1H" in (info.value.detail or "")


def test_64_bit_integers_travel_as_strings(fake: ConductorOneFake) -> None:
    from conductorone_client.models import Escalation

    escalation = Escalation(expiration="86400", escalation_comment="late")
    assert escalation.to_dict()["expiration"] == "86400"
    approval = {"approval": {"escalation": {"expiration": "86400"}, "escalationEnabled": True}}
    client = client_for(fake).get_httpx_client()
    ok = client.post("/api/v1/policies", json={"displayName": "E", "policySteps": {"grant": {"steps": [approval]}}})
    assert ok.status_code == 200
    assert ok.json()["policy"]["policySteps"]["grant"]["steps"][0]["approval"]["escalation"]["expiration"] == "86400"
    approval["approval"]["escalation"]["expiration"] = 86400  # type: ignore[index]
    with pytest.raises(policy_clients.APIError) as info:
        client.post("/api/v1/policies", json={"displayName": "E", "policySteps": {"grant": {"steps": [approval]}}})
    assert info.value.status_code == 400


def test_update_without_a_body_is_sent_without_one_and_passes_the_spec(fake: ConductorOneFake) -> None:
    from conductorone_client.api.policies import update_policy

    fake.seed_policy("p1")
    with pytest.raises(policy_clients.APIError) as info:
        update_policy.sync_detailed("p1", client=client_for(fake))
    request = fake.last_request
    assert (request.body, request.problems) == (b"", ())  # the spec allows it: the fake's handler answered
    assert info.value.status_code == 400 and info.value.detail == "policy is required"


def test_delete_without_a_body_and_with_the_empty_one(fake: ConductorOneFake) -> None:
    from conductorone_client.api.policies import delete_policy
    from conductorone_client.models import DeletePolicyRequestInput

    fake.seed_policy("p1")
    fake.seed_policy("p2")
    client = client_for(fake)
    assert delete_policy.sync_detailed("p1", client=client).status_code == 200
    assert fake.last_request.body == b""
    assert delete_policy.sync_detailed("p2", client=client, body=DeletePolicyRequestInput()).status_code == 200
    assert fake.last_request.json == {}
    assert fake.get_policy("p1") is None and fake.deleted_policy("p1") is not None


@pytest.mark.parametrize("mode", MODES)
async def test_either_security_scheme_alone_is_enough(fake: ConductorOneFake, mode: str) -> None:
    from conductorone_client.api.policies import get_policy

    fake.seed_policy("p1")
    credentials = fake.new_client_credentials()
    oauth = policy_clients.conductorone(
        credentials.client_id, credentials.client_secret, base_url=fake.base_url, token_url=fake.token_url
    )
    for client in (client_for(fake), oauth):
        assert (await call(get_policy, mode, "p1", client=client)).status_code == 200
    api_calls = [r for r in fake.requests if r.operation_id == "getPolicy"]
    assert [r.headers["authorization"].split(" ")[0] for r in api_calls] == ["Bearer", "Bearer"]


def test_the_spec_lists_the_security_schemes_as_alternatives_and_names_tenant_domain() -> None:
    spec = _spec()
    assert spec["servers"][0]["url"] == "https://{tenantDomain}.conductor.one"
    assert set(spec["servers"][0]["variables"]) == {"tenantDomain"}
    operations = [
        op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict) and "responses" in op
    ]
    assert len(operations) == 6
    assert all(op["security"] == [{"bearerAuth": []}, {"oauth": []}] for op in operations)
    assert '"format": "duration"' not in _spec_text()


@pytest.mark.parametrize("mode", MODES)
async def test_a_failed_create_is_not_retried_but_a_search_is(fake: ConductorOneFake, mode: str) -> None:
    from conductorone_client.api.policies import create_policy
    from conductorone_client.api.policy_search import search_policies
    from conductorone_client.models import CreatePolicyRequest, SearchPoliciesRequest

    async def no_wait(seconds: float) -> None:
        return None

    retry = policy_clients.RetryPolicy(max_attempts=3, sleep=lambda seconds: None, async_sleep=no_wait)
    client = policy_clients.conductorone(access_token=TOKEN, base_url=fake.base_url, retry=retry)
    fake.faults.fail_next(1, status=503)
    with pytest.raises(policy_clients.ServerError) as info:
        await call(create_policy, mode, client=client, body=CreatePolicyRequest(display_name="Once"))
    assert len(info.value.attempt_history) == 1  # no retry token: a second create could make a second policy
    fake.faults.fail_next(1, status=503)
    searched = await call(search_policies, mode, client=client, body=SearchPoliciesRequest(query="x"))
    assert searched.status_code == 200
    assert [r.status for r in fake.requests] == [503, 503, 200]


# Fields the vendor's current SDK (TypeScript 1.2.x) has and its Sep 2025 spec lacks, by wire key.
NEW_FIELDS = {
    "AppGroupApproval": ("fallbackGroupIds", "isGroupFallbackEnabled", "requireDistinctApprovers"),
    "EntitlementOwnerApproval": ("fallbackGroupIds", "isGroupFallbackEnabled", "requireDistinctApprovers"),
    "ExpressionApproval": ("fallbackGroupIds", "isGroupFallbackEnabled", "requireDistinctApprovers"),
    "ManagerApproval": ("fallbackGroupIds", "isGroupFallbackEnabled", "requireDistinctApprovers"),
    "ResourceOwnerApproval": ("fallbackGroupIds", "isGroupFallbackEnabled", "requireDistinctApprovers"),
    "SelfApproval": ("fallbackGroupIds", "isGroupFallbackEnabled"),
    "AppOwnerApproval": ("requireDistinctApprovers",),
    "UserApproval": ("requireDistinctApprovers",),
    "Escalation": ("cancelTicket", "skipStep"),
    "PolicyStep": ("action",),
    "ProvisionPolicy": ("action",),
    "ManualProvision": ("assignee",),
    "Wait": ("duration", "untilTime"),
    "form.v1.Form": ("fieldGroups",),
    "form.v1.Field": (
        "adminConfig",
        "fileField",
        "int64Field",
        "oauth2Field",
        "required",
        "sharedConfig",
        "stringMapField",
        "userConfig",
    ),
    "form.v1.StringField": ("pickerField", "selectField"),
    "form.v1.StringSliceField": ("pickerField",),
    "form.v1.BoolField": ("toggleField",),
    "form.v1.TextField": ("suffix",),
    "form.v1.FieldRelationship": ("dependentOn",),
}


def test_the_schemas_carry_every_field_of_the_current_sdk() -> None:
    schemas = _spec()["components"]["schemas"]
    missing = [
        f"{name}.{key}" for name, keys in NEW_FIELDS.items() for key in keys if key not in schemas[name]["properties"]
    ]
    assert missing == []
    assert sum(len(keys) for keys in NEW_FIELDS.values()) == 41
    # Non-nullable where the SDK says so; AppGroupApproval's isGroupFallbackEnabled alone is nullable.
    assert schemas["ManagerApproval"]["properties"]["isGroupFallbackEnabled"]["type"] == "boolean"
    assert schemas["AppGroupApproval"]["properties"]["isGroupFallbackEnabled"]["type"] == ["boolean", "null"]


def test_list_and_search_describe_their_paging_for_the_iterator_template() -> None:
    paths = _spec()["paths"]
    assert paths["/api/v1/policies"]["get"]["x-pagination"] == {
        "items": "list",
        "pageSize": {"in": "query", "name": "page_size"},
        "cursor": {
            "request": {"in": "query", "name": "page_token"},
            "response": {"in": "body", "name": "nextPageToken"},
        },
    }
    assert paths["/api/v1/search/policies"]["post"]["x-pagination"] == {
        "items": "list",
        "pageSize": {"in": "body", "name": "pageSize"},
        "cursor": {"request": {"in": "body", "name": "pageToken"}, "response": {"in": "body", "name": "nextPageToken"}},
    }


def _model(value: dict[str, Any]) -> Any:
    from conductorone_client.models import CreatePolicyRequest

    return CreatePolicyRequest.from_dict(value)


def _spec_text() -> str:
    import importlib.resources

    return importlib.resources.files("conductorone_client").joinpath("openapi.json").read_text(encoding="utf-8")


def _spec() -> dict[str, Any]:
    import json

    spec: dict[str, Any] = json.loads(_spec_text())
    return spec
