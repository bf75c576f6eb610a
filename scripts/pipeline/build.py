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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .changes import Bump
from .errors import PipelineError, Problem, clip, plain
from .package_hash import VERSION_PLACEHOLDER, codegen_bump, package_fingerprint, stamp_version
from .rules import Note
from .stamp import STAMP_NAME, fingerprint, shared_inputs, tool_versions
from .vendors import ROOT, Vendor, all_vendors
from .versioning import (
    GENERATOR_LEVEL,
    ReleasePlan,
    ReleaseRecord,
    commit_release,
    plan_release,
    with_package,
)

if TYPE_CHECKING:
    from .blame import Origins


@dataclass
class VendorResult:
    """What one vendor's build produced, handed from a worker back to the parent."""

    vendor: str
    spec_text: str
    tree: Path
    plan: ReleasePlan
    dropped: tuple[Problem, ...] = ()  # with --keep-going: what the generator left out, placed in the spec
    invalid: tuple[Problem, ...] = ()  # with --keep-going: validation problems the build went past
    operations: int = 0
    notes: list[Note] = field(default_factory=list)  # the normalizer's repairs, logged by rule


def build_spec(vendor: Vendor, notes: list[Note] | None = None) -> tuple[dict[str, Any], str]:
    """Stages extract -> normalize -> overlay -> validate; returns the spec and its committed YAML text.

    The normalizer's repairs are appended to ``notes`` when given (the build logs them by rule).
    """
    spec, origins = _normalized_spec(vendor, notes)
    return spec, _validated_text(spec, origins, vendor)


def _normalized_spec(vendor: Vendor, notes: list[Note] | None = None) -> tuple[dict[str, Any], Origins]:
    """Stages extract -> normalize -> overlay, and what is known about which file produced each node."""
    from .blame import Origins
    from .extract import extract_with_sources
    from .intake.swagger2 import convert, is_swagger2
    from .normalize import normalize
    from .overlay import apply_overlay, load_overlay

    source, source_file, sources = extract_with_sources(vendor)
    if is_swagger2(source):
        source, _converted = convert(source)
    spec, found = normalize(source)
    if notes is not None:
        notes += found
    how = vendor.provenance.get("extract") or {}
    fence = str(how.get("lang", "yaml")) if how.get("kind") == "markdown-fence" else None
    origins = Origins(source_file, fence, sources=sources, source=source, normalized=spec, notes=list(found))
    if vendor.overlay.exists():
        origins.overlay_file = str(vendor.overlay)
        spec = apply_overlay(spec, load_overlay(vendor.overlay), file=str(vendor.overlay), touched=origins.touched)
    return spec, origins


def _validated_text(spec: dict[str, Any], origins: Origins, vendor: Vendor) -> str:
    """Stage validate (each problem blamed on the file that produced its node), then the committed YAML text."""
    from .validate import validate

    try:
        validate(spec, file=str(vendor.normalized))
    except PipelineError as exc:
        raise exc.with_problems(tuple(origins.place(p) for p in exc.problems)) from None
    return _dump(spec)


def _dump(spec: dict[str, Any]) -> str:
    from .documents import dump_yaml

    return dump_yaml(spec)


def _release(vendor: Vendor, spec: dict[str, Any], spec_text: str) -> ReleasePlan:
    """Version for the package: unchanged while the normalized spec is; bumped by the change report otherwise."""
    from .documents import parse_document

    record = ReleaseRecord.load(vendor.release_record)
    sha = hashlib.sha256(spec_text.encode()).hexdigest()
    old_spec = None  # only a changed spec is diffed, so the previous one is read only then
    if record is not None and record.spec_sha256 != sha and vendor.normalized.exists():
        old_spec = parse_document(vendor.normalized.read_text("utf-8"), file=vendor.normalized)
    return plan_release(record, old_spec, spec, sha, GENERATOR_LEVEL)


def _build_vendor(vendor: Vendor, out_root: Path, templates: Path, keep_going: bool = False) -> VendorResult:
    from .generate import generate_package, operation_facts

    origins: Origins | None = None
    notes: list[Note] = []
    try:
        spec, origins = _normalized_spec(vendor, notes)
        invalid: tuple[Problem, ...] = ()
        try:
            spec_text = _validated_text(spec, origins, vendor)
        except PipelineError as exc:
            if not keep_going or exc.stage != "validate":
                raise
            invalid = exc.problems  # the generator decides what it can still make of the document
            spec_text = _dump(spec)
        plan = _release(vendor, spec, spec_text)
        tree = out_root / vendor.package_name
        left_out = generate_package(
            spec,
            generator_settings=vendor.generator,
            version=VERSION_PLACEHOLDER,  # stamped once the plan knows the package fingerprint
            output_dir=tree,
            templates=templates,
            keep_going=keep_going,
        )
    except PipelineError as exc:
        if exc.stage == "generate" and origins is not None:
            exc = exc.with_problems(tuple(origins.place(p) for p in exc.problems))
        raise exc.with_vendor(vendor.name) from None
    except Exception as exc:  # the generator's own bugs must still name the vendor and stage
        cause = clip(plain(f"{type(exc).__name__}: {exc}"), 240)
        raise PipelineError(vendor=vendor.name, stage="generate", cause=cause) from None
    placed = tuple(origins.place(p) for p in left_out)
    return VendorResult(vendor.name, spec_text, tree, plan, placed, invalid, len(operation_facts(spec)), notes)


