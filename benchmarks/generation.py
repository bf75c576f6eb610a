"""Generation speed: our build vs the stock openapi-python-client CLI, no-op and one-vendor rebuilds, a large spec.

Everything runs in a throwaway copy of specs/, scripts/, generated/ and pyproject.toml, so the
checkout's generated/ and specs/ are never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from measure import Section, Target, fmt_ratio, fmt_series, interleaved, ratios

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("specs", "scripts", "generated", "pyproject.toml")
IGNORED = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".build-*", ".old-*")
NOOP_LIMIT = 0.5
LARGE_LIMIT = 60.0
LARGE_RATIO = 1.0  # issue 10: a 1 MB spec normalizes, validates and generates in <= the stock generator's time
EDITED = ("flashback", "base.yaml", "summary: The single Flashback endpoint")

LARGE_SCRIPT = """
import sys, time
from pathlib import Path
from scripts.pipeline.largespec import make_large_spec
from scripts.pipeline.normalize import normalize
from scripts.pipeline.validate import validate
from scripts.pipeline.generate import generate_package, format_trees
from scripts.pipeline.vendors import TEMPLATES
import json
stages = {}
t = time.perf_counter()
spec = json.loads(Path(sys.argv[2]).read_text("utf-8")) if len(sys.argv) > 2 else make_large_spec()
spec, _ = normalize(spec)
stages["normalize"] = time.perf_counter() - t
t = time.perf_counter()
validate(spec, file="large/openapi.yaml")
stages["validate"] = time.perf_counter() - t
t = time.perf_counter()
out = Path(sys.argv[1]) / "large_client"
settings = {"project_name_override": "large-client", "package_name_override": "large_client"}
generate_package(spec, generator_settings=settings, version="1.0.0", output_dir=out, templates=TEMPLATES)
stages["generate"] = time.perf_counter() - t
t = time.perf_counter()
format_trees([out])
stages["format"] = time.perf_counter() - t
print(" ".join(f"{k}={v:.3f}" for k, v in stages.items()))
print(len(spec["paths"]), len(spec["components"]["schemas"]), len(list(out.rglob("*.py"))))
"""


WRITE_LARGE_SPEC = """
import json, sys
from pathlib import Path
from scripts.pipeline.largespec import make_large_spec
Path(sys.argv[1]).write_text(json.dumps(make_large_spec()), encoding="utf-8")
"""


@dataclass(frozen=True)
class GenerationSettings:
    """Rounds per case; ``quick`` runs only the no-op case."""

    cold_rounds: int
    noop_rounds: int
    large: bool
    budget_seconds: float
    quick: bool = False
    large_rounds: int = 2


FULL = GenerationSettings(cold_rounds=3, noop_rounds=7, large=True, budget_seconds=120.0)
QUICK = GenerationSettings(cold_rounds=0, noop_rounds=1, large=False, budget_seconds=10.0, quick=True)


class Workspace:
    """A throwaway copy of the repository's build inputs and outputs."""

    def __init__(self) -> None:
        self.tmp = tempfile.TemporaryDirectory(prefix="bench-gen-")
        self.root = Path(self.tmp.name) / "repo"
        self.root.mkdir()
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, self.root / name, ignore=IGNORED)
            else:
                shutil.copy2(source, self.root / name)
        self.stock = Path(self.tmp.name) / "stock"
        bin_dir = str(Path(sys.executable).parent)
        self.env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
        self.env.pop("PYTHONPATH", None)  # the copy's scripts/ must win over anything else
        self.edits = 0

    def close(self) -> None:
        """Delete the copy."""
        self.tmp.cleanup()

    def timed(self, *args: str, cwd: Path | None = None, timeout: float = 600) -> float:
        """Run a command in the copy (it must succeed); return its wall time in seconds."""
        start = time.perf_counter()
        result = subprocess.run(  # noqa: S603 - fixed commands from this module
            list(args), cwd=cwd or self.root, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:4])} failed ({result.returncode}): {result.stderr.strip()[-1500:]}")
        return elapsed

    def build(self, *flags: str) -> float:
        """``python -m scripts.build [flags]`` in the copy."""
        return self.timed(sys.executable, "-m", "scripts.build", *flags)

    def stock_all(self) -> float:
        """Five sequential stock CLI runs, one per normalized vendor spec, as a user would type them."""
        total = 0.0
        cli = str(Path(sys.executable).parent / "openapi-python-client")
        for spec in sorted((self.root / "specs").glob("*/openapi.yaml")):
            out = self.stock / spec.parent.name
            total += self.timed(
                cli, "generate", "--path", str(spec), "--meta", "none", "--output-path", str(out), "--overwrite"
            )
        return total

    def edit_one_vendor(self) -> float:
        """Change one vendor's base description, then time the incremental build."""
        vendor, name, needle = EDITED
        path = self.root / "specs" / vendor / name
        text = path.read_text("utf-8")
        self.edits += 1
        if needle in text:
            text = text.replace(needle, f"{needle} (bench edit {self.edits})", 1)
        else:
            text += f"\n# bench edit {self.edits}\n"
        path.write_text(text, encoding="utf-8")
        return self.build()


def run_generation(settings: GenerationSettings) -> Section:
    """Time the generation cases; every figure is a ratio to a baseline measured in the same rounds."""
    section = Section(
        title="Generation (wall time, a throwaway copy of the repo)",
        header=["case", "time, median (min-max)", "baseline", "ratio, median (min-max)"],
    )
    workspace = Workspace()
    try:
        workspace.build()  # settle the copy (stamps) so no-op means no-op; also warms the OS file cache
        _noop(workspace, settings, section)
        if not settings.quick:
            _cold(workspace, settings, section)
        if settings.large:
            _large(workspace, section, settings.large_rounds)
    finally:
        workspace.close()
    return section


