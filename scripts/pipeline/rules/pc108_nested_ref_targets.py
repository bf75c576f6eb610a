"""PC108: `$ref`s into the middle of another schema point at a component of their own.

Specs reuse part of a schema by pointer (`#/components/schemas/Tag/allOf/0`,
`#/components/responses/Conflict/content/application~1json/schema`); the generator resolves only
`#/components/schemas/<Name>` and drops every model and operation that uses another. A target that makes
a class (object, enum, union) moves to `components/schemas` under a name from its path and is referenced
from where it was, so both places share one class; a plain primitive is copied to each use instead.
"""

from __future__ import annotations

import copy
from typing import Any

from ..errors import locate, pointer_parts
from ._rule import Notes, Rule
from ._walk import Parts, Pass, PerNode, component_name, pointer, referenced_component, walk_nodes, walk_schemas


def makes_no_class(schema: Any) -> bool:
    """Whether the generator reads a schema as a plain Python type (str, int, list[str]...), not a class."""
    if not isinstance(schema, dict):
        return False
    if any(k in schema for k in ("properties", "allOf", "anyOf", "oneOf", "enum", "$ref", "const")):
        return False
    if isinstance(schema.get("additionalProperties"), dict) or schema.get("type") == "object":
        return False
    return not isinstance(schema.get("items"), dict) or makes_no_class(schema["items"])


def _start(doc: dict[str, Any], notes: Notes) -> Pass:
    """Collects each schema's pointer `$ref` during the walk, then moves what they name (after every visit)."""
    targets: set[str] = set()

    def collect(schema: dict[str, Any], _parts: Parts, _notes: Notes) -> None:
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and referenced_component(ref, "schemas") is None:
            targets.add(ref)

    return Pass(collect, notes, lambda: _move(doc, targets, notes))


def _move(doc: dict[str, Any], targets: set[str], notes: Notes) -> None:
    if not targets:
        return
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    taken = {name.lower() for name in schemas}
    moved: dict[str, str] = {}  # old target -> new $ref
    copied: dict[str, dict[str, Any]] = {}  # old target -> the schema to put in place of each use
    for ref in sorted(targets, key=lambda r: (-r.count("/"), r)):  # deepest first: outer paths stay valid
        parts = pointer_parts(ref[1:])
        found = locate(doc, ref[1:])
        if found is None or not isinstance(found[2], dict):
            continue  # validate names the dangling reference
        parent, key, node = found
        if set(node) == {"$ref"}:
            moved[ref] = node["$ref"]
        elif makes_no_class(node):
            copied[ref] = copy.deepcopy(node)
        else:
            name = component_name(parts, taken)
            schemas[name] = node
            parent[key] = {"$ref": f"#/components/schemas/{name}"}
            moved[ref] = f"#/components/schemas/{name}"
            notes.append((pointer(tuple(parts)), f"moved to /components/schemas/{name} (referenced by pointer)"))

    def rewrite(node: dict[str, Any], parts: Parts) -> None:
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return
        seen = set()
        while ref in moved and ref not in seen:  # chains: a target that was itself a reference
            seen.add(ref)
            ref = moved[ref]
        if ref in copied:
            del node["$ref"]
            for k, v in copy.deepcopy(copied[ref]).items():
                node.setdefault(k, v)
            notes.append((pointer((*parts, "$ref")), "primitive schema referenced by pointer copied in place"))
        elif ref != node["$ref"]:
            notes.append((pointer((*parts, "$ref")), f"{node['$ref']!r} now {ref!r}"))
            node["$ref"] = ref

    walk_nodes(doc, rewrite)


RULE = Rule(
    "PC108",
    "nested-ref-targets",
    "$refs into the middle of a schema or response made component refs (the generator resolves no others)",
    PerNode(walk_schemas, start=_start, collects=True),
)
