"""PC113: an `allOf` of no objects (a primitive or array `$ref` plus constraint or description fragments) is folded.

Specs refine a shared string or array schema in place: `allOf: [{$ref: label}, {maxLength: 16}]`, or
`allOf: [{$ref: tag_names}, {description: ...}]` to give a field its own description. The generator takes
every allOf of more than one member as a model and drops it ("Cannot take allOf a non-object"), with the
model that holds the field and every operation using that. When no member is an object, the inline
fragments mean the same as keywords of the schema itself (allOf of A and B is A with B's keywords), so
they are moved up into it, leaving at most the one `$ref` (which the generator follows, keeping its enum
class) or, with no `$ref`, no allOf at all. The schema's own annotations win over a fragment's; a fragment
that contradicts it in anything else is left alone. Runs before PC005, so `nullable` lands where it
should.
"""

from __future__ import annotations

from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import Parts, per_schema_reading, pointer

ANNOTATIONS = frozenset({"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly"})
_OBJECT_KEYWORDS = ("properties", "additionalProperties", "patternProperties", "discriminator")
_COMBINERS = ("allOf", "anyOf", "oneOf")
_DEPTH = 16


def is_object_like(document: dict[str, Any], schema: Any, depth: int = 0) -> bool:
    """Whether a schema (its `$ref`s and combined members followed) may describe an object; unsure counts as yes."""
    node = follow_refs(document, schema)
    if depth > _DEPTH or (isinstance(schema, dict) and "$ref" in schema and not node):
        return True
    kind = node.get("type")
    if kind == "object" or (isinstance(kind, list) and "object" in kind):
        return True
    if any(k in node for k in _OBJECT_KEYWORDS) or "not" in node:
        return True
    return any(is_object_like(document, m, depth + 1) for key in _COMBINERS for m in node.get(key) or [])


def fold(schema: dict[str, Any], fragments: list[dict[str, Any]]) -> bool:
    """Move the fragments' keywords into the schema; False (schema untouched) if one contradicts it."""
    merged = {k: v for k, v in schema.items() if k != "allOf"}
    for fragment in fragments:
        for key, value in fragment.items():
            if key not in merged:
                merged[key] = value
            elif merged[key] != value and key not in ANNOTATIONS:
                return False
    for key, value in merged.items():
        schema.setdefault(key, value)
    return True


def _visit(document: dict[str, Any], schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) < 2 or not all(isinstance(m, dict) for m in members):
        return
    if is_object_like(document, {k: v for k, v in schema.items() if k != "allOf"}):
        return
    if any(is_object_like(document, m) for m in members):
        return
    refs = [m for m in members if "$ref" in m]
    fragments = [m for m in members if "$ref" not in m]
    if len(refs) > 1 or any(k in f for f in fragments for k in _COMBINERS):
        return
    if not fold(schema, fragments):
        return
    if refs:
        schema["allOf"] = refs
    else:
        del schema["allOf"]
    notes.append((pointer((*parts, "allOf")), f"allOf of non-objects: {len(fragments)} fragment(s) moved up"))


RULE = Rule(
    "PC113",
    "non-object-allof",
    "allOf refining a primitive or array folded into one schema (else the generator drops it as a non-object)",
    per_schema_reading(_visit),
)
