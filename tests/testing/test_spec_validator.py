"""SpecValidator on small specs written here, independent of the vendor specs."""

from __future__ import annotations

import json
from typing import Any

import pytest

from policy_clients.testing import SpecValidator
from policy_clients.testing._media import MediaType, accepts, find_declared

SPEC_31: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://example.test/base/"}],
    "paths": {
        "/things/{thingId}": {
            "parameters": [{"$ref": "#/components/parameters/ThingId"}],
            "put": {
                "operationId": "putThing",
                "parameters": [
                    {"name": "count", "in": "query", "required": True, "schema": {"type": "integer", "minimum": 1}},
                    {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "dry", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "x-trace", "in": "header", "required": True, "schema": {"type": "string"}},
                ],
                "requestBody": {"$ref": "#/components/requestBodies/Thing"},
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"etag": {"required": True, "schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "204": {"description": "nothing"},
                    "4XX": {"$ref": "#/components/responses/Error"},
                },
            },
        },
        "/things": {"get": {"operationId": "listThings", "responses": {"200": {"description": "ok"}}}},
    },
    "components": {
        "parameters": {
            "ThingId": {
                "name": "thingId",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "format": "uuid"},
            }
        },
        "requestBodies": {
            "Thing": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}},
                    "text/plain;language=rego": {"schema": {"type": "string", "minLength": 1}},
                },
            }
        },
        "responses": {
            "Error": {
                "description": "error",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "when": {"type": "string", "format": "date-time"},
                    "note": {"type": ["string", "null"]},
                },
            },
            "Kind": {"type": "string", "enum": ["A", "B"]},
            "Error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}},
        },
    },
}
ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
GOOD_HEADERS = {"x-trace": "t1", "content-type": "application/json"}


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator(SPEC_31)


def kinds(check: Any) -> list[str]:
    return [p.kind for p in check.problems]


def test_base_path_comes_from_the_first_server(validator: SpecValidator) -> None:
    assert validator.base_path == "/base"


def test_good_request_parses_parameters_and_body(validator: SpecValidator) -> None:
    body = json.dumps({"name": "n", "kind": "A", "when": "2024-01-01T00:00:00Z", "note": None}).encode()
    check = validator.check_request("PUT", f"/things/{ID}", "count=2&tags=a&tags=b&dry=true", GOOD_HEADERS, body)
    assert check.ok, check.problems
    assert check.operation is not None and check.operation.operation_id == "putThing"
    assert check.path_params == {"thingId": ID}
    assert check.query == {"count": 2, "tags": ["a", "b"], "dry": True}
    assert check.header_params == {"x-trace": "t1"}
    assert check.media_type == "application/json"
    assert check.body["kind"] == "A"


@pytest.mark.parametrize(
    ("method", "path", "query", "headers", "body", "kind", "fragment"),
    [
        ("PUT", "/nothing", "count=1", GOOD_HEADERS, b'{"name":"n"}', "route", "no operation"),
        ("DELETE", f"/things/{ID}", "count=1", GOOD_HEADERS, b"", "method", "allowed: PUT"),
        ("PUT", "/things/not-a-uuid", "count=1", GOOD_HEADERS, b'{"name":"n"}', "parameter", "uuid"),
        ("PUT", f"/things/{ID}", "", GOOD_HEADERS, b'{"name":"n"}', "parameter", "missing required query.count"),
        ("PUT", f"/things/{ID}", "count=x", GOOD_HEADERS, b'{"name":"n"}', "parameter", "not of type"),
        ("PUT", f"/things/{ID}", "count=0", GOOD_HEADERS, b'{"name":"n"}', "parameter", "minimum"),
        ("PUT", f"/things/{ID}", "count=1&dry=yes", GOOD_HEADERS, b'{"name":"n"}', "parameter", "'true' or 'false'"),
        ("PUT", f"/things/{ID}", "count=1&bogus=1", GOOD_HEADERS, b'{"name":"n"}', "parameter", "unknown query"),
        ("PUT", f"/things/{ID}", "count=1", {"content-type": "application/json"}, b'{"name":"n"}', "header", "x-trace"),
        (
            "PUT",
            f"/things/{ID}",
            "count=1",
            {"x-trace": "t"},
            b'{"name":"n"}',
            "content_type",
            "without a Content-Type",
        ),
        (
            "PUT",
            f"/things/{ID}",
            "count=1",
            {**GOOD_HEADERS, "content-type": "text/xml"},
            b"<a/>",
            "content_type",
            "not declared",
        ),
        ("PUT", f"/things/{ID}", "count=1", GOOD_HEADERS, b"", "body", "missing required request body"),
        ("PUT", f"/things/{ID}", "count=1", GOOD_HEADERS, b"{nope", "body", "not valid JSON"),
        ("PUT", f"/things/{ID}", "count=1", GOOD_HEADERS, b'{"kind":"A"}', "body", "'name' is a required property"),
        ("PUT", f"/things/{ID}", "count=1", GOOD_HEADERS, b'{"name":"n","kind":"C"}', "body", "is not one of"),
        ("PUT", f"/things/{ID}", "count=1", GOOD_HEADERS, b'{"name":"n","when":"yesterday"}', "body", "date-time"),
        ("GET", "/things", "", {}, b"{}", "body", "takes no request body"),
    ],
)
def test_bad_requests_are_named(
    validator: SpecValidator,
    method: str,
    path: str,
    query: str,
    headers: dict[str, str],
    body: bytes,
    kind: str,
    fragment: str,
) -> None:
    check = validator.check_request(method, path, query, headers, body)
    assert kind in kinds(check)
    assert any(fragment in p.message for p in check.problems), check.problems


