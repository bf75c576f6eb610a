"""Conformance against real specs: each one through add-vendor and our stages, beside the stock generator.

Every spec runs in a fresh temporary copy of the repository's build code (the real specs/ and
generated/ are never touched), each step in a subprocess with a timeout, so a spec that hangs the
generator or mypy costs a bounded time. Our side does not stop at the first failing stage: a
validation problem is recorded and the document still goes to the generator, so the table shows how
far each operation gets, not only that the strict build refuses it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..documents import parse_document
from ..errors import PipelineError, follow_refs

_SPEC_SUFFIXES = (".json", ".yaml", ".yml")
_SPEC_HEAD = re.compile(rb"""(^|[{,\s])["']?(openapi|swagger)["']?\s*:""", re.M)
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MAX_ENTRY_DEPTH = 3
_REASONS_SHOWN = 3
# The most telling line of a failed stock run, in this order of preference.
_TELLING = [re.compile(p, re.I) for p in (r"swagger", r"validation error", r"unable|invalid", r"failed|error")]


@dataclass
class Side:
    """One generator's figures for one spec."""

    operations: int | None = None
    reached: int | None = None  # after extract, bundle, conversion and normalize: what the generator is given
    generated: int | None = None
    warnings: int | None = None
    dropped: int | None = None
    reasons: list[str] = field(default_factory=list)
    mypy_errors: int | None = None
    seconds: float = 0.0
    status: str = "ok"


@dataclass
class SpecResult:
    """Ours and stock for one spec."""

    name: str
    source: str
    kind: str
    ours: Side
    stock: Side


def is_spec_file(path: Path) -> bool:
    """A YAML/JSON file that declares ``openapi`` or ``swagger`` at the top level.

    The first 4 KB usually tell; a file whose keys are sorted (`definitions` first, `swagger` last) is parsed.
    """
    if path.suffix.lower() not in _SPEC_SUFFIXES or not path.is_file():
        return False
    with path.open("rb") as handle:
        head = handle.read(4096)
    if _SPEC_HEAD.search(head) is not None:
        return True
    try:
        document = parse_document(path.read_text("utf-8"), file=path)
    except (PipelineError, UnicodeDecodeError):
        return False
    return "openapi" in document or "swagger" in document


def find_entry(folder: Path) -> Path | None:
    """The root file of a multi-file spec: the shallowest OpenAPI/Swagger document in the folder."""
    for depth in range(_MAX_ENTRY_DEPTH + 1):
        pattern = "/".join(["*"] * (depth + 1))
        found = sorted(p for p in folder.glob(pattern) if is_spec_file(p))
        if found:
            return found[0]
    return None


def find_specs(directory: Path) -> list[tuple[str, Path]]:
    """(vendor name, source) for every spec file and multi-file folder directly inside ``directory``."""
    specs: list[tuple[str, Path]] = []
    for child in sorted(directory.iterdir()):
        if child.name.startswith("."):
            continue
        source = child if child.is_file() and is_spec_file(child) else find_entry(child) if child.is_dir() else None
        if source is not None:
            specs.append((vendor_name(child), source))
    return specs


def vendor_name(path: Path) -> str:
    """A lowercase identifier from a file or folder name (``acme-api.swagger.json`` -> acme_api_swagger)."""
    stem = path.name
    for suffix in _SPEC_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    name = re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")
    return name if re.match(r"^[a-z]", name) else f"spec_{name}"


def count_operations(document: dict[str, Any]) -> int:
    """Path-item methods (an operation given as a $ref counts too; so does a path item given as a local $ref)."""
    paths = document.get("paths") or {}
    items = (follow_refs(document, item) for item in paths.values())
    return sum(1 for item in items for m in _METHODS if m in item)


def count_generated(package: Path) -> int:
    """Generated operation modules, counted as the corpus MANIFEST counts them."""
    api = package / "api"
    if not api.is_dir():
        return 0
    return sum(p.read_text("utf-8").count("def sync_detailed(") for p in api.rglob("*.py"))


def mypy_errors(package: Path, timeout: float) -> tuple[int | None, str]:
    """`mypy --strict` error count on a package directory, or None with why it could not run."""
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", package.name]
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter
            command, cwd=package.parent, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return None, f"mypy timed out after {timeout:.0f} s"
    found = re.search(r"Found (\d+) errors?", done.stdout)
    if found:
        return int(found.group(1)), ""
    if "Success" in done.stdout:
        return 0, ""
    tail = (done.stdout + done.stderr).strip().splitlines()
    return None, (tail[-1][:200] if tail else "mypy gave no result")


def _reasons(details: list[str]) -> list[str]:
    counted = Counter(" ".join(d.split())[:90] for d in details)
    return [f"{n}x {reason}" for reason, n in counted.most_common(_REASONS_SHOWN)]


# -- our side, run inside the temporary copy ---------------------------------------------------------
def probe(root: Path, name: str, *, mypy_timeout: float) -> Side:
    """Our stages on specs/NAME of the copy at ``root``; runs in a subprocess of :func:`run_ours`."""
    from ..errors import PipelineError
    from ..extract import extract
    from ..generate import render_project
    from ..normalize import normalize
    from ..validate import validate
    from ..vendors import load_vendor
    from .swagger2 import convert, is_swagger2

    started = time.perf_counter()
    side = Side()
    notes: list[str] = []
    try:
        vendor = load_vendor(root / "specs" / name)
        source, source_file = extract(vendor)
        side.operations = count_operations(source)
        if is_swagger2(source):
            source, _converted = convert(source)
        spec, _notes = normalize(source)
        try:
            validate(spec, file=source_file)
        except PipelineError as exc:
            where = f"{exc.file or ''}#{exc.pointer}: " if exc.pointer else ""
            notes.append(f"validate: {where[:160]}{exc.cause[:160]}")
        side.reached = count_operations(spec)
        project, problems = render_project(
            spec,
            generator_settings=vendor.generator,
            version="0.0.0",
            output_dir=root / "out" / vendor.package_name,
            templates=root / "scripts" / "templates",
        )
    except PipelineError as exc:  # a validate problem found first is named first: it is usually the cause
        side.status = "; ".join([*notes, f"{exc.stage}: {exc.cause[:200]}"])
        side.seconds = time.perf_counter() - started
        return side
    except Exception as exc:  # the generator's own crash is a finding, not a conformance-run failure
        side.status = "; ".join([*notes, f"generate crashed: {type(exc).__name__}: {str(exc)[:200]}"])
        side.seconds = time.perf_counter() - started
        return side
    dropped = [f"{p.header or ''}: {p.detail or ''}" for p in problems if "will not be generated" in (p.header or "")]
    side.warnings = len(problems)
    side.dropped = len(dropped)
    side.reasons = _reasons([d.split(": ", 1)[-1] for d in dropped])
    side.generated = count_generated(project.package_dir)
    side.seconds = time.perf_counter() - started
    side.mypy_errors, why = mypy_errors(project.package_dir, mypy_timeout)
    side.status = "; ".join([*notes, why] if why else notes) or "ok"
    return side


def run_ours(repo: Path, name: str, source: Path, timeout: float) -> tuple[str, Side]:
    """add-vendor then the probe, each a subprocess in the copy; returns the capture kind and the figures."""
    add = subprocess.run(  # noqa: S603 - our own interpreter and scripts
        [sys.executable, "-m", "scripts.add_vendor", name, str(source)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if add.returncode != 0:
        return "?", Side(status=f"add-vendor: {add.stderr.strip()[:200]}")
    kind = "multi-file" if (repo / "specs" / name / "capture").is_dir() else "raw"
    command = [sys.executable, "-m", "scripts.conformance", "--probe", name, "--timeout", str(timeout)]
    started = time.perf_counter()
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter and scripts
            command, cwd=repo, capture_output=True, text=True, timeout=timeout * 2, check=False
        )
    except subprocess.TimeoutExpired:
        return kind, Side(status=f"timed out after {timeout * 2:.0f} s", seconds=time.perf_counter() - started)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return kind, Side(status=f"probe failed: {tail[:200]}", seconds=time.perf_counter() - started)
    return kind, Side(**json.loads(lines[-1]))


# -- the stock generator ------------------------------------------------------------------------------
def run_stock(source: Path, out: Path, timeout: float) -> Side:
    """`openapi-python-client generate --path SPEC --meta none`, as the corpus MANIFEST ran it."""
    tool = Path(sys.executable).with_name("openapi-python-client")
    command = [str(tool), "generate", "--path", str(source), "--output-path", str(out), "--meta", "none"]
    command.append("--overwrite")
    started = time.perf_counter()
    try:
        done = subprocess.run(  # noqa: S603 - the generator installed beside our interpreter
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return Side(status=f"timed out after {timeout:.0f} s", seconds=timeout)
    side = Side(seconds=time.perf_counter() - started)
    output = done.stdout + done.stderr
    lines = output.splitlines()
    side.warnings = sum("WARNING" in line for line in lines)
    dropped = [i for i, line in enumerate(lines) if "will not be generated" in line]
    side.dropped = len(dropped)
    side.reasons = _reasons([next((x for x in lines[i + 1 :] if x.strip()), "") for i in dropped])  # header, blank, why
    side.generated = count_generated(out)
    if done.returncode != 0:
        telling = next(
            (line for pattern in _TELLING for line in lines if pattern.search(line)), lines[-1] if lines else ""
        )
        side.status = f"exit {done.returncode}: {telling.strip()[:160]}"
    if side.generated:
        side.mypy_errors, why = mypy_errors(out, timeout)
        if why:
            side.status = why
    return side


# -- the whole run ------------------------------------------------------------------------------------
def copy_repo(repo: Path, into: Path) -> Path:
    """The build code and templates, with empty specs/ and generated/: what add-vendor and the stages need."""
    target = into / "repo"
    shutil.copytree(repo / "scripts", target / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(repo / "pyproject.toml", target / "pyproject.toml")
    (target / "specs").mkdir()
    (target / "generated").mkdir()
    return target


def run(directory: Path, *, repo: Path, timeout: float, stock: bool = True) -> list[SpecResult]:
    """Every spec in ``directory``, one after the other (the machine is shared), each in its own copy.

    ``stock=False`` skips the stock generator: a triage run over many specs at half the cost.
    """
    results: list[SpecResult] = []
    for name, source in find_specs(directory):
        with tempfile.TemporaryDirectory(prefix="conformance-") as tmp:
            copy = copy_repo(repo, Path(tmp))
            kind, ours = run_ours(copy, name, source, timeout)
            theirs = run_stock(source, Path(tmp) / f"stock_{name}", timeout) if stock else Side(status="not run")
            if theirs.operations is None:
                theirs.operations = ours.operations
        results.append(SpecResult(name, str(source.relative_to(directory)), kind, ours, theirs))
        print(format_result(results[-1]), flush=True)
    return results


def _cell(value: object) -> str:
    """One table cell: a missing figure is '-', text is one line without column bars."""
    return "-" if value is None else " ".join(str(value).split()).replace("|", "/")


def format_result(result: SpecResult) -> str:
    """One spec's Markdown table, ours beside stock."""
    ours, stock = result.ours, result.stock
    rows = [
        ("operations in the spec", ours.operations, stock.operations),
        ("given to the generator", ours.reached, stock.operations),
        ("generated", ours.generated, stock.generated),
        ("warnings (stock: lines with WARNING)", ours.warnings, stock.warnings),
        ("dropped", ours.dropped, stock.dropped),
        ("dropped because", "; ".join(ours.reasons) or "-", "; ".join(stock.reasons) or "-"),
        ("mypy --strict errors", ours.mypy_errors, stock.mypy_errors),
        ("time (s)", f"{ours.seconds:.1f}", f"{stock.seconds:.1f}"),
        ("status", ours.status, stock.status),
    ]
    lines = [f"### {result.name} ({result.kind}: {result.source})", "", "| | ours | stock |", "|---|---|---|"]
    lines += [f"| {label} | {_cell(a)} | {_cell(b)} |" for label, a, b in rows]
    return "\n".join(lines) + "\n"


def format_summary(results: list[SpecResult]) -> str:
    """One row per spec: generated/operations, warnings and mypy errors, ours then stock."""
    lines = [
        "| spec | ops | ours generated | ours warnings | ours mypy | stock generated | stock warnings | stock mypy |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {_cell(r.ours.operations)} | {_cell(r.ours.generated)} | {_cell(r.ours.warnings)} "
            f"| {_cell(r.ours.mypy_errors)} | {_cell(r.stock.generated)} | {_cell(r.stock.warnings)} "
            f"| {_cell(r.stock.mypy_errors)} |"
        )
    return "\n".join(lines) + "\n"


def to_json(results: list[SpecResult]) -> str:
    """All figures, for a file a later run can be compared with."""
    return json.dumps([asdict(r) for r in results], indent=2) + "\n"
