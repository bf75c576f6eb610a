"""What the templates fix in the stock generator, checked on the wire against a scripted 127.0.0.1 server."""

from __future__ import annotations

import inspect
import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from conductorone_client import AuthenticatedClient as C1Client
from conductorone_client.api.policies import update_policy as c1_update
from conductorone_client.models import Policy as C1Policy
from conductorone_client.models import UpdatePolicyRequestInput, UpdatePolicyResponse
from flashback_client import AuthenticatedClient as FlashbackClient
from flashback_client.api.policies import update_policy as flashback_update
from flashback_client.models import RiskType, UpdatePolicyRequest
from flashback_client.models import UpdatePolicyResponse as FlashbackResponse
from oci_identity_client import AuthenticatedClient as OciClient
from oci_identity_client import errors as oci_errors
from oci_identity_client.api.policies import update_policy as oci_update
from oci_identity_client.models import Policy as OciPolicy
from oci_identity_client.models import PolicyLifecycleState, UpdatePolicyDetails
from oso_cloud_client import AuthenticatedClient as OsoClient
from oso_cloud_client.api.policy import post_policy
from oso_cloud_client.models import ApiResult, OtherSavePolicyError, ValidationSavePolicyError
from oso_cloud_client.models import Policy as OsoPolicy
from plainid_client import AuthenticatedClient as PlainIdClient
from plainid_client.api.policies import upsert_policy
from plainid_client.models import ImportPolicyByFormatRequest, ImportPolicyByFormatResponse, PolicyFormat

from .conftest import Scripted

OCI_POLICY = {
    "id": "ocid1.policy.oc1..aaa",
    "compartmentId": "ocid1.tenancy.oc1..bbb",
    "name": "ops",
    "statements": ["Allow group ops to manage all-resources in tenancy"],
    "description": "ops policy",
    "timeCreated": "2026-01-02T03:04:05.000Z",
    "lifecycleState": "ACTIVE",
}
FLASHBACK_POLICY = {
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
    "workspaceId": None,
    "repoId": None,
}
ENV, WS = uuid.UUID(int=1), uuid.UUID(int=2)


def both(sync: Callable[..., Any], asyncio: Callable[..., Awaitable[Any]]) -> list[Any]:
    return [pytest.param(sync, id="sync"), pytest.param(asyncio, id="async")]


async def call(fn: Callable[..., Any], **kwargs: Any) -> Any:
    result = fn(**kwargs)
    return await result if inspect.isawaitable(result) else result


# --- every package's update operation, sync and async --------------------------------------------------


@pytest.mark.parametrize("fn", both(oci_update.sync_detailed, oci_update.asyncio_detailed))
async def test_oci_update_sends_if_match_and_types_etag_and_request_id(scripted: Scripted, fn: Any) -> None:
    scripted.reply(200, OCI_POLICY, {"etag": "v2", "opc-request-id": "req-1"})
    client = OciClient(base_url=scripted.url, token="t")
    response = await call(
        fn, client=client, policy_id="ocid1.policy.oc1..aaa", body=UpdatePolicyDetails(description="new"), if_match="v1"
    )
    assert isinstance(response.parsed, OciPolicy)
    assert response.parsed.lifecycle_state is PolicyLifecycleState.ACTIVE
    assert response.parsed_headers.etag == "v2"
    assert response.parsed_headers.opc_request_id == "req-1"
    sent = scripted.requests[0]
    assert (sent.method, sent.path) == ("PUT", "/20160918/policies/ocid1.policy.oc1..aaa")
    assert sent.headers["if-match"] == "v1"
    assert json.loads(sent.body) == {"description": "new"}


@pytest.mark.parametrize("fn", both(flashback_update.sync_detailed, flashback_update.asyncio_detailed))
async def test_flashback_update(scripted: Scripted, fn: Any) -> None:
    scripted.reply(200, {"success": True, "policy": FLASHBACK_POLICY})
    client = FlashbackClient(base_url=scripted.url, token="t")
    response = await call(fn, client=client, policy_id="p1", body=UpdatePolicyRequest(risk_type=RiskType.HIGH))
    assert isinstance(response.parsed, FlashbackResponse)
    assert response.parsed.policy.risk_type is RiskType.HIGH
    assert scripted.requests[0].path == "/policy/p1"
    assert json.loads(scripted.requests[0].body) == {"riskType": "HIGH"}


