"""Each vendor wheel installs alone into a fresh virtual environment and calls its operation on the fake.

No source tree is on the path there: the subprocess runs from an empty directory with the venv's own
interpreter. The facade's extras must pull in exactly the vendor packages they name.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from policy_clients.testing import ConductorOneFake, FlashbackFake, OCIIdentityFake, OsoCloudFake, PlainIdFake

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
UV = shutil.which("uv") or "uv"  # uv is in the test dependency group

CALLS = {
    "oso_cloud_client": (
        OsoCloudFake,
        """
from oso_cloud_client.api.policy import post_policy
from oso_cloud_client.models import Policy
r = post_policy.sync_detailed(client=client, body=Policy(src="actor User {}"))
result = {"status": r.status_code, "type": type(r.parsed).__name__}
""",
    ),
    "flashback_client": (
        FlashbackFake,
        """
from flashback_client.api.policies import update_policy
from flashback_client.models import UpdatePolicyRequest
r = update_policy.sync_detailed("p1", client=client, body=UpdatePolicyRequest(name="New"))
result = {"status": r.status_code, "type": type(r.parsed).__name__}
""",
    ),
    "plainid_client": (
        PlainIdFake,
        """
import uuid
from plainid_client.api.policies import upsert_policy
r = upsert_policy.sync_detailed(uuid.uuid4(), client=client, body="package policy\\n", filterauth_ws_id=uuid.uuid4())
result = {"status": r.status_code, "type": type(r.parsed).__name__}
""",
    ),
    "conductorone_client": (
        ConductorOneFake,
        """
from conductorone_client.api.policies import update_policy
from conductorone_client.models import Policy, UpdatePolicyRequestInput
r = update_policy.sync_detailed("p1", client=client, body=UpdatePolicyRequestInput(policy=Policy(display_name="x")))
result = {"status": r.status_code, "type": type(r.parsed).__name__}
""",
    ),
    # Without policy_clients there is no request signing: the fake answers 401 in OCI's error shape,
    # which the wheel's own models must parse.
    "oci_identity_client": (
        OCIIdentityFake,
        """
