"""Fingerprint what a generated package ships, independent of its own version, and stamp the version in.

The build generates with :data:`VERSION_PLACEHOLDER` as the package version, fingerprints the formatted
tree, decides the version (which may depend on that fingerprint) and only then writes it in with
:func:`stamp_version`. So the fingerprint never depends on the version, wherever a template puts it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from scripts.pipeline.changes import Bump
from scripts.pipeline.errors import PipelineError

VERSION_PLACEHOLDER = "0.0.0+pc.version.placeholder"
# Build bookkeeping the build adds after fingerprinting (the shipped CHANGELOG, the inputs stamp).
_EXCLUDED = frozenset({"CHANGELOG.md", ".build-inputs.sha256"})
_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
CODEGEN_RELEASE_FILE = "codegen-release.yaml"
_BUMPS: tuple[Bump, ...] = ("major", "minor", "patch")


def _files(tree: Path) -> list[Path]:
    files = [p for p in tree.rglob("*") if p.is_file() and not _CACHES & set(p.relative_to(tree).parts)]
    return sorted(files, key=lambda p: p.relative_to(tree).as_posix())


def package_fingerprint(tree: Path) -> str:
    """sha256 over every file's relative path and bytes, in path order (bookkeeping files left out)."""
    digest = hashlib.sha256()
    for path in _files(tree):
        rel = path.relative_to(tree).as_posix()
        if rel in _EXCLUDED:
            continue
        data = path.read_bytes()
        digest.update(f"{rel}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def stamp_version(tree: Path, version: str) -> None:
    """Replace the placeholder by the real version in every file that carries it."""
    placeholder, real = VERSION_PLACEHOLDER.encode(), version.encode()
    for path in _files(tree):
        data = path.read_bytes()
        if placeholder in data:
            path.write_bytes(data.replace(placeholder, real))


def codegen_bump(templates: Path) -> Bump:
    """The bump for a package whose code changed while its spec did not: ``minor`` unless declared.

    Template and generator changes usually add API (a new helper, typed headers), hence minor; a
    maintainer declares ``major`` (breaks callers) or ``patch`` (invisible to them) in
    ``scripts/templates/codegen-release.yaml`` in the same commit as the template change.
    """
    path = templates / CODEGEN_RELEASE_FILE
    if not path.exists():
        return "minor"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise PipelineError(stage="version", cause=f"not YAML: {exc}", file=str(path)) from None
    value = data.get("codegen_bump", "minor") if isinstance(data, dict) else None
    for bump in _BUMPS:
        if value == bump:
            return bump
    cause = f"codegen_bump must be one of {', '.join(_BUMPS)}, got {value!r}"
    raise PipelineError(stage="version", cause=cause, file=str(path))
