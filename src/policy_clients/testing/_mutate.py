"""Schema-guided edits of valid responses, for the `unknown_fields_next` / `unknown_enum_next` faults."""

from __future__ import annotations

import copy
from typing import Any

from policy_clients.testing._spec import SpecValidator, escape_pointer

UNKNOWN_FIELD = "x_fake_unknown_field"
UNKNOWN_FIELD_VALUE = "added by policy_clients.testing"
UNKNOWN_ENUM = "FAKE_UNKNOWN_ENUM_VALUE"


def add_unknown_fields(spec: SpecValidator, schema_pointer: str, value: Any) -> tuple[Any, int]:
    """Copy of `value` with an unknown property added to every object the schema describes by `properties`."""
    out = copy.deepcopy(value)
    count = 0

    def visit(pointer: str, node: Any, instance: Any) -> None:
        nonlocal count
        if isinstance(instance, dict) and "properties" in node and UNKNOWN_FIELD not in instance:
            instance[UNKNOWN_FIELD] = UNKNOWN_FIELD_VALUE
            count += 1

    _walk(spec, schema_pointer, out, visit)
    return out, count


def replace_enums(spec: SpecValidator, schema_pointer: str, value: Any) -> tuple[Any, int]:
    """Copy of `value` with every enum-typed value replaced by one the enum does not list."""
    out = copy.deepcopy(value)
    edits: list[tuple[Any, Any, Any]] = []

    def visit(pointer: str, node: Any, instance: Any) -> None:
        enum = node.get("enum")
        if isinstance(enum, list) and instance in enum and instance is not None:
            edits.append((pointer, instance, _unknown_for(enum)))

    replaced = _walk(spec, schema_pointer, out, visit, edits=edits)
    return replaced, len(edits)


def _unknown_for(enum: list[Any]) -> Any:
    numbers = [item for item in enum if isinstance(item, int) and not isinstance(item, bool)]
    if numbers:
        return max(numbers) + 1000
    return UNKNOWN_ENUM


def _walk(
    spec: SpecValidator,
    pointer: str,
    instance: Any,
    visit: Any,
    edits: list[tuple[Any, Any, Any]] | None = None,
) -> Any:
    """Walk instance and schema together (bounded by the instance's depth); returns the possibly replaced instance."""
    pointer, node = spec.resolve(pointer)
    if not isinstance(node, dict):
        return instance
    before = len(edits) if edits is not None else 0
    visit(pointer, node, instance)
    if edits is not None and len(edits) > before:
        return edits[-1][2]
    for combinator in ("allOf", "anyOf", "oneOf"):
        for index, _ in enumerate(node.get(combinator) or []):
            branch = f"{pointer}/{combinator}/{index}"
            if combinator == "allOf" or spec.validator_for(branch).is_valid(instance):
                instance = _walk(spec, branch, instance, visit, edits)
                if combinator != "allOf":
                    break
    if isinstance(instance, dict):
        properties = node.get("properties") or {}
        extra = node.get("additionalProperties")
        for name in list(instance):
            if name in properties:
                sub = f"{pointer}/properties/{escape_pointer(name)}"
            elif isinstance(extra, dict):
                sub = f"{pointer}/additionalProperties"
            else:
                continue
            instance[name] = _walk(spec, sub, instance[name], visit, edits)
    elif isinstance(instance, list) and isinstance(node.get("items"), dict):
        for index, item in enumerate(instance):
            instance[index] = _walk(spec, f"{pointer}/items", item, visit, edits)
    return instance
