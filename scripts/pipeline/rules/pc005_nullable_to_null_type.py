"""PC005: 3.0's `nullable: true` (also found inside 3.1 documents) is not 3.1.

The generator ignores it, so the field would reject the nulls the API sends. It becomes a `null` member of the type.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, looks_like_schema, per_node, pointer


def make_nullable(schema: dict[str, Any]) -> None:
    """Let a schema also accept null, in the 3.1 way its shape allows."""
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    elif "$ref" in schema:
        schema["anyOf"] = [{"$ref": schema.pop("$ref")}, {"type": "null"}]
    elif "oneOf" in schema or "anyOf" in schema:
        key = "oneOf" if "oneOf" in schema else "anyOf"
        if {"type": "null"} not in schema[key]:
            schema[key].append({"type": "null"})
    elif "allOf" in schema:
        schema["anyOf"] = [{"allOf": schema.pop("allOf")}, {"type": "null"}]
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"].append(None)


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if "nullable" not in schema or not looks_like_schema(schema):
        return
    if schema.pop("nullable") is True:
        make_nullable(schema)
        notes.append((pointer(parts) + "/nullable", "3.0 nullable converted to a 3.1 null type"))


RULE = Rule("PC005", "nullable-to-null-type", "3.0 `nullable: true` rewritten as a 3.1 null type", per_node(_visit))