def _noop(workspace: Workspace, settings: GenerationSettings, section: Section) -> None:
    results = interleaved(
        {"noop": lambda: workspace.build(), "python -c pass": lambda: workspace.timed(sys.executable, "-c", "pass")},
        settings.noop_rounds,
        budget_seconds=10.0,
    )
    noop, startup = results["noop"], results["python -c pass"]
    versus = ratios(noop, startup)
    section.rows.append(
        [
            "no-op `python -m scripts.build`",
            fmt_series(noop),
            "`python -c pass`: " + fmt_series(startup),
            fmt_ratio(versus),
        ]
    )
    section.raw["noop"] = {"seconds": noop.as_dict(), "python_startup": startup.as_dict(), "ratio": versus.as_dict()}
    section.targets.append(
        Target(
            "no-op regeneration",
            f"< {NOOP_LIMIT} s",
            f"{noop.median:.3f} s = {versus.median:.1f}x `python -c pass`",
            noop.median < NOOP_LIMIT,
        )
    )


def _cold(workspace: Workspace, settings: GenerationSettings, section: Section) -> None:
    """Full ``--force`` rebuild, five stock CLI runs and a one-vendor edit, interleaved in the same rounds."""
    results = interleaved(
        {
            "build": lambda: workspace.build("--force"),
            "stock": workspace.stock_all,
            "changed": workspace.edit_one_vendor,
        },
        settings.cold_rounds,
        budget_seconds=settings.budget_seconds,
    )
    build, stock, changed = results["build"], results["stock"], results["changed"]
    versus = ratios(build, stock)
    section.rows.append(
        [
            "cold full regeneration, 5 vendors (`--force`)",
            fmt_series(build),
            "5x stock `openapi-python-client generate`: " + fmt_series(stock),
            fmt_ratio(versus),
        ]
    )
    section.raw["cold_full"] = {"seconds": build.as_dict(), "stock_cli": stock.as_dict(), "ratio": versus.as_dict()}
    incremental = ratios(changed, build)
    section.rows.append(
        [
            f"one vendor changed ({EDITED[0]} {EDITED[1]} description edited)",
            fmt_series(changed),
            "cold full regeneration: " + fmt_series(build),
            fmt_ratio(incremental),
        ]
    )
    section.raw["one_changed"] = {"seconds": changed.as_dict(), "full": build.as_dict(), "ratio": incremental.as_dict()}
    section.notes.append(
        "Our build extracts, normalizes, applies overlays, validates, plans releases and formats as well as "
        "generating (vendors in parallel, one worker per core); the stock CLI only generates (plus its default "
        "ruff hooks) from the already-normalized specs, one vendor after another as a user would run it."
    )


def _large(workspace: Workspace, section: Section, rounds: int) -> None:
    """The ~1 MB spec the bench builds itself: our whole pipeline vs the stock CLI on the same file, interleaved."""
    tmp = Path(workspace.tmp.name)
    spec_file = tmp / "large.json"
    workspace.timed(sys.executable, "-c", WRITE_LARGE_SPEC, str(spec_file))
    cli = str(Path(sys.executable).parent / "openapi-python-client")
    runs: list[dict[str, Any]] = []

    def ours() -> float:
        out = tmp / f"large-{len(runs)}"
        start = time.perf_counter()
        result = subprocess.run(  # noqa: S603 - our interpreter and script
            [sys.executable, "-c", LARGE_SCRIPT, str(out), str(spec_file)],
            cwd=workspace.root,
            env=workspace.env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"large spec build failed: {result.stderr.strip()[-500:]}")
        stages_line, counts_line = result.stdout.strip().splitlines()[-2:]
        paths, schemas, files = (int(x) for x in counts_line.split())
        stages = {k: float(v) for k, v in (item.split("=") for item in stages_line.split())}
        runs.append({"seconds": elapsed, "stages": stages, "paths": paths, "schemas": schemas, "files": files})
        shutil.rmtree(out, ignore_errors=True)
        return elapsed

    def stock() -> float:
        out = tmp / "large-stock"
        args = ("generate", "--path", str(spec_file), "--meta", "none", "--output-path", str(out), "--overwrite")
        return workspace.timed(cli, *args, timeout=900)

    try:
        results = interleaved({"ours": ours, "stock": stock}, rounds, budget_seconds=LARGE_LIMIT * 4)
    except RuntimeError as exc:
        section.targets.append(Target("large spec vs stock generator", "<= 1.0x", "failed", None, str(exc)[-500:]))
        return
    build, baseline = results["ours"], results["stock"]
    versus = ratios(build, baseline)
    last = runs[-1]
    section.rows.append(
        [
            f"1 MB spec ({last['paths']} paths, {last['schemas']} schemas → {last['files']} files): normalize, "
            "validate, generate, format",
            fmt_series(build),
            "stock `openapi-python-client generate` (its ruff hooks included) on the same spec: "
            + fmt_series(baseline),
            fmt_ratio(versus),
        ]
    )
    section.raw["large_spec"] = {**last, "runs": runs, "stock": baseline.as_dict(), "ratio": versus.as_dict()}
    stages = last["stages"]
    section.targets.append(
        Target(
            "large spec: normalize + validate + generate + format",
            f"< {LARGE_LIMIT:.0f} s",
            f"{build.median:.1f} s (" + ", ".join(f"{k} {v:.1f} s" for k, v in stages.items()) + ")",
            build.median < LARGE_LIMIT,
        )
    )
    section.targets.append(
        Target(
            "1 MB spec vs the stock generator, same spec, same run",
            f"<= {LARGE_RATIO:.1f}x",
            f"{versus.median:.2f}x",
            versus.median <= LARGE_RATIO,
        )
    )
