"""Run one in-process micro-benchmark in a fresh interpreter, so what earlier benchmarks left behind cannot skew it.

    python benchmarks/isolated.py {signing,parsing} [--quick] --out section.json   (run.py does this)

Why: a micro-benchmark's ratio depends on the process it runs in. After the rest of the suite, the heap holds
the official SDKs, canned servers' threads and pools and a fragmented allocator; collector passes and cache
misses then land on the subject (many small objects) more than on its C baseline (json.loads): the same parse
measured 4.2-7.5x after a full run and 2.9-3.1x alone. A fresh interpreter gives both the baseline and the
subject the same clean start in every run, whichever sections ran before.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from measure import Section, Target  # noqa: E402

SECTIONS = ("signing", "parsing")


def _runner(name: str, quick: bool) -> Callable[[], Section]:
    import micro

    settings = micro.QUICK if quick else micro.FULL
    return {"signing": lambda: micro.run_signing(settings), "parsing": lambda: micro.run_parsing(settings)}[name]


def section_from_dict(data: dict[str, Any]) -> Section:
    """The inverse of ``Section.as_dict`` (what the child process writes)."""
    return Section(
        title=data["title"],
        header=data["header"],
        rows=data["rows"],
        targets=[Target(**t) for t in data["targets"]],
        notes=data["notes"],
        raw=data["raw"],
        tables=[(t["caption"], t["header"], t["rows"]) for t in data["tables"]],
    )


def run_fresh(name: str, quick: bool) -> Section:
    """Run section ``name`` in a new interpreter (same executable and environment) and return its results."""
    with tempfile.TemporaryDirectory(prefix="bench-isolated-") as tmp:
        out = Path(tmp) / "section.json"
        command = [sys.executable, str(Path(__file__).resolve()), name, "--out", str(out)]
        subprocess.run([*command, *(["--quick"] if quick else [])], check=True)  # noqa: S603 - our interpreter and script
        section = section_from_dict(json.loads(out.read_text(encoding="utf-8")))
    section.notes.append(f"Measured in a fresh interpreter (`benchmarks/isolated.py {name}`), not after the others.")
    return section


def main(argv: list[str] | None = None) -> int:
    """Child side: run one section, write its JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("section", choices=SECTIONS)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    section = _runner(args.section, args.quick)()
    args.out.write_text(json.dumps(section.as_dict()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
