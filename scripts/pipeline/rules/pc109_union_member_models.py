"""PC109: an inline object in a `oneOf`/`anyOf` that holds inline objects of its own becomes a component.

In its first pass over components (a component that is a union, or holds one under array items), the
generator builds a union's inline members with their nested models at once, and then builds the member's
properties a second time when it processes the member as a model: the nested model is made twice and the
whole schema is dropped (`Attempted to generate duplicate models with name ...`, upstream
openapi-python-client#1375). As a component the member is built once. It is named as the generator names it
(its title, else `<Parent>Type<i>`), so class names stay what they would have been.

An inline model inside a union of that first pass that refers back to its own component (a recursive
`groundTruthList`: items `anyOf [object, array of the same object]`, the object's `value` a union naming
`groundTruthList`) cannot be built before the component exists ("Invalid property in union"), and the
component and its operations were dropped. Such models become components too; identical copies (the
two arms of a merged union of arrays) share one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, Pass, PerNode, component_name, pointer, subschemas, walk_schemas


def _makes_model(schema: dict[str, Any]) -> bool:
    if "$ref" in schema:
        return False
    return schema.get("type") == "object" or "properties" in schema or bool(schema.get("allOf"))


def _below(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every schema below this one, a `$ref` node included but not followed."""
    stack = [sub for sub, _ in subschemas(schema, ())]
    while stack:
        sub = stack.pop()
        yield sub
        if "$ref" not in sub:
            stack += [s for s, _ in subschemas(sub, ())]


def _nests_models(schema: dict[str, Any]) -> bool:
    """Whether an inline model has, below it and not behind a $ref, another inline model or union of them."""
    return any(
        "$ref" not in sub
        and (_makes_model(sub) or any(_makes_model(m) for k in ("oneOf", "anyOf") for m in sub.get(k) or []))
        for sub in _below(schema)
    )


def _names(schema: dict[str, Any], ref: str) -> bool:
    """Whether a schema has, below it and not behind another $ref, a `$ref` equal to `ref`."""
    return any(sub.get("$ref") == ref for sub in _below(schema))


def _recursive_in_union(schema: dict[str, Any], parts: Parts) -> bool:
    """An inline model below a union of an early-built component that names that component again."""
    inner = parts[3:]
    return (
        bool(inner)
        and any(p in ("oneOf", "anyOf") for p in inner)
        and _makes_model(schema)
        and _names(schema, f"#/components/schemas/{parts[2]}")
    )


def _built_early(parts: Parts) -> bool:
    """Whether the generator builds this schema in its first pass over components.

    That is a component itself, or a schema reached from one through array items and union members only
    (inside a model's properties it is built later, once).
    """
    return tuple(parts[:2]) == ("components", "schemas") and all(
        isinstance(p, int) or p in ("items", "oneOf", "anyOf") for p in parts[3:]
    )


def _start(doc: dict[str, Any], notes: Notes) -> Pass:
    """Records the schemas the generator builds early; judges their members once the walk is over (`collects`)."""
    early: list[tuple[dict[str, Any], Parts]] = []

    def visit(schema: dict[str, Any], parts: Parts, _notes: Notes) -> None:
        if _built_early(parts):
            early.append((schema, tuple(parts)))

    return Pass(visit, notes, lambda: _move(doc, early, notes))


def _move(doc: dict[str, Any], early: list[tuple[dict[str, Any], Parts]], notes: Notes) -> None:
    found: list[tuple[dict[str, Any], Parts]] = []
    for schema, parts in early:
        for union in ("oneOf", "anyOf"):
            for at, member in enumerate(schema.get(union) or []):
                if isinstance(member, dict) and _makes_model(member) and _nests_models(member):
                    found.append((schema, (*parts, union, at)))
    recursive = [(schema, parts) for schema, parts in early if _recursive_in_union(schema, parts)]
    if not found and not recursive:
        return
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    taken = {name.lower() for name in schemas}
    shared: dict[str, str] = {}  # the JSON text of a moved recursive model -> its component's $ref
    for schema, parts in recursive:
        text = json.dumps(schema, sort_keys=True)
        if text not in shared:
            name = component_name(parts, taken)
            schemas[name] = dict(schema)
            shared[text] = f"#/components/schemas/{name}"
            notes.append((pointer(parts), f"recursive inline model in a union moved to /components/schemas/{name}"))
        else:
            notes.append((pointer(parts), f"recursive inline model in a union: the same as {shared[text]}"))
        schema.clear()
        schema["$ref"] = shared[text]
    for owner, parts in found:
        key, index = parts[-2], parts[-1]
        assert isinstance(key, str) and isinstance(index, int)
        member = owner[key][index]
        if set(member) == {"$ref"}:
            continue  # moved above, as a recursive model
        title = member.get("title")
        if isinstance(title, str) and re.search(r"[A-Za-z]", title):
            name = component_name([title], taken)
        else:
            name = component_name(parts, taken)
        schemas[name] = member
        owner[key][index] = {"$ref": f"#/components/schemas/{name}"}
        notes.append((pointer(parts), f"inline union member with nested models moved to /components/schemas/{name}"))


RULE = Rule(
    "PC109",
    "union-member-models",
    "inline union members holding nested models made components (else generated twice and dropped)",
    PerNode(walk_schemas, start=_start, collects=True),
)
