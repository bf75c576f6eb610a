"""Flashback's whole policy lifecycle through the facade against the fake, sync and async.

Flashback has no etags (no conditional writes), so the walk is create -> get -> list -> validate ->
update -> (empty update refused client-side) -> delete -> get is NotFoundError; violations and alerts
are paged at take=7 over 1,000 records each.
"""

from __future__ import annotations

from typing import Any

import pytest
from flashback_client import errors as flashback_errors
from flashback_client.api.policies import (
    create_policy,
    delete_policy,
    get_policy,
    get_policy_alerts,
    get_policy_alerts_by_policy_id,
    get_policy_violations,
    get_policy_violations_by_policy_id,
    list_policies,
    update_policy,
    validate_policies,
)
from flashback_client.models import (
    ActionType,
    CreatePolicyRequest,
    GetPolicyAlertsResponse,
    GetPolicyViolationsResponse,
    PolicyEnvelope,
    PolicyToValidate,
    PolicyValidationRequest,
    RiskType,
    UpdatePolicyRequest,
    WorkspaceRef,
)

import policy_clients
from policy_clients.testing import FlashbackFake

MODES = ["sync", "async"]
PAGE = 7
RECORDS = 1000


async def call(module: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return module.sync_detailed(*args, **kwargs)
    return await module.asyncio_detailed(*args, **kwargs)


def facade(fake: FlashbackFake) -> Any:
    return policy_clients.flashback(token=fake.token, base_url=fake.base_url)


@pytest.mark.parametrize("mode", MODES)
async def test_policy_lifecycle(flashback_fake: FlashbackFake, mode: str) -> None:
    client = facade(flashback_fake)
    body = CreatePolicyRequest(
        name="PII",
        content="Do not share personal data such as SSNs or card numbers.",
        risk_type=RiskType.HIGH,
        action_type=ActionType.BLOCK,
        org_id="org-1",
        workspace_id="ws-1",
    )
    created = await call(create_policy, mode, client=client, body=body)
    assert created.status_code == 201 and isinstance(created.parsed, PolicyEnvelope)
    policy_id = created.parsed.policy.id

    got = (await call(get_policy, mode, policy_id, client=client)).parsed
    assert isinstance(got, PolicyEnvelope)
    assert (got.policy.name, got.policy.action_type, got.policy.workspace_id) == ("PII", ActionType.BLOCK, "ws-1")
    assert got.policy.workspace == WorkspaceRef(id="ws-1", name="Workspace ws-1")

    listed = (await call(list_policies, mode, client=client, org_id="org-1", workspace_id="ws-1")).parsed
    assert [p.id for p in listed.policies] == [policy_id]
    elsewhere = (await call(list_policies, mode, client=client, org_id="org-1", workspace_id="ws-2")).parsed
    assert elsewhere.policies == []

    review = PolicyValidationRequest(policies=[PolicyToValidate(policy_uuid=policy_id, content=got.policy.content)])
    (result,) = (await call(validate_policies, mode, client=client, body=review)).parsed.results
    assert result.policy_uuid == policy_id and 0 <= result.score <= 100

    updated = await call(
        update_policy, mode, policy_id, client=client, body=UpdatePolicyRequest(action_type=ActionType.ALERT)
    )
    assert updated.parsed.policy.action_type is ActionType.ALERT and updated.parsed.policy.name == "PII"

    sent = len(flashback_fake.requests)
    with pytest.raises(flashback_errors.InvalidRequest):
        await call(update_policy, mode, policy_id, client=client, body=UpdatePolicyRequest())
    assert len(flashback_fake.requests) == sent  # refused before sending

    deleted = await call(delete_policy, mode, policy_id, client=client)
    assert deleted.status_code == 200 and deleted.parsed.success is True
    with pytest.raises(policy_clients.NotFoundError) as caught:
        await call(get_policy, mode, policy_id, client=client)
    assert caught.value.status_code == 404 and caught.value.operation == "getPolicy"
    with pytest.raises(policy_clients.NotFoundError):
        await call(delete_policy, mode, policy_id, client=client)  # a deleted policy cannot be deleted again
    after = (await call(list_policies, mode, client=client, org_id="org-1")).parsed
    assert after.policies == []
    assert flashback_fake.get_policy(policy_id) is None
    assert flashback_fake.get_policy(policy_id, include_deleted=True) is not None


async def walk(module: Any, mode: str, client: Any, key: str, *args: Any, **kwargs: Any) -> list[str]:
    """Page with take/skip until a short or empty page or skip >= total (bounded, in case the fake loops)."""
    ids: list[str] = []
    skip = 0
    for _ in range(RECORDS // PAGE + 3):
        page = (await call(module, mode, *args, client=client, take=PAGE, skip=skip, **kwargs)).parsed
        assert isinstance(page, (GetPolicyViolationsResponse, GetPolicyAlertsResponse))
        items = getattr(page, key)
        assert (page.skip, page.take, page.total) == (skip, PAGE, RECORDS)
        ids += [item.id for item in items]
        skip += len(items)
        if len(items) < PAGE or skip >= page.total:
            return ids
    raise AssertionError("paging did not stop")


@pytest.mark.parametrize("mode", MODES)
async def test_violations_and_alerts_page_every_record_once_in_order(flashback_fake: FlashbackFake, mode: str) -> None:
    flashback_fake.seed_policy("pol-1", workspace_id="ws-1")
    violations = [v["id"] for v in flashback_fake.seed_violations(RECORDS, policy_id="pol-1", workspace_id="ws-1")]
    alerts = [a["id"] for a in flashback_fake.seed_alerts(RECORDS, policy_id="pol-1")]
    client = facade(flashback_fake)

    assert await walk(get_policy_violations, mode, client, "violations") == violations
    assert await walk(get_policy_violations_by_policy_id, mode, client, "violations", "pol-1") == violations
    assert await walk(get_policy_alerts, mode, client, "alerts", policy_id="pol-1") == alerts
    assert await walk(get_policy_alerts_by_policy_id, mode, client, "alerts", "pol-1") == alerts
    assert len(set(violations)) == RECORDS == len(set(alerts))


def test_violation_filters(flashback_fake: FlashbackFake) -> None:
    flashback_fake.seed_policy("pol-1")
    flashback_fake.seed_violations(3, policy_id="pol-1", workspace_id="ws-1", severity="LOW", llmType="openai")
    flashback_fake.seed_violations(2, policy_id="pol-1", workspace_id="ws-2", severity="HIGH", block=True)
    flashback_fake.seed_violations(1, policy_id="pol-1", severity=None, llmType="anthropic")
    client = facade(flashback_fake)

    def total(**query: Any) -> int:
        page = get_policy_violations.sync_detailed(client=client, **query).parsed
        assert isinstance(page, GetPolicyViolationsResponse)
        return page.total

    assert total() == 6
    assert total(workspace_id="ws-2") == 2
    assert total(severity="LOW,HIGH") == 5
    assert total(block=True) == 2
    assert total(llm_type="anthropic") == 1
    assert total(llm_type="openai,anthropic", block=False) == 4
    with pytest.raises(policy_clients.NotFoundError):
        get_policy_violations_by_policy_id.sync_detailed("pol-missing", client=client)
    with pytest.raises(policy_clients.APIError) as caught:
        get_policy_violations.sync_detailed(client=client, take=101)  # the vendor caps take at 100
    assert caught.value.status_code == 400


OPERATIONS: list[tuple[Any, tuple[Any, ...], dict[str, Any]]] = [
    (
        create_policy,
        (),
        {
            "body": CreatePolicyRequest(
                name="n", content="c", risk_type=RiskType.LOW, action_type=ActionType.LOG, org_id="org-fake"
            )
        },
    ),
    (list_policies, (), {"org_id": "org-fake"}),
    (get_policy, ("pol-1",), {}),
    (update_policy, ("pol-1",), {"body": UpdatePolicyRequest(name="x")}),
    (
        validate_policies,
        (),
        {"body": PolicyValidationRequest(policies=[PolicyToValidate(policy_uuid="u", content="c")])},
    ),
    (get_policy_violations, (), {}),
    (get_policy_violations_by_policy_id, ("pol-1",), {}),
    (get_policy_alerts, (), {}),
    (get_policy_alerts_by_policy_id, ("pol-1",), {}),
    (delete_policy, ("pol-1",), {}),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("module", "args", "kwargs"), OPERATIONS, ids=[op[0].OPERATION_ID for op in OPERATIONS])
async def test_faults_apply_to_every_operation(
    flashback_fake: FlashbackFake, mode: str, module: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    flashback_fake.seed_policy("pol-1")
    flashback_fake.faults.fail_next(1, status=503, retry_after="0")
    client = policy_clients.flashback(
        token=flashback_fake.token,
        base_url=flashback_fake.base_url,
        retry=policy_clients.RetryPolicy(max_attempts=2, initial_backoff=0, jitter="none"),
    )
    if module.IDEMPOTENT:
        response = await call(module, mode, *args, client=client, **kwargs)
        assert 200 <= response.status_code < 300
        assert [r.status for r in flashback_fake.requests] == [503, response.status_code]
    else:  # a create is not retried: the 503 reaches the caller and nothing was stored
        with pytest.raises(policy_clients.ServerError):
            await call(module, mode, *args, client=client, **kwargs)
        assert [r.status for r in flashback_fake.requests] == [503]
