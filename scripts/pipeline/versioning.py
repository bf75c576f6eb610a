"""Version each generated client from what its spec change means to callers (semver + CHANGELOG).

State lives beside the spec, so a reviewer sees the version bump in the same diff as the spec change:

* ``specs/<vendor>/release.json``: ``{"generator_level": ..., "package_sha256": ..., "spec_sha256": ...,
  "version": ...}`` for the last release: the normalized spec it was made from, the generated-code level
  (``GENERATOR_CHANGES``) and a fingerprint of the package it shipped (``package_hash.py``), so code
  regenerated from the same spec by changed templates gets a new version even when no level was declared.
* ``specs/<vendor>/CHANGELOG.md``: Keep a Changelog entries, newest first (the build may copy it
  into the generated package).

0.x versions follow the same rules as >= 1.0 (a breaking change bumps the major number, so 0.4.2
becomes 1.0.0): generated clients start at 1.0.0 and callers get the stricter guarantee either way.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from scripts.pipeline.changes import Bump, Change, ChangeReport, Kind, diff_specs

INITIAL_VERSION = "1.0.0"
RELEASE_FILE = "release.json"
CHANGELOG_FILE = "CHANGELOG.md"
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ENTRY = re.compile(r"^## \[(?P<version>[^\]]+)\]", re.MULTILINE)
# Caller-visible changes of the generated code itself (templates, generate stage), oldest first: a package
# released below the last level gets a release bumped by the largest of the rest, each a CHANGELOG line,
# even when its spec is unchanged. Append an entry with every such change; never edit or reorder one.
GENERATOR_CHANGES: tuple[tuple[Kind, Bump, str], ...] = (
    (
        "added",
        "minor",
        "Resource-style client: `client.<tag>.<operation>(...)` and `client.aio.<tag>...` return the success "
        "type and raise `errors.StatusError` for an error status; `with_raw_response`; `<operation>_iterate` / "
        "`_pages` for paged operations. Optional query, header and cookie parameters accept None (not sent). "
        "Docstrings carry the spec's parameter descriptions, the errors raised and the real return type.",
    ),
    ("changed", "patch", "The package's errors pickle with every attribute (unpickling raised a TypeError)."),
    (
        "changed",
        "patch",
        "Faster `from_dict`: absent optional fields cost one lookup and instances are built without the attrs "
        "`__init__` (unknown fields are still kept); models only error responses use are imported on first use.",
    ),
    (
        "added",
        "minor",
        "`close()` and `aclose()` on `Client` and `AuthenticatedClient`: close the connection pools that were "
        "built, without building one first.",
    ),
    (
        "changed",
        "patch",
        "The package README shows a working call through `policy_clients` and links to the project with absolute URLs.",
    ),
    (
        "changed",
        "patch",
        "Importing an operation no longer imports `errors`: the error classes load when one is raised, so a "
        "successful call never builds them.",
    ),
    (
        "changed",
        "patch",
        "Resource modules a third smaller: each `with_raw_response` method runs its plain method's code "
        "(same parameters and types), its docstring pointing to the plain method's.",
    ),
    ("changed", "patch", "An optional text request body is sent only when given (UNSET was encoded and failed)."),
    (
        "changed",
        "patch",
        "A parameter named like a name the operation module uses (`params`, `headers`, `body`...) is "
        "`<name>_<location>` in Python (`params_query`), its wire name unchanged; paged `iterate` keeps a `page` or "
        "`item` parameter's value.",
    ),
    (
        "changed",
        "patch",
        "Faster `from_dict` for lists of models: one comprehension over the items instead of a loop with "
        "`append` (same models, same errors).",
    ),
    (
        "changed",
        "patch",
        "A list field beside a field named like its items (`edge_config` and `edge_config_item`) type-checks: "
        "the list's item locals are named apart from every field.",
    ),
    (
        "changed",
        "patch",
        "Importing an operation no longer builds the client classes (its annotations name them through the "
        "package, which loads them on first use) nor `types.File` (loaded from `types` on first access).",
    ),
)
GENERATOR_LEVEL = len(GENERATOR_CHANGES)

_HEADER = """# Changelog

