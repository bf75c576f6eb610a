"""``token_provider=`` on every bearer-token factory, against each vendor's fake over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import pickle
import traceback
import uuid
from collections.abc import Callable
from typing import Any

import pytest

import policy_clients
from policy_clients.testing import ConductorOneFake, FlashbackFake, OsoCloudFake, PlainIdFake
from policy_clients.testing._bearer import BearerTokenFake

REGO = "# METADATA\n# custom:\n#   plainid:\n#     policyId: p-1\npackage policy\n"


def oso_call(client: Any, mode: str) -> int:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import Policy

    src = f"actor User{uuid.uuid4().hex} {{}}"  # a new policy each time (an unchanged one answers 202)
    return run(mode, post_policy, client=client, body=Policy(src=src))


def flashback_call(client: Any, mode: str) -> int:
    from flashback_client.api.policies import update_policy
    from flashback_client.models import UpdatePolicyRequest

    return run(mode, update_policy, "p1", client=client, body=UpdatePolicyRequest(name="n"))


def plainid_call(client: Any, mode: str) -> int:
    from plainid_client.api.policies import upsert_policy

    return run(mode, upsert_policy, uuid.uuid4(), client=client, body=REGO, filterauth_ws_id=uuid.uuid4())


def conductorone_call(client: Any, mode: str) -> int:
    from conductorone_client.api.policies import update_policy
    from conductorone_client.models import Policy, UpdatePolicyRequestInput

    body = UpdatePolicyRequestInput(policy=Policy(display_name="N"), update_mask="displayName")
    return run(mode, update_policy, "pol1", client=client, body=body)


def run(mode: str, module: Any, *args: Any, **kwargs: Any) -> int:
    if mode == "sync":
        return int(module.sync_detailed(*args, **kwargs).status_code)
    return int(asyncio.run(module.asyncio_detailed(*args, **kwargs)).status_code)


class Vendor:
    def __init__(self, fake: BearerTokenFake | ConductorOneFake, factory: Callable[..., Any], call: Any) -> None:
        self.fake, self.factory, self.call = fake, factory, call

    def client(self, provider: Any) -> Any:
        return self.factory(token_provider=provider, base_url=self.fake.base_url)


@pytest.fixture(params=["oso_cloud", "flashback", "plainid", "conductorone"])
def vendor(request: pytest.FixtureRequest) -> Any:
    name = request.param
    if name == "oso_cloud":
        fake: Any = OsoCloudFake()
        made = Vendor(fake, policy_clients.oso_cloud, oso_call)
    elif name == "flashback":
        fake = FlashbackFake()
        made = Vendor(fake, policy_clients.flashback, flashback_call)
    elif name == "plainid":
        fake = PlainIdFake()
        made = Vendor(fake, policy_clients.plainid, plainid_call)
    else:
        fake = ConductorOneFake(token=f"c1-static-{uuid.uuid4().hex}")
        made = Vendor(fake, policy_clients.conductorone, conductorone_call)
    with fake:
        if name in ("flashback", "conductorone"):
            fake.seed_policy({"flashback": "p1", "conductorone": "pol1"}[name])
        yield made


def ok_status(vendor: Vendor) -> int:
    return 201 if isinstance(vendor.fake, PlainIdFake) else 200


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_sync_provider_is_asked_per_attempt(vendor: Vendor, mode: str) -> None:
    asked: list[int] = []

    def provider() -> str:
        asked.append(1)
        return str(vendor.fake.token)

    client = vendor.client(provider)
    assert [vendor.call(client, mode), vendor.call(client, mode)] == [ok_status(vendor)] * 2
    assert len(asked) == 2
    assert {r.header("authorization") for r in vendor.fake.requests} == {"Bearer [REDACTED]"}


def test_an_async_provider_serves_async_calls(vendor: Vendor) -> None:
    async def provider() -> str:
        await asyncio.sleep(0)
        return str(vendor.fake.token)

    assert vendor.call(vendor.client(provider), "async") == ok_status(vendor)


def test_an_async_provider_on_a_sync_call_is_a_clear_error(vendor: Vendor) -> None:
    async def provider() -> str:
        return str(vendor.fake.token)

    with pytest.raises(policy_clients.ConfigurationError, match="awaitable"):
        vendor.call(vendor.client(provider), "sync")
    assert not vendor.fake.requests


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_asked_again_and_replayed_once_after_a_401(vendor: Vendor, mode: str) -> None:
    tokens = iter(["stale-token-value", str(vendor.fake.token), "never-asked-for"])
    assert vendor.call(vendor.client(lambda: next(tokens)), mode) == ok_status(vendor)
    assert [r.status for r in vendor.fake.requests] == [401, ok_status(vendor)]
    assert next(tokens) == "never-asked-for"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_failing_provider_is_a_token_error_that_does_not_quote_it(vendor: Vendor, mode: str) -> None:
    leaked = "provider-secret-" + uuid.uuid4().hex

    def provider() -> str:
        raise RuntimeError(f"vault said {leaked}")

    client = vendor.client(provider)
    try:
        vendor.call(client, mode)
    except policy_clients.TokenEndpointError as caught:
        error: BaseException = caught
    else:
        raise AssertionError("expected a TokenEndpointError")
    texts = [str(error), repr(error), pickle.dumps(error).decode("latin-1")]
    texts.append("".join(traceback.TracebackException.from_exception(error).format()))
    assert "RuntimeError" in str(error)
    assert not [t for t in texts if leaked in t]
    assert not vendor.fake.requests


@pytest.mark.parametrize("value", [None, "", "two words", "line\r\nbreak"])
def test_a_provider_value_that_cannot_be_a_token_is_refused(vendor: Vendor, value: Any) -> None:
    with pytest.raises(policy_clients.TokenEndpointError) as caught:
        vendor.call(vendor.client(lambda: value), "sync")
    assert value is None or not value or value not in str(caught.value)
    assert not vendor.fake.requests


def test_oso_headers_come_with_a_provided_token(oso_cloud_fake: OsoCloudFake) -> None:
    client = policy_clients.oso_cloud(token_provider=lambda: oso_cloud_fake.token, base_url=oso_cloud_fake.base_url)
    assert oso_call(client, "sync") == 200
    request = oso_cloud_fake.requests[0]
    assert request.header("x-osoapiversion") == "0"
    assert request.header("x-oso-instance-id") and request.header("x-request-id")


@pytest.mark.parametrize(
    ("factory", "credential"),
    [
        (policy_clients.oso_cloud, {"api_key": "k-value-123"}),
        (policy_clients.flashback, {"token": "t-value-123"}),
        (policy_clients.flashback, {"refresh_token": "r-value-123"}),
        (policy_clients.plainid, {"client_id": "c", "client_secret": "s-value-123"}),
        (policy_clients.conductorone, {"access_token": "a-value-123", "tenant": "acme"}),
    ],
)
def test_a_provider_and_another_credential_are_refused(factory: Any, credential: dict[str, str]) -> None:
    with pytest.raises(policy_clients.ConfigurationError, match="token_provider argument replaces") as caught:
        factory(token_provider=lambda: "x", **credential)
    assert ", ".join(sorted(credential)).replace(", tenant", "") in str(caught.value)
    assert "-value-123" not in str(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_oso_read_your_writes_with_a_provided_token(oso_cloud_fake: OsoCloudFake, mode: str) -> None:
    """The OsoOffset of a successful write goes on later requests, as with an API key (per client)."""
    from oso_cloud_client.api.policy import get_policy, post_policy
    from oso_cloud_client.models import Policy

    def provide() -> str:
        return oso_cloud_fake.token

    client = policy_clients.oso_cloud(token_provider=provide, base_url=oso_cloud_fake.base_url)
    other = policy_clients.oso_cloud(token_provider=provide, base_url=oso_cloud_fake.base_url)
    if mode == "sync":
        get_policy.sync_detailed(client=client)
        post_policy.sync_detailed(client=client, body=Policy(src="actor A {}"))
        get_policy.sync_detailed(client=client)
        get_policy.sync_detailed(client=other)
    else:
        await get_policy.asyncio_detailed(client=client)
        await post_policy.asyncio_detailed(client=client, body=Policy(src="actor A {}"))
        await get_policy.asyncio_detailed(client=client)
        await get_policy.asyncio_detailed(client=other)
    assert [r.header("osooffset") for r in oso_cloud_fake.requests] == [None, None, "1", None]
