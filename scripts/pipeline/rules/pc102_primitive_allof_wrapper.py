"""PC102: a single-member `allOf` around an inline primitive is the primitive itself.

Specs wrap `{type: string, format: date-time}` in `allOf` to attach a description (and 3.0 `nullable`);
the generator turns any allOf into a model class, so the field became an empty `...Type0` model instead of
`datetime | None`. The member's keywords are merged into the wrapper (the wrapper's own description,
nullable, default... win). Runs before PC005, so `nullable` is then rewritten on the plain primitive.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer, schema_type

_PRIMITIVES = frozenset({"string", "integer", "number", "boolean"})
_MODEL_KEYWORDS = ("properties", "additionalProperties", "patternProperties", "allOf", "anyOf", "oneOf", "$ref")


def _is_primitive(schema: dict[str, Any]) -> bool:
    kinds = schema_type(schema) - {"null"}
    return bool(kinds) and kinds <= _PRIMITIVES and not any(k in schema for k in _MODEL_KEYWORDS)


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    members = schema.get("allOf")
    if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict)):
        return
    member = members[0]
    if not _is_primitive(member) or any(k in schema for k in _MODEL_KEYWORDS if k != "allOf"):
        return
    if "type" in schema and schema_type(schema) - {"null"} != schema_type(member) - {"null"}:
        return  # the wrapper says another type: not a plain wrapper
    del schema["allOf"]
    for key, value in member.items():
        schema.setdefault(key, value)
    notes.append((pointer((*parts, "allOf")), f"single-member allOf of a {member['type']} collapsed"))


RULE = Rule(
    "PC102",
    "primitive-allof-wrapper",
    "single-member allOf around an inline primitive collapsed (else the generator makes an empty model)",
    per_schema(_visit),
)
