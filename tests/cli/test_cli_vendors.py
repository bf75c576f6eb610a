"""``policy-clients`` push and pull once per remaining vendor: Flashback content, PlainID Rego, ConductorOne JSON."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from conftest import CLI

from policy_clients.testing import ConductorOneFake, FlashbackFake, PlainIdFake

pytestmark = pytest.mark.slow


def test_flashback_push_and_pull_the_content(flashback_fake: FlashbackFake, cli: CLI, tmp_path: Path) -> None:
    cli.env.update(FLASHBACK_API_TOKEN=flashback_fake.token, POLICY_CLIENTS_BASE_URL=flashback_fake.base_url)
    cli.secrets.append(flashback_fake.token)
    flashback_fake.seed_policy("pol-1", name="PII", content="Do not share secrets.", risk_type="HIGH")
    policy = tmp_path / "pii.txt"
    policy.write_text("Never paste customer data into prompts.\n")

    assert cli("push", "flashback", str(policy)).code == 2  # Flashback updates need --id
    pushed = cli("push", "flashback", str(policy), "--id", "pol-1")
    assert pushed.code == 0, pushed.stderr
    stored = flashback_fake.get_policy("pol-1")
    assert stored is not None
    assert (stored["content"], stored["name"], stored["riskType"]) == (policy.read_text(), "PII", "HIGH")
    assert cli("pull", "flashback", "--id", "pol-1").stdout == policy.read_text()
    assert cli("pull", "flashback", "--id", "pol-404").code == 4


REGO = """\
# METADATA
# custom:
#   plainid:
#     policyId: {policy_id}
#     name: Accounts
#     accessType: Allow
package policy
import rego.v1

allow if {{ input.user == "{user}" }}
"""


def test_plainid_push_and_pull_the_rego(plainid_fake: PlainIdFake, cli: CLI, tmp_path: Path) -> None:
    env_id, workspace_id = str(uuid.uuid4()), str(uuid.uuid4())
    cli.env.update(PLAINID_TOKEN=plainid_fake.token, POLICY_CLIENTS_BASE_URL=plainid_fake.base_url)
    cli.env.update(PLAINID_ENV_ID=env_id)
    cli.secrets.append(plainid_fake.token)
    policy_id = "08ae32e4-fbf3-4cc8-b3b9-3b4061d1c825"
    policy = tmp_path / "accounts.rego"
    policy.write_text(REGO.format(policy_id=policy_id, user="alice"))

    no_scope = cli("push", "plainid", str(policy))
    assert no_scope.code == 2 and "--workspace-id (or $PLAINID_WORKSPACE_ID)" in no_scope.error_line
    assert cli("push", "plainid", str(policy), "--workspace-id", workspace_id, "--id", "other").code == 2

    created = cli("push", "plainid", str(policy), "--workspace-id", workspace_id, "--json")
    assert created.code == 0, created.stderr
    assert created.json["id"] == policy_id and created.json["written"] is True
    pulled = cli("pull", "plainid", "--id", policy_id, "--workspace-id", workspace_id)
    assert (pulled.code, pulled.stdout) == (0, policy.read_text())

    policy.write_text(REGO.format(policy_id=policy_id, user="bob"))
    diff = cli("diff", "plainid", str(policy), "--workspace-id", workspace_id)
    assert diff.code == 1 and '+allow if { input.user == "bob" }' in diff.stdout
    assert cli("push", "plainid", str(policy), "--workspace-id", workspace_id).code == 0
    assert cli("diff", "plainid", str(policy), "--workspace-id", workspace_id).code == 0


def test_conductorone_push_creates_then_updates_only_the_fields_in_the_file(
    conductorone_fake: ConductorOneFake, cli: CLI, tmp_path: Path
) -> None:
    assert conductorone_fake.token is not None
    cli.env.update(
        CONDUCTORONE_ACCESS_TOKEN=conductorone_fake.token, POLICY_CLIENTS_BASE_URL=conductorone_fake.base_url
    )
    cli.secrets.append(conductorone_fake.token)
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"displayName": "Prod access", "description": "Manager approval"}))

    created = cli("push", "conductorone", str(policy), "--json")
    assert created.code == 0, created.stderr
    policy_id = created.json["id"]
    assert policy_id

    pulled = cli("pull", "conductorone", "--id", policy_id)
    assert pulled.code == 0
    fields = json.loads(pulled.stdout)
    assert fields["displayName"] == "Prod access" and "id" not in fields and "createdAt" not in fields

    policy.write_text(json.dumps({"description": "Two approvals"}))
    assert cli("diff", "conductorone", str(policy), "--id", policy_id).code == 1
    assert cli("push", "conductorone", str(policy), "--id", policy_id).code == 0
    after = json.loads(cli("pull", "conductorone", "--id", policy_id).stdout)
    assert (after["displayName"], after["description"]) == ("Prod access", "Two approvals")

    policy.write_text(json.dumps({"id": policy_id, "description": "x"}))
    assert cli("push", "conductorone", str(policy), "--id", policy_id).code == 2  # server-set fields refused


def test_plainid_client_credentials_refused_is_exit_3_and_the_secret_never_shows(
    plainid_fake: PlainIdFake, cli: CLI
) -> None:
    client_id, secret = plainid_fake.new_client_credentials()
    wrong = secret[:-6] + "XXXXXX"
    cli.secrets += [secret, wrong]
    cli.env.update(PLAINID_CLIENT_ID=client_id, PLAINID_CLIENT_SECRET=wrong)
    cli.env.update(POLICY_CLIENTS_BASE_URL=plainid_fake.base_url, PLAINID_ENV_ID=str(uuid.uuid4()))
    args = ("pull", "plainid", "--id", "p-1", "--workspace-id", str(uuid.uuid4()), "--json")
    refused = cli(*args)
    assert refused.code == 3, refused.stderr
    assert refused.json["error"]["type"].endswith("TokenError")  # a TokenEndpointError subclass
    assert "401" in refused.error_line

    accepted = cli(*args, PLAINID_CLIENT_SECRET=secret)
    assert accepted.code == 4  # the token was issued; the policy simply is not there
    assert "HTTP 404" in accepted.error_line
