"""The build: for each vendor, capture -> spec -> client package, in parallel, atomically, incrementally."""

from __future__ import annotations

import datetime
import filecmp
import hashlib
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import PipelineError, pointer_exists
from .stamp import STAMP_NAME, fingerprint, shared_inputs, tool_versions
from .vendors import ROOT, Vendor, all_vendors
from .versioning import ReleasePlan, ReleaseRecord, commit_release, plan_release


@dataclass
class VendorResult:
    """What one vendor's build produced, handed from a worker back to the parent."""

    vendor: str
    spec_text: str
    tree: Path
    plan: ReleasePlan


def build_spec(vendor: Vendor) -> tuple[dict[str, Any], str]:
    """Stages extract -> normalize -> overlay -> validate; returns the spec and its committed YAML text."""
    from .documents import dump_yaml
    from .extract import extract
    from .intake.swagger2 import convert, is_swagger2
    from .normalize import normalize
    from .overlay import apply_overlay, load_overlay
    from .validate import validate

    source, source_file = extract(vendor)
    if is_swagger2(source):
        source, _converted = convert(source)
    spec, _notes = normalize(source)
    if vendor.overlay.exists():
        spec = apply_overlay(spec, load_overlay(vendor.overlay), file=str(vendor.overlay))
    try:
        validate(spec, file=str(vendor.normalized))
    except PipelineError as exc:
        raise PipelineError(
            stage=exc.stage, cause=exc.cause, file=_blame(source, source_file, vendor, exc.pointer), pointer=exc.pointer
        ) from None
    return spec, dump_yaml(spec)


def _blame(source: dict[str, Any], source_file: str, vendor: Vendor, pointer: str | None) -> str:
    """Name the file a bad node came from: the vendor's source if it holds that pointer, else our overlay."""
    if pointer_exists(source, pointer or "") or not vendor.overlay.exists():
        return source_file
    return str(vendor.overlay)


def _release(vendor: Vendor, spec: dict[str, Any], spec_text: str) -> ReleasePlan:
    """Version for the package: unchanged while the normalized spec is; bumped by the change report otherwise."""
    from .documents import parse_document

    record = ReleaseRecord.load(vendor.release_record)
    sha = hashlib.sha256(spec_text.encode()).hexdigest()
    old_spec = None  # only a changed spec is diffed, so the previous one is read only then
    if record is not None and record.spec_sha256 != sha and vendor.normalized.exists():
        old_spec = parse_document(vendor.normalized.read_text("utf-8"), file=vendor.normalized)
    return plan_release(record, old_spec, spec, sha)


def _build_vendor(vendor: Vendor, out_root: Path, templates: Path) -> VendorResult:
    from .generate import generate_package

    try:
        spec, spec_text = build_spec(vendor)
        plan = _release(vendor, spec, spec_text)
        tree = out_root / vendor.package_name
        generate_package(
            spec, generator_settings=vendor.generator, version=plan.version, output_dir=tree, templates=templates
        )
    except PipelineError as exc:
        raise exc.with_vendor(vendor.name) from None
    except Exception as exc:  # the generator's own bugs must still name the vendor and stage
        raise PipelineError(vendor=vendor.name, stage="generate", cause=f"{type(exc).__name__}: {exc}") from None
    return VendorResult(vendor.name, spec_text, tree, plan)


def _run_all(
    vendors: list[Vendor], out_root: Path, templates: Path, jobs: int
) -> tuple[list[VendorResult], list[PipelineError]]:
    """Build vendors in forked workers: the heavy modules are imported once, in the parent, before forking."""
    # Warm imports shared by the forked workers (each would otherwise pay ~1 s of imports itself).
    import openapi_python_client.parser  # noqa: F401
    import openapi_spec_validator  # noqa: F401
    from openapi_python_client import Project  # noqa: F401

    from . import extract, generate, normalize, overlay, validate, versioning  # noqa: F401

    # Largest inputs first, so the longest job does not start last and leave a worker idle.
    vendors = sorted(vendors, key=lambda v: -sum(p.stat().st_size for p in v.input_files()))

    results: list[VendorResult] = []
    failures: list[PipelineError] = []
    if jobs <= 1 or len(vendors) <= 1:
        for vendor in vendors:
            try:
                results.append(_build_vendor(vendor, out_root, templates))
            except PipelineError as exc:
                failures.append(exc)
        return results, failures
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_build_vendor, vendor, out_root, templates) for vendor in vendors]
        for future in futures:
            try:
                results.append(future.result())
            except PipelineError as exc:
                failures.append(exc)
    return results, failures


def _install(result: VendorResult, vendor: Vendor, stamp: str, generated: Path) -> None:
    """Swap the new tree in with renames, so generated/<pkg> is always a complete package."""
    (result.tree / STAMP_NAME).write_text(stamp + "\n", encoding="utf-8")
    commit_release(vendor.folder, result.plan, today=datetime.date.today().isoformat())
    _ship_changelog(vendor, result.tree)
    target = generated / vendor.package_name
    old = generated / f".old-{vendor.package_name}"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    result.tree.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    vendor.normalized.write_text(result.spec_text, encoding="utf-8")


