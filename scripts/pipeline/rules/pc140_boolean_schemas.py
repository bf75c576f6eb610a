"""PC140: a boolean schema (`true` / `false`) where the generator needs an object says the same as one.

JSON Schema 2020-12 (so OpenAPI 3.1) allows `true` (anything) and `false` (nothing) wherever a schema
goes, and generated 3.1 specs use them: `items: false` after `prefixItems`, `properties: {legacy: false}`,
`anyOf: [.., true]`. The generator reads `additionalProperties` as a boolean but nowhere else, and one
such value makes it refuse the whole document. Each is rewritten to its meaning: `true` becomes `{}`;
`items: false` becomes a `maxItems` bound; a `false` property, union member or `not: false` is dropped.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, Pass, PerNode, pointer, schema_slots, walk_schemas

_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAPS = ("properties", "patternProperties", "$defs")


def _items(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    items = schema.get("items")
    if items is True:
        schema["items"] = {}
        notes.append((pointer((*parts, "items")), "`items: true` made `{}`"))
    elif items is False:
        del schema["items"]
        prefix = schema.get("prefixItems")
        bound = len(prefix) if isinstance(prefix, list) else 0
        if not isinstance(schema.get("maxItems"), int) or schema["maxItems"] > bound:
            schema["maxItems"] = bound
        notes.append((pointer((*parts, "items")), f"`items: false` made `maxItems: {bound}`"))


def _not(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if schema.get("not") is False:
        del schema["not"]
        notes.append((pointer((*parts, "not")), "`not: false` (excludes nothing) dropped"))
    elif schema.get("not") is True:
        schema["not"] = {}
        notes.append((pointer((*parts, "not")), "`not: true` made `not: {}`"))


def _lists(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    for key in _LISTS:
        members = schema.get(key)
        if not isinstance(members, list) or not any(isinstance(m, bool) for m in members):
            continue
        keep_false = key in ("allOf", "prefixItems")  # an impossible member/position is not droppable there
        kept = [m for m in members if m is not False or keep_false]
        schema[key] = [{} if m is True else {"not": {}} if m is False else m for m in kept]
        notes.append((pointer((*parts, key)), "boolean member schemas rewritten"))


def _maps(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    for key in _MAPS:
        members = schema.get(key)
        if not isinstance(members, dict):
            continue
        for name in [n for n, sub in members.items() if isinstance(sub, bool)]:
            if members[name]:
                members[name] = {}
                notes.append((pointer((*parts, key, name)), "`true` schema made `{}`"))
            else:
                del members[name]
                notes.append((pointer((*parts, key, name)), "`false` schema (never present) dropped"))


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    _items(schema, parts, notes)
    _not(schema, parts, notes)
    _lists(schema, parts, notes)
    _maps(schema, parts, notes)


def _start(document: dict[str, Any], notes: Notes) -> Pass:
    """`schema: true` of a parameter or media type, and `components/schemas/X: true`, made objects first.

    The schema walk visits object schemas only, so these are rewritten before it starts (which makes the
    rule `fresh`: it begins a walk of its own, seeing every earlier rule's work).
    """
    for holder, key, parts in list(schema_slots(document)):
        if isinstance(holder[key], bool):
            holder[key] = {} if holder[key] else {"not": {}}
            notes.append((pointer(parts), "boolean schema made an object"))
    return Pass(_visit, notes)


RULE = Rule(
    "PC140",
    "boolean-schemas",
    "boolean schemas (`true`/`false`) outside `additionalProperties` rewritten as the object schemas they mean",
    PerNode(walk_schemas, start=_start, fresh=True),
)
