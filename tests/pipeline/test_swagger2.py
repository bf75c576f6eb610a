"""Swagger 2.0 documents are converted to OpenAPI 3 before normalize, so 2.0-only APIs generate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.intake.swagger2 import convert, is_swagger2
from scripts.pipeline.normalize import normalize
from scripts.pipeline.validate import validate

SPEC = Path(__file__).parent / "fixtures" / "intake" / "swagger2" / "spec.json"


@pytest.fixture(scope="module")
def source() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SPEC.read_text())
    return data


@pytest.fixture(scope="module")
def converted(source: dict[str, Any]) -> dict[str, Any]:
    return convert(source)[0]


def test_converted_document_normalizes_to_valid_31(converted: dict[str, Any]) -> None:
    spec, _notes = normalize(converted)
    assert spec["openapi"] == "3.1.0"
    validate(spec, file="converted")


def test_detection_and_input_untouched(source: dict[str, Any], converted: dict[str, Any]) -> None:
    assert is_swagger2(source) and not is_swagger2(converted)
    assert "definitions" in source and "swagger" in source


def test_host_base_path_and_schemes_become_servers(converted: dict[str, Any]) -> None:
    assert converted["servers"] == [{"url": "https://files.example.com/api"}, {"url": "http://files.example.com/api"}]


def test_definitions_parameters_responses_become_components_and_refs_follow(converted: dict[str, Any]) -> None:
    components = converted["components"]
    assert set(components["schemas"]) == {"File", "File.Kind", "Status"}
    assert components["parameters"]["PageSize"]["schema"] == {"type": "integer", "format": "int32"}
    get = converted["paths"]["/files"]["get"]
    assert get["parameters"][0] == {"$ref": "#/components/parameters/PageSize"}
    assert get["responses"]["200"]["content"]["application/json"]["schema"]["items"] == {
        "$ref": "#/components/schemas/File"
    }
    put = converted["paths"]["/files/{id}"]["put"]
    assert put["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}


def test_body_parameters_become_request_bodies(converted: dict[str, Any]) -> None:
    post = converted["paths"]["/files"]["post"]
    assert "parameters" not in post
    assert post["requestBody"] == {"$ref": "#/components/requestBodies/FileBody"}
    body = converted["components"]["requestBodies"]["FileBody"]
    file_schema = {"schema": {"$ref": "#/components/schemas/File"}}
    assert body == {"content": {"application/json": file_schema}, "required": True}
    patch = converted["paths"]["/files/{id}"]["patch"]
    assert patch["requestBody"]["required"] is True
    assert patch["requestBody"]["content"]["application/json"]["schema"]["properties"] == {"name": {"type": "string"}}


def test_form_data_with_a_file_becomes_multipart(converted: dict[str, Any]) -> None:
    body = converted["paths"]["/files/{id}"]["put"]["requestBody"]
    schema = body["content"]["multipart/form-data"]["schema"]
    assert schema["properties"]["content"] == {"type": "string", "format": "binary"}
    assert schema["required"] == ["content"]
    assert body["required"] is True


def test_per_operation_produces_and_file_responses(converted: dict[str, Any]) -> None:
    ok = converted["paths"]["/files/{id}"]["get"]["responses"]["200"]
    assert ok["content"] == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


def test_collection_format_becomes_style_and_explode(converted: dict[str, Any]) -> None:
    params = {p.get("name"): p for p in converted["paths"]["/files"]["get"]["parameters"]}
    assert (params["tags"]["style"], params["tags"]["explode"]) == ("form", True)
    assert (params["ids"]["style"], params["ids"]["explode"]) == ("pipeDelimited", False)
    assert params["X-Trace"]["schema"] == {"type": "array", "items": {"type": "string"}}


def test_path_level_parameters_are_kept(converted: dict[str, Any]) -> None:
    assert converted["paths"]["/files/{id}"]["parameters"][0]["schema"] == {"type": "string"}


def test_security_definitions_become_security_schemes(converted: dict[str, Any]) -> None:
    schemes = converted["components"]["securitySchemes"]
    assert schemes["ApiKeyAuth"] == {"type": "apiKey", "name": "Authorization", "in": "header"}
    assert schemes["Basic"] == {"type": "http", "scheme": "basic"}
    assert schemes["OAuth"]["flows"] == {
        "clientCredentials": {"scopes": {"read": "read"}, "tokenUrl": "https://files.example.com/token"}
    }
    assert converted["security"] == [{"ApiKeyAuth": []}]


def test_x_nullable_and_ref_siblings(converted: dict[str, Any]) -> None:
    props = converted["components"]["schemas"]["File"]["properties"]
    assert props["size"] == {"type": "string", "format": "int64", "nullable": True}
    # 2.0 ignores keys beside $ref: `type: object` must not constrain the string enum; annotations stay.
    assert props["kind"] == {"$ref": "#/components/schemas/File.Kind", "description": "What it holds."}
    assert props["parent"] == {"$ref": "#/components/schemas/File", "nullable": True}
    spec, _notes = normalize(converted)
    assert spec["components"]["schemas"]["File"]["properties"]["size"]["type"] == ["string", "null"]


def test_response_headers_get_schemas(converted: dict[str, Any]) -> None:
    headers = converted["paths"]["/files"]["get"]["responses"]["200"]["headers"]
    assert headers == {"X-Total": {"description": "How many.", "schema": {"type": "integer"}}}


def test_one_parameter_object_where_a_list_belongs_is_taken_as_a_list() -> None:
    """Published 2.0 specs give `parameters: {name: ...}` (one object); it was a crash, not a parameter."""
    user = {"name": "user", "in": "query", "required": False, "type": "string"}
    kernel = {"name": "kernel", "in": "path", "required": True, "type": "string"}
    source = {
        "swagger": "2.0",
        "info": {"title": "one parameter", "version": "1"},
        "paths": {
            "/specs/{kernel}": {
                "parameters": kernel,
                "get": {"parameters": user, "responses": {"200": {"description": "ok"}}},
            }
        },
    }
    converted, notes = convert(source)
    item = converted["paths"]["/specs/{kernel}"]
    assert [p["name"] for p in item["parameters"]] == ["kernel"]
    assert item["get"]["parameters"] == [
        {"name": "user", "in": "query", "required": False, "schema": {"type": "string"}}
    ]
    assert ("/paths/~1specs~1{kernel}/get/parameters", "one parameter object made a list of it") in notes
    validate(normalize(converted)[0], file="one-parameter.json")


def test_schemas_kept_in_a_top_level_extension_are_converted_too() -> None:
    """grpc-gateway v1 (etcd) keeps stream wrappers in `x-stream-definitions`, referring to `#/definitions/...`."""
    source = {
        "swagger": "2.0",
        "info": {"title": "streams", "version": "1"},
        "paths": {
            "/v3/watch": {
                "post": {
                    "responses": {
                        "200": {
                            "description": "a stream",
                            "schema": {"$ref": "#/x-stream-definitions/etcdserverpbWatchResponse"},
                        }
                    }
                }
            }
        },
        "definitions": {
            "etcdserverpbWatchResponse": {"type": "object", "properties": {"watch_id": {"type": "string"}}},
            "runtimeStreamError": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
        "x-stream-definitions": {
            "etcdserverpbWatchResponse": {
                "type": "object",
                "properties": {
                    "result": {"$ref": "#/definitions/etcdserverpbWatchResponse"},
                    "error": {"$ref": "#/definitions/runtimeStreamError", "x-nullable": True},
                },
            }
        },
        "x-vendor-data": {"owner": {"type": "file"}},
    }
    converted, _ = convert(source)
    stream = converted["x-stream-definitions"]["etcdserverpbWatchResponse"]["properties"]
    assert stream["result"] == {"$ref": "#/components/schemas/etcdserverpbWatchResponse"}
    assert stream["error"] == {"$ref": "#/components/schemas/runtimeStreamError", "nullable": True}
    assert converted["x-vendor-data"] == source["x-vendor-data"]  # no $ref points into it: vendor data, untouched
    validate(normalize(converted)[0], file="streams.json")


def test_refs_inside_operation_extensions_follow_the_conversion() -> None:
    """Okta's `x-okta-multi-operation` repeats parameters whose schemas `$ref` `#/definitions/...`."""
    alternative = {"parameters": [{"in": "body", "name": "user", "schema": {"$ref": "#/definitions/UserCredentials"}}]}
    source = {
        "swagger": "2.0",
        "info": {"title": "users", "version": "1"},
        "paths": {
            "/users/{id}/forgot": {
                "post": {
                    "parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
                    "responses": {"204": {"description": "sent"}},
                    "x-okta-multi-operation": [{"operationId": "forgot"}, alternative],
                }
            }
        },
        "definitions": {"UserCredentials": {"type": "object", "properties": {"password": {"type": "string"}}}},
    }
    converted, _ = convert(source)
    extension = converted["paths"]["/users/{id}/forgot"]["post"]["x-okta-multi-operation"]
    assert extension[1]["parameters"][0]["schema"] == {"$ref": "#/components/schemas/UserCredentials"}
    assert alternative["parameters"][0]["schema"] == {"$ref": "#/definitions/UserCredentials"}  # input untouched
    validate(normalize(converted)[0], file="users.json")


def test_a_header_parameter_written_with_a_schema_takes_that_schema() -> None:
    """go-swagger (LXD) writes `schema:` on header parameters, which 2.0 allows on body parameters only."""
    source = {
        "swagger": "2.0",
        "info": {"title": "files", "version": "1"},
        "paths": {
            "/files": {
                "post": {
                    "parameters": [
                        {"name": "X-LXD-uid", "in": "header", "schema": {"type": "integer"}, "example": 1000},
                        {"name": "X-LXD-type", "in": "header", "type": "string"},
                    ],
                    "responses": {"200": {"description": "written"}},
                }
            }
        },
    }
    converted, _ = convert(source)
    uid, kind = converted["paths"]["/files"]["post"]["parameters"]
    assert uid == {"name": "X-LXD-uid", "in": "header", "schema": {"type": "integer"}}
    assert kind["schema"] == {"type": "string"}
    validate(normalize(converted)[0], file="files.json")
