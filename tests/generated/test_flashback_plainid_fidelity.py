"""Spec fidelity of the Flashback and PlainID packages (issue 9), on the wire against a scripted 127.0.0.1 server.

Flashback: an `actionType` integer the spec does not list survives parse and re-send; `WorkspaceRef` /
`RepoRef` need `id` and `name`; an empty update (`minProperties: 1`) is refused before anything is sent.
PlainID: export picks Rego or JSON with the `accept` argument.
"""

from __future__ import annotations

import inspect
import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from flashback_client import AuthenticatedClient as FlashbackClient
from flashback_client import errors as flashback_errors
from flashback_client.api.policies import update_policy
from flashback_client.models import ActionType, PolicyDTO, UpdatePolicyRequest, UpdatePolicyResponse, WorkspaceRef
from plainid_client import AuthenticatedClient as PlainIdClient
from plainid_client.api.policies import export_policy
from plainid_client.models import ExportPolicyAccept, ImportPolicyByFormatResponse, ImportPolicyByFormatResponseData

from .conftest import Scripted

POLICY = {
    "id": "p1",
    "orgId": "o1",
    "name": "PII",
    "content": "no PII",
    "riskType": "HIGH",
    "actionType": 2,
    "createdBy": {"id": "u1", "name": "A", "lastName": "B", "email": "a@example.com"},
    "createdAt": "2024-01-15T10:30:00.000Z",
    "lastUpdatedBy": {"id": "u2", "name": "C", "lastName": "D", "email": "c@example.com"},
    "lastUpdatedAt": "2024-01-20T14:15:00.000Z",
    "workspaceId": "w1",
    "repoId": None,
    "workspace": {"id": "w1", "name": "Production"},
}
REGO = "# METADATA\n# custom:\n#   plainid:\n#     policyId: p-1\npackage policy\n"


def both(sync: Callable[..., Any], asyncio: Callable[..., Awaitable[Any]]) -> list[Any]:
    return [pytest.param(sync, id="sync"), pytest.param(asyncio, id="async")]


def headers(scripted: Scripted) -> dict[str, str]:
    return {name.lower(): value for name, value in scripted.requests[-1].headers.items()}


async def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    result = fn(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


@pytest.mark.parametrize("fn", both(update_policy.sync_detailed, update_policy.asyncio_detailed))
async def test_unknown_action_type_integer_round_trips(scripted: Scripted, fn: Any) -> None:
    scripted.reply(200, {"success": True, "policy": {**POLICY, "actionType": 7}})
    client = FlashbackClient(base_url=scripted.url, token="t")
    response = await call(fn, "p1", client=client, body=UpdatePolicyRequest(name="PII"))
    action = response.parsed.policy.action_type
    assert isinstance(response.parsed, UpdatePolicyResponse)
    assert isinstance(action, ActionType) and action.value == 7 and not action.is_known
    assert response.parsed.policy.to_dict()["actionType"] == 7
    scripted.responses.clear()
    scripted.reply(200, {"success": True, "policy": POLICY})
    await call(fn, "p1", client=client, body=UpdatePolicyRequest(action_type=action))
    assert json.loads(scripted.requests[-1].body) == {"actionType": 7}
    assert ActionType(2) is ActionType.BLOCK and ActionType.BLOCK.is_known


@pytest.mark.parametrize("missing", ["id", "name"])
@pytest.mark.parametrize("ref", ["workspace", "repo"])
def test_workspace_and_repo_refs_need_id_and_name(scripted: Scripted, ref: str, missing: str) -> None:
    named = {"id": "x1", "name": "X"}
    scripted.reply(200, {"success": True, "policy": {**POLICY, ref: {k: v for k, v in named.items() if k != missing}}})
    client = FlashbackClient(base_url=scripted.url, token="t")
    with pytest.raises(flashback_errors.MalformedResponse) as caught:
        update_policy.sync_detailed("p1", client=client, body=UpdatePolicyRequest(name="n"))
    assert caught.value.status_code == 200 and missing in caught.value.reason
    assert WorkspaceRef.from_dict(named).to_dict() == named
    assert PolicyDTO.from_dict(POLICY).workspace == WorkspaceRef(id="w1", name="Production")


@pytest.mark.parametrize("fn", both(update_policy.sync_detailed, update_policy.asyncio_detailed))
async def test_empty_update_is_refused_before_sending(scripted: Scripted, fn: Any) -> None:
    scripted.reply(200, {"success": True, "policy": POLICY})
    client = FlashbackClient(base_url=scripted.url, token="t")
    with pytest.raises(flashback_errors.InvalidRequest) as caught:
        await call(fn, "p1", client=client, body=UpdatePolicyRequest())
    assert isinstance(caught.value, ValueError)
    assert caught.value.operation == "updatePolicy" and "at least 1" in str(caught.value)
    assert scripted.requests == []
    unknown_only = UpdatePolicyRequest()
    unknown_only["newField"] = "x"  # a field this client does not know still counts as a property
    await call(fn, "p1", client=client, body=unknown_only)
    assert json.loads(scripted.requests[-1].body) == {"newField": "x"}


@pytest.mark.parametrize("fn", both(export_policy.sync_detailed, export_policy.asyncio_detailed))
async def test_plainid_export_asks_for_rego_or_json(scripted: Scripted, fn: Any) -> None:
    env, ws = uuid.UUID(int=1), uuid.UUID(int=2)
    client = PlainIdClient(base_url=scripted.url, token="t")
    scripted.reply(200, REGO.encode(), {"Content-Type": "text/plain;language=rego"})
    rego = await call(
        fn, env, client=client, filterauth_ws_id=ws, filterid="p-1", accept=ExportPolicyAccept.TEXTPLAINLANGUAGEREGO
    )
    assert rego.parsed == REGO
    assert headers(scripted)["accept"] == "text/plain;language=rego"
    assert "filter%5Bid%5D=p-1" in scripted.requests[-1].path
    scripted.responses.clear()
    scripted.reply(200, {"data": {"format": "rego", "policy": REGO, "isPolicyCompleted": True}})
    as_json = await call(
        fn, env, client=client, filterauth_ws_id=ws, filterid="p-1", accept=ExportPolicyAccept.APPLICATIONJSON
    )
    assert isinstance(as_json.parsed, ImportPolicyByFormatResponse)
    assert isinstance(as_json.parsed.data, ImportPolicyByFormatResponseData)
    assert as_json.parsed.data.policy == REGO
    assert headers(scripted)["accept"] == "application/json"
