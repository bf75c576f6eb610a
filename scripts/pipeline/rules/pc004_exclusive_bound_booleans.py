"""PC004: 3.0's `exclusiveMinimum: true` + `minimum: 0` is 3.1's `exclusiveMinimum: 0`.

The 3.1 validator rejects the boolean form.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, looks_like_schema, per_node, pointer


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if not looks_like_schema(schema):
        return
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(schema.get(bound), bool):
            flag = schema.pop(bound)
            if flag and limit in schema:
                schema[bound] = schema.pop(limit)
            notes.append((pointer(parts) + "/" + bound, "3.0 boolean form converted to 3.1"))


RULE = Rule(
    "PC004",
    "exclusive-bound-booleans",
    "3.0 boolean exclusiveMinimum/exclusiveMaximum made 3.1 numbers",
    per_node(_visit),
)
