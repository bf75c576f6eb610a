"""PC420: an array schema that says nothing of its items gets `items: {}` (items of any type).

JSON Schema allows `{type: array}` alone (any items), and real specs use it for lists they never
describe; the generator refuses it ("type array must have items or prefixItems defined") and drops the
model or operation that uses it. `items: {}` says the same thing in the form the generator reads
(`list[Any]`).
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer, schema_type


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if "array" in schema_type(schema) and "items" not in schema and "prefixItems" not in schema:
        schema["items"] = {}
        notes.append((pointer((*parts, "items")), "array without items: items of any type"))


RULE = Rule(
    "PC420",
    "array-without-items",
    "`items: {}` added to an array schema that names no items (the generator drops it otherwise)",
    per_schema(_visit),
)
