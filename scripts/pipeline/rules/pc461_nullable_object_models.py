"""PC461: a nullable object component (`type: [object, "null"]`) holding inline models has its object made a component.

Specs mark whole components `nullable: true` (PC005 makes that `type: [object, "null"]`). The generator takes a
`type` list as a union of one member per type, and such a union met in its first pass over components has
its object member built with its nested models at once and then again as a model, as with the inline
union members of PC109: the nested model is made twice (`Attempted to generate duplicate models with name
...`) and the component is dropped, with every model and operation that uses it. The object part moves to
a component named as the generator names that member (`<Name>Type0`), the component becoming
`anyOf: [{$ref: <Name>Type0}, {type: "null"}]`: the same classes and annotations, each built once. A nullable
object that is also an `allOf` is PC440's (it runs first and makes it a union of the composed object and null).
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, Pass, PerNode, component_name, pointer, walk_schemas
from .pc109_union_member_models import _built_early, _nests_models

_KEPT = frozenset({"description", "title", "deprecated", "default", "example", "examples", "externalDocs"})


def _nullable_object(schema: dict[str, Any]) -> bool:
    """`type: [object, null]`, not composed: one that is also an `allOf` is PC440's (it runs first)."""
    kind = schema.get("type")
    return (
        isinstance(kind, list)
        and sorted(kind) == ["null", "object"]
        and not any(k in schema for k in ("$ref", "allOf"))
    )


def _start(doc: dict[str, Any], notes: Notes) -> Pass:
    """Records the schemas the generator builds early; judges and moves them once the walk is over (`collects`)."""
    early: list[tuple[dict[str, Any], Parts]] = []

    def visit(schema: dict[str, Any], parts: Parts, _notes: Notes) -> None:
        if _built_early(parts):
            early.append((schema, tuple(parts)))

    return Pass(visit, notes, lambda: _move(doc, early, notes))


def _move(doc: dict[str, Any], early: list[tuple[dict[str, Any], Parts]], notes: Notes) -> None:
    found = [
        (schema, parts)
        for schema, parts in early
        if _nullable_object(schema) and not (schema.get("anyOf") or schema.get("oneOf")) and _nests_models(schema)
    ]
    if not found:
        return
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    taken = {name.lower() for name in schemas}
    for schema, parts in found:
        name = component_name((*parts, "anyOf", 0), taken)
        member = {key: value for key, value in schema.items() if key not in _KEPT or key == "description"}
        member["type"] = "object"
        kept = {key: value for key, value in schema.items() if key in _KEPT}
        schema.clear()
        schema.update(kept | {"anyOf": [{"$ref": f"#/components/schemas/{name}"}, {"type": "null"}]})
        schemas[name] = member
        notes.append((pointer(parts), f"nullable object with nested models: its object moved to {name}"))


RULE = Rule(
    "PC461",
    "nullable-object-models",
    "nullable object schemas holding inline models get their object as a component (else built twice, dropped)",
    PerNode(walk_schemas, start=_start, collects=True),
)
