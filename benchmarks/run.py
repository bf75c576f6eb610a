"""Run the benchmark suite: generation, per-call, async, import, signing and parsing; write BENCHMARKS.md and JSON.

    python benchmarks/run.py [--quick] [--out BENCHMARKS.md] [--json benchmarks/results.json]
                             [--only generation per_call async pagination imports signing parsing] [--no-profiles]
                             [--no-instructions] [--merge]

Every figure is a ratio against a baseline measured in the same run (see measure.py); a missed target
is profiled into benchmarks/profiles/. Exit status is 0 when every benchmark ran (missed targets are
reported, not failed), 1 when a benchmark crashed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the sibling modules, also when run as `python -m` or from elsewhere
    sys.path.insert(0, str(HERE))

import async_load  # noqa: E402
import generation  # noqa: E402
import imports  # noqa: E402
import isolated  # noqa: E402
import pagination  # noqa: E402
import per_call  # noqa: E402
import report  # noqa: E402
from measure import Section, Target, machine  # noqa: E402

BENCHMARKS = ("generation", "per_call", "async", "pagination", "imports", "signing", "parsing")


def _plan(quick: bool, profiles: str | None, count_instructions: bool = True) -> dict[str, Callable[[], Section]]:
    calls = per_call.QUICK if quick else per_call.FULL
    if not count_instructions:
        calls = dataclasses.replace(calls, instruction_calls=0)
    return {
        "generation": lambda: generation.run_generation(generation.QUICK if quick else generation.FULL),
        "per_call": lambda: per_call.run_per_call(calls, profiles),
        "async": lambda: async_load.run_async(async_load.QUICK if quick else async_load.FULL, profiles),
        "pagination": lambda: pagination.run_pagination(pagination.QUICK if quick else pagination.FULL),
        "imports": lambda: imports.run_imports(imports.QUICK if quick else imports.FULL, profiles),
        # The in-process micro-benchmarks each get a fresh interpreter: see isolated.py.
        "signing": lambda: isolated.run_fresh("signing", quick),
        "parsing": lambda: isolated.run_fresh("parsing", quick),
    }


def _section(data: dict[str, Any]) -> Section:
    """A section back from the JSON report."""
    return Section(
        title=data["title"],
        header=data["header"],
        rows=data["rows"],
        targets=[Target(**t) for t in data["targets"]],
        notes=data["notes"],
        raw=data["raw"],
        tables=[(t["caption"], t["header"], t["rows"]) for t in data["tables"]],
    )


def _merge(fresh: list[Section], meta: dict[str, Any], previous: Path) -> list[Section]:
    """The previous report's sections with the fresh ones in place of those of the same title (in its order)."""
    old = json.loads(previous.read_text(encoding="utf-8"))
    by_title: dict[str, Section | None] = {s.title: s for s in fresh}
    merged = [by_title.pop(d["title"], None) or _section(d) for d in old["sections"]]
    base_date = old.get("merged", {}).get("base_date", old["date"])
    meta["merged"] = {"base_date": base_date, "rerun": [s.title for s in fresh]}
    return merged + [s for s in by_title.values() if s is not None]


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmarks in order, then write the report(s)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: tiny counts, one round (< 30 s)")
    parser.add_argument("--out", type=Path, help="write the markdown report here (default: print it)")
    parser.add_argument("--json", type=Path, help="write the raw results as JSON here")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these benchmarks")
    parser.add_argument("--profiles", type=Path, default=HERE / "profiles", help="where profiles of misses go")
    parser.add_argument("--no-profiles", action="store_true", help="do not profile missed targets")
    parser.add_argument(
        "--no-instructions", action="store_true", help="skip the per-call instruction counts (callgrind, minutes)"
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="with --only and --json: keep the other sections of the existing JSON report (the report says which "
        "sections are from this run)",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    meta = {"date": report.now(), "quick": args.quick, "machine": machine()}
    plan = _plan(args.quick, None if args.no_profiles or args.quick else str(args.profiles), not args.no_instructions)
    sections: list[Section] = []
    failed = False
    for name in args.only or BENCHMARKS:
        began = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            section = plan[name]()
        except Exception as exc:  # a crashed benchmark is reported, and the rest still run
            failed = True
            traceback.print_exc()
            section = Section(title=f"{name}: crashed", header=[])
            section.targets.append(Target(name, "runs", f"crashed: {type(exc).__name__}: {exc}", False))
        section.raw["elapsed_seconds"] = time.perf_counter() - began
        print(f"[bench] {name} done in {section.raw['elapsed_seconds']:.1f} s", file=sys.stderr, flush=True)
        sections.append(section)
    meta["elapsed_seconds"] = time.perf_counter() - started
    for section in sections:
        section.raw["run_date"] = meta["date"]
    if args.merge and args.json is not None and args.json.exists():
        sections = _merge(sections, meta, args.json)
    text = report.markdown(sections, meta)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(report.raw_json(sections, meta), encoding="utf-8")
    for section in sections:
        for target in section.targets:
            verdict = "n/a" if target.met is None else "met" if target.met else "MISSED"
            print(f"[bench] {verdict:>6}  {target.name}: {target.measured} (goal {target.goal})", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
