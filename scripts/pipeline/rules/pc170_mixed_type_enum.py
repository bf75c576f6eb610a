"""PC170: an enum whose values are of more than one JSON type is `anyOf` one enum per type.

`enum: [1, "two", null]` (or `type: [string, integer]` with such an enum) is valid JSON Schema, and real
specs have it, but the generator builds an enum class of one value type only: it reports "Invalid property
in union" and drops the schema, and with it every operation and model that uses it. One member per value
type (`{type: integer, enum: [1]}`, `{type: string, enum: [two]}`, then `{type: "null"}` where null is
allowed) keeps every value and generates one enum class per type. The generator has no enum of floats,
objects or arrays, so such a member keeps its type without the enum (noted). A value its declared `type`
rejects can never validate and is dropped, with a note; numbers and booleans in a `type: string` enum are
not rejected here but spelled as strings by PC184, which runs first (`enum: [a, 1]` under YAML means "1").
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer, schema_type

_ENUM_TYPES = frozenset({"string", "integer", "boolean"})  # the member types that keep their values


def _value_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _allowed(value: Any, kinds: set[str]) -> bool:
    kind = _value_type(value)
    if not kinds or kind in kinds or (kind == "integer" and "number" in kinds):
        return True
    return kind == "number" and "integer" in kinds and float(value).is_integer()


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    enum = schema.get("enum")
    if not isinstance(enum, list) or any(k in schema for k in ("anyOf", "oneOf", "allOf", "$ref", "const")):
        return
    declared = schema_type(schema)
    kinds = declared - {"null"}
    values = [v for v in enum if v is not None]
    groups = {_value_type(v) for v in values}
    if len(groups) < 2 and len(kinds) < 2:
        return  # one value type, one declared type: the generator's own enum (PC103 handles a null)
    names = schema.get("x-enum-varnames")
    named = isinstance(names, list) and len(names) == len(enum)
    labels: list[Any] = list(names) if isinstance(names, list) and named else [None] * len(enum)
    pairs = [(v, label) for v, label in zip(enum, labels, strict=True) if v is not None]
    kept = [(v, n) for v, n in pairs if _allowed(v, kinds)]
    if len(kept) < len(pairs):
        dropped = [v for v, _ in pairs if not _allowed(v, kinds)]
        notes.append((pointer((*parts, "enum")), f"dropped {dropped!r}: not of the declared type"))
    if not kept:
        return  # nothing left to enumerate: the validator names the schema
    numbers = any(_value_type(v) == "number" for v, _ in kept)
    members: dict[str, list[tuple[Any, Any]]] = {}
    for value, name in kept:
        kind = _value_type(value)
        members.setdefault("number" if numbers and kind == "integer" else kind, []).append((value, name))
    nullable = None in enum or "null" in declared
    for key in ("type", "enum", "x-enum-varnames"):
        schema.pop(key, None)
    union: list[dict[str, Any]] = []
    for kind, group in members.items():
        member: dict[str, Any] = {"type": kind}
        if kind in _ENUM_TYPES:
            member["enum"] = [v for v, _ in group]
            if named:
                member["x-enum-varnames"] = [n for _, n in group]
        else:
            notes.append((pointer((*parts, "enum")), f"{kind} values kept as a plain {kind}: no {kind} enum generates"))
        union.append(member)
    if nullable:
        union.append({"type": "null"})
    if len(union) == 1:
        schema.update(union[0])
        notes.append((pointer((*parts, "enum")), f"enum made one of {next(iter(members))} values"))
    else:
        schema["anyOf"] = union
        notes.append((pointer((*parts, "enum")), f"enum of {', '.join(members)} values made anyOf one enum per type"))


RULE = Rule(
    "PC170",
    "mixed-type-enum",
    "enums of more than one value type made anyOf one enum per type (else the generator drops the schema)",
    per_schema(_visit),
)