def test_text_body_with_spaced_media_type_parameters(validator: SpecValidator) -> None:
    headers = {"x-trace": "t", "content-type": "text/plain; language=rego; charset=utf-8"}
    check = validator.check_request("PUT", f"/things/{ID}", "count=1", headers, b"package p")
    assert check.ok, check.problems
    assert check.media_type == "text/plain;language=rego"
    assert check.body == "package p"
    empty = validator.check_request("PUT", f"/things/{ID}", "count=1", {**headers}, b"")
    assert "body" in kinds(empty)


def test_wrong_text_subtype_parameter_is_not_declared(validator: SpecValidator) -> None:
    headers = {"x-trace": "t", "content-type": "text/plain;language=polar"}
    check = validator.check_request("PUT", f"/things/{ID}", "count=1", headers, b"x")
    assert kinds(check) == ["content_type"]


def test_responses_are_checked(validator: SpecValidator) -> None:
    op = validator.check_request("PUT", f"/things/{ID}", "count=1", GOOD_HEADERS, b'{"name":"n"}').operation
    assert op is not None
    ok_headers = {"content-type": "application/json", "etag": "e1"}
    assert validator.check_response(op, 200, ok_headers, b'{"name":"n"}') == []
    assert any(
        "missing required header etag" in p
        for p in validator.check_response(op, 200, {"content-type": "application/json"}, b'{"name":"n"}')
    )
    assert any("required property" in p for p in validator.check_response(op, 200, ok_headers, b"{}"))
    assert any(
        "not declared" in p
        for p in validator.check_response(op, 200, {**ok_headers, "content-type": "text/html"}, b"x")
    )
    assert any("no content" in p for p in validator.check_response(op, 204, {}, b"{}"))
    assert validator.check_response(op, 204, {}, b"") == []
    assert validator.check_response(op, 404, {"content-type": "application/json"}, b'{"message":"m"}') == []
    assert validator.check_response(op, 409, {"content-type": "application/json"}, b"{}") != []
    assert any("status not declared" in p for p in validator.check_response(op, 500, {}, b""))


def test_openapi_30_nullable_and_boolean_bounds_are_understood() -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/p": {
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/P"}}},
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "P": {
                    "type": "object",
                    "properties": {
                        "filename": {"type": "string", "nullable": True},
                        "n": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
                    },
                }
            }
        },
    }
    validator = SpecValidator(spec)
    headers = {"content-type": "application/json"}
    assert validator.check_request("POST", "/p", "", headers, b'{"filename": null, "n": 1}').ok
    assert not validator.check_request("POST", "/p", "", headers, b'{"n": 0}').ok


def test_media_type_helpers() -> None:
    assert find_declared("application/json; charset=utf-8", ["text/plain", "application/json"]) == "application/json"
    assert find_declared("application/merge-patch+json", ["application/*"]) == "application/*"
    assert find_declared("text/html", ["application/json"]) is None
    assert MediaType.parse('text/plain; Language="rego"').params == {"language": "rego"}
    assert accepts(None, "application/json") == 1.0
    assert accepts("text/plain;language=rego, application/json;q=0.5", "application/json") == 0.5
    assert accepts("text/plain;language=rego", "application/json") == 0.0
    assert accepts("*/*", "text/plain;language=rego") == 1.0
