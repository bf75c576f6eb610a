"""The generic stages on small documents: normalize, overlay, validate, parse errors."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.normalize import normalize
from scripts.pipeline.overlay import apply_overlay
from scripts.pipeline.validate import validate


def doc(**paths: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}


def test_string_booleans_and_string_defaults_become_booleans() -> None:
    source = doc(
        **{
            "/x/{id}": {
                "post": {
                    "operationId": "op",
                    "tags": ["x"],
                    "parameters": [
                        {"in": "path", "name": "id", "required": "true", "schema": {"type": "string"}},
                        {"in": "query", "name": "flag", "schema": {"type": "boolean", "default": "false"}},
                    ],
                    "requestBody": {"required": "true", "content": {"text/plain": {"schema": {"type": "string"}}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    )
    out, notes = normalize(source)
    op = out["paths"]["/x/{id}"]["post"]
    assert op["parameters"][0]["required"] is True
    assert op["parameters"][1]["schema"]["default"] is False
    assert op["requestBody"]["required"] is True
    assert len(notes) == 3
    assert source["paths"]["/x/{id}"]["post"]["requestBody"]["required"] == "true"  # input untouched


def test_nullable_is_converted_inside_31_documents() -> None:
    source = doc()
    source["components"] = {
        "schemas": {
            "A": {
                "type": "object",
                "properties": {
                    "s": {"type": "string", "nullable": True},
                    "e": {"type": "string", "enum": ["x"], "nullable": True},
                    "r": {"$ref": "#/components/schemas/B", "nullable": True, "description": "d"},
                    "n": {"type": "string", "nullable": False},
                },
            },
            "B": {"type": "object"},
        }
    }
    out, _ = normalize(source)
    props = out["components"]["schemas"]["A"]["properties"]
    assert props["s"] == {"type": ["string", "null"]}
    assert props["e"] == {"anyOf": [{"type": "string", "enum": ["x"]}, {"type": "null"}]}
    assert props["r"] == {"description": "d", "anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]}
    assert props["n"] == {"type": "string"}


def test_30_documents_are_upgraded() -> None:
    source = doc()
    source["openapi"] = "3.0.3"
    source["components"] = {"schemas": {"N": {"type": "number", "minimum": 0, "exclusiveMinimum": True}}}
    out, _ = normalize(source)
    assert out["openapi"] == "3.1.0"
    assert out["components"]["schemas"]["N"] == {"type": "number", "exclusiveMinimum": 0}


def test_undefined_bearer_scheme_is_defined_and_unknown_ones_are_dropped_with_a_note() -> None:
    op = {
        "operationId": "op",
        "tags": ["x"],
        "security": [{"bearerAuth": []}],
        "responses": {"200": {"description": "ok"}},
    }
    out, _ = normalize(doc(**{"/x": {"get": op}}))
    assert out["components"]["securitySchemes"]["bearerAuth"] == {"type": "http", "scheme": "bearer"}
    op["security"] = [{"mystery": []}]
    out, notes = normalize(doc(**{"/x": {"get": op}}))  # never blocks the build
    assert "security" not in out["paths"]["/x"]["get"]
    (note,) = [n for n in notes if n.rule == "PC401"]
    assert note.pointer == "/paths/~1x/get/security/0/mystery"
    assert "'mystery' is used but never defined" in note.message


def test_missing_or_duplicate_operation_ids_and_unusable_tags_are_derived_from_the_path() -> None:
    ok = {"responses": {"200": {"description": "ok"}}}
    out, _ = normalize(
        doc(
            **{
                "/api/2.0/policies/{envId}": {"post": {**ok, "tags": ["Policy Management APIs 2.0"]}},
                "/v1/things": {"get": {**ok, "operationId": "list things!"}, "put": {**ok, "operationId": "dup"}},
                "/v1/other": {"put": {**ok, "operationId": "dup", "tags": ["Other"]}},
            }
        )
    )
    post = out["paths"]["/api/2.0/policies/{envId}"]["post"]
    assert (post["operationId"], post["tags"]) == ("post_api_2_0_policies_envid", ["policies"])
    # the vendor's id is kept, however un-Pythonic: the Python name is derived when generating (naming.py)
    assert out["paths"]["/v1/things"]["get"]["operationId"] == "list things!"
    assert out["paths"]["/v1/things"]["get"]["tags"] == ["things"]
    assert out["paths"]["/v1/other"]["put"]["operationId"] == "put_v1_other"  # duplicate of /v1/things put
    assert out["paths"]["/v1/other"]["put"]["tags"] == ["Other"]


OVERLAY_DOC = doc(
    **{
        "/p": {
            "post": {
                "operationId": "op",
                "parameters": [
                    {"name": "a", "in": "query", "required": True},
                    {"name": "b", "in": "query", "required": True},
                ],
                "responses": {"200": {"description": "ok"}},
            }
        }
    }
)


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_overlay_update_merges_recursively_remove_deletes_and_arrays_append() -> None:
    out = apply_overlay(
        OVERLAY_DOC,
        overlay(
            {"target": "$.paths['/p'].post.parameters[*]", "description": "d", "update": {"required": False}},
            {"target": "$.paths['/p'].post.parameters[?name == 'b']", "description": "d", "remove": True},
            {"target": "$.paths['/p'].post.parameters", "description": "d", "update": {"name": "c", "in": "header"}},
            {
                "target": "$.paths['/p'].post",
                "description": "d",
                "update": {"x-idempotent": True, "responses": {"200": {"description": "yes"}}},
            },
        ),
        file="o.yaml",
    )
    op = out["paths"]["/p"]["post"]
    assert op["parameters"] == [{"name": "a", "in": "query", "required": False}, {"name": "c", "in": "header"}]
    assert op["x-idempotent"] is True
    assert op["responses"]["200"] == {"description": "yes"}
    assert OVERLAY_DOC["paths"]["/p"]["post"]["parameters"][0]["required"] is True  # input untouched


def test_overlay_target_matching_nothing_is_an_error_naming_the_action() -> None:
    with pytest.raises(PipelineError) as caught:
        apply_overlay(
            OVERLAY_DOC,
            overlay(
                {"target": "$.paths['/p'].post", "description": "d", "update": {}},
                {"target": "$.paths['/gone'].post", "description": "the reason", "remove": True},
            ),
            file="o.yaml",
        )
    error = caught.value
    assert (error.stage, error.file, error.pointer) == ("overlay", "o.yaml", "/actions/1/target")
    assert "$.paths['/gone'].post" in error.cause
    assert "the reason" in error.cause


def test_validate_names_the_pointer_of_a_dangling_ref() -> None:
    broken = doc(
        **{
            "/p": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nope"}}},
                        }
                    }
                }
            }
        }
    )
    with pytest.raises(PipelineError) as caught:
        validate(broken, file="spec.yaml")
    assert caught.value.pointer == "/paths/~1p/get/responses/200/content/application~1json/schema/$ref"


def test_parse_error_names_line_and_pointer() -> None:
    text = "openapi: 3.1.0\npaths:\n  /p:\n    get:\n      responses: [unclosed\n"
    with pytest.raises(PipelineError) as caught:
        parse_document(text, file="x.yaml", line_offset=10)
    assert caught.value.pointer == "/paths/~1p/get/responses/0"  # inside the unclosed flow sequence
    assert "line 16" in caught.value.cause  # where the parser gave up, offset by the fence's position
    json_text = '{"openapi": "3.1.0", "paths": {"/p": {"get": {"responses": }}}}'
    with pytest.raises(PipelineError) as caught:
        parse_document(json_text, file="x.json", lang="json")
    assert caught.value.pointer == "/paths/~1p/get/responses"


def test_yaml_is_read_as_yaml_1_2_so_on_and_off_stay_strings() -> None:
    # YAML 1.1 (PyYAML's default) reads on/off/yes/no as booleans: a string enum became ["active", False].
    text = "openapi: 3.0.3\nenum: [new, active, off, on, yes, no]\nflags: [true, False, TRUE]\nwhen: 2020-01-01\n"
    parsed = parse_document(text, file="x.yaml")
    assert parsed["enum"] == ["new", "active", "off", "on", "yes", "no"]
    assert parsed["flags"] == [True, False, True]
    assert parsed["when"] == "2020-01-01"
