"""MkDocs hook: one reference page per generated client package, found in generated/ at build time.

The packages are build outputs and more vendors may be added, so their pages are made here rather
than written by hand; nothing generated is committed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent


def packages() -> list[tuple[str, str, str]]:
    """(import name, distribution name, description) of every generated package."""
    found = []
    for pyproject in sorted((ROOT / "generated").glob("*/pyproject.toml")):
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        found.append((pyproject.parent.name, project["name"], project.get("description", "")))
    return found


def on_files(files: Files, config: Any) -> Files:
    """Add `reference/<package>.md` for each package and an index page listing them."""
    lines = ["# Generated clients", "", "One package per vendor, generated from its spec in `specs/`.", ""]
    for name, distribution, description in packages():
        lines.append(f"- [`{name}`]({name}.md) (`pip install {distribution}`): {description}")
        page = f"# `{name}`\n\n`pip install {distribution}`\n\n{description}\n\n::: {name}\n"
        files.append(File.generated(config, f"reference/{name}.md", content=page))
    files.append(File.generated(config, "reference/generated.md", content="\n".join(lines) + "\n"))
    return files


def on_nav(nav: Any, config: Any, files: Files) -> Any:
    """List each package's page under 'Generated clients'."""
    from mkdocs.structure.pages import Page

    for section in nav.items:
        if getattr(section, "title", None) != "Reference":
            continue
        for name, _distribution, _description in packages():
            file = files.get_file_from_path(f"reference/{name}.md")
            if file is not None:
                section.children.append(Page(name, file, config))
    return nav
