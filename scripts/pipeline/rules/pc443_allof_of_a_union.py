"""PC443: an `allOf` of one union and object fragments becomes the union of each member with the fragments.

InfluxDB's templates extend a discriminated union in place: `allOf: [{$ref: CheckDiscriminator}, {properties:
{kind: ..., envReferences: ...}}]`, where `CheckDiscriminator` is `oneOf: [DeadmanCheck, ThresholdCheck,
CustomCheck]`. The generator takes no allOf of a union ("Cannot take allOf a non-object") and dropped the
model holding it with its responses. `(A | B) and F` is `(A and F) | (B and F)`: each member with the
fragments becomes a component (`<Place><Member>`), the schema the union of them, and a discriminator
mapping follows its members to their new components, so the same value still picks the same shape.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..assertions import only_asserts
from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import Parts, Pass, PerNode, component_name, pointer, referenced_component, walk_schemas

_UNIONS = ("oneOf", "anyOf")
_UNION_KEYS = frozenset({*_UNIONS, "discriminator", "description", "title"})


def _the_union(doc: dict[str, Any], member: Any) -> tuple[str, dict[str, Any]] | None:
    """(oneOf/anyOf, the union) when an allOf member is, or `$ref`s, nothing but a union of members."""
    target = follow_refs(doc, member)
    kinds = [key for key in _UNIONS if isinstance(target.get(key), list) and target[key]]
    if len(kinds) != 1 or not set(target) <= _UNION_KEYS:
        return None
    if any(only_asserts(option) for option in target[kinds[0]]):
        return None  # `anyOf: [{required: [a]}, {required: [b]}]` constrains the object; it offers no shapes
    return kinds[0], target


def _start(doc: dict[str, Any], notes: Notes) -> Pass:
    found: list[tuple[dict[str, Any], Parts, int, tuple[str, dict[str, Any]]]] = []

    def visit(schema: dict[str, Any], parts: Parts, _notes: Notes) -> None:
        members = schema.get("allOf")
        if not isinstance(members, list) or len(members) < 2 or any(k in schema for k in _UNIONS):
            return
        unions = [(i, u) for i, m in enumerate(members) if (u := _the_union(doc, m)) is not None]
        if len(unions) == 1:
            found.append((schema, tuple(parts), *unions[0]))

    return Pass(visit, notes, _finish(doc, found, notes))


def _finish(
    doc: dict[str, Any], found: list[tuple[dict[str, Any], Parts, int, tuple[str, dict[str, Any]]]], notes: Notes
) -> Callable[[], None]:
    def finish() -> None:
        if not found:
            return
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        taken = {name.lower() for name in schemas}
        for schema, parts, at, (kind, union) in found:
            _distribute(schema, parts, at, kind, union, schemas, taken, notes)

    return finish


def _distribute(
    schema: dict[str, Any],
    parts: Parts,
    at: int,
    kind: str,
    union: dict[str, Any],
    schemas: dict[str, Any],
    taken: set[str],
    notes: Notes,
) -> None:
    """The allOf at `parts` (its union member at index `at`) becomes the union of each option with the rest."""
    fragments = [m for i, m in enumerate(schema["allOf"]) if i != at]
    moved: dict[str, str] = {}  # an option's $ref -> its component with the fragments
    options: list[dict[str, Any]] = []
    for index, option in enumerate(union[kind]):
        ref = option.get("$ref") if isinstance(option, dict) else None
        label = referenced_component(ref, "schemas") if isinstance(ref, str) else None
        name = component_name([*parts, label or f"Type{index}"], taken)
        schemas[name] = {"allOf": [copy.deepcopy(option), *copy.deepcopy(fragments)]}
        if isinstance(ref, str):
            moved[ref] = f"#/components/schemas/{name}"
        options.append({"$ref": f"#/components/schemas/{name}"})
    del schema["allOf"]
    schema[kind] = options
    discriminator = union.get("discriminator")
    if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str):
        mapping = dict(discriminator.get("mapping") or {})
        named = set(mapping.values())
        for ref in moved:  # a member not in the mapping is chosen by its component name
            implicit = referenced_component(ref, "schemas")
            if ref not in named and implicit is not None:
                mapping[implicit] = ref
        mapping = {value: moved.get(target, target) for value, target in mapping.items()}
        schema["discriminator"] = {**discriminator, "mapping": mapping}
    notes.append(
        (
            pointer((*parts, "allOf")),
            f"allOf of a union ({kind}) and {len(fragments)} fragment(s): {len(options)} members",
        )
    )


RULE = Rule(
    "PC443",
    "allof-of-a-union",
    "allOf of one union and fragments made the union of each member with the fragments (else dropped)",
    PerNode(walk_schemas, start=_start, collects=True),
)
