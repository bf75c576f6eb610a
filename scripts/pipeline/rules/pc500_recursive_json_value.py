"""PC500: a component that is "any JSON value" spelled as a recursive union becomes `{}` (any value).

Published specs describe free-form JSON as `oneOf: [string, number, boolean, object, array of <itself>]`
(often with a stray `type: "null"` beside it, a 3.0 `nullable` converted badly). The generator cannot
build a union with a member that lists the union itself ("Invalid property in union") and drops the
component with every model and operation that uses it. `{}` is the same set of values, which the
generator types `Any`, keeping the description.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import pointer

_SCALARS = frozenset({"string", "number", "integer", "boolean", "null"})
_ANNOTATIONS = ("description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly")


def _is_json_value_union(schema: dict[str, Any], self_ref: str) -> bool:
    members = schema.get("oneOf") or schema.get("anyOf")
    if not isinstance(members, list) or not members:
        return False
    recursive = False
    for member in members:
        if not isinstance(member, dict):
            return False
        kind = member.get("type")
        if isinstance(kind, str) and kind in _SCALARS and set(member) <= {"type", "format", "description"}:
            continue
        if kind == "object" and not any(k in member for k in ("properties", "allOf", "oneOf", "anyOf")):
            continue
        items = member.get("items")
        if kind == "array" and isinstance(items, dict) and items.get("$ref") == self_ref:
            recursive = True
            continue
        return False
    return recursive


def _apply(document: dict[str, Any], notes: Notes) -> None:
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if isinstance(schema, dict) and _is_json_value_union(schema, f"#/components/schemas/{name}"):
            kept = {key: schema[key] for key in _ANNOTATIONS if key in schema}
            schema.clear()
            schema.update(kept)
            notes.append((pointer(("components", "schemas", name)), "recursive JSON-value union: any value"))


RULE = Rule(
    "PC500",
    "recursive-json-value",
    "a component spelling 'any JSON value' as a union listing itself becomes `{}` (the generator drops it)",
    _apply,
)
