"""PC114: an `allOf` of one `$ref` and fragments that only annotate it (description, readOnly...) is that `$ref`.

Specs give a field its own description or mark it read-only by wrapping a shared model:
`allOf: [{$ref: connection}, {readOnly: true}]`. Annotations do not change what is valid, so this is the
referenced schema itself, but the generator takes every allOf of more than one member as a new model:
where the target is not a plain object (a nullable object, `type: [object, null]`, or a union) it drops the
field's model ("Cannot take allOf a non-object"), and where it is, it makes a copy of the class under
another name. The annotations move up into the schema (its own win), leaving `allOf: [{$ref}]`, which the
generator follows to the referenced class.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer
from .pc113_non_object_allof import ANNOTATIONS, fold


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) < 2 or not all(isinstance(m, dict) for m in members):
        return
    refs = [m for m in members if "$ref" in m]
    fragments = [m for m in members if "$ref" not in m]
    if len(refs) != 1 or not all(f and set(f) <= ANNOTATIONS for f in fragments):
        return
    if fold(schema, fragments):
        schema["allOf"] = refs
        notes.append((pointer((*parts, "allOf")), f"{len(fragments)} annotation-only member(s) moved up"))


RULE = Rule(
    "PC114",
    "annotated-ref-allof",
    "allOf of one $ref and annotation-only members made that $ref (else a copied or dropped model)",
    per_schema(_visit),
)
