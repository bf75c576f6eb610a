"""The sha256 recorded in provenance.yaml: of a file's bytes, or of a whole captured tree.

A tree's digest covers every file's relative path and bytes in a fixed order, so it is the same on any
machine and changes when any file is added, removed, renamed or edited.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def tree_files(root: Path) -> list[Path]:
    """Every regular file under root, sorted by relative POSIX path."""
    files = [p for p in root.rglob("*") if p.is_file()]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def capture_digest(path: Path) -> str:
    """sha256 of a file's bytes, or the tree digest of a directory."""
    if path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return files_digest({file.relative_to(path).as_posix(): file.read_bytes() for file in tree_files(path)})


def files_digest(files: dict[str, bytes]) -> str:
    """The tree digest of files given by relative POSIX path (a fetched tree before it is written)."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(files[name]).hexdigest().encode("ascii") + b"\n")
    return digest.hexdigest()
