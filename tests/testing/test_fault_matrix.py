"""Every scripted fault, through each vendor's facade client against its fake, sync and async.

The retry policy's sleeps are recorded, never slept; the only real waits are the read-timeout cases.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _matrix_helpers import FAKES, OCI_POLICY_ID, PACKAGES, VENDORS, SleepRecorder, Target, close, target

import policy_clients
from policy_clients.testing import ConductorOneFake, OCIIdentityFake, OsoCloudFake

MODES = ("sync", "async")
RETRYABLE = ("503", "429_retry_after", "502_non_json", "500", "drop_before_response", "read_timeout")
FAULT_KINDS = {
    "503": "fail",
    "429_retry_after": "fail",
    "502_non_json": "non_json",
    "500": "fail",
    "drop_before_response": "drop",
    "read_timeout": "delay",
}
READ_TIMEOUT = 0.2
DELAY = 0.5

# Error statuses each vendor documents (explicitly, or through a `default` error response).
NON_RETRYABLE: dict[str, tuple[int, ...]] = {
    "oso_cloud": (400, 401, 403, 404),
    "flashback": (400, 403, 404),
    "plainid": (400, 401, 422),
    # 401 is left out: the client-credentials auth replays once with a fresh token (tested below).
    "conductorone": (400, 403, 404, 409, 412),
    "oci_identity": (400, 401, 403, 404, 409, 412),
}
ERROR_CLASSES: dict[int, type[policy_clients.APIError]] = {
    400: policy_clients.APIError,
    401: policy_clients.AuthenticationError,
    403: policy_clients.AuthenticationError,
    404: policy_clients.NotFoundError,
    409: policy_clients.ConflictError,
    412: policy_clients.PreconditionFailedError,
    422: policy_clients.APIError,
}
ERROR_MODELS = {
    "oso_cloud": (
        "GenericSavePolicyError",
        "ValidationSavePolicyError",
        "TestsFailedSavePolicyError",
        "OtherSavePolicyError",
    ),
    "flashback": ("ErrorBody",),
    "plainid": ("ErrorList",),
    "conductorone": ("GoogleRpcStatus",),
    "oci_identity": ("Error",),
}
SENDS_REQUEST_ID = frozenset({"plainid", "oci_identity"})


def error_model_classes(vendor: str) -> tuple[type, ...]:
    models = importlib.import_module(f"{PACKAGES[vendor][0]}.models")
    return tuple(getattr(models, name) for name in ERROR_MODELS[vendor])


def operation_id(vendor: str) -> str:
    module = importlib.import_module(PACKAGES[vendor][1])
    return str(module.OPERATION_ID)


@pytest.fixture(params=VENDORS)
def vendor_target(request: pytest.FixtureRequest) -> Iterator[Target]:
    with FAKES[request.param]() as fake:
        yield target(request.param, fake)
        fake.faults.clear()


def wait_for_records(t: Target, count: int, *, within: float = 2.0) -> list[Any]:
    """A delayed handler records its request only once it has answered; wait (bounded) for it."""
    give_up = time.monotonic() + within
    while len(t.api_requests()) < count and time.monotonic() < give_up:
        time.sleep(0.02)
    return t.api_requests()


def inject(t: Target, fault: str) -> None:
    faults, path = t.fake.faults, t.api_glob
    if fault == "503":
        faults.fail_next(1, status=503, path=path)
    elif fault == "429_retry_after":
        faults.fail_next(1, status=429, retry_after="2", path=path)
    elif fault == "502_non_json":
        faults.non_json_next(1, status=502, path=path)
    elif fault == "500":
        faults.fail_next(1, status=500, path=path)
    elif fault == "drop_before_response":
        faults.drop_connection_next(1, path=path)
    elif fault == "read_timeout":
        faults.delay_next(1, DELAY, path=path)
    else:
        raise ValueError(fault)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", RETRYABLE)
async def test_retryable_fault_recovers(vendor_target: Target, fault: str, mode: str) -> None:
    sleeps = SleepRecorder()
    client = vendor_target.make_client(retry=sleeps.policy(), timeout=READ_TIMEOUT)
    inject(vendor_target, fault)
    response = await vendor_target.call(client, mode)
    await close(client, mode)
    assert 200 <= response.status_code < 300, response.content[:300]
    records = wait_for_records(vendor_target, 2)
    assert len(records) == 2, [(r.status, r.fault) for r in records]
    # A delayed request is recorded when it finally answers, after the retry: compare without order.
    assert sorted(str(r.fault) for r in records) == sorted([FAULT_KINDS[fault], "None"])
    clean = next(r for r in records if r.fault is None)
    assert clean.status == response.status_code
    assert sleeps.delays == ([2.0] if fault == "429_retry_after" else [0.5])
    assert vendor_target.fake.faults.pending == 0


@pytest.mark.parametrize("mode", MODES)
async def test_non_retryable_statuses_raise_at_once(vendor_target: Target, mode: str) -> None:
    vendor = vendor_target.vendor
    sleeps = SleepRecorder()
    client = vendor_target.make_client(retry=sleeps.policy())
    for status in NON_RETRYABLE[vendor]:
        vendor_target.fake.clear_requests()
        vendor_target.fake.faults.fail_next(1, status=status, message=f"injected {status}", path=vendor_target.api_glob)
        with pytest.raises(policy_clients.APIError) as caught:
            await vendor_target.call(client, mode)
        error = caught.value
        assert type(error) is ERROR_CLASSES[status], (status, type(error))
        assert (error.vendor, error.operation, error.status_code) == (vendor, operation_id(vendor), status)
        assert error.attempts == 1
        assert len(vendor_target.api_requests()) == 1, status
        assert isinstance(error.error_model, error_model_classes(vendor)), (status, error.error_model)
        if vendor in SENDS_REQUEST_ID:
            assert error.request_id, status
        if isinstance(error, policy_clients.PreconditionFailedError):
            assert not error.earlier_attempt_may_have_succeeded
    await close(client, mode)
    assert sleeps.delays == []


@pytest.mark.parametrize("mode", MODES)
async def test_exhaustion_raises_after_max_attempts(vendor_target: Target, mode: str) -> None:
    sleeps = SleepRecorder()
    client = vendor_target.make_client(retry=sleeps.policy(max_attempts=3))
    vendor_target.fake.faults.fail_next(4, status=503, path=vendor_target.api_glob)
    with pytest.raises(policy_clients.ServerError) as caught:
        await vendor_target.call(client, mode)
    await close(client, mode)
    assert caught.value.status_code == 503 and caught.value.attempts == 3
    assert [r.status for r in vendor_target.api_requests()] == [503, 503, 503]
    assert sleeps.delays == [0.5, 1.0]
    assert vendor_target.fake.faults.pending == 1


@pytest.mark.parametrize("mode", MODES)
async def test_exhausted_transport_faults_raise_transport_error(vendor_target: Target, mode: str) -> None:
    sleeps = SleepRecorder()
    client = vendor_target.make_client(retry=sleeps.policy(max_attempts=2))
    vendor_target.fake.faults.drop_connection_next(3, path=vendor_target.api_glob)
    with pytest.raises(policy_clients.TransportError) as caught:
        await vendor_target.call(client, mode)
    await close(client, mode)
    assert caught.value.attempts == 2 and caught.value.vendor == vendor_target.vendor
    assert [r.fault for r in vendor_target.api_requests()] == ["drop", "drop"]
    assert sleeps.delays == [0.5]


@pytest.mark.parametrize("mode", MODES)
async def test_non_idempotent_request_is_not_resent_after_a_processed_drop(
    oso_cloud_fake: OsoCloudFake, mode: str
) -> None:
    sleeps = SleepRecorder()
    client = policy_clients.oso_cloud(
        api_key=oso_cloud_fake.token, base_url=oso_cloud_fake.base_url, retry=sleeps.policy()
    )
    oso_cloud_fake.faults.drop_connection_next(1, processed=True)
    extensions = {"policy_clients.idempotent": False, "policy_clients.operation": "x"}
    body = {"src": "actor User {}"}
    with pytest.raises(policy_clients.TransportError) as caught:
        if mode == "sync":
            client.get_httpx_client().request("POST", "policy", json=body, extensions=extensions)
        else:
            await client.get_async_httpx_client().request("POST", "policy", json=body, extensions=extensions)
    await close(client, mode)
    assert caught.value.attempts == 1 and caught.value.operation == "x"
    assert [r.fault for r in oso_cloud_fake.requests] == ["drop"]
    assert oso_cloud_fake.policy == "actor User {}"  # the one attempt was applied, and only once
    assert sleeps.delays == []


@pytest.mark.parametrize("mode", MODES)
async def test_oci_if_match_retry_after_processed_drop_reports_possible_earlier_success(
    oci_identity_fake: OCIIdentityFake, mode: str
) -> None:
    from oci_identity_client.models import UpdatePolicyDetails

    t = target("oci_identity", oci_identity_fake)
    etag = oci_identity_fake.etag(OCI_POLICY_ID)
    sleeps = SleepRecorder()
    client = t.make_client(retry=sleeps.policy())
    oci_identity_fake.faults.drop_connection_next(1, processed=True, path=t.api_glob)
    args, kwargs = t.arguments(UpdatePolicyDetails(description="Written once"))
    module = importlib.import_module(PACKAGES["oci_identity"][1])
    with pytest.raises(policy_clients.PreconditionFailedError) as caught:
        if mode == "sync":
            module.sync_detailed(*args, client=client, if_match=etag, **kwargs)
        else:
            await module.asyncio_detailed(*args, client=client, if_match=etag, **kwargs)
    await close(client, mode)
    error = caught.value
    assert error.earlier_attempt_may_have_succeeded and error.attempts == 2
    assert "earlier attempt may have succeeded" in str(error)
    assert [(r.fault, r.status) for r in t.api_requests()] == [("drop", None), (None, 412)]
    policy = oci_identity_fake.get_policy(OCI_POLICY_ID)
    assert policy is not None and policy["description"] == "Written once"
    # Exactly one write: the dropped attempt applied it (the etag moved) and the 412 changed nothing.
    assert oci_identity_fake.etag(OCI_POLICY_ID) != etag
    assert sleeps.delays == [0.5]


@pytest.mark.parametrize("mode", MODES)
async def test_conductorone_expired_token_is_refreshed_and_replayed_once(
    conductorone_fake: ConductorOneFake, mode: str
) -> None:
    t = target("conductorone", conductorone_fake)
    sleeps = SleepRecorder()
    client = t.make_client(retry=sleeps.policy())
    first = await t.call(client, mode)
    assert first.status_code == 200
    conductorone_fake.expire_tokens()
    second = await t.call(client, mode)
    await close(client, mode)
    assert second.status_code == 200
    token_path = httpx.URL(conductorone_fake.token_url).path
    token_fetches = [r for r in conductorone_fake.requests if r.path == token_path]
    assert len(token_fetches) == 2
    assert [r.status for r in t.api_requests()] == [200, 401, 200]
    assert sleeps.delays == []
