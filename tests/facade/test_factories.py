"""The five factories: credentials from arguments and env, base URLs, lazy httpx clients, generated operations."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest
from _servers import FakeClock, ScriptedServer, Sleeps, reply, scripted
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import policy_clients
from policy_clients import (
    APIError,
    ConfigurationError,
    InsecureTransportError,
    NotFoundError,
    PreconditionFailedError,
    RetryPolicy,
)

__all__ = ["scripted"]

SECRET = "tok_FACTORY_SECRET_81c2"


def no_wait() -> RetryPolicy:
    sleeps = Sleeps()
    return RetryPolicy(sleep=sleeps, async_sleep=sleeps.asleep, random=lambda: 0.0, clock=FakeClock())


# ---------------------------------------------------------------- Oso Cloud


def test_oso_cloud_from_env_calls_generated_operation(
    scripted: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import ApiResult, Policy

    monkeypatch.setenv("OSO_CLOUD_API_KEY", SECRET)
    monkeypatch.setenv("OSO_CLOUD_URL", scripted.url)
    scripted.push(reply(200, {"message": "saved"}, headers={"OsoOffset": "off-1"}))
    client = policy_clients.oso_cloud(retry=no_wait())
    response = post_policy.sync_detailed(client=client, body=Policy(src="actor User {}"))
    assert isinstance(response.parsed, ApiResult)
    assert response.parsed.message == "saved"
    assert response.parsed_headers.oso_offset == "off-1"
    (seen,) = scripted.seen
    assert (seen.method, seen.target) == ("POST", "/api/policy")
    assert seen.headers["authorization"] == f"Bearer {SECRET}"
    assert seen.headers["user-agent"].startswith("policy-clients/") and seen.headers["user-agent"].endswith(
        " oso_cloud"
    )
    assert uuid.UUID(seen.headers["x-request-id"])
    assert json.loads(seen.body) == {"src": "actor User {}"}


def test_oso_cloud_error_maps_to_api_error_with_model(scripted: ScriptedServer) -> None:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import GenericSavePolicyError, Policy

    scripted.push(reply(400, {"error_type": "Generic", "message": "bad polar"}, headers={"X-Request-ID": "rid-9"}))
    client = policy_clients.oso_cloud(SECRET, base_url=scripted.url + "/api/", retry=no_wait())
    with pytest.raises(APIError) as info:
        post_policy.sync_detailed(client=client, body=Policy(src="x"))
    error = info.value
    assert type(error) is APIError
    assert isinstance(error.error_model, GenericSavePolicyError)
    assert (error.vendor, error.operation, error.status_code, error.request_id) == (
        "oso_cloud",
        "post_policy",
        400,
        "rid-9",
    )
    assert "bad polar" in str(error) and "rid-9" in str(error)


def test_raise_for_status_false_returns_generated_error_model(scripted: ScriptedServer) -> None:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import Policy, ValidationSavePolicyError

    scripted.push(reply(422, {"error_type": "Validation", "message": "nope", "errors": []}))
    client = policy_clients.oso_cloud(SECRET, base_url=scripted.url + "/api/", raise_for_status=False)
    response = post_policy.sync_detailed(client=client, body=Policy(src="x"))
    assert isinstance(response.parsed, ValidationSavePolicyError)


async def test_oso_cloud_async_builds_only_the_async_client(scripted: ScriptedServer) -> None:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import Policy

    scripted.push(reply(503), reply(200, {"message": "ok"}))
    client = policy_clients.oso_cloud(SECRET, base_url=scripted.url + "/api/", retry=no_wait())
    assert client._client is None and client._async_client is None  # nothing built yet
    async with client:
        response = await post_policy.asyncio_detailed(client=client, body=Policy(src="x"))
    assert response.status_code == 200
    assert client._client is None  # an async-only user never pays for a sync client
    assert len(scripted.seen) == 2  # post_policy is marked idempotent by the spec, so the 503 was retried


def test_with_headers_copy_keeps_auth_and_retries(scripted: ScriptedServer) -> None:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import Policy

    client = policy_clients.oso_cloud(SECRET, base_url=scripted.url + "/api/", headers={"X-Team": "a"})
    client.get_httpx_client()
    copy = client.with_headers({"X-Extra": "1"})
    scripted.default = reply(200, {"message": "ok"})
    scripted.push(reply(502))
    post_policy.sync_detailed(client=copy, body=Policy(src="x"))
    last = scripted.seen[-1]
    assert last.headers["authorization"] == f"Bearer {SECRET}"
    assert (last.headers["x-team"], last.headers["x-extra"]) == ("a", "1")
    assert len(scripted.seen) == 2


def test_common_options_reach_the_httpx_clients(scripted: ScriptedServer) -> None:
    calls: list[str] = []
    limits = httpx.Limits(max_connections=7, max_keepalive_connections=7)
    client = policy_clients.flashback(
        SECRET,
        base_url=scripted.url,
        timeout=12.5,
        user_agent="my-app/2",
        limits=limits,
        max_concurrency=3,
        event_hooks={"request": [lambda request: calls.append(request.method)]},
    )
    sync = client.get_httpx_client()
    assert sync.timeout == httpx.Timeout(12.5)
    assert sync.headers["user-agent"] == "my-app/2"
    sync.get("/x")
    assert calls == ["GET"]
    async_client = client.get_async_httpx_client()
    assert async_client.max_concurrency == 3  # type: ignore[attr-defined]


def test_default_timeout_and_limits() -> None:
    client = policy_clients.flashback(SECRET)
    sync = client.get_httpx_client()
    assert sync.timeout == httpx.Timeout(30.0, connect=5.0)
    assert str(sync.base_url) == "https://backend.flashback.tech"
    assert client.get_async_httpx_client().max_concurrency == 100  # type: ignore[attr-defined]


def test_unknown_option_is_rejected() -> None:
    with pytest.raises(TypeError, match="retries"):
        policy_clients.flashback(SECRET, retries=3)  # type: ignore[call-arg]


# ---------------------------------------------------------------- Flashback


def test_flashback_update_policy_and_not_found(scripted: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from flashback_client.api.policies import update_policy
    from flashback_client.models import ErrorBody, UpdatePolicyRequest

    monkeypatch.setenv("FLASHBACK_API_TOKEN", SECRET)
    scripted.push(reply(404, {"success": False, "message": "no such policy"}))
    client = policy_clients.flashback(base_url=scripted.url, retry=no_wait())
    with pytest.raises(NotFoundError) as info:
        update_policy.sync_detailed("p-1", client=client, body=UpdatePolicyRequest(name="n"))
    assert isinstance(info.value.error_model, ErrorBody)
    assert info.value.operation is not None
    (seen,) = scripted.seen
    assert (seen.method, seen.target) == ("PUT", "/policy/p-1")
    assert seen.headers["authorization"] == f"Bearer {SECRET}"


# ---------------------------------------------------------------- PlainID


@pytest.mark.parametrize("region", ["us1", "ca1", "EU1"])
def test_plainid_region_hosts(region: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAINID_TOKEN", SECRET)
    monkeypatch.setenv("PLAINID_REGION", region)
    client = policy_clients.plainid()
    assert str(client.get_httpx_client().base_url) == f"https://api.{region.lower()}.plainid.io"


def test_plainid_bad_region_and_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLAINID_REGION", raising=False)
    with pytest.raises(ConfigurationError, match="us1, ca1, eu1"):
        policy_clients.plainid(SECRET, region="mars1")
    assert str(policy_clients.plainid(SECRET).get_httpx_client().base_url) == "https://api.us1.plainid.io"


def test_plainid_error_list_model(scripted: ScriptedServer) -> None:
    from plainid_client.api.policies import upsert_policy
    from plainid_client.models import ErrorList

    body = {"errors": [{"code": "PLAINID_E1", "id": "i", "status": "400", "name": "Bad", "message": "broken rego"}]}
    scripted.push(reply(400, body))
    client = policy_clients.plainid(SECRET, base_url=scripted.url)
    with pytest.raises(APIError) as info:
        upsert_policy.sync_detailed(uuid.uuid4(), client=client, body="package x", filterauth_ws_id=uuid.uuid4())
    assert isinstance(info.value.error_model, ErrorList)
    assert "PLAINID_E1: broken rego" in str(info.value)


# ---------------------------------------------------------------- ConductorOne


def conductorone_secret() -> str:
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64(pub), "d": b64(raw)}
    return "secret-token:conductorone.com:v1:" + b64(json.dumps(jwk).encode())


def test_conductorone_client_credentials(scripted: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from conductorone_client.api.policies import update_policy
    from conductorone_client.models import UpdatePolicyRequestInput

    monkeypatch.setenv("CONDUCTORONE_CLIENT_ID", "svc@acme.conductor.one/abc")
    monkeypatch.setenv("CONDUCTORONE_CLIENT_SECRET", conductorone_secret())
    scripted.push(
        reply(200, {"access_token": "at-" + SECRET, "token_type": "Bearer", "expires_in": 3600}),
        reply(200, {"policy": None}),
    )
    client = policy_clients.conductorone(base_url=scripted.url, token_url=scripted.url + "/auth/v1/token")
    update_policy.sync_detailed("pol-1", client=client, body=UpdatePolicyRequestInput())
    token_request, call = scripted.seen
    assert token_request.target == "/auth/v1/token"
    assert call.target == "/api/v1/policies/pol-1"
    assert call.headers["authorization"] == f"Bearer at-{SECRET}"


def test_conductorone_base_url_from_client_id(monkeypatch: pytest.MonkeyPatch) -> None:
    client = policy_clients.conductorone("svc@acme.conductor.one/abc", conductorone_secret())
    assert str(client.get_httpx_client().base_url) == "https://acme.conductor.one"
    assert str(policy_clients.conductorone(access_token=SECRET, tenant="Beta").get_httpx_client().base_url) == (
        "https://beta.conductor.one"
    )
    for name in ("CONDUCTORONE_CLIENT_ID", "CONDUCTORONE_CLIENT_SECRET", "CONDUCTORONE_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="CONDUCTORONE_ACCESS_TOKEN"):
        policy_clients.conductorone()
    with pytest.raises(ConfigurationError, match="tenant"):
        policy_clients.conductorone(access_token=SECRET)


# ---------------------------------------------------------------- OCI Identity


def write_oci_config(tmp_path: Path, region: str | None = "us-phoenix-1") -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    (tmp_path / "key.pem").write_bytes(pem)
    lines = [
        "[DEFAULT]",
        "user=ocid1.user.oc1..aaaa",
        "fingerprint=12:34:56",
        f"key_file={tmp_path / 'key.pem'}",
        "tenancy=ocid1.tenancy.oc1..bbbb",
    ]
    if region:
        lines.append(f"region={region}")
    config = tmp_path / "config"
    config.write_text("\n".join(lines) + "\n")
    return config


def test_oci_region_from_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCI_CONFIG_FILE", str(write_oci_config(tmp_path)))
    client = policy_clients.oci_identity()
    assert str(client.get_httpx_client().base_url) == "https://identity.us-phoenix-1.oci.oraclecloud.com"
    with pytest.raises(ConfigurationError, match="region"):
        policy_clients.oci_identity(config_file=write_oci_config(tmp_path, region=None))


def policy_json() -> dict[str, object]:
    return {
        "id": "ocid1.policy.oc1..p",
        "compartmentId": "ocid1.compartment.oc1..c",
        "name": "p",
        "statements": ["Allow group A to read all-resources in tenancy"],
        "description": "d",
        "timeCreated": "2024-01-01T00:00:00.000Z",
        "lifecycleState": "ACTIVE",
    }


def test_oci_update_policy_signed_each_attempt(scripted: ScriptedServer, tmp_path: Path) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import Policy, UpdatePolicyDetails

    scripted.push(reply(500), reply(200, policy_json(), headers={"etag": "e2", "opc-request-id": "r"}))
    client = policy_clients.oci_identity(config_file=write_oci_config(tmp_path), base_url=scripted.url, retry=no_wait())
    response = update_policy.sync_detailed(
        "ocid1.policy.oc1..p", client=client, body=UpdatePolicyDetails(description="x")
    )
    assert isinstance(response.parsed, Policy)
    assert len(scripted.seen) == 2
    assert all(s.headers["authorization"].startswith('Signature algorithm="rsa-sha256"') for s in scripted.seen)


def test_oci_412_after_ambiguous_attempt(scripted: ScriptedServer, tmp_path: Path) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import Error, UpdatePolicyDetails

    scripted.push(reply(503), reply(412, {"code": "NoEtagMatch", "message": "The etag does not match"}))
    client = policy_clients.oci_identity(config_file=write_oci_config(tmp_path), base_url=scripted.url, retry=no_wait())
    with pytest.raises(PreconditionFailedError) as info:
        update_policy.sync_detailed(
            "ocid1.policy.oc1..p", client=client, body=UpdatePolicyDetails(description="x"), if_match="e1"
        )
    error = info.value
    assert error.earlier_attempt_may_have_succeeded
    assert isinstance(error.error_model, Error)
    assert "NoEtagMatch" in str(error) and "earlier attempt may have succeeded" in str(error)
    assert [s.headers["if-match"] for s in scripted.seen] == ["e1", "e1"]


# ---------------------------------------------------------------- shared rules


@pytest.mark.parametrize(
    ("factory", "env"),
    [
        (policy_clients.oso_cloud, "OSO_CLOUD_API_KEY"),
        (policy_clients.flashback, "FLASHBACK_API_TOKEN"),
        (policy_clients.plainid, "PLAINID_TOKEN"),
    ],
)
def test_missing_credentials_name_the_variable(factory: object, env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(env, raising=False)
    with pytest.raises(ConfigurationError, match=env):
        factory()  # type: ignore[operator]


def test_plain_http_to_remote_host_is_refused_at_construction() -> None:
    with pytest.raises(InsecureTransportError):
        policy_clients.flashback(SECRET, base_url="http://example.com")


def test_import_loads_no_vendor_package_or_crypto() -> None:
    code = (
        "import sys, policy_clients\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in {'oso_cloud_client', 'flashback_client', "
        "'plainid_client', 'conductorone_client', 'oci_identity_client', 'cryptography', 'anyio'}]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
