"""Regenerate every vendor client from specs/: `python -m scripts.build [--force] [--check] [--vendor NAME]`."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from scripts.extras import stale_extras, sync_extras
from scripts.pipeline.build import run
from scripts.pipeline.vendors import ROOT, all_vendors


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
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="write a vendor's package even when the generator drops operations, listing each dropped one",
    )
    parser.add_argument("--jobs", type=int, default=None, help="parallel workers (default: one per core)")
    parser.add_argument("--report-json", type=Path, default=None, help="also write the change reports here as JSON")
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="first fetch each vendor's page from its provenance source_url and take in changed captures",
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list every normalizer repair, not only the count per rule"
    )
    args = parser.parse_args(argv)
    if args.refresh:
        code = refresh_captures(only=args.vendor)
        if code:
            return code
    stale = stale_extras(ROOT) if args.check else []
    for line in stale:
        print(f"stale: {line}", file=sys.stderr)
    code = run(
        force=args.force,
        check=args.check,
        only=args.vendor,
        jobs=args.jobs,
        report_json=args.report_json,
        keep_going=args.keep_going,
        verbose=args.verbose,
    )
    if not args.check and sync_extras(ROOT):
        print("pyproject.toml: vendor extras re-pinned from specs/*/release.json")
    return code or (1 if stale else 0)


def refresh_captures(*, only: list[str] | None = None, root: Path = ROOT) -> int:
    """Fetch every vendor's source again; changed captures are written with updated provenance."""
    import httpx

    from scripts.pipeline.refresh import RefreshError, refresh

    today = datetime.date.today().isoformat()
    failed = False
    with httpx.Client(follow_redirects=True, timeout=30.0) as client:
        for vendor in all_vendors(root / "specs"):
            if only and vendor.name not in only:
                continue
            try:
                result = refresh(vendor.folder, client=client, today=today)
            except RefreshError as exc:
                print(f"error: {exc}", file=sys.stderr)
                failed = True
                continue
            state = "changed" if result.changed else "unchanged"
            print(f"[{vendor.name}] capture {state} ({result.source_url})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
