"""Alternatives that only assert: the generator's copy leaves out an `anyOf`/`oneOf` whose members add no shape.

JSON Schema writes "a location needs a point or a geofence" as `anyOf: [{required: [location]},
{required: [geofenceId]}]` beside the object's `properties`. The generator reads every member as an
alternative type, finds none, types the whole schema `Any` (an object body lost its model) and wrote an
empty `if` branch that was not Python. The members constrain which of the object's own fields are present,
which a client type cannot express and the server checks anyway; the committed spec keeps them.
"""

from __future__ import annotations

from typing import Any

from .rules._walk import Parts, walk_schemas

# Keywords that accept or reject an instance without saying what type it is, and annotations.
_ASSERTIONS = frozenset(
    {"required", "minProperties", "maxProperties", "dependentRequired", "dependencies", "not"}
    | {"minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern"}
    | {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
    | {"description", "title", "$comment", "deprecated", "example", "examples"}
)


def only_asserts(member: Any) -> bool:
    """Whether a union member constrains an instance without giving it a shape (no type, properties, $ref...)."""
    return isinstance(member, dict) and not any(
        key not in _ASSERTIONS and not str(key).startswith("x-") for key in member
    )


def drop_assertion_only_alternatives(prepared: dict[str, Any]) -> None:
    """Remove each `anyOf`/`oneOf` of the generator's copy whose every member only asserts."""

    def visit(schema: dict[str, Any], _parts: Parts) -> None:
        for keyword in ("anyOf", "oneOf"):
            members = schema.get(keyword)
            if isinstance(members, list) and members and all(only_asserts(m) for m in members):
                del schema[keyword]

    walk_schemas(prepared, visit)