@pytest.mark.parametrize("fn", both(c1_update.sync_detailed, c1_update.asyncio_detailed))
async def test_conductorone_update(scripted: Scripted, fn: Any) -> None:
    scripted.reply(
        200,
        {
            "policy": {
                "id": "pol1",
                "displayName": "Grants",
                "policyType": "POLICY_TYPE_GRANT",
                "policySteps": {"default": {"steps": [{"accept": {"acceptMessage": "ok"}}]}},
            }
        },
    )
    client = C1Client(base_url=scripted.url, token="t")
    response = await call(
        fn, client=client, id="pol1", body=UpdatePolicyRequestInput(policy=C1Policy(display_name="Grants"))
    )
    assert isinstance(response.parsed, UpdatePolicyResponse)
    assert isinstance(response.parsed.policy, C1Policy)
    steps = response.parsed.policy.policy_steps.additional_properties["default"].steps  # type: ignore[union-attr]
    assert steps[0].accept.accept_message == "ok"  # type: ignore[index,union-attr]
    assert scripted.requests[0].path == "/api/v1/policies/pol1"


@pytest.mark.parametrize("fn", both(post_policy.sync_detailed, post_policy.asyncio_detailed))
async def test_oso_update_without_the_optional_flags(scripted: Scripted, fn: Any) -> None:
    scripted.reply(202, {"message": "unchanged"}, {"OsoOffset": "42"})
    client = OsoClient(base_url=scripted.url, token="t")
    response = await call(fn, client=client, body=OsoPolicy(src="actor User {}", filename=None))
    assert isinstance(response.parsed, ApiResult)
    assert response.status_code == 202
    assert response.parsed_headers.oso_offset == "42"
    assert scripted.requests[0].path == "/policy"  # no force/show_suggestions/fail_fast
    assert json.loads(scripted.requests[0].body) == {"src": "actor User {}", "filename": None}


# --- PlainID: Rego text and JSON, both callable, both parsed ------------------------------------------------


def test_plainid_body_is_required_in_the_signature() -> None:
    for fn in (upsert_policy.sync, upsert_policy.sync_detailed, upsert_policy.asyncio, upsert_policy.asyncio_detailed):
        parameter = inspect.signature(fn).parameters["body"]
        assert parameter.default is inspect.Parameter.empty


@pytest.mark.parametrize("fn", both(upsert_policy.sync_detailed, upsert_policy.asyncio_detailed))
async def test_plainid_rego_text_round_trip(scripted: Scripted, fn: Any) -> None:
    rego = "package policy\nimport rego.v1\n"
    scripted.reply(201, rego.encode(), {"Content-Type": "text/plain;language=rego", "x-request-id": "r-9"})
    client = PlainIdClient(base_url=scripted.url, token="t")
    response = await call(fn, env_id=ENV, client=client, body=rego, filterauth_ws_id=WS)
    assert response.parsed == rego
    assert response.parsed_headers.x_request_id == "r-9"
    sent = scripted.requests[0]
    assert sent.headers["Content-Type"] == "text/plain;language=rego"
    assert sent.headers["Accept"] == "text/plain;language=rego"
    assert sent.body == rego.encode()


@pytest.mark.parametrize("fn", both(upsert_policy.sync_detailed, upsert_policy.asyncio_detailed))
async def test_plainid_json_201_parses_into_its_model(scripted: Scripted, fn: Any) -> None:
    scripted.reply(
        201,
        {"data": {"format": "json", "policy": {"policyId": "P1"}, "isPolicyCompleted": "true"}},
        {"x-request-id": "r-1"},
    )
    client = PlainIdClient(base_url=scripted.url, token="t")
    body = ImportPolicyByFormatRequest(format_=PolicyFormat.JSON, policy={"policyId": "P1"})  # type: ignore[arg-type]
    response = await call(fn, env_id=ENV, client=client, body=body, filterauth_ws_id=WS)
    assert isinstance(response.parsed, ImportPolicyByFormatResponse)
    assert response.parsed.data.format_ is PolicyFormat.JSON  # type: ignore[union-attr]
    sent = scripted.requests[0]
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["Accept"] == "application/json"
    assert json.loads(sent.body)["format"] == "json"


# --- unknown values are kept, not rejected -----------------------------------------------------------------


def test_unknown_enum_value_and_unknown_field_are_kept(scripted: Scripted) -> None:
    scripted.reply(200, {**OCI_POLICY, "lifecycleState": "MIGRATING", "systemTags": {"a": {"b": "c"}}})
    response = oci_update.sync_detailed(
        client=OciClient(base_url=scripted.url), policy_id="x", body=UpdatePolicyDetails()
    )
    assert isinstance(response.parsed, OciPolicy)
    state = response.parsed.lifecycle_state
    assert state.value == "MIGRATING"
    assert not state.is_known
    assert PolicyLifecycleState.ACTIVE.is_known
    assert response.parsed.additional_properties["systemTags"] == {"a": {"b": "c"}}
    assert response.parsed.to_dict()["lifecycleState"] == "MIGRATING"


