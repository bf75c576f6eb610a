"""Validation: every class of problem openapi-spec-validator finds is still found, all at once, absolutely placed."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v31

from scripts.pipeline.errors import MAX_LINE, PipelineError
from scripts.pipeline.validate import find_problems, validate


def spec() -> dict[str, Any]:
    """A small valid document with one of each construct the checks look at."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "tags": [{"name": "things"}],
        "paths": {
            "/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getThing",
                    "parameters": [{"$ref": "#/components/parameters/Limit"}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                },
                "post": {"operationId": "postThing", "responses": {"204": {"description": "done"}}},
            }
        },
        "components": {
            "parameters": {
                "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 20}},
            },
            "schemas": {
                "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Thing": {
                    "allOf": [{"$ref": "#/components/schemas/Base"}],
                    "required": ["id"],
                    "properties": {
                        "kind": {"$ref": "#/components/schemas/Kind", "default": "a"},
                        "calls": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}},
                        "code": {"type": "string", "pattern": "^[a-z]+$"},
                    },
                },
                "Kind": {"type": "string", "enum": ["a", "b"]},
            },
        },
    }


Edit = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        *parents, last = path.split("|")
        node = document
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node.append(value)
        else:
            node[last] = value

    return edit


THING = "components|schemas|Thing"
CASES = [
    pytest.param(_set("paths|/things/{id}|get|parameters", 7), "/paths/~1things~1{id}/get/parameters", id="shape"),
    pytest.param(
        _set(f"{THING}|properties|calls|items|items", [{"type": "string"}]),
        "/components/schemas/Thing/properties/calls/items/items",
        id="tuple-items-in-a-nested-schema",
    ),
    pytest.param(
        _set(f"{THING}|properties|code|type", "strin"), "/components/schemas/Thing/properties/code/type", id="bad-type"
    ),
    pytest.param(
        _set(f"{THING}|properties|code|pattern", "(unclosed"),
        "/components/schemas/Thing/properties/code/pattern",
        id="bad-regex",
    ),
    pytest.param(
        _set("paths|/things/{id}|post|operationId", "getThing"),
        "/paths/~1things~1{id}/post/operationId",
        id="duplicate-operation-id",
    ),
    pytest.param(
        _set("paths|/things/{id}|parameters|0|name", "thingId"), "/paths/~1things~1{id}/get", id="undeclared-path-param"
    ),
    pytest.param(
        _set("paths|/things/{id}|get|parameters|-", {"name": "limit", "in": "query", "schema": {"type": "string"}}),
        "/paths/~1things~1{id}/get/parameters/1",
        id="duplicate-parameter",
    ),
    pytest.param(
        _set(f"{THING}|required", ["id", "nowhere"]), "/components/schemas/Thing/required", id="required-not-defined"
    ),
    pytest.param(
        _set(f"{THING}|properties|code|default", 5),
        "/components/schemas/Thing/properties/code/default",
        id="bad-default",
    ),
    pytest.param(
        _set(f"{THING}|properties|kind|default", "c"),
        "/components/schemas/Thing/properties/kind/default",
        id="ours-only-default-beside-a-ref",
    ),
    pytest.param(
        _set("components|parameters|Limit|schema|default", "20 - many"),
        "/components/parameters/Limit/schema/default",
        id="default-of-wrong-type",
    ),
    pytest.param(_set("tags|-", {"name": "things"}), "/tags/1/name", id="duplicate-tag"),
    pytest.param(
        _set(f"{THING}|properties|kind|$ref", "#/components/schemas/Nope"),
        "/components/schemas/Thing/properties/kind/$ref",
        id="ours-only-dangling-ref",
    ),
]


def reference_finds_a_problem(document: dict[str, Any]) -> bool:
    """What the build ran before: openapi-spec-validator, or the bare meta-schema where it crashes on a bad shape."""
    try:
        return bool(list(OpenAPIV31SpecValidator(document).iter_errors()))
    except (KeyError, TypeError, AttributeError):
        return bool(list(Draft202012Validator(schema_v31).iter_errors(document)))


def test_the_fixture_is_valid_for_both_validators() -> None:
    assert find_problems(spec()) == []
    assert list(OpenAPIV31SpecValidator(spec()).iter_errors()) == []


@pytest.mark.parametrize(("edit", "pointer"), CASES)
def test_each_problem_openapi_spec_validator_finds_is_found_at_its_absolute_pointer(
    edit: Edit, pointer: str, request: pytest.FixtureRequest
) -> None:
    broken = spec()
    edit(broken)
    if "ours-only" not in request.node.name:  # dangling $refs were always our own check; a default beside a
        # $ref the old validator never looked at (it followed the $ref and lost the sibling)
        assert reference_finds_a_problem(copy.deepcopy(broken)), "the validator we replaced agrees"
    found = find_problems(broken)
    assert pointer in [p for p, _ in found], found


def test_every_problem_is_reported_on_its_own_line_with_a_total() -> None:
    broken = spec()
    for edit in (
        _set(f"{THING}|properties|code|type", "strin"),
        _set(f"{THING}|required", ["id", "nowhere"]),
        _set("paths|/things/{id}|post|operationId", "getThing"),
        _set("components|parameters|Limit|schema|default", "20 - many"),
    ):
        edit(broken)
    with pytest.raises(PipelineError) as caught:
        validate(broken, file="spec.yaml")
    lines = str(caught.value).splitlines()
    assert len(caught.value.problems) == 4
    assert lines[-1] == "[?] validate: 4 problems"
    assert all(line.startswith("[?] validate failed at spec.yaml#/") for line in lines[:-1])


def test_the_listing_is_capped_and_no_line_is_wider_than_the_limit() -> None:
    broken = spec()
    long_name = "n" * 400
    broken["components"]["schemas"].update(
        {f"S{i}": {"type": "strin", "properties": {long_name: {"type": 1}}} for i in range(80)}
    )
    with pytest.raises(PipelineError) as caught:
        validate(broken, file="spec.yaml")
    lines = caught.value.lines()
    assert len(caught.value.problems) == 160
    assert len(lines) == 51
    assert lines[-1] == "[?] validate: 160 problems, the first 50 listed"
    assert all(len(line) <= MAX_LINE for line in lines)


def test_a_long_one_of_failure_is_summarised_not_dumped() -> None:
    broken = spec()
    huge = {f"p{i}": {"description": "x" * 50} for i in range(200)}
    broken["paths"]["/things/{id}"]["get"]["parameters"] = [{"nam": "limit", "huge": huge}]
    found = find_problems(broken)
    assert found
    assert all(len(message) <= 400 for _, message in found)
    assert any("branches" in message for _, message in found)
