"""A component that is `allOf` of one other model gets its own class in the generator's copy.

The generator passes a single-`$ref` allOf straight through to the model it references, and for a component
it then queues that model's properties to be built a second time: any inline model below them is made twice
and both components are dropped ("Attempted to generate duplicate models", reported as "Invalid property in
union"), with every operation using either. Pass-through also loses what the wrapper adds (its own
`required`). An empty object member makes the generator build the component as a model of its own from the
referenced one's parsed properties, once. Only the generator's copy changes; the committed spec keeps the
vendor's text.
"""

from __future__ import annotations

from typing import Any

from .errors import follow_refs

_PREFIX = "#/components/schemas/"


def _is_model(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "object" or "properties" in schema or bool(schema.get("allOf"))


def give_model_aliases_their_own_class(prepared: dict[str, Any]) -> list[str]:
    """Add `{type: object}` to each component that is allOf of one referenced model; returns their names."""
    schemas = (prepared.get("components") or {}).get("schemas") or {}
    changed: list[str] = []
    for name, schema in schemas.items():
        members = schema.get("allOf") if isinstance(schema, dict) else None
        if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict)):
            continue
        ref = members[0].get("$ref")
        if not (isinstance(ref, str) and ref.startswith(_PREFIX)) or any(k in schema for k in ("anyOf", "oneOf")):
            continue
        if _is_model(follow_refs(prepared, members[0])):
            members.append({"type": "object"})
            changed.append(str(name))
    return changed
