"""A generated package describes its API from the spec's info (title, version, summary), at any size."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from scripts.pipeline.generate import render_project
from scripts.pipeline.normalize import normalize
from scripts.pipeline.package_info import package_info, summary_of
from scripts.pipeline.vendors import TEMPLATES

SPEC = Path(__file__).parent / "fixtures" / "conformance" / "notes_v3.json"


def test_summary_prefers_info_summary() -> None:
    assert summary_of({"summary": "Short.", "description": "Long text."}) == "Short."


def test_summary_is_the_first_sentence_as_plain_text() -> None:
    html = "<h3>The Platform manages policies.</h3><h4>Pick a <b>region</b>:<table><tr><td>US</td></tr></table>"
    assert summary_of({"description": html}) == "The Platform manages policies."
    markdown = "# Intro\n\nUse the [Acme API](https://acme.example) for `widgets`. More here.\n\nAnd more."
    assert summary_of({"description": markdown}) == "Intro"
    assert summary_of({"description": "Use the [Acme API](https://x) for `widgets`. More."}) == (
        "Use the Acme API for widgets."
    )
    assert summary_of({"description": "word " * 100}).endswith("…")
    assert len(summary_of({"description": "word " * 100})) <= 200
    assert summary_of({}) == ""


def test_package_info_counts_operations() -> None:
    spec = json.loads(SPEC.read_text())
    assert package_info(spec) | {"servers": None} == {
        "title": "Tiny Notes",
        "version": "1.0",
        "summary": "Keeps notes.",
        "servers": None,
        "operations": 2,
    }


def test_generated_pyproject_and_readme_describe_the_whole_api(tmp_path: Path) -> None:
    spec, _notes = normalize(json.loads(SPEC.read_text()))
    settings = {"package_name_override": "notes_client", "project_name_override": "notes-client"}
    project, problems = render_project(
        spec, generator_settings=settings, version="1.0.0", output_dir=tmp_path / "notes", templates=TEMPLATES
    )
    assert problems == []
    pyproject = tomllib.loads((project.project_dir / "pyproject.toml").read_text())
    assert pyproject["project"]["description"] == "Typed Python client for Tiny Notes 1.0: Keeps notes."
    readme = (project.project_dir / "README.md").read_text()
    assert "## Operations (2)" in readme
    assert "`GET /notes` | `listNotes`" in readme and "`POST /notes` | `createNote`" in readme
    assert "policy-update" not in readme + pyproject["project"]["description"]
