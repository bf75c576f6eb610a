"""A factory whose generated package is absent names the extra to install (the package hidden in a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Each factory called the way a user would, with just enough settings to get past credential checks.
CALLS = {
    "oso-cloud": ("oso_cloud_client", "policy_clients.oso_cloud(api_key='k', base_url='http://127.0.0.1:9')"),
    "flashback": ("flashback_client", "policy_clients.flashback(token='t', base_url='http://127.0.0.1:9')"),
    "plainid": ("plainid_client", "policy_clients.plainid(token='t', base_url='http://127.0.0.1:9')"),
    "conductorone": (
        "conductorone_client",
        "policy_clients.conductorone(access_token='t', base_url='http://127.0.0.1:9')",
    ),
    # No OCI config exists here: the missing package must still be what the error names.
    "oci-identity": ("oci_identity_client", "policy_clients.oci_identity(config_file='/nonexistent/oci-config')"),
}

SCRIPT = """
import json, sys
sys.modules[{module!r}] = None  # what the import system does for a package that is not installed
import policy_clients
try:
    {call}
except ImportError as exc:
    print(json.dumps({{"type": type(exc).__name__, "message": str(exc), "name": exc.name,
                       "config": isinstance(exc, policy_clients.ConfigurationError)}}))
else:
    print(json.dumps(None))
"""


@pytest.mark.parametrize("extra", sorted(CALLS))
def test_factory_without_its_package_names_the_pip_install(extra: str, tmp_path: Path) -> None:
    module, call = CALLS[extra]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(module=module, call=call)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT / "src")},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result is not None, "the factory built a client without its package"
    assert result["type"] == "MissingVendorPackageError"
    assert f'pip install "policy-clients[{extra}]"' in result["message"]
    assert result["name"] == module
    assert result["config"]


def test_a_broken_dependency_inside_the_package_is_not_reported_as_missing(tmp_path: Path) -> None:
    # Only the vendor package's own absence is translated; a missing module it imports stays itself.
    script = (
        "import sys\nsys.modules['dateutil'] = None\n"
        "from policy_clients.vendors._install import vendor_package\n"
        "try:\n    with vendor_package('oso_cloud', 'oso_cloud_client', 'oso-cloud'):\n        import dateutil\n"
        "except ImportError as exc:\n    print(type(exc).__name__, exc.name)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env={"PATH": "", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT / "src")},
    )
    assert done.stdout.split() == ["ModuleNotFoundError", "dateutil"], done.stderr