def test_unknown_integer_enum_value_is_kept(scripted: Scripted) -> None:
    scripted.reply(200, {"success": True, "policy": {**FLASHBACK_POLICY, "actionType": 7, "riskType": "SEVERE"}})
    response = flashback_update.sync_detailed(
        client=FlashbackClient(base_url=scripted.url), policy_id="p1", body=UpdatePolicyRequest(name="n")
    )
    assert isinstance(response.parsed, FlashbackResponse)
    assert int(response.parsed.policy.action_type) == 7
    assert response.parsed.policy.risk_type.value == "SEVERE"


def test_oso_error_variants_are_told_apart_and_unknown_types_kept(scripted: Scripted) -> None:
    scripted.reply(
        400,
        {
            "error_type": "Validation",
            "message": "bad",
            "errors": [{"error_type": "ValidationFailed", "message": "line 1"}],
        },
    )
    scripted.reply(400, {"error_type": "Brand new", "message": "?", "hint": "x"})
    client = OsoClient(base_url=scripted.url)
    first = post_policy.sync(client=client, body=OsoPolicy(src="x"))
    assert isinstance(first, ValidationSavePolicyError)
    assert first.errors[0].message == "line 1"
    second = post_policy.sync(client=client, body=OsoPolicy(src="x"))
    assert isinstance(second, OtherSavePolicyError)
    assert second.error_type == "Brand new"
    assert second.additional_properties == {"hint": "x"}


# --- malformed or unexpected responses: one typed error with status, headers, raw body --------------------


@pytest.mark.parametrize("fn", both(oci_update.sync_detailed, oci_update.asyncio_detailed))
async def test_html_502_from_a_proxy_is_a_typed_error(scripted: Scripted, fn: Any) -> None:
    html = b"<html><body>502 Bad Gateway</body></html>"
    scripted.reply(502, html, {"Content-Type": "text/html", "Via": "proxy"})
    with pytest.raises(oci_errors.UnexpectedResponse) as caught:
        await call(fn, client=OciClient(base_url=scripted.url), policy_id="x", body=UpdatePolicyDetails())
    error = caught.value
    assert isinstance(error, oci_errors.MalformedResponse)
    assert error.status_code == 502
    assert error.headers["via"] == "proxy"
    assert error.content == html
    assert error.operation == "updatePolicy"
    assert "JSONDecodeError" in error.reason


def test_missing_required_field_is_a_typed_error(scripted: Scripted) -> None:
    body = {k: v for k, v in OCI_POLICY.items() if k != "compartmentId"}
    scripted.reply(200, body)
    with pytest.raises(oci_errors.MalformedResponse) as caught:
        oci_update.sync_detailed(client=OciClient(base_url=scripted.url), policy_id="x", body=UpdatePolicyDetails())
    assert caught.value.status_code == 200
    assert "compartmentId" in caught.value.reason
    assert json.loads(caught.value.content) == body


@pytest.mark.parametrize("raise_on_unexpected", [False, True])
def test_status_outside_httpstatus(scripted: Scripted, raise_on_unexpected: bool) -> None:
    scripted.reply(599, b"network read timeout", {"Content-Type": "text/plain"})
    client = FlashbackClient(base_url=scripted.url, raise_on_unexpected_status=raise_on_unexpected)
    if raise_on_unexpected:
        from flashback_client import errors

        with pytest.raises(errors.UnexpectedStatus) as caught:
            flashback_update.sync_detailed(client=client, policy_id="p", body=UpdatePolicyRequest(name="n"))
        assert caught.value.status_code == 599
        assert caught.value.content == b"network read timeout"
    else:
        response = flashback_update.sync_detailed(client=client, policy_id="p", body=UpdatePolicyRequest(name="n"))
        assert response.status_code == 599
        assert response.parsed is None


def test_error_text_is_bounded_and_token_not_in_repr(scripted: Scripted) -> None:
    scripted.reply(502, b"x" * 10_000, {"Content-Type": "text/html"})
    client = OciClient(base_url=scripted.url, token="s3cr3t-token")
    assert "s3cr3t-token" not in repr(client)
    with pytest.raises(oci_errors.UnexpectedResponse) as caught:
        oci_update.sync_detailed(client=client, policy_id="x", body=UpdatePolicyDetails())
    assert len(str(caught.value)) < 500
    assert scripted.requests[0].headers["Authorization"] == "Bearer s3cr3t-token"


def test_requests_carry_operation_and_idempotency_for_the_retry_layer() -> None:
    kwargs = oci_update._get_kwargs(policy_id="x", body=UpdatePolicyDetails())
    assert kwargs["extensions"] == {"policy_clients.operation": "updatePolicy", "policy_clients.idempotent": True}
    kwargs = post_policy._get_kwargs(body=OsoPolicy(src="x"))
    assert kwargs["extensions"]["policy_clients.idempotent"] is True  # POST, declared x-idempotent in the overlay