def _ship_changelog(vendor: Vendor, tree: Path) -> None:
    """The package carries its CHANGELOG (kept in specs/<vendor>/, where the build writes it)."""
    if vendor.changelog.exists():
        shutil.copyfile(vendor.changelog, tree / "CHANGELOG.md")


def run(
    *,
    force: bool = False,
    check: bool = False,
    only: list[str] | None = None,
    jobs: int | None = None,
    root: Path = ROOT,
    report_json: Path | None = None,
) -> int:
    """Entry point shared by the CLI and nox; returns the process exit code.

    Every regenerated vendor's change report is printed; with ``report_json`` all of them are also
    written there as one JSON object (vendor -> version, bump, changes) for CI.
    """
    generated, templates = root / "generated", root / "scripts" / "templates"
    vendors = [v for v in all_vendors(root / "specs") if not only or v.name in only]
    if only and len(vendors) != len(only):
        print(f"unknown vendor(s): {sorted(set(only) - {v.name for v in vendors})}", file=sys.stderr)
        return 2
    versions = tool_versions()
    shared = shared_inputs(templates)
    stamps = {v.name: fingerprint(v, tool_versions=versions, shared=shared, root=root) for v in vendors}
    if not check and not force:
        vendors = [v for v in vendors if _stamp_of(v, generated) != stamps[v.name]]
        if not vendors:
            print("all vendors up to date; nothing regenerated")
            _write_reports(report_json, {})
            return 0
    jobs = jobs or min(len(vendors), os.cpu_count() or 1)
    generated.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".build-", dir=generated) as tmp:
        results, failures = _run_all(vendors, Path(tmp), templates, jobs)
        try:
            from .generate import format_trees

            format_trees([r.tree for r in results])
        except PipelineError as exc:
            failures.append(exc)
            results = []
        by_name = {v.name: v for v in vendors}
        reports: dict[str, ReleasePlan] = {}
        if check:
            return _report_check(results, failures, by_name, stamps, root)
        for result in results:
            _install(result, by_name[result.vendor], stamps[result.vendor], generated)
            print(f"[{result.vendor}] regenerated {by_name[result.vendor].package_name} {result.plan.version}")
            if result.plan.report is not None:
                print(result.plan.report.to_markdown(heading_level=3))
            reports[result.vendor] = result.plan
    _write_reports(report_json, reports)
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _write_reports(path: Path | None, plans: dict[str, ReleasePlan]) -> None:
    if path is None:
        return
    payload = {
        vendor: {"version": plan.version, "report": json.loads(plan.report.to_json()) if plan.report else None}
        for vendor, plan in sorted(plans.items())
    }
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _stamp_of(vendor: Vendor, generated: Path) -> str | None:
    path = generated / vendor.package_name / STAMP_NAME
    return path.read_text("utf-8").strip() if path.exists() else None


def _report_check(
    results: list[VendorResult],
    failures: list[PipelineError],
    vendors: dict[str, Vendor],
    stamps: dict[str, str],
    root: Path,
) -> int:
    stale: list[str] = []
    for result in results:
        vendor = vendors[result.vendor]
        (result.tree / STAMP_NAME).write_text(stamps[result.vendor] + "\n", encoding="utf-8")
        _ship_changelog(vendor, result.tree)
        stale += _diff_trees(result.tree, root / "generated" / vendor.package_name, root)
        committed = vendor.normalized.read_text("utf-8") if vendor.normalized.exists() else None
        if committed != result.spec_text:
            stale.append(str(vendor.normalized.relative_to(root)))
        if ReleaseRecord.load(vendor.release_record) != result.plan.record:
            stale.append(str(vendor.release_record.relative_to(root)))
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    for path in stale:
        print(f"stale: {path}", file=sys.stderr)
    if stale:
        print(
            "generated/ or specs/ is stale against the inputs: run the regenerate command and commit", file=sys.stderr
        )
    if not stale and not failures:
        print(f"check passed: {len(results)} vendor(s) up to date")
    return 1 if stale or failures else 0


# Caches that tools (python, mypy, ruff, pytest) leave next to code; never part of the golden record.
_IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _diff_trees(fresh: Path, committed: Path, root: Path) -> list[str]:
    """Relative paths (from the repo root) that differ, are missing, or are extra."""
    fresh_files = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
    committed_files = (
        {p.relative_to(committed) for p in committed.rglob("*") if p.is_file()} if committed.exists() else set()
    )
    committed_files = {p for p in committed_files if not _IGNORED_PARTS & set(p.parts)}
    differing = [
        rel
        for rel in sorted(fresh_files | committed_files)
        if rel not in fresh_files
        or rel not in committed_files
        or not filecmp.cmp(fresh / rel, committed / rel, shallow=False)
    ]
    return [str((committed / rel).relative_to(root)) for rel in differing]
