"""Property tests over each vendor's normalized spec.

1. Any body for a documented response either parses into a declared type or raises the package's
   ``errors.UnexpectedResponse`` (never a bare KeyError/ValueError/TypeError); a body that conforms to
   the whole documented schema always parses.
2. Any request body valid for the request schema, built into the generated model and sent through
   the facade, is accepted by the vendor fake.
"""

from __future__ import annotations

import importlib
import typing
from typing import Any

import httpx
import pytest
from _matrix_helpers import (
    FAKES,
    PACKAGES,
    VENDORS,
    DocumentedResponse,
    documented_json_responses,
    openapi,
    operation,
    request_schema,
    target,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

RESPONSE_SETTINGS = settings(
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
REQUEST_SETTINGS = settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()


def any_json(keys: list[str]) -> st.SearchStrategy[Any]:
    """Arbitrary JSON, with object keys often taken from the schema so parsers get past the first lookup."""
    key = st.sampled_from(keys) | st.text(max_size=6) if keys else st.text(max_size=6)
    return st.recursive(
        JSON_SCALARS,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(key, inner, max_size=6),
        max_leaves=12,
    )


def property_names(schema: Any) -> list[str]:
    """Every property name anywhere in an inlined schema."""
    names: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            names.update((node.get("properties") or {}).keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(names)


def declared_types(module: Any) -> tuple[type, ...]:
    """The classes a generated operation's `_parse_response` is declared to return."""
    hint = typing.get_type_hints(module._parse_response)["return"]
    members = typing.get_args(hint) or (hint,)
    return tuple(typing.get_origin(m) or m for m in members if m is not type(None))


def build(module: Any, client_cls: Any, response: DocumentedResponse, body: Any) -> Any:
    request = httpx.Request("POST", "http://x/op")
    raw = httpx.Response(response.status, json=body, headers={"x-request-id": "r-1"}, request=request)
    return module._build_response(client=client_cls(base_url="http://x"), response=raw)


def check_parse_or_unexpected(vendor: str, response: DocumentedResponse, body: Any, *, conforming: bool) -> None:
    """The body parses into a declared type, or (unless it surely conforms) raises `UnexpectedResponse`."""
    package_name = PACKAGES[vendor][0]
    module = operation(vendor)
    errors = importlib.import_module(f"{package_name}.errors")
    client_cls = importlib.import_module(package_name).Client
    try:
        result = build(module, client_cls, response, body)
    except errors.UnexpectedResponse:
        if conforming and response.exact:
            raise
        return
    assert result.status_code == response.status
    allowed = declared_types(module)
    assert isinstance(result.parsed, allowed), (type(result.parsed), allowed)


@pytest.mark.parametrize("vendor", VENDORS)
def test_documented_response_bodies_parse_or_raise_unexpected_response(vendor: str) -> None:
    responses = documented_json_responses(openapi(PACKAGES[vendor][0]), operation(vendor).OPERATION_ID)
    assert responses, f"{vendor}: the spec documents no JSON response"
    cases = st.sampled_from(responses).flatmap(lambda r: st.tuples(st.just(r), from_schema(r.schema)))

    @RESPONSE_SETTINGS
    @given(cases)
    def conforming(case: tuple[DocumentedResponse, Any]) -> None:
        check_parse_or_unexpected(vendor, *case, conforming=True)

    conforming()


@pytest.mark.parametrize("vendor", VENDORS)
def test_arbitrary_json_bodies_parse_or_raise_unexpected_response(vendor: str) -> None:
    responses = documented_json_responses(openapi(PACKAGES[vendor][0]), operation(vendor).OPERATION_ID)
    keys = sorted({name for r in responses for name in property_names(r.schema)})
    cases = st.tuples(st.sampled_from(responses), any_json(keys))

    @RESPONSE_SETTINGS
    @given(cases)
    def arbitrary(case: tuple[DocumentedResponse, Any]) -> None:
        check_parse_or_unexpected(vendor, *case, conforming=False)

    arbitrary()


def request_bodies(vendor: str) -> st.SearchStrategy[Any]:
    """Bodies valid for the request schema, narrowed where the fake (like the vendor) reads a field's meaning."""
    media, schema = request_schema(openapi(PACKAGES[vendor][0]), operation(vendor).OPERATION_ID)
    if "json" not in media:
        # An empty text body is indistinguishable on the wire from a missing (required) body.
        return from_schema({**schema, "minLength": 1})
    if vendor == "conductorone":
        # updateMask names fields by path; a random string names fields that cannot be updated (a 400).
        schema = {**schema, "required": sorted({*schema.get("required", []), "policy"})}
        # A null policy is schema-valid (nullable) but carries nothing to update: the fake answers 400.
        props = {k: v for k, v in schema["properties"].items() if k != "updateMask"}
        props["policy"] = {"allOf": [props["policy"], {"type": "object"}]}
        schema["properties"] = props
        schema["additionalProperties"] = False
    return from_schema(schema)


def body_model(vendor: str) -> Any:
    """The generated type of the operation's `body` argument."""
    return typing.get_type_hints(operation(vendor).sync_detailed)["body"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_valid_request_bodies_are_accepted_by_the_fake(vendor: str) -> None:
    model = body_model(vendor)
    with FAKES[vendor]() as fake:
        t = target(vendor, fake)
        client = t.make_client()

        @REQUEST_SETTINGS
        @given(request_bodies(vendor))
        def accepted(raw: Any) -> None:
            body = raw if isinstance(raw, str) else model.from_dict(raw)
            response = t.call_sync(client, body)
            assert 200 <= response.status_code < 300, (response.status_code, response.content[:300])

        with client:
            accepted()
        assert all(r.status is not None and r.status < 300 for r in t.api_requests())
