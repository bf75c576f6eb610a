"""PC112: a name in `required` of a schema built with `allOf` that no member defines is dropped, with a note.

Specs list a property in `required` that the schema never declares (renamed or removed from the model,
a copy-paste from a sibling operation). Under `allOf` openapi-spec-validator rejects this ("Required list has
not defined properties"), so the strict build refused the whole spec. A name the schema or any of its
`allOf`/`anyOf`/`oneOf` members (their `$ref`s followed, nested ones too) defines is kept: that is the spec
being fine. Only a name defined nowhere is dropped: it can describe no field of the generated model.
"""

from __future__ import annotations

from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import Parts, per_schema_reading, pointer

_COMBINERS = ("allOf", "anyOf", "oneOf")


def defined_names(document: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    """Property names the schema and its combined members declare, `$ref`s followed (each target once)."""
    names: set[str] = set()
    stack, seen = [schema], set[int]()
    while stack:
        node = follow_refs(document, stack.pop())
        if id(node) in seen:
            continue
        seen.add(id(node))
        properties = node.get("properties")
        if isinstance(properties, dict):
            names.update(str(name) for name in properties)
        stack += [m for key in _COMBINERS for m in node.get(key) or [] if isinstance(m, dict)]
    return names


def _visit(document: dict[str, Any], schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    required = schema.get("required")
    if not isinstance(schema.get("allOf"), list) or not isinstance(required, list):
        return
    defined = defined_names(document, schema)
    undefined = [name for name in required if name not in defined]
    if not undefined:
        return
    kept = [name for name in required if name in defined]
    if kept:
        schema["required"] = kept
    else:
        del schema["required"]
    notes.append((pointer((*parts, "required")), f"required names defined by no member dropped: {undefined}"))


RULE = Rule(
    "PC112",
    "undefined-required-under-allof",
    "names in `required` that no allOf member defines dropped (openapi-spec-validator rejects them)",
    per_schema_reading(_visit),
)
