"""Inputs that become a host are validated; '.'/'..' path parameters cannot move the request."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from typing import Any

import pytest
from _hostile import MODES, HostileServer, answer, quick_policy

import policy_clients
from policy_clients import ConfigurationError


@pytest.mark.parametrize("tenant", ["evil.example/", "evil.example", "a@b", "x/y", "ten ant", "tenånt", "", "-x"])
def test_conductorone_tenant_must_be_one_label(tenant: str) -> None:
    with pytest.raises(ConfigurationError, match="tenant"):
        policy_clients.conductorone(access_token="t0ken-value", tenant=tenant)


@pytest.mark.parametrize("client_id", ["x@evil_host/s", "x@ho~st/s", "x@evil.example?/s"])
def test_conductorone_client_id_host_is_a_host(client_id: str) -> None:
    from policy_clients.auth import ConductorOneSecretError

    with pytest.raises(ConductorOneSecretError):
        policy_clients.auth.token_host_from_client_id(client_id)


@pytest.mark.parametrize(
    "region", ["us-ashburn-1.evil.example/", "us-ashburn-1/", "\uff55\uff53-ashburn-1", "a..b", "x@y"]
)
def test_oci_region_must_be_one_label(region: str) -> None:
    from policy_clients.vendors.oci_identity import region_base_url

    with pytest.raises(ConfigurationError):
        region_base_url(region)


@pytest.mark.parametrize("region", ["eu1.evil.example", "us1/", "US1 "])
def test_plainid_region_is_one_of_the_known(region: str) -> None:
    if region.strip().lower() == "us1":
        assert policy_clients.plainid(token="t0ken-value", region=region) is not None
        return
    with pytest.raises(ConfigurationError):
        policy_clients.plainid(token="t0ken-value", region=region)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("segment", [".", "..", "%2e%2e"])
def test_dot_segments_are_encoded_for_every_vendor(hostile: HostileServer, mode: str, segment: str) -> None:
    from conductorone_client.api.policies import update_policy as c1
    from conductorone_client.models import UpdatePolicyRequestInput
    from flashback_client.api.policies import update_policy as fb
    from flashback_client.models import UpdatePolicyRequest
    from oci_identity_client.api.policies import update_policy as oci
    from oci_identity_client.models import UpdatePolicyDetails
    from plainid_client.api.policies import upsert_policy

    hostile.default = answer(404, b"{}")
    options: dict[str, Any] = {"base_url": hostile.url, "retry": quick_policy(max_attempts=1)}
    calls: list[tuple[Any, dict[str, Any]]] = [
        (
            fb,
            {"client": policy_clients.flashback(token="t0ken-value", **options), "body": UpdatePolicyRequest(name="x")},
        ),
        (
            c1,
            {
                "client": policy_clients.conductorone(access_token="t0ken-value", **options),
                "body": UpdatePolicyRequestInput(),
            },
        ),
        (
            upsert_policy,
            {
                "client": policy_clients.plainid(token="t0ken-value", **options),
                "body": "package p",
                "filterauth_ws_id": uuid.uuid4(),
            },
        ),
        (oci, {"client": policy_clients.oci_identity(signer=_signer(), **options), "body": UpdatePolicyDetails()}),
    ]
    for module, kwargs in calls:
        with contextlib.suppress(Exception):  # the answer does not matter here, only the path that was sent
            if mode != "async":
                module.sync_detailed(segment, **kwargs)
            else:
                asyncio.run(module.asyncio_detailed(segment, **kwargs))
    assert len(hostile.seen) == 4
    for seen in hostile.seen:
        last = seen.target.split("?")[0].rsplit("/", 1)[-1]
        assert last.lower() in ("%2e", "%2e%2e", "%252e%252e"), seen.target
        assert "/../" not in seen.target and not seen.target.split("?")[0].endswith("/..")


def _signer() -> policy_clients.auth.OCIRequestSigner:
    from policy_clients.testing._oci_signature import make_oci_credentials

    credentials, _ = make_oci_credentials()
    return policy_clients.auth.OCIRequestSigner.from_pem(
        tenancy=credentials.tenancy,
        user=credentials.user,
        fingerprint=credentials.fingerprint,
        pem=credentials.private_key_pem,
    )
