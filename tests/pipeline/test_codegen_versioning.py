"""Templates change the generated code under an unchanged spec: the build bumps the version and says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.pipeline.build import run

pytestmark = pytest.mark.slow

EXTRA_LINE = "\nThis line comes from a template edited by a test.\n"


def record(repo: Path) -> dict[str, str]:
    data: dict[str, str] = json.loads((repo / "specs/flashback/release.json").read_text())
    return data


def bump_minor(version: str) -> str:
    major, minor, _patch = map(int, version.split("."))
    return f"{major}.{minor + 1}.0"


def test_template_only_change_bumps_version_with_changelog_entry(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = record(repo_copy)
    spec = (repo_copy / "specs/flashback/openapi.yaml").read_bytes()
    template = repo_copy / "scripts/templates/README.md.jinja"
    template.write_text(template.read_text() + EXTRA_LINE)
    assert run(only=["flashback"], root=repo_copy) == 0
    version = bump_minor(before["version"])
    assert f"[flashback] regenerated flashback_client {version}" in capsys.readouterr().out
    after = record(repo_copy)
    assert after["version"] == version and after["spec_sha256"] == before["spec_sha256"]
    assert after["package_sha256"] != before["package_sha256"]
    assert (repo_copy / "specs/flashback/openapi.yaml").read_bytes() == spec
    package = repo_copy / "generated/flashback_client"
    assert EXTRA_LINE.strip() in (package / "README.md").read_text()
    assert f'version = "{version}"' in (package / "pyproject.toml").read_text()
    assert f'__version__ = "{version}"' in (package / "flashback_client/__init__.py").read_text()
    newest = (repo_copy / "specs/flashback/CHANGELOG.md").read_text().split("\n## [")[1]
    assert newest.startswith(f"{version}]") and "### Added" in newest
    assert "regenerated with updated templates/generator; the spec did not change" in newest
    assert (package / "CHANGELOG.md").read_text() == (repo_copy / "specs/flashback/CHANGELOG.md").read_text()
    # The re-stamped tree is what a fresh build at the new version makes, and the bump happens once.
    assert run(only=["flashback"], root=repo_copy, check=True) == 0
    assert run(only=["flashback"], root=repo_copy, force=True) == 0
    assert record(repo_copy) == after


def test_declared_codegen_bump_is_used(repo_copy: Path) -> None:
    before = record(repo_copy)
    (repo_copy / "scripts/templates/codegen-release.yaml").write_text("codegen_bump: major\n")
    template = repo_copy / "scripts/templates/README.md.jinja"
    template.write_text(template.read_text() + EXTRA_LINE)
    assert run(only=["flashback"], root=repo_copy) == 0
    assert record(repo_copy)["version"] == f"{int(before['version'].split('.')[0]) + 1}.0.0"
    assert "### Breaking" in (repo_copy / "specs/flashback/CHANGELOG.md").read_text().split("\n## [")[1]


def test_unchanged_inputs_keep_version_and_record(repo_copy: Path) -> None:
    vendor = repo_copy / "specs/flashback"
    before = {p.name: p.read_bytes() for p in vendor.iterdir()}
    assert run(only=["flashback"], root=repo_copy, force=True) == 0
    assert {p.name: p.read_bytes() for p in vendor.iterdir()} == before


def test_record_without_fingerprint_gets_it_without_bump(repo_copy: Path) -> None:
    vendor = repo_copy / "specs/flashback"
    committed = record(repo_copy)
    old = {k: v for k, v in committed.items() if k != "package_sha256"}
    (vendor / "release.json").write_text(json.dumps(old, indent=2, sort_keys=True) + "\n")
    changelog = (vendor / "CHANGELOG.md").read_text()
    # check mode sees the missing fingerprint as stale; the build records it and keeps the version.
    assert run(only=["flashback"], root=repo_copy, check=True) == 1
    assert run(only=["flashback"], root=repo_copy, force=True) == 0
    assert record(repo_copy) == committed
    assert (vendor / "CHANGELOG.md").read_text() == changelog


def test_check_detects_stale_fingerprint(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo_copy / "specs/flashback/release.json"
    path.write_text(json.dumps({**record(repo_copy), "package_sha256": "0" * 64}, indent=2, sort_keys=True) + "\n")
    assert run(only=["flashback"], root=repo_copy, check=True) == 1
    assert "stale: specs/flashback/release.json" in capsys.readouterr().err