All notable changes to this generated client are documented in this file.
The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and versions follow
[Semantic Versioning](https://semver.org/spec/v2.0.0.html) as seen by callers of the generated client.
"""


def next_version(current: str, bump: Bump | None) -> str:
    """Return ``current`` bumped by ``bump`` (``None`` keeps it); plain ``MAJOR.MINOR.PATCH`` only."""
    match = _SEMVER.match(current)
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {current!r}")
    major, minor, patch = (int(part) for part in match.groups())
    if bump is None:
        return current
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown bump {bump!r}")


@dataclass(frozen=True)
class ReleaseRecord:
    """The version released for one spec hash and package fingerprint; persisted as ``release.json``.

    ``package_sha256`` is ``None`` in records written before packages were fingerprinted: the next build
    records it without bumping (nothing is known to have changed).
    """

    version: str
    spec_sha256: str
    generator_level: int = 0  # how many GENERATOR_CHANGES this release has (absent in older records: 0)
    package_sha256: str | None = None

    @classmethod
    def load(cls, path: Path) -> ReleaseRecord | None:
        """Read the record, or ``None`` when the vendor has never been released."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("version"), str):
            raise ValueError(f"{path}: expected an object with string 'version' and 'spec_sha256'")
        if not isinstance(data.get("spec_sha256"), str) or _SEMVER.match(data["version"]) is None:
            raise ValueError(f"{path}: expected an object with string 'version' and 'spec_sha256'")
        level = data.get("generator_level", 0)
        if not isinstance(level, int) or isinstance(level, bool) or level < 0:
            raise ValueError(f"{path}: 'generator_level' must be a non-negative integer")
        package = data.get("package_sha256")
        if package is not None and not isinstance(package, str):
            raise ValueError(f"{path}: 'package_sha256' must be a string")
        return cls(data["version"], data["spec_sha256"], generator_level=level, package_sha256=package)

    def save(self, path: Path) -> None:
        """Write the record atomically (sorted keys, trailing newline: stable diffs)."""
        fields: dict[str, object] = {"version": self.version, "spec_sha256": self.spec_sha256}
        if self.generator_level:
            fields["generator_level"] = self.generator_level
        if self.package_sha256 is not None:
            fields["package_sha256"] = self.package_sha256
        atomic_write_text(path, json.dumps(fields, indent=2, sort_keys=True) + "\n")


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory and rename, so readers never see half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _entry(version: str, date: str, report: ChangeReport | None) -> str:
    body = "### Added\n\n- Initial release.\n" if report is None else report.to_markdown(heading_level=3)
    return f"## [{version}] - {date}\n\n{body}"


def update_changelog(path: Path, version: str, date: str, report: ChangeReport | None) -> None:
    """Add the entry for ``version`` at the top of a Keep a Changelog file, or replace it where it is.

    ``report=None`` writes an "Initial release" entry.  Writing the same version again replaces its
    entry instead of duplicating it, so re-running a build is harmless.
    """
    if _DATE.match(date) is None:
        raise ValueError(f"date must be YYYY-MM-DD, got {date!r}")
    entry = _entry(version, date, report)
    text = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    matches = list(_ENTRY.finditer(text))
    preamble = text[: matches[0].start()] if matches else text
    entries = [
        text[m.start() : (matches[i + 1].start() if i + 1 < len(matches) else len(text))] for i, m in enumerate(matches)
    ]
    kept = [
        entry if m.group("version") == version else e.strip("\n") + "\n" for e, m in zip(entries, matches, strict=True)
    ]
    if entry not in kept:
        kept.insert(0, entry)
    parts = [preamble.rstrip("\n") + "\n", *kept]
    atomic_write_text(path, "\n".join(parts))


def _unknown_history() -> ChangeReport:
    """Describe a release whose previous spec is missing: it cannot be diffed, so assume the worst."""
    return ChangeReport(
        (
            Change(
                kind="changed",
                category="spec",
                location="openapi.yaml",
                description="previous normalized spec unavailable; release treated as breaking",
                severity="major",
            ),
        )
    )


def _regenerated(bump: Bump, spec_changed: bool) -> ChangeReport:
    """The changelog entry of a package whose generated code changed while its spec did not (in meaning)."""
    spec = "the spec changed only in form" if spec_changed else "the spec did not change"
    return ChangeReport(
        (
            Change(
                kind="added" if bump == "minor" else "changed",
                category="package",
                location="package",
                description=f"regenerated with updated templates/generator; {spec}",
                severity=bump,
            ),
        )
    )


PlannedEntry = tuple[str, ChangeReport | None]


@dataclass(frozen=True)
class ReleasePlan:
    """What a regeneration will release, decided without touching the disk.

    The build plans in its workers and commits only after the new package is in place, so a failed
    generation leaves specs/ as it was.
    """

    version: str
    record: ReleaseRecord
    entry: PlannedEntry | None  # (version, report); report None = "Initial release"
    report: ChangeReport | None  # the diff against the previous spec, None when unchanged or initial


def plan_release(
    record: ReleaseRecord | None,
    old_spec: Mapping[str, Any] | None,
    new_spec: Mapping[str, Any],
    new_spec_sha: str,
    generator_level: int = 0,
    package_sha: str | None = None,
    codegen_bump: Bump = "minor",
) -> ReleasePlan:
    """Decide the version from the spec diff, then from the package fingerprint (see :func:`with_package`)."""
    spec_plan = _plan_spec(record, old_spec, new_spec, new_spec_sha, generator_level)
    return with_package(spec_plan, record, package_sha, codegen_bump)


def with_package(
    plan: ReleasePlan, previous: ReleaseRecord | None, package_sha: str | None, codegen_bump: Bump
) -> ReleasePlan:
    """Record the package fingerprint; bump by ``codegen_bump`` when only the generated code changed.

    The build knows the fingerprint only after generating and formatting, so it plans from the spec in
    its worker and finishes the plan here. A spec change that callers see keeps its own bump (the
    fingerprint is only recorded); a previous record without a fingerprint records it without a bump.
    """
    if package_sha is None:
        return plan
    record = replace(plan.record, package_sha256=package_sha)
    code_changed = previous is not None and previous.package_sha256 not in (None, package_sha)
    spec_bump = plan.report.bump if plan.report is not None else None
    if previous is None or not code_changed or spec_bump is not None:
        return replace(plan, record=record)
    version = next_version(previous.version, codegen_bump)
    report = _regenerated(codegen_bump, spec_changed=plan.report is not None)
    return ReleasePlan(version, replace(record, version=version), (version, report), report)


def _plan_spec(
    record: ReleaseRecord | None,
    old_spec: Mapping[str, Any] | None,
    new_spec: Mapping[str, Any],
    new_spec_sha: str,
    generator_level: int = 0,
) -> ReleasePlan:
    """Decide the version: unchanged for the same spec hash, else bumped by what the diff means to callers.

    No record yet: the initial 1.0.0. A record but no previous spec: it cannot be diffed, so it is treated
    as breaking. A new hash whose diff is empty (formatting only) keeps the version and records the hash.
    A record below ``generator_level`` (the build passes ``GENERATOR_LEVEL``) is bumped by the generated-code
    changes since, listed in the entry beside any spec changes, even when the spec is unchanged.
    """
    level = max(generator_level, record.generator_level) if record is not None else generator_level
    if record is not None and record.spec_sha256 == new_spec_sha and record.generator_level >= generator_level:
        return ReleasePlan(record.version, record, None, None)
    if record is None:
        initial = ReleaseRecord(INITIAL_VERSION, new_spec_sha, level)
        return ReleasePlan(INITIAL_VERSION, initial, (INITIAL_VERSION, None), None)
    if record.spec_sha256 == new_spec_sha:
        report = ChangeReport()
    else:
        report = _unknown_history() if old_spec is None else diff_specs(old_spec, new_spec)
    report = ChangeReport((*report.changes, *_generator_changes(record.generator_level, generator_level)))
    version = next_version(record.version, report.bump)
    entry = (version, report) if report.bump is not None else None
    return ReleasePlan(version, ReleaseRecord(version, new_spec_sha, level, record.package_sha256), entry, report)


def _generator_changes(released: int, current: int) -> tuple[Change, ...]:
    """The GENERATOR_CHANGES after level ``released`` up to ``current``, as change-report entries."""
    return tuple(
        Change(kind=kind, category="generated code", location="generated code", description=text, severity=bump)
        for kind, bump, text in GENERATOR_CHANGES[released:current]
    )


def commit_release(vendor_dir: Path, plan: ReleasePlan, today: str) -> None:
    """Persist a plan: the release record, and the changelog entry when there is one."""
    if _DATE.match(today) is None:
        raise ValueError(f"today must be YYYY-MM-DD, got {today!r}")
    if plan.entry is not None:
        update_changelog(vendor_dir / CHANGELOG_FILE, plan.entry[0], today, plan.entry[1])
    plan.record.save(vendor_dir / RELEASE_FILE)


def release(
    vendor_dir: Path,
    old_spec: Mapping[str, Any] | None,
    new_spec: Mapping[str, Any],
    new_spec_sha: str,
    today: str,
    package_sha: str | None = None,
    codegen_bump: Bump = "minor",
) -> tuple[str, ChangeReport | None]:
    """Plan and commit in one step; returns ``(version, report)`` (report None: unchanged or initial)."""
    record = ReleaseRecord.load(vendor_dir / RELEASE_FILE)
    plan = plan_release(record, old_spec, new_spec, new_spec_sha, package_sha=package_sha, codegen_bump=codegen_bump)
    commit_release(vendor_dir, plan, today)
    return plan.version, plan.report
