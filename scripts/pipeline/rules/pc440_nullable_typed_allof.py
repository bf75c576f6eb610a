"""PC440: a schema that is `type: [object, null]` and also an `allOf` becomes `anyOf: [{object allOf}, {type: null}]`.

A 3.0 spec writes a nullable composed object as `type: object, nullable: true, allOf: [...]`; PC005 makes
that `type: [object, null]` beside the `allOf`. The generator makes a union of such a type list and cannot
take an allOf inside one ("Invalid property in union"): it drops the schema, every model holding it and
their operations. A union of the composed object and null is the same set of values, in the shape PC005
already gives a nullable `allOf` without a `type`, which the generator builds as `<Model> | None`. Such a
schema is this rule's alone: PC461, which hoists the object of other nullable object components, leaves it.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer
from .pc113_non_object_allof import ANNOTATIONS


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    kind = schema.get("type")
    if not isinstance(kind, list) or "null" not in kind or not isinstance(schema.get("allOf"), list):
        return
    if "anyOf" in schema or "oneOf" in schema:
        return
    others = [k for k in kind if k != "null"]
    if not others:
        return
    member: dict[str, Any] = {"type": others[0] if len(others) == 1 else others}
    for key in [k for k in schema if k not in ANNOTATIONS and k != "type" and not str(k).startswith("x-")]:
        member[key] = schema.pop(key)
    del schema["type"]
    schema["anyOf"] = [member, {"type": "null"}]
    notes.append((pointer(parts), "nullable composed object made a union of the object and null"))


RULE = Rule(
    "PC440",
    "nullable-typed-allof",
    "`type: [object, null]` beside an allOf made anyOf [object allOf, null] (the generator drops the union)",
    per_schema(_visit),
)
