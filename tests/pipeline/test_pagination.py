"""x-pagination and x-retry-token are checked before generation: a bad one names the file and the pointer."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import operation_facts
from scripts.pipeline.validate import validate

PAGE = {"$ref": "#/components/schemas/Page"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "x-pagination": {
                    "items": "data.things",
                    "pageSize": {"in": "query", "name": "page_size"},
                    "cursor": {
                        "request": {"in": "query", "name": "page_token"},
                        "response": {"in": "body", "name": "next"},
                    },
                },
                "parameters": [
                    {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                    {"name": "page_token", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"x-next": {"schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": PAGE}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Page": {
                "type": "object",
                "properties": {
                    "next": {"type": ["string", "null"]},
                    "total": {"type": "integer"},
                    "data": {
                        "type": "object",
                        "properties": {"things": {"type": "array", "items": {"type": "string"}}},
                    },
                },
            }
        }
    },
}
POINTER = "/paths/~1things/get/x-pagination"


def with_pagination(pagination: Any) -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/things"]["get"]["x-pagination"] = pagination
    return spec


def test_a_well_formed_description_becomes_facts() -> None:
    validate(copy.deepcopy(SPEC), file="spec.yaml")
    facts = operation_facts(SPEC)[("get", "/things")]["pagination"]
    assert facts["items"] == ["data", "things"] and facts["kind"] == "cursor"
    assert facts["request"] == {"in": "query", "name": "page_token"}
    assert facts["response"] == {"in": "body", "name": ["next"]}


def test_header_cursor_and_offset_with_total_are_accepted() -> None:
    header = with_pagination(
        {
            "items": "data.things",
            "cursor": {
                "request": {"in": "query", "name": "page_token"},
                "response": {"in": "header", "name": "X-Next"},
            },
        }
    )
    validate(header, file="spec.yaml")
    offset = with_pagination(
        {
            "items": "data.things",
            "offset": {"request": {"in": "query", "name": "page_size"}, "total": {"in": "body", "name": "total"}},
        }
    )
    validate(offset, file="spec.yaml")


GOOD_CURSOR = {"request": {"in": "query", "name": "page_token"}, "response": {"in": "body", "name": "next"}}
BAD = [
    pytest.param(["items"], "", "must be a mapping", id="not-a-mapping"),
    pytest.param({"items": "data.things"}, "", "exactly one of", id="neither-cursor-nor-offset"),
    pytest.param(
        {"items": "data.things", "cursor": GOOD_CURSOR, "offset": {"request": {"in": "query", "name": "page_size"}}},
        "",
        "exactly one of",
        id="both",
    ),
    pytest.param({"items": "data", "cursor": GOOD_CURSOR}, "/items", "not an array", id="items-not-array"),
    pytest.param({"items": "", "cursor": GOOD_CURSOR}, "/items", "dotted path", id="items-blank"),
    pytest.param({"items": "data.things", "cursor": GOOD_CURSOR, "size": 1}, "", "unknown key", id="unknown-key"),
    pytest.param(
        {"items": "data.things", "cursor": {**GOOD_CURSOR, "request": {"in": "query", "name": "pageToken"}}},
        "/cursor/request/name",
        "no query parameter 'pageToken'",
        id="unknown-query-parameter",
    ),
    pytest.param(
        {"items": "data.things", "cursor": {**GOOD_CURSOR, "request": {"in": "path", "name": "page_token"}}},
        "/cursor/request/in",
        "'in' must be one of",
        id="bad-location",
    ),
    pytest.param(
        {"items": "data.things", "cursor": {**GOOD_CURSOR, "response": {"in": "header", "name": "opc-next-page"}}},
        "/cursor/response/name",
        "no 2xx response declares the header",
        id="undeclared-header",
    ),
    pytest.param(
        {"items": "data.things", "cursor": {**GOOD_CURSOR, "response": {"in": "body", "name": "total"}}},
        "/cursor/response/name",
        "not a string",
        id="cursor-not-a-string",
    ),
    pytest.param(
        {"items": "data.things", "cursor": {"request": GOOD_CURSOR["request"]}},
        "/cursor",
        "needs 'response'",
        id="cursor-without-response",
    ),
    pytest.param(
        {"items": "data.things", "pageSize": {"in": "query", "name": "page_token"}, "cursor": GOOD_CURSOR},
        "/pageSize/name",
        "not of type integer",
        id="page-size-not-integer",
    ),
]


@pytest.mark.parametrize(("pagination", "where", "message"), BAD)
def test_malformed_description_names_file_and_pointer(pagination: Any, where: str, message: str) -> None:
    with pytest.raises(PipelineError) as caught:
        validate(with_pagination(pagination), file="specs/things/base.yaml")
    error = caught.value
    assert error.stage == "validate" and error.file == "specs/things/base.yaml"
    assert error.pointer == POINTER + where and message in error.cause
    assert f"base.yaml#{POINTER}" in str(error)


def test_generation_refuses_it_too() -> None:
    with pytest.raises(PipelineError) as caught:
        operation_facts(with_pagination({"items": "data.things"}))
    assert caught.value.stage == "generate" and caught.value.pointer == POINTER


def test_retry_token_must_be_a_boolean_on_a_header() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/things"]["get"]["parameters"][1]["x-retry-token"] = True  # a query parameter
    with pytest.raises(PipelineError) as caught:
        operation_facts(spec)
    assert caught.value.pointer == "/paths/~1things/get/parameters/1" and "header" in caught.value.cause
