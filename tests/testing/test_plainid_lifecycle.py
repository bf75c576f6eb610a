"""PlainID's whole policy lifecycle through the facade against the fake, sync and async.

PlainID has no etags, so the walk is import (Rego and JSON) -> validate -> export as Rego and as JSON ->
search finds it (paged) -> deactivate / activate -> delete -> export is NotFoundError; then a delete
of several policies at once, and the search paged at limit=7 over 1,000 policies.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from plainid_client.api.policies import (
    delete_policy,
    export_policy,
    search_policies,
    update_policy_state,
    upsert_policy,
    validate_policy,
)
from plainid_client.models import (
    ErrorList,
    ExportPolicyAccept,
    ImportPolicyByFormatRequest,
    ImportPolicyByFormatResponse,
    ImportPolicyByFormatResponseData,
    PolicyFormat,
    PolicySearchRequest,
    PolicySearchResponse,
    StatePatchOp,
    StatePatchOpOp,
    StatePatchOpPath,
)
from plainid_client.models.import_policy_by_format_request_policy_type_1 import ImportPolicyByFormatRequestPolicyType1

import policy_clients
from policy_clients.testing import PlainIdFake

MODES = ["sync", "async"]
REGO_ACCEPT = ExportPolicyAccept.TEXTPLAINLANGUAGEREGO
JSON_ACCEPT = ExportPolicyAccept.APPLICATIONJSON
PAGE = 7
POLICIES = 1000


def rego(policy_id: str, name: str = "Accounts") -> str:
    return (
        f"# METADATA\n# custom:\n#   plainid:\n#     policyId: {policy_id}\n#     name: {name}\n"
        "#     accessType: Allow\npackage policy\nimport rego.v1\n"
    )


async def call(module: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return module.sync_detailed(*args, **kwargs)
    return await module.asyncio_detailed(*args, **kwargs)


def facade(fake: PlainIdFake) -> Any:
    return policy_clients.plainid(token=fake.token, base_url=fake.base_url)


def state(value: bool) -> list[StatePatchOp]:
    return [StatePatchOp(op=StatePatchOpOp.REPLACE, path=StatePatchOpPath.VALUE_0, value=value)]


async def search(mode: str, client: Any, env: uuid.UUID, body: PolicySearchRequest, **paging: Any) -> Any:
    response = await call(search_policies, mode, env, client=client, body=body, **paging)
    assert isinstance(response.parsed, PolicySearchResponse)
    return response.parsed


@pytest.mark.parametrize("mode", MODES)
async def test_policy_lifecycle(plainid_fake: PlainIdFake, mode: str) -> None:
    env, ws = uuid.uuid4(), uuid.uuid4()
    client = facade(plainid_fake)
    scope: dict[str, Any] = {"client": client, "filterauth_ws_id": ws}

    imported = await call(upsert_policy, mode, env, body=rego("p-1"), **scope)
    assert imported.status_code == 201 and imported.parsed == rego("p-1")
    native = ImportPolicyByFormatRequestPolicyType1.from_dict(
        {"policyId": "n-1", "name": "Bank", "accessType": "Allow"}
    )
    as_json = await call(
        upsert_policy, mode, env, body=ImportPolicyByFormatRequest(format_=PolicyFormat.JSON, policy=native), **scope
    )
    assert as_json.status_code == 201 and isinstance(as_json.parsed, ImportPolicyByFormatResponse)

    valid = await call(validate_policy, mode, env, body=rego("p-1"), **scope)
    assert valid.status_code == 200 and valid.parsed.data.format_ is PolicyFormat.REGO
    with pytest.raises(policy_clients.APIError) as invalid:
        await call(validate_policy, mode, env, body="not rego at all", **scope)
    assert invalid.value.status_code == 400 and isinstance(invalid.value.error_model, ErrorList)
    assert set(plainid_fake.policies(str(env), str(ws))) == {"p-1", "n-1"}  # validate stored nothing

    exported = await call(export_policy, mode, env, filterid="p-1", accept=REGO_ACCEPT, **scope)
    assert exported.parsed == rego("p-1") and exported.headers["content-type"] == "text/plain;language=rego"
    exported_json = await call(export_policy, mode, env, filterid="p-1", accept=JSON_ACCEPT, **scope)
    assert isinstance(exported_json.parsed, ImportPolicyByFormatResponse)
    data = exported_json.parsed.data
    assert isinstance(data, ImportPolicyByFormatResponseData)
    assert data.policy == rego("p-1") and data.format_ is PolicyFormat.REGO
    native_out = await call(export_policy, mode, env, filterid="n-1", accept=JSON_ACCEPT, **scope)
    assert native_out.parsed.data.policy.to_dict()["name"] == "Bank"
    with pytest.raises(policy_clients.APIError):  # a native policy has no Rego form
        await call(export_policy, mode, env, filterid="n-1", accept=REGO_ACCEPT, **scope)

    found = await search(mode, client, env, PolicySearchRequest(authz_ws_ids=[ws]))
    assert [(p.id, p.name, p.state) for p in found.data] == [("p-1", "Accounts", "Active"), ("n-1", "Bank", "Active")]
    assert found.total == 2

    assert (await call(update_policy_state, mode, env, body=state(False), filterid="p-1", **scope)).status_code == 204
    inactive = await search(mode, client, env, PolicySearchRequest(state="inactive"))
    assert [p.id for p in inactive.data] == ["p-1"] and inactive.data[0].state == "Inactive"
    assert plainid_fake.policy_state(str(env), str(ws), "p-1") == "inactive"
    assert (await call(update_policy_state, mode, env, body=state(True), filterid="p-1", **scope)).status_code == 204
    assert (await search(mode, client, env, PolicySearchRequest(state="inactive"))).data == []

    deleted = await call(delete_policy, mode, env, filterid="p-1", **scope)
    assert deleted.status_code == 204 and deleted.parsed is None
    with pytest.raises(policy_clients.NotFoundError) as caught:
        await call(export_policy, mode, env, filterid="p-1", accept=REGO_ACCEPT, **scope)
    assert caught.value.operation == "exportPolicy" and "PUA-033" in str(caught.value)
    with pytest.raises(policy_clients.NotFoundError):
        await call(delete_policy, mode, env, filterid="p-1", **scope)
    with pytest.raises(policy_clients.NotFoundError):
        await call(update_policy_state, mode, env, body=state(False), filterid="p-1", **scope)
    assert [p.id for p in (await search(mode, client, env, PolicySearchRequest())).data] == ["n-1"]


@pytest.mark.parametrize("mode", MODES)
async def test_delete_many_is_all_or_nothing(plainid_fake: PlainIdFake, mode: str) -> None:
    env, ws = uuid.uuid4(), uuid.uuid4()
    client = facade(plainid_fake)
    for policy_id in ("a", "b", "c"):
        plainid_fake.seed_policy(str(env), str(ws), policy_id, rego(policy_id))
    with pytest.raises(policy_clients.NotFoundError):
        await call(delete_policy, mode, env, client=client, filterauth_ws_id=ws, filteridin=["a", "missing"])
    assert set(plainid_fake.policies(str(env), str(ws))) == {"a", "b", "c"}
    deleted = await call(delete_policy, mode, env, client=client, filterauth_ws_id=ws, filteridin=["a", "c"])
    assert deleted.status_code == 204
    assert set(plainid_fake.policies(str(env), str(ws))) == {"b"}
    with pytest.raises(policy_clients.APIError) as caught:  # neither filter[id] nor filter[id][in]
        await call(delete_policy, mode, env, client=client, filterauth_ws_id=ws)
    assert caught.value.status_code == 400


@pytest.mark.parametrize("mode", MODES)
async def test_search_pages_every_policy_once_in_order(plainid_fake: PlainIdFake, mode: str) -> None:
    env, ws = uuid.uuid4(), uuid.uuid4()
    expected = [f"p-{index:04d}" for index in range(POLICIES)]
    for policy_id in expected:
        plainid_fake.seed_policy(str(env), str(ws), policy_id, rego(policy_id))
    plainid_fake.seed_policy(str(env), str(uuid.uuid4()), "other-ws", rego("other-ws"))
    client = facade(plainid_fake)
    body = PolicySearchRequest(authz_ws_ids=[ws])
    seen: list[str] = []
    for _ in range(POLICIES // PAGE + 3):  # bounded, in case paging never stops
        page = await search(mode, client, env, body, limit=PAGE, offset=len(seen))
        assert (page.limit, page.offset, page.total) == (PAGE, len(seen), POLICIES)
        seen += [p.id for p in page.data]
        if len(page.data) < PAGE or len(seen) >= page.total:
            break
    assert seen == expected
    detailed = await search(mode, client, env, PolicySearchRequest(detailed=True), limit=50)
    assert detailed.limit == 10 and len(detailed.data) == 10  # the vendor caps detailed pages at 10


OPERATIONS: list[tuple[Any, dict[str, Any]]] = [
    (upsert_policy, {"body": rego("p-1")}),
    (validate_policy, {"body": rego("p-1")}),
    (export_policy, {"filterid": "p-1", "accept": JSON_ACCEPT}),
    (update_policy_state, {"body": state(False), "filterid": "p-1"}),
    (delete_policy, {"filterid": "p-1"}),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("module", "kwargs"), OPERATIONS, ids=[op[0].OPERATION_ID for op in OPERATIONS])
async def test_faults_apply_to_every_operation(
    plainid_fake: PlainIdFake, mode: str, module: Any, kwargs: dict[str, Any]
) -> None:
    env, ws = uuid.uuid4(), uuid.uuid4()
    plainid_fake.seed_policy(str(env), str(ws), "p-1", rego("p-1"))
    plainid_fake.faults.fail_next(1, status=503, retry_after="0")
    plainid_fake.faults.non_json_next(1, status=502)
    client = policy_clients.plainid(
        token=plainid_fake.token,
        base_url=plainid_fake.base_url,
        retry=policy_clients.RetryPolicy(max_attempts=3, initial_backoff=0, jitter="none"),
    )
    response = await call(module, mode, env, client=client, filterauth_ws_id=ws, **kwargs)
    assert 200 <= response.status_code < 300
    assert [r.status for r in plainid_fake.requests] == [503, 502, response.status_code]


@pytest.mark.parametrize("mode", MODES)
async def test_faults_apply_to_search(plainid_fake: PlainIdFake, mode: str) -> None:
    env = uuid.uuid4()
    plainid_fake.faults.drop_connection_next(1)
    client = policy_clients.plainid(
        token=plainid_fake.token,
        base_url=plainid_fake.base_url,
        retry=policy_clients.RetryPolicy(max_attempts=2, initial_backoff=0, jitter="none"),
    )
    page = await search(mode, client, env, PolicySearchRequest())
    assert page.data == [] and page.total == 0
    assert [r.status for r in plainid_fake.requests] == [None, 200]
