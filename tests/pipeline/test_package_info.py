"""A generated package describes its API from the spec's info (title, version, summary), at any size."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import render_project
from scripts.pipeline.normalize import normalize
from scripts.pipeline.package_info import package_info, project_urls, readme_facts, summary_of
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


def _readme(tmp_path: Path, **extra: object) -> str:
    spec, _notes = normalize(json.loads(SPEC.read_text()))
    settings = {"package_name_override": "notes_client", "project_name_override": "notes-client", **extra}
    project, problems = render_project(
        spec, generator_settings=settings, version="1.0.0", output_dir=tmp_path / "notes", templates=TEMPLATES
    )
    assert problems == []
    readme: Path = project.project_dir / "README.md"
    return readme.read_text()


def test_package_readme_links_are_absolute_to_the_project_urls(tmp_path: Path) -> None:
    readme = _readme(tmp_path)
    home = project_urls()["Homepage"]
    assert home.startswith("https://")
    links = re.findall(r"\]\(([^)]*)\)", readme)
    assert links and all(link.startswith("https://") for link in links), links
    assert f"[policy-clients]({home})" in readme
    assert "nox -s" not in readme and "Do not edit" not in readme  # for users, not maintainers


def test_package_readme_shows_the_facade_call_from_generator_yaml(tmp_path: Path) -> None:
    example = "import policy_clients\nclient = policy_clients.notes()\n"
    readme = _readme(tmp_path, readme={"factory": "notes", "extra": "notes", "example": example})
    assert 'pip install "policy-clients[notes]"' in readme
    assert "<!-- readme-test: setup=notes -->\n```python\n" + example + "```" in readme
    assert "AuthenticatedClient(" not in readme


def test_package_readme_without_a_facade_marks_its_generic_call_not_to_run(tmp_path: Path) -> None:
    readme = _readme(tmp_path)
    assert "<!-- readme-test: skip: " in readme and "AuthenticatedClient(base_url=" in readme
    assert "policy-clients[" not in readme


@pytest.mark.parametrize(
    "entry",
    [
        {"factory": "x"},
        {"factory": "x", "extra": "x", "example": 3},
        "x",
        {"factory": "x", "extra": "x", "example": "", "more": ""},
    ],
)
def test_a_malformed_readme_entry_names_its_file_and_pointer(entry: object) -> None:
    with pytest.raises(PipelineError) as caught:
        readme_facts("notes", {"readme": entry})
    assert caught.value.file == "specs/notes/generator.yaml" and caught.value.pointer == "/readme"


def test_project_urls_come_from_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n[project.urls]\nHomepage = "https://example.com/x/"\n')
    assert project_urls(pyproject) == {"Homepage": "https://example.com/x"}
    assert project_urls(tmp_path / "missing.toml") == {}