def _run_all(
    vendors: list[Vendor], out_root: Path, templates: Path, jobs: int, keep_going: bool = False
) -> tuple[list[VendorResult], list[PipelineError]]:
    """Build vendors in forked workers: the heavy modules are imported once, in the parent, before forking."""
    # Warm imports shared by the forked workers (each would otherwise pay ~1 s of imports itself).
    import jsonschema_rs  # noqa: F401
    import openapi_python_client.parser  # noqa: F401
    from openapi_python_client import Project  # noqa: F401

    from . import extract, generate, normalize, overlay, validate, versioning  # noqa: F401

    # Largest inputs first, so the longest job does not start last and leave a worker idle.
    vendors = sorted(vendors, key=lambda v: -sum(p.stat().st_size for p in v.input_files()))

    results: list[VendorResult] = []
    failures: list[PipelineError] = []
    if jobs <= 1 or len(vendors) <= 1:
        for vendor in vendors:
            try:
                results.append(_build_vendor(vendor, out_root, templates, keep_going))
            except PipelineError as exc:
                failures.append(exc)
        return results, failures
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_build_vendor, vendor, out_root, templates, keep_going) for vendor in vendors]
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
    keep_going: bool = False,
    verbose: bool = False,
) -> int:
    """Entry point shared by the CLI and nox; returns the process exit code.

    Strict by default: a vendor with any validation or generator problem fails. With ``keep_going`` a
    vendor whose generator drops operations is still written, with what did generate, and each dropped
    operation is listed; its stamp is marked partial so the next strict run rebuilds (and fails) it.

    Every regenerated vendor's change report is printed; with ``report_json`` all of them are also
    written there as one JSON object (vendor -> version, bump, changes) for CI. Each rebuilt vendor's
    normalizer repairs are printed as one line per rule (with ``verbose``, one per repair).
    """
    generated, templates = root / "generated", root / "scripts" / "templates"
    vendors = [v for v in all_vendors(root / "specs") if not only or v.name in only]
    if only and len(vendors) != len(only):
        print(f"unknown vendor(s): {sorted(set(only) - {v.name for v in vendors})}", file=sys.stderr)
        return 2
    versions = tool_versions()
    shared = shared_inputs(templates)
    try:
        bump = codegen_bump(templates)
    except PipelineError as exc:
        _print_failures([exc])
        return 1
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
        results, failures = _run_all(vendors, Path(tmp), templates, jobs, keep_going)
        for result in results:
            _print_notes(result, verbose=verbose)
        try:
            from .generate import format_trees

            format_trees([r.tree for r in results])
        except PipelineError as exc:
            failures.append(exc)
            results = []
        by_name = {v.name: v for v in vendors}
        for result in results:
            _version_package(result, by_name[result.vendor], bump)
        reports: dict[str, ReleasePlan] = {}
        if check:
            return _report_check(results, failures, by_name, stamps, root)
        for result in results:
            stamp = stamps[result.vendor] + (PARTIAL if result.dropped or result.invalid else "")
            _install(result, by_name[result.vendor], stamp, generated)
            print(f"[{result.vendor}] regenerated {by_name[result.vendor].package_name} {result.plan.version}")
            _print_left_out(result)
            if result.plan.report is not None:
                print(result.plan.report.to_markdown(heading_level=3))
            reports[result.vendor] = result.plan
    _write_reports(report_json, reports)
    _print_failures(failures)
    return 1 if failures else 0


def _version_package(result: VendorResult, vendor: Vendor, bump: Bump) -> None:
    """Finish the plan with the formatted tree's fingerprint, then write the version into the tree."""
    previous = ReleaseRecord.load(vendor.release_record)
    result.plan = with_package(result.plan, previous, package_fingerprint(result.tree), bump)
    stamp_version(result.tree, result.plan.version)


def _print_notes(result: VendorResult, *, verbose: bool) -> None:
    from .normalize import summarize

    for line in summarize(result.notes):
        print(f"[{result.vendor}] normalize {line}")
        if verbose:
            rule = line.split(" ", 1)[0]
            for note in result.notes:
                if note.rule == rule:
                    print(f"[{result.vendor}]   {note.pointer or '/'}: {note.message}")


PARTIAL = " partial"  # marks the stamp of a package written with --keep-going that lacks some operations


def _print_left_out(result: VendorResult) -> None:
    """With --keep-going: the problems gone past and what the generator left out, one line each (capped)."""
    for stage, problems in (("validate", result.invalid), ("generate", result.dropped)):
        if problems:
            warning = PipelineError.of(stage, problems).with_vendor(result.vendor)
            for line in warning.lines():
                print(f"warning: {line.replace(' failed at ', ' left out at ', 1)}")
    if result.dropped or result.invalid:
        dropped = sum(1 for p in result.dropped if p.message.startswith("dropped "))
        print(
            f"[{result.vendor}] --keep-going: {result.operations - dropped} of {result.operations} operations "
            f"generated, {dropped} dropped, {len(result.dropped)} generator warning(s), "
            f"{len(result.invalid)} validation problem(s)"
        )


def _print_failures(failures: list[PipelineError]) -> None:
    """Each problem on its own ``error:`` line (the error caps the count and the width)."""
    for failure in failures:
        for line in failure.lines():
            print(f"error: {line}", file=sys.stderr)


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
    _print_failures(failures)
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
