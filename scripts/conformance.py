"""Run every spec in DIR through add-vendor + our stages and the stock generator: `python -m scripts.conformance DIR`.

What `nox -s conformance -- DIR` runs. DIR holds spec files and folders with a multi-file spec (its entry
is found as the shallowest OpenAPI/Swagger document). Prints a table per spec and a summary; not part of
the test command.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from scripts.pipeline.intake.conformance import format_summary, probe, run, to_json
from scripts.pipeline.vendors import ROOT


def main(argv: list[str] | None = None) -> int:
    """Parse arguments; --probe NAME is the per-spec subprocess, run inside the temporary copy."""
    parser = argparse.ArgumentParser(prog="python -m scripts.conformance", description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, help="folder of specs")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per step of each spec (default 600)")
    parser.add_argument("--no-stock", action="store_true", help="skip the stock generator (a quicker triage run)")
    parser.add_argument("--json", type=Path, default=None, help="also write all figures here")
    parser.add_argument("--probe", metavar="NAME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        side = probe(ROOT, args.probe, mypy_timeout=args.timeout)
        print(json.dumps(asdict(side)))
        return 0
    if args.directory is None or not args.directory.is_dir():
        parser.error("DIR must be a folder of specs")
    results = run(args.directory.resolve(), repo=ROOT, timeout=args.timeout, stock=not args.no_stock)
    if not results:
        print(f"no OpenAPI or Swagger specs in {args.directory}", file=sys.stderr)
        return 2
    print("## Summary\n")
    print(format_summary(results))
    if args.json is not None:
        args.json.write_text(to_json(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
