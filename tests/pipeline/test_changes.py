"""diff_specs: every kind of change is found, located, and classified from the client's side."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from scripts.pipeline.changes import ChangeReport, diff_specs
from scripts.pipeline.largespec import make_large_spec

PUT = "PUT /policy/{policyId}"
GET = "GET /policy"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def base_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Policy API", "version": "1"},
        "security": [{"bearer": []}],
        "paths": {
            "/policy/{policyId}": {
                "put": {
                    "operationId": "updatePolicy",
                    "tags": ["policies"],
                    "summary": "Update a policy",
                    "parameters": [
                        {"name": "policyId", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "if-match", "in": "header", "schema": {"type": "string"}},
                    ],
                    "requestBody": {"required": True, "content": json_body(ref("UpdatePolicyDetails"))},
                    "responses": {
                        "200": {
                            "description": "Updated.",
                            "headers": {"etag": {"schema": {"type": "string"}}},
                            "content": json_body(ref("Policy")),
                        },
                        "default": {"description": "Error.", "content": json_body(ref("Error"))},
                    },
                }
            },
            "/policy": {
                "get": {
                    "operationId": "listPolicies",
                    "tags": ["policies"],
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {
                            "description": "Listed.",
                            "content": json_body({"type": "array", "items": ref("Policy")}),
                        }
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "signature": {"type": "apiKey", "in": "header", "name": "X-Signature"},
            },
            "schemas": {
                "UpdatePolicyDetails": {
                    "type": "object",
                    "required": ["statements"],
                    "properties": {
                        "statements": {"type": "array", "items": {"type": "string"}},
                        "effect": ref("Effect"),
                    },
                },
                "Effect": {"type": "string", "enum": ["ALLOW", "DENY"]},
                "Policy": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string", "description": "Display name."},
                        "state": ref("PolicyState"),
                        # recursive: a policy's children are policies
                        "children": {"type": "array", "items": ref("Policy")},
                        "parent": {"allOf": [ref("Policy")], "description": "Enclosing policy."},
                    },
                },
                "PolicyState": {"type": "string", "enum": ["ACTIVE", "DELETED"]},
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            },
        },
    }


def changed(mutate: Any) -> ChangeReport:
    old = base_spec()
    new = copy.deepcopy(old)
    mutate(new)
    return diff_specs(old, new)


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def only(report: ChangeReport) -> Any:
    assert len(report.changes) == 1, report.to_markdown()
    return report.changes[0]


def test_identical_specs_have_no_changes() -> None:
    report = diff_specs(base_spec(), base_spec())
    assert report.bump is None
    assert report.changes == ()
    assert report.to_markdown() == "No changes.\n"
    assert json.loads(report.to_json()) == {"breaking": 0, "bump": None, "changes": []}


def test_removing_a_response_field_is_major() -> None:
    report = changed(lambda d: schemas(d)["Policy"]["properties"].pop("name"))
    change = only(report)
    assert (change.kind, change.category, change.location) == ("removed", "response-field", "Policy.name")
    assert change.breaking
    assert change.operations == (GET, PUT)
    assert report.bump == "major"


def test_adding_an_optional_request_field_is_minor() -> None:
    def mutate(d: dict[str, Any]) -> None:
        schemas(d)["UpdatePolicyDetails"]["properties"]["description"] = {"type": "string"}

    change = only(report := changed(mutate))
    assert (change.kind, change.category, change.location) == (
        "added",
        "request-field",
        "UpdatePolicyDetails.description",
    )
    assert not change.breaking
    assert change.description == "optional field added"
    assert change.operations == (PUT,)
    assert report.bump == "minor"


def test_adding_a_required_request_field_is_major() -> None:
    def mutate(d: dict[str, Any]) -> None:
        schemas(d)["UpdatePolicyDetails"]["properties"]["description"] = {"type": "string"}
        schemas(d)["UpdatePolicyDetails"]["required"].append("description")

    change = only(report := changed(mutate))
    assert change.location == "UpdatePolicyDetails.description"
    assert change.description == "required field added"
    assert change.breaking
    assert report.bump == "major"


def test_optional_request_field_becoming_required_is_major() -> None:
    report = changed(lambda d: schemas(d)["UpdatePolicyDetails"]["required"].append("effect"))
    change = only(report)
    assert (change.location, change.description, change.breaking) == (
        "UpdatePolicyDetails.effect",
        "field became required",
        True,
    )


def test_removing_an_enum_value_from_a_request_enum_is_major() -> None:
    change = only(report := changed(lambda d: schemas(d)["Effect"]["enum"].remove("DENY")))
    assert (change.kind, change.category, change.location) == ("removed", "enum-value", "Effect")
    assert "'DENY'" in change.description and "request" in change.description
    assert change.operations == (PUT,)
    assert report.bump == "major"


def test_adding_an_enum_value_to_a_response_enum_is_minor_and_says_why() -> None:
    change = only(report := changed(lambda d: schemas(d)["PolicyState"]["enum"].append("SUSPENDED")))
    assert (change.kind, change.category, change.location) == ("added", "enum-value", "PolicyState")
    assert not change.breaking
    assert "tolerate unknown values" in change.description
    assert report.bump == "minor"


def test_adding_a_request_enum_value_is_minor() -> None:
    change = only(changed(lambda d: schemas(d)["Effect"]["enum"].append("AUDIT")))
    assert change.severity == "minor"


def test_removing_an_operation_is_major() -> None:
    report = changed(lambda d: d["paths"].pop("/policy"))
    change = only(report)
    assert (change.kind, change.category, change.location, change.breaking) == ("removed", "operation", GET, True)


def test_adding_an_operation_is_minor() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["paths"]["/policy"]["post"] = {"operationId": "createPolicy", "responses": {"201": {"description": "ok"}}}

    change = only(report := changed(mutate))
    assert (change.kind, change.location) == ("added", "POST /policy")
    assert report.bump == "minor"


def test_renaming_a_path_parameter_matches_the_operation_and_breaks_the_keyword() -> None:
    def mutate(d: dict[str, Any]) -> None:
        item = d["paths"].pop("/policy/{policyId}")
        item["put"]["parameters"][0]["name"] = "id"
        d["paths"]["/policy/{id}"] = item

    report = changed(mutate)
    assert {(c.kind, c.category) for c in report.changes} == {("removed", "parameter"), ("added", "parameter")}
    assert report.bump == "major"


def test_adding_a_status_code_is_minor_and_removing_one_is_major() -> None:
    def add(d: dict[str, Any]) -> None:
        d["paths"]["/policy/{policyId}"]["put"]["responses"]["409"] = {"description": "Conflict."}

    change = only(report := changed(add))
    assert (change.kind, change.category, change.location) == ("added", "status-code", f"{PUT} 409")
    assert report.bump == "minor"

    change = only(changed(lambda d: d["paths"]["/policy/{policyId}"]["put"]["responses"].pop("default")))
    assert (change.kind, change.category, change.breaking) == ("removed", "status-code", True)


def test_requiring_a_new_security_scheme_is_major() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["paths"]["/policy/{policyId}"]["put"]["security"] = [{"bearer": [], "signature": []}]

    change = only(report := changed(mutate))
    assert (change.category, change.location) == ("security", PUT)
    assert "bearer + signature" in change.description
    assert report.bump == "major"


def test_offering_another_security_alternative_is_minor() -> None:
    report = changed(lambda d: d.update(security=[{"bearer": []}, {"signature": []}]))
    assert [(c.category, c.location, c.breaking) for c in report.changes] == [
        ("security", GET, False),
        ("security", PUT, False),
    ]
    assert report.changes[0].description == "security requirement changed from bearer to bearer or signature"
    assert report.bump == "minor"


def test_dropping_authentication_is_minor() -> None:
    report = changed(lambda d: d["paths"]["/policy"]["get"].update(security=[]))
    assert only(report).description == "authentication no longer required"
    assert report.bump == "minor"


def test_description_only_change_is_patch() -> None:
    def mutate(d: dict[str, Any]) -> None:
        schemas(d)["Policy"]["properties"]["name"]["description"] = "Shown in the console."
        d["paths"]["/policy/{policyId}"]["put"]["summary"] = "Replace a policy"

    report = changed(mutate)
    assert report.bump == "patch"
    assert {c.category for c in report.changes} == {"docs"}
    assert {c.location for c in report.changes} == {"Policy.name", PUT}
    assert list(report.sections()) == ["Docs"]


def test_parameter_changes() -> None:
    def required(d: dict[str, Any]) -> None:
        d["paths"]["/policy"]["get"]["parameters"][0]["required"] = True

    change = only(changed(required))
    assert (change.category, change.location, change.description, change.breaking) == (
        "parameter",
        f"{GET} query parameter limit",
        "parameter became required",
        True,
    )

    def add_optional(d: dict[str, Any]) -> None:
        d["paths"]["/policy"]["get"]["parameters"].append({"name": "page", "in": "query", "schema": {"type": "string"}})

    assert only(changed(add_optional)).severity == "minor"

    def add_required(d: dict[str, Any]) -> None:
        d["paths"]["/policy"]["get"]["parameters"].append(
            {"name": "tenant", "in": "header", "required": True, "schema": {"type": "string"}}
        )

    assert only(changed(add_required)).breaking


def test_type_change_is_major_and_nullability_depends_on_direction() -> None:
    change = only(changed(lambda d: schemas(d)["Policy"]["properties"]["name"].update(type="integer")))
    assert (change.location, change.description, change.breaking) == (
        "Policy.name",
        "type changed from string to integer",
        True,
    )
    # A response field that may now be null breaks callers that assume a string ...
    nullable = only(changed(lambda d: schemas(d)["Policy"]["properties"]["name"].update(type=["string", "null"])))
    assert (nullable.description, nullable.breaking) == ("became nullable", True)
    # ... while a request field that now also accepts null does not.
    report = changed(
        lambda d: schemas(d)["UpdatePolicyDetails"]["properties"]["statements"].update(type=["array", "null"])
    )
    assert only(report).severity == "minor"


def test_content_type_and_response_header_changes() -> None:
    def drop_json(d: dict[str, Any]) -> None:
        body = d["paths"]["/policy/{policyId}"]["put"]["requestBody"]["content"]
        body["application/merge-patch+json"] = body.pop("application/json")

    report = changed(drop_json)
    kinds = {(c.kind, c.category, c.breaking) for c in report.changes}
    assert kinds == {("removed", "content-type", True), ("added", "content-type", False)}

    change = only(changed(lambda d: d["paths"]["/policy/{policyId}"]["put"]["responses"]["200"].pop("headers")))
    assert (change.kind, change.category, change.location, change.breaking) == (
        "removed",
        "response-header",
        f"{PUT} 200 response header etag",
        True,
    )


def test_new_response_field_is_minor_even_in_a_recursive_schema() -> None:
    change = only(changed(lambda d: schemas(d)["Policy"]["properties"].update(owner={"type": "string"})))
    assert (change.kind, change.category, change.location, change.severity) == (
        "added",
        "response-field",
        "Policy.owner",
        "minor",
    )


def test_field_removed_from_a_schema_used_both_ways_is_reported_per_direction() -> None:
    def mutate(d: dict[str, Any]) -> None:
        schemas(d)["UpdatePolicyDetails"]["properties"]["policy"] = ref("Policy")

    report = changed(mutate)
    assert only(report).location == "UpdatePolicyDetails.policy"
    old, new = base_spec(), base_spec()
    mutate(old)
    mutate(new)
    new["components"]["schemas"]["Policy"]["properties"].pop("name")
    report = diff_specs(old, new)
    assert {c.category for c in report.changes} == {"request-field", "response-field"}
    assert all(c.location == "Policy.name" and c.breaking for c in report.changes)


def test_nullable_ref_as_normalized_is_read_as_the_same_model() -> None:
    def mutate(d: dict[str, Any]) -> None:
        schemas(d)["Policy"]["properties"]["state"] = {"anyOf": [ref("PolicyState"), {"type": "null"}]}

    change = only(changed(mutate))
    assert (change.location, change.description, change.breaking) == (
        "Policy.state",
        "became nullable",
        True,
    )


def test_model_added_and_removed() -> None:
    report = changed(lambda d: schemas(d).update(Unused={"type": "object"}))
    assert [(c.kind, c.category, c.location) for c in report.changes] == [("added", "schema", "Unused")]


def test_output_is_deterministic_whatever_the_key_order() -> None:
    def mutate(d: dict[str, Any]) -> None:
        schemas(d)["Policy"]["properties"].pop("name")
        schemas(d)["PolicyState"]["enum"].append("SUSPENDED")
        schemas(d)["Policy"]["properties"]["id"]["description"] = "Id."
        d["paths"]["/policy/{policyId}"]["put"]["responses"]["409"] = {"description": "Conflict."}

    def reverse(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: reverse(node[k]) for k in reversed(list(node))}
        if isinstance(node, list):
            return [reverse(v) for v in node]
        return node

    old, new = base_spec(), base_spec()
    mutate(new)
    first = diff_specs(old, new)
    second = diff_specs(reverse(old), reverse(new))
    assert first.to_json() == second.to_json()
    assert first.to_markdown() == second.to_markdown()
    assert [c.severity for c in first.changes] == ["major", "minor", "minor", "patch"]
    assert list(first.sections()) == ["Breaking", "Added", "Docs"]
    markdown = first.to_markdown()
    assert markdown.index("### Breaking") < markdown.index("### Added") < markdown.index("### Docs")
    assert "`Policy.name`: field removed (used by `GET /policy`, `PUT /policy/{policyId}`)" in markdown
    data = json.loads(first.to_json())
    assert data["bump"] == "major" and data["breaking"] == 1
    assert data["changes"][0] == {
        "breaking": True,
        "category": "response-field",
        "description": "field removed",
        "kind": "removed",
        "location": "Policy.name",
        "operations": [GET, PUT],
        "severity": "major",
    }


@pytest.fixture(scope="module")
def large() -> dict[str, Any]:
    return make_large_spec()


def test_large_spec_diff_finds_a_single_deep_change(large: dict[str, Any]) -> None:
    assert diff_specs(large, large).bump is None
    new = copy.deepcopy(large)
    name = next(n for n, s in schemas(new).items() if s.get("type") == "object" and "labels" in s["properties"])
    schemas(new)[name]["properties"].pop("labels")
    report = diff_specs(large, new)
    assert {c.location for c in report.changes} == {f"{name}.labels"}
    assert report.bump == "major"


def test_union_types_widen_requests_and_break_responses() -> None:
    def mutate(d: dict[str, Any]) -> None:
        either = {"oneOf": [{"type": "integer"}, {"type": "string"}]}
        schemas(d)["UpdatePolicyDetails"]["properties"]["statements"] = {
            "oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]
        }
        schemas(d)["Policy"]["properties"]["name"] = {**either, "description": "Display name."}

    report = changed(mutate)
    assert [(c.location, c.description, c.severity) for c in report.changes] == [
        ("Policy.name", "type changed from string to integer | string", "major"),
        ("UpdatePolicyDetails.statements", "type changed from array to array | string", "minor"),
    ]


def test_one_of_becoming_any_of_and_inline_variants_extracted() -> None:
    def before(d: dict[str, Any]) -> None:
        schemas(d)["Error"]["properties"]["detail"] = {
            "oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"const": "X"}]
        }

    def after(d: dict[str, Any]) -> None:
        schemas(d)["AError"] = {"type": "object", "properties": {"a": {"type": "string"}}}
        schemas(d)["Error"]["properties"]["detail"] = {"anyOf": [ref("AError"), {"const": "X"}]}

    old, new = base_spec(), base_spec()
    before(old)
    before(new)
    after(new)
    report = diff_specs(old, new)
    assert [(c.location, c.description, c.severity) for c in report.changes] == [
        ("AError", "model added", "minor"),
        ("Error.detail", "oneOf became anyOf", "minor"),
    ]


def test_const_unions_compare_as_enums() -> None:
    def mutate(d: dict[str, Any]) -> None:
        schemas(d)["PolicyState"] = {"oneOf": [{"const": "ACTIVE"}, {"const": "DELETED"}, {"const": "LOCKED"}]}

    change = only(changed(mutate))
    assert (change.location, change.category, change.severity) == ("PolicyState", "enum-value", "minor")
    assert "'LOCKED' added to response enum" in change.description


def test_a_format_the_generator_ignores_is_not_breaking_but_one_it_maps_is() -> None:
    # "duration" and "int64" on a string both generate `str`: no caller's code can notice the difference.
    ignored = only(changed(lambda d: schemas(d)["Policy"]["properties"]["name"].update(format="duration")))
    assert (ignored.description, ignored.severity) == ("format changed from null to 'duration'", "minor")
    # "date-time" generates `datetime.datetime` instead of `str`: that breaks callers.
    mapped = only(changed(lambda d: schemas(d)["Policy"]["properties"]["name"].update(format="date-time")))
    assert (mapped.description, mapped.breaking) == ("format changed from null to 'date-time'", True)


def test_a_pattern_change_is_not_breaking_because_the_generated_client_checks_none() -> None:
    def mutate(d: dict[str, Any]) -> None:
        schemas(d)["UpdatePolicyDetails"]["properties"]["statements"]["items"]["pattern"] = "^[A-Z]"

    change = only(changed(mutate))
    assert (change.description, change.severity) == ("pattern changed", "minor")


def test_renaming_a_server_variable_is_a_variables_change_not_a_removed_server() -> None:
    def server(name: str) -> list[dict[str, Any]]:
        return [{"url": f"https://{{{name}}}.example.com", "variables": {name: {"default": "x"}}}]

    old, new = base_spec(), base_spec()
    old["servers"], new["servers"] = server("tenant"), server("tenantDomain")
    change = only(diff_specs(old, new))
    assert (change.category, change.description, change.severity) == ("server", "server variables changed", "minor")


def with_server(url: str, **defaults: str) -> dict[str, Any]:
    spec = base_spec()
    spec["servers"] = [{"url": url, "variables": {k: {"default": v} for k, v in defaults.items()}}]
    return spec


def test_a_literal_becoming_a_server_variable_with_it_as_default_is_minor() -> None:
    old = with_server("https://identity.{region}.oci.oraclecloud.com", region="us-ashburn-1")
    new = with_server(
        "https://identity.{region}.oci.{secondLevelDomain}", region="us-ashburn-1", secondLevelDomain="oraclecloud.com"
    )
    change = only(report := diff_specs(old, new))
    assert (change.kind, change.category, change.breaking) == ("changed", "server", False)
    assert report.bump == "minor"


def test_a_server_whose_default_url_moves_is_still_removed() -> None:
    old = with_server("https://identity.{region}.oci.oraclecloud.com", region="us-ashburn-1")
    new = with_server("https://identity.{region}.oci.{domain}", region="us-ashburn-1", domain="example.com")
    assert diff_specs(old, new).bump == "major"
