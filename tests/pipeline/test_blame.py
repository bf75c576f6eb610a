"""A validation problem names the file whose content produced the node, with its line:column there."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pipeline.blame import positions_of
from scripts.pipeline.build import build_spec
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.vendors import load_vendor

OSO_TYPE = "          schema:\n            type: boolean\n        - name: show_suggestions"


def line_and_column_of(text: str, needle: str, *, within: str = "") -> tuple[int, int]:
    start = text.index(within) if within else 0
    index = text.index(needle, start)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def test_a_problem_in_the_capture_is_blamed_on_the_capture_not_on_an_overlay_that_touched_its_operation(
    repo_copy: Path,
) -> None:
    folder = repo_copy / "specs" / "oso_cloud"
    capture = folder / "capture.md"
    text = capture.read_text()
    assert OSO_TYPE in text
    capture.write_text(text.replace(OSO_TYPE, OSO_TYPE.replace("boolean", "boolen"), 1))
    with pytest.raises(PipelineError) as caught:
        build_spec(load_vendor(folder))
    problem = caught.value.problems[0]
    assert problem.pointer == "/paths/~1policy/post/parameters/0/schema/type"
    assert problem.file == str(capture)
    line, column = line_and_column_of(capture.read_text(), "type: boolen")
    assert (problem.line, problem.column) == (line, column)
    assert f"capture.md:{line}:{column}#/paths/~1policy/post/parameters/0/schema/type:" in str(caught.value)


def test_a_problem_an_overlay_action_wrote_is_blamed_on_that_action(repo_copy: Path) -> None:
    folder = repo_copy / "specs" / "oso_cloud"
    overlay = folder / "overlay.yaml"
    text = overlay.read_text()
    overlay.write_text(text.replace("      x-idempotent: true", "      x-idempotent: true\n      parameters: 7", 1))
    with pytest.raises(PipelineError) as caught:
        build_spec(load_vendor(folder))
    problem = caught.value.problems[0]
    assert (problem.file, problem.pointer) == (str(overlay), "/paths/~1policy/post/parameters")
    line, column = line_and_column_of(text, "- target: $.paths['/policy'].post\n")
    assert (problem.line, problem.column) == (line, column + 2)  # the action's first key, after "- "


def test_positions_of_yaml_and_json_name_keys_and_items() -> None:
    yaml_text = "openapi: 3.1.0\npaths:\n  /a/b:\n    get:\n      tags: [x, y]\n"
    positions = positions_of(yaml_text, line_offset=10)
    assert positions["/paths/~1a~1b/get"] == (14, 5)
    assert positions["/paths/~1a~1b/get/tags/1"] == (15, 17)
    json_text = '{\n  "paths": {\n    "/a": {"get": {"responses": []}}\n  }\n}\n'
    positions = positions_of(json_text)
    assert positions["/paths/~1a/get/responses"] == (3, 20)
