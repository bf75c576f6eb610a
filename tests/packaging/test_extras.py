"""The facade's extras pin each generated package's major version, and drift from release.json is caught."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scripts.extras import compatible_pin, expected_extras, stale_extras, sync_extras

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("version", "pin"),
    [("1.0.0", "p>=1.0,<2"), ("1.1.0", "p>=1.1,<2"), ("2.3.4", "p>=2.3,<3"), ("0.4.1", "p>=0.4,<1")],
)
def test_pin_allows_later_releases_of_the_same_major(version: str, pin: str) -> None:
    assert compatible_pin("p", version) == pin


def test_committed_extras_match_the_releases() -> None:
    assert stale_extras(ROOT) == []


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def bump(repo: Path, vendor: str, version: str) -> None:
    path = repo / "specs" / vendor / "release.json"
    record = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**record, "version": version}, indent=2) + "\n", encoding="utf-8")


def test_a_bumped_release_makes_its_extra_and_all_stale_then_sync_repins(repo: Path) -> None:
    major, minor, _patch = json.loads((repo / "specs" / "oci_identity" / "release.json").read_text())["version"].split(
        "."
    )
    bump(repo, "oci_identity", f"{major}.{int(minor) + 1}.0")
    stale = stale_extras(repo)
    assert [line.split("'")[1] for line in stale] == ["oci-identity", "all"]
    before = (repo / "pyproject.toml").read_text("utf-8")
    assert sync_extras(repo)
    after = (repo / "pyproject.toml").read_text("utf-8")
    assert f'oci-identity = ["oci-identity-client>={major}.{int(minor) + 1},<{int(major) + 1}"]' in after.splitlines()
    assert stale_extras(repo) == []
    assert not sync_extras(repo)  # idempotent
    # Everything outside the vendor extras is byte-for-byte untouched.
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert [b.split(" =")[0] for _, b in changed] == ["oci-identity", "all"]


def test_a_major_bump_moves_the_upper_bound(repo: Path) -> None:
    bump(repo, "oso_cloud", "2.0.0")
    sync_extras(repo)
    assert expected_extras(repo / "specs")["oso-cloud"] == ["oso-cloud-client>=2.0,<3"]
    assert 'oso-cloud = ["oso-cloud-client>=2.0,<3"]' in (repo / "pyproject.toml").read_text("utf-8").splitlines()


def test_a_vendor_never_built_has_no_extra_yet(repo: Path) -> None:
    """A new vendor whose first generation failed has no release.json: the build names that failure,
    and the extras step must not end the run with a traceback (FileNotFoundError) on top of it."""
    new = repo / "specs" / "acme"
    shutil.copytree(repo / "specs" / "oso_cloud", new)
    (new / "release.json").unlink()
    (new / "generator.yaml").write_text(
        "project_name_override: acme-client\npackage_name_override: acme_client\n", encoding="utf-8"
    )
    extras = expected_extras(repo / "specs")
    assert "acme" not in extras
    assert not any(pin.startswith("acme-client") for pin in extras["all"])
    assert not sync_extras(repo)