from oci_identity_client.api.policies import update_policy
from oci_identity_client.models import UpdatePolicyDetails
r = update_policy.sync_detailed("ocid1.policy.oc1..p", client=client, body=UpdatePolicyDetails(description="x"))
result = {"status": r.status_code, "type": type(r.parsed).__name__}
""",
    ),
}
EXPECTED = {
    "oso_cloud_client": (200, "ApiResult"),
    "flashback_client": (200, "UpdatePolicyResponse"),
    "plainid_client": (201, "str"),
    "conductorone_client": (200, "UpdatePolicyResponse"),
    "oci_identity_client": (401, "Error"),
}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    for path in [*sorted((ROOT / "generated").glob("*/pyproject.toml")), ROOT / "pyproject.toml"]:
        subprocess.run(
            [UV, "build", "--quiet", "--offline", "--wheel", "--out-dir", str(out), str(path.parent)], check=True
        )
    return out


def fresh_venv(where: Path) -> Path:
    subprocess.run([UV, "venv", "--quiet", "--python", sys.executable, str(where)], check=True)
    return where / "bin" / "python"


def install(python: Path, *args: str) -> None:
    """Install from uv's cache (filled when this test session was installed), else from the package registry.

    ``--offline`` alone is not enough: uv's cache can hold a project's index page but not the wheel it
    resolves to (tzdata 2026.6 once: its page was cached by an earlier resolution that never installed
    it), and then the offline install fails. The fallback fetches only what the cache lacks, and keeps it.
    """
    command = [UV, "pip", "install", "--quiet", "--python", str(python), *args]
    offline = subprocess.run([*command, "--offline"], capture_output=True, text=True, timeout=300, check=False)
    if offline.returncode == 0:
        return
    online = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert online.returncode == 0, f"offline: {offline.stderr}\nonline: {online.stderr}"


def installed(python: Path) -> set[str]:
    out = subprocess.run(
        [UV, "pip", "list", "--python", str(python), "--format", "json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {row["name"] for row in json.loads(out)}


@pytest.fixture
def empty_dir(tmp_path: Path) -> Iterator[Path]:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    yield cwd


@pytest.mark.parametrize("package", sorted(CALLS))
def test_vendor_wheel_alone_calls_its_operation(dist: Path, tmp_path: Path, empty_dir: Path, package: str) -> None:
    wheel = next(dist.glob(f"{package}-*.whl"))
    python = fresh_venv(tmp_path / "venv")
    install(python, str(wheel))
    assert not {"policy-clients", *[p.replace("_", "-") for p in CALLS if p != package]} & installed(python)
    fake_class, snippet = CALLS[package]
    kwargs = {"token": "static-token"} if fake_class is not OCIIdentityFake else {}
    with fake_class(**kwargs) as fake:
        if hasattr(fake, "seed_policy") and package in ("flashback_client", "conductorone_client"):
            fake.seed_policy("p1")
        script = (
            f"import json, sys\nfrom {package} import AuthenticatedClient\n"
            f"client = AuthenticatedClient(base_url={fake.base_url!r}, token='static-token')\n"
            f"{snippet}\nprint(json.dumps(result))\n"
        )
        done = subprocess.run(
            [str(python), "-I", "-c", script],
            cwd=empty_dir,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert (result["status"], result["type"]) == EXPECTED[package]


def facade_metadata(dist: Path) -> tuple[str, list[str]]:
    wheel = next(dist.glob("policy_clients-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(archive.read(n).decode() for n in archive.namelist() if n.endswith("/METADATA"))
        return metadata, archive.namelist()


def test_facade_extras_pin_exactly_their_vendor_package_to_its_major(dist: Path) -> None:
    metadata, _ = facade_metadata(dist)
    requires = [line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    for extra, package in [
        ("oso-cloud", "oso-cloud-client"),
        ("flashback", "flashback-client"),
        ("plainid", "plainid-client"),
        ("conductorone", "conductorone-client"),
        ("oci-identity", "oci-identity-client"),
    ]:
        named = [r for r in requires if f"extra == '{extra}'" in r or f'extra == "{extra}"' in r]
        version = json.loads((ROOT / "specs" / extra.replace("-", "_") / "release.json").read_text())["version"]
        major, minor = version.split(".")[:2]
        pin = {f"{package}>={major}.{minor},<{int(major) + 1}", f"{package}<{int(major) + 1},>={major}.{minor}"}
        assert len(named) == 1 and named[0].split(";")[0].strip().replace(" ", "") in pin, named
    testing = [r.split(";")[0].strip() for r in requires if "extra == 'testing'" in r or 'extra == "testing"' in r]
    assert sorted(r.split(">")[0] for r in testing) == ["jsonschema", "referencing"]
    assert not [r for r in requires if r.startswith(("jsonschema", "referencing")) and "extra ==" not in r]


def test_facade_wheel_ships_its_changelog_and_project_urls(dist: Path) -> None:
    metadata, names = facade_metadata(dist)
    assert "policy_clients/CHANGELOG.md" in names
    urls = dict(
        line.split(":", 1)[1].strip().split(", ", 1)
        for line in metadata.splitlines()
        if line.startswith("Project-URL:")
    )
    assert {"Homepage", "Source", "Changelog", "Issues"} <= set(urls)


def test_facade_with_one_extra_installs_only_that_vendor(dist: Path, tmp_path: Path, empty_dir: Path) -> None:
    python = fresh_venv(tmp_path / "venv")
    install(python, "--find-links", str(dist), "policy-clients[oci-identity]")
    vendor_packages = {name for name in installed(python) if name.endswith("-client")}
    assert vendor_packages == {"oci-identity-client"}
    done = subprocess.run(
        [str(python), "-I", "-c", "import policy_clients, oci_identity_client; print('ok')"],
        cwd=empty_dir,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.strip() == "ok", done.stderr
