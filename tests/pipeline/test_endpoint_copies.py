"""Generator hooks for speed make the same packages: no deep copy of endpoints while parsing, fast template globals."""

from __future__ import annotations

import collections
import contextlib
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline import generate
from scripts.pipeline.documents import parse_document
from scripts.pipeline.largespec import make_large_spec
from scripts.pipeline.normalize import normalize
from scripts.pipeline.vendors import TEMPLATES

GENERATION = Path(__file__).parent / "fixtures" / "generation"
# Parameter renames (template names, path-item parameters), media types, the awkward shapes of real specs.
FIXTURES = ("template_names.yaml", "apidir_patterns.yaml", "multi_media_bodies.yaml")


def spec_of(name: str) -> dict[str, Any]:
    if name == "large":
        return normalize(make_large_spec(operations=40, schemas=128))[0]
    document = parse_document((GENERATION / name).read_text("utf-8"), file=GENERATION / name)
    assert isinstance(document, dict)
    return normalize(document)[0]


def rendered(spec: dict[str, Any], out: Path) -> tuple[dict[str, bytes], list[str]]:
    settings = {"package_name_override": "shapes_client", "project_name_override": "shapes-client"}
    _project, problems = generate.render_project(
        spec, generator_settings=settings, version="1.0.0", output_dir=out, templates=TEMPLATES
    )
    files = {str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()}
    return files, sorted(str(problem.header) + str(problem.detail) for problem in problems)


@pytest.mark.parametrize("name", [*FIXTURES, "large"])
def test_the_package_is_the_one_the_generator_makes_with_its_copies(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = spec_of(name)
    ours = rendered(spec, tmp_path / "shallow")
    monkeypatch.setattr(generate, "endpoints_copied_shallowly", contextlib.nullcontext)
    theirs = rendered(spec, tmp_path / "deep")
    assert ours[0].keys() == theirs[0].keys()
    assert [f for f in ours[0] if ours[0][f] != theirs[0][f]] == []
    assert ours[1] == theirs[1]


def test_no_endpoint_is_deep_copied_while_the_spec_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openapi_python_client.parser import openapi as parser

    openapi: Any = parser
    copied: list[str] = []
    real = openapi.deepcopy

    def spy(value: Any, memo: Any = None) -> Any:
        if isinstance(value, openapi.Endpoint):
            copied.append(str(value.name))
        return real(value, memo)

    monkeypatch.setattr(openapi, "deepcopy", spy)
    spec = spec_of(FIXTURES[0])
    rendered(spec, tmp_path / "shallow")
    assert copied == []
    monkeypatch.setattr(generate, "endpoints_copied_shallowly", contextlib.nullcontext)
    rendered(spec, tmp_path / "deep")
    assert copied, "the generator's own parse deep-copies each endpoint (else this test sees nothing)"


def test_template_globals_have_the_chainmaps_keys_and_values() -> None:
    """Templates' globals (generate.TemplateGlobals, for a fast key subtraction on each import) mean what jinja's do."""
    own, shared = {"python_module": 1, "pc_raw": 2}, {"pc_raw": 3, "isbool": 4}
    ours, theirs = generate.TemplateGlobals(own, shared), collections.ChainMap(own, shared)
    assert set(ours.keys()) == set(theirs.keys()) == {"python_module", "pc_raw", "isbool"}
    assert dict(ours) == dict(theirs) and ours["pc_raw"] == 2
    assert frozenset({"pc_raw", "other"}) - ours.keys() == {"other"}
    shared["later"] = 5  # the environment's globals stay live
    assert "later" in set(ours.keys()) and ours["later"] == 5


def test_the_generators_templates_get_template_globals(tmp_path: Path) -> None:
    settings = {"package_name_override": "shapes_client", "project_name_override": "shapes-client"}
    project, _problems = generate.render_project(
        spec_of(FIXTURES[0]),
        generator_settings=settings,
        version="1.0.0",
        output_dir=tmp_path / "p",
        templates=TEMPLATES,
    )
    assert isinstance(project.env.get_template("model.py.jinja").globals, generate.TemplateGlobals)
