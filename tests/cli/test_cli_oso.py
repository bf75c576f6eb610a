"""``policy-clients`` against the Oso Cloud fake: the Polar file, one policy per environment, no ``--id``."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from conftest import CLI

from policy_clients.testing import OsoCloudFake

pytestmark = pytest.mark.slow

LIVE = "actor User {}\n"
CHANGED = 'actor User {}\nresource Repo { permissions = ["read"]; }\n'


@pytest.fixture
def oso(oso_cloud_fake: OsoCloudFake, cli: CLI) -> OsoCloudFake:
    cli.env.update(OSO_CLOUD_API_KEY=oso_cloud_fake.token, POLICY_CLIENTS_BASE_URL=oso_cloud_fake.base_url)
    cli.secrets.append(oso_cloud_fake.token)
    return oso_cloud_fake


def _posts(fake: OsoCloudFake) -> int:
    return sum(1 for r in fake.requests if r.method == "POST")


def test_push_pull_diff_round_trip(oso: OsoCloudFake, cli: CLI, tmp_path: Path) -> None:
    policy = tmp_path / "policy.polar"
    policy.write_text(CHANGED)

    nothing = cli("pull", "oso_cloud")
    assert nothing.code == 4 and "no live policy" in nothing.error_line
    new = cli("diff", "oso_cloud", str(policy))
    assert new.code == 1 and new.stdout.startswith(f"--- oso_cloud:live\n+++ {policy}\n")

    pushed = cli("push", "oso_cloud", str(policy))
    assert pushed.code == 0, pushed.stderr
    assert oso.policy == CHANGED
    assert cli("diff", "oso_cloud", str(policy)).code == 0
    assert cli("pull", "oso_cloud").stdout == CHANGED

    out = tmp_path / "pulled.polar"
    assert cli("pull", "oso_cloud", "-o", str(out)).code == 0
    assert out.read_text() == CHANGED

    unchanged = cli("push", "oso_cloud", str(policy), "--json")
    assert unchanged.json == {
        "ok": True, "command": "push", "vendor": "oso_cloud", "dry_run": False,
        "changed": False, "diff": "", "id": None, "written": False,
    }  # fmt: skip
    forced = cli("push", "oso_cloud", str(policy), "--force", "--json")
    assert forced.json["written"] is True
    assert _posts(oso) == 2


def test_a_file_without_final_newline_is_no_difference(oso: OsoCloudFake, cli: CLI, tmp_path: Path) -> None:
    oso.seed_policy(LIVE)
    policy = tmp_path / "policy.polar"
    policy.write_text(LIVE.rstrip("\n"))
    assert cli("diff", "oso_cloud", str(policy)).code == 0


def test_dry_run_and_diff_json(oso: OsoCloudFake, cli: CLI, tmp_path: Path) -> None:
    oso.seed_policy(LIVE)
    policy = tmp_path / "policy.polar"
    policy.write_text(CHANGED)
    dry = cli("push", "oso_cloud", str(policy), "--dry-run")
    assert dry.code == 0 and '+resource Repo { permissions = ["read"]; }' in dry.stdout
    assert oso.policy == LIVE and _posts(oso) == 0

    diff = cli("diff", "oso_cloud", str(policy), "--json")
    assert diff.code == 1
    assert diff.json["different"] is True and diff.json["diff"] == dry.stdout


def test_id_does_not_apply_to_oso(oso: OsoCloudFake, cli: CLI, tmp_path: Path) -> None:
    policy = tmp_path / "policy.polar"
    policy.write_text(LIVE)
    result = cli("push", "oso_cloud", str(policy), "--id", "x")
    assert result.code == 2 and "--id does not apply" in result.error_line
    empty = tmp_path / "empty.polar"
    empty.write_text("\n")
    assert cli("push", "oso_cloud", str(empty)).code == 2


def test_a_refused_policy_is_exit_7_with_the_request_id_we_sent(oso: OsoCloudFake, cli: CLI, tmp_path: Path) -> None:
    policy = tmp_path / "policy.polar"
    policy.write_text(CHANGED)
    oso.faults.fail_next(1, status=400, method="POST")
    result = cli("push", "oso_cloud", str(policy), "--json")
    assert result.code == 7
    sent = next(r for r in oso.requests if r.method == "POST").headers["x-request-id"]
    assert f"request id {sent}" in result.error_line
    assert result.json["error"] | {"message": None} == {
        "type": "APIError", "message": None, "exit_code": 7, "status": 400, "request_id": sent,
    }  # fmt: skip


def test_a_wrong_api_key_is_exit_3_and_never_printed(oso: OsoCloudFake, cli: CLI) -> None:
    wrong = "oso-wrong-key-" + "q" * 40
    cli.secrets.append(wrong)
    result = cli("pull", "oso_cloud", "--json", OSO_CLOUD_API_KEY=wrong)
    assert result.code == 3
    assert "HTTP 401" in result.error_line and "request id" in result.error_line
    assert result.json["error"]["type"] == "AuthenticationError"


def test_no_api_key_is_exit_8_naming_the_variable(oso: OsoCloudFake, cli: CLI) -> None:
    env = dict(cli.env)
    env.pop("OSO_CLOUD_API_KEY")
    cli.env = env
    result = cli("pull", "oso_cloud")
    assert result.code == 8 and "OSO_CLOUD_API_KEY" in result.error_line


def test_a_retried_call_is_announced_on_stderr_only(oso: OsoCloudFake, cli: CLI) -> None:
    oso.seed_policy(LIVE)
    oso.faults.fail_next(1, status=503, retry_after="0")
    result = cli("pull", "oso_cloud")
    assert (result.code, result.stdout) == (0, LIVE)
    assert "attempt 1 got 503; retrying" in result.stderr


def test_an_unreachable_host_is_exit_6_with_the_request_id_we_sent(oso: OsoCloudFake, cli: CLI) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = cli("pull", "oso_cloud", "--json", POLICY_CLIENTS_BASE_URL=f"http://127.0.0.1:{port}/api/")
    assert result.code == 6
    request_id = result.json["error"]["request_id"]
    assert request_id and f"(request id {request_id})" in result.error_line and "ConnectError" in result.error_line
