"""A caller-visible change of the generated code bumps the packages even when their specs are unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.pipeline import versioning
from scripts.pipeline.versioning import GENERATOR_LEVEL, ReleaseRecord, plan_release

SPEC = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}


def test_a_record_below_the_generator_level_is_bumped_with_each_change_listed() -> None:
    plan = plan_release(ReleaseRecord("1.1.0", "a" * 64), SPEC, SPEC, "a" * 64, GENERATOR_LEVEL)
    assert plan.version == "1.2.0"  # every change so far is additive
    assert plan.record == ReleaseRecord("1.2.0", "a" * 64, GENERATOR_LEVEL)
    assert plan.entry is not None and plan.report is not None
    notes = [change.description for change in plan.report.changes]
    assert notes == [text for _kind, _bump, text in versioning.GENERATOR_CHANGES]
    assert "Resource-style client" in plan.report.to_markdown(heading_level=3)


def test_at_the_level_an_unchanged_spec_keeps_its_version() -> None:
    record = ReleaseRecord("1.2.0", "a" * 64, GENERATOR_LEVEL)
    plan = plan_release(record, SPEC, SPEC, "a" * 64, GENERATOR_LEVEL)
    assert (plan.version, plan.record, plan.entry) == ("1.2.0", record, None)


def test_the_level_round_trips_and_older_records_read_as_zero(tmp_path: Path) -> None:
    path = tmp_path / "release.json"
    ReleaseRecord("1.2.0", "a" * 64, 1).save(path)
    assert json.loads(path.read_text()) == {"generator_level": 1, "spec_sha256": "a" * 64, "version": "1.2.0"}
    assert ReleaseRecord.load(path) == ReleaseRecord("1.2.0", "a" * 64, 1)
    path.write_text(json.dumps({"spec_sha256": "a" * 64, "version": "1.1.0"}))
    assert ReleaseRecord.load(path) == ReleaseRecord("1.1.0", "a" * 64, 0)


def test_a_declared_level_bumps_once_and_the_package_fingerprint_is_only_recorded() -> None:
    record = ReleaseRecord("1.1.0", "a" * 64, package_sha256="1" * 64)
    plan = plan_release(record, SPEC, SPEC, "a" * 64, GENERATOR_LEVEL, package_sha="2" * 64)
    assert plan.version == "1.2.0"  # the declared changes' bump, not a second codegen bump on top
    assert plan.record == ReleaseRecord("1.2.0", "a" * 64, GENERATOR_LEVEL, package_sha256="2" * 64)
    assert plan.report is not None
    assert "regenerated with updated templates" not in plan.report.to_markdown(heading_level=3)


def test_at_the_level_a_changed_package_gets_the_codegen_bump() -> None:
    record = ReleaseRecord("1.2.0", "a" * 64, GENERATOR_LEVEL, package_sha256="1" * 64)
    plan = plan_release(record, SPEC, SPEC, "a" * 64, GENERATOR_LEVEL, package_sha="2" * 64)
    assert plan.version == "1.3.0"
    assert plan.record == ReleaseRecord("1.3.0", "a" * 64, GENERATOR_LEVEL, package_sha256="2" * 64)
