"""Version bumps, release.json and CHANGELOG.md follow the classified spec change."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.changes import ChangeReport, diff_specs
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.package_hash import VERSION_PLACEHOLDER, codegen_bump, package_fingerprint, stamp_version
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


# The package fingerprint: generated code that changes under an unchanged spec gets a new version too.

P_OLD, P_NEW = "1" * 64, "2" * 64


def released_package(tmp_path: Path, version: str = "1.3.0", package: str | None = P_OLD) -> Path:
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    ReleaseRecord(version, "a" * 64, package_sha256=package).save(vendor / "release.json")
    update_changelog(vendor / "CHANGELOG.md", version, "2026-01-01", None)
    return vendor


@pytest.mark.parametrize(
    ("bump", "expected", "section"),
    [("minor", "1.4.0", "### Added"), ("major", "2.0.0", "### Breaking"), ("patch", "1.3.1", "### Changed")],
)
def test_changed_package_under_same_spec_bumps_by_codegen_rule(
    tmp_path: Path, bump: Any, expected: str, section: str
) -> None:
    vendor = released_package(tmp_path)
    version, report = release(vendor, spec(), spec(), "a" * 64, "2026-07-01", package_sha=P_NEW, codegen_bump=bump)
    assert version == expected and report is not None and report.bump == bump
    assert ReleaseRecord.load(vendor / "release.json") == ReleaseRecord(expected, "a" * 64, package_sha256=P_NEW)
    assert headings(vendor / "CHANGELOG.md") == [f"## [{expected}] - 2026-07-01", "## [1.3.0] - 2026-01-01"]
    entry = (vendor / "CHANGELOG.md").read_text().split("## [1.3.0]")[0]
    assert section in entry
    assert "regenerated with updated templates/generator; the spec did not change" in entry


def test_same_spec_and_package_keeps_version_and_touches_nothing(tmp_path: Path) -> None:
    vendor = released_package(tmp_path)
    before = {p.name: p.read_bytes() for p in vendor.iterdir()}
    assert release(vendor, spec(), spec(), "a" * 64, "2026-07-01", package_sha=P_OLD) == ("1.3.0", None)
    assert {p.name: p.read_bytes() for p in vendor.iterdir()} == before


def test_record_without_package_fingerprint_records_it_without_bump(tmp_path: Path) -> None:
    vendor = released_package(tmp_path, package=None)
    assert "package_sha256" not in json.loads((vendor / "release.json").read_text())
    changelog = (vendor / "CHANGELOG.md").read_text()
    assert release(vendor, spec(), spec(), "a" * 64, "2026-07-01", package_sha=P_NEW) == ("1.3.0", None)
    assert json.loads((vendor / "release.json").read_text()) == {
        "version": "1.3.0",
        "spec_sha256": "a" * 64,
        "package_sha256": P_NEW,
    }
    assert (vendor / "CHANGELOG.md").read_text() == changelog


def test_spec_change_is_versioned_by_the_diff_and_records_the_fingerprint(tmp_path: Path) -> None:
    vendor = released_package(tmp_path)
    version, report = release(vendor, spec(), mutated("patch"), "d" * 64, "2026-07-01", package_sha=P_NEW)
    assert version == "1.3.1" and report is not None and report.bump == "patch"
    assert ReleaseRecord.load(vendor / "release.json") == ReleaseRecord("1.3.1", "d" * 64, package_sha256=P_NEW)
    assert "regenerated with updated templates" not in (vendor / "CHANGELOG.md").read_text()


def test_spec_change_callers_cannot_see_with_new_code_bumps_by_codegen_rule(tmp_path: Path) -> None:
    vendor = released_package(tmp_path)
    assert release(vendor, spec(), spec(), "e" * 64, "2026-07-01", package_sha=P_NEW)[0] == "1.4.0"
    assert "the spec changed only in form" in (vendor / "CHANGELOG.md").read_text()


def test_record_with_malformed_package_fingerprint_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "release.json"
    path.write_text(json.dumps({"version": "1.0.0", "spec_sha256": "a" * 64, "package_sha256": 7}))
    with pytest.raises(ValueError, match="package_sha256"):
        ReleaseRecord.load(path)


def write_package(root: Path, version: str, body: str = "x = 1\n") -> Path:
    (root / "pkg").mkdir(parents=True)
    (root / "pyproject.toml").write_text(f'[project]\nversion = "{version}"\n')
    (root / "pkg" / "__init__.py").write_text(f'__version__ = "{version}"\n{body}')
    return root


def test_package_fingerprint_ignores_bookkeeping_and_sees_every_shipped_byte(tmp_path: Path) -> None:
    base = package_fingerprint(write_package(tmp_path / "a", VERSION_PLACEHOLDER))
    booked = write_package(tmp_path / "b", VERSION_PLACEHOLDER)
    (booked / "CHANGELOG.md").write_text("## [9.9.9]\n")
    (booked / ".build-inputs.sha256").write_text("f" * 64 + "\n")
    (booked / "pkg" / "__pycache__").mkdir()
    (booked / "pkg" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert package_fingerprint(booked) == base
    assert package_fingerprint(write_package(tmp_path / "c", VERSION_PLACEHOLDER, "x = 2\n")) != base
    moved = write_package(tmp_path / "d", VERSION_PLACEHOLDER)
    (moved / "pkg" / "__init__.py").rename(moved / "pkg" / "other.py")
    assert package_fingerprint(moved) != base


def test_stamp_version_writes_the_version_wherever_the_placeholder_is(tmp_path: Path) -> None:
    tree = write_package(tmp_path / "a", VERSION_PLACEHOLDER)
    stamp_version(tree, "2.3.0")
    assert (tree / "pyproject.toml").read_text() == '[project]\nversion = "2.3.0"\n'
    assert (tree / "pkg" / "__init__.py").read_text() == '__version__ = "2.3.0"\nx = 1\n'


def test_codegen_bump_defaults_to_minor_and_reads_the_declared_one(tmp_path: Path) -> None:
    assert codegen_bump(tmp_path) == "minor"
    (tmp_path / "codegen-release.yaml").write_text("# why\ncodegen_bump: patch\n")
    assert codegen_bump(tmp_path) == "patch"
    (tmp_path / "codegen-release.yaml").write_text("codegen_bump: huge\n")
    with pytest.raises(PipelineError, match="codegen_bump must be one of major, minor, patch, got 'huge'"):
        codegen_bump(tmp_path)
