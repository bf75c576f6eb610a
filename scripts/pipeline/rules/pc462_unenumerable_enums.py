"""PC462: an enum the generator cannot make a class of (it holds objects or arrays) loses its `enum`.

The generator builds enum classes of strings or integers only. Real specs enumerate other values too:
`additionalProperties: {type: object, enum: [{}]}` (Docker's "the value is an empty object"), a list of
allowed arrays. The generator refuses such a schema and drops the model that holds it, with every operation
using that model. Without the `enum` the schema still says what type the value is; only the list of allowed
values is lost (noted), which the server still checks. Numbers are not this rule's: an enum of numbers with
a fraction is PC400's (it keeps the values in the description), one of several value types PC170's (both
run first).
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer


def _enumerable(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    enum = schema.get("enum")
    if not isinstance(enum, list) or not enum:
        return
    if all(_enumerable(value) for value in enum):
        return
    del schema["enum"]
    schema.pop("x-enum-varnames", None)
    notes.append((pointer((*parts, "enum")), f"dropped an enum of {len(enum)} value(s) no enum class can hold"))


RULE = Rule(
    "PC462",
    "unenumerable-enums",
    "enums of objects or arrays dropped (the generator drops the schema and its model)",
    per_schema(_visit),
)
