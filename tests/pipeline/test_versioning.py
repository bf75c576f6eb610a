"""Version bumps, release.json and CHANGELOG.md follow the classified spec change."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.changes import ChangeReport, diff_specs
from scripts.pipeline.versioning import ReleaseRecord, next_version, release, update_changelog


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [
        ("1.2.3", "major", "2.0.0"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("1.2.3", None, "1.2.3"),
        ("0.4.2", "major", "1.0.0"),  # 0.x follows the >= 1.0 rules
        ("0.4.2", "minor", "0.5.0"),
        ("9.9.9", "minor", "9.10.0"),
    ],
)
def test_next_version(current: str, bump: Any, expected: str) -> None:
    assert next_version(current, bump) == expected


@pytest.mark.parametrize("bad", ["1.2", "v1.2.3", "1.2.3-rc1", "01.2.3", ""])
def test_next_version_rejects_non_semver(bad: str) -> None:
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        next_version(bad, "patch")


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/policy": {
                "post": {
                    "operationId": "createPolicy",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Policy"}}}
                    },
                    "responses": {
                        "200": {
                            "description": "Created.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Policy"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Policy": {
                    "type": "object",
                    "properties": {"name": {"type": "string", "description": "Name."}, "body": {"type": "string"}},
                }
            }
        },
    }


def mutated(kind: str) -> dict[str, Any]:
    new = copy.deepcopy(spec())
    props = new["components"]["schemas"]["Policy"]["properties"]
    if kind == "major":
        props.pop("body")
    elif kind == "minor":
        props["tags"] = {"type": "array", "items": {"type": "string"}}
    elif kind == "patch":
        props["name"]["description"] = "Display name."
    return new


def released(tmp_path: Path, version: str = "1.0.0", sha: str = "a" * 64) -> Path:
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    ReleaseRecord(version, sha).save(vendor / "release.json")
    update_changelog(vendor / "CHANGELOG.md", version, "2026-01-01", None)
    return vendor


def headings(changelog: Path) -> list[str]:
    return [line for line in changelog.read_text().splitlines() if line.startswith("## ")]


def test_initial_release(tmp_path: Path) -> None:
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    version, report = release(vendor, None, spec(), "b" * 64, "2026-02-03")
    assert (version, report) == ("1.0.0", None)
    assert json.loads((vendor / "release.json").read_text()) == {"version": "1.0.0", "spec_sha256": "b" * 64}
    text = (vendor / "CHANGELOG.md").read_text()
    assert text.startswith("# Changelog\n")
    assert "## [1.0.0] - 2026-02-03\n\n### Added\n\n- Initial release.\n" in text
    assert ReleaseRecord.load(vendor / "release.json") == ReleaseRecord("1.0.0", "b" * 64)


def test_same_sha_keeps_version_and_touches_nothing(tmp_path: Path) -> None:
    vendor = released(tmp_path, "1.4.0", "c" * 64)
    before = {p.name: p.read_bytes() for p in vendor.iterdir()}
    assert release(vendor, spec(), mutated("major"), "c" * 64, "2026-03-01") == ("1.4.0", None)
    assert {p.name: p.read_bytes() for p in vendor.iterdir()} == before


@pytest.mark.parametrize(
    ("bump", "expected", "section"),
    [("major", "2.0.0", "### Breaking"), ("minor", "1.1.0", "### Added"), ("patch", "1.0.1", "### Docs")],
)
def test_each_bump_updates_release_and_changelog(tmp_path: Path, bump: str, expected: str, section: str) -> None:
    vendor = released(tmp_path)
    version, report = release(vendor, spec(), mutated(bump), "d" * 64, "2026-04-05")
    assert version == expected
    assert report is not None and report.bump == bump
    assert json.loads((vendor / "release.json").read_text()) == {"version": expected, "spec_sha256": "d" * 64}
    changelog = vendor / "CHANGELOG.md"
    assert headings(changelog) == [f"## [{expected}] - 2026-04-05", "## [1.0.0] - 2026-01-01"]
    entry = changelog.read_text().split("## [1.0.0]")[0]
    assert section in entry
    assert "`Policy." in entry


def test_changelog_entry_is_not_duplicated(tmp_path: Path) -> None:
    vendor = released(tmp_path)
    report = diff_specs(spec(), mutated("minor"))
    changelog = vendor / "CHANGELOG.md"
    update_changelog(changelog, "1.1.0", "2026-05-01", report)
    once = changelog.read_text()
    update_changelog(changelog, "1.1.0", "2026-05-01", report)
    assert changelog.read_text() == once
    assert headings(changelog) == ["## [1.1.0] - 2026-05-01", "## [1.0.0] - 2026-01-01"]
    # Rewriting an existing version replaces its entry in place and keeps the order.
    update_changelog(changelog, "1.0.0", "2026-01-01", ChangeReport())
    assert headings(changelog) == ["## [1.1.0] - 2026-05-01", "## [1.0.0] - 2026-01-01"]
    assert "No changes." in changelog.read_text().split("## [1.0.0]")[1]
    assert "Initial release" not in changelog.read_text()


def test_new_sha_without_semantic_change_keeps_version(tmp_path: Path) -> None:
    vendor = released(tmp_path, "1.2.0")
    changelog = (vendor / "CHANGELOG.md").read_text()
    assert release(vendor, spec(), spec(), "e" * 64, "2026-06-01") == ("1.2.0", ChangeReport())
    assert ReleaseRecord.load(vendor / "release.json") == ReleaseRecord("1.2.0", "e" * 64)
    assert (vendor / "CHANGELOG.md").read_text() == changelog


def test_missing_previous_spec_is_treated_as_breaking(tmp_path: Path) -> None:
    vendor = released(tmp_path, "1.2.0")
    version, report = release(vendor, None, spec(), "f" * 64, "2026-06-01")
    assert version == "2.0.0"
    assert report is not None and report.bump == "major"
    assert "previous normalized spec unavailable" in (vendor / "CHANGELOG.md").read_text()


def test_bad_inputs_are_rejected(tmp_path: Path) -> None:
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        release(vendor, None, spec(), "a" * 64, "June 1")
    (vendor / "release.json").write_text('{"version": "one"}')
    with pytest.raises(ValueError, match=r"release\.json"):
        ReleaseRecord.load(vendor / "release.json")
    assert not list(vendor.glob(".*.tmp"))
