"""Where ConductorOne tokens come from: the client id's host, a bare tenant name, or an explicit override."""

from __future__ import annotations

from typing import Any

import pytest
from conductorone_client.api.policies import update_policy
from conductorone_client.models import Policy, UpdatePolicyRequestInput

import policy_clients
from policy_clients._options import user_agent
from policy_clients.auth import token_host_from_client_id
from policy_clients.testing import ConductorOneFake
from policy_clients.testing._assertion import make_client_credentials

TOKEN_PATH = "/auth/v1/token"
BODY = UpdatePolicyRequestInput(policy=Policy(display_name="N"), update_mask="displayName")


def auth_of(client: Any) -> Any:
    return client._facade.auth


def a_secret() -> str:
    return make_client_credentials("svc", "acme")[0].client_secret


@pytest.mark.parametrize(
    ("client_id", "host"),
    [
        ("name@acme/suffix", "acme.conductor.one"),
        ("name@Acme/suffix", "acme.conductor.one"),
        ("name@acme.example.com/x", "acme.example.com"),
        ("name@localhost:8080/x", "localhost:8080"),
        ("name@[::1]:8443/x", "[::1]:8443"),
    ],
)
def test_a_dotless_client_id_host_is_a_tenant(client_id: str, host: str) -> None:
    assert token_host_from_client_id(client_id) == host


def test_a_bare_tenant_client_id_reaches_its_tenant() -> None:
    client = policy_clients.conductorone("name@acme/suffix", a_secret())
    assert str(auth_of(client).token_url) == "https://acme.conductor.one/auth/v1/token"
    assert str(client._base_url) == "https://acme.conductor.one"


def test_tenant_override_moves_the_token_host() -> None:
    client = policy_clients.conductorone("name@acme.conductor.one/suffix", a_secret(), tenant="other")
    assert str(auth_of(client).token_url) == "https://other.conductor.one/auth/v1/token"
    assert str(client._base_url) == "https://other.conductor.one"


def test_base_url_override_moves_the_token_host_and_audience(conductorone_fake: ConductorOneFake) -> None:
    credentials, public_key = make_client_credentials("svc", "acme")  # names acme.conductor.one, not the fake
    conductorone_fake.register_client(credentials.client_id, public_key)
    conductorone_fake.seed_policy("pol1")
    client = policy_clients.conductorone(
        credentials.client_id, credentials.client_secret, base_url=conductorone_fake.base_url
    )
    assert update_policy.sync_detailed("pol1", client=client, body=BODY).status_code == 200
    [token_request] = [r for r in conductorone_fake.requests if r.path == TOKEN_PATH]
    assert token_request.status == 200  # the fake accepts only aud == the host it was reached by
    assert str(auth_of(client).token_url) == conductorone_fake.token_url


def test_the_fake_checks_the_audience_it_was_reached_by(conductorone_fake: ConductorOneFake) -> None:
    """An assertion for acme.conductor.one sent to another server is refused, as the real one refuses it."""
    credentials, public_key = make_client_credentials("svc", "acme")
    conductorone_fake.register_client(credentials.client_id, public_key)
    conductorone_fake.seed_policy("pol1")
    # token_url alone moves the request, not the audience: the assertion still names acme.conductor.one.
    client = policy_clients.conductorone(
        credentials.client_id, credentials.client_secret, token_url=conductorone_fake.token_url
    )
    with pytest.raises(policy_clients.TokenEndpointError, match=r"must contain .+127\.0\.0\.1"):
        update_policy.sync_detailed("pol1", client=client, body=BODY)


@pytest.mark.parametrize("given", [None, "svc/2.0"])
def test_the_token_request_sends_the_user_agent(conductorone_fake: ConductorOneFake, given: str | None) -> None:
    credentials = conductorone_fake.new_client_credentials()
    conductorone_fake.seed_policy("pol1")
    options: dict[str, Any] = {} if given is None else {"user_agent": given}
    client = policy_clients.conductorone(
        credentials.client_id, credentials.client_secret, base_url=conductorone_fake.base_url, **options
    )
    assert update_policy.sync_detailed("pol1", client=client, body=BODY).status_code == 200
    expected = given or user_agent("conductorone")
    assert {r.path: r.header("user-agent") for r in conductorone_fake.requests} == {
        TOKEN_PATH: expected,
        "/api/v1/policies/pol1": expected,
    }
