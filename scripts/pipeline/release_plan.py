"""Split release bookkeeping into a pure plan (in the build workers) and a commit (after a successful swap).

A failed generation must leave specs/ and generated/ as they were, so nothing is written until the new
package is in place.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .changes import ChangeReport, diff_specs
from .versioning import INITIAL_VERSION, RELEASE_FILE, ReleaseRecord, next_version, update_changelog

PlannedEntry = tuple[str, ChangeReport | None]


def plan_release(
    record: ReleaseRecord | None, old_spec: Mapping[str, Any] | None, new_spec: Mapping[str, Any], new_sha: str
) -> tuple[str, ReleaseRecord, PlannedEntry | None]:
    """Return (version, record to save, changelog entry to add or None) without touching the disk."""
    if record is not None and record.spec_sha256 == new_sha:
        return record.version, record, None
    if record is None:
        return INITIAL_VERSION, ReleaseRecord(INITIAL_VERSION, new_sha), (INITIAL_VERSION, None)
    report = diff_specs(old_spec or {}, new_spec)
    version = next_version(record.version, report.bump)
    entry = (version, report) if report.bump is not None else None
    return version, ReleaseRecord(version, new_sha), entry


def commit_release(
    vendor_dir: Path, record: ReleaseRecord, entry: PlannedEntry | None, *, today: str | None = None
) -> None:
    """Persist the planned record and changelog entry."""
    record.save(vendor_dir / RELEASE_FILE)
    if entry is not None:
        version, report = entry
        update_changelog(vendor_dir / "CHANGELOG.md", version, today or datetime.date.today().isoformat(), report)
