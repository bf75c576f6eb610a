"""Build inputs fingerprint: a vendor whose inputs are unchanged is not regenerated."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .vendors import Vendor

STAMP_NAME = ".build-inputs.sha256"
_PIPELINE = Path(__file__).resolve().parent


def shared_inputs(templates: Path) -> list[Path]:
    """Files every vendor's output depends on: our templates and the pipeline's own code."""
    files = [p for p in sorted(templates.rglob("*")) if p.is_file()]
    files += [p for p in sorted(_PIPELINE.rglob("*.py")) if p.name not in {"changes.py", "refresh.py", "largespec.py"}]
    return files


def fingerprint(vendor: Vendor, *, tool_versions: str, shared: list[Path], root: Path) -> str:
    """sha256 over the vendor's inputs, the shared inputs and the generator/formatter versions."""
    digest = hashlib.sha256(tool_versions.encode())
    for path in [*vendor.input_files(), *shared]:
        # pipeline code outside root (a test's copy of the repo) is named as it sits in the repo
        name = path.relative_to(root) if path.is_relative_to(root) else "scripts/pipeline" / path.relative_to(_PIPELINE)
        digest.update(str(name).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def tool_versions() -> str:
    """Generator and formatter versions without importing either (importing the generator costs ~0.5 s)."""
    from importlib.metadata import version

    return f"openapi-python-client=={version('openapi-python-client')};ruff=={version('ruff')}"
