"""Fixtures for pipeline tests: a throwaway copy of the repository's build inputs and outputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """specs/, scripts/templates and generated/ copied, so a test can break inputs without touching the repo."""
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "specs", root / "specs")
    shutil.copytree(ROOT / "scripts" / "templates", root / "scripts" / "templates")
    shutil.copytree(
        ROOT / "generated",
        root / "generated",
        ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache", "*.egg-info"),
    )
    return root


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes (tool caches excluded)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts
    }
