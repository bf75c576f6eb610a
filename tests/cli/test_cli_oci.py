"""``policy-clients`` against the OCI Identity fake: statements files, etag-guarded pushes, every exit code."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from conftest import CLI, oci_env

from policy_clients.testing import OCIIdentityFake

pytestmark = pytest.mark.slow

POLICY_ID = "ocid1.policy.oc1..aaaaclitest"
LIVE = ["Allow group Admins to manage all-resources in tenancy", "Allow group Ops to read buckets in tenancy"]
CHANGED = ["Allow group Admins to manage all-resources in tenancy", "Allow group Ops to manage buckets in tenancy"]


@pytest.fixture
def oci(oci_identity_fake: OCIIdentityFake, tmp_path: Path, cli: CLI) -> OCIIdentityFake:
    env, key_id = oci_env(oci_identity_fake, tmp_path, cli)
    cli.env.update(env, KEY_ID=key_id)
    oci_identity_fake.seed_policy(POLICY_ID, statements=LIVE, description="Seeded")
    return oci_identity_fake


def _stored(fake: OCIIdentityFake) -> dict[str, Any]:
    policy = fake.get_policy(POLICY_ID)
    assert policy is not None
    return policy


def _writes(fake: OCIIdentityFake) -> list[str]:
    return [r.method for r in fake.requests if r.method in ("PUT", "POST", "DELETE")]


def test_pull_prints_one_statement_a_line_and_writes_json_or_yaml_by_extension(
    oci: OCIIdentityFake, cli: CLI, tmp_path: Path
) -> None:
    result = cli("pull", "oci_identity", "--id", POLICY_ID)
    assert (result.code, result.stdout) == (0, "".join(f"{s}\n" for s in LIVE))

    assert cli("pull", "oci_identity", "--id", POLICY_ID, "-o", str(tmp_path / "p.json")).code == 0
    assert json.loads((tmp_path / "p.json").read_text()) == {"statements": LIVE, "description": "Seeded"}
    assert cli("pull", "oci_identity", "--id", POLICY_ID, "-o", str(tmp_path / "p.yaml")).code == 0
    assert (tmp_path / "p.yaml").read_text().startswith("statements:\n- Allow group Admins")

    pulled = cli("pull", "oci_identity", "--id", POLICY_ID, "--json").json
    assert pulled["ok"] and pulled["version"] == oci.etag(POLICY_ID)
    assert pulled["content"] == "".join(f"{s}\n" for s in LIVE)


def test_diff_exits_0_when_same_and_1_with_a_unified_diff_when_not(
    oci: OCIIdentityFake, cli: CLI, tmp_path: Path
) -> None:
    same = tmp_path / "same.txt"
    same.write_text("# comments and blank lines are not statements\n\n" + "\n".join(LIVE) + "\n")
    assert (cli("diff", "oci_identity", str(same), "--id", POLICY_ID).code, cli.runs[-1].stdout) == (0, "")

    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(CHANGED))
    result = cli("diff", "oci_identity", str(changed), "--id", POLICY_ID)
    assert result.code == 1
    assert f"--- oci_identity:{POLICY_ID}\n+++ {changed}\n" in result.stdout
    assert (
        "-Allow group Ops to read buckets in tenancy\n+Allow group Ops to manage buckets in tenancy\n" in result.stdout
    )

    described = tmp_path / "described.yaml"
    described.write_text("description: New words\nstatements:\n" + "".join(f"- {s}\n" for s in LIVE))
    as_json = cli("diff", "oci_identity", str(described), "--id", POLICY_ID, "--json")
    assert as_json.code == 1
    assert as_json.json["different"] is True
    assert "-description: Seeded\n+description: New words\n" in as_json.json["diff"]
    assert _writes(oci) == []


def test_push_updates_under_the_etag_just_read_and_skips_an_unchanged_policy(
    oci: OCIIdentityFake, cli: CLI, tmp_path: Path
) -> None:
    before = oci.etag(POLICY_ID)
    policy = tmp_path / "policy.txt"
    policy.write_text("\n".join(CHANGED) + "\n")
    result = cli("push", "oci_identity", str(policy), "--id", POLICY_ID, "--json")
    assert result.code == 0, result.stderr
    assert result.json["written"] is True and result.json["version"] == oci.etag(POLICY_ID) != before
    put = next(r for r in oci.requests if r.method == "PUT")
    assert put.headers["if-match"] == before
    assert _stored(oci)["statements"] == CHANGED
    assert _stored(oci)["description"] == "Seeded"  # a text file sets statements only

    again = cli("push", "oci_identity", str(policy), "--id", POLICY_ID)
    assert again.code == 0 and "already matches" in again.stderr
    assert _writes(oci) == ["PUT"]


def test_dry_run_prints_the_diff_and_writes_nothing(oci: OCIIdentityFake, cli: CLI, tmp_path: Path) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_text("\n".join(CHANGED) + "\n")
    result = cli("push", "oci_identity", str(policy), "--id", POLICY_ID, "--dry-run")
    assert result.code == 0
    assert "+Allow group Ops to manage buckets in tenancy" in result.stdout
    assert "nothing written" in result.stderr
    as_json = cli("push", "oci_identity", str(policy), "--id", POLICY_ID, "--dry-run", "--json").json
    assert as_json["dry_run"] is True and as_json["changed"] is True and "written" not in as_json
    assert _writes(oci) == [] and _stored(oci)["statements"] == LIVE


def test_push_reads_stdin(oci: OCIIdentityFake, cli: CLI) -> None:
    assert cli("push", "oci_identity", "-", "--id", POLICY_ID, stdin="\n".join(CHANGED)).code == 0
    assert _stored(oci)["statements"] == CHANGED


def test_not_found_is_exit_4_one_line_with_the_request_id(oci: OCIIdentityFake, cli: CLI) -> None:
    result = cli("pull", "oci_identity", "--id", "ocid1.policy.oc1..nothere", "--json")
    assert result.code == 4
    line = result.error_line
    assert "HTTP 404" in line
    request_id = result.json["error"]["request_id"]
    assert request_id and f"request id {request_id}" in line
    assert result.json["error"]["type"] == "NotFoundError" and result.json["error"]["exit_code"] == 4


def test_a_concurrent_edit_is_a_conflict_exit_5(oci: OCIIdentityFake, cli: CLI, tmp_path: Path) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_text("\n".join(CHANGED) + "\n")
    oci.faults.fail_next(1, status=412, method="PUT")  # someone else wrote between our read and our write
    result = cli("push", "oci_identity", str(policy), "--id", POLICY_ID)
    assert result.code == 5
    assert "HTTP 412" in result.error_line and "request id" in result.error_line


def test_refused_credentials_are_exit_3(oci: OCIIdentityFake, cli: CLI) -> None:
    oci.revoke_key(cli.env["KEY_ID"])
    result = cli("pull", "oci_identity", "--id", POLICY_ID)
    assert result.code == 3
    assert "HTTP 401" in result.error_line and "request id" in result.error_line


def test_a_server_error_is_exit_7_after_the_retries_it_announced(oci: OCIIdentityFake, cli: CLI) -> None:
    oci.faults.fail_next(3, status=500)  # the facade's default: 3 attempts
    result = cli("pull", "oci_identity", "--id", POLICY_ID)
    assert result.code == 7
    assert "HTTP 500" in result.error_line and "request id" in result.error_line
    assert "getPolicy: attempt 1 got 500; retrying" in result.stderr
    oci.faults.fail_next(1, status=503)
    quiet = cli("pull", "oci_identity", "--id", POLICY_ID, "--quiet")
    assert (quiet.code, quiet.stderr) == (0, "")


def test_a_slow_call_says_it_is_still_waiting(oci: OCIIdentityFake, cli: CLI) -> None:
    oci.faults.delay_next(1, 1.5)
    result = cli("pull", "oci_identity", "--id", POLICY_ID, POLICY_CLIENTS_PROGRESS_AFTER="0.2")
    assert result.code == 0
    assert "oci_identity: reading the live policy: still waiting" in result.stderr
    assert result.stdout == "".join(f"{s}\n" for s in LIVE)  # progress never mixes into the result


def test_unreachable_host_is_exit_6(oci: OCIIdentityFake, cli: CLI) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = cli("pull", "oci_identity", "--id", POLICY_ID, "--base-url", f"http://127.0.0.1:{port}")
    assert result.code == 6
    assert "ConnectError" in result.error_line


def test_missing_config_is_exit_8_and_usage_errors_are_exit_2(oci: OCIIdentityFake, cli: CLI, tmp_path: Path) -> None:
    missing = cli("pull", "oci_identity", "--id", POLICY_ID, OCI_CONFIG_FILE=str(tmp_path / "none"))
    assert missing.code == 8 and "none" in missing.error_line

    bad = tmp_path / "bad.json"
    bad.write_text('{"statements": "not a list"}')
    cases = [
        ("push", "oci_identity", str(bad), "--id", POLICY_ID),  # a file that is not a policy
        ("push", "oci_identity", str(tmp_path / "absent.txt"), "--id", POLICY_ID),  # no such file
        ("push", "oci_identity", str(bad)),  # no --id
        ("pull", "nosuchvendor", "--id", POLICY_ID),  # argparse
        ("frobnicate",),
    ]
    for args in cases:
        result = cli(*args)
        assert result.code == 2, (args, result.stderr)
        assert len(result.stderr.splitlines()) == 1, result.stderr
    assert _writes(oci) == []
