"""The documented install and publish paths, run as a user runs them, against a real index on 127.0.0.1.

`nox -s build` writes dist/; pypiserver serves it; pip in a fresh stdlib venv installs
`policy-clients[oci-identity]` with that index as its only source (`--isolated`: no machine config).
The facade's own dependencies are fetched once per module into a wheelhouse the index also serves,
by pip with this machine's configuration (its cache, mirror or PyPI), so the install itself sees
nothing but the index.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ._index import ROOT, installed, listing, package_index, pip, pip_venv, requirements, write_htpasswd

pytestmark = pytest.mark.slow
VENDOR_PROJECTS = {
    "oso-cloud-client",
    "flashback-client",
    "plainid-client",
    "conductorone-client",
    "oci-identity-client",
}


def nox(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nox", "-f", str(ROOT / "noxfile.py"), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    (out / "stale-0.0.1-py3-none-any.whl").write_bytes(b"")  # build must empty dist/ first
    done = nox("-s", "build", env={"POLICY_CLIENTS_DIST": str(out)})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def wheelhouse(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every third-party wheel the install needs (and pytest, hatchling for the git install)."""
    house = tmp_path_factory.mktemp("wheelhouse")
    wanted = [r for wheel in sorted(dist.glob("*.whl")) for r in requirements(wheel)]
    python = pip_venv(tmp_path_factory.mktemp("downloader") / "venv")
    done = pip(
        python,
        "download",
        "--dest",
        str(house),
        "--only-binary=:all:",
        *sorted(set(wanted)),
        "pytest>=8",
        "hatchling>=1.25",
        isolated=False,  # the machine's own pip configuration: its cache, mirror or PyPI
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert not {p.name for p in house.iterdir()} & {p.name for p in dist.iterdir()}
    return house


@pytest.fixture(scope="module")
def user_venv(dist: Path, wheelhouse: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A fresh venv where pip installed `policy-clients[oci-identity]` and pytest from the local index."""
    where = tmp_path_factory.mktemp("user")
    with package_index(dist, wheelhouse, log=where / "index.log") as url:
        python = pip_venv(where / "venv")
        done = pip(python, "install", "--index-url", f"{url}/simple/", "policy-clients[oci-identity]", "pytest")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return python, done.stdout


def test_build_writes_exactly_one_wheel_and_sdist_per_package(dist: Path) -> None:
    names = distributions(dist)
    assert not [n for n in names if n.startswith("stale-")]
    assert len([n for n in names if n.endswith(".whl")]) == len([n for n in names if n.endswith(".tar.gz")]) == 6


def test_pip_resolves_the_facade_and_exactly_the_named_vendor_from_the_index(user_venv: tuple[Path, str]) -> None:
    python, log = user_venv
    names = installed(python)
    assert "policy-clients" in names
    assert names & VENDOR_PROJECTS == {"oci-identity-client"}
    assert not {"jsonschema", "referencing"} & names  # the fakes' dependencies only come with [testing]
    assert "127.0.0.1" in log and "policy_clients-" in log  # it came from the index, not a local path


def test_installed_facade_reports_its_version_and_names_the_extra_a_factory_lacks(
    user_venv: tuple[Path, str], tmp_path: Path
) -> None:
    python, _ = user_venv
    script = (
        "import importlib.metadata, policy_clients\n"
        "assert policy_clients.__version__ == importlib.metadata.version('policy-clients')\n"
        "print(policy_clients.__version__)\n"
        "try:\n    policy_clients.oso_cloud(api_key='k', base_url='http://127.0.0.1:9')\n"
        "except policy_clients.MissingVendorPackageError as exc:\n    print(exc)\n"
    )
    done = subprocess.run([str(python), "-I", "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    version, message = done.stdout.strip().splitlines()
    assert version == _project_version()
    assert 'pip install "policy-clients[oso-cloud]"' in message


def test_pytest_plugin_without_the_testing_extra_fails_only_tests_using_a_fake(
    user_venv: tuple[Path, str], tmp_path: Path
) -> None:
    python, _ = user_venv
    (tmp_path / "test_service.py").write_text(
        "def test_plain():\n    assert True\n\n\ndef test_with_fake(oso_cloud_fake):\n    pass\n", encoding="utf-8"
    )
    done = subprocess.run(
        [str(python), "-m", "pytest", "-p", "no:cacheprovider", "-q", "test_service.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "1 passed, 1 error" in done.stdout, done.stdout + done.stderr
    assert 'pip install "policy-clients[testing]"' in done.stdout
    assert "Traceback" not in done.stdout  # one clear line, not an import traceback


def test_publish_uploads_dist_with_twine_to_an_authenticated_index(dist: Path, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    htpasswd = tmp_path / "htpasswd"
    write_htpasswd(htpasswd, "uploader", "s3cret-upload")
    with package_index(packages, htpasswd=htpasswd, log=tmp_path / "index.log") as url:
        env = {"POLICY_CLIENTS_DIST": str(dist), "TWINE_USERNAME": "uploader"}
        refused = nox("-s", "publish", "--", "--repository-url", url, env={**env, "TWINE_PASSWORD": "wrong"})
        assert refused.returncode != 0
        assert not list(packages.iterdir())
        done = nox("-s", "publish", "--", "--repository-url", url, env={**env, "TWINE_PASSWORD": "s3cret-upload"})
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        assert "s3cret-upload" not in done.stdout + done.stderr
        assert listing(url, "oci-identity-client") == {p.name for p in dist.glob("oci_identity_client-*")}
    assert sorted(p.name for p in packages.iterdir()) == distributions(dist)


def test_publish_refuses_without_a_target_index(dist: Path) -> None:
    done = nox("-s", "publish", env={"POLICY_CLIENTS_DIST": str(dist)})
    assert done.returncode != 0
    assert "--repository-url" in done.stdout + done.stderr


def test_a_generated_package_installs_from_a_git_url_with_subdirectory(wheelhouse: Path, tmp_path: Path) -> None:
    python = pip_venv(tmp_path / "venv")
    url = f"git+file://{ROOT}#subdirectory=generated/oci_identity_client"
    for target in (url, f"git+file://{ROOT}"):  # the README's two commands: the vendor package, the facade
        done = pip(python, "install", "--no-index", "--find-links", str(wheelhouse), target)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert installed(python) & VENDOR_PROJECTS == {"oci-identity-client"}
    script = "import policy_clients, oci_identity_client; print(policy_clients.__version__)"
    done = subprocess.run([str(python), "-I", "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == _project_version(), done.stderr


def distributions(folder: Path) -> list[str]:
    return sorted(p.name for p in [*folder.glob("*.whl"), *folder.glob("*.tar.gz")])


def _project_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])
