"""Regenerate every vendor client from specs/: `python -m scripts.build [--force] [--check] [--vendor NAME]`."""

from __future__ import annotations

import argparse
import sys

from scripts.pipeline.build import run


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the pipeline."""
    parser = argparse.ArgumentParser(prog="python -m scripts.build", description=__doc__)
    parser.add_argument("--force", action="store_true", help="regenerate every vendor even if its inputs are unchanged")
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary place and fail, listing files, if generated/ or specs/ is stale",
    )
    parser.add_argument("--vendor", action="append", help="only this vendor (repeatable)")
    parser.add_argument("--jobs", type=int, default=None, help="parallel workers (default: one per core)")
    args = parser.parse_args(argv)
    return run(force=args.force, check=args.check, only=args.vendor, jobs=args.jobs)


if __name__ == "__main__":
    sys.exit(main())
