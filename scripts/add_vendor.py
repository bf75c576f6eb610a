"""Add a vendor from its published spec: `python -m scripts.add_vendor NAME SOURCE` (what `nox -s add-vendor` runs).

SOURCE is a path or an http(s) URL of a YAML/JSON OpenAPI or Swagger document, or the entry file of a
multi-file spec (every file its relative $refs reach is fetched too). Then `nox -s generate` builds it.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from scripts.pipeline.intake.add_vendor import AddVendorError, add_vendor
from scripts.pipeline.vendors import ROOT


def main(argv: list[str] | None = None, *, root: Path = ROOT) -> int:
    """Parse arguments, scaffold specs/NAME/, print what was written."""
    parser = argparse.ArgumentParser(prog="python -m scripts.add_vendor", description=__doc__)
    parser.add_argument("name", help="vendor folder name, a lowercase identifier (acme_cloud)")
    parser.add_argument("source", help="path or http(s) URL of the spec (the entry file of a multi-file spec)")
    args = parser.parse_args(argv)
    import httpx

    today = datetime.date.today().isoformat()
    try:
        with httpx.Client(timeout=30.0, follow_redirects=True) as client:
            added = add_vendor(args.name, args.source, specs=root / "specs", today=today, client=client)
    except AddVendorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    where = added.folder.relative_to(root) if added.folder.is_relative_to(root) else added.folder
    print(f"added {where}: {added.kind} capture {added.capture_file} ({added.files} file(s))")
    print(f"package {added.package_name} (project {added.project_name}); now run: nox -s generate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
