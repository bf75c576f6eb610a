"""Run the installed ``policy-clients`` console script in a subprocess, as a CI job does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from policy_clients.testing import OCIIdentityFake

SCRIPT = shutil.which("policy-clients", path=str(Path(sys.executable).parent)) or "policy-clients"
TIMEOUT = 60

# Variables of the developer's shell that would steer the factories away from the fakes.
_SCRUBBED = (
    "OSO_CLOUD_API_KEY",
    "OSO_CLOUD_URL",
    "FLASHBACK_API_TOKEN",
    "FLASHBACK_REFRESH_TOKEN",
    "PLAINID_TOKEN",
    "PLAINID_CLIENT_ID",
    "PLAINID_CLIENT_SECRET",
    "PLAINID_REGION",
    "PLAINID_ENV_ID",
    "PLAINID_WORKSPACE_ID",
    "CONDUCTORONE_CLIENT_ID",
    "CONDUCTORONE_CLIENT_SECRET",
    "CONDUCTORONE_ACCESS_TOKEN",
    "OCI_CONFIG_FILE",
    "OCI_CLI_PROFILE",
    "OCI_CLI_AUTH",
    "OCI_REGION",
    "OCI_RESOURCE_PRINCIPAL_VERSION",
    "POLICY_CLIENTS_BASE_URL",
    "POLICY_CLIENTS_PROGRESS_AFTER",
)


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)

    @property
    def error_line(self) -> str:
        """The one line an error prints (and asserts there is exactly one)."""
        lines = self.stderr.splitlines()
        errors = [line for line in lines if line.startswith("policy-clients: error:")]
        assert len(errors) == 1, self.stderr
        assert "Traceback" not in self.stderr, self.stderr
        return errors[0]


@dataclass
class CLI:
    """The console script with an environment of our choosing (and nothing of the developer's)."""

    env: dict[str, str]
    secrets: list[str] = field(default_factory=list)
    runs: list[Result] = field(default_factory=list)

    def __call__(self, *args: str, stdin: str | None = None, **env: str) -> Result:
        completed = subprocess.run(
            [SCRIPT, *args],
            env={**self.env, **env},
            input=stdin,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        result = Result(completed.returncode, completed.stdout, completed.stderr)
        self.runs.append(result)
        return result


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[CLI]:
    """Every secret a test registers in ``cli.secrets`` is checked absent from every run's output at the end."""
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    env["HOME"] = str(tmp_path / "home")  # no ~/.oci/config of the developer's
    env["POLICY_CLIENTS_PROGRESS_AFTER"] = "30"  # no "still waiting" notes on a busy machine, unless a test asks
    runner = CLI(env)
    yield runner
    for result in runner.runs:
        for secret in runner.secrets:
            assert secret not in result.stdout and secret not in result.stderr


def oci_env(fake: OCIIdentityFake, folder: Path, cli: CLI) -> tuple[dict[str, str], str]:
    """An OCI config profile with a fresh key the fake accepts, the fake as base URL; and the key's id."""
    credentials = fake.new_credentials()
    key_file = folder / "oci_api_key.pem"
    key_file.write_bytes(credentials.private_key_pem)
    key_file.chmod(0o600)
    config = folder / "oci_config"
    config.write_text(
        "[DEFAULT]\n"
        f"user={credentials.user}\nfingerprint={credentials.fingerprint}\n"
        f"tenancy={credentials.tenancy}\nkey_file={key_file}\n",
        encoding="utf-8",
    )
    pem_body = credentials.private_key_pem.decode().splitlines()[1]  # a line of the key's base64
    cli.secrets.append(pem_body)
    return {"OCI_CONFIG_FILE": str(config), "POLICY_CLIENTS_BASE_URL": fake.base_url}, credentials.key_id
