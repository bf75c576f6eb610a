"""PC106: a `default` its own schema rejects is dropped, with a note.

Real specs carry `default: null` on non-nullable objects, `default: []` on a string enum, or a default of
the wrong type; the generator refuses the field (`Invalid int value`, enum default not a member), which
drops the model or the operation. A default is documentation of server behaviour, so losing a wrong one
is safe; blocking the build over it is not. Runs after the nullable rules, so null is judged right.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer, schema_type

_CHECKS: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def problem(schema: dict[str, Any], value: Any) -> str | None:
    """Why `value` cannot be a default of `schema` (None when it can, or when that cannot be told locally)."""
    kinds = schema_type(schema)
    enum = schema.get("enum")
    if isinstance(enum, list) and value not in enum:
        return f"{value!r} is not one of the enum values"
    if kinds and not any(_CHECKS[k](value) for k in kinds if k in _CHECKS):
        return f"{value!r} is not of type {'/'.join(sorted(kinds))}"
    if value is None and not kinds and not _admits_null(schema):
        return "null, but the schema is not nullable"
    members = [m for key in ("anyOf", "oneOf") for m in schema.get(key) or [] if isinstance(m, dict)]
    if value is not None and members and all(problem(m, value) is not None for m in members):
        return f"{value!r} matches no member of the union"
    items = schema.get("items")
    if isinstance(value, list) and isinstance(items, dict):
        for item in value:
            why = problem(items, item)
            if why is not None:
                return f"item {why}"
    return None


def _admits_null(schema: dict[str, Any]) -> bool:
    """Whether a schema without `type` visibly accepts null (a union member, or nothing said about types)."""
    members = [m for key in ("anyOf", "oneOf") for m in schema.get(key) or [] if isinstance(m, dict)]
    if members:
        return any("null" in schema_type(m) or m.get("enum") == [None] for m in members)
    return not any(k in schema for k in ("$ref", "allOf", "properties", "enum", "const"))


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if "default" not in schema:
        return
    why = problem(schema, schema["default"])
    if why is not None:
        del schema["default"]
        notes.append((pointer((*parts, "default")), f"default dropped: {why}"))


RULE = Rule(
    "PC106",
    "mismatched-defaults",
    "defaults their own schema rejects dropped (the generator refuses them)",
    per_schema(_visit),
)
