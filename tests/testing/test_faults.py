"""Each fault type, observed with raw httpx clients (sync and async)."""

from __future__ import annotations

import httpx
import pytest

from policy_clients.testing import FlashbackFake, OCIIdentityFake, OsoCloudFake
from policy_clients.testing._faults import FaultInjector

POLICY = {"src": "actor User {}"}


@pytest.fixture
def oso(oso_cloud_fake: OsoCloudFake) -> httpx.Client:
    return httpx.Client(base_url=oso_cloud_fake.base_url, headers={"Authorization": f"Bearer {oso_cloud_fake.token}"})


def test_fail_next_answers_in_vendor_shape_then_recovers(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.fail_next(2, status=503, retry_after="1")
    statuses = [oso.post("/policy", json=POLICY) for _ in range(3)]
    assert [r.status_code for r in statuses] == [503, 503, 200]
    assert statuses[0].headers["retry-after"] == "1"
    assert statuses[0].json()["error_type"] == "Generic"
    assert [r.fault for r in oso_cloud_fake.requests] == ["fail", "fail", None]
    assert oso_cloud_fake.faults.pending == 0


def test_fail_leaves_state_untouched(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.fail_next(1, status=500)
    assert oso.post("/policy", json=POLICY).status_code == 500
    assert oso_cloud_fake.policy is None


def test_faults_apply_in_order_and_only_to_matching_requests(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.fail_next(1, status=429, path="*/elsewhere")
    oso_cloud_fake.faults.fail_next(1, status=500)
    oso_cloud_fake.faults.fail_next(1, status=502)
    assert [oso.post("/policy", json=POLICY).status_code for _ in range(3)] == [500, 502, 200]
    assert oso_cloud_fake.faults.pending == 1
    oso_cloud_fake.faults.clear()
    assert oso_cloud_fake.faults.pending == 0


def test_invalid_requests_do_not_consume_faults(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.fail_next(1)
    assert oso.post("/policy", json={}).status_code == 400
    assert oso_cloud_fake.faults.pending == 1


def test_delay_next_trips_a_client_timeout(oso_cloud_fake: OsoCloudFake) -> None:
    oso_cloud_fake.faults.delay_next(1, 5.0)
    with (
        httpx.Client(
            base_url=oso_cloud_fake.base_url, timeout=0.2, headers={"Authorization": f"Bearer {oso_cloud_fake.token}"}
        ) as c,
        pytest.raises(httpx.ReadTimeout),
    ):
        c.post("/policy", json=POLICY)
    # stopping the fake wakes the delayed handler rather than waiting 5 s (the fixture stops it)


def test_delay_then_normal_answer(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.delay_next(1, 0.01)
    assert oso.post("/policy", json=POLICY).status_code == 200
    assert oso_cloud_fake.last_request.fault == "delay"


def test_drop_before_headers(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.drop_connection_next(1)
    with pytest.raises(httpx.RemoteProtocolError):
        oso.post("/policy", json=POLICY)
    assert oso.post("/policy", json=POLICY).status_code == 200
    assert oso_cloud_fake.requests[0].status is None and oso_cloud_fake.requests[0].fault == "drop"


def test_drop_after_headers_truncates_the_body(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.drop_connection_next(1, after_headers=True)
    with pytest.raises(httpx.RemoteProtocolError):
        oso.post("/policy", json=POLICY)
    assert oso_cloud_fake.policy is None


def test_drop_after_processing_applies_the_write(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.drop_connection_next(1, after_headers=True, processed=True)
    with pytest.raises(httpx.RemoteProtocolError):
        oso.post("/policy", json=POLICY)
    assert oso_cloud_fake.policy == POLICY["src"]
    assert oso.post("/policy", json=POLICY).status_code == 202


def test_non_json_next(oso_cloud_fake: OsoCloudFake, oso: httpx.Client) -> None:
    oso_cloud_fake.faults.non_json_next(1)
    response = oso.post("/policy", json=POLICY)
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html") and response.text.startswith("<html>")


def test_unknown_fields_next_adds_properties_everywhere(flashback_fake: FlashbackFake) -> None:
    flashback_fake.seed_policy("p")
    flashback_fake.faults.unknown_fields_next(1)
    response = httpx.put(
        flashback_fake.url("/policy/p"), json={"name": "n"}, headers={"Authorization": f"Bearer {flashback_fake.token}"}
    )
    body = response.json()
    assert response.status_code == 200
    assert "x_fake_unknown_field" in body and "x_fake_unknown_field" in body["policy"]
    assert "x_fake_unknown_field" in body["policy"]["createdBy"]


def test_unknown_enum_next_replaces_enum_values(flashback_fake: FlashbackFake) -> None:
    flashback_fake.seed_policy("p", risk_type="LOW", action_type=1)
    flashback_fake.faults.unknown_enum_next(1)
    response = httpx.put(
        flashback_fake.url("/policy/p"), json={"name": "n"}, headers={"Authorization": f"Bearer {flashback_fake.token}"}
    )
    policy = response.json()["policy"]
    assert policy["riskType"] not in ("LOW", "MEDIUM", "HIGH")
    assert policy["actionType"] not in (0, 1, 2)
    assert flashback_fake.get_policy("p")["riskType"] == "LOW"  # type: ignore[index]


def test_unknown_enum_on_a_response_without_enums_is_a_recorded_error(
    oso_cloud_fake: OsoCloudFake, oso: httpx.Client
) -> None:
    oso_cloud_fake.faults.unknown_enum_next(1)
    assert oso.post("/policy", json=POLICY).status_code == 200
    assert any("nothing to edit" in e for e in oso_cloud_fake.errors)
    with pytest.raises(AssertionError, match="nothing to edit"):
        oso_cloud_fake.check()


async def test_faults_with_an_async_client(oci_identity_fake: OCIIdentityFake) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from fake_helpers import OciTestSigner

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    oci_identity_fake.register_key("k", key.public_key())
    oci_identity_fake.seed_policy("p")
    oci_identity_fake.faults.fail_next(1, status=429, retry_after="0")
    oci_identity_fake.faults.unknown_enum_next(1)
    async with httpx.AsyncClient(base_url=oci_identity_fake.base_url, auth=OciTestSigner(key, "k")) as c:
        throttled = await c.put("/20160918/policies/p", json={"description": "d"})
        odd = await c.put("/20160918/policies/p", json={"description": "d"})
    assert throttled.status_code == 429 and throttled.json()["code"] == "TooManyRequests"
    assert throttled.headers["opc-request-id"]
    assert odd.status_code == 200 and odd.json()["lifecycleState"] == "FAKE_UNKNOWN_ENUM_VALUE"


def test_fault_arguments_are_bounded() -> None:
    faults = FaultInjector()
    with pytest.raises(ValueError):
        faults.fail_next(0)
    with pytest.raises(ValueError):
        faults.fail_next(1, status=200)
    with pytest.raises(ValueError):
        faults.delay_next(1, 601)
