"""A vendor's spec changes: the build reports it, bumps the right version part and writes the CHANGELOG."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.pipeline.build import run

pytestmark = pytest.mark.slow

REMOVE_ORG_ID = (
    "        orgId:\n          type: string\n          description: Organization ID.\n",
    "",
)
ADD_OPTIONAL_LABEL = (
    "        name:\n          type: string\n          description: Human-readable name for the policy.\n",
    "        name:\n          type: string\n          description: Human-readable name for the policy.\n"
    "        label:\n          type: string\n          description: An optional label.\n",
)
DOCS_ONLY = ("description: Human-readable name for the policy.", "description: The human-readable policy name.")


def edit(base: Path, *replacements: tuple[str, str]) -> None:
    text = base.read_text()
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new, 1)
    base.write_text(text)


def bumped(version: str, bump: str) -> str:
    major, minor, patch = map(int, version.split("."))
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        bump
    ]


@pytest.mark.parametrize(
    ("replacements", "bump", "section", "phrase"),
    [
        pytest.param(
            [REMOVE_ORG_ID, ("        - orgId\n", "")], "major", "Breaking", "orgId", id="removed-response-field"
        ),
        pytest.param([ADD_OPTIONAL_LABEL], "minor", "Added", "label", id="added-optional-request-field"),
        pytest.param([DOCS_ONLY], "patch", "Docs", "description", id="docs-only"),
    ],
)
def test_spec_change_is_reported_versioned_and_logged(
    repo_copy: Path,
    capsys: pytest.CaptureFixture[str],
    replacements: list[tuple[str, str]],
    bump: str,
    section: str,
    phrase: str,
) -> None:
    vendor = repo_copy / "specs" / "flashback"
    before = json.loads((vendor / "release.json").read_text())
    version = bumped(before["version"], bump)
    edit(vendor / "base.yaml", *replacements)
    report = repo_copy / "report.json"
    assert run(only=["flashback"], root=repo_copy, report_json=report) == 0
    out = capsys.readouterr().out
    assert f"[flashback] regenerated flashback_client {version}" in out
    assert section in out and phrase in out
    after = json.loads((vendor / "release.json").read_text())
    assert after["version"] == version
    # The spec diff decides the bump; the new package's fingerprint is only recorded (no second bump).
    assert len(after["package_sha256"]) == 64 and after["package_sha256"] != before["package_sha256"]
    changelog = (vendor / "CHANGELOG.md").read_text()
    assert "regenerated with updated templates" not in changelog
    newest = changelog.split("\n## [")[1]
    assert newest.startswith(f"{version}]") and section in newest and phrase in newest
    pyproject = (repo_copy / "generated/flashback_client/pyproject.toml").read_text()
    assert f'version = "{version}"' in pyproject
    data = json.loads(report.read_text())
    assert data["flashback"]["version"] == version
    assert data["flashback"]["report"]["bump"] == bump
    # A second run changes nothing: the version is bumped once per spec change, not once per build.
    assert run(only=["flashback"], root=repo_copy, force=True) == 0
    assert json.loads((vendor / "release.json").read_text())["version"] == version
    assert (vendor / "CHANGELOG.md").read_text() == changelog
