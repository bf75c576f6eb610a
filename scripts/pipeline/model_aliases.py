"""A component that is `allOf` of one model with inline models gets its own class in the generator's copy.

The generator passes a single-`$ref` allOf straight through to the model it references, and for a component
it then queues that model's properties to be built a second time: any inline model below them is made twice
and both components are dropped ("Attempted to generate duplicate models", reported as "Invalid property in
union"), with every operation using either. An empty object member makes the generator build the component
as a model of its own from the referenced one's parsed properties, once. A `oneOf`/`anyOf` of that one
`$ref` (ShipEngine's `get_service_points_request`) is the same schema and fails the same way, so it becomes
that allOf first. Only the generator's copy changes; the committed spec keeps the vendor's text.
"""

from __future__ import annotations

from typing import Any

from .errors import follow_refs
from .rules._walk import subschemas

_PREFIX = "#/components/schemas/"


def _is_model(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    is_object = kind == "object" or (isinstance(kind, list) and "object" in kind)
    return is_object or "properties" in schema or bool(schema.get("allOf"))


def _nests_models(schema: dict[str, Any]) -> bool:
    """Whether an inline model sits below the schema, not behind a `$ref` (what the second build duplicates)."""
    stack = [sub for sub, _ in subschemas(schema, ())]
    while stack:
        sub = stack.pop()
        if "$ref" in sub:
            continue
        if _is_model(sub):
            return True
        stack += [s for s, _ in subschemas(sub, ())]
    return False


def give_model_aliases_their_own_class(prepared: dict[str, Any]) -> list[str]:
    """Add `{type: object}` to each component that is allOf of one model with inline models; returns their names.

    Where the referenced model has none, pass-through works and is left as the generator does it.
    """
    schemas = (prepared.get("components") or {}).get("schemas") or {}
    changed: list[str] = []
    for name, schema in schemas.items():
        if isinstance(schema, dict):
            _one_member_union_as_all_of(prepared, schema)
        members = schema.get("allOf") if isinstance(schema, dict) else None
        if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict)):
            continue
        ref = members[0].get("$ref")
        if not (isinstance(ref, str) and ref.startswith(_PREFIX)) or any(k in schema for k in ("anyOf", "oneOf")):
            continue
        target = follow_refs(prepared, members[0])
        if _is_model(target) and _nests_models(target):
            members.append({"type": "object"})
            changed.append(str(name))
    return changed


def _one_member_union_as_all_of(prepared: dict[str, Any], schema: dict[str, Any]) -> None:
    """`oneOf: [{$ref: M}]` -> `allOf: [{$ref: M}]` where M nests inline models: one member, the same schema."""
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict)):
            continue
        ref = members[0].get("$ref")
        others = {"allOf", "oneOf", "anyOf", "discriminator"} - {key}
        if not (isinstance(ref, str) and ref.startswith(_PREFIX)) or any(k in schema for k in others):
            continue
        target = follow_refs(prepared, members[0])
        if _is_model(target) and _nests_models(target):
            schema["allOf"] = schema.pop(key)
