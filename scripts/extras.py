"""The facade's extras pin each generated package to its released major version, read from release.json.

pyproject.toml is the single place users' resolvers look, so the build rewrites its vendor extras when a
release changes and ``--check`` names a stale one: a bumped package can never ship behind a pin that
excludes it, nor a major bump slip in under an old pin.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from scripts.pipeline.vendors import Vendor, all_vendors

ALL = "all"
_SECTION = "[project.optional-dependencies]"


def compatible_pin(project: str, version: str) -> str:
    """``name>=MAJOR.MINOR,<MAJOR+1``: any later release that the versioning calls non-breaking."""
    major, minor = (int(part) for part in version.split(".")[:2])
    return f"{project}>={major}.{minor},<{major + 1}"


def extra_name(vendor: Vendor) -> str:
    """The extra a user types: the distribution name without its ``-client`` suffix."""
    return vendor.project_name.removesuffix("-client")


def expected_extras(specs: Path) -> dict[str, list[str]]:
    """Extra name -> requirements, one extra per vendor plus ``all``, from each committed release.json.

    A vendor with no release.json has never built (its first generation failed): there is no package to
    pin yet, so it gets no extra until it does.
    """
    extras: dict[str, list[str]] = {}
    for vendor in sorted(all_vendors(specs), key=extra_name):
        if not vendor.release_record.is_file():
            continue
        version = str(json.loads(vendor.release_record.read_text("utf-8"))["version"])
        extras[extra_name(vendor)] = [compatible_pin(vendor.project_name, version)]
    extras[ALL] = [pin for pins in extras.values() for pin in pins]
    return extras


def _line(name: str, requirements: list[str]) -> str:
    return f"{name} = [{', '.join(json.dumps(r) for r in requirements)}]"


def _section_bounds(lines: list[str], pyproject: Path) -> tuple[int, int]:
    try:
        start = lines.index(_SECTION) + 1
    except ValueError:
        raise ValueError(f"{pyproject}: no {_SECTION} table") from None
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("[")), len(lines))
    return start, end


def synced_text(pyproject: Path, extras: dict[str, list[str]]) -> str:
    """pyproject.toml with each vendor extra's line replaced (others, such as ``testing``, untouched)."""
    lines = pyproject.read_text("utf-8").split("\n")
    start, end = _section_bounds(lines, pyproject)
    body = lines[start:end]
    for name, requirements in extras.items():
        pattern = re.compile(rf"^{re.escape(name)}\s*=")
        index = next((i for i, line in enumerate(body) if pattern.match(line)), None)
        if index is None:
            last = max((i for i, line in enumerate(body) if line.strip()), default=-1)
            body.insert(last + 1, _line(name, requirements))
        else:
            body[index] = _line(name, requirements)
    return "\n".join([*lines[:start], *body, *lines[end:]])


def stale_extras(root: Path) -> list[str]:
    """One line per extra of ``root``/pyproject.toml that disagrees with the releases (empty when in sync)."""
    pyproject = root / "pyproject.toml"
    extras = expected_extras(root / "specs")
    current = pyproject.read_text("utf-8").split("\n")
    stale = []
    for name, requirements in extras.items():
        if _line(name, requirements) not in current:
            stale.append(f"pyproject.toml: extra {name!r} should be {requirements} (from specs/*/release.json)")
    return stale


def sync_extras(root: Path) -> bool:
    """Rewrite the vendor extras of ``root``/pyproject.toml from the releases; True when it changed."""
    pyproject = root / "pyproject.toml"
    text = synced_text(pyproject, expected_extras(root / "specs"))
    if text == pyproject.read_text("utf-8"):
        return False
    pyproject.write_text(text, encoding="utf-8")
    return True
