"""PC422: a `type` keyword whose value is a whole schema is unwrapped into the schema it sits in.

Real specs nest a definition one level too deep (`itemType: {type: {type: string, enum: [...]}}`: the
schema of a property called `type`, written under the keyword `type`). `type` must be a name or a list of
names, so the generator refuses the whole document and the validator rejects it. Where the schema has
`properties` (and none named `type`), the nested schema was meant as that property and moves there;
otherwise the nested schema is the schema meant, and its keywords replace the keyword (the outer
schema's other keywords, such as its description, kept).
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer

_MAX_DEPTH = 8  # `{type: {type: {...}}}` nested this deep is unwrapped layer by layer


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    for _ in range(_MAX_DEPTH):
        inner = schema.get("type")
        if not isinstance(inner, dict):
            return
        properties = schema.get("properties")
        if isinstance(properties, dict) and "type" not in properties:
            properties["type"] = schema.pop("type")
            schema["type"] = "object"
            notes.append((pointer((*parts, "properties", "type")), "schema under the keyword `type` made a property"))
            return
        outer = {key: value for key, value in schema.items() if key != "type"}
        schema.clear()
        schema.update(inner)
        schema.update(outer)
        notes.append((pointer((*parts, "type")), "schema under the keyword `type` unwrapped"))


RULE = Rule(
    "PC422",
    "schema-valued-type",
    "a schema written as the value of `type` unwrapped (the generator refuses the document otherwise)",
    per_schema(_visit),
)
