"""Problems placed where they were made: by a normalizer rule (named, not a line of the capture), or in the
file of a multi-file capture that holds the node (its line:column and its pointer in that file)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline import normalize as normalize_module
from scripts.pipeline.blame import Origins
from scripts.pipeline.build import build_spec
from scripts.pipeline.errors import PipelineError, Problem
from scripts.pipeline.intake.add_vendor import add_vendor
from scripts.pipeline.rules import RULES, Note, Notes, Rule
from scripts.pipeline.vendors import load_vendor

MULTI = Path(__file__).parent / "fixtures" / "intake" / "multi"
TODAY = "2026-01-01T00:00:00Z"
SPEC = """openapi: 3.1.0
info: {title: Things, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        size:
          type: integer
"""


def line_and_column_of(text: str, needle: str) -> tuple[int, int]:
    index = text.index(needle)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def vendor_from(tmp_path: Path, source: Path, name: str = "things") -> Path:
    specs = tmp_path / "specs"
    specs.mkdir(exist_ok=True)
    return add_vendor(name, str(source), specs=specs, today=TODAY).folder


def with_rule(monkeypatch: pytest.MonkeyPatch, apply: Any) -> None:
    """The build's normalizer with one more rule at the end, one that writes a node the validator rejects."""
    rule = Rule("PC999", "broken-rule", "a rule that writes a wrong type (test only, so not in RULES)", apply)
    defaults = dict(normalize_module.normalize.__kwdefaults__ or {})
    monkeypatch.setattr(normalize_module.normalize, "__kwdefaults__", {**defaults, "rules": (*RULES, rule)})


def test_a_node_a_rule_added_is_blamed_on_the_rule_not_on_a_line_of_the_capture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_field(document: dict[str, Any], notes: Notes) -> None:
        document["components"]["schemas"]["Thing"]["properties"]["count"] = {"type": "integr"}
        notes.append(("/components/schemas/Thing/properties/count", "field added"))

    with_rule(monkeypatch, add_field)
    (tmp_path / "spec.yaml").write_text(SPEC)
    folder = vendor_from(tmp_path, tmp_path / "spec.yaml")
    with pytest.raises(PipelineError) as caught:
        build_spec(load_vendor(folder))
    problem = caught.value.problems[0]
    assert problem.pointer == "/components/schemas/Thing/properties/count/type"
    assert (problem.rule, problem.file, problem.line) == ("PC999 (field added)", None, None)
    text = str(caught.value)
    assert "normalizer rule PC999 (field added) at #/components/schemas/Thing/properties/count/type:" in text
    assert "capture.yaml" not in text


def test_a_node_a_rule_rewrote_names_the_rule_and_where_the_node_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def break_type(document: dict[str, Any], notes: Notes) -> None:
        document["components"]["schemas"]["Thing"]["properties"]["size"]["type"] = "integr"
        notes.append(("/components/schemas/Thing/properties/size", "type rewritten"))

    with_rule(monkeypatch, break_type)
    (tmp_path / "spec.yaml").write_text(SPEC)
    folder = vendor_from(tmp_path, tmp_path / "spec.yaml")
    with pytest.raises(PipelineError) as caught:
        build_spec(load_vendor(folder))
    problem = caught.value.problems[0]
    assert problem.rule == "PC999 (type rewritten)"
    line, column = line_and_column_of(SPEC, "type: integer")
    assert (problem.line, problem.column) == (line, column)
    assert "normalizer rule PC999 (type rewritten) at #/components/schemas/Thing/properties/size/type" in str(
        caught.value
    )
    assert f"(rewriting {folder / 'capture.yaml'}:{line}:{column}#" in str(caught.value)


def test_a_capture_problem_that_no_rule_touched_stays_on_the_capture(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC.replace("type: integer", "type: integr"))
    folder = vendor_from(tmp_path, tmp_path / "spec.yaml")
    with pytest.raises(PipelineError) as caught:
        build_spec(load_vendor(folder))
    problem = caught.value.problems[0]
    assert (problem.rule, problem.file) == (None, str(folder / "capture.yaml"))
    assert (problem.line, problem.column) == line_and_column_of(SPEC, "type: integer")


def test_a_problem_in_an_external_file_names_that_file_its_line_and_its_pointer_there(tmp_path: Path) -> None:
    tree = tmp_path / "api"
    shutil.copytree(MULTI, tree)
    pet = tree / "schemas" / "pet.yaml"
    pet.write_text(pet.read_text().replace("  name:\n    type: string", "  name:\n    type: strng", 1))
    folder = vendor_from(tmp_path, tree / "root.yaml", name="pets")
    with pytest.raises(PipelineError) as caught:
        build_spec(load_vendor(folder))
    problem = next(p for p in caught.value.problems if p.pointer == "/properties/name/type")
    captured = folder / "capture" / "schemas" / "pet.yaml"
    assert problem.file == str(captured.resolve())
    assert (problem.line, problem.column) == line_and_column_of(captured.read_text(), "type: strng")
    assert problem.bundled_pointer == "/components/schemas/pet/properties/name/type"
    expected = f"pet.yaml:{problem.line}:{problem.column}#/properties/name/type (bundled as #/components/schemas/pet"
    assert expected in str(caught.value)


def test_a_registered_rule_is_named_with_its_name_and_what_it_did() -> None:
    origins = Origins(
        "capture.yaml",
        source={"a": 1},
        normalized={"a": 1, "b": {}},
        notes=[Note("PC140", "/b", "`true` schema made `{}`")],
    )
    placed = origins.place(Problem("is not valid", pointer="/b"))
    assert placed.where() == "normalizer rule PC140 boolean-schemas (`true` schema made `{}`) at #/b"
    assert origins.place(Problem("is not valid", pointer="/a")).file == "capture.yaml"
